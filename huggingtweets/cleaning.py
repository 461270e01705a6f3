"""Tweet cleaning: pure functions reproducing the original huggingtweets rules, with counts of what was dropped.

Default order (the card's numbers depend on it): drop retweets -> unescape -> strip links -> collapse whitespace
-> drop tweets with fewer than 3 "real" words. Extra filters are off by default and each gets its own count.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date

from huggingtweets.errors import UserError
from huggingtweets.sources.base import Post

_RETWEET = re.compile(r"^RT @\w+")
_ENTITIES = (("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"))  # the only escapes X applies to tweet text
# the original's five substitutions, for `http:` then `https:`: a link takes one neighbouring space or newline with it
_LINKS = tuple(
    re.compile(pattern.format(scheme))
    for scheme in ("http:", "https:")
    for pattern in (r" {}\S+", r"{}\S+ ", r"\n{}\S+ ", r"\n{}\S+", r"{}\S+")
)
_BORING_MARKS = ("http", "@", "#")


@dataclass(frozen=True)
class CleaningOptions:
    """What to filter. The defaults are the original huggingtweets rules; every extra filter is off."""

    min_words: int = 3
    keep_newlines: bool = False
    drop_replies: bool = False
    dedup: bool = False
    languages: tuple[str, ...] = ()  # keep only these `lang` codes when set (posts without one are kept)
    since: str | None = None  # keep posts from this date on (YYYY-MM-DD, UTC; posts without a date are kept)
    until: str | None = None  # ... and before this date

    def __post_init__(self) -> None:
        object.__setattr__(self, "languages", tuple(self.languages))
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None:
                try:
                    day = date.fromisoformat(str(value))
                except ValueError:
                    raise UserError(f"data.cleaning.{name}={value} is not a date; write YYYY-MM-DD") from None
                object.__setattr__(self, name, day.isoformat())

    def in_range(self, created_at: str | None) -> bool:
        day = (created_at or "")[:10]
        return not day or ((not self.since or day >= self.since) and (not self.until or day < self.until))


@dataclass
class CleaningCounts:
    """How many records each rule removed; the card's table reads these."""

    downloaded: int = 0
    retweets: int = 0
    short: int = 0
    replies: int = 0
    other_languages: int = 0
    out_of_range: int = 0
    duplicates: int = 0
    kept: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


@dataclass
class CleanedTweets:
    texts: list[str] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    counts: CleaningCounts = field(default_factory=CleaningCounts)


def is_retweet(post: Post) -> bool:
    """Archives mark classic retweets only by their text (`"retweeted"` is false even for them)."""
    return post.is_retweet or bool(_RETWEET.match(post.text.lstrip()))  # (" RT @x" once cleaned is "RT @x")


def unescape(text: str) -> str:
    """Undo `&amp;`, `&lt;`, `&gt;` one after the other, as the original does (`&amp;lt;` -> `<`); others stay."""
    for entity, char in _ENTITIES:
        text = text.replace(entity, char)
    return text


def strip_urls(text: str) -> str:
    """Remove links (`http:`/`https:` and what follows up to whitespace) with the original's five substitutions.

    A link takes one space or newline with it, so a link glued to a word joins that word to the next one
    (`gamer knifehttps://t.co/x …` -> `gamer knife…`); a bare `http:` stays.
    """
    for pattern in _LINKS:
        text = pattern.sub("", text)
    return text


def normalize_whitespace(text: str, keep_newlines: bool = False) -> str:
    """Collapse runs of whitespace to one space (or, keeping newlines, spaces within each line, dropping blank ones)."""
    if keep_newlines:
        lines = (" ".join(line.split()) for line in text.splitlines())
        return "\n".join(line for line in lines if line)
    return " ".join(text.split())


def clean_text(text: str, keep_newlines: bool = False) -> str:
    """The original huggingtweets cleaning; `keep_newlines` changes only where lines break, never which words stay."""
    return normalize_whitespace(strip_urls(unescape(text)), keep_newlines)


def count_real_words(text: str) -> int:
    """Words (split on whitespace) containing none of `http`, `@`, `#`, case-insensitively."""
    return sum(1 for word in text.split() if not any(mark in word.lower() for mark in _BORING_MARKS))


def clean_posts(posts: Iterable[Post], options: CleaningOptions | None = None) -> CleanedTweets:
    """Apply the rules to one account's posts, in order, counting each drop once (first rule that fires)."""
    options = options or CleaningOptions()
    result = CleanedTweets()
    counts = result.counts
    seen: set[str] = set()
    for post in posts:
        counts.downloaded += 1
        if is_retweet(post):
            counts.retweets += 1
            continue
        if options.drop_replies and post.is_reply:
            counts.replies += 1
            continue
        if options.languages and post.lang and post.lang not in options.languages:
            counts.other_languages += 1
            continue
        if not options.in_range(post.created_at):
            counts.out_of_range += 1
            continue
        text = clean_text(post.text, options.keep_newlines)
        if count_real_words(text) < options.min_words:
            counts.short += 1
            continue
        if options.dedup:
            if text.casefold() in seen:
                counts.duplicates += 1
                continue
            seen.add(text.casefold())
        result.texts.append(text)
        result.ids.append(post.id)
    counts.kept = len(result.texts)
    return result
