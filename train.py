"""Train a tweet generator: `python train.py users=[dril] data.archive_dir=PATH` (config tree: conf/)."""

import importlib.util
import sys

import hydra
from omegaconf import DictConfig

import huggingtweets  # noqa: F401  (registers the config's resolvers, ${launch_id:} among them)


@hydra.main(version_base="1.3", config_path="conf", config_name="train")
def main(cfg: DictConfig) -> float | None:
    from huggingtweets.train import main as run  # imported here so `--help` and config errors stay fast

    return run(cfg)


def sweeper_missing(args: list[str]) -> bool:
    """Whether the Optuna sweep is asked for without Hydra's Optuna plugin (the optional `sweep` extra)."""
    if not any(arg.lstrip("+") == "hparams_search=optuna" for arg in args):
        return False
    try:
        return importlib.util.find_spec("hydra_plugins.hydra_optuna_sweeper") is None
    except ImportError:  # no Hydra plugin installed at all
        return True


if __name__ == "__main__":
    if sweeper_missing(sys.argv[1:]):
        sys.exit("error: hparams_search=optuna needs Hydra's Optuna sweeper: pip install -e '.[sweep]'")
    main()
