"""The GPU checks in one command, about 5 minutes on one recent GPU:

    python scripts/gpu_check.py [--tokenizer GPT2_TOKENIZER_DIR] [--json OUT.json] [--pytest]

1. precision: GPT-2 124M (block 1024, batch 8) trained from the same start on the same rows in 32-true,
   bf16-mixed and 16-mixed (the fused loss; 16-mixed also with transformers' own loss, for comparison): the loss at
   each step, its largest gap to fp32 over the first steps, whether it falls, the median step's tokens/s and MFU,
   peak memory, and the held-out per-tweet perplexity after training.
2. packing: tweets packed in one row scored against each scored alone (`packing_leak`), for GPT-2 and a Llama
   (SmolLM2-135M's shape) under sdpa and eager in fp32 and bf16, and flash_attention_2 when flash-attn is installed.
3. compile: bf16-mixed with `model.compile=true`: time to the first step and tokens/s against eager.
4. benchmark: `scripts/benchmark.py --preset gpt2` (this project's loop against the Hugging Face Trainer, MFU).
5. ddp: `train.py experiment=demo trainer=ddp` on two GPUs, when there are two.
6. `--pytest`: the tests marked `gpu`.

Data: the bundled demo accounts' generator, at 4,000 tweets each; the tokenizer: GPT-2's from `--tokenizer` (the
real vocabulary, so the model is GPT-2 124M), else a BPE of 8,192 trained on those tweets. Prints a table last and
writes every figure to `--json`. Runs on a CPU too (`--preset small`), as a smoke test of the script itself.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from functools import partial
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("WANDB_MODE", "disabled")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import torch  # noqa: E402

SHAPES = {
    "gpt2": {"model_type": "gpt2", "n_layer": 12, "n_head": 12, "n_embd": 768, "n_positions": 1024},
    "small": {"model_type": "gpt2", "n_layer": 2, "n_head": 4, "n_embd": 128, "n_positions": 128},
}
LLAMA = {  # SmolLM2-135M's shape
    "model_type": "llama", "num_hidden_layers": 30, "num_attention_heads": 9, "num_key_value_heads": 3,
    "hidden_size": 576, "intermediate_size": 1536, "max_position_embeddings": 2048, "tie_word_embeddings": True,
}  # fmt: skip


def environment() -> dict:
    import lightning
    import transformers

    info = {
        "date": time.strftime("%Y-%m-%d"),
        "python": platform.python_version(),
        "torch": torch.__version__,
        "cuda": torch.version.cuda,
        "transformers": transformers.__version__,
        "lightning": lightning.__version__,
        "flash_attn": importlib.util.find_spec("flash_attn") is not None,
    }
    if torch.cuda.is_available():
        info |= {
            "gpu": torch.cuda.get_device_name(),
            "gpus": torch.cuda.device_count(),
            "capability": ".".join(map(str, torch.cuda.get_device_capability())),
            "memory_gib": round(torch.cuda.get_device_properties(0).total_memory / 2**30, 1),
        }
    return info


def datamodule(args, workdir: Path):
    from huggingtweets.data import TweetDataModule
    from huggingtweets.demo import ACCOUNTS
    from huggingtweets.tokenizer import load_tokenizer, train_tokenizer
    from scripts.make_demo_data import write_demo

    archive = workdir / "demo"
    if not archive.exists():
        write_demo(archive, tweets_per_account=args.tweets)
    dm = TweetDataModule(list(ACCOUNTS), archive_dir=str(archive), cache_dir=str(workdir / "cache"),
                         block_size=args.block, batch_size=args.batch)  # fmt: skip
    dm.tokenizer = load_tokenizer(args.tokenizer) if args.tokenizer else train_tokenizer(dm.train_texts, 8192)
    dm.setup("fit")
    return dm


def train_run(args, dm, precision: str, fused_loss: bool = True, compile: bool = False) -> dict:
    """One short fit from seed 0; the loss and wall time of every step, then one validation."""
    from lightning.pytorch import Callback, Trainer, seed_everything

    from huggingtweets.model import TweetLM
    from huggingtweets.throughput import flops_per_token

    class Steps(Callback):
        def __init__(self):
            self.losses: list[float] = []
            self.ends: list[float] = []
            self.tokens: list[int] = []

        def on_train_start(self, trainer, pl_module):
            self._sync()
            self.started = time.perf_counter()

        def _sync(self):
            if torch.cuda.is_available():
                torch.cuda.synchronize()

        def on_train_batch_end(self, trainer, pl_module, outputs, batch, batch_idx):
            self.losses.append(float(outputs["loss"]))  # (a device read each step: fine for a check)
            self.ends.append(time.perf_counter())
            self.tokens.append(batch["input_ids"].numel())

    seed_everything(0, workers=True)
    optimizer = partial(torch.optim.AdamW, lr=6e-4, betas=(0.9, 0.95), weight_decay=0.1)
    lm = TweetLM(dm.tokenizer, architecture=SHAPES[args.preset] | {"n_positions": args.block},
                 optimizer=optimizer, fused_loss=fused_loss, compile=compile)  # fmt: skip
    lm.connect([a.handle for a in dm.accounts], dm.packing_probe())
    steps = Steps()
    trainer = Trainer(
        accelerator="auto", devices=1, precision=precision, max_steps=args.steps, gradient_clip_val=1.0,
        logger=False, callbacks=[steps], enable_checkpointing=False, enable_progress_bar=False,
        enable_model_summary=False, limit_val_batches=0, num_sanity_val_steps=0,
    )  # fmt: skip
    if torch.cuda.is_available():
        torch.cuda.reset_peak_memory_stats()
    trainer.fit(lm, datamodule=dm)
    durations = [b - a for a, b in zip([steps.started, *steps.ends], steps.ends, strict=False)]
    full = max(steps.tokens)
    timed = [d for d, n in zip(durations[args.warmup :], steps.tokens[args.warmup :], strict=True) if n == full]
    seconds = statistics.median(timed)
    out = {
        "precision": precision,
        "fused_loss": lm.uses_fused_loss,
        "compile": compile,
        "losses": [round(x, 4) for x in steps.losses],
        "first_step_s": round(durations[0], 2),
        "ms_per_step": round(1000 * seconds, 1),
        "tokens_per_s": round(full / seconds),
        "peak_memory_gib": round(torch.cuda.max_memory_allocated() / 2**30, 2) if torch.cuda.is_available() else None,
    }
    params = sum(p.numel() for p in lm.model.parameters())
    peak = _peak_flops(lm.device, precision)
    if peak:
        out["mfu"] = round(out["tokens_per_s"] * flops_per_token(lm.model.config, params, args.block) / peak, 3)
    if not compile:
        trainer = Trainer(accelerator="auto", devices=1, precision=precision, logger=False,
                          enable_progress_bar=False, enable_model_summary=False)  # fmt: skip
        out["val_ppl"] = round(float(trainer.validate(lm, datamodule=dm, verbose=False)[0]["val/ppl"]), 2)
    return out


def _peak_flops(device: torch.device, precision: str) -> float | None:
    from lightning.fabric.utilities.throughput import get_available_flops

    if device.type != "cuda":
        return None
    dtype = {"bf16-mixed": torch.bfloat16, "16-mixed": torch.float16}.get(precision, torch.float32)
    return get_available_flops(device, dtype)


def precision_check(args, dm) -> list[dict]:
    runs = [train_run(args, dm, "32-true")]
    runs += [train_run(args, dm, p) for p in ("bf16-mixed", "16-mixed")]
    return runs + [train_run(args, dm, "16-mixed", fused_loss=False)]


def compare_to_fp32(runs: list[dict]) -> None:
    """Each run's largest relative loss gap to the fp32 run over the first 10 steps, and whether its loss fell."""
    reference = next(run["losses"] for run in runs if run["precision"] == "32-true")
    early = min(10, len(reference))
    for run in runs:
        gaps = [abs(a - b) / b for a, b in zip(run["losses"][:early], reference[:early], strict=True)]
        run["max_rel_gap_to_fp32_first_steps"] = round(max(gaps), 4)
        first, last = run["losses"][:3], run["losses"][-3:]
        run["falls"] = statistics.mean(last) < statistics.mean(first) - 0.5


