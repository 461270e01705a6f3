"""Runs that survive being killed: run the same command again and it continues where it stopped, on the same
data and the same learning-rate curve.

Each run has a folder `<root>/<model name>-<key>/`, the key a hash of the composed config less what does not change
the training (loggers, run directories, the progress bar and file, where checkpoints go, export, card and hub settings,
`data.update`, `data.refresh`, `data.num_workers`). It holds `last.ckpt`, the resume point, written every
`train_time_interval` (or `every_n_train_steps`) of training at the end of an optimizer step, and the best
checkpoint by `val/loss` (`step*.ckpt`). Beside it,
`<folder>.data.json` names the cleaned-data cache entries the run trains on: a resumed run reads those, not posts
fetched since.

Every checkpoint is written under a temporary name and renamed into place (`AtomicCheckpointIO`), so a run killed
while saving keeps the previous one whole. While a run is alive it holds the folder's lock: the same command
started again meanwhile stops with one line naming it. Once the model directory is exported, `last.ckpt` is
deleted (in a sweep, the whole folder): the same command later trains again from step 0.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import json
import os
import re
import shutil
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from lightning.fabric.plugins import TorchCheckpointIO
from lightning.pytorch import LightningModule, Trainer
from lightning.pytorch.callbacks import ModelCheckpoint
from lightning.pytorch.utilities import rank_zero_info
from omegaconf import DictConfig, OmegaConf

from huggingtweets.atomic import write_atomically
from huggingtweets.errors import UserError
from huggingtweets.progress import note

LAST = "last.ckpt"
# config keys that say where things are written or how they are shown, not what is trained
_NOT_THE_RUN = ("logger", "ckpt_path", "hub", "optimized_metric", "hydra", "export", "progress")
_NOT_THE_RUN_CALLBACKS = ("progress_bar", "model_checkpoint", "last_checkpoint", "throughput", "lr_monitor", "progress")
_NOT_THE_RUN_DATA = ("num_workers", "refresh", "update")  # (the posts themselves: data.json)


class AtomicCheckpointIO(TorchCheckpointIO):
    """Lightning's checkpoint writer, writing each file under a temporary name renamed into place."""

    def save_checkpoint(self, checkpoint: dict[str, Any], path, storage_options: Any | None = None) -> None:
        partial = f"{path}.partial"
        super().save_checkpoint(checkpoint, partial, storage_options)
        os.replace(partial, path)


class RunCheckpoint(ModelCheckpoint):
    """Lightning's `ModelCheckpoint`, recording the length of the learning-rate schedule and refusing to resume
    one of a different length (the curve would jump). With `dirpath` left unset it writes into the run's folder
    (`RunFolder`, through `bind`)."""

    def __init__(self, dirpath: str | None = None, root: str | None = None, **kwargs: Any):
        super().__init__(dirpath=dirpath, **kwargs)
        self.root = Path(root) if root else None

    def bind(self, directory: Path) -> None:
        """Write into `directory` (the run's folder) unless a `dirpath` was configured."""
        if self.dirpath is None:
            self.dirpath = os.path.realpath(directory)

    def on_train_batch_end(self, trainer: Trainer, pl_module: LightningModule, outputs, batch, batch_idx: int) -> None:
        """Lightning's triggers, checked only where an optimizer step ends: a checkpoint taken between the
        micro-batches of an accumulated step would lose their gradients."""
        last = batch_idx + 1 == trainer.num_training_batches
        if (batch_idx + 1) % trainer.accumulate_grad_batches == 0 or last:
            super().on_train_batch_end(trainer, pl_module, outputs, batch, batch_idx)

    def on_save_checkpoint(self, trainer: Trainer, pl_module: LightningModule, checkpoint: dict) -> None:
        checkpoint["schedule"] = schedule_length(trainer)

    def _save_checkpoint(self, trainer: Trainer, filepath: str) -> None:
        super()._save_checkpoint(trainer, filepath)
        if Path(filepath).name == LAST and trainer.is_global_zero:  # the resume point, in the progress file
            note("checkpoint", step=trainer.global_step)

    def on_load_checkpoint(self, trainer: Trainer, pl_module: LightningModule, checkpoint: dict) -> None:
        self._resumed_schedule = checkpoint.get("schedule")

    def on_train_start(self, trainer: Trainer, pl_module: LightningModule) -> None:
        super().on_train_start(trainer, pl_module)  # (starts the clock of train_time_interval)
        saved = getattr(self, "_resumed_schedule", None)
        now = schedule_length(trainer)
        if saved and saved["steps"] != now["steps"]:
            devices = f", {saved['devices']} device(s)" if "devices" in saved else ""
            raise UserError(
                f"{trainer.ckpt_path} was trained on a learning-rate schedule of {saved['steps']} steps "
                f"(trainer.max_epochs={saved['max_epochs']}, trainer.max_steps={saved['max_steps']}{devices}); this "
                f"run's has {now['steps']} ({now['devices']} device(s)), so the learning rate would jump: resume with "
                "the same trainer.max_epochs, trainer.max_steps and number of devices, or start a new run from the "
                "exported model (model.name_or_path=DIR)"
            )


