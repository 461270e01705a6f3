"""Which device trains and in what precision: `precision: auto` per machine (README, "Where it runs")."""

from __future__ import annotations

import ctypes
import platform
import sys
from pathlib import Path

import torch

COMPUTE_DTYPES = {"bf16": torch.bfloat16, "16": torch.float16, "32": torch.float32, "64": torch.float64}


def cpu_has_native_bf16() -> bool:
    """AVX-512 BF16 or AMX: bf16 matrix products run in hardware (elsewhere bf16 is emulated and slower)."""
    checks = ("_is_avx512_bf16_supported", "_is_amx_tile_supported")  # torch.cpu's own probes
    return any(getattr(torch.cpu, check, lambda: False)() for check in checks)


def cpu_name() -> str:
    """The model name /proc/cpuinfo gives (elsewhere, what `platform` does), with the family where it names no
    generation (`AMD EPYC`)."""
    info = Path("/proc/cpuinfo").read_text() if Path("/proc/cpuinfo").exists() else ""
    fields = dict(line.split(":", 1) for line in info.splitlines()[:40] if ":" in line)
    name = fields.get("model name\t", "").strip() or platform.processor() or platform.machine() or "?"
    family = {"25": "Zen 3/4", "26": "Zen 5"}.get(fields.get("cpu family\t", "").strip())
    return f"{name} ({family})" if family and fields.get("vendor_id\t", "").strip() == "AuthenticAMD" else name


def mps_available() -> bool:
    return torch.backends.mps.is_available()


def resolve_precision(precision: str | int, accelerator: str = "auto") -> str | int:
    """`auto`: what measures fastest and trains safely on this machine.

    - CUDA: bf16-mixed where the GPU has bf16 (Ampere and newer), else 16-mixed with a gradient scaler (T4, V100).
    - Apple GPUs (MPS): 32-true. Apple GPUs do half-precision arithmetic at the single-precision rate, so autocast
      buys memory, not speed; bf16 autocast needs torch >= 2.6 and macOS 14 and is emulated on M1/M2, and fp16 needs
      a gradient scaler. Full precision is as fast there and has none of those risks (trainer.precision=16-mixed
      asks for fp16 anyway).
    - CPUs: bf16-mixed where bf16 runs in hardware (AVX-512 BF16, AMX), else 32-true.
    """
    if precision != "auto":
        return precision
    wants = str(accelerator).lower()
    if wants in ("auto", "gpu", "cuda") and torch.cuda.is_available():
        return "bf16-mixed" if torch.cuda.is_bf16_supported(including_emulation=False) else "16-mixed"
    if wants in ("auto", "gpu", "mps") and mps_available():
        return "32-true"
    return "bf16-mixed" if cpu_has_native_bf16() else "32-true"


def resolve_attention(setting: str | None, accelerator: str = "auto") -> str | None:
    """`auto`: transformers' `eager` attention when training on a CPU, where for rows of a few hundred tokens it
    measures faster than SDPA's kernels (whose backward pass on CPUs is slow: docs/speed-and-platforms.md), and
    transformers' default (SDPA, or flash-attention where installed and asked for) on GPUs. Anything else as given."""
    if setting != "auto":
        return setting
    wants = str(accelerator).lower()
    on_gpu = wants in ("auto", "gpu", "cuda", "mps") and (torch.cuda.is_available() or mps_available())
    return None if on_gpu else "eager"


def autocast(device: torch.device, precision: str | int | None) -> torch.autocast:
    """The autocast a run in `precision` trains and evaluates under (none in full precision), so figures
    computed after training (the card's, `scripts/evaluate.py`'s) reproduce the ones training logged."""
    mixed = "mixed" in str(precision)
    return torch.autocast(device.type, dtype=compute_dtype(precision) if mixed else None, enabled=mixed)


def compute_dtype(precision: str | int) -> torch.dtype:
    """The dtype the matrix products run in under a Lightning precision setting (`bf16-mixed` -> bfloat16)."""
    return COMPUTE_DTYPES.get(str(precision).split("-")[0], torch.float32)


def keep_freed_memory() -> bool:
    """Make glibc keep the memory a training step frees for the next one (what jemalloc or tcmalloc would do): by
    default it hands blocks over 32 MB back to the system and takes them back zeroed, a page fault every 4 kB, and
    every step allocates the same large logits and gradients again. On Linux, large blocks then come from the heap
    and it is never trimmed (the process keeps its peak memory instead of returning it). About 20% faster steps on a
    CPU (docs/speed-and-platforms.md). True where it took effect."""
    if sys.platform != "linux":
        return False
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:  # (not glibc)
        return False
    m_trim_threshold, m_mmap_threshold = -1, -3
    return bool(libc.mallopt(m_mmap_threshold, 1 << 30)) and bool(libc.mallopt(m_trim_threshold, (1 << 31) - 1))
