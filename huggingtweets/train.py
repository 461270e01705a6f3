"""`train(cfg)`: compose data, tokenizer, model and trainer from the Hydra config, fit, export; return the metric."""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import math
import os
import signal
import sys
import time
from pathlib import Path

import torch
from hydra.utils import instantiate
from lightning.pytorch import Trainer, seed_everything
from lightning.pytorch.callbacks import LearningRateMonitor, ModelCheckpoint
from lightning.pytorch.loggers import WandbLogger
from lightning.pytorch.utilities import rank_zero_info
from lightning.pytorch.utilities.exceptions import SIGTERMException
from omegaconf import DictConfig, OmegaConf

from huggingtweets import guards, in_multirun, job_folder, launch
from huggingtweets.atomic import recover
from huggingtweets.corpus import summary, table_row
from huggingtweets.data import TweetDataModule
from huggingtweets.devices import keep_freed_memory, resolve_attention, resolve_precision
from huggingtweets.errors import Diverged, SweepError, UserError
from huggingtweets.export import Training, export
from huggingtweets.generation import max_positions
from huggingtweets.hub import check_can_push, check_visibility, push
from huggingtweets.model import TweetLM
from huggingtweets.progress import note, recording
from huggingtweets.resume import AtomicCheckpointIO, RunCheckpoint, RunFolder
from huggingtweets.sweep import goal, record_job, write_summary
from huggingtweets.tracking import log_lineage

log = logging.getLogger(__name__)


def transformer_blocks(model: torch.nn.Module) -> set[type[torch.nn.Module]]:
    """The classes of a Hugging Face model's transformer blocks (its `_no_split_modules`): what FSDP wraps."""
    names = set(getattr(model, "_no_split_modules", None) or [])
    return {type(module) for module in model.modules() if type(module).__name__ in names}


def strategy_for(name: object, model: torch.nn.Module, devices: object) -> object:
    """`fsdp` becomes an FSDPStrategy that wraps each transformer block of this model (and checkpoints its
    activations when the model asks for it); anything else goes to the Trainer as it is."""
    if name in ("ddp", "fsdp") and devices not in (1, "1") and in_multirun():
        raise SweepError(
            f"trainer={name} starts its processes by running the command line again, which in a sweep (-m) would "
            "start the whole sweep again: use trainer.strategy=ddp_spawn in sweeps, or one job per process "
            "(hydra/launcher=submitit_slurm)"
        )
    if name != "fsdp":
        return name
    from lightning.pytorch.strategies import FSDPStrategy

    blocks = transformer_blocks(model.model)
    if not blocks:
        raise UserError(f"trainer=fsdp: {type(model.model).__name__} names no transformer blocks to shard")
    checkpointing = blocks if model.hparams.get("activation_checkpointing") else None
    return FSDPStrategy(auto_wrap_policy=blocks, activation_checkpointing_policy=checkpointing)


def train(cfg: DictConfig) -> float:
    """Run one training job and export its model directory; returns `cfg.optimized_metric` (val/loss by default)
    of the weights that were exported (best or final), for sweepers."""
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
    keep_freed_memory()
    if torch.cuda.is_available():
        torch.backends.cuda.matmul.allow_tf32 = torch.backends.cudnn.allow_tf32 = True

    datamodule: TweetDataModule = instantiate(cfg.data)
    settings = cfg.get("export") or {}
    target = export_target(Path(settings.get("models_dir", "models")), datamodule.name)
    leader = launch()[0]  # global rank 0 (or the process that launches the others)
    if leader:
        recover(target)  # a model directory a killed export set aside is put back
        guards.check_writable(target.parent, "paths.models_dir")
    callbacks = [instantiate(c) for c in (cfg.get("callbacks") or {}).values()]
    folder = run_folder(callbacks, cfg, datamodule.name)
    with folder.claimed() if folder and leader else contextlib.nullcontext():
        ckpt_path = resume_or_start(folder, datamodule, cfg.data.get("refresh", False), cfg.get("ckpt_path"), leader)
        trainer, model = fit(cfg, datamodule, callbacks, ckpt_path)
        name = cfg.get("optimized_metric", "val/loss")
        weights = whole_weights(trainer, model)  # (every process takes part in gathering sharded weights)
        if weights is None or not trainer.is_global_zero:
            value = trainer.callback_metrics.get(name)
            return float(value) if value is not None else float("nan")
        exported_from = "final weights"
        if settings.get("best") and (best := (trainer.checkpoint_callback or RunCheckpoint()).best_model_path):
            exported_from = load_best(weights, best, trainer.checkpoint_callback.monitor)
        card = instantiate(settings.card) if settings.get("card") else None
        note("export", model_dir=str(target))
        exported = export(weights, datamodule, target, Training.of(trainer), card, exported_from)
        if folder:  # finished: the same command trains again from step 0 (a sweep's job keeps no checkpoint)
            folder.finish(remove=job_folder() is not None)
    print(f"Model saved to {target}")
    note("done", model_dir=str(target))
    run = next((logger.experiment for logger in trainer.loggers if isinstance(logger, WandbLogger)), None)
    if run is not None and exported.card is not None:
        log_lineage(run, datamodule, target, exported.card, exported.sampled, exported.record)
    if hub.get("push"):
        url, private = push(target, hub["repo_id"], private=hub.get("private", True))
        print(f"Pushed to {url} ({'private' if private else 'public'})")
        note("pushed", url=url)
    metric = metric_of(exported.evaluation["after"], name)
    if run is not None:  # what W&B sweeps read; a sweep's next job (same process) must start its own run
        run.summary[f"exported/{name}"] = metric
        run.finish()
    if in_multirun():
        record_job(status="ok" if math.isfinite(metric) else "diverged", metric=metric,
                   ppl=exported.evaluation["after"].get("ppl"), seconds=time.time() - began,
                   model_dir=str(target))  # fmt: skip
    return metric


