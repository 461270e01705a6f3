"""Training throughput of this project's loop against a plain Hugging Face `Trainer` on the same work.

    python scripts/benchmark.py                       # GPT-2 6 x 384 x 6 heads from scratch, block 128, batch 8
    python scripts/benchmark.py --preset gpt2         # GPT-2 124M, block 1024 (for GPUs)
    python scripts/benchmark.py --model /tmp/smollm2  # a real pretrained model (what users fine-tune)

Both train the same model shape on the same packed rows (whole tweets, `position_ids` restarting per tweet) for the
same steps; ours at the project's defaults (`precision: auto`, its optimizer, clipping, fused loss and kernels), the
Trainer on the model as transformers builds it, at the best of the settings it is tried with (fp32, bf16, and each
with its `torch_compile=True`; fused AdamW where the device has it; `--compile` compiles ours too). `--rounds`
rounds (3) run ours and every Trainer setting in turn, each measurement in its own process (clean memory figures;
the first `--warmup` steps are not timed), so a machine that slows down slows both alike. Data: @dril's archive
and the GPT-2 tokenizer from ../shared when present, else the bundled demo accounts and a tokenizer trained on them.

Prints one JSON line: the median `ratio` (ours / the Trainer's best, per round) and its spread, the median round's
`ours` and `trainer` (tokens/s, ms/step, peak memory, model FLOP/s by 6N plus attention as a fraction of the
measured GEMM peak), the measured peak itself (a 4096^3 bf16 and fp32 product here, best of 5), and on CPUs the
datasheet peak beside it.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
PRESETS = {
    "small": {"model_type": "gpt2", "n_layer": 6, "n_embd": 384, "n_head": 6, "block": 128, "batch": 8},
    "gpt2": {"model_type": "gpt2", "n_layer": 12, "n_embd": 768, "n_head": 12, "block": 1024, "batch": 8},
}


def cpu_peak(dtype: str) -> dict | None:
    """The CPU's peak FLOP/s: cores x clock x FLOPs per cycle of the instruction set the dtype uses."""
    import torch

    info = Path("/proc/cpuinfo").read_text() if Path("/proc/cpuinfo").exists() else ""
    fields = dict(line.split(":", 1) for line in info.splitlines()[:40] if ":" in line)
    flags = set(fields.get("flags\t\t", fields.get("flags", "")).split())
    vendor, family = fields.get("vendor_id\t", "").strip(), fields.get("cpu family\t", "").strip()
    mhz = float(fields.get("cpu MHz\t\t", "0") or 0)
    if not mhz or not flags:
        return None
    pipes = "two 256-bit pipes" if vendor == "AuthenticAMD" and family == "25" else "two 512-bit units"
    wide = 2 if pipes == "two 512-bit units" else 1  # Zen 4 (family 25) splits AVX-512 over 256-bit pipes; Zen 5 not
    if dtype == "bf16" and "amx_bf16" in flags:
        per_cycle, basis = 1024, "AMX BF16 tiles"
    elif dtype == "bf16" and "avx512_bf16" in flags:
        per_cycle, basis = 64 * wide, f"AVX-512 BF16 dot products, {pipes}"
    elif "avx512f" in flags:
        per_cycle, basis = 32 * wide, f"AVX-512 FP32 FMA, {pipes}"
    else:
        per_cycle, basis = 32, "AVX2 FP32 FMA, two 256-bit units"
    cores = torch.get_num_threads()
    return {
        "flops": cores * mhz * 1e6 * per_cycle,
        "cores": cores,
        "ghz": mhz / 1000,
        "flops_per_cycle": per_cycle,
        "basis": basis,
    }


def data(args, cache: str):
    """The packed rows and the tokenizer both loops train on."""
    from huggingtweets.data import TweetDataModule
    from huggingtweets.demo import ACCOUNTS, DEMO_DIR
    from huggingtweets.tokenizer import load_tokenizer, train_tokenizer

    dril = SHARED / "data"
    if args.archive_dir:  # the demo accounts' generator at another size (scripts/gpu_check.py)
        users, archive = list(ACCOUNTS), Path(args.archive_dir)
    else:
        users, archive = (["dril"], dril) if (dril / "dril").exists() else (list(ACCOUNTS), DEMO_DIR)
    dm = TweetDataModule(users, archive_dir=str(archive), cache_dir=cache, block_size=args.block, batch_size=args.batch)
    if args.model or args.tokenizer:
        tokenizer = load_tokenizer(args.model or args.tokenizer)
    elif (SHARED / "assets" / "gpt2-tokenizer").exists():
        tokenizer = load_tokenizer(str(SHARED / "assets" / "gpt2-tokenizer"))
    else:
        tokenizer = train_tokenizer(dm.train_texts, vocab_size=8192)
    dm.tokenizer = tokenizer
    dm.setup("fit")
    return dm, tokenizer, f"{','.join(users)} ({dm.stats['train_rows']} rows)"


