"""Bluesky's AppView and Mastodon against loopback fakes: paging, empty pages, reposts, pins, replies, quotes, facets,
HTML, updates, and servers whose ids are not numbers."""

import pytest

from huggingtweets.cleaning import clean_posts
from huggingtweets.errors import UserError
from huggingtweets.sources import Bluesky, Mastodon
from huggingtweets.sources.bluesky import text_with_links
from huggingtweets.sources.mastodon import html_to_text

from .fakes import (
    BskyAccount,
    FakeBluesky,
    FakeMastodon,
    Fault,
    MastodonAccount,
    bsky_embed,
    bsky_post,
    bsky_repost,
    mastodon_status,
)

DID = "did:plc:abcdefghijklmnopqrstuvwx"
LINKED = "🎉 read this example.com/long… now please"  # Bluesky shortens link text; the facet holds the URL


def link_facet(text: str, shown: str, uri: str) -> dict:
    start = text.encode().index(shown.encode())
    return {"index": {"byteStart": start, "byteEnd": start + len(shown.encode())},
            "features": [{"$type": "app.bsky.richtext.facet#link", "uri": uri}]}  # fmt: skip


@pytest.fixture
def fake_bsky():
    feed = [{"post": bsky_post(DID, i, f"skeet number {i} with words")} for i in range(230)]
    feed.append({"post": bsky_post(DID, 230, "", quote=False)})  # an image-only post: empty text
    feed.append({"post": bsky_post(DID, 231, "a reply with enough words", reply=True)})
    feed.append({"post": bsky_post(DID, 232, "a quote post with words", quote=True)})
    facets = [link_facet(LINKED, "example.com/long…", "https://example.com/long-article")]
    feed.append({"post": bsky_post(DID, 233, LINKED, facets=facets)})
    feed.append(
        {"post": bsky_post("did:plc:someoneelse", 234, "someone else's words here"), "reason": bsky_repost(DID, 1)}
    )
    fake = FakeBluesky([BskyAccount(DID, "alice.example.com", "Alice 🦋", feed, pinned=5)])
    yield fake
    fake.server.close()


def download(kind, tmp_path, fake, handle, **kwargs):
    source = kind(tmp_path / "snapshots", base_url=fake.url, backoff=0.01, **kwargs)
    source.prepare(handle)
    return source.load(handle)


def bsky(tmp_path, fake, handle="alice.example.com", **kwargs):
    return download(Bluesky, tmp_path, fake, handle, **kwargs)


def test_bluesky_history_reposts_pins_replies_and_quotes(tmp_path, fake_bsky):
    account = bsky(tmp_path, fake_bsky)
    assert (account.display_name, account.avatar_url) == ("Alice 🦋", f"https://cdn.example/{DID}.jpg")
    assert len(account.posts) == 235 == len({p.id for p in account.posts})  # the pinned post counted once
    pages = fake_bsky.server.paths("getAuthorFeed")
    assert [p.get("cursor") for p in pages] == [None, "100", "200"] and not any("includePins" in p for p in pages)
    by_text = {p.text: p for p in account.posts}
    assert by_text["a reply with enough words"].is_reply and by_text["a quote post with words"].is_quote
    assert by_text["someone else's words here"].is_retweet
    counts = clean_posts(account.posts).counts
    assert (counts.downloaded, counts.retweets, counts.short, counts.kept) == (235, 1, 1, 233)


def test_link_facets_restore_the_url_so_the_url_rule_removes_it(tmp_path, fake_bsky):
    posts = bsky(tmp_path, fake_bsky).posts
    restored = next(p.text for p in posts if p.text.startswith("🎉"))
    assert restored == "🎉 read this https://example.com/long-article now please"
    assert clean_posts([p for p in posts if p.text == restored]).texts == ["🎉 read this now please"]


def test_facets_with_bad_ranges_are_ignored_and_a_range_given_twice_is_applied_once():
    record = {"text": "abc", "facets": [{"index": {"byteStart": 2, "byteEnd": 99}, "features": []}]}
    assert text_with_links(record) == "abc"
    twice = [link_facet(LINKED, "example.com/long…", "https://example.com/long-article")] * 2
    assert (
        text_with_links({"text": LINKED, "facets": twice}) == "🎉 read this https://example.com/long-article now please"
    )


def test_only_embedded_posts_are_quotes_not_lists_or_feeds(tmp_path):
    embeds = {
        "a post embedded": bsky_embed("app.bsky.feed.post"),
        "a post and pictures": bsky_embed("app.bsky.feed.post", media=True),
        "a list embedded": bsky_embed("app.bsky.graph.list"),
        "a feed embedded": bsky_embed("app.bsky.feed.generator"),
        "a starter pack": bsky_embed("app.bsky.graph.starterpack"),
        "pictures only": {"$type": "app.bsky.embed.images", "images": []},
    }
    feed = [{"post": bsky_post(DID, i, text, embed=embed)} for i, (text, embed) in enumerate(embeds.items())]
    fake = FakeBluesky([BskyAccount(DID, "alice.example.com", "Alice", feed)])
    try:
        quotes = {p.text for p in bsky(tmp_path, fake).posts if p.is_quote}
    finally:
        fake.server.close()
    assert quotes == {"a post embedded", "a post and pictures"}


