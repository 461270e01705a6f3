"""The page's training runs (scripts/app.py), apart from the page: the train.py command its form stands for, and one
train.py child process at a time, started, followed through its progress file (`huggingtweets.progress`) and
stopped. A run that crashes, runs out of memory or is killed takes only itself down; starting it again with the same
settings resumes it from its last checkpoint, as the same command line does."""

from __future__ import annotations

import contextlib
import os
import re
import shlex
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from huggingtweets.corpus import parse_users
from huggingtweets.errors import UserError
from huggingtweets.progress import Follower, State
from huggingtweets.record import readable_path

ROOT = Path(__file__).resolve().parents[1]  # where train.py is
PRESETS = ("tiny", "gpt2", "smollm2")
LENGTHS = ("steps", "epochs")
BALANCES = ("none", "upsample", "temperature")
OWN = ("users", "progress", "paths.models_dir")  # the form's own settings: not for "other settings"
PLAIN = re.compile(r"[\w.@/-][\w.:@/-]*")  # what an override's value may be without quotes...
NOT_A_STRING = re.compile(r"[\d.e_+-]+|null|true|false|[+-]?(nan|inf)", re.IGNORECASE)  # ...unless Hydra reads it so
OVERRIDE = re.compile(r"(?:[+~]|\+\+)?[A-Za-z_][\w.\-/@]*(?:=.*)?")
STOP_GRACE = 15.0  # seconds between asking a run to stop (SIGTERM) and ending it (SIGKILL)


def quoted(name: str, value: str) -> str:
    """`value` as Hydra's override grammar reads it back: as it is when plain, else in double quotes."""
    if '"' in value or "${" in value or value.endswith("\\"):
        raise UserError(f"{name}: {value!r} holds a double quote, a ${{ or a trailing backslash, which the page cannot "
                        "pass on; run train.py from the command line instead")  # fmt: skip
    plain = PLAIN.fullmatch(value) and not NOT_A_STRING.fullmatch(value)
    return value if plain else f'"{value}"'


def split_users(text: str) -> list[str]:
    """The accounts as typed, `dril, fart` or `[dril, fart]` or one a line (or `dril fart`, when no entry holds a
    space): the `users=[...]` entries."""
    text = text.strip().removeprefix("[").removesuffix("]")
    entries = re.split(r"[,\n]", text) if re.search(r"[,\n]", text) else text.split()
    return [entry.strip() for entry in entries if entry.strip()]


@dataclass
class TrainForm:
    """The Train tab's fields; `overrides()` turns them into train.py's command line.

    users: the `users=[...]` entries with their source prefixes (`dril`, `bsky:name.bsky.social`, ...).
    archive_dir: where plain handles are looked up (`data.archive_dir`).
    model: a preset of conf/model/; base_model: its `model.name_or_path` (a local folder), empty for the preset's.
    length, amount: train for `amount` optimizer steps or epochs.
    conditioning, balance: with several accounts, one model that writes as each on request, and how they are mixed.
    other: more overrides, as on the command line (`trainer.precision=32-true export.card.copy_samples=20`).
    """

    users: str
    archive_dir: str = ""
    model: str = "tiny"
    base_model: str = ""
    length: str = "steps"
    amount: int = 200
    conditioning: bool = True
    balance: str = "upsample"
    other: str = ""

    def overrides(self) -> list[str]:
        """train.py's overrides for this form; a one-line `UserError` naming the field to fix."""
        entries = split_users(self.users)
        specs = parse_users(entries)  # the command line's checks: one line naming a bad entry
        args = [f"users=[{','.join(quoted('users', entry) for entry in entries)}]"]
        if self.archive_dir.strip():
            args.append(f"data.archive_dir={quoted('posts folder', self.archive_dir.strip())}")
        if self.model not in PRESETS:
            raise UserError(f"model {self.model!r}: choose one of {', '.join(PRESETS)}")
        args.append(f"model={self.model}")
        if self.base_model.strip():
            if self.model == "tiny":
                raise UserError("the tiny model is built from scratch: leave its base model folder empty")
            args.append(f"model.name_or_path={quoted('base model', self.base_model.strip())}")
        amount = int(self.amount) if isinstance(self.amount, float) and self.amount.is_integer() else self.amount
        if self.length not in LENGTHS or not isinstance(amount, int) or isinstance(amount, bool) or amount < 1:
            raise UserError(f"{self.length}={self.amount}: train for a whole number of steps or epochs, at least 1")
        steps = self.length == "steps"
        args += [f"trainer.max_steps={amount if steps else -1}", f"trainer.max_epochs={-1 if steps else amount}"]
        if len(specs) > 1:
            if self.balance not in BALANCES:
                raise UserError(f"balance {self.balance!r}: choose one of {', '.join(BALANCES)}")
            args += [f"model.conditioning={'user' if self.conditioning else 'none'}", f"data.balance={self.balance}"]
        return args + other_settings(self.other)


