"""The original huggingtweets cleaning rules, case by case, and the counts the card reports."""

import pytest

from huggingtweets.cleaning import CleaningOptions, clean_posts, clean_text, count_real_words, is_retweet
from huggingtweets.sources import Post

from .conftest import KEPT, RETWEETS, SHORT


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("fish &amp; chips", "fish & chips"),
        ("&lt;3 and &gt;:(", "<3 and >:("),
        ("&amp;lt; is unescaped twice", "< is unescaped twice"),  # &amp; first, then &lt;, as the original
        ("&amp;amp; once only", "&amp; once only"),
        ("&quot;quoted&quot; &#39;kept&#39;", "&quot;quoted&quot; &#39;kept&#39;"),  # only &amp; &lt; &gt;
        ("https://t.co/abc at the start", "at the start"),
        ("in the https://t.co/abc middle", "in the middle"),
        ("at the end http://example.com/x?y=1", "at the end"),
        ("after a newline\nhttps://t.co/abc\nnext line", "after a newline next line"),
        ("ends on a new line\nhttps://t.co/abc", "ends on a new line"),
        ("two links https://t.co/a http://b.c end", "two links end"),
        ("glued:https://t.co/abc text", "glued:text"),  # a glued link takes the space after it
        ("gamer knifehttps://t.co/x …", "gamer knife…"),
        ("a bare http: stays", "a bare http: stays"),
        ("HTTPS://T.CO/ABC upper case is not a link", "HTTPS://T.CO/ABC upper case is not a link"),
        ("  many   spaces\tand\n\ntabs  ", "many spaces and tabs"),
        ("emoji 🔥 @mentions and #hashtags stay", "emoji 🔥 @mentions and #hashtags stay"),
        ("", ""),
    ],
)
def test_clean_text(raw, cleaned):
    assert clean_text(raw) == cleaned


def test_keep_newlines_keeps_line_breaks_but_collapses_blank_lines():
    assert clean_text("one  two\n\n three\nhttps://t.co/x", keep_newlines=True) == "one two\nthree"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("three whole words", 3),
        ("two words", 2),
        ("@a #b real words here", 3),
        ("@friend #tag two words", 2),
        ("email@example.com is one boring word", 4),
        ("Http-ish words like xHTTPx count as boring", 5),
        ("#one #two @three", 0),
        ("", 0),
    ],
)
def test_count_real_words(text, words):
    assert count_real_words(text) == words


@pytest.mark.parametrize(
    ("text", "retweet"),
    [
        ("RT @user: hello world", True),
        ("RT @user_2 no colon", True),
        ("great point RT @dan: agreed", False),
        ("rt @user: lower case is a normal tweet", False),
        ("RT: not a handle", False),
        ("RTS @user are not retweets", False),
    ],
)
def test_retweets_are_recognised_by_their_text(text, retweet):
    assert is_retweet(Post(text)) is retweet


def test_counts_follow_the_rule_order():
    posts = [Post(t, id=str(i)) for i, t in enumerate(RETWEETS + SHORT + KEPT)]
    result = clean_posts(posts)
    assert result.counts.as_dict() == {
        "downloaded": 12,
        "retweets": 3,
        "short": 5,
        "replies": 0,
        "other_languages": 0,
        "out_of_range": 0,
        "duplicates": 0,
        "kept": 4,
    }
    assert result.texts == [
        "fish & chips <3 tonight",
        "great point RT @dan: agreed totally",
        "look at this lovely dog",
        "three whole words",
    ]
    assert result.ids == ["8", "9", "10", "11"]


def test_a_link_glued_to_a_word_joins_it_to_the_next_one_as_the_original_did():
    result = clean_posts([Post("gamer knifehttps://t.co/x …"), Post("gamer knife https://t.co/x …")])
    assert result.counts.short == 1 and result.texts == ["gamer knife …"]


def test_a_short_retweet_counts_as_a_retweet_only():
    assert clean_posts([Post("RT @a: ok")]).counts.retweets == 1
    assert clean_posts([Post("RT @a: ok")]).counts.short == 0


@pytest.mark.parametrize(
    ("options", "posts", "key", "kept"),
    [
        (CleaningOptions(drop_replies=True), [Post("a reply to someone", is_reply=True), Post("a b c")], "replies", 1),
        (
            CleaningOptions(dedup=True),
            [Post("same three words"), Post("Same  three words"), Post("x y z")],
            "duplicates",
            2,
        ),
        (
            CleaningOptions(languages=("en",)),
            [Post("hola que tal", lang="es"), Post("hi there you", lang="en")],
            "other_languages",
            1,
        ),
        (CleaningOptions(min_words=1), [Post("one"), Post("")], "short", 1),
    ],
)
def test_extra_filters_are_counted_separately(options, posts, key, kept):
    result = clean_posts(posts, options)
    assert result.counts.as_dict()[key] == len(posts) - kept
    assert result.counts.kept == kept


def test_extra_filters_are_off_by_default():
    posts = [Post("a reply to someone", is_reply=True, lang="es"), Post("a reply to someone")]
    assert clean_posts(posts).counts.kept == 2
