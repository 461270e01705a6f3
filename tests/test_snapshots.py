"""Downloads happen once: a killed download continues where it stopped, and one process (global rank 0) downloads
for every node; a node that does not share its cache says so instead of paying again."""

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
import json, os, sys
import huggingtweets.sources.snapshot as snapshot
from huggingtweets.sources import XApi
snapshot.LEADER_WAIT = float(os.environ.get("LEADER_WAIT", snapshot.LEADER_WAIT))
x = XApi(sys.argv[1], base_url=sys.argv[2], backoff=0.01, max_cost=100)
x.prepare("alice")
json.dump([p.id for p in x.load("alice").posts], open(sys.argv[3], "w"))
"""


@pytest.fixture
def fake_x():
    fake = FakeX(TOKEN, [XAccount("11", "alice", "Alice", [x_tweet(i, f"post {i} has words") for i in range(1000)])])
    yield fake
    fake.server.close()


def start(tmp_path, fake, out, token=TOKEN, snapshots="snapshots", **env):
    environment = os.environ | {"X_BEARER_TOKEN": token} | env
    args = [sys.executable, "-c", DOWNLOAD, str(tmp_path / snapshots), fake.url, str(out)]
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
    x = XApi(tmp_path / "snapshots", base_url=fake_x.url, backoff=0.01, max_cost=100)
    x.prepare("alice")
    ids = [p.id for p in x.load("alice").posts]
    assert len(ids) == 1000 == len(set(ids))
    pages = fake_x.server.paths("/tweets")
    assert len(pages) == 10 - killed_at  # only the pages not yet saved ...
    oldest = str(1_700_000_000_000_000_000 + 1000 - 100 * killed_at)
    assert all(p["until_id"] == oldest for p in pages) and "pagination_token" not in pages[0]  # ... below the oldest
    assert not fake_x.server.paths("/by/username")  # the profile was saved too


def test_only_global_rank_zero_downloads_the_others_wait_and_read_its_snapshot(tmp_path, fake_x):
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
    XApi(tmp_path / "snapshots", base_url=fake_x.url, max_cost=100).prepare("alice")
    fake_x.server.requests.clear()
    XApi(tmp_path / "snapshots", base_url=fake_x.url, refresh=True, max_cost=100).prepare("alice")
    assert len(fake_x.server.paths("/tweets")) == 10 and saved_pages(tmp_path) == 10


def test_a_node_sharing_the_cache_waits_for_global_rank_zero_and_is_not_billed(tmp_path, fake_x):
    fake_x.server.delay = 0.05
    world = {"WORLD_SIZE": "4", "MASTER_ADDR": "10.0.0.1", "MASTER_PORT": "29500"}  # two nodes of two, by torchrun
    second = start(tmp_path, fake_x, tmp_path / "rank2.json", RANK="2", LOCAL_RANK="0", **world)
    time.sleep(1.0)  # the second node's first process is up first, and must not download
    first = start(tmp_path, fake_x, tmp_path / "rank0.json", RANK="0", LOCAL_RANK="0", **world)
    assert first.wait(timeout=120) == 0, first.stderr.read()
    assert second.wait(timeout=120) == 0
    assert "X bills" not in second.stderr.read()
    assert len(fake_x.server.paths("/by/username")) == 1 and len(fake_x.server.paths("/tweets")) == 10
    assert json.loads((tmp_path / "rank0.json").read_text()) == json.loads((tmp_path / "rank2.json").read_text())


def test_a_node_that_does_not_share_the_cache_stops_with_one_line_instead_of_paying_again(tmp_path, fake_x):
    world = {"WORLD_SIZE": "4", "MASTER_ADDR": "10.0.0.1", "MASTER_PORT": "29500", "LEADER_WAIT": "3"}
    first = start(tmp_path, fake_x, tmp_path / "rank0.json", RANK="0", LOCAL_RANK="0", **world)
    second = start(tmp_path, fake_x, tmp_path / "rank2.json", snapshots="node2", RANK="2", LOCAL_RANK="0", **world)
    assert first.wait(timeout=120) == 0, first.stderr.read()
    assert second.wait(timeout=120) == 1
    lines = [line for line in second.stderr.read().splitlines() if line.strip()]
    assert "this node does not share that cache; put paths.cache_dir on a filesystem every node mounts" in lines[-1]
    assert len(fake_x.server.paths("/by/username")) == 1  # billed once, by global rank 0


def test_when_global_rank_zero_fails_the_others_stop_with_its_error(tmp_path, fake_x):
    world = {"WORLD_SIZE": "2"}
    follower = start(tmp_path, fake_x, tmp_path / "rank1.json", LOCAL_RANK="1", **world)
    leader = start(tmp_path, fake_x, tmp_path / "rank0.json", token="a-wrong-token", LOCAL_RANK="0", **world)
    assert leader.wait(timeout=60) == 1 and follower.wait(timeout=60) == 1
    assert "X_BEARER_TOKEN was refused" in follower.stderr.read()


def test_processes_started_together_never_refresh_or_update_a_finished_snapshot(tmp_path, fake_x, monkeypatch):
    monkeypatch.setenv("X_BEARER_TOKEN", TOKEN)
    XApi(tmp_path / "snapshots", base_url=fake_x.url, max_cost=100).prepare("alice")
    fake_x.server.requests.clear()
    monkeypatch.setenv("WORLD_SIZE", "2")
    XApi(tmp_path / "snapshots", base_url=fake_x.url, refresh=True, max_cost=100).prepare("alice")
    assert fake_x.server.requests == [] and saved_pages(tmp_path) == 10
