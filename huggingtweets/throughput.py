"""Throughput and model FLOPs utilisation (MFU), logged like nanoGPT: tokens/s, ms per step, mfu."""

from __future__ import annotations

import time

import torch
from lightning.pytorch import Callback, LightningModule, Trainer

# Dense bf16/fp16 tensor-core peak FLOP/s per GPU, by a substring of the device name.
PEAK_FLOPS = {"H200": 989e12, "H100": 989e12, "A100": 312e12, "L40S": 362e12, "A10G": 125e12, "L4": 121e12,
              "4090": 165e12, "3090": 71e12, "V100": 125e12, "T4": 65e12}  # fmt: skip


def flops_per_token(config, n_params: int, seq_len: int) -> float:
    """Training FLOPs per token, `6N + 12·L·H·Q·T` (PaLM appendix B, as in nanoGPT)."""
    layers = getattr(config, "num_hidden_layers", None) or config.n_layer
    heads = getattr(config, "num_attention_heads", None) or config.n_head
    head_dim = (getattr(config, "hidden_size", None) or config.n_embd) // heads
    return 6 * n_params + 12 * layers * heads * head_dim * seq_len


def peak_flops(device: torch.device, precision: str) -> float | None:
    """The device's peak for half-precision training; None on CPUs, unknown GPUs or full precision."""
    if device.type != "cuda" or "16" not in precision:
        return None
    name = torch.cuda.get_device_name(device)
    return next((flops for key, flops in PEAK_FLOPS.items() if key in name), None)


class Throughput(Callback):
    """Every `trainer.log_every_n_steps` steps, log `perf/tokens_per_s`, `perf/ms_per_step` and, on known GPUs,
    `perf/mfu`; at every validation, `perf/tokens_seen` (target tokens trained on, all processes) and
    `perf/train_seconds`. Validation time is left out of all of them, and timing is averaged over the interval, so
    no per-step synchronisation is needed."""

    def __init__(self) -> None:
        self._mark: tuple[float, int] | None = None  # (train seconds, step) at the last log
        self._started = time.perf_counter()
        self._validating_since: float | None = None
        self._validation_seconds = 0.0
        self._earlier = {"seconds": 0.0, "tokens": 0}  # from the sessions a resumed run continues
        self._tokens: torch.Tensor | None = None
        self._flops_per_token: float | None = None

    def train_seconds(self) -> float:
        return self._earlier["seconds"] + time.perf_counter() - self._started - self._validation_seconds

    def state_dict(self) -> dict:
        tokens = int(self._tokens.item()) if self._tokens is not None else 0
        return {"seconds": self.train_seconds(), "tokens": self._earlier["tokens"] + tokens}

    def load_state_dict(self, state: dict) -> None:
        self._earlier = dict(state)

    def on_train_start(self, trainer: Trainer, pl_module: LightningModule) -> None:
        self._started, self._validation_seconds = time.perf_counter(), 0.0
        self._tokens = torch.zeros((), dtype=torch.long, device=pl_module.device)
        self._mark = (self.train_seconds(), trainer.global_step)

    def on_validation_start(self, trainer: Trainer, pl_module: LightningModule) -> None:
        if not trainer.sanity_checking and self._tokens is not None:
            self._validating_since = time.perf_counter()

    def _log_progress(self, trainer: Trainer, pl_module: LightningModule) -> None:
        tokens = float(trainer.strategy.reduce(self._tokens.clone(), reduce_op="sum")) + self._earlier["tokens"]
        metrics = {"perf/tokens_seen": tokens, "perf/train_seconds": self.train_seconds()}
        pl_module.log_dict(metrics, prog_bar=False, rank_zero_only=True)

    def on_validation_epoch_end(self, trainer: Trainer, pl_module: LightningModule) -> None:
        if self._validating_since is not None:
            self._log_progress(trainer, pl_module)

    def on_train_epoch_end(self, trainer: Trainer, pl_module: LightningModule) -> None:
        self._log_progress(trainer, pl_module)

    def on_validation_end(self, trainer: Trainer, pl_module: LightningModule) -> None:
        if self._validating_since is not None:
            self._validation_seconds += time.perf_counter() - self._validating_since
            self._validating_since = None

    def on_train_batch_end(self, trainer, pl_module, outputs, batch, batch_idx) -> None:
        self._tokens += (batch["labels"] != -100).sum()  # stays on the device
        step = trainer.global_step
        if self._mark is None or step == self._mark[1] or step % trainer.log_every_n_steps:
            return
        now = self.train_seconds()
        seconds, steps = now - self._mark[0], step - self._mark[1]
        self._mark = (now, step)
        batch_tokens, seq_len = batch["input_ids"].numel(), batch["input_ids"].shape[1]
        tokens_per_s = batch_tokens * trainer.accumulate_grad_batches * trainer.world_size * steps / seconds
        metrics = {"perf/tokens_per_s": tokens_per_s, "perf/ms_per_step": 1000 * seconds / steps}
        peak = peak_flops(pl_module.device, str(trainer.precision))
        if peak:
            if self._flops_per_token is None:
                n_params = sum(p.numel() for p in pl_module.model.parameters())
                self._flops_per_token = flops_per_token(pl_module.model.config, n_params, seq_len)
            metrics["perf/mfu"] = tokens_per_s * self._flops_per_token / (peak * trainer.world_size)
        pl_module.log_dict(metrics, prog_bar=False, rank_zero_only=True)
