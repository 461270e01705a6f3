"""The X API v2 client against a loopback fake: paging, the 3,200 cap, both vocabularies, rate limits and usage
caps, retries, errors, resuming, updates, and the price said (and capped) before any billed request."""

import sys
import time

import pytest

import huggingtweets.sources.http as http
from huggingtweets.cleaning import clean_posts
from huggingtweets.errors import UserError
from huggingtweets.sources import SourceSettings, XApi, open_source, parse_user

from .fakes import FakeX, Fault, XAccount, x_tweet

TOKEN = "test-bearer-for-the-fake-x"
FIRST_ID = 1_700_000_000_000_000_000  # x_tweet(0)'s id


def tweets(n: int, start: int = 0) -> list[dict]:
    return [x_tweet(i, f"post number {i} says something") for i in range(start, start + n)]


def accounts() -> list[XAccount]:
    special = [
        x_tweet(900, "RT @bob: a retweet of someone else", kind="retweeted"),
        x_tweet(901, "@bob a reply with enough words", kind="replied_to"),
        x_tweet(902, "a long post that X cut short in its text…", note="a long post that X cut short in its text " * 9),
        x_tweet(903, "quoting that one with my own words", kind="quoted"),
    ]
    return [
        XAccount("11", "alice", "Alice A.", tweets(250)),
        XAccount("12", "locked", "Locked", tweets(5), protected=True),
        XAccount("13", "gone", "Gone", tweets(5), suspended=True),
        XAccount("14", "quiet", "Quiet", []),
        XAccount("15", "prolific", "Prolific", tweets(3300)),
        XAccount("16", "kinds", "Kinds", tweets(3) + special),
        # the newest 100 withheld: the first page comes back empty, with a next_token
        XAccount("17", "gappy", "Gappy", [x_tweet(i, f"post {i} of gappy", hidden=i >= 150) for i in range(250)]),
    ]


@pytest.fixture
def fake_x(monkeypatch):
    """The fake X, knowing only the vocabulary of the OpenAPI document v2.167."""
    monkeypatch.setenv("X_BEARER_TOKEN", TOKEN)
    fake = FakeX(TOKEN, accounts())
    yield fake
    fake.server.close()


def source(tmp_path, fake, **kwargs) -> XApi:
    return XApi(tmp_path / "snapshots", base_url=fake.url, backoff=0.01, **{"max_cost": 100.0} | kwargs)


def download(tmp_path, fake, handle="alice", **kwargs):
    x = source(tmp_path, fake, **kwargs)
    x.prepare(handle)
    return x.load(handle)


def timeline_requests(fake) -> list[dict]:
    return fake.server.paths("/tweets")


def vocabularies(fake) -> list[str]:
    """The vocabulary of each timeline request, by its fields parameter."""
    return [next(k for k in query if k.endswith(".fields")) for query in timeline_requests(fake)]


def test_a_multi_page_history_is_read_once_and_completely(tmp_path, fake_x):
    account = download(tmp_path, fake_x)
    ids = [p.id for p in account.posts]
    assert len(ids) == 250 == len(set(ids))
    assert (account.display_name, account.avatar_url) == ("Alice A.", "https://pbs.example/alice_400x400.jpg")
    pages = timeline_requests(fake_x)
    assert [p.get("pagination_token") for p in pages] == [None, "t100g0", "t200g0"]
    assert all(p["max_results"] == "100" and p["post.fields"] == "created_at,lang,note_post" for p in pages)
    again = download(tmp_path, fake_x, update=False)  # a later run reads the snapshot, not the API
    assert [p.id for p in again.posts] == ids and len(timeline_requests(fake_x)) == 3


def test_the_timeline_cap_and_max_posts_never_read_past(tmp_path, fake_x):
    account = download(tmp_path, fake_x, "prolific")
    assert len(account.posts) == 3200
    assert min(int(p.id) for p in account.posts) == FIRST_ID + 100  # the newest 3,200
    fake_x.server.requests.clear()
    capped = download(tmp_path / "b", fake_x, "prolific", max_posts=150)
    assert len(capped.posts) == 150
    assert [p["max_results"] for p in timeline_requests(fake_x)] == ["100", "50"]  # billed per post: ask for 150
    fake_x.server.requests.clear()
    odd = download(tmp_path / "c", fake_x, "prolific", max_posts=103)  # at least 5 a page: 98 then 5, not 100 then 5
    assert len(odd.posts) == 103 and [p["max_results"] for p in timeline_requests(fake_x)] == ["98", "5"]
    with pytest.raises(UserError, match=r"data.x.max_posts=3: the X API reads at least 5 posts a request"):
        source(tmp_path, fake_x, max_posts=3)


