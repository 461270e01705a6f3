"""X account-archive exports: the zip as downloaded, the unzipped folder, or bare `tweets.js` files (split
`tweets-partN.js` and the older `tweet.js` naming too). Posts over 280 characters are cut short in `tweets.js`; their
full text lives in `data/note-tweet.js` and replaces the cut one."""

from __future__ import annotations

import json
import re
import zipfile
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from huggingtweets.errors import UserError
from huggingtweets.sources.base import Account, Post, decode_text, iso_utc

_YTD_PREFIX = re.compile(r"^\s*window\.YTD\.[\w.]+\s*=\s*")
TWEET_FILE = re.compile(r"(?:^|/)tweets?(?:-part(?P<part>\d+))?\.js$")  # tweets.js, tweets-part1.js, tweet.js
NOTE_FILE = re.compile(r"(?:^|/)note-tweet(?:-part(?P<part>\d+))?\.js$")
ACCOUNT_FILES = ("account.js", "profile.js")
_MENTIONS = re.compile(r"^(?:@\w+\s+)+")
_ARCHIVE_DATE = "%a %b %d %H:%M:%S %z %Y"  # "Wed Jul 05 12:00:00 +0000 2023"


def wanted(name: str) -> bool:
    """The members of an export that `read_archive` reads (media and the rest are never opened)."""
    return bool(TWEET_FILE.search(name) or NOTE_FILE.search(name)) or name.rsplit("/", 1)[-1] in ACCOUNT_FILES


def parse_ytd(text: str, what: str) -> list:
    """Parse an archive `.js` file: `window.YTD.<name>.partN = [ ... ]` (the prefix and a trailing `;` optional)."""
    try:
        records = json.loads(_YTD_PREFIX.sub("", text, count=1).strip().removesuffix(";"))
    except json.JSONDecodeError as err:
        raise UserError(f"{what} is not a readable X archive file ({err.msg} at line {err.lineno})") from None
    if not isinstance(records, list):
        raise UserError(f"{what} is not a readable X archive file (it holds a {type(records).__name__}, not a list)")
    return records


def _truthy_id(value: object) -> bool:
    return value not in (None, "", 0, "0")


def post_from_archive(entry: dict) -> Post:
    """One archive record (`{"tweet": {...}}`, or the bare object in older exports); numbers may be strings."""
    tweet = entry.get("tweet", entry) if isinstance(entry, dict) else None
    if not isinstance(tweet, dict):
        raise UserError(f"an archive record is a {type(entry).__name__}, not an object")
    text = tweet.get("full_text", tweet.get("text", ""))
    return Post(
        text=text if isinstance(text, str) else "",
        id=str(tweet.get("id_str", tweet.get("id", ""))),
        created_at=iso_utc(tweet.get("created_at"), lambda s: datetime.strptime(s, _ARCHIVE_DATE)),
        lang=tweet.get("lang"),
        is_reply=_truthy_id(tweet.get("in_reply_to_status_id_str", tweet.get("in_reply_to_status_id"))),
        is_quote=_truthy_id(tweet.get("quoted_status_id_str")),
    )


def _comparable(text: str) -> str:
    """Text reduced to what a cut-short copy and the full note share: no leading @mentions (archives keep them
    in replies, notes do not), no links or ellipsis, single spaces."""
    text = _MENTIONS.sub("", text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"))
    return " ".join(re.sub(r"https?:\S*|…", " ", text).split())


def with_note_texts(posts: list[Post], notes: list[dict]) -> list[Post]:
    """Replace cut-short texts by the full note text posted within a second of them that begins the same way
    (the archive links the two only by time)."""
    by_second: dict[int, list[str]] = {}
    for entry in notes:
        note = entry.get("noteTweet", entry) if isinstance(entry, dict) else {}
        text = (note.get("core") or {}).get("text") if isinstance(note, dict) else None
        if isinstance(text, str) and text and (when := _seconds(iso_utc(note.get("createdAt")))) is not None:
            by_second.setdefault(when, []).append(text)
    if not by_second:
        return posts
    result = []
    for post in posts:
        when, start = _seconds(post.created_at), _comparable(post.text)[:60]
        near = [t for s in (0, -1, 1) for t in by_second.get(when + s, [])] if when is not None and start else []
        full = next((t for t in near if _comparable(t).startswith(start)), None)
        if full and len(full) > len(post.text):
            mentions = _MENTIONS.match(post.text)  # a reply's "@user " lives in tweets.js only
            post = replace(post, text=(mentions.group(0) if mentions and not full.startswith("@") else "") + full)
        result.append(post)
    return result


def _seconds(iso: str | None) -> int | None:
    return int(datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp()) if iso else None


def _part_order(name: str) -> tuple[int, str]:
    match = TWEET_FILE.search(name) or NOTE_FILE.search(name)
    return (int(match.group("part") or 0), name) if match else (-1, name)


class ArchiveFiles:
    """The readable files of one export, whether zipped or on disk, addressed by their path inside it."""

    def __init__(self, path: Path):
        self.path = path
        if path.is_file() and path.suffix == ".zip":
            try:
                self._zip: zipfile.ZipFile | None = zipfile.ZipFile(path)
            except (zipfile.BadZipFile, OSError):
                raise UserError(f"{path} is not a readable zip file; download the X archive again") from None
            self.names = [n for n in self._zip.namelist() if not n.endswith("/")]
        else:
            self._zip = None
            base = path if path.is_dir() else path.parent
            files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
            self.names = [p.relative_to(base).as_posix() for p in files]
            self._base = base

    def read(self, name: str) -> str:
        try:
            data = self._zip.read(name) if self._zip else (self._base / name).read_bytes()
        except (zipfile.BadZipFile, EOFError, zipfile.LargeZipFile, OSError) as err:
            raise UserError(f"{self.path}:{name} could not be read ({err}); download the X archive again") from None
        return decode_text(data, f"{self.path}:{name}")

    def matching(self, pattern: re.Pattern) -> list[str]:
        return sorted((n for n in self.names if pattern.search(n)), key=_part_order)

    def find(self, filename: str) -> str | None:
        return next((n for n in self.names if n == filename or n.endswith("/" + filename)), None)


def read_archive(path: Path, handle: str) -> Account:
    """Read an X account-archive export (zip, folder or bare tweets.js) into an Account."""
    files = ArchiveFiles(path)
    tweet_files = files.matching(TWEET_FILE)
    if not tweet_files:
        raise UserError(f"{path} holds no tweets.js (or tweet.js / tweets-partN.js); is it an X archive export?")
    posts = [post_from_archive(e) for name in tweet_files for e in parse_ytd(files.read(name), f"{path}:{name}")]
    notes = [e for name in files.matching(NOTE_FILE) for e in parse_ytd(files.read(name), f"{path}:{name}")]
    account = Account(handle=handle, display_name=handle, posts=with_note_texts(posts, notes))
    if name := files.find("account.js"):
        [info, *_] = parse_ytd(files.read(name), f"{path}:{name}") or [{}]
        account.display_name = (info.get("account") or {}).get("accountDisplayName") or handle
    if name := files.find("profile.js"):
        [profile, *_] = parse_ytd(files.read(name), f"{path}:{name}") or [{}]
        account.avatar_url = (profile.get("profile") or {}).get("avatarMediaUrl")
    return account