def model_kwargs(args) -> dict:
    if args.model:
        return {"name_or_path": args.model}
    preset = PRESETS[args.preset]
    return {
        "architecture": {k: preset[k] for k in ("model_type", "n_layer", "n_embd", "n_head")}
        | {"n_positions": args.block}
    }


class StepClock:
    """Wall time of the steps after the first `warmup` (the device synchronised at both ends only)."""

    def __init__(self, warmup: int, steps: int):
        self.warmup, self.total, self.started, self.seconds = warmup, warmup + steps, None, None

    def step(self, step: int, device_type: str) -> None:
        import torch

        if step == self.warmup or step == self.total:
            if device_type == "cuda":
                torch.cuda.synchronize()
            if step == self.warmup:
                self.started = time.perf_counter()
            else:
                self.seconds = time.perf_counter() - self.started


def measure_ours(args, cache: str) -> dict:
    from lightning.pytorch import Callback, Trainer

    from huggingtweets.devices import keep_freed_memory, resolve_precision
    from huggingtweets.model import TweetLM

    keep_freed_memory()  # (as train.py does)
    dm, tokenizer, corpus = data(args, cache)
    lm = TweetLM(tokenizer, compile=args.compile, **model_kwargs(args))
    clock = StepClock(args.warmup, args.steps)

    profiler = torch_profiler() if args.profile else None

    class Clock(Callback):
        def on_train_batch_start(self, trainer, pl_module, *rest):
            if profiler and trainer.global_step == args.warmup:
                profiler.__enter__()

        def on_train_batch_end(self, trainer, pl_module, *rest):
            clock.step(trainer.global_step, pl_module.device.type)
            if profiler and trainer.global_step == clock.total:
                profiler.__exit__(None, None, None)

    precision = resolve_precision("auto", "auto")
    trainer = Trainer(
        accelerator="auto",
        devices=1,
        precision=precision,
        max_steps=clock.total,
        gradient_clip_val=1.0,
        logger=False,
        callbacks=[Clock()],
        enable_checkpointing=False,
        enable_progress_bar=False,
        enable_model_summary=False,
        limit_val_batches=0,
    )
    trainer.fit(lm, datamodule=dm)
    measured = result("ours", precision, clock.seconds, args, lm.model, corpus)
    return measured | ({"profile": breakdown(profiler, args.steps)} if profiler else {})


def torch_profiler():
    import torch
    from torch.profiler import ProfilerActivity, profile

    return profile(activities=[ProfilerActivity.CPU] + ([ProfilerActivity.CUDA] if torch.cuda.is_available() else []))


CATEGORIES = (  # (category, does an operator's name or one of its callers' names say so)
    ("LM head + loss", lambda names: any("LinearCrossEntropy" in n for n in names)),
    ("optimizer (AdamW, clipping)", lambda names: any(k in names[0] for k in ("adamw", "_foreach_", "vector_norm"))),
    ("casts (autocast)", lambda names: any("_to_copy" in n for n in names)),
    ("attention", lambda names: any(k in names[0] for k in ("bmm", "softmax", "scaled_dot_product"))),
    ("matrix products", lambda names: any(k in names[0] for k in ("aten::mm", "aten::addmm", "aten::linear"))),
    ("data", lambda names: any("DataLoader" in n for n in names)),
)


def breakdown(profiler, steps: int) -> dict:
    """Milliseconds per step by where they went, from each operator's own time and who called it."""
    totals: dict[str, float] = {}
    for event in profiler.profiler.function_events:
        names, parent = [event.name], event.cpu_parent
        while parent is not None:
            names.append(parent.name)
            parent = parent.cpu_parent
        category = next((c for c, match in CATEGORIES if match(names)), "other (elementwise, norms, framework)")
        totals[category] = totals.get(category, 0.0) + event.self_cpu_time_total / 1000 / steps
    return {k: round(v, 1) for k, v in sorted(totals.items(), key=lambda kv: -kv[1])}