def schedule_length(trainer: Trainer) -> dict:
    """What sizes the learning-rate schedule (`TweetLM.configure_optimizers`): the run's optimizer steps."""
    from huggingtweets.model import optimizer_steps

    steps = optimizer_steps(trainer)
    return {
        "steps": int(steps) if steps != float("inf") else -1,
        "max_epochs": trainer.max_epochs,
        "max_steps": trainer.max_steps,
        "devices": trainer.world_size,
    }


def run_key(cfg: DictConfig) -> str:
    """A hash of what the run trains: the resolved config less where it writes and how it fetches posts."""
    cfg = cfg.copy()
    with_paths = cfg.get("paths")
    if with_paths is not None and "output_dir" in with_paths:
        OmegaConf.update(cfg, "paths.output_dir", "RUN", force_add=True)  # (each launch has its own)
    tree = OmegaConf.to_container(cfg, resolve=True)
    for key in _NOT_THE_RUN:
        tree.pop(key, None)
    for key in _NOT_THE_RUN_CALLBACKS:
        (tree.get("callbacks") or {}).pop(key, None)
    for key in _NOT_THE_RUN_DATA:
        (tree.get("data") or {}).pop(key, None)
    (tree.get("paths") or {}).clear()
    for key in ("default_root_dir", "enable_progress_bar"):
        (tree.get("trainer") or {}).pop(key, None)
    blob = json.dumps(tree, sort_keys=True, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()[:12]


class RunFolder:
    """One run's folder (see the module docstring).

    Args:
        root: where run folders live (`callbacks.*.root`).
        name: the model's name (its accounts).
        cfg: the composed config, hashed into the folder's name (`run_key`).
    """

    def __init__(self, root: str | Path, name: str, cfg: DictConfig):
        self.name = name
        self.path = Path(root) / f"{name}-{run_key(cfg)}"
        self._lock = FileLock(str(self.path.with_name(f"{self.path.name}.lock")), timeout=0)
        self._owner = self.path.with_name(f"{self.path.name}.owner")
        self._data = self.path.with_name(f"{self.path.name}.data.json")

    @contextlib.contextmanager
    def claimed(self) -> Iterator[None]:
        """Hold the folder while this run lives; another process holding it stops this one with one line. (The
        lock is the system's: a killed run leaves none.)"""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._lock.acquire()
        except Timeout:
            owner = self._owner.read_text().strip() if self._owner.exists() else "another process"
            raise UserError(
                f"the same run is already training ({owner}; its folder is {self.path}): wait for it to finish, "
                "or change a setting to start a different run"
            ) from None
        try:
            started = time.strftime("%Y-%m-%d %H:%M:%S")
            self._owner.write_text(f"pid {os.getpid()} on {socket.gethostname()}, started {started}")
            yield
        finally:
            self._owner.unlink(missing_ok=True)
            self._lock.release()

    @property
    def last(self) -> Path:
        return self.path / LAST

    def resumable(self) -> list | None:
        """The data (`Corpus.cleaned_keys`) of an unfinished run in this folder, or None."""
        try:
            return json.loads(self._data.read_text()) if self.last.is_file() else None
        except (OSError, json.JSONDecodeError):
            return None

    def others_unfinished(self) -> list[Path]:
        """`last.ckpt` of unfinished runs of the same accounts with other settings."""
        ours = re.compile(rf"{re.escape(self.name)}-[0-9a-f]{{12}}")
        found = sorted(self.path.parent.glob(f"{glob.escape(self.name)}-*/{LAST}"))
        return [path for path in found if path.parent != self.path and ours.fullmatch(path.parent.name)]

    def start(self, data: list) -> None:
        """A fresh start: clear what an earlier run left here and record the data this one trains on."""
        shutil.rmtree(self.path, ignore_errors=True)
        self.record(data)

    def record(self, data: list) -> None:
        """Record the data (`Corpus.cleaned_keys`) the run in this folder trains on."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(self._data, json.dumps(data))

    def finish(self, remove: bool = False) -> None:
        """Exported: the run is finished, not resumable (`remove`: nor kept, as in sweeps, GBs per trial)."""
        if remove:
            shutil.rmtree(self.path, ignore_errors=True)
            self._data.unlink(missing_ok=True)
        else:
            self.last.unlink(missing_ok=True)

    def announce_resume(self) -> None:
        rank_zero_info(
            f"Resuming the same run from {self.last}: it was stopped before finishing; it continues on the posts it "
            f"started with (newer posts are fetched by the next new run; delete {self.path} or set "
            "data.refresh=true to start over)"
        )
