"""Evaluate a model directory on its run's own held-out tweets, next to its base model's zero-shot figures.

    python scripts/evaluate.py models/dril                          # per-account and overall, as a table
    python scripts/evaluate.py models/dril-fart users=[dril] --json eval.json
    python scripts/evaluate.py models/dril data.archive_dir=elsewhere   # where the run's data lives now

Each held-out tweet is scored alone, as generation sees it: per-tweet perplexity (per token of text and end
marker) and bits per byte of tweet text (comparable across tokenizers).
"""

from __future__ import annotations

import argparse
import json
import sys


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("model_dir")
    parser.add_argument("overrides", nargs="*", help="users=[a,b] to report only those; data.KEY=VALUE to change data")
    parser.add_argument("--json", metavar="PATH", help="also write the figures as JSON ('-' for stdout only)")
    args = parser.parse_args(argv)

    from omegaconf import OmegaConf

    from huggingtweets.errors import UserError
    from huggingtweets.evaluation import evaluate_directory, markdown

    users = [o for o in args.overrides if o.startswith("users=")]
    data = [o.removeprefix("data.") for o in args.overrides if not o.startswith("users=")]
    try:
        wanted = [str(u) for u in OmegaConf.from_dotlist(users).get("users", [])] if users else []
        result = evaluate_directory(args.model_dir, data, wanted)
    except UserError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    if args.json == "-":
        print(json.dumps(result, indent=1))
        return 0
    print(markdown(result))
    if args.json:
        with open(args.json, "w") as file:
            json.dump(result, file, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
