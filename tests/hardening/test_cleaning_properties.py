"""Cleaning, for any string at all (hypothesis): with the defaults it is the original huggingtweets cleaning, step for
step (the reference below transcribes it); it never raises or leaves a run of whitespace, and cleaning its own output
changes nothing unless that output still spells an entity or a link (the original's sequential passes leave those when
a removal joins two pieces: `&amp;amp;` -> `&amp;`, `hthttps://x tp://y` -> `http://y`)."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from huggingtweets.cleaning import CleaningOptions, clean_posts, clean_text, is_retweet
from huggingtweets.sources import Post


def original_clean(t: str) -> str:
    """The original huggingtweets cleaning, transcribed literally."""
    t = t.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    for w in ["http:", "https:"]:
        t = re.sub(f" {w}\\S+", "", t)
        t = re.sub(f"{w}\\S+ ", "", t)
        t = re.sub(f"\n{w}\\S+ ", "", t)
        t = re.sub(f"\n{w}\\S+", "", t)
        t = re.sub(f"{w}\\S+", "", t)
    t = re.sub(" +", " ", t)
    return " ".join(t.split()).strip()


def original_boring(t: str) -> bool:
    return len([None for w in t.split() if all(bs not in w.lower() for bs in ["http", "@", "#"])]) < 3


# text with the pieces cleaning looks at mixed into arbitrary unicode (emoji, controls, odd whitespace included):
# links glued to words and to each other, entities nested in entities, newlines and runs of spaces
PIECES = st.sampled_from(
    [
        "http://",
        "https://t.co/x",
        "http:",
        "https:",
        "ht",
        "tp://y",
        "RT @a:",
        "@b",
        "#c",
        "&amp;",
        "&lt;",
        "&gt;",
        "&amp;lt;",
        "&amp;amp;",
        "&",
        "amp;",
        " ",
        "  ",
        "\n",
        "\n\n",
        "\t",
        "\r\n",
        "\u2028",
        "\u00a0",
        "\u3000",
        "\x0b",
        "😂",
        "word",
        "knife",
        "…",
        "ok",
        ":",
    ]
)
TEXT = st.lists(st.one_of(PIECES, PIECES, st.text(max_size=8)), max_size=24).map("".join)
ENTITY = re.compile(r"&(amp|lt|gt);")
LINK = re.compile(r"https?:\S")
SETTINGS = settings(max_examples=500, deadline=None)


@SETTINGS
@given(TEXT)
def test_clean_text_is_the_original_cleaning(raw):
    assert clean_text(raw) == original_clean(raw)


@SETTINGS
@given(st.lists(TEXT, max_size=8))
def test_clean_posts_keeps_what_the_original_kept(raws):
    posts = [Post(text=raw, id=str(i)) for i, raw in enumerate(raws)]
    kept = [original_clean(p.text) for p in posts if not is_retweet(p) and not original_boring(original_clean(p.text))]
    assert clean_posts(posts).texts == kept


@SETTINGS
@given(TEXT)
def test_clean_text_never_leaves_runs_of_whitespace(raw):
    text = clean_text(raw)
    assert text == text.strip() and "  " not in text
    assert all(c == " " or not c.isspace() for c in text)  # no newline, tab or other space survives


@SETTINGS
@given(TEXT)
def test_with_newlines_kept_the_words_are_the_originals_and_each_line_is_clean(raw):
    text = clean_text(raw, keep_newlines=True)
    assert " ".join(text.split()) == original_clean(raw)  # only where the lines break differs
    for line in text.split("\n") if text else []:
        assert line and line == line.strip() and "  " not in line
        assert all(c == " " or not c.isspace() for c in line)


@SETTINGS
@given(TEXT, st.booleans())
def test_cleaning_is_idempotent(raw, keep_newlines):
    once = clean_text(raw, keep_newlines)
    if not ENTITY.search(once) and not LINK.search(once):
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
    if not any(ENTITY.search(t) or LINK.search(t) for t in result.texts):
        again = clean_posts([Post(text=t, id=i) for t, i in zip(result.texts, result.ids, strict=True)], options)
        assert again.texts == result.texts