@pytest.mark.parametrize("vocabulary", ["post", "tweet"])
def test_either_vocabulary_gives_the_same_posts_retweets_replies_quotes_and_long_posts(tmp_path, vocabulary, capfd):
    fake = FakeX(TOKEN, accounts(), vocabulary=vocabulary)  # knowing only v2.167's names, or only v2.166's
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("X_BEARER_TOKEN", TOKEN)
            x = source(tmp_path, fake)
            x.prepare("kinds")
            posts = {p.id[-3:]: p for p in x.load("kinds").posts}
            assert posts["900"].is_retweet and posts["901"].is_reply and not posts["902"].is_reply
            assert posts["903"].is_quote and not posts["900"].is_quote
            assert posts["902"].text.startswith("a long post") and len(posts["902"].text) > 300  # the note's full text
            counts = clean_posts(posts.values()).counts
            assert (counts.downloaded, counts.retweets, counts.kept) == (7, 1, 6)
            assert x.snapshot("kinds").read_state()["vocabulary"] == vocabulary  # remembered ...
            assert vocabularies(fake) == (["post.fields"] if vocabulary == "post" else ["post.fields", "tweet.fields"])
            assert ("does not know post.fields" in capfd.readouterr().err) == (vocabulary == "tweet")
            fake.accounts["kinds"].tweets.append(x_tweet(950, "a newer post in either words"))
            fake.server.requests.clear()
            x.prepare("kinds")  # ... so an update asks in the server's words at once
            assert vocabularies(fake) == [f"{vocabulary}.fields"]
            assert len(x.load("kinds").posts) == 8
    finally:
        fake.server.close()


def test_the_profile_reads_its_post_count_in_either_vocabulary(tmp_path, fake_x, capfd):
    fake_x.vocabulary = "tweet"
    x = source(tmp_path, fake_x)
    assert x.lookup(x.api("alice"), "alice")["posts_count"] == 250
    fake_x.vocabulary = "post"
    assert x.lookup(x.api("alice"), "alice")["posts_count"] == 250


def test_a_429_waits_until_the_reset_then_continues(tmp_path, fake_x, capfd):
    fake_x.server.faults.append(Fault("429", "/tweets", seconds=1.0))
    started = time.monotonic()
    account = download(tmp_path, fake_x)
    assert time.monotonic() - started >= 1.0
    assert len(account.posts) == 250
    assert "rate limit reached; waiting until" in capfd.readouterr().err


class Clock:
    """time.time, time.monotonic and time.sleep for the HTTP layer, where sleeping only moves the clock on."""

    def __init__(self):
        self.now, self.slept = time.time(), 0.0

    def time(self) -> float:
        return self.now

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds
        self.slept += seconds


def test_a_budget_spent_at_the_start_of_the_15_minute_window_is_waited_for(tmp_path, fake_x, monkeypatch):
    clock = Clock()
    monkeypatch.setattr(http, "time", clock)
    fake_x.server.faults.append(Fault("429", "/tweets", seconds=899))  # the reset 900 s ahead
    assert len(download(tmp_path, fake_x).posts) == 250  # the default wait covers a whole window, with margin
    assert 899 <= clock.slept <= 902


def test_a_usage_cap_ends_the_run_at_once_with_one_line(tmp_path, fake_x):
    fake_x.server.faults.append(Fault("usage-cap", "/tweets", seconds=1.0))  # a 429 too, with rate-limit headers
    started = time.monotonic()
    with pytest.raises(UserError) as err:
        download(tmp_path, fake_x)
    message = str(err.value)
    assert "X API: the monthly usage cap of your product is reached (Usage cap exceeded: Monthly product cap)" in (
        message
    )
    assert "it resets when your monthly billing cycle renews" in message and "\n" not in message
    assert time.monotonic() - started < 1.0 and len(timeline_requests(fake_x)) == 1  # no wait, no retry


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


def test_an_empty_page_with_a_next_token_is_not_the_end(tmp_path, fake_x):
    account = download(tmp_path, fake_x, "gappy")
    assert len(account.posts) == 150
    assert [p.get("pagination_token") for p in timeline_requests(fake_x)] == [None, "t100g0", "t200g0"]


def test_a_stopped_download_continues_after_its_token_expired_every_post_kept_once(tmp_path, fake_x):
    fake_x.server.faults.append(Fault("503", "/tweets", times=2, after=1))
    with pytest.raises(UserError, match="failed 2 times"):
        download(tmp_path, fake_x, retries=1)  # stopped after one page of 100
    fake_x.expire_tokens()  # the saved next_token is no longer accepted
    fake_x.server.requests.clear()
    account = download(tmp_path, fake_x)
    assert len(account.posts) == 250 == len({p.id for p in account.posts})
    first = timeline_requests(fake_x)[0]
    assert "pagination_token" not in first and first["until_id"] == str(FIRST_ID + 150)  # the oldest saved


def test_a_later_run_reads_only_newer_posts(tmp_path, fake_x, capfd):
    download(tmp_path, fake_x)
    newest = max(int(p.id) for p in download(tmp_path, fake_x, update=False).posts)
    fake_x.accounts["alice"].tweets += tweets(3, start=250)
    fake_x.server.requests.clear()
    account = download(tmp_path, fake_x)
    assert [p.get("since_id") for p in timeline_requests(fake_x)] == [str(newest)]
    assert len(account.posts) == len({p.id for p in account.posts}) == 253
    assert "reading up to 3,200 posts newer than the newest of the 250 saved" in capfd.readouterr().err


