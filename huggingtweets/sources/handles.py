"""Naming a user: `x:dril`, `bsky:dril.bsky.social`, `mastodon:@user@host`, `file:PATH[@name]`, `hf:DATASET[@name]`
or plain `dril`. Every handle is validated for its platform before it touches a path or a URL, and `slug` gives
the path-safe name that caches and the model directory use."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from huggingtweets.errors import UserError

PLAIN, X, BLUESKY, MASTODON, FILE, HF = "", "x", "bsky", "mastodon", "file", "hf"
PREFIXES = {"x": X, "twitter": X, "bsky": BLUESKY, "bluesky": BLUESKY, "mastodon": MASTODON, "file": FILE, "hf": HF}

X_HANDLE = re.compile(r"[A-Za-z0-9_]{1,15}")
NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}")  # plain names and table selectors: safe as a file name
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
DOMAIN = re.compile(rf"(?:{_LABEL}\.)+[a-z](?:[a-z0-9-]{{0,61}}[a-z0-9])?")  # atproto handles: the TLD starts a-z
DID = re.compile(r"did:plc:[a-z2-7]{24}|did:web:" + DOMAIN.pattern)
MASTODON_USER = re.compile(r"[a-z0-9_](?:[a-z0-9_.-]{0,62}[a-z0-9_])?")
HUB_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,95}(?:/[A-Za-z0-9][A-Za-z0-9._-]{0,95})?")


@dataclass(frozen=True)
class UserSpec:
    """One entry of `users`, parsed and validated.

    platform: one of PLAIN, X, BLUESKY, MASTODON, FILE, HF.
    handle: the account on its platform (`dril`, `dril.bsky.social`, `did:plc:...`, `user@host`), or the name
        of the account's rows in a table.
    location: the table's path (FILE) or the dataset's id or folder (HF).
    select_rows: the handle picks its rows from a table of many accounts (`file:PATH@name`, `hf:DATASET@name`).
    """

    platform: str
    handle: str
    location: str | None = None
    select_rows: bool = False

    @property
    def slug(self) -> str:
        """Path-safe and unique per account: `dril`, `dril.bsky.social`, `did_plc_...`, `user@host`; a name
        over 64 characters keeps its start and gains a hash of the whole."""
        name = self.handle.replace(":", "_") if self.platform == BLUESKY else self.handle.lower()
        return shorten(name, 64)

    @property
    def label(self) -> str:
        """How messages name the account: the way a user would type it."""
        if self.platform in (FILE, HF):
            return f"{self.platform}:{self.location}" + (f"@{self.handle}" if self.select_rows else "")
        return f"{self.platform}:{self.handle}" if self.platform else self.handle


def shorten(name: str, limit: int) -> str:
    """`name` if it fits in `limit` characters, else its start, `-` and 8 hex digits of its hash."""
    if len(name) <= limit:
        return name
    return f"{name[: limit - 9]}-{hashlib.sha256(name.encode()).hexdigest()[:8]}"


def _refuse(raw: str, what: str) -> UserError:
    return UserError(f"users: {raw!r} is not {what}; fix the entry in users=[...]")


def _domain(raw: str, value: str, what: str) -> str:
    value = value.lower()
    if len(value) > 253 or not DOMAIN.fullmatch(value):
        raise _refuse(raw, what)
    return value


def _selector(raw: str, rest: str) -> tuple[str, str | None]:
    """`PATH@name` -> (PATH, name); a trailing part that is no valid name belongs to the path."""
    location, at, name = rest.rpartition("@")
    if at and location and NAME.fullmatch(name):
        return location, name
    return rest, None


def parse_user(raw: object) -> UserSpec:
    """Parse and validate one `users` entry; a bad one raises a one-line `UserError` naming it."""
    text = str(raw).strip()
    if not text:
        raise UserError("users: an entry is empty; name an account, e.g. users=[dril]")
    if len(text) > 300:
        raise UserError(f"users: an entry of {len(text)} characters is too long to be a handle ({text[:24]!r}...)")
    prefix, colon, rest = text.partition(":")
    platform = PREFIXES.get(prefix.lower()) if colon else None
    if platform is None:
        platform, rest = PLAIN, text
    if platform not in (FILE, HF) and not rest.isascii():
        raise _refuse(text, "a handle: it has non-ASCII characters (lookalike letters are refused; write "
                      "internationalised domains in punycode, xn--...)")  # fmt: skip
    if platform == X:
        handle = rest.removeprefix("@")
        if not X_HANDLE.fullmatch(handle):
            raise _refuse(text, "an X handle (1-15 letters, digits or _)")
        return UserSpec(X, handle)
    if platform == PLAIN:
        handle = rest.removeprefix("@")
        if not NAME.fullmatch(handle):
            raise _refuse(text, "a handle (1-64 letters, digits, _, - or ., not starting with . or -)")
        return UserSpec(PLAIN, handle)
    if platform == BLUESKY:
        handle = rest.removeprefix("@")
        if handle.startswith("did:"):
            if not DID.fullmatch(handle):
                raise _refuse(text, "a Bluesky DID (did:plc:<24 characters> or did:web:<domain>)")
            return UserSpec(BLUESKY, handle)
        what = "a Bluesky handle (a domain such as name.bsky.social, or a DID)"
        return UserSpec(BLUESKY, _domain(text, handle, what))
    if platform == MASTODON:
        user, at, host = rest.removeprefix("@").partition("@")
        what = "a Mastodon account (@user@host, e.g. mastodon:@Gargron@mastodon.social)"
        if not at or not MASTODON_USER.fullmatch(user.lower()):
            raise _refuse(text, what)
        return UserSpec(MASTODON, f"{user.lower()}@{_domain(text, host, what)}")
    location, name = _selector(text, rest)
    if not location or "\0" in location:
        raise _refuse(text, f"a {'file path' if platform == FILE else 'dataset'}")
    if platform == HF and not (HUB_ID.fullmatch(location) or Path(location).expanduser().exists()):
        raise _refuse(text, "a Hugging Face dataset id (owner/name) or an existing local dataset folder")
    if name is not None:
        return UserSpec(platform, name, location, select_rows=True)
    name = Path(location.rstrip("/")).stem if platform == FILE else location.rstrip("/").rsplit("/", 1)[-1]
    if not NAME.fullmatch(name):  # one account per file/dataset, named after it
        raise _refuse(text, f"usable as a model name ({name!r}); name the account: {prefix}:{location}@name")
    return UserSpec(platform, name, location)
