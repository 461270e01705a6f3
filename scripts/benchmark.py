"""Speed and memory of each stage, on real data: ingest + clean (cold and cached), tokenize + pack, training.

    python scripts/benchmark.py                                   # the bundled demo accounts, tiny model
    python scripts/benchmark.py --archive-dir ../data --users dril --steps 50
    python scripts/benchmark.py --model /path/to/causal-lm --precision bf16-mixed --accelerator gpu

Prints one line per stage and a final JSON line. Training throughput is the last logging interval's (the first
steps, with their start-up costs, are excluded); MFU appears on GPUs whose peak FLOP/s is known.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import tempfile
import time

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")


def main() -> None:
    from huggingtweets.demo import ACCOUNTS, DEMO_DIR

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--archive-dir", default=str(DEMO_DIR))
    parser.add_argument("--users", nargs="+", default=list(ACCOUNTS))
    parser.add_argument("--model", default="tiny", help="'tiny' (from scratch) or a model name/path")
    parser.add_argument("--steps", type=int, default=40)
    parser.add_argument("--block-size", type=int, default=128)
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--accelerator", default="auto")
    parser.add_argument("--precision", default="auto")
    parser.add_argument("--compile", action="store_true")
    args = parser.parse_args()

    import torch
    from lightning.pytorch import Trainer

    from huggingtweets.data import TweetDataModule
    from huggingtweets.model import TweetLM
    from huggingtweets.throughput import Throughput
    from huggingtweets.tokenizer import load_tokenizer, train_tokenizer
    from huggingtweets.train import resolve_precision

    results: dict[str, float | str] = {}
    cache = tempfile.mkdtemp(prefix="huggingtweets-bench-")

    def make_dm() -> TweetDataModule:
        return TweetDataModule(
            args.users, archive_dir=args.archive_dir, cache_dir=cache, block_size=args.block_size,
            batch_size=args.batch_size,
        )  # fmt: skip

    start = time.perf_counter()
    dm = make_dm()
    downloaded = sum(a.counts["downloaded"] for a in dm.accounts)
    results["clean_cold_s"] = time.perf_counter() - start
    results["clean_tweets_per_s"] = downloaded / results["clean_cold_s"]
    start = time.perf_counter()
    dm = make_dm()
    _ = dm.accounts
    results["clean_cached_s"] = time.perf_counter() - start
    print(f"ingest+clean {downloaded} tweets: {results['clean_cold_s']:.2f} s cold "
          f"({results['clean_tweets_per_s']:.0f} tweets/s), {results['clean_cached_s']:.2f} s cached")  # fmt: skip

    start = time.perf_counter()
    if args.model == "tiny":
        tokenizer = train_tokenizer(dm.train_texts, vocab_size=2048)
        lm_kwargs = {"architecture": {"model_type": "gpt2", "n_layer": 2, "n_head": 4, "n_embd": 128,
                                      "n_positions": args.block_size}}  # fmt: skip
    else:
        tokenizer = load_tokenizer(args.model)
        lm_kwargs = {"name_or_path": args.model}
    dm.tokenizer = tokenizer
    dm.setup("fit")
    results["tokenize_pack_s"] = time.perf_counter() - start
    print(f"tokenizer + tokenize + pack: {results['tokenize_pack_s']:.2f} s, {dm.stats['train_tokens']} train tokens,"
          f" {dm.stats['train_blocks']} blocks of {args.block_size}")  # fmt: skip

    lm = TweetLM(tokenizer, compile=args.compile, **lm_kwargs)
    precision = resolve_precision(args.precision, args.accelerator)
    trainer = Trainer(
        accelerator=args.accelerator, devices=1, precision=precision, max_steps=args.steps,
        log_every_n_steps=max(1, args.steps // 2), logger=False, callbacks=[Throughput()],
        enable_checkpointing=False, enable_progress_bar=False, enable_model_summary=False, limit_val_batches=0,
    )  # fmt: skip
    start = time.perf_counter()
    trainer.fit(lm, datamodule=dm)
    results["train_wall_s"] = time.perf_counter() - start
    metrics = {k: float(v) for k, v in trainer.callback_metrics.items() if k.startswith("perf/")}
    results |= {k.removeprefix("perf/"): v for k, v in metrics.items()}
    if torch.cuda.is_available():
        results["peak_gpu_mem_gib"] = torch.cuda.max_memory_allocated() / 2**30
    results["peak_rss_gib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20
    results |= {"device": str(lm.device), "precision": precision, "parameters": sum(p.numel() for p in lm.parameters())}
    mfu = f", mfu {100 * results['mfu']:.1f}%" if "mfu" in results else ""
    print(f"train {args.steps} steps on {lm.device} ({precision}): {results['tokens_per_s']:.0f} tokens/s, "
          f"{results['ms_per_step']:.1f} ms/step{mfu}; peak RSS {results['peak_rss_gib']:.2f} GiB")  # fmt: skip
    print(json.dumps(results))


if __name__ == "__main__":
    main()
