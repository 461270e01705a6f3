"""HTTP for the network sources: an httpx client that retries what is worth retrying (5xx, dropped connections,
cut-off answers) with exponential backoff, waits out rate limits (saying until when), caps the size of an answer
and turns every other failure into one line. Secrets travel in request headers only and are never printed."""

from __future__ import annotations

import json
import logging
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any

import httpx
from tqdm import tqdm

from huggingtweets import __version__
from huggingtweets.errors import UserError

log = logging.getLogger(__name__)
USER_AGENT = f"huggingtweets/{__version__} (+https://github.com/borisdayma/huggingtweets)"
# the three spellings in use: X (x-rate-limit-*), Bluesky (IETF draft ratelimit-*), Mastodon (x-ratelimit-*)
_REMAINING = ("x-rate-limit-remaining", "ratelimit-remaining", "x-ratelimit-remaining")
_RESET = ("x-rate-limit-reset", "ratelimit-reset", "x-ratelimit-reset")
MAX_WAIT = 16 * 60.0  # the longest rate-limit pause waited out: X's 15-minute window, plus a minute of margin


def say(message: str) -> None:
    """A line for the person at the console (between progress bars), and the run's log."""
    tqdm.write(message, file=sys.stderr)
    log.info(message)


def progress(total: int | None, desc: str, unit: str = "post") -> tqdm:
    """A progress bar on stderr; off when stderr is not a terminal (logs, CI)."""
    return tqdm(total=total, desc=desc, unit=unit, disable=None, leave=True, dynamic_ncols=True)


def reset_time(headers: httpx.Headers, now: float | None = None) -> float | None:
    """When the rate limit resets, as a Unix time: epoch seconds (X, Bluesky), an ISO 8601 time (Mastodon),
    or Retry-After (seconds or an HTTP date)."""
    now = time.time() if now is None else now
    for name in _RESET:
        if value := headers.get(name):
            value = value.strip()
            if value.replace(".", "", 1).isdigit():
                number = float(value)
                return number if number > 1e9 else now + number  # a count of seconds, as some servers send
            try:
                return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
            except ValueError:
                continue
    if value := headers.get("retry-after"):
        if value.strip().isdigit():
            return now + float(value)
        try:
            return parsedate_to_datetime(value).timestamp()
        except (TypeError, ValueError):
            return None
    return None


def remaining_requests(headers: httpx.Headers) -> int | None:
    value = next((headers[name] for name in _REMAINING if name in headers), None)
    return int(value) if value is not None and value.strip().isdigit() else None


@dataclass
class Answer:
    data: Any  # the parsed JSON
    body: bytes  # exactly as received: what a snapshot stores
    response: httpx.Response  # headers and Link-header paging (`response.links`)


class Refused(UserError):
    """A 4xx answer, with its `status` and parsed body (`data`) for a client that can ask again differently."""

    def __init__(self, message: str, status: int, data: Any):
        super().__init__(message)
        self.status, self.data = status, data


class _Retry(Exception):
    """A failure that another attempt may not meet."""


class _RateLimited(Exception):
    """A 429: wait until `reset` (a Unix time), then ask again."""

    def __init__(self, reset: float):
        self.reset = reset


