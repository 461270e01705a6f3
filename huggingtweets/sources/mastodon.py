"""Mastodon: `mastodon:@user@host`, read from the account's own server with no key.

`/api/v1/accounts/lookup?acct=`, then `/api/v1/accounts/:id/statuses` (40 a page, older pages by the `Link`
header's `max_id`, newer posts by its `min_id`). Ids are kept as the server gives them: numbers on Mastodon, ULIDs
on GoToSocial, flake ids on Pleroma and Akkoma. Status HTML becomes plain text through a real HTML parser: entities
unescaped, `<br>` and paragraphs as line breaks, links as their URL (mentions and hashtags as their text), and the
"RE: ..." line Mastodon adds to quote posts left out. Boosts count as retweets; replies stay replies.
"""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any
from urllib.parse import parse_qs, urlsplit

from huggingtweets.errors import UserError
from huggingtweets.sources.base import Post, id_order, iso_utc
from huggingtweets.sources.handles import MASTODON
from huggingtweets.sources.http import Answer, Api
from huggingtweets.sources.snapshot import HISTORY, NetworkSource

PAGE_SIZE = 40  # the most the statuses endpoint gives per page
_VOID = {"br", "img", "hr", "wbr", "input", "meta", "link", "source"}  # elements without an end tag


class _PlainText(HTMLParser):
    """Mastodon's status HTML as the text its author typed."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0  # depth inside an element whose text is dropped
        self.link_depth = 0
        self.paragraphs = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if self.skip:
            self.skip += tag not in _VOID
            return
        if "quote-inline" in classes:  # "RE: <link to the quoted post>", shown only by old clients
            self.skip = 1
        elif tag == "br" or (tag == "li" and self.parts):
            self.parts.append("\n")
        elif tag == "p":
            if self.paragraphs:
                self.parts.append("\n\n")
            self.paragraphs += 1
        elif tag == "a" and "mention" not in classes and "hashtag" not in classes:
            self.parts.append(dict(attrs).get("href") or "")
            self.skip = 1  # the link's shortened text is replaced by its URL

    def handle_endtag(self, tag: str) -> None:
        if self.skip and tag not in _VOID:
            self.skip -= 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" and not self.skip:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def html_to_text(content: str) -> str:
    parser = _PlainText()
    parser.feed(content or "")
    parser.close()
    return "".join(parser.parts).strip()


def _query(url: str, name: str) -> str | None:
    return (parse_qs(urlsplit(url).query).get(name) or [None])[0]


class Mastodon(NetworkSource):
    """Posts of a Mastodon account, from its server (`data.mastodon.base_url` overrides the handle's host)."""

    platform = MASTODON
    title = "Mastodon"

    def __init__(self, snapshots_dir, base_url: str | None = None, **kwargs):
        super().__init__(snapshots_dir, base_url or "", **kwargs)

    def api(self, handle: str) -> Api:
        api = super().api(handle)
        api.base_url = self.base_url or f"https://{handle.split('@', 1)[1]}"
        return api

    def explain(self, status: int, data: Any) -> str | None:
        error = data.get("error") if isinstance(data, dict) else None
        if status == 404:
            return f"no such account on this server ({error or 'Record not found'}); check the handle"
        if status in (401, 403):
            return f"{status}: the server does not show this account's posts without logging in ({error or 'refused'})"
        return f"{status}: {error}" if error else None

    def lookup(self, api: Api, handle: str) -> dict:
        account = api.get("/api/v1/accounts/lookup", {"acct": handle}).data
        if not isinstance(account, dict) or not account.get("id"):
            raise UserError(f"mastodon:{handle}: the server sent no account")
        return {
            "id": str(account["id"]),
            "display_name": account.get("display_name") or account.get("username") or handle,
            "avatar_url": account.get("avatar"),
            "posts_count": account.get("statuses_count"),
        }

    def request(self, state: dict, limit: int | None) -> tuple[str, dict]:
        params: dict[str, Any] = {"limit": max(1, min(PAGE_SIZE, limit or PAGE_SIZE))}
        if state["phase"] == HISTORY:
            if state["cursor"]:
                params["max_id"] = state["cursor"]
        else:  # the posts just newer than the newest saved (all of them, from the oldest, if none was)
            params["min_id"] = state["cursor"] or state["anchor"] or "0"
        return f"/api/v1/accounts/{state['profile']['id']}/statuses", params

    def read_page(self, data: Any, profile: dict) -> list[Post]:
        posts = []
        for status in data if isinstance(data, list) else []:
            shown = status.get("reblog") or status  # a boost carries the boosted status
            posts.append(
                Post(
                    text=html_to_text(shown.get("content") or ""),
                    id=str(status["id"]),
                    created_at=iso_utc(status.get("created_at")),
                    lang=shown.get("language"),
                    is_reply=status.get("in_reply_to_id") is not None,
                    is_retweet=status.get("reblog") is not None,
                    is_quote=bool(shown.get("quote")),
                )
            )
        return posts

    def next_cursor(self, answer: Answer, posts: list[Post], phase: str) -> str | None:
        """Older pages by the `next` link's max_id; newer ones by the `prev` link's min_id (or the page's newest)."""
        if not posts:
            return None
        if phase == HISTORY:
            link = answer.response.links.get("next", {}).get("url")
            return _query(link, "max_id") if link else None
        link = answer.response.links.get("prev", {}).get("url")
        return (_query(link, "min_id") if link else None) or max((p.id for p in posts), key=id_order)
