"""Evaluate a model directory on its run's own held-out tweets, next to its base model's zero-shot figures.

    python scripts/evaluate.py models/dril                          # per-account and overall, as a table
    python scripts/evaluate.py models/dril-fart users=[dril] --json eval.json
    python scripts/evaluate.py models/dril data.archive_dir=elsewhere   # where the run's data lives now
    python scripts/evaluate.py models/dril --samples 200 --json eval.json   # and how 200 fresh tweets read
    python scripts/evaluate.py models/dril --sampling top_p=0.95,temperature=1.0 --sampling temperature=0.8

Each held-out tweet is scored alone, as generation sees it: per-tweet perplexity (per token of text and end
marker) and bits per byte of tweet text (comparable across tokenizers). `--samples N` fresh tweets (200; 0: none)
are judged against the real held-out tweets (`huggingtweets.judging`: MAUVE, a real-vs-generated discriminator,
distinct-n, words per tweet, copies, and attribution for a model of several accounts), with the model's sampling
settings or, per `--sampling`, others (one row each).
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
    parser.add_argument("--samples", type=int, default=200, help="fresh tweets to judge (0: none)")
    parser.add_argument(
        "--sampling",
        action="append",
        default=[],
        metavar="KEY=VALUE,...",
        help="sampling settings to judge instead (top_p, temperature, min_p, top_k); repeatable",
    )
    args = parser.parse_args(argv)

    from omegaconf import OmegaConf

    from huggingtweets.errors import UserError
    from huggingtweets.evaluation import evaluate_directory, markdown

    users = [o for o in args.overrides if o.startswith("users=")]
    data = [o.removeprefix("data.") for o in args.overrides if not o.startswith("users=")]
    try:
        wanted = [str(u) for u in OmegaConf.from_dotlist(users).get("users", [])] if users else []
        sampling = [sampling_setting(text) for text in args.sampling]
        result = evaluate_directory(args.model_dir, data, wanted, samples=args.samples, sampling=sampling)
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


def sampling_setting(text: str) -> dict:
    """`top_p=0.9,temperature=0.8` as a dict of numbers (a one-line error for anything else)."""
    from huggingtweets.errors import UserError

    setting = {}
    for part in filter(None, text.split(",")):
        key, _, value = part.partition("=")
        if key.strip() not in ("top_p", "temperature", "min_p", "top_k"):
            raise UserError(f"--sampling {text}: {key!r} is not one of top_p, temperature, min_p, top_k")
        try:
            setting[key.strip()] = int(value) if key.strip() == "top_k" else float(value)
        except ValueError:
            raise UserError(f"--sampling {text}: {key}={value!r} is not a number") from None
    return setting


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
