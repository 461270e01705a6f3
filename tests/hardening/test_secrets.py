"""Secrets: with canary values in X_BEARER_TOKEN, HF_TOKEN and WANDB_API_KEY, a whole run (download against the fake
X, training, the model card, offline W&B, publishing to a fake hub) writes no file containing any of them: not under
its outputs, caches, logs or W&B folders, not in the Hugging Face home, the temporary folder or the home directory,
and sends none in the files it publishes. Each step of the run is one command in `STEPS`; the scan covers every
folder any of them could write to. The page (scripts/app.py) shows none either: not in its HTML, its config, its API
description, its answers or its console (below; a page's whole run and every file it writes: tests/test_app.py; each
tab's text and HTML before its screenshot: tests/test_app_browser.py)."""

from __future__ import annotations

import httpx
import pytest

from ..app_server import AppServer, leaks
from ..conftest import SECRETS, TINY, run_cli
from ..fake_hub import FakeHub
from ..fakes import FakeX, XAccount, x_tweet


def fetch(root, fakes):
    return run_cli(root, root, "users=[x:alice]", f"data.x.base_url={fakes['x']}", "+data.x.backoff=0.01",
                   "data.x.max_cost=20", env_extra=environment(root), script="scripts/fetch.py")  # fmt: skip


def train(root, fakes):
    args = ["users=[x:alice]", f"data.x.base_url={fakes['x']}", "data.x.max_cost=20", *TINY, "trainer.max_steps=4",
            "logger=wandb", "hub.push=true", "hub.repo_id=someone/alice"]  # fmt: skip
    return run_cli(
        root, root, *args, env_extra=environment(root) | {"HF_ENDPOINT": fakes["hub"], "HF_HUB_OFFLINE": "0"}
    )


STEPS = [fetch, train]  # each: (root, {"x": fake X url, "hub": fake hub url}) -> CompletedProcess


def environment(root):
    """The canaries, and every place a library might write to pointed inside `root`."""
    places = {name: root / name.lower() for name in ("HOME", "HF_HOME", "TMPDIR", "XDG_CACHE_HOME", "XDG_CONFIG_HOME")}
    for path in places.values():
        path.mkdir(exist_ok=True)
    return SECRETS | {name: str(path) for name, path in places.items()}


@pytest.mark.slow
def test_no_file_a_whole_run_writes_holds_a_secret(tmp_path):
    fake = FakeX(SECRETS["X_BEARER_TOKEN"], [XAccount("11", "alice", "Alice", [x_tweet(i, f"post {i} says a few words")
                                                                              for i in range(40)])])  # fmt: skip
    try:
        with FakeHub(SECRETS["HF_TOKEN"]) as hub:
            for step in STEPS:
                result = step(tmp_path, {"x": fake.url, "hub": hub.url})
                assert result.returncode == 0, f"{step.__name__}: {result.stderr[-3000:]}"
    finally:
        fake.server.close()
    pushed = hub.repos["someone/alice"]["files"]
    assert pushed["README.md"] == (tmp_path / "models" / "alice" / "README.md").read_bytes()
    for content in pushed.values():
        assert not any(secret.encode() in content for secret in SECRETS.values())
    assert (tmp_path / "models" / "alice" / "README.md").is_file()
    assert list(tmp_path.rglob("offline-run-*")), "no offline W&B run was written"
    assert list((tmp_path / ".cache" / "huggingtweets" / "snapshots" / "x").iterdir())
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert len(written) > 20
    for path in written:
        data = path.read_bytes()
        for name, secret in SECRETS.items():
            assert secret.encode() not in data, f"{name} leaked into {path}"
            assert secret.encode("utf-16-le") not in data, f"{name} leaked (UTF-16) into {path}"


def test_the_page_shows_no_secret_and_says_only_where_the_token_comes_from(tmp_path):
    pytest.importorskip("gradio", reason="the page needs the app extra: pip install -e '.[app]'")
    with AppServer(tmp_path) as server:
        client = server.client()
        answers = [
            client.predict(api_name="/status"),
            client.predict("x:dril!", "", "tiny", "", "steps", 5, True, "none", "", api_name="/check"),
            client.predict("models/none", "you/model", False, api_name="/push"),  # (offline: refused in one line)
        ]  # fmt: skip
        pages = [httpx.get(server.url + path).text for path in ("/", "/config", "/gradio_api/info")]
    assert "A Hugging Face token is set (the HF_TOKEN environment variable)" in pages[1]
    assert "is not an X handle" in answers[1] and "error: model directory models/none" in answers[2]
    for content in [*answers, *pages, server.log.read_text()]:
        assert not leaks(content)
