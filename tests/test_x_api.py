"""The X API v2 client against a loopback fake: paging, the 3,200 cap, rate limits, retries, errors, updates."""

import time

import pytest

from huggingtweets.cleaning import clean_posts
from huggingtweets.errors import UserError
from huggingtweets.sources import SourceSettings, XApi, open_source, parse_user

from .fakes import FakeX, Fault, XAccount, x_tweet

TOKEN = "test-bearer-for-the-fake-x"


def tweets(n: int, start: int = 0) -> list[dict]:
    return [x_tweet(i, f"post number {i} says something") for i in range(start, start + n)]


@pytest.fixture
def fake_x(monkeypatch):
    monkeypatch.setenv("X_BEARER_TOKEN", TOKEN)
    special = [
        x_tweet(900, "RT @bob: a retweet of someone else", kind="retweeted"),
        x_tweet(901, "@bob a reply with enough words", kind="replied_to"),
        x_tweet(902, "a long post that X cut short in its text…", note="a long post that X cut short in its text " * 9),
    ]
    fake = FakeX(
        TOKEN,
        [
            XAccount("11", "alice", "Alice A.", tweets(250)),
            XAccount("12", "locked", "Locked", tweets(5), protected=True),
            XAccount("13", "gone", "Gone", tweets(5), suspended=True),
            XAccount("14", "quiet", "Quiet", []),
            XAccount("15", "prolific", "Prolific", tweets(3300)),
            XAccount("16", "kinds", "Kinds", tweets(3) + special),
        ],
    )
    yield fake
    fake.server.close()


def source(tmp_path, fake, **kwargs) -> XApi:
    return XApi(tmp_path / "snapshots", base_url=fake.url, backoff=0.01, **kwargs)


def download(tmp_path, fake, handle="alice", **kwargs):
    x = source(tmp_path, fake, **kwargs)
    x.prepare(handle)
    return x.load(handle)


def timeline_requests(fake) -> list[dict]:
    return fake.server.paths("/tweets")


def test_a_multi_page_history_is_read_once_and_completely(tmp_path, fake_x):
    account = download(tmp_path, fake_x)
    ids = [p.id for p in account.posts]
    assert len(ids) == 250 == len(set(ids))
    assert (account.display_name, account.avatar_url) == ("Alice A.", "https://pbs.example/alice_400x400.jpg")
    pages = timeline_requests(fake_x)
    assert [p.get("pagination_token") for p in pages] == [None, "t100", "t200"]
    assert all(p["max_results"] == "100" and "note_tweet" in p["tweet.fields"] for p in pages)
    again = download(tmp_path, fake_x, update=False)  # a later run reads the snapshot, not the API
    assert [p.id for p in again.posts] == ids and len(timeline_requests(fake_x)) == 3


def test_the_timeline_cap_and_max_posts(tmp_path, fake_x):
    account = download(tmp_path, fake_x, "prolific")
    assert len(account.posts) == 3200
    assert min(int(p.id) for p in account.posts) == 1_700_000_000_000_000_000 + 100  # the newest 3,200
    fake_x.server.requests.clear()
    capped = download(tmp_path / "b", fake_x, "prolific", max_posts=150)
    assert len(capped.posts) == 150
    assert [p["max_results"] for p in timeline_requests(fake_x)] == ["100", "50"]  # billed per post: ask for 150


def test_a_429_waits_until_the_reset_then_continues(tmp_path, fake_x, capfd):
    fake_x.server.faults.append(Fault("429", "/tweets", seconds=1.0))
    started = time.monotonic()
    account = download(tmp_path, fake_x)
    assert time.monotonic() - started >= 1.0
    assert len(account.posts) == 250
    assert "rate limit reached; waiting until" in capfd.readouterr().err


def test_a_503_and_a_connection_dropped_mid_page_are_retried(tmp_path, fake_x, capfd):
    fake_x.server.faults += [Fault("503", "/tweets"), Fault("drop", "/tweets")]
    account = download(tmp_path, fake_x)
    assert len({p.id for p in account.posts}) == len(account.posts) == 250
    assert len(timeline_requests(fake_x)) == 5  # 3 pages + 2 retries
    err = capfd.readouterr().err
    assert "503 Service Unavailable; retrying" in err and "RemoteProtocolError" in err


def test_retries_give_up_with_one_line(tmp_path, fake_x):
    fake_x.server.faults.append(Fault("503", "/tweets", times=10))
    with pytest.raises(UserError, match=r"X API at .* failed 4 times \(503 Service Unavailable\); try again later"):
        download(tmp_path, fake_x, retries=3)


@pytest.mark.parametrize(
    ("handle", "token", "fault", "match"),
    [
        ("alice", "wrong-token", None, "401 Unauthorized: X_BEARER_TOKEN was refused"),
        ("alice", TOKEN, "403", r"403 Forbidden \(Forbidden\): the account is protected or suspended"),
        ("nobody", TOKEN, None, r"x:nobody: no such X account \(Could not find user with username: \[nobody\]"),
        ("gone", TOKEN, None, r"x:gone: the account is suspended"),
        ("locked", TOKEN, None, "x:locked: the account's posts are protected"),
    ],
)
def test_refusals_end_in_one_line(tmp_path, fake_x, monkeypatch, handle, token, fault, match):
    monkeypatch.setenv("X_BEARER_TOKEN", token)
    if fault:
        fake_x.server.faults.append(Fault(fault, "/2/users"))
    with pytest.raises(UserError, match=match) as err:
        download(tmp_path, fake_x, handle)
    assert "\n" not in str(err.value) and token not in str(err.value)


def test_an_empty_timeline_is_a_complete_download_of_nothing(tmp_path, fake_x):
    assert download(tmp_path, fake_x, "quiet").posts == []


