"""The X API v2: `x:dril` (a plain handle reads only an archive or an earlier download, never the API).

Since 2026 X bills each resource read (about $0.005 a post, $0.010 a profile; the user timeline serves the newest
3,200 posts), so a pull says its price before any billed request, stops there when that is over `max_cost` (or asks,
at a terminal), is saved as a snapshot, continued after a kill, and later only topped up with posts newer than the
newest saved (`since_id`). The bearer token is read from the environment only.

X renamed its vocabulary in the OpenAPI document v2.167 (Aug 2026): `post.fields`, `note_post`, the expansion
`referenced_posts` and `post_count` for v2.166's `tweet.fields`, `note_tweet`, the field `referenced_tweets` and
`tweet_count`. The client asks in the new one, asks again in the old one when the server answers 400 naming what it
does not know, and remembers in the snapshot which one it took; it reads both names in every answer.
"""

from __future__ import annotations

import json
import math
import os
import sys
from datetime import datetime, timedelta, timezone
from typing import Any

from huggingtweets.errors import UserError
from huggingtweets.sources.base import Post, iso_utc
from huggingtweets.sources.handles import UserSpec, X
from huggingtweets.sources.http import Answer, Api, Refused, say
from huggingtweets.sources.snapshot import HISTORY, NetworkSource

TOKEN_ENV = "X_BEARER_TOKEN"
TIMELINE_CAP = 3200  # the user timeline endpoint serves an account's newest 3,200 posts
PAGE_MIN, PAGE_MAX = 5, 100  # the timeline's bounds on max_results
# what a timeline request asks for, in each vocabulary; under v2.167 the kinds of reference (retweet, quote, reply)
# come only with the expansion, which also sends the referenced posts along in `includes`
VOCABULARIES = {
    "post": {"post.fields": "created_at,lang,note_post", "expansions": "referenced_posts"},  # v2.167
    "tweet": {"tweet.fields": "created_at,lang,referenced_tweets,in_reply_to_user_id,note_tweet"},  # v2.166
}
SPEC = {"post": "v2.167", "tweet": "v2.166"}  # the OpenAPI documents each vocabulary was checked against
RENAMED = {"post": ("post.fields", "note_post", "referenced_posts"), "tweet": ("tweet.fields", "note_tweet",
           "referenced_tweets")}  # fmt: skip


def _first_problem(data: Any) -> dict:
    """The first entry of an X error body's `errors[]` (in a 200 or an error status), or the problem+json object."""
    if not isinstance(data, dict):
        return {}
    errors = data.get("errors")
    return errors[0] if isinstance(errors, list) and errors and isinstance(errors[0], dict) else data


def _problem(data: Any) -> tuple[str, str]:
    """(type, detail) of an X error body."""
    first, outer = _first_problem(data), data if isinstance(data, dict) else {}
    text = first.get("detail") or first.get("message") or first.get("title") or ""
    return str(first.get("type") or outer.get("type") or first.get("title") or ""), str(text)


def page_size(left: int | None) -> int:
    """max_results when `left` more posts may be read: 5 to 100, and never so many that the last page would have
    to read past `left` (103 left: 98, then 5)."""
    if left is None:
        return PAGE_MAX
    size = min(PAGE_MAX, left)
    return size - (PAGE_MIN - (left - size)) if 0 < left - size < PAGE_MIN else size


def ask(question: str) -> bool:
    """True when the person at the terminal answers yes; False without a terminal (CI, logs, schedulers)."""
    if not sys.stdin.isatty():
        return False
    try:
        return input(question).strip().lower() in ("y", "yes")
    except EOFError:
        return False