def test_an_empty_feed_with_a_cursor_is_followed(tmp_path):
    feed = [{"post": bsky_post(DID, i, f"skeet {i} with words"), "hidden": i >= 150} for i in range(250)]
    fake = FakeBluesky([BskyAccount(DID, "alice.example.com", "Alice", feed)])  # the newest 100 taken down
    try:
        assert len(bsky(tmp_path, fake).posts) == 150
        assert [p.get("cursor") for p in fake.server.paths("getAuthorFeed")] == [None, "100", "200"]
    finally:
        fake.server.close()


def test_an_empty_feed_handing_back_the_cursor_it_was_asked_with_ends_the_download(tmp_path, fake_bsky):
    fake_bsky.server.faults.append(Fault("body", "getAuthorFeed", body={"feed": [], "cursor": "100"}, times=5, after=1))
    account = bsky(tmp_path, fake_bsky)  # (following it would ask for the same page forever)
    assert len(account.posts) == 100 and len(fake_bsky.server.paths("getAuthorFeed")) == 2


def test_a_repost_keeps_its_id_when_the_appview_indexes_it_again(tmp_path, fake_bsky):
    bsky(tmp_path, fake_bsky)
    repost = next(item for item in fake_bsky.accounts[0].feed if "reason" in item)
    repost["reason"] = {**repost["reason"], "indexedAt": "2024-02-02T09:30:00Z"}  # re-indexed: a new time
    fake_bsky.accounts[0].feed += [{"post": bsky_post(DID, 300 + i, f"brand new skeet {i} here")} for i in range(3)]
    account = bsky(tmp_path, fake_bsky)
    assert len(account.posts) == 238 and sum(p.is_retweet for p in account.posts) == 1


def test_a_did_works_as_the_handle_and_unknown_actors_fail_with_one_line(tmp_path, fake_bsky):
    assert len(bsky(tmp_path, fake_bsky, DID).posts) == 235
    with pytest.raises(UserError, match=r"Bluesky: no such Bluesky account \(Profile not found\)"):
        bsky(tmp_path, fake_bsky, "nobody.example.com")


def test_bluesky_update_reads_until_the_saved_posts_and_waits_out_a_429(tmp_path, fake_bsky):
    bsky(tmp_path, fake_bsky)
    fake_bsky.accounts[0].feed += [{"post": bsky_post(DID, 300 + i, f"brand new skeet {i} here")} for i in range(3)]
    fake_bsky.server.requests.clear()
    fake_bsky.server.faults.append(Fault("429", "getAuthorFeed", seconds=0.5))
    account = bsky(tmp_path, fake_bsky)
    assert len(account.posts) == 238 == len({p.id for p in account.posts})
    assert len(fake_bsky.server.paths("getAuthorFeed")) == 2  # the 429, then one page that reached saved posts


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>fish &amp; chips &lt;3</p>", "fish & chips <3"),
        ("<p>line one<br>line two<br/>line three</p>", "line one\nline two\nline three"),
        ("<p>first paragraph</p><p>second one</p>", "first paragraph\n\nsecond one"),
        (
            '<p>look <a href="https://example.com/page/long" rel="nofollow noopener" target="_blank">'
            '<span class="invisible">https://</span><span class="ellipsis">example.com/page</span>'
            '<span class="invisible">/long</span></a> now</p>',
            "look https://example.com/page/long now",
        ),
        (
            '<p><span class="h-card"><a href="https://host/@bob" class="u-url mention">@<span>bob</span></a></span>'
            ' hi <a href="https://host/tags/cats" class="mention hashtag" rel="tag">#<span>cats</span></a></p>',
            "@bob hi #cats",
        ),
        ('<p class="quote-inline">RE: <a href="https://host/@x/1">host/@x/1</a></p><p>my take</p>', "my take"),
        ("<p>caf&eacute; &#128512; &quot;quoted&quot;</p>", 'café 😀 "quoted"'),
    ],
)
def test_mastodon_html_becomes_the_text_its_author_typed(html, text):
    assert html_to_text(html) == text


@pytest.fixture
def fake_mastodon():
    statuses = [mastodon_status(i, f"<p>toot number {i} with words</p>") for i in range(95)]
    statuses += [mastodon_status(95, "<p>a reply with enough words</p>", reply=True)]
    statuses += [mastodon_status(96, "", boost=True), mastodon_status(97, "<p>quoting this one now</p>", quote=True)]
    fake = FakeMastodon([MastodonAccount("7", "Carol", "toot.example", "Carol C", statuses)])
    yield fake
    fake.server.close()


def mastodon(tmp_path, fake, handle="carol@toot.example", **kwargs):
    return download(Mastodon, tmp_path, fake, handle, **kwargs)