def export_target(models_dir: Path, name: str) -> Path:
    """`<models_dir>/<name>`; in a sweep each job's own `<models_dir>/<sweep>/<job>/<name>`."""
    job = job_folder()
    return models_dir / job / name if job else models_dir / name


def run_folder(callbacks: list, cfg: DictConfig, name: str) -> RunFolder | None:
    """The run's checkpoint folder, its `RunCheckpoint`s pointed at it (None when checkpoints go elsewhere)."""
    checkpoints = [c for c in callbacks if isinstance(c, RunCheckpoint)]
    roots = {c.root for c in checkpoints if c.root is not None and c.dirpath is None}
    if not roots:
        return None
    if len(roots) > 1:
        raise UserError("callbacks: every checkpoint callback's root must be the same folder")
    folder = RunFolder(next(iter(roots)), name, cfg)
    for callback in checkpoints:
        callback.bind(folder.path)
    return folder


def resume_or_start(
    folder: RunFolder | None, datamodule: TweetDataModule, refresh: bool, ckpt_path: str | None, leader: bool = True
) -> str | None:
    """The `last.ckpt` of this run when it was stopped before finishing, its data pinned to the posts it started
    with; else None, for a fresh start that records the data it trains on (`data.refresh=true`: always fresh). A
    checkpoint given as `ckpt_path` is resumed (unless this run's own `last.ckpt` is newer), in the run's folder."""
    if folder is None:
        return ckpt_path
    if ckpt_path:
        own = folder.last.is_file() and folder.last.stat().st_mtime > Path(ckpt_path).stat().st_mtime
        if own and (data := folder.resumable()) is not None and datamodule.corpus.pin(data):
            folder.announce_resume()  # (it went on from ckpt_path and was stopped again)
            return str(folder.last)
        if leader:
            folder.record(datamodule.corpus.cleaned_keys())
        return ckpt_path
    data = folder.resumable()
    if data is not None and not refresh and datamodule.corpus.pin(data):
        folder.announce_resume()
        return str(folder.last)
    if data is not None and not refresh:
        rank_zero_info(f"Note: {folder.last} was stopped before finishing, but the posts it trained on are no longer "
                       "in the cache; this run starts afresh")  # fmt: skip
    for other in folder.others_unfinished():
        rank_zero_info(f"Note: {other} is an unfinished run of {folder.name} with other settings; this run starts "
                       f"afresh (resume that one with ckpt_path={other}, or delete {other.parent})")  # fmt: skip
    if leader:
        folder.start(datamodule.corpus.cleaned_keys())  # (downloads and cleans the posts first)
    return None


