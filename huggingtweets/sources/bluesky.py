"""Bluesky's public AppView: `bsky:dril.bsky.social` or `bsky:did:plc:...`, no key needed.

`app.bsky.actor.getProfile`, then `app.bsky.feed.getAuthorFeed` (`filter=posts_with_replies`, so replies are
counted rather than silently missing; no `includePins`, so the pinned post comes only at its own place). Reposts
count as retweets, each known by its repost record's uri; a post embedding another post counts as a quote (one
embedding a list or a feed does not); link texts, which Bluesky shortens in the text, are restored from the
record's facets so the URL rule applies as on X. A page may come back empty and still carry a cursor: it is followed.
"""

from __future__ import annotations

from typing import Any

from huggingtweets.errors import UserError
from huggingtweets.sources.base import Post, iso_utc
from huggingtweets.sources.handles import BLUESKY
from huggingtweets.sources.http import Answer, Api
from huggingtweets.sources.snapshot import NetworkSource

REPOST = "app.bsky.feed.defs#reasonRepost"
PIN = "app.bsky.feed.defs#reasonPin"
LINK = "app.bsky.richtext.facet#link"
RECORD, RECORD_WITH_MEDIA = "app.bsky.embed.record", "app.bsky.embed.recordWithMedia"
POST_COLLECTION = "app.bsky.feed.post"


def text_with_links(record: dict) -> str:
    """The post's text with each link facet's byte range replaced by the facet's full URI."""
    text = record.get("text") or ""
    data = text.encode("utf-8")
    links: dict[tuple[int, int], str] = {}  # one link per byte range: a facet repeated is applied once
    for facet in record.get("facets") or []:
        index = facet.get("index") or {}
        start, end = index.get("byteStart"), index.get("byteEnd")
        uri = next((f.get("uri") for f in facet.get("features") or [] if f.get("$type") == LINK), None)
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(data) and uri:
            links.setdefault((start, end), str(uri))
    for (start, end), uri in sorted(links.items(), reverse=True):
        if all(end <= s or start >= e for s, e in links if (s, e) != (start, end)):  # overlapping facets: skip
            data = data[:start] + uri.encode() + data[end:]
    return data.decode("utf-8", errors="replace")


def quotes_a_post(embed: dict) -> bool:
    """The record embeds a post (`app.bsky.embed.record`, or `recordWithMedia`: a post with pictures), not a list,
    a feed generator or a starter pack."""
    if embed.get("$type") == RECORD_WITH_MEDIA:
        embed = embed.get("record") or {}
    elif embed.get("$type") != RECORD:
        return False
    uri = str((embed.get("record") or {}).get("uri") or "")  # at://<did>/<collection>/<rkey>
    return uri.startswith("at://") and uri.split("/")[3:4] == [POST_COLLECTION]


class Bluesky(NetworkSource):
    """Posts from a Bluesky AppView (default: the public one, `https://public.api.bsky.app`)."""

    platform = BLUESKY
    title = "Bluesky"

    def __init__(self, snapshots_dir, base_url: str = "https://public.api.bsky.app", **kwargs):
        super().__init__(snapshots_dir, base_url, **kwargs)

    def explain(self, status: int, data: Any) -> str | None:
        error = data.get("error") if isinstance(data, dict) else None
        message = data.get("message") if isinstance(data, dict) else None
        if error in ("AccountTakedown", "AccountDeactivated"):
            return f"the account is unavailable ({message or error})"
        if status == 400 and message and "not found" in message.lower():
            return f"no such Bluesky account ({message}); check the handle"
        if error:
            return f"{status} {error}: {message or ''}".rstrip(": ")
        return None

    def lookup(self, api: Api, handle: str) -> dict:
        profile = api.get("/xrpc/app.bsky.actor.getProfile", {"actor": handle}).data
        if not isinstance(profile, dict) or not profile.get("did"):
            raise UserError(f"bsky:{handle}: Bluesky sent no profile for this account")
        return {
            "id": profile["did"],
            "display_name": profile.get("displayName") or profile.get("handle") or handle,
            "avatar_url": profile.get("avatar"),
            "posts_count": profile.get("postsCount"),
        }

    def request(self, state: dict, limit: int | None) -> tuple[str, dict]:
        params = {"actor": state["profile"]["id"], "limit": max(1, min(100, limit or 100))}
        params["filter"] = "posts_with_replies"
        if state["cursor"]:
            params["cursor"] = state["cursor"]
        return "/xrpc/app.bsky.feed.getAuthorFeed", params

    def read_page(self, data: Any, profile: dict) -> list[Post]:
        posts = []
        for item in (data or {}).get("feed") or []:
            post, reason = item.get("post") or {}, (item.get("reason") or {}).get("$type")
            record = post.get("record") or {}
            if reason == PIN or not post.get("uri"):
                continue  # a pinned post (asked for or not) also appears at its own place in the feed
            if reason != REPOST and (post.get("author") or {}).get("did") not in (None, profile["id"]):
                continue  # not the account's own post
            langs = record.get("langs") or []
            repost = item["reason"] if reason == REPOST else {}
            # a repost shows the reposted post: its own record's uri names it (AppViews before 2025 sent only the
            # time it was indexed at, which a later re-index changes)
            repost_id = repost.get("uri") or f"repost:{post['uri']}:{repost.get('indexedAt', '')}"
            posts.append(
                Post(
                    text=text_with_links(record),
                    id=repost_id if reason == REPOST else post["uri"],
                    created_at=iso_utc(repost.get("indexedAt") if reason == REPOST else record.get("createdAt")),
                    lang=langs[0] if langs else None,
                    is_reply=bool(record.get("reply")),
                    is_retweet=reason == REPOST,
                    is_quote=quotes_a_post(record.get("embed") or {}),
                )
            )
        return posts

    def next_cursor(self, answer: Answer, posts: list[Post], phase: str) -> str | None:
        return (answer.data or {}).get("cursor")  # (an empty feed with a cursor is not the end)
