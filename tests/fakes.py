"""Loopback fakes of the X API v2, Bluesky's AppView and a Mastodon server, speaking each one's documented JSON,
paging, rate-limit headers and errors, with faults a test can script (`server.faults`).

Checked against the published specs: X's OpenAPI document v2.167 (Aug 2026, `FakeX(vocabulary="post")`) and v2.166
(`vocabulary="tweet"`), atproto's `app.bsky.feed.getAuthorFeed` lexicon, Mastodon's `GET /api/v1/accounts/:id/statuses`.
Posts a test marks `hidden` (deleted, withheld, taken down) keep their place in the paging but are left out of
their page, so a page can come back with fewer posts than asked for, or none, and still go on."""

from __future__ import annotations

import json
import re
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

START = datetime(2024, 1, 1, tzinfo=timezone.utc)


def iso(index: int) -> str:
    return (START + timedelta(hours=index)).strftime("%Y-%m-%dT%H:%M:%S.000Z")


@dataclass
class Reply:
    status: int = 200
    body: object = None  # JSON-able, or bytes sent as they are
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Fault:
    """What the next matching request gets instead of its answer: `503`, `429` (reset `seconds` ahead), `usage-cap`
    (X's 429 for a spent monthly cap, the rate-limit headers saying `seconds` ahead), `403` (problem+json), `drop`
    (half the body, then the connection closes), `notjson`, `body` (200 with `body`), or `delay` (the answer after
    `seconds`)."""

    kind: str
    path: str = ""  # matches requests whose path contains this
    seconds: float = 0.0
    times: int = 1
    after: int = 0  # let this many matching requests through first
    body: object = None  # for `body`: answer 200 with this JSON instead


class _Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):  # a client hanging up mid-answer is no server error
            super().handle_error(request, client_address)


