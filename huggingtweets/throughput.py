"""Throughput and model FLOPs utilisation (MFU), nanoGPT style: one console line per logging interval
(`step 120 | loss 3.21 | 512 ms/step | 2,003 tok/s | mfu 41.2%`) and the same as `perf/*` metrics.

FLOPs per token are counted by Lightning's `measure_flops` on the model itself (one forward pass, times 3 for
forward and backward); the device's peak comes from Lightning's `get_available_flops` (which tells an H100 SXM
from a PCIe card, and knows no CPUs). Validation time is left out, and the device is read once per interval.

`Progress` notes the same run's steps, loss, time left and validations in its progress file (`huggingtweets.progress`).
"""

from __future__ import annotations

import math
import time

import torch
from lightning.fabric.utilities.throughput import get_available_flops, measure_flops
from lightning.pytorch import Callback, LightningModule, Trainer
from lightning.pytorch.utilities import rank_zero_info

from huggingtweets.devices import compute_dtype
from huggingtweets.progress import note


def flops_per_token(config, n_params: int, seq_len: int) -> float:
    """Training FLOPs per token by formula, `6N + 12·L·H·Q·T` (PaLM appendix B, as in nanoGPT): a check on the
    counted figure, and what the benchmark reports next to it."""
    layers = getattr(config, "num_hidden_layers", None) or config.n_layer
    heads = getattr(config, "num_attention_heads", None) or config.n_head
    head_dim = (getattr(config, "hidden_size", None) or config.n_embd) // heads
    return 6 * n_params + 12 * layers * heads * head_dim * seq_len


@torch.no_grad()
def counted_flops_per_token(model: torch.nn.Module, seq_len: int, device: torch.device) -> float:
    """Training FLOPs per token of `model` on `seq_len`-token rows: its forward pass counted by `measure_flops`,
    times 3 (the backward pass costs twice the forward)."""
    ids = torch.zeros((1, seq_len), dtype=torch.long, device=device)
    return 3 * measure_flops(model, lambda: model(input_ids=ids, use_cache=False).logits) / seq_len