def packing_check(args, dm) -> list[dict]:
    from huggingtweets.model import load_causal_lm, packing_leak

    probe = dm.packing_probe()
    device = "cuda" if torch.cuda.is_available() else "cpu"
    rows = []
    shapes = {"gpt2": SHAPES[args.preset] | {"n_positions": args.block}, "llama": LLAMA}
    kernels = ["sdpa", "eager"] + (["flash_attention_2"] if importlib.util.find_spec("flash_attn") else [])
    for name, shape in shapes.items():
        for kernel in kernels:
            torch.manual_seed(0)
            try:
                model = load_causal_lm(dm.tokenizer, architecture=shape, attn_implementation=kernel).to(device)
            except (ImportError, ValueError) as err:
                rows.append({"model": name, "attention": kernel, "error": str(err).splitlines()[0]})
                continue
            for dtype in ([None] if "flash" not in kernel else []) + [torch.bfloat16]:
                with torch.autocast(device, dtype=dtype or torch.float32, enabled=dtype is not None):
                    packed, across = packing_leak(model, probe)
                rows.append({"model": name, "attention": kernel, "dtype": "bf16" if dtype else "fp32",
                             "packed_nats": round(packed, 5), "across_nats": round(across, 4)})  # fmt: skip
            del model
    return rows


def benchmark(args, workdir: Path) -> dict:
    command = [sys.executable, str(ROOT / "scripts" / "benchmark.py"), "--preset", args.preset,
               "--archive-dir", str(workdir / "demo")]  # fmt: skip
    command += ["--tokenizer", args.tokenizer] if args.tokenizer else []
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=600)
    line = next((ln for ln in reversed(done.stdout.splitlines()) if ln.startswith("{")), None)
    if line is None:
        return {"error": done.stderr[-1500:]}
    report = json.loads(line)
    keep = ("setting", "tokens_per_s", "ms_per_step", "mfu", "peak_memory_gib", "device")
    return {
        "ours": {k: report["ours"].get(k) for k in keep},
        "trainer": {k: report["trainer"].get(k) for k in keep},
        "ratio": round(report["ratio"], 3),
        "trainer_tried": report["trainer_tried"],
    }


