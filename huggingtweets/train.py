"""`train(cfg)`: compose data, tokenizer, model and trainer from the Hydra config, fit, return the val loss."""

from __future__ import annotations

import contextlib
import logging
import math
import os
import sys
import time
from pathlib import Path

import torch
from hydra.utils import instantiate
from lightning.pytorch import seed_everything
from lightning.pytorch.callbacks import LearningRateMonitor
from lightning.pytorch.loggers import WandbLogger
from lightning.pytorch.utilities import rank_zero_info
from omegaconf import DictConfig, OmegaConf

from huggingtweets import guards, in_multirun, resume
from huggingtweets.callbacks import SaveModel
from huggingtweets.corpus import summary
from huggingtweets.data import TweetDataModule
from huggingtweets.errors import Diverged, SweepError, UserError
from huggingtweets.generation import max_positions
from huggingtweets.hub import check_can_push, check_visibility, push
from huggingtweets.record import RECORD, read_record
from huggingtweets.sweep import goal, record_job, write_summary

log = logging.getLogger(__name__)


def cpu_has_native_bf16() -> bool:
    """AVX-512 BF16 or AMX: bf16 matrix products run in hardware (elsewhere bf16 is emulated and slower)."""
    checks = ("_is_avx512_bf16_supported", "_is_amx_tile_supported")  # torch.cpu's own probes
    return any(getattr(torch.cpu, check, lambda: False)() for check in checks)


def resolve_precision(precision: str | int, accelerator: str = "auto") -> str | int:
    """`auto`: what measures fastest for the hardware. bf16-mixed on GPUs that support it, 16-mixed on older
    GPUs; on CPUs bf16-mixed where they have native bf16 (AVX-512 BF16, AMX), full precision elsewhere."""
    if precision != "auto":
        return precision
    if accelerator in ("auto", "gpu", "cuda") and torch.cuda.is_available():
        return "bf16-mixed" if torch.cuda.is_bf16_supported(including_emulation=False) else "16-mixed"
    return "bf16-mixed" if cpu_has_native_bf16() else "32-true"


def transformer_blocks(model: torch.nn.Module) -> set[type[torch.nn.Module]]:
    """The classes of a Hugging Face model's transformer blocks (its `_no_split_modules`): what FSDP wraps."""
    names = set(getattr(model, "_no_split_modules", None) or [])
    return {type(module) for module in model.modules() if type(module).__name__ in names}


def strategy_for(name: object, model: torch.nn.Module, devices: object) -> object:
    """`fsdp` becomes an FSDPStrategy that wraps each transformer block of this model (and checkpoints its
    activations when the model asks for it); anything else goes to the Trainer as it is."""
    if name != "fsdp":
        if name == "ddp" and devices not in (1, "1") and in_multirun():
            raise SweepError(
                "trainer=ddp starts its processes by running the command line again, which in a sweep (-m) would "
                "start the whole sweep again: use trainer.strategy=ddp_spawn in sweeps, or one job per process "
                "(hydra/launcher=submitit_slurm)"
            )
        return name
    from lightning.pytorch.strategies import FSDPStrategy

    blocks = transformer_blocks(model.model)
    if not blocks:
        raise UserError(f"trainer=fsdp: {type(model.model).__name__} names no transformer blocks to shard")
    checkpointing = blocks if model.hparams.get("activation_checkpointing") else None
    return FSDPStrategy(auto_wrap_policy=blocks, activation_checkpointing_policy=checkpointing)