@dataclass
class Api:
    """GET JSON from one service.

    Args:
        name: the service as messages name it ("X API").
        base_url: where it lives; paths are relative to it.
        headers: extra request headers (e.g. Authorization; never printed or stored).
        explain: the service's one-line reading of an error answer `(status, json_or_none) -> message`, or None
            to use the generic one.
        capped: the service's reading of a 429 as a usage cap that no wait lifts `(json_or_none) -> message`
            (the run ends at once with it), or None for a rate limit, which is waited out.
        retries: further attempts after a 5xx, a dropped connection or a cut-off answer, waiting `backoff` s,
            then twice as long each time.
        max_wait: the longest rate-limit pause accepted (seconds); a later reset ends the run with a line saying
            when to come back.
    """

    name: str
    base_url: str
    headers: dict[str, str] = field(default_factory=dict, repr=False)
    explain: Callable[[int, Any], str | None] = lambda status, data: None
    capped: Callable[[Any], str | None] = lambda data: None
    retries: int = 5
    backoff: float = 1.0
    timeout: float = 30.0
    max_bytes: int = 64 << 20
    max_wait: float = MAX_WAIT
    rate_limit_waits: int = 10
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _not_before: float | None = field(default=None, init=False, repr=False)  # an exhausted budget's reset

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(
                base_url=self.base_url,
                headers={"User-Agent": USER_AGENT, "Accept": "application/json", **self.headers},
                timeout=self.timeout,
                follow_redirects=True,
            )
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def get(self, path: str, params: dict[str, Any] | None = None) -> Answer:
        """The JSON answer to `GET path`, after retries and rate-limit waits; a `UserError` when it fails."""
        failures = waits = 0
        if self._not_before is not None:  # the last answer spent the budget: wait before asking again
            reset, self._not_before = self._not_before, None
            self.wait_until(reset)
        while True:
            try:
                return self._attempt(path, params)
            except _Retry as err:
                failures += 1
                if failures > self.retries:
                    raise UserError(
                        f"{self.name} at {self.base_url} failed {failures} times ({err}); try again later: the "
                        "download continues where it stopped"
                    ) from None
                delay = self.backoff * 2 ** (failures - 1)
                say(f"{self.name}: {err}; retrying in {delay:.3g} s ({failures}/{self.retries})")
                time.sleep(delay)
            except _RateLimited as limited:
                waits += 1
                if waits > self.rate_limit_waits:
                    raise UserError(f"{self.name} kept answering 429 Too Many Requests; try again later") from None
                self.wait_until(limited.reset)

    def _attempt(self, path: str, params: dict[str, Any] | None) -> Answer:
        try:
            with self.client.stream("GET", path, params=params) as response:
                body = self._read(response, path)
        except httpx.TransportError as err:  # refused, reset, dropped mid-answer, timed out
            reason = str(err).splitlines()[0] if str(err) else "connection failed"
            raise _Retry(f"{type(err).__name__}: {reason}") from None
        except httpx.HTTPError as err:  # redirect loops, undecodable bodies: another try would meet them again
            raise UserError(f"{self.name} at {self.base_url}: {type(err).__name__}: {err}") from None
        status = response.status_code
        if status >= 500:
            raise _Retry(f"{status} {response.reason_phrase}")
        data = self._json(response, body, path)
        if status == 429:
            if cap := self.capped(data):
                raise Refused(f"{self.name}: {cap}", status, data)
            raise _RateLimited(reset_time(response.headers) or time.time() + self.backoff)
        if status >= 400:
            message = self.explain(status, data) or f"{status} {response.reason_phrase}{_detail(data)}"
            raise Refused(f"{self.name}: {message}", status, data)
        if remaining_requests(response.headers) == 0:
            self._not_before = reset_time(response.headers)  # the next request would be refused
        return Answer(data, body, response)

    def _read(self, response: httpx.Response, path: str) -> bytes:
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise self._too_big(path)
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                raise self._too_big(path)
            chunks.append(chunk)
        return b"".join(chunks)

    def _too_big(self, path: str) -> UserError:
        return UserError(
            f"{self.name} sent more than {self.max_bytes >> 20} MiB for {path}; is its base_url right "
            f"({self.base_url})?"
        )

    def _json(self, response: httpx.Response, body: bytes, path: str) -> Any:
        kind = response.headers.get("content-type", "")
        try:
            return json.loads(body) if body.strip() else None
        except (json.JSONDecodeError, UnicodeDecodeError):
            if "json" in kind and response.status_code < 400:
                raise _Retry(f"a cut-off JSON answer for {path}") from None
            if response.status_code >= 400:
                return None
            raise UserError(
                f"{self.name} answered {path} with {kind or 'something'} that is not JSON; is its base_url right "
                f"({self.base_url})?"
            ) from None

    def wait_until(self, reset: float) -> None:
        """Sleep until `reset` (a Unix time) plus a second, with a countdown bar; refuse waits over `max_wait`."""
        seconds = max(0.0, reset - time.time()) + 1.0
        when = datetime.fromtimestamp(reset, timezone.utc).strftime("%H:%M:%S UTC")
        if seconds > self.max_wait:
            raise UserError(
                f"{self.name}: rate limit reached until {when} ({seconds / 60:.0f} min from now); run the same command "
                "again then: the download continues where it stopped"
            )
        say(f"{self.name}: rate limit reached; waiting until {when} ({seconds:.0f} s), then continuing")
        end = time.monotonic() + seconds
        with progress(round(seconds), "rate-limit wait", unit="s") as bar:
            while (left := end - time.monotonic()) > 0:
                time.sleep(min(1.0, left))
                bar.n = round(seconds - max(0.0, end - time.monotonic()))
                bar.refresh()


def _detail(data: Any) -> str:
    """The human part of an error body, in any of the usual shapes."""
    if not isinstance(data, dict):
        return ""
    for key in ("detail", "message", "error_description", "error"):
        if isinstance(data.get(key), str):
            return f": {data[key]}"
    errors = data.get("errors")
    if isinstance(errors, list) and errors and isinstance(errors[0], dict):
        return f": {errors[0].get('detail') or errors[0].get('message') or errors[0].get('title') or ''}"
    return ""
