"""Where posts come from. A source turns a handle into an `Account`; everything downstream only sees `Post`s.

`LocalFiles` reads what lies under a folder: X account-archive exports (the zip as downloaded, the unzipped
folder, or bare `tweets.js` files, including split `tweets-partN.js` and the older `tweet.js` naming) and plain
JSONL/CSV files with a configurable text column. Other sources (APIs) slot in by implementing `Source`.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from huggingtweets.errors import UserError


@dataclass(frozen=True)
class Post:
    text: str
    id: str = ""
    lang: str | None = None
    is_reply: bool = False
    is_retweet: bool = False  # set by sources that know it; archives only say so in the text ("RT @user: ...")


@dataclass
class Account:
    handle: str
    display_name: str
    posts: list[Post] = field(default_factory=list)
    avatar_url: str | None = None


class Source(Protocol):
    def fingerprint(self, handle: str) -> str:
        """A short hash of everything `load(handle)` would read, so caches can tell when it changed."""

    def load(self, handle: str) -> Account: ...


_YTD_PREFIX = re.compile(r"^\s*window\.YTD\.[\w.]+\s*=\s*")
_TWEET_FILE = re.compile(r"(?:^|/)(tweets?)(?:-part(\d+))?\.js$")  # tweets.js, tweets-part1.js, tweet.js
_TABLE_SUFFIXES = (".jsonl", ".csv")
_ACCOUNT_FILES = ("account.js", "profile.js")


def parse_ytd(text: str, what: str) -> list:
    """Parse an archive `.js` file: `window.YTD.<name>.partN = [ ... ]` (the prefix is optional)."""
    try:
        return json.loads(_YTD_PREFIX.sub("", text, count=1))
    except json.JSONDecodeError as err:
        raise UserError(f"{what} is not a readable X archive file ({err.msg} at line {err.lineno})") from None


def _truthy_id(value: object) -> bool:
    return value not in (None, "", 0, "0")


def post_from_archive(entry: dict) -> Post:
    """One archive record (`{"tweet": {...}}`, or the bare object in older exports); numbers may be strings."""
    tweet = entry.get("tweet", entry)
    return Post(
        text=tweet.get("full_text", tweet.get("text", "")) or "",
        id=str(tweet.get("id_str", tweet.get("id", ""))),
        lang=tweet.get("lang"),
        is_reply=_truthy_id(tweet.get("in_reply_to_status_id_str", tweet.get("in_reply_to_status_id"))),
    )


def _tweet_file_order(name: str) -> tuple[int, str]:
    match = _TWEET_FILE.search(name)
    return (int(match.group(2) or 0), name) if match else (-1, name)


class _ArchiveFiles:
    """The readable files of one export, whether zipped or on disk, addressed by their path inside it."""

    def __init__(self, path: Path):
        self.path = path
        if path.is_file() and path.suffix == ".zip":
            try:
                self._zip: zipfile.ZipFile | None = zipfile.ZipFile(path)
            except zipfile.BadZipFile:
                raise UserError(f"{path} is not a readable zip file; re-download the X archive") from None
            self.names = [n for n in self._zip.namelist() if not n.endswith("/")]
        else:
            self._zip = None
            base = path if path.is_dir() else path.parent
            files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
            self.names = [p.relative_to(base).as_posix() for p in files]
            self._base = base

    def read(self, name: str) -> str:
        data = self._zip.read(name) if self._zip else (self._base / name).read_bytes()
        return data.decode("utf-8-sig")

    def tweet_files(self) -> list[str]:
        return sorted((n for n in self.names if _TWEET_FILE.search(n)), key=_tweet_file_order)

    def find(self, filename: str) -> str | None:
        return next((n for n in self.names if n == filename or n.endswith("/" + filename)), None)


def read_archive(path: Path, handle: str) -> Account:
    """Read an X account-archive export (zip, folder or bare tweets.js) into an Account."""
    files = _ArchiveFiles(path)
    tweet_files = files.tweet_files()
    if not tweet_files:
        raise UserError(f"{path} holds no tweets.js (or tweet.js / tweets-partN.js); is it an X archive export?")
    posts = [post_from_archive(e) for name in tweet_files for e in parse_ytd(files.read(name), f"{path}:{name}")]
    account = Account(handle=handle, display_name=handle, posts=posts)
    if name := files.find("account.js"):
        info = parse_ytd(files.read(name), f"{path}:{name}")[0].get("account", {})
        account.display_name = info.get("accountDisplayName") or handle
    if name := files.find("profile.js"):
        profile = parse_ytd(files.read(name), f"{path}:{name}")[0].get("profile", {})
        account.avatar_url = profile.get("avatarMediaUrl")
    return account


def read_table(path: Path, handle: str, text_column: str = "text") -> Account:
    """Read a JSONL or CSV file with one post per row; `text_column` holds the text, `id` and `lang` are optional."""
    raw = path.read_text(encoding="utf-8-sig")
    if path.suffix == ".jsonl":
        try:
            rows = [json.loads(line) for line in raw.splitlines() if line.strip()]
        except json.JSONDecodeError as err:
            raise UserError(f"{path} is not valid JSONL ({err.msg}); write one JSON object per line") from None
    else:
        rows = list(csv.DictReader(io.StringIO(raw)))
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, dict) or text_column not in row:
            columns = ", ".join(row) if isinstance(row, dict) else type(row).__name__
            raise UserError(
                f"{path} row {number} has no column '{text_column}' (it has: {columns or 'none'}); set data.text_column"
            )
    posts = [
        Post(text=str(row[text_column] or ""), id=str(row.get("id") or ""), lang=row.get("lang") or None)
        for row in rows
    ]
    return Account(handle=handle, display_name=handle, posts=posts)


def _wanted(name: str) -> bool:
    return bool(_TWEET_FILE.search(name)) or name.rsplit("/", 1)[-1] in _ACCOUNT_FILES


def hash_files(paths: Iterable[Path], salt: str = "") -> str:
    """A content hash of the files `load` reads. Inside a zip, the members' names, sizes and CRC-32s from its
    directory stand for their content, so multi-GB archives with media are not read."""
    digest = hashlib.sha256(salt.encode())
    for path in paths:
        digest.update(path.name.encode())
        if path.suffix == ".zip" and zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                for info in sorted(archive.infolist(), key=lambda i: i.filename):
                    if _wanted(info.filename):
                        digest.update(f"{info.filename}:{info.file_size}:{info.CRC}".encode())
            continue
        with path.open("rb") as file:
            for chunk in iter(lambda: file.read(1 << 20), b""):
                digest.update(chunk)
    return digest.hexdigest()[:16]


class LocalFiles:
    """Posts from files under `root`: `<root>/<handle>/` (an export zip, folder, tweets.js, or one .jsonl/.csv),
    or `<root>/<handle>.zip|.jsonl|.csv`."""

    def __init__(self, root: str | Path, text_column: str = "text"):
        self.root = Path(root).expanduser()
        self.text_column = text_column

    def _entry(self, name: str) -> Path:
        """`root/name`, or the entry whose name matches it case-insensitively (handles are case-insensitive)."""
        exact = self.root / name
        if exact.exists() or not self.root.is_dir():
            return exact
        return next((p for p in self.root.iterdir() if p.name.lower() == name.lower()), exact)

    def locate(self, handle: str) -> Path:
        folder = self._entry(handle)
        candidates = [folder, *(self._entry(f"{handle}{suffix}") for suffix in (".zip", *_TABLE_SUFFIXES))]
        for path in candidates:
            if path.is_file():
                return path
            if path.is_dir():
                zips = sorted(folder.glob("*.zip"))
                tables = sorted(p for p in folder.iterdir() if p.suffix in _TABLE_SUFFIXES)
                if any(_TWEET_FILE.search(p.as_posix()) for p in folder.rglob("*.js")):
                    return folder
                if len(zips) + len(tables) == 1:
                    return (zips + tables)[0]
                if zips or tables:
                    found = ", ".join(p.name for p in zips + tables)
                    raise UserError(f"{folder} holds several candidate files ({found}); keep one per user")
        raise UserError(
            f"no posts found for user '{handle}': looked for {folder}/ (an X archive zip, folder or tweets.js) "
            f"and {self.root}/{handle}.zip|.jsonl|.csv; set data.archive_dir to the folder that holds them"
        )

    def _files(self, path: Path) -> list[Path]:
        """The files `load` reads (an unzipped export's media folders are not hashed)."""
        if not path.is_dir():
            return [path]
        return sorted(p for p in path.rglob("*.js") if _wanted(p.name))

    def fingerprint(self, handle: str) -> str:
        return hash_files(self._files(self.locate(handle)), salt=f"LocalFiles:{self.text_column}")

    def load(self, handle: str) -> Account:
        path = self.locate(handle)
        try:
            if path.suffix in _TABLE_SUFFIXES:
                return read_table(path, handle, self.text_column)
            return read_archive(path, handle)
        except (OSError, UnicodeDecodeError, KeyError, IndexError, AttributeError, TypeError) as err:
            raise UserError(f"could not read the posts of '{handle}' at {path}: {err}") from None