def train(cfg: DictConfig) -> float:
    """Run one training job; returns `cfg.optimized_metric` (val/loss by default) for sweepers, as the exported
    model's record has it: the per-tweet evaluation of the weights that were exported (best or final)."""
    began = time.time()
    if OmegaConf.is_missing(cfg, "users"):
        raise SweepError("no users given; pass e.g. users=[dril] (quote it in zsh: 'users=[dril]')")
    guards.check_settings(cfg)
    hub = cfg.get("hub") or {}
    if hub.get("push"):  # before hours of training, not after
        if in_multirun():
            raise SweepError("hub.push=true in a sweep would push every job to one repository: push the best job's "
                            "model when the sweep ends (python scripts/hub.py push DIR REPO)")  # fmt: skip
        check_can_push(hub.get("repo_id"))
        check_visibility(hub["repo_id"], hub.get("private", True))
    seed_everything(cfg.seed, workers=True)
    if torch.cuda.is_available():
        torch.backends.cuda.matmul.allow_tf32 = torch.backends.cudnn.allow_tf32 = True

    datamodule: TweetDataModule = instantiate(cfg.data)
    tokenizer = prepare(cfg, datamodule)
    for account in datamodule.accounts:
        rank_zero_info(summary(account))
    model = instantiate(cfg.model, tokenizer=tokenizer)
    model.connect([account.handle for account in datamodule.accounts], datamodule.packing_probe())
    positions = max_positions(model.model)
    if positions and datamodule.block_size > positions:
        raise UserError(
            f"data.block_size={datamodule.block_size} is longer than the model's {positions} positions; "
            "lower data.block_size (or raise model.architecture.n_positions)"
        )

    loggers = [instantiate(c) for c in (cfg.get("logger") or {}).values()]
    callbacks = [instantiate(c) for c in (cfg.get("callbacks") or {}).values()]
    if not loggers:  # (Lightning's LearningRateMonitor refuses to run without a logger to write to)
        callbacks = [c for c in callbacks if not isinstance(c, LearningRateMonitor)]
    for callback in callbacks:
        if isinstance(callback, SaveModel):
            guards.check_writable(callback.models_dir, "paths.models_dir")
    data_keys = [account.cache_key for account in datamodule.accounts]
    ckpt_path = cfg.get("ckpt_path") or resume.prepare(callbacks, cfg, datamodule.name, data_keys)  # same command
    trainer = instantiate(
        cfg.trainer,
        precision=resolve_precision(cfg.trainer.precision, cfg.trainer.accelerator),
        strategy=strategy_for(cfg.trainer.get("strategy", "auto"), model, cfg.trainer.get("devices")),
        callbacks=callbacks,
        logger=loggers or False,
    )
    for logger in loggers:
        logger.log_hyperparams(OmegaConf.to_container(cfg, resolve=True))
    started = time.time()
    trainer.fit(model, datamodule=datamodule, ckpt_path=ckpt_path)

    name = cfg.get("optimized_metric", "val/loss")
    if name not in trainer.callback_metrics and name.startswith("val/"):  # stopped before any validation
        trainer.validate(model, datamodule=datamodule, verbose=False)
    for callback in callbacks:  # (under ddp_spawn the callback that saved lives in another process: ask the disk)
        path = callback.target(datamodule.name) if isinstance(callback, SaveModel) else None
        if path and path.exists() and path.stat().st_mtime >= started and trainer.is_global_zero:
            print(f"Model saved to {path}")
            if hub.get("push"):
                url, private = push(path, hub["repo_id"], private=hub.get("private", True))
                print(f"Pushed to {url} ({'private' if private else 'public'})")
    saved = next((c.target(datamodule.name) for c in callbacks if isinstance(c, SaveModel)), None)
    metric, after = exported_metric(saved, name, started)
    if metric is None:  # nothing exported: the last validation's
        metric = float(value) if (value := trainer.callback_metrics.get(name)) is not None else float("nan")
    for logger in loggers:
        if isinstance(logger, WandbLogger) and trainer.is_global_zero:  # what W&B sweeps read; a sweep's next job
            logger.experiment.summary[f"exported/{name}"] = metric  # (same process) must start its own run
            logger.experiment.finish()
    if in_multirun() and trainer.is_global_zero:
        record_job(status="ok" if math.isfinite(metric) else "diverged", metric=metric, ppl=after.get("ppl"),
                   seconds=time.time() - began, model_dir=str(saved) if after else None)  # fmt: skip
    return metric