def other_settings(text: str) -> list[str]:
    """The "other settings" box: overrides as on the command line, checked to be settings (no flags)."""
    try:
        items = shlex.split(text)
    except ValueError as err:
        raise UserError(f"other settings: {err}; write key=value pairs separated by spaces") from None
    for item in items:
        key = item.lstrip("+~").split("=", 1)[0]
        if not OVERRIDE.fullmatch(item) or ("=" not in item and not item.startswith("~")):
            raise UserError(f"other settings: {item!r} is not a setting; write key=value, e.g. trainer.max_steps=100")
        if key in OWN:
            raise UserError(f"other settings: {key} is set by the form (or by the page itself); leave it out here")
        if "${" in item:  # (resolvers read the environment: a secret would come back in an error line)
            raise UserError(f"other settings: {item!r}: interpolations are for the command line only")
    return items


@dataclass
class Status:
    """Where the page's run stands: one line for people, and what its progress file said."""

    message: str
    running: bool = False
    state: State = field(default_factory=State)
    output: Path | None = None  # the run's console output


class Runner:
    """One train.py child at a time, writing its models under `models_dir`; its console output and progress file go
    to `logs_dir/<time>/`. Every method is safe to call from the page's threads."""

    def __init__(self, models_dir: str | Path, logs_dir: str | Path, cwd: str | Path | None = None):
        self.models_dir, self.logs_dir = Path(models_dir).resolve(), Path(logs_dir).resolve()
        self.cwd = Path(cwd or os.getcwd()).resolve()
        self.lock = threading.Lock()
        self.process: subprocess.Popen | None = None
        self.follower: Follower | None = None
        self.output: Path | None = None
        self.stopping = False

    def command(self, form: TrainForm, progress: Path) -> list[str]:
        return [sys.executable, str(ROOT / "train.py"), *form.overrides(), f"paths.models_dir={self.models_dir}",
                f"progress={progress}"]  # fmt: skip

    def start(self, form: TrainForm) -> Status:
        """Start training (a `UserError` for a bad form, or while another run is alive)."""
        with self.lock:
            if self.process is not None and self.process.poll() is None:
                raise UserError(f"a run is already training ({self._headline()}); stop it first, or wait for it")
            folder = self.logs_dir / datetime.now().strftime("%Y-%m-%d_%H-%M-%S-%f")
            command = self.command(form, folder / "progress.jsonl")
            folder.mkdir(parents=True, exist_ok=True)
            self.output = folder / "output.log"
            with open(self.output, "wb") as output:  # (the child keeps its own copy of the file)
                self.process = subprocess.Popen(
                    command, cwd=self.cwd, stdin=subprocess.DEVNULL, stdout=output, stderr=subprocess.STDOUT,
                    env=os.environ | {"PYTHONUNBUFFERED": "1"}, start_new_session=True,
                )  # fmt: skip
            self.follower, self.stopping = Follower(folder / "progress.jsonl"), False
        return self.status()

    def stop(self, grace: float = STOP_GRACE) -> Status:
        """Ask the run to stop (SIGTERM to its process group), and end it after `grace` seconds if it has not."""
        with self.lock:
            process = self.process
            if process is None or process.poll() is not None:
                return self._status()
            self.stopping = True
            _signal_group(process, signal.SIGTERM)
        try:
            process.wait(grace)
        except subprocess.TimeoutExpired:
            _signal_group(process, signal.SIGKILL)
            process.wait()
        return self.status()

    def status(self) -> Status:
        with self.lock:
            return self._status()

    def _status(self) -> Status:
        if self.process is None or self.follower is None:
            return Status("No run started yet.")
        state, code = self.follower.update(), self.process.poll()
        if code is None:
            return Status(self._headline(), True, state, self.output)
        return Status(self._ending(code, state), False, state, self.output)

    def _headline(self) -> str:
        state = self.follower.update()
        if state.phase == "download":
            read = ", ".join(f"{user} {d['posts']:,} posts ({d['pages']} pages)" for user, d in state.downloads.items())
            return f"Downloading posts: {read}"
        if state.phase == "training":
            line = f"Training: step {state.step:,}" + (f" of {state.total:,}" if state.total else "")
            if state.losses:
                line += f" · loss {state.losses[-1][1]:.3f}"
            if state.perplexities:
                line += f" · held-out perplexity {state.perplexities[-1][1]:.1f}"
            if state.eta_s is not None:
                line += f" · {_duration(state.eta_s)} left"
            return line + (f" · resumed from step {state.resumed_from:,}" if state.resumed_from else "")
        if state.phase == "export":
            return "Writing the model directory: evaluating it and sampling tweets for its card"
        return "Starting: reading the accounts' posts" if not state.accounts else "Preparing the model"

    def _ending(self, code: int, state: State) -> str:
        if code == 0:
            where = readable_path(state.model_dir) if state.model_dir else "its models folder"
            return f"Done: the model is in {where}" + (f", published at {state.url}" if state.url else "")
        resume = (f"its last checkpoint (step {state.checkpoint:,})" if state.checkpoint is not None
                  else "the last checkpoint saved before (none in this session)")  # fmt: skip
        again = f"Start again with the same settings to resume from {resume}."
        if state.error:  # (an error train.py reported, even one that came with a stop from the page, is the news)
            return f"error: {state.error}"
        if self.stopping:  # (a crash while stopping is the stop's doing: e.g. DataLoader workers the SIGTERM ended)
            return f"Stopped at step {state.step:,}. {again}"
        number = -code if code < 0 else code - 128  # killed by a signal, or (SIGTERM) exited as if
        if number in (signal.SIGTERM, signal.SIGKILL, signal.SIGINT, signal.SIGHUP):
            name = signal.Signals(number).name
            why = " (from outside, or for lack of memory)" if name == "SIGKILL" else " from outside"
            return f"The run was stopped by {name}{why} at step {state.step:,}. {again}"
        return f"The run failed (exit status {code}): {_last_line(self.output)}. Its whole output: {self.output}"


def _signal_group(process: subprocess.Popen, sig: signal.Signals) -> None:
    if not hasattr(os, "killpg"):  # Windows
        process.kill() if sig == signal.SIGKILL else process.terminate()
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, sig)  # (train.py and any processes it started)


def _duration(seconds: float) -> str:
    seconds = round(seconds)
    return (
        f"{seconds} s"
        if seconds < 90
        else f"{round(seconds / 60)} min"
        if seconds < 5400
        else f"{seconds / 3600:.1f} h"
    )


def _last_line(path: Path | None) -> str:
    """The last line a failed run printed (a traceback's last line names the error), Hydra's hint left out."""
    try:
        lines = [line.strip() for line in path.read_text(errors="replace").splitlines()
                 if line.strip() and "HYDRA_FULL_ERROR" not in line]  # fmt: skip
    except (OSError, AttributeError):
        return "no output"
    return lines[-1][:300] if lines else "no output"
