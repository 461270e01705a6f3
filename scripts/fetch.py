"""Download and clean posts without training, and print the table the model card will show.

usage: python scripts/fetch.py OVERRIDES...      (the same Hydra overrides as train.py)

    python scripts/fetch.py 'users=[bsky:dril.bsky.social,mastodon:@Gargron@mastodon.social]'
    python scripts/fetch.py 'users=[x:dril]' data.x.max_cost=20     # X bills per post: allow up to $20

Downloads land in the cache as snapshots (`${paths.cache_dir}/snapshots`), so a later `train.py` with the same users
reads them offline, and a multi-node run finds them there; nothing here imports torch.
"""

from __future__ import annotations

import sys
from pathlib import Path

from hydra import compose, initialize_config_dir
from omegaconf import OmegaConf

ROOT = Path(__file__).resolve().parents[1]


def main(overrides: list[str]) -> int:
    from huggingtweets.card import UserColumn, data_table
    from huggingtweets.corpus import corpus_from_config, summary
    from huggingtweets.errors import UserError

    if {"-h", "--help"} & set(overrides):
        print(__doc__.strip())
        return 0
    try:
        with initialize_config_dir(config_dir=str(ROOT / "conf"), version_base="1.3"):
            cfg = compose("train", overrides=overrides)
        if OmegaConf.is_missing(cfg, "users"):
            raise UserError("no users given; pass e.g. users=[x:dril] (quote it in zsh: 'users=[x:dril]')")
        corpus = corpus_from_config(OmegaConf.to_container(cfg.data, resolve=True))
        accounts = corpus.accounts
    except UserError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    for account in accounts:
        print(summary(account))
    print()
    print(data_table([UserColumn(a.handle, a.display_name, a.counts, a.avatar_url) for a in accounts]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
