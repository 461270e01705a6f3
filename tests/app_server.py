"""scripts/app.py as a person starts it, for the page's tests: a child process on a free loopback port, in its own
folder (models, logs, caches), with the canary secrets in its environment; and what the tests share to follow it."""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from .conftest import ROOT, SECRETS

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]  # fmt: skip
# a run short enough for a test: 12 steps of the tiny model, validated twice, a few samples for the card's checks
QUICK = "export.card.copy_samples=12 +trainer.val_check_interval=6 model.tokenizer.vocab_size=400"


def chromium() -> str | None:
    """Debian's chromium (Playwright's own browser download is out of reach)."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class AppServer:
    """`python scripts/app.py --port P --models-dir models` run in `root`; its console goes to `root/app.log`."""

    def __init__(self, root: Path, env: dict[str, str] | None = None, nohup: bool = False):
        self.root, self.port, self.nohup = root, free_port(), nohup
        self.url = f"http://127.0.0.1:{self.port}"
        places = {name: root / name.lower() for name in ("HOME", "TMPDIR", "XDG_CACHE_HOME", "GRADIO_TEMP_DIR")}
        for path in places.values():
            path.mkdir(parents=True, exist_ok=True)
        self.env = (os.environ | {"HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1", "WANDB_MODE": "offline",
                                  "PYTHONPATH": str(ROOT)} | SECRETS | {k: str(v) for k, v in places.items()}
                    | (env or {}))  # fmt: skip
        self.log = root / "app.log"

    def __enter__(self) -> AppServer:
        command = [sys.executable, str(ROOT / "scripts" / "app.py"), "--port", str(self.port), "--models-dir", "models"]
        with open(self.log, "wb") as log:
            self.process = subprocess.Popen(command, cwd=self.root, env=self.env, stdout=log, stderr=subprocess.STDOUT,
                                            preexec_fn=self._hangup)  # fmt: skip
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline and self.process.poll() is None:
            try:
                if httpx.get(self.url, timeout=5).status_code == 200:
                    return self
            except httpx.HTTPError:
                time.sleep(0.3)
        self.__exit__()
        raise RuntimeError(f"the page did not start: {self.log.read_text()[-3000:]}")

    def _hangup(self) -> None:
        """As from a terminal (SIGHUP ends it), or from `nohup` (SIGHUP ignored), whatever pytest runs under."""
        signal.signal(signal.SIGHUP, signal.SIG_IGN if self.nohup else signal.SIG_DFL)

    def __exit__(self, *exc) -> None:
        self.process.terminate()
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def client(self):
        from gradio_client import Client

        return Client(self.url, verbose=False, download_files=False)

    def training(self) -> list[int]:
        """The processes training now: each names itself in its run folder's owner file (`huggingtweets.resume`)."""
        owners = (self.root / "logs" / "checkpoints").glob("*.owner")
        return [int(m[1]) for path in owners if (m := re.match(r"pid (\d+) ", path.read_text()))]

    def written(self) -> list[Path]:
        """Every file the page and its runs wrote (console, run logs, progress files, models, caches)."""
        return [p for p in self.root.rglob("*") if p.is_file()]


def leaks(data: bytes | str) -> list[str]:
    """The names of the canary secrets found in `data` (as UTF-8 or UTF-16)."""
    data = data.encode() if isinstance(data, str) else data
    return [name for name, secret in SECRETS.items() if secret.encode() in data or secret.encode("utf-16-le") in data]


def wait_for(check, timeout: float = 300, every: float = 0.5):
    """`check()`'s first truthy value, polled until `timeout` seconds have passed (then an AssertionError)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if value := check():
            return value
        time.sleep(every)
    raise AssertionError(f"timed out after {timeout} s waiting for {getattr(check, '__name__', check)}")
