"""Downloads are data: a network source first writes a snapshot of what it read, then everything downstream reads
the snapshot offline, so a paid pull happens once and a killed one continues where it stopped.

    <cache>/snapshots/<platform>/<slug>/
        pages/000001.json   one page exactly as received, written atomically before the state that counts it
        state.json          the profile, the pages read so far and where to continue (written after each page)

A page written but not yet counted (a kill between the two writes) is fetched again and overwritten, so every post
is kept exactly once. A finished snapshot is topped up with newer posts on later runs (`update`), or started over
(`refresh`). Under multi-process training only global rank 0 downloads, once for every node; the other processes
wait for its snapshot, which therefore has to be on a filesystem they all see.

state.json holds, besides the profile and the pages: `phase` (history, update, done), `cursor` (the service's
token for the next page), `anchor` (an update reads posts newer than this id), `newest` (the newest id saved), and
for the current phase `read` (posts saved), `oldest` (the oldest id saved) and `until` (a resumed X download reads
below this id: X's tokens expire, ids do not).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import shutil
import time
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from filelock import FileLock

from huggingtweets import launch
from huggingtweets.atomic import write_atomically
from huggingtweets.errors import UserError
from huggingtweets.progress import note
from huggingtweets.sources.base import Account, Post, id_order
from huggingtweets.sources.handles import UserSpec
from huggingtweets.sources.http import MAX_WAIT, Answer, Api, progress, say

STATE_VERSION = 1
HISTORY, UPDATE, DONE = "history", "update", "done"
LEADER_WAIT = 300.0  # seconds a waiting process gives global rank 0 to show up in the cache before calling it unshared
_STARTED = time.time()  # files of an earlier launch with the same id are older than this (less a skew of 10 minutes)


def _this_run(path: Path, run: str) -> dict | None:
    """The JSON note at `path` when this launch wrote it (an earlier launch's is ignored), else None."""
    try:
        note = json.loads(path.read_text())
    except (OSError, ValueError):
        return None
    fresh = isinstance(note, dict) and note.get("run") == run and note.get("time", 0) >= _STARTED - 600
    return note if fresh else None


class Snapshot:
    """One account's download on disk (see the module docstring)."""

    def __init__(self, directory: Path):
        self.directory = directory
        self.pages_dir = directory / "pages"
        self.state_path = directory / "state.json"

    @property
    def failure(self) -> Path:
        """Where global rank 0 leaves the error that stopped its download, for the processes waiting on it."""
        return self.directory.parent / f"{self.directory.name}.failed"

    def lock(self) -> FileLock:
        self.directory.parent.mkdir(parents=True, exist_ok=True)
        return FileLock(str(self.directory.parent / f"{self.directory.name}.lock"))

    def read_state(self) -> dict | None:
        if not self.state_path.exists():
            return None
        try:
            state = json.loads(self.state_path.read_text())
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
            raise UserError(
                f"{self.state_path} is unreadable ({err}); start the download over with data.refresh=true"
            ) from None
        return state if isinstance(state, dict) and state.get("version") == STATE_VERSION else None

    def save_state(self, state: dict) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        write_atomically(self.state_path, json.dumps(state, indent=1).encode())

    def clear(self) -> None:
        shutil.rmtree(self.directory, ignore_errors=True)

    def add_page(self, state: dict, body: bytes, posts: list[Post], cursor: str | None) -> None:
        """Record one page: its body first, then the state that counts it and says where to continue. `posts`
        are the page's posts not saved before."""
        self.pages_dir.mkdir(parents=True, exist_ok=True)
        name = f"{len(state['pages']) + 1:06d}.json"
        write_atomically(self.pages_dir / name, body)
        state["pages"].append(
            {"file": name, "sha256": hashlib.sha256(body).hexdigest(), "posts": len(posts), "phase": state["phase"]}
        )
        state["posts"] += len(posts)
        state["read"] = state.get("read", 0) + len(posts)
        for post in (p for p in posts if p.id):  # ids as the server gave them (X, Mastodon; Bluesky pages by cursor)
            state["newest"] = max(filter(None, (state["newest"], post.id)), key=id_order)
            state["oldest"] = min(filter(None, (state.get("oldest"), post.id)), key=id_order)
        state["cursor"] = cursor
        if cursor is None:
            self.finish(state)
        else:
            self.save_state(state)

    def finish(self, state: dict) -> None:
        """The download (or update) is over: the snapshot is complete as it is."""
        finished = datetime.now(timezone.utc).isoformat(timespec="seconds")
        state.update(phase=DONE, complete=True, cursor=None, refreshing=False, finished_at=finished)
        self.save_state(state)

    def bodies(self, state: dict) -> Iterator[bytes]:
        """Each page as received; a page that went missing or changed on disk is an error."""
        for page in state["pages"]:
            path = self.pages_dir / page["file"]
            body = path.read_bytes() if path.exists() else b""
            if hashlib.sha256(body).hexdigest() != page["sha256"]:
                raise UserError(f"{path} is missing or changed on disk; download again with data.refresh=true")
            yield body


class NetworkSource:
    """A platform's client (X, Bluesky, Mastodon) that downloads accounts into snapshots and reads them back.

    A subclass says how to look an account up, which request reads the next page, how to read a page and
    where the next one starts; the download loop, resuming, updates and locking are shared.

    Args:
        snapshots_dir: where snapshots live (`<cache>/snapshots`).
        base_url: the service's address (tests, proxies and self-hosted servers override it).
        refresh: start every download over instead of continuing or updating it.
        update: top a finished snapshot up with posts newer than its newest.
        max_posts: read at most this many posts of an account's history, or in one update (None: all there are).
        retries, backoff, max_wait: see `Api`.
    """

    platform = ""
    title = ""
    min_page = 1  # the fewest posts one request can ask for

    def __init__(
        self,
        snapshots_dir: str | Path,
        base_url: str,
        refresh: bool = False,
        update: bool = True,
        max_posts: int | None = None,
        retries: int = 5,
        backoff: float = 1.0,
        max_wait: float = MAX_WAIT,
    ):
        self.snapshots_dir = Path(snapshots_dir)
        self.base_url = base_url.rstrip("/")
        self.refresh, self.update, self.max_posts = refresh, update, max_posts
        self.retries, self.backoff, self.max_wait = retries, backoff, max_wait

    # --- what each platform says ----------------------------------------------------------------------
    def api(self, handle: str) -> Api:
        return Api(self.title, self.base_url, explain=self.explain, capped=self.capped, retries=self.retries,
                   backoff=self.backoff, max_wait=self.max_wait)  # fmt: skip

    def explain(self, status: int, data: Any) -> str | None:
        """A one-line reading of an error answer, or None for the generic one."""
        return None

    def capped(self, data: Any) -> str | None:
        """A one-line reading of a 429 that is a usage cap (no wait lifts it), or None for a rate limit."""
        return None

    def lookup(self, api: Api, handle: str) -> dict:
        """The account's profile: id, display_name, avatar_url, posts_count."""
        raise NotImplementedError

    def request(self, state: dict, limit: int | None) -> tuple[str, dict]:
        """(path, params) of the next page: of the history from `state["cursor"]`, or in an update of posts
        newer than `state["anchor"]`; at most `limit` posts when it is not None."""
        raise NotImplementedError

    def fetch(self, api: Api, state: dict, limit: int | None) -> Answer:
        """The answer to the next page's request (X asks again when the server refuses its vocabulary)."""
        return api.get(*self.request(state, limit))

    def read_page(self, data: Any, profile: dict) -> list[Post]:
        raise NotImplementedError

    def next_cursor(self, answer: Answer, posts: list[Post], phase: str) -> str | None:
        raise NotImplementedError

    def resume(self, state: dict) -> None:
        """A stopped download is about to continue from `state["cursor"]`; a service whose cursors expire (X)
        moves the state to where it continues instead."""

    def can_update(self) -> str | None:
        """Why newer posts cannot be fetched now (e.g. no token), or None when they can."""
        return None

    def announce(self, spec: UserSpec, state: dict | None) -> None:
        """Say what this run reads (`state` is None for a new download), before any request; a source that bills
        may stop here with a `UserError`."""
        say(f"{spec.label}: reading {self.title}'s public posts of {spec.handle} (no key needed)")

    # --- shared: download, resume, update, read back ------------------------------------------------------
    def spec(self, handle: str) -> UserSpec:
        return UserSpec(self.platform, handle)

    def snapshot(self, handle: str) -> Snapshot:
        return Snapshot(self.snapshots_dir / self.platform / self.spec(handle).slug)

    @property
    def leader_note(self) -> Path:
        """Where global rank 0 says it is at work, for the processes waiting on it to see the cache is shared."""
        return self.snapshots_dir / "leader.json"

    def has_download(self, handle: str) -> bool:
        state = self.snapshot(handle).read_state()
        return bool(state and state.get("complete"))

    def prepare(self, handle: str) -> None:
        """Make the account's snapshot complete: download it, continue it, or top it up with newer posts.

        Only global rank 0 makes requests, so an account is downloaded (and billed) once for every node; the other
        processes wait for its snapshot. Whether the cache is on a filesystem every node shares cannot be known
        beforehand, so a waiting process that sees no sign of global rank 0 in it within `LEADER_WAIT` seconds
        stops with a line saying so. When all processes start together (torchrun, SLURM: WORLD_SIZE > 1) a finished
        snapshot is used as it is: topping it up or refreshing it while other processes read it would give them
        different data, so `scripts/fetch.py` does that beforehand.
        """
        snapshot, label = self.snapshot(handle), self.spec(handle).label
        leader, world_size, run = launch()
        if not leader:
            return self._wait_for(snapshot, handle, run)
        if world_size > 1:
            self.snapshots_dir.mkdir(parents=True, exist_ok=True)
            write_atomically(self.leader_note, json.dumps({"run": run, "time": time.time()}))
        with snapshot.lock():
            snapshot.failure.unlink(missing_ok=True)
            try:
                self._prepare(snapshot, handle, label, world_size)
            except UserError as err:  # the waiting processes raise it too
                write_atomically(snapshot.failure, json.dumps({"run": run, "time": time.time(), "error": str(err)}))
                raise

    def _prepare(self, snapshot: Snapshot, handle: str, label: str, world_size: int) -> None:
        state = snapshot.read_state()
        if self.refresh and world_size > 1:
            say(f"{label}: data.refresh is ignored when several processes start together; refresh with "
                "scripts/fetch.py first")  # fmt: skip
        elif self.refresh and not (state and state.get("refreshing")):  # (a refresh that was cut short continues)
            snapshot.clear()
            state = None
        if state and state.get("complete"):
            if not self.update or world_size > 1:
                return
            if reason := self.can_update():
                return say(f"{label}: {reason}; using the {state['posts']:,} posts saved earlier")
            if state["phase"] == DONE:
                state.update(phase=UPDATE, cursor=None, anchor=state["newest"], read=0, oldest=None, until=None)
            try:
                return self._download(snapshot, state, handle)
            except UserError as err:
                return say(f"{label}: could not fetch newer posts ({err}); using the posts saved earlier")
        self._download(snapshot, state, handle)

    def _download(self, snapshot: Snapshot, state: dict | None, handle: str) -> None:
        spec, api = self.spec(handle), self.api(handle)
        try:
            if state is not None:  # (states saved before `read` was kept count it from their pages)
                state.setdefault("read", sum(p["posts"] for p in state["pages"] if p["phase"] == state["phase"]))
                if state["cursor"]:
                    self.resume(state)
            self.announce(spec, state)
            if state is None:
                state = {"version": STATE_VERSION, "platform": self.platform, "handle": handle, "phase": HISTORY}
                state |= {"complete": False, "cursor": None, "anchor": None, "newest": None, "posts": 0, "pages": []}
                state |= {"read": 0, "oldest": None, "until": None, "refreshing": self.refresh}
                state["profile"] = self._read(self.lookup, api, handle)
                snapshot.save_state(state)
            known = {p.id for p in self._posts(snapshot, state)} if state["phase"] == UPDATE else set()
            expected = state["profile"].get("posts_count") if state["phase"] == HISTORY else None
            if expected is not None and self.max_posts:
                expected = min(expected, self.max_posts)
            with progress(expected, spec.label) as bar:
                bar.update(state["posts"] if state["phase"] == HISTORY else 0)
                while state["phase"] != DONE:
                    limit = self.max_posts - state["read"] if self.max_posts else None
                    if limit is not None and limit < self.min_page:  # (a page asked for now would read past it)
                        snapshot.finish(state)
                        break
                    answer = self.fetch(api, state, limit)
                    posts = self._read(self.read_page, answer.data, state["profile"])
                    cursor = self._read(self.next_cursor, answer, posts, state["phase"])
                    if not posts and cursor == state["cursor"]:
                        cursor = None  # an empty page that points back at itself ends the download
                    new = [p for p in posts if p.id not in known]
                    if state["phase"] == UPDATE and len(new) < len(posts):
                        cursor = None  # reached what was saved before
                    if state["phase"] == UPDATE and not new and cursor is None:
                        snapshot.finish(state)  # nothing new: the snapshot (and every cache keyed by it) stays as is
                        break
                    snapshot.add_page(state, answer.body, new, cursor)  # (an empty page with a cursor continues)
                    bar.update(len(new))
                    bar.set_postfix(pages=len(state["pages"]), refresh=False)
                    note("download", user=spec.label, posts=state["posts"], pages=len(state["pages"]),
                         expected=expected)  # fmt: skip
            say(f"{spec.label}: {state['posts']:,} posts saved in {snapshot.directory}")
        finally:
            api.close()

    def _read(self, part, *args):
        """A platform's reading of an answer; an answer of an unexpected shape is one line, not a traceback."""
        try:
            return part(*args)
        except (KeyError, IndexError, TypeError, AttributeError, ValueError) as err:
            raise UserError(
                f"{self.title} sent an answer of an unexpected shape ({type(err).__name__}: {err}); is its "
                f"base_url right ({self.base_url or 'the handle host'})?"
            ) from None

    def _wait_for(self, snapshot: Snapshot, handle: str, run: str, timeout: float = 6 * 3600) -> None:
        """Processes other than global rank 0 wait for its download instead of making their own."""
        label, began, shared = self.spec(handle).label, time.monotonic(), False
        while time.monotonic() - began < timeout:
            state = snapshot.read_state()
            if state and state.get("complete"):
                return
            if failure := _this_run(snapshot.failure, run):
                raise UserError(str(failure.get("error")))
            shared = shared or _this_run(self.leader_note, run) is not None
            if not shared and time.monotonic() - began > LEADER_WAIT:
                raise UserError(
                    f"{label}: global rank 0 downloads for every node, but after {LEADER_WAIT:.0f} s there is no sign "
                    f"of it in {self.snapshots_dir}: this node does not share that cache; put paths.cache_dir on a "
                    "filesystem every node mounts, or copy the snapshots there first (scripts/fetch.py on one node)"
                )
            time.sleep(1.0)
        raise UserError(f"{label}: gave up waiting for global rank 0 to download the posts")

    def _posts(self, snapshot: Snapshot, state: dict) -> list[Post]:
        """Every post of the snapshot once (an update's first page may repeat saved posts), newest first."""
        seen: dict[str, Post] = {}
        for body in snapshot.bodies(state):
            try:
                data = json.loads(body)
            except (json.JSONDecodeError, UnicodeDecodeError):
                raise UserError(
                    f"a page in {snapshot.pages_dir} is not JSON; download again with data.refresh=true"
                ) from None
            for post in self._read(self.read_page, data, state["profile"]):
                seen.setdefault(post.id, post)
        return sorted(seen.values(), key=lambda p: p.created_at or "", reverse=True)

    def _complete_state(self, handle: str) -> tuple[Snapshot, dict]:
        snapshot = self.snapshot(handle)
        state = snapshot.read_state()
        if not (state and state.get("complete")):
            raise UserError(f"{self.spec(handle).label}: no finished download in {snapshot.directory}")
        return snapshot, state

    def fingerprint(self, handle: str) -> str:
        """A hash of what `load` returns (the profile and every post), not of the pages: an update that brought
        nothing new, or pages that overlap, leave it unchanged."""
        snapshot, state = self._complete_state(handle)
        posts = [dataclasses.astuple(post) for post in self._posts(snapshot, state)]
        content = json.dumps([self.platform, handle.lower(), state["profile"], posts], sort_keys=True)
        return hashlib.sha256(content.encode()).hexdigest()[:16]

    def load(self, handle: str) -> Account:
        snapshot, state = self._complete_state(handle)
        profile = state["profile"]
        return Account(
            handle=handle,
            display_name=profile.get("display_name") or handle,
            posts=self._posts(snapshot, state),
            avatar_url=profile.get("avatar_url"),
        )
