"""Cleaning, for any string at all (hypothesis): it never raises, never leaves a link or a run of whitespace, and
cleaning its own output changes nothing (except the documented one-pass unescape: `&amp;lt;` becomes `&lt;`, which
a second pass would turn into `<`)."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from huggingtweets.cleaning import CleaningOptions, clean_posts, clean_text
from huggingtweets.sources import Post

# text with the pieces cleaning looks at mixed into arbitrary unicode (emoji, controls, odd whitespace included)
PIECES = st.sampled_from(
    [
        "http://",
        "https://t.co/x",
        "http:",
        "RT @a:",
        "@b",
        "#c",
        "&amp;",
        "&lt;",
        "&gt;",
        " ",
        "\n",
        "\t",
        "\r\n",
        "\u2028",
        "\u00a0",
        "\u3000",
        "\x0b",
        "😂",
        "word",
        "ok",
        ":",
    ]
)
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=24).map("".join)
ENTITY = re.compile(r"&(amp|lt|gt);")
LINK = re.compile(r"https?:")
SETTINGS = settings(max_examples=300, deadline=None)


@SETTINGS
@given(TEXT)
def test_clean_text_never_leaves_links_or_runs_of_whitespace(raw):
    text = clean_text(raw)
    assert not LINK.search(text)
    assert text == text.strip() and "  " not in text
    assert all(c == " " or not c.isspace() for c in text)  # no newline, tab or other space survives


@SETTINGS
@given(TEXT)
def test_with_newlines_kept_each_line_is_clean_and_none_is_blank(raw):
    text = clean_text(raw, keep_newlines=True)
    assert not LINK.search(text)
    for line in text.split("\n") if text else []:
        assert line and line == line.strip() and "  " not in line
        assert all(c == " " or not c.isspace() for c in line)


@SETTINGS
@given(TEXT, st.booleans())
def test_cleaning_is_idempotent(raw, keep_newlines):
    once = clean_text(raw, keep_newlines)
    if not ENTITY.search(once):
        assert clean_text(once, keep_newlines) == once


@SETTINGS
@given(
    st.lists(st.tuples(TEXT, st.text(max_size=6), st.one_of(st.none(), st.text(max_size=12))), max_size=12),
    st.integers(0, 5),
    st.booleans(),
    st.booleans(),
)
def test_clean_posts_never_raises_counts_everything_and_keeps_what_it_kept(items, min_words, dedup, newlines):
    options = CleaningOptions(min_words=min_words, dedup=dedup, keep_newlines=newlines)
    posts = [Post(text=text, id=pid, created_at=when) for text, pid, when in items]
    result = clean_posts(posts, options)
    counts = result.counts
    assert counts.downloaded == len(posts) == sum(v for k, v in counts.as_dict().items() if k != "downloaded")
    assert len(result.texts) == len(result.ids) == counts.kept
    if not any(ENTITY.search(t) for t in result.texts):
        again = clean_posts([Post(text=t, id=i) for t, i in zip(result.texts, result.ids, strict=True)], options)
        assert again.texts == result.texts
