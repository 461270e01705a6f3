"""Faults the hardening tests inject into a real run through the config (`+callbacks.NAME._target_=...`)."""

from __future__ import annotations

import hashlib
import time

import torch
from lightning.pytorch import Callback


class Crash(Callback):
    """Raises (as a crash would stop the process) once training reaches `step`."""

    def __init__(self, step: int):
        self.step = step

    def on_train_batch_end(self, trainer, pl_module, outputs, batch, batch_idx):
        if trainer.global_step >= self.step:
            raise RuntimeError(f"crashed at step {trainer.global_step}")


class Slow(Callback):
    """Sleeps after every step, so that a test can kill the run between two checkpoints."""

    def __init__(self, seconds: float):
        self.seconds = seconds

    def on_train_batch_end(self, trainer, pl_module, outputs, batch, batch_idx):
        time.sleep(self.seconds)


class Poison(Callback):
    """Turns the weights to NaN before step `step` runs: the loss is NaN from then on."""

    def __init__(self, step: int):
        self.step = step

    def on_train_batch_start(self, trainer, pl_module, batch, batch_idx):
        if trainer.global_step == self.step:
            with torch.no_grad():
                for parameter in pl_module.parameters():
                    parameter.fill_(float("nan"))


class PoisonLast(Callback):
    """Turns the weights to NaN after the last step's loss was computed: the loss stays finite to the end."""

    def on_train_batch_end(self, trainer, pl_module, outputs, batch, batch_idx):
        if trainer.global_step == trainer.max_steps:
            with torch.no_grad():
                next(pl_module.parameters()).fill_(float("nan"))


class Batches(Callback):
    """Appends `step hash` of every training batch (its token ids) to `path`: which rows each step trained on."""

    def __init__(self, path: str):
        self.path = path

    def on_train_batch_end(self, trainer, pl_module, outputs, batch, batch_idx):
        digest = hashlib.sha256(batch["input_ids"].cpu().numpy().tobytes()).hexdigest()[:16]
        with open(self.path, "a") as file:
            file.write(f"{trainer.global_step} {digest}\n")
