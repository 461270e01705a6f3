"""Train the original huggingtweets recipe and this project's default on the same split and the same budget of
training tokens (one pass over the training tweets), then compare what users get: per-tweet held-out perplexity.

    ../shared/tools/get-smollm2 /tmp/smollm2
    python scripts/compare_recipes.py --model /tmp/smollm2 --archive-dir ../shared/data --users dril
    python scripts/compare_recipes.py --tiny      # a tiny model on the bundled demo account: what `make test` runs

(a) original: tweets joined with EOS and cut into 1024-token blocks across tweets (no account marker), batch 1,
    AdamW lr 1.372e-4 (betas 0.9/0.999, no weight decay), cosine decay to 0 with no warmup, no validation; evaluated
    at the end.
(b) default: the `conf/` defaults for the model (`model=smollm2`), validated every twentieth of the epoch to find
    when it first reaches (a)'s final perplexity: its training time by then, as a fraction of (a)'s whole training
    time, is the time to quality (validation is left out of both).
Both: one pass (no early stopping, no checkpoints), bf16 where the CPU or GPU has it.
Writes `<out>/results.json` and `<out>/results.md`.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import shutil
import sys
import time
from pathlib import Path

from hydra import compose, initialize_config_dir

ROOT = Path(__file__).resolve().parents[1]
ORIGINAL = [
    "data.packing=stream",
    "data.batch_size=1",
    "model.conditioning=none",
    "model.optimizer.lr=1.372e-4",
    "model.optimizer.betas=[0.9,0.999]",
    "model.optimizer.weight_decay=0.0",
    "model.scheduler.warmup_fraction=0.0",
    "model.scheduler.decay=cosine",
    "model.scheduler.min_lr_ratio=0.0",
    "++trainer.limit_val_batches=0",
]
DEFAULT = ["++trainer.val_check_interval=0.05"]


def machine() -> str:
    import torch

    if torch.cuda.is_available():
        return torch.cuda.get_device_name(0)
    from huggingtweets.devices import cpu_name

    return f"{cpu_name()}, {torch.get_num_threads()} threads"


def progress(run_dir: Path) -> tuple[list[dict], dict]:
    """A run's CSV log: (step, tokens seen, training seconds, val/ppl) at every validation, and the last
    (step, tokens seen, training seconds) logged."""
    rows = [row for path in run_dir.rglob("metrics.csv") for row in csv.DictReader(path.open())]
    points = [{"step": int(r["step"]), "tokens": int(float(r["perf/tokens_seen"])),
               "seconds": float(r["perf/train_seconds"]), "ppl": float(r["val/ppl"]) if r.get("val/ppl") else None}
              for r in rows if r.get("perf/tokens_seen")]  # fmt: skip
    points.sort(key=lambda p: (p["step"], p["ppl"] is None))
    return [p for p in points if p["ppl"] is not None], (points[-1] if points else {})


def run(name: str, overrides: list[str], out: Path, reuse: bool = False) -> dict:
    """Train one recipe into `<out>/<name>/` and collect its figures (or, with `reuse`, read the ones collected
    by an earlier run that trained the same composed config on this machine: a changed preset retrains)."""
    from huggingtweets.corpus import model_name
    from huggingtweets.resume import run_key
    from huggingtweets.train import train

    run_dir = out / name
    saved = run_dir / "result.json"
    with initialize_config_dir(config_dir=str(ROOT / "conf"), version_base="1.3"):
        fixed = [f"paths.root_dir={run_dir}", f"paths.output_dir={run_dir}/run", "logger=csv"]
        # the same budget for both, and no big files: no early stopping, no checkpoints
        no_stops = ["~callbacks.model_checkpoint", "~callbacks.last_checkpoint", "~callbacks.early_stopping"]
        cfg = compose("train", overrides=[*overrides, *fixed, *no_stops])
    config = run_key(cfg)
    if reuse and saved.exists():
        earlier = json.loads(saved.read_text())
        if (earlier.get("config"), earlier.get("machine")) == (config, machine()):  # (its seconds compare too)
            return earlier
    shutil.rmtree(run_dir, ignore_errors=True)  # no logs or models of an earlier run mixed in
    started = time.perf_counter()
    train(cfg)
    wall = time.perf_counter() - started
    model_dir = run_dir / "models" / model_name(list(cfg.users))
    record = json.loads((model_dir / "huggingtweets.json").read_text())
    before = record["evaluation"]["before"]
    points, last = progress(run_dir / "run")
    result = {
        "recipe": name,
        "overrides": overrides,
        "config": config,  # what --reuse compares, with the machine
        "machine": machine(),
        "model_dir": str(model_dir),
        "zero_shot_ppl": before["ppl"] if before else None,
        "tokens_seen": last.get("tokens"),
        "train_seconds": last.get("seconds"),
        "wall_seconds": wall,
        "curve": points,
        "split": record["split"],
        "block_size": record["data"]["block_size"],
    }
    saved.write_text(json.dumps(result, indent=1))
    return result


def duration(seconds: float | None) -> str:
    return "-" if seconds is None else f"{seconds:.0f} s" if seconds < 120 else f"{seconds / 60:.1f} min"


def first_reaching(points: list[dict], ppl: float) -> dict | None:
    return next((p for p in points if p["ppl"] <= ppl), None)


def table(results: dict) -> str:
    a, b = results["original"], results["default"]
    reach = results["default_reaches_original"]
    lines = [
        f"Machine: {results['machine']}; model: {results['model']}; accounts: {', '.join(results['users'])}; "
        f"{a['split']['val_tweets']} held-out tweets, each scored alone; one pass over the training tweets each.",
        "",
        "| Recipe | Per-tweet perplexity | Bits per byte | Tokens seen | Training time | Wall time |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for label, r in (("(a) original huggingtweets", a), ("(b) this project's default", b)):
        lines.append(f"| {label} | **{r['ppl']:.2f}** | {r['bpb']:.3f} | {r['tokens_seen'] or '-'} | "
                     f"{duration(r['train_seconds'])} | {duration(r['wall_seconds'])} |")  # fmt: skip
    lines.append("")
    if a["zero_shot_ppl"]:
        before = f"{a['zero_shot_ppl']:.2f}"
        if b["zero_shot_ppl"] and f"{b['zero_shot_ppl']:.2f}" != before:  # (b) reads an account marker, say
            before = f"(a) {before}, (b) {b['zero_shot_ppl']:.2f} (what each reads before a tweet differs)"
        lines.append(f"Before training (zero-shot for a pretrained model): {before}.")
    lines.append(f"(b) is {100 * (1 - b['ppl'] / a['ppl']):.1f}% lower in per-tweet perplexity than (a).")
    if reach:
        lines.append(f"(b) first reached (a)'s final perplexity after {reach['tokens']} training tokens and "
                     f"{duration(reach['seconds'])} of training (validated every twentieth of its epoch): "
                     f"**{results['time_to_quality']:.2f}** of (a)'s training time.")  # fmt: skip
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", help="a local causal LM folder (e.g. from ../shared/tools/get-smollm2)")
    parser.add_argument("--archive-dir", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--users", default="dril", help="comma-separated handles")
    parser.add_argument("--block", type=int, default=1024, help="the original recipe's block size")
    parser.add_argument("--out", default="logs/compare_recipes")
    parser.add_argument("--tiny", action="store_true", help="a tiny model on the bundled demo account (a smoke test)")
    parser.add_argument("--reuse", action="store_true", help="reuse a recipe's earlier result of the same config")
    parser.add_argument("overrides", nargs="*", help="Hydra overrides applied to both recipes")
    args = parser.parse_args(argv)
    from huggingtweets.evaluation import evaluate_directory

    users = args.users.split(",")
    if args.tiny:
        model = [
            "experiment=demo",
            "model.tokenizer.vocab_size=512",
            "model.architecture.n_layer=2",
            "model.conditioning=none",
        ]
        users, block = ["lunar_larry"], 128
    else:
        if not args.model:
            parser.error("--model DIR is required (or --tiny)")
        model = ["model=smollm2", f"model.name_or_path={args.model}", f"data.archive_dir={args.archive_dir}"]
        block = args.block
    common = [*model, f"users=[{','.join(users)}]", "trainer.max_epochs=1", *args.overrides]
    out = Path(args.out)
    results = {"machine": machine(), "model": "tiny" if args.tiny else Path(args.model).name, "users": users}
    results["original"] = run("original", [*common, *ORIGINAL, f"data.block_size={block}"], out, args.reuse)
    results["default"] = run("default", [*common, *DEFAULT], out, args.reuse)
    # both scored per tweet in rows of the default's block size, each after what it was trained to read first
    settings = [f"block_size={results['default']['block_size']}", "packing=tweets"]
    for recipe in ("original", "default"):
        scored = evaluate_directory(results[recipe]["model_dir"], settings, zero_shot=False)["fine_tuned"]
        results[recipe] |= {"ppl": scored["ppl"], "bpb": scored["bpb"]}
    original, default = results["original"], results["default"]
    reach = results["default_reaches_original"] = first_reaching(default["curve"], original["ppl"])
    results["time_to_quality"] = reach["seconds"] / original["train_seconds"] if reach else None
    results["improvement"] = 1 - results["default"]["ppl"] / results["original"]["ppl"]
    assert math.isfinite(results["improvement"])
    out.mkdir(parents=True, exist_ok=True)
    (out / "results.json").write_text(json.dumps(results, indent=1))
    (out / "results.md").write_text(table(results) + "\n")
    print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