def test_retweets_replies_and_long_posts(tmp_path, fake_x):
    posts = {p.id[-3:]: p for p in download(tmp_path, fake_x, "kinds").posts}
    assert posts["900"].is_retweet and posts["901"].is_reply and not posts["902"].is_reply
    assert posts["902"].text.startswith("a long post") and len(posts["902"].text) > 300  # the note's full text
    counts = clean_posts(posts.values()).counts
    assert (counts.downloaded, counts.retweets, counts.kept) == (6, 1, 5)


def test_a_later_run_reads_only_newer_posts(tmp_path, fake_x, capfd):
    download(tmp_path, fake_x)
    newest = max(int(p.id) for p in download(tmp_path, fake_x, update=False).posts)
    fake_x.accounts["alice"].tweets += tweets(3, start=250)
    fake_x.server.requests.clear()
    account = download(tmp_path, fake_x)
    assert [p.get("since_id") for p in timeline_requests(fake_x)] == [str(newest)]
    assert len(account.posts) == len({p.id for p in account.posts}) == 253
    assert "newer than the newest of the 250 saved" in capfd.readouterr().err


def test_a_pull_says_what_it_reads_and_costs_before_it_starts(tmp_path, fake_x, capfd):
    download(tmp_path, fake_x)
    err = capfd.readouterr().err
    assert "x:alice: reading up to 250 more posts (of 250 posted; the X API serves the newest 3,200)" in err
    assert "X bills each post read, about $0.005 each: up to $1.25" in err


def test_without_a_token_nothing_is_downloaded_and_the_cache_still_serves(tmp_path, fake_x, monkeypatch):
    download(tmp_path, fake_x)
    monkeypatch.delenv("X_BEARER_TOKEN")
    with pytest.raises(UserError, match="x:bob: set X_BEARER_TOKEN to an X API bearer token"):
        download(tmp_path, fake_x, "bob")
    assert len(download(tmp_path, fake_x).posts) == 250  # the saved download, no update without a token


def test_plain_handles_resolve_local_then_cache_then_api(tmp_path, fake_x, monkeypatch):
    settings = SourceSettings(archive_dir=str(tmp_path / "archives"), snapshots_dir=str(tmp_path / "snapshots"),
                              x={"base_url": fake_x.url, "backoff": 0.01})  # fmt: skip
    monkeypatch.delenv("X_BEARER_TOKEN")
    with pytest.raises(UserError) as err:
        open_source(parse_user("alice"), settings)
    message = str(err.value)
    assert "no posts found for user 'alice'" in message and "archives (missing)" in message
    assert "a download in" in message and "X_BEARER_TOKEN" in message and "bsky:HANDLE" in message
    monkeypatch.setenv("X_BEARER_TOKEN", TOKEN)
    x = open_source(parse_user("alice"), settings)
    assert isinstance(x, XApi)
    x.prepare("alice")
    monkeypatch.delenv("X_BEARER_TOKEN")
    cached = open_source(parse_user("alice"), settings)  # an earlier download now answers, with no token
    assert isinstance(cached, XApi) and len(cached.load("alice").posts) == 250


def test_an_update_that_brings_nothing_new_changes_nothing(tmp_path, fake_x):
    x = source(tmp_path, fake_x)
    x.prepare("alice")
    state_before, fingerprint = x.snapshot("alice").read_state(), x.fingerprint("alice")
    fake_x.server.requests.clear()
    x.prepare("alice")
    assert len(timeline_requests(fake_x)) == 1  # it asked ...
    assert x.fingerprint("alice") == fingerprint  # ... and every cache keyed by the snapshot stays valid
    assert len(x.snapshot("alice").read_state()["pages"]) == len(state_before["pages"])


def test_a_failed_update_is_not_retried_by_runs_that_do_not_update(tmp_path, fake_x):
    download(tmp_path, fake_x)
    fake_x.accounts["alice"].tweets += tweets(250, start=250)
    fake_x.server.faults.append(Fault("503", "/tweets", times=2, after=1))
    download(tmp_path, fake_x, retries=1)  # the update fails after one page: the saved posts are used
    fake_x.server.requests.clear()
    assert len(download(tmp_path, fake_x, update=False).posts) == 350
    assert timeline_requests(fake_x) == []  # nothing billed
    assert len(download(tmp_path, fake_x).posts) == 500  # an updating run finishes it


def test_a_refresh_cut_short_continues_when_run_again(tmp_path, fake_x):
    download(tmp_path, fake_x)
    fake_x.server.faults.append(Fault("503", "/tweets", times=2, after=1))
    with pytest.raises(UserError, match="failed 2 times"):
        download(tmp_path, fake_x, refresh=True, retries=1)
    fake_x.server.requests.clear()
    assert len(download(tmp_path, fake_x, refresh=True).posts) == 250
    assert [p.get("pagination_token") for p in timeline_requests(fake_x)] == ["t100", "t200"]


@pytest.mark.parametrize(
    ("path", "body"), [("/by/username", {}), ("/by/username", {"data": {}}), ("/tweets", {"data": [{}]})]
)
def test_answers_of_an_unexpected_shape_end_in_one_line(tmp_path, fake_x, path, body):
    fake_x.server.faults.append(Fault("body", path, body=body))
    with pytest.raises(UserError, match="X API sent an answer of an unexpected shape") as err:
        download(tmp_path, fake_x)
    assert "\n" not in str(err.value)


def test_a_misspelt_setting_is_refused(tmp_path):
    settings = SourceSettings(snapshots_dir=str(tmp_path), x={"max_post": 5})
    with pytest.raises(UserError, match=r"data.x.max_post is not a setting of this source \(it has: .*max_posts"):
        open_source(parse_user("x:alice"), settings)
