"""The run's record in the model directory (`huggingtweets.json`): the data settings, the split's identity, the base
model, the seed and the project's version, so `scripts/evaluate.py` finds the same held-out tweets and a card can be
rebuilt from a finished directory. No secrets are ever part of it (they live in the environment only), and the home
directory is written as `~`."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

from huggingtweets import __version__
from huggingtweets.atomic import recover
from huggingtweets.errors import UserError

RECORD = "huggingtweets.json"


def redact_home(value: Any) -> Any:
    """`value` with the home directory written as `~` in every string (a published record names no user)."""
    home = str(Path.home())
    if isinstance(value, os.PathLike):
        value = os.fspath(value)
    if isinstance(value, str):
        inside = value == home or value.startswith(home.rstrip(os.sep) + os.sep)
        return "~" + value[len(home) :] if home != "/" and inside else value
    if isinstance(value, dict):
        return {k: redact_home(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [redact_home(v) for v in value]
    return value


def readable_path(path: str | Path) -> str:
    """Relative to the working directory when inside it (no home directories in a card or a page), else absolute."""
    path = Path(path).resolve()
    relative = os.path.relpath(path)
    return relative if not relative.startswith("..") else str(path)


def is_local_model(name: str | None) -> bool:
    """A base model named by a folder on this machine (not a hub id, not "scratch")."""
    return bool(name) and name != "scratch" and Path(name).expanduser().exists()


def base_model_label(name: str) -> str:
    """How cards name a base model: a hub id as it is, a local folder by its name only (no home directories)."""
    if name == "scratch":
        return "none (trained from scratch)"
    return f"{Path(name).expanduser().name} (a local model)" if is_local_model(name) else name


def project_version() -> str:
    """The installed version, and the commit when the project runs from a git checkout (`+dirty` with local edits)."""
    root = Path(__file__).resolve().parents[1]
    if not (root / ".git").exists():
        return __version__
    try:
        run = lambda *args: subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True,  # noqa: E731
                                           timeout=10).stdout.strip()  # fmt: skip
        commit, dirty = run("rev-parse", "--short=12", "HEAD"), run("status", "--porcelain", "--untracked-files=no")
    except (OSError, subprocess.SubprocessError):
        return __version__
    return f"{__version__} ({commit}{'+dirty' if dirty else ''})" if commit else __version__


def make_record(data: dict, split: dict, base_model: str, **extra: Any) -> dict:
    """What reproduces the run: `data` are the data module's settings, `split` the split's identity."""
    seed = os.environ.get("PL_GLOBAL_SEED")  # set by lightning's seed_everything
    return redact_home(
        {
            "huggingtweets": project_version(),
            "data": data,
            "split": split,
            "base_model": base_model,
            "seed": int(seed) if seed else None,
            **extra,
        }  # fmt: skip
    )


def write_record(directory: Path, record: dict) -> Path:
    """The record, with the home directory written as `~` everywhere in it (it is published with the model)."""
    path = Path(directory) / RECORD
    path.write_text(json.dumps(redact_home(record), indent=1, default=str))
    return path


def read_record(directory: str | Path) -> dict:
    recover(Path(directory))  # (a directory a killed export set aside is put back)
    path = Path(directory) / RECORD
    if not path.is_file():
        raise UserError(f"{directory} holds no {RECORD}: is it a model directory this project wrote?")
    try:
        return json.loads(path.read_text())
    except (OSError, json.JSONDecodeError) as err:
        raise UserError(f"{path} is unreadable ({err})") from None