class FakeServer:
    """An HTTP server on 127.0.0.1 in a thread; `route(method_path, query, headers) -> Reply` answers."""

    def __init__(self, route: Callable[[str, dict, dict], Reply], spent: Callable[[float], dict] | None = None):
        self.route = route
        # the headers of a spent rate limit resetting at a Unix time, in the platform's spelling (X's by default)
        self.rate_limited = spent or (
            lambda reset: {"x-rate-limit-remaining": "0", "x-rate-limit-reset": str(int(reset))}
        )
        self.requests: list[tuple[str, dict]] = []
        self.faults: list[Fault] = []
        self.delay = 0.0  # seconds before every answer (to kill a download mid-way)
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                server.handle(self)

            def log_message(self, *args):
                pass

        self.httpd = _Server(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def paths(self, contains: str = "") -> list[dict]:
        return [query for path, query in self.requests if contains in path]

    def _fault(self, path: str) -> Fault | None:
        for fault in self.faults:
            if fault.path in path and fault.times > 0:
                if fault.after > 0:
                    fault.after -= 1
                    return None
                fault.times -= 1
                return fault
        return None

    def handle(self, request: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(request.path)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        self.requests.append((parts.path, query))
        if self.delay:
            time.sleep(self.delay)
        fault = self._fault(parts.path)
        if fault and fault.kind == "delay":
            time.sleep(fault.seconds)
            fault = None
        if fault and fault.kind == "503":
            return self.send(request, Reply(503, {"title": "Service Unavailable", "status": 503}))
        if fault and fault.kind == "429":
            reset = time.time() + fault.seconds + 1
            return self.send(request, Reply(429, {"error": "Too many requests"}, self.rate_limited(reset)))
        if fault and fault.kind == "usage-cap":
            body = {"title": "UsageCapExceeded", "detail": "Usage cap exceeded: Monthly product cap",
                    "period": "Monthly", "scope": "Product", "status": 429,
                    "type": "https://api.twitter.com/2/problems/usage-capped"}  # fmt: skip
            headers = {"x-rate-limit-remaining": "899", "x-rate-limit-reset": str(int(time.time() + fault.seconds))}
            return self.send(request, Reply(429, body, headers))
        if fault and fault.kind == "403":
            body = {"title": "Forbidden", "type": "about:blank", "status": 403, "detail": "Forbidden"}
            return self.send(request, Reply(403, body, {"Content-Type": "application/problem+json"}))
        if fault and fault.kind == "body":
            return self.send(request, Reply(200, fault.body))
        if fault and fault.kind == "notjson":
            return self.send(request, Reply(200, b"<html>proxy login</html>", {"Content-Type": "text/html"}))
        reply = self.route(parts.path, query, dict(request.headers))
        self.send(request, reply, drop=bool(fault and fault.kind == "drop"))

    def send(self, request: BaseHTTPRequestHandler, reply: Reply, drop: bool = False) -> None:
        body = reply.body if isinstance(reply.body, bytes) else json.dumps(reply.body).encode()
        request.send_response(reply.status)
        headers = {"Content-Type": "application/json; charset=utf-8"} | reply.headers
        for name, value in headers.items():
            request.send_header(name, value)
        request.send_header("Content-Length", str(len(body)))
        request.end_headers()
        request.wfile.write(body[: len(body) // 2] if drop else body)
        request.wfile.flush()
        if drop:
            request.close_connection = True


def _page(items: list, offset: int, limit: int) -> tuple[list, int | None]:
    chunk = items[offset : offset + limit]
    return chunk, (offset + limit if offset + limit < len(items) else None)


# --- X API v2 ----------------------------------------------------------------------------------------------------
def x_tweet(index: int, text: str, kind: str | None = None, note: str | None = None, hidden: bool = False) -> dict:
    """A post as the fake X stores it (ids grow with time, as snowflakes do); `FakeX` shows the fields a request
    asks for, under the names of its vocabulary."""
    post_id = str(1_700_000_000_000_000_000 + index)
    return {"id": post_id, "text": text, "created_at": iso(index), "lang": "en", "kind": kind, "note": note,
            "hidden": hidden, "in_reply_to_user_id": "42" if kind == "replied_to" else None}  # fmt: skip


@dataclass
class XAccount:
    id: str
    username: str
    name: str
    tweets: list[dict]  # oldest first
    protected: bool = False
    suspended: bool = False


# the query parameters and names of each vocabulary, from the OpenAPI documents v2.167 ("post") and v2.166 ("tweet")
_COMMON_FIELDS = {
    "article", "attachments", "author_id", "card_uri", "community_id", "context_annotations", "conversation_id",
    "created_at", "display_text_range", "edit_controls", "entities", "geo", "id", "lang", "matched_media_notes",
    "media_metadata", "non_public_metrics", "note_request_suggestions", "organic_metrics", "paid_partnership",
    "possibly_sensitive", "promoted_metrics", "public_metrics", "reply_settings", "scopes", "source",
    "suggested_source_links", "suggested_source_links_with_counts", "text", "withheld",
}  # fmt: skip
_COMMON_EXPANSIONS = {
    "article.cover_media", "article.media_entities", "attachments.media_keys", "attachments.media_source_tweet",
    "attachments.poll_ids", "author_id", "entities.mentions.username", "geo.place_id", "in_reply_to_user_id",
}  # fmt: skip
VOCABULARY = {
    "post": {
        "fields": "post.fields", "field_names": _COMMON_FIELDS | {"article_title", "note_post"}, "note": "note_post",
        "expansions": _COMMON_EXPANSIONS | {"edit_history_post_ids", "referenced_posts", "username"},
        "edits": "edit_history_post_ids", "count": "post_count",
    },
    "tweet": {
        "fields": "tweet.fields", "note": "note_tweet", "edits": "edit_history_tweet_ids", "count": "tweet_count",
        "field_names": _COMMON_FIELDS | {"edit_history_tweet_ids", "in_reply_to_user_id", "note_tweet",
                                         "referenced_tweets"},
        "expansions": _COMMON_EXPANSIONS | {"edit_history_tweet_ids", "entities.note.mentions.username",
                                            "referenced_tweets.id", "referenced_tweets.id.attachments.media_keys",
                                            "referenced_tweets.id.author_id"},
    },
}  # fmt: skip
_TIMELINE_PARAMETERS = {"max_results", "pagination_token", "since_id", "until_id", "start_time", "end_time", "exclude",
                        "expansions", "media.fields", "poll.fields", "user.fields", "place.fields"}  # fmt: skip
_USER_FIELDS = {"created_at", "description", "entities", "id", "location", "name", "pinned_tweet_id",
                "profile_image_url", "protected", "public_metrics", "url", "username", "verified"}  # fmt: skip


class FakeX:
    """`/2/users/by/username/:username` and `/2/users/:id/tweets`, serving the newest 3,200 posts, as strict as the
    API: a query parameter, field or expansion its `vocabulary` ("post": v2.167, "tweet": v2.166) does not know is a
    400 naming it; a post shows only `id`, `text` and its edit history unless more is asked for; a pagination token
    of an earlier generation (`expire_tokens`) is a 400."""

    CAP = 3200

    def __init__(self, token: str, accounts: list[XAccount], vocabulary: str = "post"):
        self.token = token
        self.accounts = {a.username.lower(): a for a in accounts}
        self.vocabulary = vocabulary
        self.generation = 0  # tokens carry the generation that issued them
        self.server = FakeServer(self.route)
        self.url = self.server.url

    def expire_tokens(self) -> None:
        """Every pagination token handed out so far stops being accepted, as X's do after a while."""
        self.generation += 1

    def headers(self) -> dict[str, str]:
        return {
            "x-rate-limit-limit": "900",
            "x-rate-limit-remaining": "899",
            "x-rate-limit-reset": str(int(time.time()) + 900),
        }  # noqa: E501

    def invalid(self, name: str, value: str, message: str) -> Reply:
        error = {"parameters": {name: [value]}, "message": message}
        return Reply(400, {"errors": [error], "title": "Invalid Request", "detail": "One or more parameters to your "
                           "request was invalid.", "type": "https://api.twitter.com/2/problems/invalid-request"},
                     self.headers())  # fmt: skip

    def refusal(self, query: dict, parameters: set[str], values: dict[str, set[str]]) -> Reply | None:
        """The 400 for the first query parameter, or value of a list parameter, that this vocabulary does not know."""
        for name, value in query.items():
            if name not in parameters:
                return self.invalid(
                    name, value, f"The query parameter [{name}] is not one of [{','.join(sorted(parameters))}]"
                )
            unknown = [v for v in value.split(",") if v not in values.get(name, {v})]
            if unknown:
                allowed = ",".join(sorted(values[name]))
                return self.invalid(
                    name, value, f"The `{name}` query parameter value [{unknown[0]}] is not one of [{allowed}]"
                )
        return None

    def route(self, path: str, query: dict, headers: dict) -> Reply:
        if headers.get("Authorization") != f"Bearer {self.token}":
            return Reply(401, {"title": "Unauthorized", "type": "about:blank", "status": 401, "detail": "Unauthorized"})
        words = VOCABULARY[self.vocabulary]
        fields = set(query.get(words["fields"], "").split(",")) - {""}
        expansions = set(query.get("expansions", "").split(",")) - {""}
        if path.startswith("/2/users/by/username/"):
            values = {
                "user.fields": _USER_FIELDS,
                words["fields"]: words["field_names"],
                "expansions": {"pinned_tweet_id"},
            }
            if refused := self.refusal(query, {"user.fields", "expansions", words["fields"]}, values):
                return refused
            name = path.rsplit("/", 1)[1]
            account = self.accounts.get(name.lower())
            if account is None or account.suspended:
                title, detail = ("Forbidden", f"User has been suspended: [{name}].") if account else (
                    "Not Found Error", f"Could not find user with username: [{name}].")  # fmt: skip
                error = {"value": name, "detail": detail, "title": title, "resource_type": "user",
                         "parameter": "username", "resource_id": name,
                         "type": "https://api.twitter.com/2/problems/resource-not-found"}  # fmt: skip
                return Reply(200, {"errors": [error]}, self.headers())
            asked = set(query.get("user.fields", "").split(","))
            user = {"id": account.id, "name": account.name, "username": account.username,
                    "protected": account.protected, "profile_image_url": f"https://pbs.example/{account.username}_normal.jpg",
                    "public_metrics": {words["count"]: len(account.tweets), "followers_count": 1}}  # fmt: skip
            user = {k: v for k, v in user.items() if k in asked | {"id", "name", "username"}}
            return Reply(200, {"data": user}, self.headers())
        values = {words["fields"]: words["field_names"], "expansions": words["expansions"], "user.fields": _USER_FIELDS}
        if refused := self.refusal(query, _TIMELINE_PARAMETERS | {words["fields"]}, values):
            return refused
        user_id = path.split("/")[3]
        account = next((a for a in self.accounts.values() if a.id == user_id), None)
        if account is None or account.protected:
            error = {"value": user_id, "detail": f"Sorry, you are not authorized to see the user with id: [{user_id}].",
                     "title": "Authorization Error", "resource_type": "user", "parameter": "id",
                     "resource_id": user_id, "section": "data",
                     "type": "https://api.twitter.com/2/problems/not-authorized-for-resource"}  # fmt: skip
            return Reply(200, {"errors": [error]}, self.headers())
        limit = int(query.get("max_results", 10))
        if not 5 <= limit <= 100:
            return self.invalid("max_results", str(limit), f"The `max_results` query parameter value [{limit}] is not "
                                "between 5 and 100")  # fmt: skip
        newest_first = account.tweets[::-1][: self.CAP]
        if since := query.get("since_id"):
            newest_first = [t for t in newest_first if int(t["id"]) > int(since)]
        if until := query.get("until_id"):
            newest_first = [t for t in newest_first if int(t["id"]) < int(until)]
        token = query.get("pagination_token", f"t0g{self.generation}")
        issued = re.fullmatch(r"t(\d+)g(\d+)", token)
        if not issued or int(issued[2]) != self.generation:
            return self.invalid("pagination_token", token, f"The `pagination_token` query parameter value [{token}] "
                                "is not valid")  # fmt: skip
        chunk, next_offset = _page(newest_first, int(issued[1]), limit)
        shown = [self.show(t, fields, expansions) for t in chunk if not t["hidden"]]
        meta = {"result_count": len(shown)}
        if shown:
            meta |= {"newest_id": shown[0]["id"], "oldest_id": shown[-1]["id"]}
        if next_offset is not None:
            meta["next_token"] = f"t{next_offset}g{self.generation}"
        body = {"data": shown, "meta": meta} if shown else {"meta": meta}
        referenced = [r for p in shown for r in p.get("referenced_posts", [])]
        if referenced:  # the expansion sends the referenced posts along
            posts = [
                {"id": r["id"], "text": "someone else's post", "edit_history_post_ids": [r["id"]]} for r in referenced
            ]
            body["includes"] = {"posts": posts}
        return Reply(200, body, self.headers())

    def show(self, tweet: dict, fields: set[str], expansions: set[str]) -> dict:
        """`tweet` with the default fields and those asked for, in this vocabulary."""
        words = VOCABULARY[self.vocabulary]
        post = {"id": tweet["id"], "text": tweet["text"], words["edits"]: [tweet["id"]]}
        post |= {name: tweet[name] for name in ("created_at", "lang") if name in fields}
        if tweet["note"] and words["note"] in fields:
            post[words["note"]] = {"text": tweet["note"], "entities": {}}
        references = [{"type": tweet["kind"], "id": "1600000000000000000"}] if tweet["kind"] else []
        if references and ("referenced_tweets" in fields or "referenced_posts" in expansions):
            post["referenced_tweets" if self.vocabulary == "tweet" else "referenced_posts"] = references
        if tweet["in_reply_to_user_id"] and "in_reply_to_user_id" in fields | expansions:
            post["in_reply_to_user_id"] = tweet["in_reply_to_user_id"]
        return post


# --- Bluesky AppView ---------------------------------------------------------------------------------------------
def bsky_post(
    did: str, index: int, text: str, facets: list | None = None, reply: bool = False, quote: bool = False,
    embed: dict | None = None,
) -> dict:  # fmt: skip
    """A postView; `quote` embeds another post, `embed` any embed (a list, a feed generator, pictures...)."""
    record = {"$type": "app.bsky.feed.post", "text": text, "createdAt": iso(index), "langs": ["en"]}
    if facets:
        record["facets"] = facets
    if reply:
        parent = {"uri": "at://did:plc:someoneelse/app.bsky.feed.post/3k", "cid": "bafyparent"}
        record["reply"] = {"root": parent, "parent": parent}
    if quote:
        embed = bsky_embed("app.bsky.feed.post")
    if embed:
        record["embed"] = embed
    return {"uri": f"at://{did}/app.bsky.feed.post/3k{index:06d}", "cid": f"bafy{index}", "record": record,
            "author": {"did": did, "handle": "owner"}, "indexedAt": iso(index)}  # fmt: skip


def bsky_embed(collection: str, media: bool = False) -> dict:
    """An `app.bsky.embed.record` of a record in `collection` (a post, a list, a feed generator), or with
    `media` an `app.bsky.embed.recordWithMedia` holding one and pictures."""
    embed = {"$type": "app.bsky.embed.record", "record": {"uri": f"at://did:plc:x/{collection}/1", "cid": "c"}}
    if media:
        embed = {"$type": "app.bsky.embed.recordWithMedia", "record": embed,
                 "media": {"$type": "app.bsky.embed.images", "images": []}}  # fmt: skip
    return embed


def bsky_repost(by: str, index: int, indexed_at: str = "2024-02-01T00:00:00Z") -> dict:
    """The `reason` of a feed item that `by` reposted: the repost record's uri, and when the AppView indexed it."""
    return {"$type": "app.bsky.feed.defs#reasonRepost", "by": {"did": by, "handle": "owner"}, "indexedAt": indexed_at,
            "uri": f"at://{by}/app.bsky.feed.repost/3r{index:06d}", "cid": f"bafyrepost{index}"}  # fmt: skip


@dataclass
class BskyAccount:
    did: str
    handle: str
    display_name: str
    feed: list[dict]  # feedViewPost items, oldest first; an item with "hidden": True keeps its place but is not served
    pinned: int | None = None  # index into feed of the pinned post, served again atop the first page with includePins


class FakeBluesky:
    """`app.bsky.actor.getProfile` and `app.bsky.feed.getAuthorFeed` with cursor paging and ratelimit-* headers; a
    page whose items are all hidden comes back as an empty `feed` with a `cursor`, as the AppView's do."""

    def __init__(self, accounts: list[BskyAccount]):
        self.accounts = accounts
        self.server = FakeServer(
            self.route, lambda reset: {"ratelimit-remaining": "0", "ratelimit-reset": str(int(reset))}
        )
        self.url = self.server.url

    def _find(self, actor: str) -> BskyAccount | None:
        return next((a for a in self.accounts if actor in (a.did, a.handle)), None)

    def route(self, path: str, query: dict, headers: dict) -> Reply:
        reset = str(int(time.time()) + 300)
        limits = {"ratelimit-limit": "3000", "ratelimit-remaining": "2999", "ratelimit-reset": reset,
                  "ratelimit-policy": "3000;w=300"}  # fmt: skip
        account = self._find(query.get("actor", ""))
        if account is None:
            return Reply(400, {"error": "InvalidRequest", "message": "Profile not found"}, limits)
        if path.endswith("app.bsky.actor.getProfile"):
            profile = {"did": account.did, "handle": account.handle, "displayName": account.display_name,
                       "avatar": f"https://cdn.example/{account.did}.jpg", "postsCount": len(account.feed)}  # fmt: skip
            return Reply(200, profile, limits)
        assert query.get("filter") == "posts_with_replies", query
        items = account.feed[::-1]
        offset = int(query.get("cursor", "0"))
        chunk, next_offset = _page(items, offset, int(query.get("limit", 50)))
        chunk = [item for item in chunk if not item.get("hidden")]
        if account.pinned is not None and offset == 0 and query.get("includePins") == "true":
            chunk = [{**account.feed[account.pinned], "reason": {"$type": "app.bsky.feed.defs#reasonPin"}}, *chunk]
        body = {"feed": chunk} | ({"cursor": str(next_offset)} if next_offset is not None else {})
        return Reply(200, body, limits)


# --- Mastodon ----------------------------------------------------------------------------------------------------
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def ulid(index: int) -> str:
    """A ULID, as GoToSocial gives status ids: 48 bits of milliseconds, then 80 of randomness (here fixed by index),
    in Crockford's base 32: 26 characters that sort as they were made."""
    millis, noise = int((START + timedelta(hours=index)).timestamp() * 1000), (index * 7919) % (1 << 80)
    return "".join(_CROCKFORD[(millis >> (5 * i)) & 31] for i in reversed(range(10))) + "".join(
        _CROCKFORD[(noise >> (5 * i)) & 31] for i in reversed(range(16)))  # fmt: skip


def mastodon_status(
    index: int, content: str, reply: bool = False, boost: bool = False, quote: bool = False, ulid_id: bool = False
) -> dict:
    """A status; `ulid_id`: with a GoToSocial-style id instead of Mastodon's number."""
    status = {"id": ulid(index) if ulid_id else str(110_000_000_000_000_000 + index), "created_at": iso(index),
              "content": content, "in_reply_to_id": "109" if reply else None, "language": "en", "reblog": None,
              "spoiler_text": "", "visibility": "public"}  # fmt: skip
    if boost:
        status["content"] = ""
        status["reblog"] = {**status, "id": "108", "content": "<p>someone else's words entirely</p>", "reblog": None}
    if quote:
        status["quote"] = {"state": "accepted", "quoted_status": None}
    return status


@dataclass
class MastodonAccount:
    id: str
    username: str
    host: str
    display_name: str
    statuses: list[dict]  # oldest first


def _before(a: str, b: str) -> bool:
    """Whether status id `a` is older than `b`, as the server compares them: Mastodon's as numbers, GoToSocial's
    ULIDs (and a client's min_id=0) as strings."""
    return int(a) < int(b) if a.isdigit() and b.isdigit() else a < b


class FakeMastodon:
    """`/api/v1/accounts/lookup` and `/api/v1/accounts/:id/statuses` with Link-header paging (max_id, min_id)."""

    def __init__(self, accounts: list[MastodonAccount]):
        self.accounts = accounts
        iso = lambda reset: datetime.fromtimestamp(reset, timezone.utc).isoformat().replace("+00:00", "Z")  # noqa: E731
        self.server = FakeServer(
            self.route, lambda reset: {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": iso(reset)}
        )
        self.url = self.server.url

    def route(self, path: str, query: dict, headers: dict) -> Reply:
        reset = (datetime.now(timezone.utc) + timedelta(minutes=5)).isoformat().replace("+00:00", "Z")
        limits = {"X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "299", "X-RateLimit-Reset": reset}
        if path == "/api/v1/accounts/lookup":
            user, _, host = query.get("acct", "").partition("@")
            account = next((a for a in self.accounts if (a.username.lower(), a.host) == (user.lower(), host)), None)
            if account is None:
                return Reply(404, {"error": "Record not found"}, limits)
            return Reply(200, {"id": account.id, "username": account.username, "acct": account.username,
                               "display_name": account.display_name, "avatar": f"https://{account.host}/a.png",
                               "statuses_count": len(account.statuses)}, limits)  # fmt: skip
        account = next((a for a in self.accounts if path == f"/api/v1/accounts/{a.id}/statuses"), None)
        if account is None:
            return Reply(404, {"error": "Record not found"}, limits)
        limit = min(40, int(query.get("limit", 20)))
        newest_first = account.statuses[::-1]
        if max_id := query.get("max_id"):
            chunk = [s for s in newest_first if _before(s["id"], max_id)][:limit]
        elif min_id := query.get("min_id"):
            chunk = [s for s in account.statuses if _before(min_id, s["id"])][:limit][::-1]
        else:
            chunk = newest_first[:limit]
        links = []
        base = f"{self.url}{path}"
        if len(chunk) == limit:
            links.append(f'<{base}?{urlencode({"limit": limit, "max_id": chunk[-1]["id"]})}>; rel="next"')
        if chunk:
            links.append(f'<{base}?{urlencode({"limit": limit, "min_id": chunk[0]["id"]})}>; rel="prev"')
        return Reply(200, chunk, limits | ({"Link": ", ".join(links)} if links else {}))
