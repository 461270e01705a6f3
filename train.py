"""Train a tweet generator: `python train.py users=[dril] data.archive_dir=PATH` (config tree: conf/)."""

import hydra
from omegaconf import DictConfig

import huggingtweets  # noqa: F401  (registers the config's resolvers, ${launch_id:} among them)


@hydra.main(version_base="1.3", config_path="conf", config_name="train")
def main(cfg: DictConfig) -> float | None:
    from huggingtweets.train import main as run  # imported here so `--help` and config errors stay fast

    return run(cfg)


if __name__ == "__main__":
    main()