def measure_trainer(args, cache: str, setting: str) -> dict:
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM, Trainer, TrainerCallback, TrainingArguments

    from huggingtweets.model import fastest_kernel

    dm, tokenizer, corpus = data(args, cache)
    torch.manual_seed(0)  # the model as a plain transformers user builds it: the same shape and start
    if args.model:
        model = AutoModelForCausalLM.from_pretrained(args.model, dtype=torch.float32)
    else:
        fields = model_kwargs(args)["architecture"]
        config = AutoConfig.for_model(
            fields.pop("model_type"),
            vocab_size=len(tokenizer),
            bos_token_id=tokenizer.eos_token_id,
            eos_token_id=tokenizer.eos_token_id,
            **fields,
        )
        model = AutoModelForCausalLM.from_config(config)
    model.config.use_cache = False
    clock = StepClock(args.warmup, args.steps)

    class Clock(TrainerCallback):
        def on_step_end(self, training_args, state, control, **kwargs):
            clock.step(state.global_step, model.device.type)

    fused = fastest_kernel(partial(torch.optim.AdamW, lr=1e-4), model.device).get("fused")
    training_args = TrainingArguments(
        output_dir=tempfile.mkdtemp(prefix="bench-trainer-"),
        per_device_train_batch_size=args.batch,
        max_steps=clock.total,
        learning_rate=1e-4,
        weight_decay=0.1,
        adam_beta2=0.95,
        max_grad_norm=1.0,
        lr_scheduler_type="cosine",
        warmup_steps=0,
        bf16=setting.startswith("bf16"),
        use_cpu=not torch.cuda.is_available(),
        optim="adamw_torch_fused" if fused else "adamw_torch",
        logging_steps=10**6,
        save_strategy="no",
        report_to=[],
        torch_compile=setting.endswith("+compile"),
        dataloader_num_workers=0,
        disable_tqdm=True,
        seed=0,
    )
    Trainer(model=model, args=training_args, train_dataset=dm.train_set, callbacks=[Clock()]).train()
    return result("trainer", setting, clock.seconds, args, model, corpus)


