"""Bluesky's public AppView: `bsky:dril.bsky.social` or `bsky:did:plc:...`, no key needed.

`app.bsky.actor.getProfile`, then `app.bsky.feed.getAuthorFeed` (`filter=posts_with_replies`, so replies are
counted rather than silently missing). Reposts count as retweets; a pinned post is not counted twice; link texts,
which Bluesky shortens in the text, are restored from the record's facets so the URL rule applies as on X.
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
QUOTE_EMBEDS = ("app.bsky.embed.record", "app.bsky.embed.recordWithMedia")


def text_with_links(record: dict) -> str:
    """The post's text with each link facet's byte range replaced by the facet's full URI."""
    text = record.get("text") or ""
    data = text.encode("utf-8")
    links = []
    for facet in record.get("facets") or []:
        index = facet.get("index") or {}
        start, end = index.get("byteStart"), index.get("byteEnd")
        uri = next((f.get("uri") for f in facet.get("features") or [] if f.get("$type") == LINK), None)
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(data) and uri:
            links.append((start, end, str(uri)))
    for start, end, uri in sorted(links, reverse=True):
        if all(end <= s or start >= e for s, e, _ in links if (s, e) != (start, end)):  # overlapping facets: skip
            data = data[:start] + uri.encode() + data[end:]
    return data.decode("utf-8", errors="replace")


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

    def request(self, profile: dict, phase: str, cursor: str | None, anchor: str | None, limit: int | None):
        params = {"actor": profile["id"], "limit": max(1, min(100, limit or 100)), "filter": "posts_with_replies"}
        if cursor:
            params["cursor"] = cursor
        return "/xrpc/app.bsky.feed.getAuthorFeed", params

    def read_page(self, data: Any, profile: dict) -> list[Post]:
        posts = []
        for item in (data or {}).get("feed") or []:
            post, reason = item.get("post") or {}, (item.get("reason") or {}).get("$type")
            record = post.get("record") or {}
            if reason == PIN or not post.get("uri"):
                continue  # a pinned post also appears at its own place in the feed
            if reason != REPOST and (post.get("author") or {}).get("did") not in (None, profile["id"]):
                continue  # not the account's own post
            embed = (record.get("embed") or {}).get("$type")
            langs = record.get("langs") or []
            reposted_at = item["reason"].get("indexedAt", "") if reason == REPOST else None
            posts.append(
                Post(
                    text=text_with_links(record),
                    # a repost's uri is the reposted post's: the repost's own time tells reposts apart
                    id=f"repost:{post['uri']}:{reposted_at}" if reason == REPOST else post["uri"],
                    created_at=iso_utc(reposted_at if reason == REPOST else record.get("createdAt")),
                    lang=langs[0] if langs else None,
                    is_reply=bool(record.get("reply")),
                    is_retweet=reason == REPOST,
                    is_quote=embed in QUOTE_EMBEDS,
                )
            )
        return posts

    def next_cursor(self, answer: Answer, posts: list[Post], phase: str) -> str | None:
        data = answer.data or {}
        return data.get("cursor") if data.get("feed") else None
