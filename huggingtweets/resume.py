"""Runs that survive being killed: checkpoints written atomically into a folder named after what the run is, so
that running the same command again finds `last.ckpt` there and continues on the same learning-rate curve.

The run's folder is `<root>/<model name>-<key>/`, the key a hash of the composed config (less what does not change
the training: loggers, paths of run directories, the progress bar, where checkpoints go, hub settings) and of the
accounts' cleaned data. It holds `last.ckpt` (the resume point, every `train_time_interval` or
`every_n_train_steps`) and the best checkpoint by `val/loss`. Once training has finished and the model directory is
complete, `last.ckpt` is deleted: the same command later trains again from step 0 (replacing the folder's best
checkpoint) instead of "resuming" a finished run.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from lightning.pytorch import Callback, LightningModule, Trainer
from lightning.pytorch.callbacks import ModelCheckpoint
from lightning.pytorch.utilities import rank_zero_info, rank_zero_only
from omegaconf import DictConfig, OmegaConf

from huggingtweets import in_multirun
from huggingtweets.errors import UserError
from huggingtweets.guards import FiniteLoss

LAST = "last.ckpt"
# config keys that say where things are written or how they are shown, not what is trained
_NOT_THE_RUN = ("logger", "ckpt_path", "hub", "optimized_metric", "hydra")
_NOT_THE_RUN_CALLBACKS = (
    "progress_bar",
    "model_checkpoint",
    "last_checkpoint",
    "throughput",
    "lr_monitor",
    "save_model",
)  # (what is exported and how its card reads, not what is trained)


class RunCheckpoint(ModelCheckpoint):
    """Lightning's `ModelCheckpoint`, writing each file under a temporary name renamed into place (a run killed
    while saving leaves the previous checkpoint whole), recording the length of the learning-rate schedule, and
    refusing to resume one of a different length (the curve would jump). With `dirpath` left unset, `train`
    points it at the run's own folder (`bind`). With `save_last`, `last.ckpt` is deleted once training finishes.
    """

    def __init__(self, dirpath: str | None = None, root: str | None = None, **kwargs: Any):
        super().__init__(dirpath=dirpath, **kwargs)
        self.root = Path(root) if root else None

    def bind(self, directory: Path) -> None:
        """Write into `directory` (the run's folder) unless a `dirpath` was configured."""
        if self.dirpath is None:
            self.dirpath = os.path.realpath(directory)

    def _save_checkpoint(self, trainer: Trainer, filepath: str) -> None:
        for callback in trainer.callbacks:  # never save weights that have gone NaN
            if isinstance(callback, FiniteLoss):
                callback.check_finite(trainer)
        partial = f"{filepath}.partial"
        super()._save_checkpoint(trainer, partial)
        if trainer.is_global_zero and os.path.exists(partial):
            os.replace(partial, filepath)
        self._last_checkpoint_saved = filepath

    def on_save_checkpoint(self, trainer: Trainer, pl_module: LightningModule, checkpoint: dict) -> None:
        checkpoint["schedule"] = schedule_length(trainer)

    def on_load_checkpoint(self, trainer: Trainer, pl_module: LightningModule, checkpoint: dict) -> None:
        self._resumed_schedule = checkpoint.get("schedule")

    def on_train_start(self, trainer: Trainer, pl_module: LightningModule) -> None:
        saved = getattr(self, "_resumed_schedule", None)
        now = schedule_length(trainer)
        if saved and saved["steps"] != now["steps"]:
            raise UserError(
                f"{trainer.ckpt_path} was trained on a learning-rate schedule of {saved['steps']} steps "
                f"(trainer.max_epochs={saved['max_epochs']}, trainer.max_steps={saved['max_steps']}); this run's has "
                f"{now['steps']}, so the learning rate would jump: resume with the same trainer.max_epochs and "
                "trainer.max_steps, or start a new run from the exported model (model.name_or_path=DIR)"
            )

    def on_fit_end(self, trainer: Trainer, pl_module: LightningModule) -> None:
        if self.save_last and not trainer.interrupted and trainer.is_global_zero and self.dirpath:
            Path(self.dirpath, LAST).unlink(missing_ok=True)  # finished: the same command trains again
            self.last_model_path = ""
            if in_multirun():  # a sweep's job keeps its exported model, not a checkpoint per trial (GBs each)
                shutil.rmtree(self.dirpath, ignore_errors=True)


def schedule_length(trainer: Trainer) -> dict:
    """What sizes the learning-rate schedule (`TweetLM.configure_optimizers`): the trainer's stepping batches."""
    steps = trainer.estimated_stepping_batches
    return {
        "steps": int(steps) if steps != float("inf") else -1,
        "max_epochs": trainer.max_epochs,
        "max_steps": trainer.max_steps,
    }


def run_key(cfg: DictConfig, data: Sequence[str]) -> str:
    """A hash of what the run trains: the resolved config less where it writes, and the data's cache keys."""
    cfg = cfg.copy()
    with_paths = cfg.get("paths")
    if with_paths is not None and "output_dir" in with_paths:
        OmegaConf.update(cfg, "paths.output_dir", "RUN", force_add=True)  # (each launch has its own)
    tree = OmegaConf.to_container(cfg, resolve=True)
    for key in _NOT_THE_RUN:
        tree.pop(key, None)
    for key in _NOT_THE_RUN_CALLBACKS:
        (tree.get("callbacks") or {}).pop(key, None)
    (tree.get("trainer") or {}).pop("default_root_dir", None)
    (tree.get("data") or {}).pop("num_workers", None)
    (tree.get("trainer") or {}).pop("enable_progress_bar", None)
    blob = json.dumps([tree, list(data)], sort_keys=True, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()[:12]


def prepare(callbacks: Sequence[Callback], cfg: DictConfig, name: str, data: Sequence[str]) -> str | None:
    """Point the `RunCheckpoint`s at the run's folder and return its `last.ckpt` when the same run was stopped
    before finishing (None: a fresh start, which clears what a finished identical run left there)."""
    checkpoints = [c for c in callbacks if isinstance(c, RunCheckpoint)]
    roots = {c.root for c in checkpoints if c.root is not None and c.dirpath is None}
    if not roots:
        return None
    if len(roots) > 1:
        raise UserError("callbacks: every checkpoint callback's root must be the same folder")
    folder = Path(next(iter(roots))) / f"{name}-{run_key(cfg, data)}"
    for callback in checkpoints:
        callback.bind(folder)
    last = folder / LAST
    if last.is_file():
        rank_zero_info(
            f"Resuming the same run from {last}: it was stopped before finishing (delete {folder} to start over)"
        )
        return str(last)
    for other in sorted(Path(folder.parent).glob(f"{name}-*/{LAST}")):  # an unfinished run with other settings
        rank_zero_info(f"Note: {other} is an unfinished run of {name} with other settings or data; this run starts "
                       f"afresh (resume that one with ckpt_path={other}, or delete {other.parent})")  # fmt: skip
    _clear(folder)
    return None


@rank_zero_only
def _clear(folder: Path) -> None:
    if folder.is_dir():
        shutil.rmtree(folder, ignore_errors=True)
