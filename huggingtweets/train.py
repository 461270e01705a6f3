"""`train(cfg)`: compose data, tokenizer, model and trainer from the Hydra config, fit, return the val loss."""

from __future__ import annotations

import logging
import sys
import time

import torch
from hydra.utils import instantiate
from lightning.pytorch import seed_everything
from lightning.pytorch.utilities import rank_zero_info
from omegaconf import DictConfig, OmegaConf

from huggingtweets.callbacks import SaveModel
from huggingtweets.corpus import summary
from huggingtweets.data import TweetDataModule
from huggingtweets.errors import UserError
from huggingtweets.generation import max_positions

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
        if name == "ddp" and devices not in (1, "1") and _in_multirun():
            raise UserError(
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


def _in_multirun() -> bool:
    from hydra.core.hydra_config import HydraConfig
    from hydra.types import RunMode

    return HydraConfig.initialized() and HydraConfig.get().mode == RunMode.MULTIRUN


def train(cfg: DictConfig) -> float:
    """Run one training job; returns `cfg.optimized_metric` (val/loss by default) for sweepers."""
    if OmegaConf.is_missing(cfg, "users"):
        raise UserError("no users given; pass e.g. users=[dril] (quote it in zsh: 'users=[dril]')")
    seed_everything(cfg.seed, workers=True)
    if torch.cuda.is_available():
        torch.backends.cuda.matmul.allow_tf32 = torch.backends.cudnn.allow_tf32 = True

    datamodule: TweetDataModule = instantiate(cfg.data)
    tokenizer = instantiate(cfg.model.tokenizer)(texts=datamodule.train_texts, cache_dir=cfg.data.cache_dir)
    datamodule.tokenizer = tokenizer
    datamodule.prepare_data()
    for account in datamodule.accounts:
        rank_zero_info(summary(account))
    model = instantiate(cfg.model, tokenizer=tokenizer)
    model.connect([account.handle for account in datamodule.accounts])
    positions = max_positions(model.model)
    if positions and datamodule.block_size > positions:
        raise UserError(
            f"data.block_size={datamodule.block_size} is longer than the model's {positions} positions; "
            "lower data.block_size (or raise model.architecture.n_positions)"
        )

    callbacks = [instantiate(c) for c in (cfg.get("callbacks") or {}).values()]
    loggers = [instantiate(c) for c in (cfg.get("logger") or {}).values()]
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
    trainer.fit(model, datamodule=datamodule, ckpt_path=cfg.get("ckpt_path"))

    name = cfg.get("optimized_metric", "val/loss")
    if name not in trainer.callback_metrics and name.startswith("val/"):  # stopped before any validation
        trainer.validate(model, datamodule=datamodule, verbose=False)
    for callback in callbacks:  # (under ddp_spawn the callback that saved lives in another process: ask the disk)
        path = callback.target(datamodule.name) if isinstance(callback, SaveModel) else None
        if path and path.exists() and path.stat().st_mtime >= started and trainer.is_global_zero:
            print(f"Model saved to {path}")
    metric = trainer.callback_metrics.get(name)
    return float(metric) if metric is not None else float("nan")


def main(cfg: DictConfig) -> float:
    """CLI wrapper: a `UserError` becomes one line on stderr and exit status 1, with no traceback."""
    try:
        return train(cfg)
    except UserError as err:
        print(f"error: {err}", file=sys.stderr)
        sys.exit(1)
