"""Downloads happen once: a killed download continues where it stopped, and one process per machine downloads."""

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from huggingtweets.sources import XApi

from .fakes import FakeX, XAccount, x_tweet

TOKEN = "test-bearer-for-the-fake-x"
DOWNLOAD = """
import json, sys
from huggingtweets.sources import XApi
x = XApi(sys.argv[1], base_url=sys.argv[2], backoff=0.01)
x.prepare("alice")
json.dump([p.id for p in x.load("alice").posts], open(sys.argv[3], "w"))
"""


@pytest.fixture
def fake_x():
    fake = FakeX(TOKEN, [XAccount("11", "alice", "Alice", [x_tweet(i, f"post {i} has words") for i in range(1000)])])
    yield fake
    fake.server.close()


def start(tmp_path, fake, out, token=TOKEN, **env):
    environment = os.environ | {"X_BEARER_TOKEN": token} | env
    args = [sys.executable, "-c", DOWNLOAD, str(tmp_path / "snapshots"), fake.url, str(out)]
    return subprocess.Popen(args, env=environment, stderr=subprocess.PIPE, text=True)


def saved_pages(tmp_path) -> int:
    state = tmp_path / "snapshots" / "x" / "alice" / "state.json"
    return len(json.loads(state.read_text())["pages"]) if state.exists() else 0


def test_kill_9_mid_download_then_the_same_command_continues_without_loss_or_duplicates(tmp_path, fake_x, monkeypatch):
    fake_x.server.delay = 0.15
    process = start(tmp_path, fake_x, tmp_path / "ids.json")
    deadline = time.monotonic() + 60
    while saved_pages(tmp_path) < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    killed_at = saved_pages(tmp_path)
    assert 3 <= killed_at < 10, "the download was not interrupted mid-way"
    fake_x.server.delay = 0
    fake_x.server.requests.clear()
    monkeypatch.setenv("X_BEARER_TOKEN", TOKEN)
    x = XApi(tmp_path / "snapshots", base_url=fake_x.url, backoff=0.01)
    x.prepare("alice")
    ids = [p.id for p in x.load("alice").posts]
    assert len(ids) == 1000 == len(set(ids))
    tokens = [p.get("pagination_token") for p in fake_x.server.paths("/tweets")]
    assert tokens == [f"t{100 * page}" for page in range(killed_at, 10)]  # only the pages not yet saved
    assert not fake_x.server.paths("/by/username")  # the profile was saved too


def test_only_local_rank_zero_downloads_the_others_wait_and_read_its_snapshot(tmp_path, fake_x):
    fake_x.server.delay = 0.05
    world = {"WORLD_SIZE": "2"}
    follower = start(tmp_path, fake_x, tmp_path / "rank1.json", LOCAL_RANK="1", **world)
    time.sleep(1.0)  # the follower is up first and must not download
    leader = start(tmp_path, fake_x, tmp_path / "rank0.json", LOCAL_RANK="0", **world)
    assert leader.wait(timeout=120) == 0, leader.stderr.read()
    assert follower.wait(timeout=120) == 0, follower.stderr.read()
    assert len(fake_x.server.paths("/by/username")) == 1 and len(fake_x.server.paths("/tweets")) == 10
    rank0, rank1 = (json.loads((tmp_path / f"rank{r}.json").read_text()) for r in (0, 1))
    assert rank0 == rank1 and len(rank0) == 1000


def test_refresh_starts_over(tmp_path, fake_x, monkeypatch):
    monkeypatch.setenv("X_BEARER_TOKEN", TOKEN)
    XApi(tmp_path / "snapshots", base_url=fake_x.url).prepare("alice")
    fake_x.server.requests.clear()
    XApi(tmp_path / "snapshots", base_url=fake_x.url, refresh=True).prepare("alice")
    assert len(fake_x.server.paths("/tweets")) == 10 and saved_pages(tmp_path) == 10


def test_when_local_rank_zero_fails_the_others_stop_with_its_error(tmp_path, fake_x):
    world = {"WORLD_SIZE": "2"}
    follower = start(tmp_path, fake_x, tmp_path / "rank1.json", LOCAL_RANK="1", **world)
    leader = start(tmp_path, fake_x, tmp_path / "rank0.json", token="a-wrong-token", LOCAL_RANK="0", **world)
    assert leader.wait(timeout=60) == 1 and follower.wait(timeout=60) == 1
    assert "X_BEARER_TOKEN was refused" in follower.stderr.read()


def test_processes_started_together_never_refresh_or_update_a_finished_snapshot(tmp_path, fake_x, monkeypatch):
    monkeypatch.setenv("X_BEARER_TOKEN", TOKEN)
    XApi(tmp_path / "snapshots", base_url=fake_x.url).prepare("alice")
    fake_x.server.requests.clear()
    monkeypatch.setenv("WORLD_SIZE", "2")
    XApi(tmp_path / "snapshots", base_url=fake_x.url, refresh=True).prepare("alice")
    assert fake_x.server.requests == [] and saved_pages(tmp_path) == 10
