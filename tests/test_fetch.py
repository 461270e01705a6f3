"""Several sources in one run: scripts/fetch.py prints their table, and train.py makes one model of them whose
card has a column per account, without the X token reaching any file; what reaches the billed X API, and when."""

import json
import subprocess
import sys

import pytest

from .conftest import ROOT, SECRETS, TINY, run_cli
from .fakes import (
    BskyAccount,
    FakeBluesky,
    FakeMastodon,
    FakeX,
    MastodonAccount,
    XAccount,
    bsky_post,
    mastodon_status,
    x_tweet,
)

TOKEN = SECRETS["X_BEARER_TOKEN"]  # the fake X accepts only the canary: a run that reached it held the secret
DID = "did:plc:abcdefghijklmnopqrstuvwx"
USERS = "users=[x:alice,bsky:b.example.com,mastodon:@carol@toot.example,file:d.jsonl]"


@pytest.fixture
def fakes(tmp_path):
    x_posts = [x_tweet(i, f"alice says thing number {i} today") for i in range(30)]
    x_posts += [x_tweet(40 + i, f"RT @z: retweeted words {i}", kind="retweeted") for i in range(2)]
    feed = [{"post": bsky_post(DID, i, f"bluesky post number {i} is here")} for i in range(24)]
    repost = {"$type": "app.bsky.feed.defs#reasonRepost", "by": {"did": DID}, "indexedAt": "2024-03-01T00:00:00Z"}
    feed.append({"post": bsky_post("did:plc:zzzzzzzzzzzzzzzzzzzzzzzz", 99, "not hers at all"), "reason": repost})
    statuses = [mastodon_status(i, f"<p>toot number {i} from carol</p>") for i in range(20)] + [
        mastodon_status(30, "", boost=True), mastodon_status(31, "<p>ok</p>")]  # fmt: skip
    servers = (
        FakeX(TOKEN, [XAccount("11", "alice", "Alice X", x_posts)]),
        FakeBluesky([BskyAccount(DID, "b.example.com", "Bee 🦋", feed)]),
        FakeMastodon([MastodonAccount("7", "carol", "toot.example", "Carol M", statuses)]),
    )
    rows = [{"text": f"row {i} of the table account"} for i in range(15)]
    (tmp_path / "d.jsonl").write_text("\n".join(json.dumps(r) for r in rows))
    yield [f"data.x.base_url={servers[0].url}", f"data.bluesky.base_url={servers[1].url}",
           f"data.mastodon.base_url={servers[2].url}", "+data.x.backoff=0.01", "data.x.max_cost=20"]  # fmt: skip
    for server in servers:
        server.server.close()


@pytest.fixture
def fake_x():
    fake = FakeX(TOKEN, [XAccount("11", "dril", "wint", [x_tweet(i, f"dril says thing {i} today") for i in range(30)])])
    yield fake
    fake.server.close()


def fetch(tmp_path, archive_dir, *overrides):
    return run_cli(tmp_path, archive_dir, *overrides, env_extra={"X_BEARER_TOKEN": TOKEN}, script="scripts/fetch.py")


def test_a_plain_handle_with_a_mistyped_archive_dir_never_reaches_the_x_api(tmp_path, fake_x):
    result = fetch(tmp_path, "dta", "users=[dril]", f"data.x.base_url={fake_x.url}")  # X_BEARER_TOKEN is set
    assert result.returncode == 1 and result.stderr.count("\n") == 1, result.stderr[-2000:]
    assert f"error: no posts found for user 'dril': looked for data.archive_dir={tmp_path / 'dta'} (missing)" in (
        result.stderr
    )
    assert "fix data.archive_dir" in result.stderr and "write x:dril to pay for a pull" in result.stderr
    assert fake_x.server.requests == []


def test_an_x_pull_over_max_cost_stops_before_any_billed_request_without_a_terminal(tmp_path, fake_x):
    result = fetch(tmp_path, tmp_path, "users=[x:dril]", f"data.x.base_url={fake_x.url}")  # stdin: not a terminal
    assert result.returncode == 1, result.stderr[-2000:]
    assert result.stderr.splitlines()[-1] == (
        "error: x:dril: reading may cost up to $16.01, over data.x.max_cost=$1; allow it (data.x.max_cost=17) or "
        "read fewer posts (data.x.max_posts=N)"
    )
    assert fake_x.server.requests == []
    allowed = fetch(tmp_path, tmp_path, "users=[x:dril]", f"data.x.base_url={fake_x.url}", "data.x.max_cost=20")
    assert allowed.returncode == 0 and "| Tweets kept | 30 |" in allowed.stdout, allowed.stderr[-2000:]


def test_fetch_help_prints_its_usage():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "fetch.py"), "--help"], capture_output=True,
                            text=True, timeout=120)  # fmt: skip
    assert result.returncode == 0 and "usage: python scripts/fetch.py OVERRIDES" in result.stdout
    assert "Traceback" not in result.stderr


def test_fetch_prints_the_table_and_a_second_fetch_reads_the_snapshots(tmp_path, fakes):
    result = run_cli(tmp_path, tmp_path, USERS, *fakes, env_extra={"X_BEARER_TOKEN": TOKEN}, script="scripts/fetch.py")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "| Data | Alice X | Bee 🦋 | Carol M | d |" in result.stdout
    assert "| Tweets downloaded | 32 | 25 | 22 | 15 |" in result.stdout
    assert "| Retweets | 2 | 1 | 1 | 0 |" in result.stdout and "| Tweets kept | 30 | 24 | 20 | 15 |" in result.stdout
    assert "X bills about $0.005 a post" in result.stderr
    snapshots = tmp_path / ".cache" / "huggingtweets" / "snapshots"
    assert {p.name for p in snapshots.iterdir() if p.is_dir()} == {"x", "bsky", "mastodon"}
    offline = ["data.x.base_url=http://127.0.0.1:9", "data.bluesky.base_url=http://127.0.0.1:9",
               "data.mastodon.base_url=http://127.0.0.1:9", "data.update=false"]  # fmt: skip
    again = run_cli(tmp_path, tmp_path, USERS, *offline, script="scripts/fetch.py")
    assert again.returncode == 0 and "| Tweets kept | 30 | 24 | 20 | 15 |" in again.stdout
    assert not [p for p in tmp_path.rglob("*") if p.is_file() and TOKEN.encode() in p.read_bytes()]


@pytest.mark.slow
def test_four_sources_train_one_model_and_no_secret_reaches_a_file(tmp_path, fakes):
    home = tmp_path / "home"
    args = [USERS, *fakes, *TINY, "trainer.max_steps=6", "logger=wandb"]
    result = run_cli(tmp_path, tmp_path, *args, env_extra=SECRETS | {"HOME": str(home)})
    assert result.returncode == 0, result.stderr[-3000:]
    model_dir = tmp_path / "models" / "alice-b.example.com-carol@toot.example-d"
    card = (model_dir / "README.md").read_text()
    assert "| Data | Alice X | Bee 🦋 | Carol M | d |" in card and "| Tweets kept | 30 | 24 | 20 | 15 |" in card
    assert "https://cdn.example/did:plc:" in card  # the Bluesky avatar in the header
    for path in (p for p in tmp_path.rglob("*") if p.is_file()):
        data = path.read_bytes()
        for secret in SECRETS.values():
            assert secret.encode() not in data, f"{secret} leaked into {path}"
