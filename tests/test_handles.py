"""Naming users: prefixes choose the source, handles are validated per platform, names are path-safe."""

import pytest

from huggingtweets.corpus import model_name, parse_users
from huggingtweets.errors import UserError
from huggingtweets.sources import UserSpec, parse_user


@pytest.mark.parametrize(
    ("raw", "platform", "handle", "slug"),
    [
        ("dril", "", "dril", "dril"),
        ("@Dril", "", "Dril", "dril"),
        ("x:dril", "x", "dril", "dril"),
        ("X:@horse_ebooks", "x", "horse_ebooks", "horse_ebooks"),
        ("bsky:Dril.bsky.social", "bsky", "dril.bsky.social", "dril.bsky.social"),
        ("bsky:@xn--bcher-kva.example", "bsky", "xn--bcher-kva.example", "xn--bcher-kva.example"),
        (
            "bsky:did:plc:abcdefghijklmnopqrstuvwx",
            "bsky",
            "did:plc:abcdefghijklmnopqrstuvwx",
            "did_plc_" + "abcdefghijklmnopqrstuvwx",
        ),
        ("bsky:did:web:blog.example.com", "bsky", "did:web:blog.example.com", "did_web_blog.example.com"),
        ("mastodon:@Gargron@Mastodon.Social", "mastodon", "gargron@mastodon.social", "gargron@mastodon.social"),
        ("mastodon:user_1@host.example", "mastodon", "user_1@host.example", "user_1@host.example"),
        ("file:data/d.jsonl", "file", "d", "d"),
        ("file:all tweets.csv@dril", "file", "dril", "dril"),
        ("hf:someone/tweets@dril", "hf", "dril", "dril"),
        ("hf:someone/dril_tweets", "hf", "dril_tweets", "dril_tweets"),
    ],
)
def test_prefixes_choose_the_source_and_handles_normalise(raw, platform, handle, slug):
    spec = parse_user(raw)
    assert (spec.platform, spec.handle, spec.slug) == (platform, handle, slug)


@pytest.mark.parametrize(
    ("raw", "match"),
    [
        ("", "an entry is empty"),
        ("   ", "an entry is empty"),
        ("../x", "is not a handle"),
        ("a/b", "is not a handle"),
        (".hidden", "is not a handle"),
        ("x" * 200, "is not a handle"),
        ("x:" + "a" * 16, "is not an X handle"),
        ("x:../etc", "is not an X handle"),
        ("x:drіl", "non-ASCII"),  # Cyrillic і
        ("drіl", "non-ASCII"),
        ("bsky:dril", "is not a Bluesky handle"),
        ("bsky:../../etc.passwd", "is not a Bluesky handle"),
        ("bsky:dril.bsky.123", "is not a Bluesky handle"),
        ("bsky:dril.bѕky.social", "non-ASCII"),  # Cyrillic ѕ
        ("bsky:did:plc:short", "is not a Bluesky DID"),
        ("bsky:did:key:zQ3sh", "is not a Bluesky DID"),
        ("mastodon:@user", "is not a Mastodon account"),
        ("mastodon:@us/er@host.example", "is not a Mastodon account"),
        ("mastodon:@user@host/../x", "is not a Mastodon account"),
        ("mastodon:@user@localhost", "is not a Mastodon account"),
        ("hf:owner/no such dataset", "is not a Hugging Face dataset id"),
        ("hf:../..", "usable as a model name"),  # a local folder is fine, but its name must make a safe model name
        ("file:", "is not a file path"),
        ("file:weird name!.csv", "usable as a model name"),
        ("a" * 301, "too long to be a handle"),
    ],
)
def test_invalid_and_hostile_handles_are_refused_with_one_line(raw, match):
    with pytest.raises(UserError, match=match) as err:
        parse_user(raw)
    assert "\n" not in str(err.value)


def test_the_model_name_is_the_sorted_path_safe_handles():
    users = ["horse_ebooks", "@dril", "fart", "bsky:b.example.com", "mastodon:@c@host.example"]
    assert model_name(users) == "b.example.com-c@host.example-dril-fart-horse_ebooks"
    assert model_name([UserSpec("bsky", "did:plc:abcdefghijklmnopqrstuvwx")]) == "did_plc_abcdefghijklmnopqrstuvwx"


def test_the_same_account_twice_is_listed_once_and_clashing_names_are_refused():
    assert [s.label for s in parse_users(["alice", "ALICE", "@alice", "bob"])] == ["alice", "bob"]
    with pytest.raises(UserError, match="'dril' and 'x:dril' are both named 'dril'"):
        parse_users(["dril", "x:dril"])
    with pytest.raises(UserError, match="no users given"):
        parse_users([])