class Throughput(Callback):
    """Every `trainer.log_every_n_steps` steps: a console line and `perf/tokens_per_s`, `perf/ms_per_step` and,
    where the device's peak is known, `perf/mfu`; at every validation, `perf/tokens_seen` (target tokens trained on,
    all processes) and `perf/train_seconds`. Validation time is left out of all of them.

    Args:
        console: print the nanoGPT-style line (rank zero only).
    """

    def __init__(self, console: bool = True) -> None:
        self.console = console
        self._mark: tuple[float, int] | None = None  # (train seconds, step) at the last log
        self._started = time.perf_counter()
        self._validating_since: float | None = None
        self._validation_seconds = 0.0
        self._earlier = {"seconds": 0.0, "tokens": 0}  # from the sessions a resumed run continues
        self._tokens: torch.Tensor | None = None
        self._flops_per_token: float | None = None
        self.peak: float | None = None  # the device's peak FLOP/s in the training precision

    @staticmethod
    def flops_per_token(trainer: Trainer, pl_module: LightningModule, seq_len: int) -> float:
        """Counted on the model; by formula when its weights are sharded (FSDP), which only run inside the steps."""
        from lightning.pytorch.strategies import FSDPStrategy

        if isinstance(trainer.strategy, FSDPStrategy):
            n_params = sum(p.numel() for p in pl_module.parameters()) * trainer.world_size  # (each holds a shard)
            return flops_per_token(pl_module.model.config, n_params, seq_len)
        return counted_flops_per_token(pl_module.model, seq_len, pl_module.device)

    def train_seconds(self) -> float:
        """Seconds spent training, in this session and those it resumes; validation (also one under way) left out."""
        now = time.perf_counter()
        validating = now - self._validating_since if self._validating_since is not None else 0.0
        return self._earlier["seconds"] + now - self._started - self._validation_seconds - validating

    def state_dict(self) -> dict:
        """This process's count (rank 0's is what a checkpoint keeps) and the training time."""
        tokens = int(self._tokens.item()) if self._tokens is not None else 0
        return {"seconds": self.train_seconds(), "tokens": self._earlier["tokens"] + tokens}

    def load_state_dict(self, state: dict) -> None:
        self._earlier = dict(state)

    def on_train_start(self, trainer: Trainer, pl_module: LightningModule) -> None:
        self.peak = get_available_flops(trainer.strategy.root_device, compute_dtype(trainer.precision))
        self._started, self._validation_seconds = time.perf_counter(), 0.0
        self._tokens = torch.zeros((), dtype=torch.long, device=pl_module.device)
        self._mark = (self.train_seconds(), trainer.global_step)

    def on_validation_start(self, trainer: Trainer, pl_module: LightningModule) -> None:
        if not trainer.sanity_checking and self._tokens is not None:
            self._validating_since = time.perf_counter()

    def _log_progress(self, trainer: Trainer, pl_module: LightningModule) -> None:
        # (a resumed run: every process restarts from rank 0's saved count, so the sum is close, not exact)
        tokens = float(trainer.strategy.reduce(self._tokens + self._earlier["tokens"], reduce_op="sum"))
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
        loss = float(outputs["loss"]) * trainer.accumulate_grad_batches  # the one device read of the interval
        now = self.train_seconds()
        seconds, steps = now - self._mark[0], step - self._mark[1]
        self._mark = (now, step)
        batch_tokens, seq_len = batch["input_ids"].numel(), batch["input_ids"].shape[1]
        tokens_per_s = batch_tokens * trainer.accumulate_grad_batches * trainer.world_size * steps / seconds
        metrics = {"perf/tokens_per_s": tokens_per_s, "perf/ms_per_step": 1000 * seconds / steps}
        line = f"step {step} | loss {loss:.3f} | {1000 * seconds / steps:.0f} ms/step | {tokens_per_s:,.0f} tok/s"
        if self.peak:
            if self._flops_per_token is None:
                self._flops_per_token = self.flops_per_token(trainer, pl_module, seq_len)
            metrics["perf/mfu"] = tokens_per_s * self._flops_per_token / (self.peak * trainer.world_size)
            line += f" | mfu {100 * metrics['perf/mfu']:.1f}%"
        pl_module.log_dict(metrics, prog_bar=False, rank_zero_only=True)
        if self.console and trainer.is_global_zero:
            bar = trainer.progress_bar_callback
            bar.print(line) if bar is not None and hasattr(bar, "print") else rank_zero_info(line)


class Progress(Callback):
    """Notes the start of fitting, the training loss with the time left (at most every `seconds`, and at the last
    step) and each validation's held-out perplexity, on rank zero."""

    def __init__(self, seconds: float = 0.5):
        self.seconds = seconds

    def on_train_start(self, trainer: Trainer, pl_module: LightningModule) -> None:
        from huggingtweets.model import optimizer_steps

        total = optimizer_steps(trainer)
        self.total = total if 0 < total < 2**62 else None
        self.first, self.began, self.noted = trainer.global_step, time.monotonic(), -math.inf
        if trainer.is_global_zero:
            note("fit", step=trainer.global_step, total=self.total, resumed=trainer.global_step > 0)

    def on_train_batch_end(self, trainer: Trainer, pl_module: LightningModule, outputs, batch, batch_idx: int) -> None:
        now, step = time.monotonic(), trainer.global_step
        last = self.total is not None and step >= self.total
        if not trainer.is_global_zero or (now - self.noted < self.seconds and not last) or step == self.first:
            return
        self.noted = now
        loss = trainer.callback_metrics.get("train/loss")
        left = (now - self.began) / (step - self.first) * (self.total - step) if self.total else None
        note("step", step=step, total=self.total, loss=_number(loss), epoch=trainer.current_epoch,
             eta_s=None if left is None else round(left, 1))  # fmt: skip

    def on_validation_end(self, trainer: Trainer, pl_module: LightningModule) -> None:
        if trainer.sanity_checking or not trainer.is_global_zero:
            return
        metrics = trainer.callback_metrics
        note("validation", step=trainer.global_step, ppl=_number(metrics.get("val/ppl")),
             loss=_number(metrics.get("val/loss")))  # fmt: skip


def _number(value: object) -> float | None:
    return None if value is None else float(value)
