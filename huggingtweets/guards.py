"""What stops a run early and clearly: settings that cannot work (checked before any data is read), errors the
user can fix turned into one line, and a loss that stops being finite."""

from __future__ import annotations

import contextlib
import errno
import logging
import math
import re
import tempfile
from pathlib import Path
from typing import Any

import torch
from lightning.pytorch import Callback, LightningModule, Trainer
from omegaconf import DictConfig

from huggingtweets.errors import Diverged, UserError

# what the disk says when it cannot take a file, and what to do about it
_DISK = {
    errno.ENOSPC: "free some space or point paths.* elsewhere",
    errno.EDQUOT: "free some space or point paths.* elsewhere",
    errno.EACCES: "make it writable or point paths.* elsewhere",
    errno.EPERM: "make it writable or point paths.* elsewhere",
    errno.EROFS: "point paths.* at a writable disk",
}


def _check(ok: bool, message: str) -> None:
    if not ok:
        raise UserError(message)


def _numbers(settings: dict[str, object]) -> None:
    """Each setting that is given is a number (text such as '3e-4' in quotes is not)."""
    for key, value in settings.items():
        _check(value is None or (isinstance(value, int | float) and not isinstance(value, bool)),
               f"{key}={value!r} is {type(value).__name__}, not a number; write it without quotes")  # fmt: skip


def check_settings(cfg: DictConfig) -> None:
    """Refuse settings that would fail late (after downloading and tokenizing) or train silently wrong."""
    trainer, model = cfg.get("trainer") or {}, cfg.get("model") or {}
    optimizer, scheduler = model.get("optimizer") or {}, model.get("scheduler") or {}
    _numbers(
        {f"model.optimizer.{k}": optimizer.get(k) for k in ("lr", "weight_decay")}
        | {f"model.scheduler.{k}": scheduler.get(k) for k in ("warmup_fraction", "min_lr_ratio")}
        | {f"trainer.{k}": trainer.get(k) for k in ("gradient_clip_val", "max_epochs", "max_steps")}
    )
    lr = optimizer.get("lr")
    _check(lr is None or (isinstance(lr, (int, float)) and 0 < lr < math.inf),
           f"model.optimizer.lr={lr} must be a number above 0 (e.g. 3e-4)")  # fmt: skip
    decay = optimizer.get("weight_decay")
    _check(decay is None or decay >= 0, f"model.optimizer.weight_decay={decay} must be 0 or more")
    warmup = scheduler.get("warmup_fraction")
    _check(warmup is None or 0 <= warmup < 1, f"model.scheduler.warmup_fraction={warmup} must lie in [0, 1)")
    floor = scheduler.get("min_lr_ratio")
    _check(floor is None or 0 <= floor <= 1, f"model.scheduler.min_lr_ratio={floor} must lie in [0, 1]")
    if "decay" in scheduler:
        from huggingtweets.model import check_decay

        check_decay(scheduler.get("decay"))
    accumulate = trainer.get("accumulate_grad_batches", 1)
    _check(isinstance(accumulate, int) and accumulate >= 1,
           f"trainer.accumulate_grad_batches={accumulate} must be a whole number of at least 1")  # fmt: skip
    clip = trainer.get("gradient_clip_val")
    _check(clip is None or clip >= 0, f"trainer.gradient_clip_val={clip} must be 0 (off) or more")
    epochs, steps = trainer.get("max_epochs"), trainer.get("max_steps", -1)
    _check(epochs != 0 and steps != 0,
           "trainer.max_epochs=0 or trainer.max_steps=0 trains nothing; give the run a length")  # fmt: skip
    _check(
        not (epochs == -1 and steps in (-1, None)),
        "trainer.max_epochs and trainer.max_steps are both unlimited; the learning-rate schedule needs an end",
    )
    _check(steps is None or steps >= -1, f"trainer.max_steps={steps} must be -1 (no limit) or a number of steps")