def fit(
    cfg: DictConfig, datamodule: TweetDataModule, callbacks: list, ckpt_path: str | None
) -> tuple[Trainer, TweetLM]:
    """Tokenizer, model and trainer from the config; `Trainer.fit` from `ckpt_path` (or from scratch)."""
    tokenizer = prepare(cfg, datamodule)
    for account in datamodule.accounts:
        rank_zero_info(summary(account))
    note("data", accounts=[table_row(account) for account in datamodule.accounts])
    attention = resolve_attention(cfg.model.get("attn_implementation"), cfg.trainer.accelerator)
    model = instantiate(cfg.model, tokenizer=tokenizer, attn_implementation=attention)
    model.connect([account.handle for account in datamodule.accounts], datamodule.packing_probe())
    positions = max_positions(model.model)
    if positions and datamodule.block_size > positions:
        raise UserError(
            f"data.block_size={datamodule.block_size} is longer than the model's {positions} positions; "
            "lower data.block_size (or raise model.architecture.n_positions)"
        )
    loggers = [instantiate(c) for c in (cfg.get("logger") or {}).values()]
    if not loggers:  # (Lightning's LearningRateMonitor refuses to run without a logger to write to)
        callbacks = [c for c in callbacks if not isinstance(c, LearningRateMonitor)]
    # no checkpoint callback configured (~callbacks.model_checkpoint ~callbacks.last_checkpoint): no checkpoints,
    # rather than Lightning's default one writing the whole training state at every validation
    checkpointing = cfg.trainer.get("enable_checkpointing", any(isinstance(c, ModelCheckpoint) for c in callbacks))
    trainer = instantiate(
        cfg.trainer,
        enable_checkpointing=checkpointing,
        precision=resolve_precision(cfg.trainer.precision, cfg.trainer.accelerator),
        strategy=strategy_for(cfg.trainer.get("strategy", "auto"), model, cfg.trainer.get("devices")),
        callbacks=callbacks,
        logger=loggers or False,
        plugins=[AtomicCheckpointIO()],
    )
    guards.check_validation_interval(trainer, datamodule)
    for logger in loggers:
        logger.log_hyperparams(OmegaConf.to_container(cfg, resolve=True))
    trainer.fit(model, datamodule=datamodule, ckpt_path=ckpt_path)
    name = cfg.get("optimized_metric", "val/loss")
    if name not in trainer.callback_metrics and name.startswith("val/") and not trainer.interrupted:
        trainer.validate(model, datamodule=datamodule, verbose=False)  # (stopped before any validation)
    return trainer, model


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


def whole_weights(trainer: Trainer, model: TweetLM) -> TweetLM | None:
    """The module to export: `model` itself, or under FSDP (whose shards only work inside the steps) a copy built on
    rank 0 from the full weights gathered from every process; the other processes get None."""
    from lightning.pytorch.strategies import FSDPStrategy

    if not isinstance(trainer.strategy, FSDPStrategy):
        return model.to(trainer.strategy.root_device)  # (ddp_spawn hands the weights back on the CPU)
    state = trainer.strategy.lightning_module_state_dict()  # full weights on rank 0, on the CPU
    if not trainer.is_global_zero:
        return None
    for optimizer in trainer.optimizers:  # (room on the device for the whole copy)
        optimizer.state.clear()
    if torch.cuda.is_available():
        torch.cuda.empty_cache()
    whole = type(model)(model.tokenizer, optimizer=model.optimizer, scheduler=model.scheduler, **model.hparams)
    whole.load_state_dict(state)  # (the training history included)
    whole.connect(model.users)
    return whole.to(trainer.strategy.root_device)


def load_best(module: TweetLM, path: str, monitor: str) -> str:
    """Load the best checkpoint's weights into `module`, keeping the history of the whole run; what was exported."""
    state = torch.load(path, map_location="cpu", weights_only=False)
    history = module.history
    module.load_state_dict(state["state_dict"])  # copied onto the module's device
    step = state["global_step"]
    epochs = history.epochs * step / history.step if history.step else 0.0
    module.history = dataclasses.replace(history, step=step, epochs=epochs)
    return f"best checkpoint by {monitor} (step {step})"


def metric_of(evaluation: dict, name: str) -> float:
    """`name` (`val/loss`, `val/ppl`, `val/bpb` or `val/<handle>/ppl`) of an export's evaluation."""
    parts = name.split("/")
    node = evaluation if len(parts) == 2 else evaluation.get("users", {}).get("/".join(parts[1:-1]), {})
    value = node.get(parts[-1]) if parts[0] == "val" else None
    return float(value) if isinstance(value, int | float) else float("nan")


def main(cfg: DictConfig) -> float | None:
    """CLI wrapper: a `UserError` becomes one line on stderr and exit status 1, with no traceback. In a sweep, a job
    that crashes or diverges is recorded as such in its run directory and returns None: Optuna's sweeper then marks
    its trial failed and goes on (a NaN would stop it). With `progress=PATH`, the run notes its progress there."""
    with recording(cfg.get("progress")):
        return _main(cfg)


def _main(cfg: DictConfig) -> float | None:
    began = time.time()
    try:
        metric = guards.translated(train, cfg)  # errors the user can fix: one line
        return metric if math.isfinite(metric) or not in_multirun() else None
    except Diverged as err:
        print(f"error: {err}", file=sys.stderr)
        note("error", message=str(err))
        if not in_multirun():
            sys.exit(1)
        _finish_wandb()
        record_job(status="diverged", error=str(err).split(";")[0], seconds=time.time() - began)
        return None
    except (
        UserError
    ) as err:  # in a sweep, this job's settings failed (recorded; the sweep goes on) unless no job can run
        print(f"error: {err}", file=sys.stderr)
        note("error", message=str(err))
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
    except SIGTERMException:  # (Lightning's, raised at the end of the step during which SIGTERM came)
        print("stopped by SIGTERM: run the same command again to resume from the last checkpoint", file=sys.stderr)
        sys.exit(128 + signal.SIGTERM)
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