def test_a_pull_says_what_it_reads_and_costs_profile_included_before_it_starts(tmp_path, fake_x, capfd):
    download(tmp_path, fake_x, max_posts=250)
    err = capfd.readouterr().err
    assert "x:alice: reading the profile and up to 250 posts (data.x.max_posts; the X API serves the newest" in err
    assert "X bills about $0.005 a post and $0.010 a profile read: up to $1.26" in err


def test_over_max_cost_a_run_without_a_terminal_stops_before_any_billed_request(tmp_path, fake_x, capfd):
    x = XApi(tmp_path / "snapshots", base_url=fake_x.url)  # data.x.max_cost's default: $1
    with pytest.raises(UserError) as err:
        x.prepare("alice")
    assert str(err.value) == (
        "x:alice: reading may cost up to $16.01, over data.x.max_cost=$1; allow it (data.x.max_cost=17) or read fewer "
        "posts (data.x.max_posts=N)"
    )
    assert fake_x.server.requests == []  # not even the profile ($0.010)
    source(tmp_path, fake_x, max_posts=150).prepare("alice")  # $0.76: under the cap
    fake_x.accounts["alice"].tweets += tweets(3, start=250)
    fake_x.server.requests.clear()
    XApi(tmp_path / "snapshots", base_url=fake_x.url).prepare("alice")  # an update may read 3,200: over the cap
    assert fake_x.server.requests == []
    assert "could not fetch newer posts (x:alice: reading may cost up to $16.00" in capfd.readouterr().err


@pytest.mark.parametrize(("answer", "goes_on"), [("y", True), ("", False)])
def test_over_max_cost_a_run_at_a_terminal_asks(tmp_path, fake_x, monkeypatch, answer, goes_on):
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    asked = []
    monkeypatch.setattr("builtins.input", lambda question: asked.append(question) or answer)
    x = XApi(tmp_path / "snapshots", base_url=fake_x.url, max_posts=250)  # $1.26, over $1
    if goes_on:
        x.prepare("alice")
        assert len(x.load("alice").posts) == 250
    else:
        with pytest.raises(UserError, match=r"over data.x.max_cost=\$1; allow it"):
            x.prepare("alice")
        assert fake_x.server.requests == []
    assert asked == ["x:alice: over data.x.max_cost=$1; go on? [y/N] "]


def test_without_a_token_nothing_is_downloaded_and_the_cache_still_serves(tmp_path, fake_x, monkeypatch):
    download(tmp_path, fake_x)
    monkeypatch.delenv("X_BEARER_TOKEN")
    with pytest.raises(UserError, match="x:bob: set X_BEARER_TOKEN to an X API bearer token"):
        download(tmp_path, fake_x, "bob")
    assert len(download(tmp_path, fake_x).posts) == 250  # the saved download, no update without a token


def test_a_plain_handle_reads_an_archive_or_an_earlier_download_never_the_api(tmp_path, fake_x, monkeypatch):
    settings = SourceSettings(archive_dir="mistyped/archives", snapshots_dir=str(tmp_path / "snapshots"),
                              x={"base_url": fake_x.url, "backoff": 0.01, "max_cost": 100.0})  # fmt: skip
    monkeypatch.chdir(tmp_path)
    with pytest.raises(UserError) as err:  # X_BEARER_TOKEN is set: today's rule would have billed a pull
        open_source(parse_user("alice"), settings).prepare("alice")
    message = str(err.value)
    missing = (tmp_path / "mistyped" / "archives").resolve()
    assert f"no posts found for user 'alice': looked for data.archive_dir={missing} (missing)" in message
    assert "fix data.archive_dir" in message and "write x:alice to pay for a pull" in message and "\n" not in message
    assert fake_x.server.requests == []
    open_source(parse_user("x:alice"), settings).prepare("alice")
    fake_x.server.requests.clear()
    monkeypatch.delenv("X_BEARER_TOKEN")
    cached = open_source(parse_user("alice"), settings)  # the earlier x:alice download
    cached.prepare("alice")
    assert isinstance(cached, XApi) and len(cached.load("alice").posts) == 250 and fake_x.server.requests == []


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
    assert len(download(tmp_path, fake_x).posts) == 500  # an updating run finishes it ...
    resumed = timeline_requests(fake_x)[0]  # ... from below the oldest post the stopped update saved
    assert resumed["until_id"] == str(FIRST_ID + 400) and resumed["since_id"] == str(FIRST_ID + 249)


def test_a_refresh_cut_short_continues_when_run_again(tmp_path, fake_x):
    download(tmp_path, fake_x)
    fake_x.server.faults.append(Fault("503", "/tweets", times=2, after=1))
    with pytest.raises(UserError, match="failed 2 times"):
        download(tmp_path, fake_x, refresh=True, retries=1)
    fake_x.server.requests.clear()
    assert len(download(tmp_path, fake_x, refresh=True).posts) == 250
    assert [p.get("until_id") for p in timeline_requests(fake_x)] == [str(FIRST_ID + 150)] * 2


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