def check_validation_interval(trainer: Trainer, datamodule) -> None:
    """A `trainer.val_check_interval` given in steps must fit in an epoch (Lightning would stop with a traceback)."""
    interval = trainer.val_check_interval
    if not isinstance(interval, int) or trainer.check_val_every_n_epoch is None:
        return
    datamodule.setup("fit")
    rows = -(-len(datamodule.train_set) // max(1, trainer.world_size))  # each process's share
    batches = -(-rows // datamodule.batch_size)
    _check(interval <= batches,
           f"trainer.val_check_interval={interval} is more than the {batches} training batches of an epoch: lower "
           "it, give a fraction of an epoch (e.g. 0.5), or set trainer.check_val_every_n_epoch=null to count steps "
           "across epochs")  # fmt: skip


def check_writable(directory: str | Path, setting: str) -> None:
    """Stop with one line unless a file can be written in `directory` (before hours of training, not after);
    folders created for the test are removed again, so a run that stops later leaves none behind."""
    path = Path(directory)
    created = [p for p in (path, *path.parents) if not p.exists()]
    try:
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path, prefix=".write-test-"):
            pass
    except OSError as err:
        reason = err.strerror or type(err).__name__
        raise UserError(f"{setting}={directory} is not a writable folder ({reason}); choose another") from None
    finally:
        for folder in created:  # (deepest first)
            with contextlib.suppress(OSError):
                folder.rmdir()


def as_user_error(err: BaseException) -> UserError | None:
    """The one-line error a user can act on hidden in `err`, or None when `err` is a bug: a `UserError` that Hydra
    wrapped while building an object, a config value the object refused (named by its config key), or a disk that
    is full or read-only."""
    from hydra.errors import InstantiationException

    if isinstance(err, UserError):
        return err
    if isinstance(err, InstantiationException):
        cause = err.__cause__
        if isinstance(cause, UserError):
            return cause
        if isinstance(cause, (ValueError, TypeError)) or type(cause).__name__ == "MisconfigurationException":
            logging.getLogger(__name__).info("a config value was refused", exc_info=cause)  # kept in train.log
            key = re.search(r"full_key: (\S+)", str(err))
            where = key.group(1) if key else "the config"
            first = str(cause).strip().splitlines()[0] if str(cause).strip() else type(cause).__name__
            return UserError(f"{where}: {first}; fix the {where}.* settings")
        return as_user_error(cause) if cause is not None else None
    if isinstance(err, OSError) and err.errno in _DISK:
        where = f" at {err.filename}" if err.filename else ""
        return UserError(f"{err.strerror}{where}; {_DISK[err.errno]}")
    return None


class FiniteLoss(Callback):
    """Stops training with one line when the loss is NaN or infinite, before any checkpoint or export is written
    from the broken weights (the last checkpoint saved stays the last good one). The test accumulates on the
    device and is read once per logging interval, before each checkpoint and when training ends, so it adds no
    host syncs."""

    def __init__(self) -> None:
        self._bad: torch.Tensor | None = None
        self._since = 0  # the step of the last check that passed
        self._checked = -1  # the step last checked

    def on_train_start(self, trainer: Trainer, pl_module: LightningModule) -> None:
        self._since = trainer.global_step  # (a resumed run starts where its checkpoint left off)

    def on_train_batch_end(
        self, trainer: Trainer, pl_module: LightningModule, outputs: Any, batch: Any, batch_idx: int
    ) -> None:
        loss = outputs.get("loss") if isinstance(outputs, dict) else outputs
        if loss is None:
            return
        bad = ~torch.isfinite(loss.detach()).all()
        self._bad = bad if self._bad is None else self._bad | bad
        step = trainer.global_step  # (the same for each micro-batch of an accumulated step: checked once)
        if step % max(1, trainer.log_every_n_steps) == 0 and step != self._checked:
            self._checked = step
            self.check_finite(trainer)

    def on_save_checkpoint(self, trainer: Trainer, pl_module: LightningModule, checkpoint: dict) -> None:
        self.check_finite(trainer)  # (every process builds the checkpoint; raising here writes none)

    def on_train_end(self, trainer: Trainer, pl_module: LightningModule) -> None:
        self.check_finite(trainer)

    def check_finite(self, trainer: Trainer) -> None:
        if self._bad is None:
            return
        bad = trainer.strategy.reduce_boolean_decision(bool(self._bad), all=False)  # any process
        self._bad = None
        if not bad:
            self._since = trainer.global_step
            return
        last = next((c.last_model_path for c in trainer.checkpoint_callbacks if getattr(c, "last_model_path", "")),
                    "")  # fmt: skip
        keep = (
            f"the last good checkpoint is {last} (its optimizer keeps the learning rate that diverged: start a new "
            f"run with a lower model.optimizer.lr, from scratch or from an exported model)"
            if last and Path(last).is_file()
            else "no checkpoint had been saved yet"
        )
        raise Diverged(
            f"the training loss became NaN or infinite between steps {self._since} and {trainer.global_step}; "
            f"nothing was exported and {keep}; lower model.optimizer.lr or use trainer.precision=32-true"
        )


def translated(function, *args: Any) -> Any:
    """`function(*args)`, with the errors `as_user_error` recognises raised as the `UserError` they stand for."""
    try:
        return function(*args)
    except Exception as err:
        problem = as_user_error(err)
        if problem is None or problem is err:
            raise
        raise problem from None