def result(loop: str, setting: str, seconds: float, args, model, corpus: str) -> dict:
    import torch
    from lightning.fabric.utilities.throughput import get_available_flops

    from huggingtweets.throughput import counted_flops_per_token
    from huggingtweets.throughput import flops_per_token as flops_per_token_formula

    tokens = args.steps * args.batch * args.block
    device = next(model.parameters()).device
    out = {
        "loop": loop,
        "setting": setting,
        "tokens_per_s": tokens / seconds,
        "ms_per_step": 1000 * seconds / args.steps,
        "device": torch.cuda.get_device_name(0) if device.type == "cuda" else "cpu",
        "corpus": corpus,
        "parameters": sum(p.numel() for p in model.parameters()),
    }
    flops_per_token = counted_flops_per_token(model, args.block, device)
    out["flop_per_s"] = out["tokens_per_s"] * flops_per_token
    out["model_flop_per_s"] = out["tokens_per_s"] * flops_per_token_formula(model.config, out["parameters"], args.block)
    dtype = torch.bfloat16 if "bf16" in setting else torch.float32
    if device.type == "cuda":
        peak = get_available_flops(device, dtype)
    else:
        peak = (cpu_peak("bf16" if dtype == torch.bfloat16 else "fp32") or {}).get("flops")
    if peak:  # a datasheet's for a CPU, at the clock /proc/cpuinfo reports (often the base: boosts go above it)
        out["mfu" if device.type == "cuda" else "of_datasheet_peak"] = out["flop_per_s"] / peak
    if device.type == "cuda":
        out["peak_memory_gib"] = torch.cuda.max_memory_allocated() / 2**30
    else:
        out["peak_rss_gib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20
    return out


def main() -> None:
    from huggingtweets.devices import cpu_name

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--preset", choices=PRESETS, default="small")
    parser.add_argument("--model", help="a pretrained model folder instead of a preset shape")
    parser.add_argument("--tokenizer", help="a tokenizer folder for the preset shapes (default: ../shared's GPT-2)")
    parser.add_argument("--archive-dir", help="demo accounts written by huggingtweets.demo.write_demo elsewhere")
    parser.add_argument("--block", type=int)
    parser.add_argument("--batch", type=int)
    parser.add_argument("--steps", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--compile", action="store_true", help="torch.compile in both loops")
    parser.add_argument(
        "--settings",
        default="fp32,bf16,fp32+compile,bf16+compile",
        help="the Trainer settings tried (its best is compared)",
    )
    parser.add_argument("--rounds", type=int, default=3, help="rounds of ours and the Trainer, interleaved")
    parser.add_argument("--profile", action="store_true", help="only ours, under the profiler: where each step goes")
    parser.add_argument("--only", help=argparse.SUPPRESS)  # one measurement, in a child process
    args = parser.parse_args()
    args.block = args.block or PRESETS[args.preset]["block"]
    args.batch = args.batch or PRESETS[args.preset]["batch"]

    cache = str(Path(tempfile.gettempdir()) / "huggingtweets-bench-cache")  # tokenized once, shared by the children
    if args.only:
        loop, _, setting = args.only.partition(":")
        measured = measure_ours(args, cache) if loop == "ours" else measure_trainer(args, cache, setting)
        print("RESULT " + json.dumps(measured))
        return

    def child(only: str) -> dict:
        argv = [a for a in sys.argv[1:] if not a.startswith("--only")]
        out = subprocess.run([sys.executable, __file__, *argv, f"--only={only}"], capture_output=True, text=True)
        line = next((ln for ln in out.stdout.splitlines() if ln.startswith("RESULT ")), None)
        if line is None:
            sys.exit(f"the {only} measurement failed:\n{out.stderr[-3000:]}")
        return json.loads(line.removeprefix("RESULT "))

    if args.profile:
        ours = child("ours")
        print(json.dumps({"ms_per_step": ours["ms_per_step"], "profile": ours["profile"], "cpu": cpu_name()}))
        return
    settings = [s + ("+compile" if args.compile and "compile" not in s else "") for s in args.settings.split(",")]
    peaks = {dtype: gemm_peak(dtype) for dtype in ("bf16", "fp32")}
    rounds = []
    for number in range(args.rounds):  # interleaved: a machine that slows down slows both loops alike
        ours = child("ours")
        tried = [child(f"trainer:{s}") for s in settings]
        best = max(tried, key=lambda r: r["tokens_per_s"])
        rounds.append({"ours": ours, "trainer": best, "ratio": ours["tokens_per_s"] / best["tokens_per_s"],
                       "trainer_tried": {r["setting"]: round(r["tokens_per_s"], 1) for r in tried}})  # fmt: skip
        print(
            f"round {number + 1}: ours {ours['tokens_per_s']:,.0f} tok/s, the Trainer's best "
            f"{best['tokens_per_s']:,.0f} ({best['setting']}): {rounds[-1]['ratio']:.3f}x",
            file=sys.stderr,
        )
    ratios = [r["ratio"] for r in rounds]
    middle = sorted(rounds, key=lambda r: r["ratio"])[len(rounds) // 2]
    report = {
        "ratio": statistics.median(ratios),
        "ratio_spread": [min(ratios), max(ratios)],
        "ours": middle["ours"] | of_peak(middle["ours"], peaks),
        "trainer": middle["trainer"] | of_peak(middle["trainer"], peaks),
        "rounds": [
            {
                "ratio": round(r["ratio"], 3),
                "ours": round(r["ours"]["tokens_per_s"], 1),
                "trainer_tried": r["trainer_tried"],
            }
            for r in rounds
        ],  # fmt: skip
        "measured_peak_flop_per_s": peaks,
        "shape": args.model or args.preset,
        "block": args.block,
        "batch": args.batch,
        "steps": args.steps,
    }
    if middle["ours"]["device"] == "cpu":
        report["cpu"] = cpu_name()
        report["cpu_datasheet_peak"] = cpu_peak("bf16" if "bf16" in middle["ours"]["setting"] else "fp32")
    print(json.dumps(report))


def gemm_peak(dtype: str, size: int = 4096, repeats: int = 5) -> float:
    """FLOP/s of a `size`^3 matrix product in `dtype` on this machine (the best of `repeats`, after a warm-up, with
    the thread settings the measurements use): the machine's achievable peak, where a datasheet's is not."""
    import torch

    device = "cuda" if torch.cuda.is_available() else "cpu"
    kind = {"bf16": torch.bfloat16, "fp32": torch.float32}[dtype]
    a, b = (torch.randn(size, size, device=device).to(kind) for _ in range(2))
    best = float("inf")
    for attempt in range(repeats + 1):
        if device == "cuda":
            torch.cuda.synchronize()
        started = time.perf_counter()
        a @ b
        if device == "cuda":
            torch.cuda.synchronize()
        if attempt:  # (the first is the warm-up)
            best = min(best, time.perf_counter() - started)
    return 2 * size**3 / best


def of_peak(measured: dict, peaks: dict) -> dict:
    """The model FLOP/s (6N per token plus attention) as a fraction of the measured GEMM peak of its precision."""
    dtype = "bf16" if "bf16" in measured["setting"] else "fp32"
    return {"model_flop_per_s": measured["model_flop_per_s"],
            "of_measured_peak": measured["model_flop_per_s"] / peaks[dtype]}  # fmt: skip


if __name__ == "__main__":
    main()
