"""What every source produces (`Post`, `Account`) and the interface each one implements (`Source`)."""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Protocol

from huggingtweets.errors import UserError


@dataclass(frozen=True)
class Post:
    """One post as its source knows it. Cleaning reads only these fields, so its options work for every source."""

    text: str
    id: str = ""
    created_at: str | None = None  # ISO 8601 in UTC (`2023-07-05T12:00:00Z`), when the source says
    lang: str | None = None
    is_reply: bool = False
    is_retweet: bool = False  # a repost/boost; X archives say so only in the text ("RT @user: ...")
    is_quote: bool = False


@dataclass
class Account:
    handle: str
    display_name: str
    posts: list[Post] = field(default_factory=list)
    avatar_url: str | None = None


class Source(Protocol):
    """Where one kind of account lives. `prepare` makes its posts available offline (a download, or nothing for
    local files); `fingerprint` and `load` then read only what is on disk."""

    def prepare(self, handle: str) -> None: ...

    def fingerprint(self, handle: str) -> str:
        """A short hash of everything `load(handle)` would read, so caches can tell when it changed."""

    def load(self, handle: str) -> Account: ...


def id_order(post_id: str) -> tuple[int, str]:
    """Sort key of post ids as servers give them, oldest first: digits (X snowflakes, Mastodon), ULIDs
    (GoToSocial) and base62 flake ids (Pleroma, Akkoma) all grow with time by length, then character by character."""
    return len(post_id), post_id


def iso_utc(value: str | None, parse: Callable[[str], datetime] = datetime.fromisoformat) -> str | None:
    """A timestamp as `YYYY-MM-DDTHH:MM:SSZ` (UTC), or None when there is none or it cannot be read."""
    if not value:
        return None
    try:
        moment = parse(str(value).strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def hash_files(paths: Iterable[Path], salt: str = "", wanted: Callable[[str], bool] = lambda name: True) -> str:
    """A content hash of the files a source reads. Inside a zip, the `wanted` members' names, sizes and CRC-32s
    from its directory stand for their content, so multi-GB archives with media are not read."""
    digest = hashlib.sha256(salt.encode())
    for path in paths:
        digest.update(path.name.encode())
        if path.suffix == ".zip" and zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                for info in sorted(archive.infolist(), key=lambda i: i.filename):
                    if wanted(info.filename):
                        digest.update(f"{info.filename}:{info.file_size}:{info.CRC}".encode())
            continue
        with path.open("rb") as file:
            for chunk in iter(lambda: file.read(1 << 20), b""):
                digest.update(chunk)
    return digest.hexdigest()[:16]


_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))  # fmt: skip


def decode_text(data: bytes, what: str) -> str:
    """Bytes of a text file as str: UTF-8, or UTF-16/32 with a byte-order mark. Anything else (Windows-1252,
    Mac-Roman, ...) is refused rather than guessed, so no mojibake is ever trained on."""
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), "utf-8")
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        raise UserError(
            f"{what} is not {encoding.upper().removesuffix('-SIG')} text (byte {err.start} is 0x{data[err.start]:02x}; "
            "Windows-1252 or Mac-Roman files look like this); re-save it as UTF-8"
        ) from None