def test_mastodon_pages_by_link_header_and_counts_boosts_and_replies(tmp_path, fake_mastodon):
    account = mastodon(tmp_path, fake_mastodon)
    assert account.display_name == "Carol C" and len(account.posts) == 98 == len({p.id for p in account.posts})
    pages = fake_mastodon.server.paths("/statuses")
    assert [p.get("max_id") is None for p in pages] == [True, False, False] and pages[0]["limit"] == "40"
    by_text = {p.text: p for p in account.posts}
    assert by_text["a reply with enough words"].is_reply and by_text["quoting this one now"].is_quote
    assert by_text["someone else's words entirely"].is_retweet
    counts = clean_posts(account.posts).counts
    assert (counts.downloaded, counts.retweets, counts.kept) == (98, 1, 97)


def test_mastodon_update_uses_min_id_and_rate_limit_reset_times(tmp_path, fake_mastodon, capfd):
    first = mastodon(tmp_path, fake_mastodon)
    newest = max(int(p.id) for p in first.posts)
    fake_mastodon.accounts[0].statuses += [mastodon_status(200 + i, f"<p>new toot {i} here</p>") for i in range(45)]
    fake_mastodon.server.requests.clear()
    fake_mastodon.server.faults.append(Fault("429", "/statuses", seconds=0.5))
    account = mastodon(tmp_path, fake_mastodon)
    assert len(account.posts) == 143 == len({p.id for p in account.posts})
    min_ids = [p.get("min_id") for p in fake_mastodon.server.paths("/statuses")]
    assert min_ids[:2] == [str(newest)] * 2 and len(min_ids) == 4  # the 429, 40 new, 5 new, none
    assert "rate limit reached; waiting until" in capfd.readouterr().err


def test_mastodon_unknown_account_and_default_server(tmp_path, fake_mastodon):
    with pytest.raises(UserError, match=r"Mastodon: no such account on this server \(Record not found\)"):
        mastodon(tmp_path, fake_mastodon, "nobody@toot.example")
    assert Mastodon(tmp_path).api("carol@toot.example").base_url == "https://toot.example"


def test_bluesky_update_with_nothing_new_keeps_the_count_and_fingerprint(tmp_path, fake_bsky):
    source = Bluesky(tmp_path / "snapshots", base_url=fake_bsky.url, backoff=0.01)
    source.prepare("alice.example.com")
    state, fingerprint = source.snapshot("alice.example.com").read_state(), source.fingerprint("alice.example.com")
    source.prepare("alice.example.com")
    again = source.snapshot("alice.example.com").read_state()
    assert (again["posts"], len(again["pages"])) == (state["posts"], len(state["pages"])) == (235, 3)
    assert source.fingerprint("alice.example.com") == fingerprint


@pytest.mark.parametrize("body", [{"feed": ["x"]}, {"feed": [{"post": {"uri": "at://a", "record": "text"}}]}])
def test_bluesky_answers_of_an_unexpected_shape_end_in_one_line(tmp_path, fake_bsky, body):
    fake_bsky.server.faults.append(Fault("body", "getAuthorFeed", body=body))
    with pytest.raises(UserError, match="Bluesky sent an answer of an unexpected shape"):
        bsky(tmp_path, fake_bsky)


def test_mastodon_update_of_an_account_that_had_no_posts_reads_them_all(tmp_path, fake_mastodon):
    fake_mastodon.accounts.append(MastodonAccount("8", "new", "toot.example", "New", []))
    assert mastodon(tmp_path, fake_mastodon, "new@toot.example").posts == []
    fake_mastodon.accounts[-1].statuses += [mastodon_status(i, f"<p>first toots {i} ever</p>") for i in range(100)]
    assert len(mastodon(tmp_path, fake_mastodon, "new@toot.example").posts) == 100


def test_a_gotosocial_server_with_ulid_ids_gets_new_posts_on_the_second_run(tmp_path):
    statuses = [mastodon_status(i, f"<p>gts post {i} with words</p>", ulid_id=True) for i in range(95)]
    fake = FakeMastodon([MastodonAccount("01HACCOUNT", "dana", "gts.example", "Dana", statuses)])
    try:
        first = mastodon(tmp_path, fake, "dana@gts.example")
        assert len(first.posts) == 95
        newest = max((p.id for p in first.posts), key=lambda i: (len(i), i))
        fake.accounts[0].statuses += [
            mastodon_status(200 + i, f"<p>new gts post {i}</p>", ulid_id=True) for i in range(45)
        ]
        fake.server.requests.clear()
        account = mastodon(tmp_path, fake, "dana@gts.example")
        assert len(account.posts) == 140 == len({p.id for p in account.posts})
        assert fake.server.paths("/statuses")[0]["min_id"] == newest  # the newest id as the server gave it
    finally:
        fake.server.close()


def test_mastodon_answers_of_an_unexpected_shape_end_in_one_line(tmp_path, fake_mastodon):
    fake_mastodon.server.faults.append(Fault("body", "/statuses", body=["oops"]))
    with pytest.raises(UserError, match="Mastodon sent an answer of an unexpected shape"):
        mastodon(tmp_path, fake_mastodon)