def ddp_check(workdir: Path) -> dict:
    if torch.cuda.device_count() < 2:
        return {"skipped": f"{torch.cuda.device_count()} GPU(s): needs two"}
    command = [sys.executable, str(ROOT / "train.py"), "experiment=demo", "trainer=ddp", "trainer.accelerator=gpu",
               "trainer.devices=2", "trainer.max_steps=20", f"paths.root_dir={workdir / 'ddp'}"]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, cwd=workdir, timeout=600)
    return {"returncode": done.returncode, "tail": (done.stdout + done.stderr)[-800:]}


def gpu_tests() -> dict:
    done = subprocess.run([sys.executable, "-m", "pytest", "-m", "gpu", "-q", "-p", "no:cacheprovider"],
                          capture_output=True, text=True, cwd=ROOT, timeout=600)  # fmt: skip
    return {"returncode": done.returncode, "summary": done.stdout.strip().splitlines()[-1:]}


def table(report: dict) -> str:
    lines = [f"{report['environment'].get('gpu', 'cpu')} | torch {report['environment']['torch']} | "
             f"{report['environment']['date']}"]  # fmt: skip
    for run in report.get("precision", []) if isinstance(report.get("precision"), list) else []:
        lines.append(
            f"train {run['precision']:>10} fused={run['fused_loss']!s:5} compile={run['compile']!s:5} | loss "
            f"{run['losses'][0]:.2f} -> {run['losses'][-1]:.2f} | "
            f"gap {100 * run.get('max_rel_gap_to_fp32_first_steps', 0):.2f}%"
            f" | {run['tokens_per_s']:,} tok/s | mfu {run.get('mfu')} | {run['peak_memory_gib']} GiB | "
            f"first step {run['first_step_s']} s | val ppl {run.get('val_ppl')}"
        )
    for row in report.get("packing", []):
        lines.append(
            f"packing {row['model']:>5} {row['attention']:>17} {row.get('dtype', '')} | packed "
            f"{row.get('packed_nats')} nats | across {row.get('across_nats')} | {row.get('error', '')}"
        )
    if "benchmark" in report:
        b = report["benchmark"]
        lines.append(f"benchmark: {json.dumps(b)[:400]}")
    for key in ("ddp", "pytest"):
        if key in report:
            lines.append(f"{key}: {json.dumps(report[key])[:400]}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--preset", choices=SHAPES, default="gpt2")
    parser.add_argument("--tokenizer", help="a tokenizer folder (GPT-2's makes the model GPT-2 124M)")
    parser.add_argument("--block", type=int)
    parser.add_argument("--batch", type=int, default=8)
    parser.add_argument("--steps", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=5, help="steps left out of the timing")
    parser.add_argument("--tweets", type=int, default=4000, help="demo tweets per account")
    parser.add_argument("--only", help="comma-separated sections: precision,packing,compile,benchmark,ddp")
    parser.add_argument("--pytest", action="store_true", help="also run the tests marked gpu")
    parser.add_argument("--json", help="write every figure here")
    args = parser.parse_args()
    args.block = args.block or SHAPES[args.preset]["n_positions"]
    sections = set((args.only or "precision,packing,compile,benchmark,ddp").split(","))
    if torch.cuda.is_available():
        torch.backends.cuda.matmul.allow_tf32 = torch.backends.cudnn.allow_tf32 = True  # as train.py does

    report: dict = {"environment": environment()}
    print(json.dumps(report["environment"]), flush=True)
    workdir = Path(tempfile.mkdtemp(prefix="huggingtweets-gpu-check-"))
    dm = datamodule(args, workdir)
    report["data"] = dm.stats | {"tokenizer": args.tokenizer or "bpe-8192"}
    steps = {
        "precision": lambda: precision_check(args, dm),
        "packing": lambda: packing_check(args, dm),
        "compile": lambda: [train_run(args, dm, "bf16-mixed", compile=True)],
        "benchmark": lambda: benchmark(args, workdir),
        "ddp": lambda: ddp_check(workdir),
    }
    for name, step in steps.items():
        if name not in sections:
            continue
        began = time.perf_counter()
        try:
            result = step()
        except Exception as err:  # one failed section does not cost the others' figures
            result = {"error": f"{type(err).__name__}: {err}", "traceback": traceback.format_exc()[-2000:]}
        if name == "compile" and isinstance(result, list):
            report.setdefault("precision", []).extend(result)
        else:
            report[name] = result
        print(f"[{name}] {time.perf_counter() - began:.0f} s: {json.dumps(result)[:1500]}", flush=True)
        if args.json:
            Path(args.json).write_text(json.dumps(report, indent=1))
    if isinstance(report.get("precision"), list) and any(r["precision"] == "32-true" for r in report["precision"]):
        compare_to_fp32(report["precision"])
    if args.pytest:
        report["pytest"] = gpu_tests()
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=1))
    print(table(report))


if __name__ == "__main__":
    main()
