"""Loopback fakes of the X API v2, Bluesky's AppView and a Mastodon server, speaking each one's documented JSON,
paging, rate-limit headers and errors, with faults a test can script (`server.faults`)."""

from __future__ import annotations

import json
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
    """What the next matching request gets instead of its answer: `503`, `429` (reset `seconds` ahead), `403`
    (problem+json), `drop` (half the body, then the connection closes), `notjson`, `body` (200 with `body`), or
    `delay` (the answer after `seconds`)."""

    kind: str
    path: str = ""  # matches requests whose path contains this
    seconds: float = 0.0
    times: int = 1
    after: int = 0  # let this many matching requests through first
    body: object = None  # for `body`: answer 200 with this JSON instead


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

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
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
def x_tweet(index: int, text: str, kind: str | None = None, note: str | None = None) -> dict:
    """A v2 tweet object; ids grow with time, as snowflakes do."""
    tweet = {"id": str(1_700_000_000_000_000_000 + index), "text": text, "created_at": iso(index), "lang": "en",
             "edit_history_tweet_ids": [str(1_700_000_000_000_000_000 + index)]}  # fmt: skip
    if kind:
        tweet["referenced_tweets"] = [{"type": kind, "id": "1600000000000000000"}]
    if kind == "replied_to":
        tweet["in_reply_to_user_id"] = "42"
    if note:
        tweet["note_tweet"] = {"text": note, "entities": {}}
    return tweet


@dataclass
class XAccount:
    id: str
    username: str
    name: str
    tweets: list[dict]  # oldest first
    protected: bool = False
    suspended: bool = False


class FakeX:
    """`/2/users/by/username/:username` and `/2/users/:id/tweets`, serving the newest 3,200 tweets."""

    CAP = 3200

    def __init__(self, token: str, accounts: list[XAccount]):
        self.token = token
        self.accounts = {a.username.lower(): a for a in accounts}
        self.server = FakeServer(self.route)
        self.url = self.server.url

    def headers(self) -> dict[str, str]:
        return {
            "x-rate-limit-limit": "900",
            "x-rate-limit-remaining": "899",
            "x-rate-limit-reset": str(int(time.time()) + 900),
        }  # noqa: E501

    def route(self, path: str, query: dict, headers: dict) -> Reply:
        if headers.get("Authorization") != f"Bearer {self.token}":
            return Reply(401, {"title": "Unauthorized", "type": "about:blank", "status": 401, "detail": "Unauthorized"})
        if path.startswith("/2/users/by/username/"):
            name = path.rsplit("/", 1)[1]
            account = self.accounts.get(name.lower())
            if account is None or account.suspended:
                title, detail = ("Forbidden", f"User has been suspended: [{name}].") if account else (
                    "Not Found Error", f"Could not find user with username: [{name}].")  # fmt: skip
                error = {"value": name, "detail": detail, "title": title, "resource_type": "user",
                         "parameter": "username", "resource_id": name,
                         "type": "https://api.twitter.com/2/problems/resource-not-found"}  # fmt: skip
                return Reply(200, {"errors": [error]}, self.headers())
            user = {"id": account.id, "name": account.name, "username": account.username,
                    "protected": account.protected, "profile_image_url": f"https://pbs.example/{account.username}_normal.jpg",
                    "public_metrics": {"tweet_count": len(account.tweets), "followers_count": 1}}  # fmt: skip  # noqa: E501
            return Reply(200, {"data": user}, self.headers())
        user_id = path.split("/")[3]
        account = next((a for a in self.accounts.values() if a.id == user_id), None)
        if account is None or account.protected:
            error = {"value": user_id, "detail": f"Sorry, you are not authorized to see the user with id: [{user_id}].",
                     "title": "Authorization Error", "resource_type": "user", "parameter": "id",
                     "resource_id": user_id, "section": "data",
                     "type": "https://api.twitter.com/2/problems/not-authorized-for-resource"}  # fmt: skip
            return Reply(200, {"errors": [error]}, self.headers())
        newest_first = account.tweets[::-1][: self.CAP]
        if since := query.get("since_id"):
            newest_first = [t for t in newest_first if int(t["id"]) > int(since)]
        offset = int(query.get("pagination_token", "t0")[1:])
        limit = int(query.get("max_results", 10))
        assert 5 <= limit <= 100, limit
        chunk, next_offset = _page(newest_first, offset, limit)
        meta = {"result_count": len(chunk)}
        if chunk:
            meta |= {"newest_id": chunk[0]["id"], "oldest_id": chunk[-1]["id"]}
        if next_offset is not None:
            meta["next_token"] = f"t{next_offset}"
        body = {"data": chunk, "meta": meta} if chunk else {"meta": meta}
        return Reply(200, body, self.headers())


# --- Bluesky AppView ---------------------------------------------------------------------------------------------
def bsky_post(
    did: str, index: int, text: str, facets: list | None = None, reply: bool = False, quote: bool = False
) -> dict:  # noqa: E501
    record = {"$type": "app.bsky.feed.post", "text": text, "createdAt": iso(index), "langs": ["en"]}
    if facets:
        record["facets"] = facets
    if reply:
        parent = {"uri": "at://did:plc:someoneelse/app.bsky.feed.post/3k", "cid": "bafyparent"}
        record["reply"] = {"root": parent, "parent": parent}
    if quote:
        record["embed"] = {
            "$type": "app.bsky.embed.record",
            "record": {"uri": "at://did:plc:x/app.bsky.feed.post/1", "cid": "c"},
        }  # noqa: E501
    return {"uri": f"at://{did}/app.bsky.feed.post/3k{index:06d}", "cid": f"bafy{index}", "record": record,
            "author": {"did": did, "handle": "owner"}, "indexedAt": iso(index)}  # fmt: skip


@dataclass
class BskyAccount:
    did: str
    handle: str
    display_name: str
    feed: list[dict]  # feedViewPost items, oldest first
    pinned: int | None = None  # index into feed of a pinned post, served again at the top of the first page


class FakeBluesky:
    """`app.bsky.actor.getProfile` and `app.bsky.feed.getAuthorFeed` with cursor paging and ratelimit-* headers."""

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
        if account.pinned is not None and offset == 0:
            chunk = [{**account.feed[account.pinned], "reason": {"$type": "app.bsky.feed.defs#reasonPin"}}, *chunk]
        body = {"feed": chunk} | ({"cursor": str(next_offset)} if next_offset is not None else {})
        return Reply(200, body, limits)


# --- Mastodon ----------------------------------------------------------------------------------------------------
def mastodon_status(index: int, content: str, reply: bool = False, boost: bool = False, quote: bool = False) -> dict:
    status = {"id": str(110_000_000_000_000_000 + index), "created_at": iso(index), "content": content,
              "in_reply_to_id": "109" if reply else None, "language": "en", "reblog": None, "spoiler_text": "",
              "visibility": "public"}  # fmt: skip
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
            chunk = [s for s in newest_first if int(s["id"]) < int(max_id)][:limit]
        elif min_id := query.get("min_id"):
            chunk = [s for s in account.statuses if int(s["id"]) > int(min_id)][:limit][::-1]
        else:
            chunk = newest_first[:limit]
        links = []
        base = f"{self.url}{path}"
        if len(chunk) == limit:
            links.append(f'<{base}?{urlencode({"limit": limit, "max_id": chunk[-1]["id"]})}>; rel="next"')
        if chunk:
            links.append(f'<{base}?{urlencode({"limit": limit, "min_id": chunk[0]["id"]})}>; rel="prev"')
        return Reply(200, chunk, limits | ({"Link": ", ".join(links)} if links else {}))