class XApi(NetworkSource):
    """Posts from the X API v2 (`GET /2/users/by/username/:username`, then `GET /2/users/:id/tweets`).

    Args:
        base_url: the API's address (default `https://api.x.com`).
        max_posts: read at most this many posts of the history, or in one update (the API serves at most 3,200).
        price_per_post, price_per_user: US dollars X bills per post and per profile read, for the estimate.
        max_cost: the most (US dollars) a pull may cost by the estimate; over it a run asks at a terminal, and
            elsewhere stops before any billed request.
        others: see `NetworkSource`.
    """

    platform = X
    title = "X API"
    min_page = PAGE_MIN

    def __init__(
        self, snapshots_dir, base_url: str = "https://api.x.com", max_posts: int = TIMELINE_CAP,
        price_per_post: float = 0.005, price_per_user: float = 0.010, max_cost: float = 1.0, **kwargs,
    ):  # fmt: skip
        if max_posts and max_posts < PAGE_MIN:
            raise UserError(f"data.x.max_posts={max_posts}: the X API reads at least {PAGE_MIN} posts a request; "
                            f"set it to {PAGE_MIN} or more")  # fmt: skip
        super().__init__(snapshots_dir, base_url, max_posts=min(max_posts or TIMELINE_CAP, TIMELINE_CAP), **kwargs)
        self.price_per_post, self.price_per_user, self.max_cost = price_per_post, price_per_user, max_cost

    @staticmethod
    def token() -> str | None:
        return os.environ.get(TOKEN_ENV) or None

    def api(self, handle: str) -> Api:
        token = self.token()
        if not token:
            raise UserError(
                f"x:{handle}: set {TOKEN_ENV} to an X API bearer token to download posts (X bills about "
                f"${self.price_per_post} per post read), or use the account's archive export (data.archive_dir)"
            )
        api = super().api(handle)
        api.headers = {"Authorization": f"Bearer {token}"}
        return api

    def can_update(self) -> str | None:
        return None if self.token() else f"{TOKEN_ENV} is not set, so newer posts are not fetched"

    def explain(self, status: int, data: Any) -> str | None:
        kind, detail = _problem(data)
        if status == 400:
            return f"400 Bad Request ({detail or kind or 'no reason given'})"
        if status == 401:
            return f"401 Unauthorized: {TOKEN_ENV} was refused; check the bearer token of your X developer app"
        if status == 403:
            return (
                f"403 Forbidden ({detail or 'no reason given'}): the account is protected or suspended, or the "
                "X app's plan does not include this endpoint"
            )
        if status == 404:
            return f"404 Not Found ({detail or kind}); check the handle"
        return None

    def capped(self, data: Any) -> str | None:
        """X answers 429 both for a rate limit and for a usage cap (`.../problems/usage-capped`, with `period`
        Daily or Monthly and `scope` Account or Product); only the first passes by waiting."""
        kind, detail = _problem(data)
        if not kind.endswith("usage-capped"):
            return None
        problem = _first_problem(data)
        period, scope = str(problem.get("period") or "").lower(), str(problem.get("scope") or "").lower()
        if period == "daily":
            now = datetime.now(timezone.utc)
            hours = (now.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(1) - now).total_seconds() / 3600
            resets = f"it resets at 00:00 UTC ({hours:.1f} h from now)"
        elif period == "monthly":
            resets = "it resets when your monthly billing cycle renews (the Developer Console shows the day)"
        else:
            resets = "the Developer Console shows when it resets"
        cap = " ".join(filter(None, (period, "usage cap", f"of your {scope}" if scope else "")))
        return (f"the {cap} is reached ({detail or kind}); {resets}. Run the same command then: the download "
                "continues where it stopped")  # fmt: skip

    def _check(self, data: Any, handle: str) -> None:
        """X reports an unknown, suspended or protected account as HTTP 200 with an `errors` array."""
        if isinstance(data, dict) and data.get("errors") and not data.get("data"):
            kind, detail = _problem(data)
            if "suspended" in detail.lower():
                raise UserError(f"x:{handle}: the account is suspended ({detail})")
            if kind.endswith("resource-not-found"):
                raise UserError(f"x:{handle}: no such X account ({detail}); check the handle")
            if kind.endswith("not-authorized-for-resource"):
                raise UserError(f"x:{handle}: the account's posts are protected ({detail})")
            raise UserError(f"x:{handle}: the X API refused ({detail or kind})")

    def lookup(self, api: Api, handle: str) -> dict:
        fields = "name,profile_image_url,public_metrics,protected"
        data = api.get(f"/2/users/by/username/{handle}", {"user.fields": fields}).data
        self._check(data, handle)
        user = data["data"]
        if user.get("protected"):
            raise UserError(f"x:{handle}: the account's posts are protected; only its followers can read them")
        avatar, metrics = user.get("profile_image_url"), user.get("public_metrics") or {}
        return {
            "id": str(user["id"]),
            "username": user.get("username") or handle,
            "display_name": user.get("name") or handle,
            "avatar_url": avatar.replace("_normal.", "_400x400.") if avatar else None,
            "posts_count": metrics.get("post_count", metrics.get("tweet_count")),
        }

    def announce(self, spec: UserSpec, state: dict | None) -> None:
        """Say what the pull reads and may cost, before any billed request, from what is known without one; stop
        (or ask, at a terminal) when that is over `max_cost`."""
        saved = state["posts"] if state else 0
        if state is None:
            reads, users = self.max_posts, 1
            what = (f"reading the profile and up to {reads:,} posts (data.x.max_posts; the X API serves the newest "
                    f"{TIMELINE_CAP:,})")  # fmt: skip
        elif state["phase"] == HISTORY:
            total = state["profile"].get("posts_count")
            reads, users = max(0, min(total if total is not None else TIMELINE_CAP, self.max_posts) - saved), 0
            what = f"continuing a download ({saved:,} posts saved): up to {reads:,} more posts"
        else:
            reads, users = self.max_posts - state["read"], 0
            what = f"reading up to {reads:,} posts newer than the newest of the {saved:,} saved"
        cost = reads * self.price_per_post + users * self.price_per_user
        say(f"{spec.label}: {what}. X bills about ${self.price_per_post:.3f} a post and ${self.price_per_user:.3f} a "
            f"profile read: up to ${cost:,.2f}. Saved once, reused by later runs.")  # fmt: skip
        if cost <= self.max_cost or ask(f"{spec.label}: over data.x.max_cost=${self.max_cost:g}; go on? [y/N] "):
            return
        raise UserError(
            f"{spec.label}: reading may cost up to ${cost:,.2f}, over data.x.max_cost=${self.max_cost:g}; allow it "
            f"(data.x.max_cost={math.ceil(cost)}) or read fewer posts (data.x.max_posts=N)"
        )

    def request(self, state: dict, limit: int | None) -> tuple[str, dict]:
        params: dict[str, Any] = {"max_results": page_size(limit), **VOCABULARIES[state.get("vocabulary", "post")]}
        if state["cursor"]:
            params["pagination_token"] = state["cursor"]
        if state.get("until"):
            params["until_id"] = state["until"]
        if state["phase"] != HISTORY and state["anchor"]:
            params["since_id"] = state["anchor"]
        return f"/2/users/{state['profile']['id']}/tweets", params

    def fetch(self, api: Api, state: dict, limit: int | None) -> Answer:
        """The next page, asked in the vocabulary the server took before (the new one at first); a 400 that names
        a word of it asks again in the other, which the snapshot then remembers."""
        asked = state.setdefault("vocabulary", "post")
        try:
            return api.get(*self.request(state, limit))
        except Refused as err:
            said = json.dumps(err.data)
            if err.status != 400 or not any(name in said for name in RENAMED[asked]):
                raise
        state["vocabulary"] = other = "tweet" if asked == "post" else "post"
        say(f"X API: the server does not know {RENAMED[asked][0]} ({SPEC[asked]}); asking with {RENAMED[other][0]}")
        try:
            return api.get(*self.request(state, limit))
        except Refused as err:
            if err.status == 400 and any(name in json.dumps(err.data) for name in RENAMED[other]):
                raise UserError(
                    f"X API at {self.base_url} knows neither {RENAMED['post'][0]} ({SPEC['post']}) nor "
                    f"{RENAMED['tweet'][0]} ({SPEC['tweet']}); is data.x.base_url an X API v2?"
                ) from None
            raise

    def resume(self, state: dict) -> None:
        """X's pagination tokens expire: a stopped download continues below the oldest post it saved in this phase
        (`until_id`, which does not), or from the top of the phase when it saved none."""
        if "oldest" in state:  # (states saved before it was kept continue from their token)
            state.update(cursor=None, until=state["oldest"])

    def read_page(self, data: Any, profile: dict) -> list[Post]:
        self._check(data, profile["username"])
        posts = []
        for tweet in (data or {}).get("data") or []:
            references = tweet.get("referenced_posts") or tweet.get("referenced_tweets") or []
            kinds = {ref.get("type") for ref in references}
            note = tweet.get("note_post") or tweet.get("note_tweet") or {}
            posts.append(
                Post(
                    text=note.get("text") or tweet.get("text") or "",
                    id=str(tweet["id"]),
                    created_at=iso_utc(tweet.get("created_at")),
                    lang=tweet.get("lang"),
                    is_reply="replied_to" in kinds or bool(tweet.get("in_reply_to_user_id")),
                    is_retweet="retweeted" in kinds,
                    is_quote="quoted" in kinds,
                )
            )
        return posts

    def next_cursor(self, answer: Answer, posts: list[Post], phase: str) -> str | None:
        """`next_token` while there is one: a page may hold fewer posts than asked for, or none, and still go on."""
        return ((answer.data or {}).get("meta") or {}).get("next_token")
