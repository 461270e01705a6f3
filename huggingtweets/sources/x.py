"""The X API v2: `x:dril`, or a plain handle with no local archive when `X_BEARER_TOKEN` is set.

Since 2026 X bills each post read (about $0.005; the user timeline serves the newest 3,200), so a pull is announced
with its price before it starts, saved as a snapshot, continued after a kill, and later only topped up with posts
newer than the newest saved (`since_id`). The bearer token is read from the environment only.
"""

from __future__ import annotations

import os
from typing import Any

from huggingtweets.errors import UserError
from huggingtweets.sources.base import Post, iso_utc
from huggingtweets.sources.handles import UserSpec, X
from huggingtweets.sources.http import Answer, Api
from huggingtweets.sources.snapshot import HISTORY, NetworkSource

TOKEN_ENV = "X_BEARER_TOKEN"
TIMELINE_CAP = 3200  # the user timeline endpoint serves an account's newest 3,200 posts
TWEET_FIELDS = "created_at,lang,referenced_tweets,in_reply_to_user_id,note_tweet"


def _problem(data: Any) -> tuple[str, str]:
    """(type, detail) of an X error body: `errors[]` (in a 200 or an error status) or a problem+json object."""
    if isinstance(data, dict):
        errors = data.get("errors")
        first = errors[0] if isinstance(errors, list) and errors and isinstance(errors[0], dict) else data
        text = first.get("detail") or first.get("message") or first.get("title") or ""
        return str(first.get("type") or first.get("title") or ""), str(text)
    return "", ""


class XApi(NetworkSource):
    """Posts from the X API v2 (`GET /2/users/by/username/:username`, then `GET /2/users/:id/tweets`).

    Args:
        base_url: the API's address (default `https://api.x.com`).
        max_posts: read at most this many posts of the history (the API serves at most 3,200).
        price_per_post: US dollars X bills per post read, for the estimate printed before a pull.
        others: see `NetworkSource`.
    """

    platform = X
    title = "X API"

    def __init__(
        self, snapshots_dir, base_url: str = "https://api.x.com", max_posts: int = TIMELINE_CAP,
        price_per_post: float = 0.005, **kwargs,
    ):  # fmt: skip
        super().__init__(snapshots_dir, base_url, max_posts=min(max_posts or TIMELINE_CAP, TIMELINE_CAP), **kwargs)
        self.price_per_post = price_per_post

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
        avatar = user.get("profile_image_url")
        return {
            "id": str(user["id"]),
            "username": user.get("username") or handle,
            "display_name": user.get("name") or handle,
            "avatar_url": avatar.replace("_normal.", "_400x400.") if avatar else None,
            "posts_count": (user.get("public_metrics") or {}).get("tweet_count"),
        }

    def announce(self, spec: UserSpec, state: dict) -> str:
        saved = state["posts"]
        if state["phase"] != HISTORY:
            return f"{spec.label}: reading posts newer than the newest of the {saved:,} saved (X bills each post read)"
        total = state["profile"].get("posts_count")
        reads = min(total, self.max_posts) if total is not None else self.max_posts
        left = max(0, reads - saved)
        where = f"continuing a download ({saved:,} posts saved); " if saved else ""
        posted = f"{total:,}" if total is not None else "?"
        return (
            f"{spec.label}: {where}reading up to {left:,} more posts (of {posted} posted; "
            f"the X API serves the newest {TIMELINE_CAP:,}). X bills each post read, about ${self.price_per_post} "
            f"each: up to ${left * self.price_per_post:,.2f}. Saved once, reused by later runs."
        )

    def request(self, profile: dict, phase: str, cursor: str | None, anchor: str | None, limit: int | None):
        params: dict[str, Any] = {"max_results": max(5, min(100, limit or 100)), "tweet.fields": TWEET_FIELDS}
        if cursor:
            params["pagination_token"] = cursor
        if phase != HISTORY and anchor:
            params["since_id"] = anchor
        return f"/2/users/{profile['id']}/tweets", params

    def read_page(self, data: Any, profile: dict) -> list[Post]:
        self._check(data, profile["username"])
        posts = []
        for tweet in (data or {}).get("data") or []:
            kinds = {ref.get("type") for ref in tweet.get("referenced_tweets") or []}
            note = tweet.get("note_tweet") or {}
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
        meta = (answer.data or {}).get("meta") or {}
        return meta.get("next_token") if posts else None
