"""A run's progress as JSON lines (`progress=PATH`): each download page, the data table, the loss as training goes,
each validation, each resume point saved, the export and the end, one event a line, for a page (scripts/app.py) or
a script to follow while train.py runs. Nothing is written without a progress file; no event holds a secret.

    {"t": 1764553021.4, "event": "step", "step": 40, "total": 200, "loss": 3.91, "epoch": 0, "eta_s": 52.0}

Events: `download` (user, posts, pages, expected), `data` (accounts: one row of counts each), `fit` (step, total,
resumed), `step` (step, total, loss, epoch, eta_s), `validation` (step, ppl, loss), `checkpoint` (step: a `last.ckpt`
saved, where the same command resumes), `export` (model_dir), `done` (model_dir), `pushed` (url), `error` (message:
the one line the command line prints).
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)
log.propagate = False  # events go to the progress file alone, not the run's log


def note(event: str, **fields: object) -> None:
    """Record an event in the progress file (when one is open: `recording`)."""
    if log.handlers:
        log.info(event, extra={"fields": fields})


class _JsonLine(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return json.dumps({"t": round(record.created, 3), "event": record.getMessage(), **record.fields}, default=str)


@contextlib.contextmanager
def recording(path: str | Path | None) -> Iterator[None]:
    """Append the events noted meanwhile to `path` (nothing when it is None)."""
    if not path:
        yield
        return
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(path, encoding="utf-8")  # (flushed at each event)
    handler.setFormatter(_JsonLine())
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    try:
        yield
    finally:
        log.removeHandler(handler)
        handler.close()


@dataclass
class State:
    """What a progress file says so far."""

    phase: str = "starting"  # starting, download, training, export, done, error
    downloads: dict[str, dict] = field(default_factory=dict)  # user -> {posts, pages, expected}
    accounts: list[dict] = field(default_factory=list)  # the data table, one row per account
    step: int = 0
    total: int | None = None
    resumed_from: int | None = None  # the step a resumed run went on from
    checkpoint: int | None = None  # the step of the last resume point saved
    losses: list[tuple[int, float]] = field(default_factory=list)
    perplexities: list[tuple[int, float]] = field(default_factory=list)  # held-out, per tweet
    eta_s: float | None = None
    model_dir: str | None = None
    url: str | None = None
    error: str | None = None


class Follower:
    """Reads a progress file as it grows (complete lines only) into a `State`."""

    def __init__(self, path: str | Path):
        self.path, self.offset, self.state = Path(path), 0, State()

    def update(self) -> State:
        try:
            with open(self.path, "rb") as file:
                file.seek(self.offset)
                chunk = file.read()
        except FileNotFoundError:
            return self.state
        complete = chunk[: chunk.rfind(b"\n") + 1]
        self.offset += len(complete)
        for line in complete.decode("utf-8", errors="replace").splitlines():
            with contextlib.suppress(json.JSONDecodeError, TypeError, KeyError):
                self._apply(json.loads(line))
        return self.state

    def _apply(self, event: dict) -> None:
        state, kind = self.state, event["event"]
        if kind == "download":
            state.phase = "download"
            state.downloads[event["user"]] = {k: event.get(k) for k in ("posts", "pages", "expected")}
        elif kind == "data":
            state.accounts = event["accounts"]
        elif kind == "fit":
            state.phase, state.step, state.total = "training", event["step"], event["total"]
            state.resumed_from = event["step"] if event.get("resumed") else None
        elif kind == "step":
            state.step, state.total, state.eta_s = event["step"], event["total"], event.get("eta_s")
            if event.get("loss") is not None:
                state.losses.append((event["step"], event["loss"]))
        elif kind == "validation" and event.get("ppl") is not None:
            state.step = max(state.step, event["step"])
            state.perplexities.append((event["step"], event["ppl"]))
        elif kind == "checkpoint":
            state.checkpoint, state.step = event["step"], max(state.step, event["step"])
        elif kind == "export":
            state.phase, state.eta_s = "export", None
        elif kind == "done":
            state.phase, state.model_dir = "done", event["model_dir"]
        elif kind == "pushed":
            state.url = event["url"]
        elif kind == "error":
            state.phase, state.error = "error", event["message"]