def prepare(cfg: DictConfig, datamodule: TweetDataModule):
    """The tokenizer and the tokenized data, both cached. In a sweep, jobs that start together take turns, so the
    first prepares and the others read its cache (under DDP only each node's first process waits its turn)."""
    turn = contextlib.nullcontext()
    if in_multirun() and os.environ.get("LOCAL_RANK", "0") == "0":
        from filelock import FileLock

        lock = Path(cfg.data.cache_dir).expanduser() / "locks" / f"{datamodule.name}.lock"
        lock.parent.mkdir(parents=True, exist_ok=True)
        turn = FileLock(lock)
    with turn:
        tokenizer = instantiate(cfg.model.tokenizer)(texts=datamodule.train_texts, cache_dir=cfg.data.cache_dir)
        datamodule.tokenizer = tokenizer
        datamodule.prepare_data()
    return tokenizer


def exported_metric(path: Path | None, name: str, since: float) -> tuple[float | None, dict]:
    """`name` (`val/loss`, `val/ppl`, `val/bpb` or `val/<handle>/ppl`) from the record of the model directory this
    run exported to `path` (written after `since`), with the record's whole `evaluation.after`."""
    if path is None or not (path / RECORD).is_file() or (path / RECORD).stat().st_mtime < since:
        return None, {}
    after = (read_record(path).get("evaluation") or {}).get("after") or {}
    parts = name.split("/")
    node = after if len(parts) == 2 else after.get("users", {}).get("/".join(parts[1:-1]), {})
    value = node.get(parts[-1]) if parts[0] == "val" else None
    return (float(value) if isinstance(value, int | float) else None), after


def main(cfg: DictConfig) -> float | None:
    """CLI wrapper: a `UserError` becomes one line on stderr and exit status 1, with no traceback. In a sweep, a job
    that crashes or diverges is recorded as such in its run directory and returns None: Optuna's sweeper then marks
    its trial failed and goes on (a NaN would stop it)."""
    began = time.time()
    try:
        metric = guards.translated(train, cfg)  # errors the user can fix: one line
        return metric if math.isfinite(metric) or not in_multirun() else None
    except Diverged as err:
        print(f"error: {err}", file=sys.stderr)
        if not in_multirun():
            sys.exit(1)
        _finish_wandb()
        record_job(status="diverged", error=str(err).split(";")[0], seconds=time.time() - began)
        return None
    except (
        UserError
    ) as err:  # in a sweep, this job's settings failed (recorded; the sweep goes on) unless no job can run
        print(f"error: {err}", file=sys.stderr)
        if not in_multirun():
            sys.exit(1)
        _finish_wandb()
        record_job(status="failed", error=str(err), seconds=time.time() - began)
        if isinstance(err, SweepError):
            from hydra.core.hydra_config import HydraConfig

            sweep = HydraConfig.get()
            write_summary(Path(sweep.sweep.dir), *goal(cfg.get("optimized_metric"), sweep.sweeper.get("direction")))
            sys.exit(1)
        return None
    except Exception as err:  # in a sweep, one crashed job is recorded as failed and the sweep goes on
        if not in_multirun():
            raise
        log.exception("job failed")
        error = f"{type(err).__name__}: {next(iter(str(err).splitlines()), '')}"
        print(f"error: job failed ({error}); the sweep goes on", file=sys.stderr)
        _finish_wandb()
        record_job(status="failed", error=error, seconds=time.time() - began)
        return None


def _finish_wandb() -> None:
    """Close a failed job's W&B run, so that the sweep's next job starts its own."""
    if (wandb := sys.modules.get("wandb")) and wandb.run is not None:
        wandb.finish(exit_code=1)
