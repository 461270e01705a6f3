"""Experiment loggers. W&B runs online only when a key is configured; otherwise it logs offline to disk."""

from __future__ import annotations

import netrc
import os
from pathlib import Path

from lightning.pytorch.loggers import WandbLogger


def has_wandb_key() -> bool:
    """True when `WANDB_API_KEY` is set or `wandb login` stored a key in ~/.netrc (the key itself is not read)."""
    if os.environ.get("WANDB_API_KEY"):
        return True
    try:
        return netrc.netrc(Path.home() / ".netrc").authenticators("api.wandb.ai") is not None
    except (OSError, netrc.NetrcParseError):
        return False


def wandb_logger(project: str = "huggingtweets", save_dir: str = "logs", **kwargs) -> WandbLogger:
    """A WandbLogger that goes offline (synced later with `wandb sync`) when no key is configured."""
    mode = os.environ.get("WANDB_MODE", "")
    offline = mode in ("offline", "dryrun") or (mode != "disabled" and not has_wandb_key())
    Path(save_dir).mkdir(parents=True, exist_ok=True)
    return WandbLogger(project=project, save_dir=save_dir, offline=offline, **kwargs)
