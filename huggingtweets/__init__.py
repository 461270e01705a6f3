"""huggingtweets: fine-tune a causal LM on someone's posts and publish it with an honest model card."""

import os
from datetime import datetime
from importlib import import_module, metadata
from pathlib import Path

from omegaconf import OmegaConf

try:
    __version__ = metadata.version("huggingtweets")
except metadata.PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "0+unknown"

# `${demo_data_dir:}` in conf/experiment/demo.yaml: the bundled fictional accounts, wherever train.py runs from
OmegaConf.register_new_resolver("demo_data_dir", lambda: str(Path(__file__).parent / "demo_data"), replace=True)


def launch_id() -> str:
    """One name for every process of a launch, for its run directory: the SLURM job, torchrun's run id, or (one
    process, or Lightning's own launcher, which hands its children the directory) the time to the microsecond."""
    env = os.environ
    if env.get("SLURM_STEP_ID") and int(env.get("SLURM_NTASKS", "1")) > 1:  # the tasks of one srun
        return f"slurm-{env['SLURM_JOB_ID']}-{env['SLURM_STEP_ID']}"
    if env.get("TORCHELASTIC_RUN_ID", "none") != "none":
        return f"torchrun-{env['TORCHELASTIC_RUN_ID']}"
    return datetime.now().strftime("%Y-%m-%d_%H-%M-%S-%f")


OmegaConf.register_new_resolver("launch_id", launch_id, replace=True, use_cache=True)  # one value per process


def launch() -> tuple[bool, int, str]:
    """(whether this process is global rank 0, the world size, an id every process of the launch shares), as
    torchrun, SLURM or Lightning's launcher set them."""
    env = os.environ
    world_size = int(env.get("WORLD_SIZE") or env.get("SLURM_NTASKS") or 1)
    if "RANK" in env:  # torchrun
        leader = env["RANK"] == "0"
    elif "LOCAL_RANK" in env:  # Lightning's launcher: the first process of the first node
        leader = env["LOCAL_RANK"] == "0" and (env.get("NODE_RANK") or env.get("SLURM_NODEID") or "0") == "0"
    else:  # one process per SLURM task, a single process, or the launching process of a node (NODE_RANK)
        leader = (env.get("SLURM_PROCID") or "0") == "0" and (env.get("NODE_RANK") or "0") == "0"
    run = "/".join(env.get(key, "") for key in ("SLURM_JOB_ID", "TORCHELASTIC_RUN_ID", "MASTER_ADDR", "MASTER_PORT"))
    return leader, world_size, run


def in_multirun() -> bool:
    """True inside a job of a sweep (`train.py -m`), wherever its launcher runs it."""
    from hydra.core.hydra_config import HydraConfig
    from hydra.types import RunMode

    return HydraConfig.initialized() and HydraConfig.get().mode == RunMode.MULTIRUN


def job_folder() -> str | None:
    """In a sweep, this job's own folder under the models folder: `<sweep>/<job>` of a Hydra sweep (`-m`),
    `wandb-<sweep id>/<run>` under a W&B agent; None in a single run."""
    from hydra.core.hydra_config import HydraConfig

    if not HydraConfig.initialized():
        return None
    hydra = HydraConfig.get()
    if in_multirun():
        return f"{Path(hydra.sweep.dir).name}/{hydra.sweep.subdir}"
    if sweep := os.environ.get("WANDB_SWEEP_ID"):
        return f"wandb-{sweep}/{Path(hydra.runtime.output_dir).name}"
    return None


_EXPORTS = {
    "TweetDataModule": "huggingtweets.data",
    "TweetLM": "huggingtweets.model",
    "export": "huggingtweets.export",
    "CardSettings": "huggingtweets.export",
    "Training": "huggingtweets.export",
    "CleaningOptions": "huggingtweets.cleaning",
    "clean_posts": "huggingtweets.cleaning",
    "Corpus": "huggingtweets.corpus",
    "LocalFiles": "huggingtweets.sources",
    "XApi": "huggingtweets.sources",
    "Bluesky": "huggingtweets.sources",
    "Mastodon": "huggingtweets.sources",
    "Post": "huggingtweets.sources",
    "Account": "huggingtweets.sources",
    "UserError": "huggingtweets.errors",
    "generate": "huggingtweets.generation",
}
__all__ = list(_EXPORTS)


def __getattr__(name: str):
    """Import on first use: `import huggingtweets` stays fast; torch and transformers load only when needed."""
    if name in _EXPORTS:
        module = import_module(_EXPORTS[name])  # (which makes the module an attribute of this package, by its name)
        if _EXPORTS.get(own := module.__name__.rpartition(".")[2]) == module.__name__:
            globals()[own] = getattr(module, own)  # `export` is the function, not the module `huggingtweets.export`
        return getattr(module, name)
    raise AttributeError(f"module 'huggingtweets' has no attribute {name!r}")
