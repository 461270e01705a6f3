"""Pictures for the card: training curves and a preview of sampled tweets."""

from __future__ import annotations

import functools
import textwrap
from collections.abc import Sequence
from pathlib import Path


def _pyplot():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def training_curves(train_loss: Sequence[tuple[int, float]], val_ppl: Sequence[tuple[int, float]], path: Path) -> Path:
    """Training loss and validation perplexity (log scale; step 0 = before training) against the optimizer step."""
    plt = _pyplot()
    fig, (left, right) = plt.subplots(1, 2, figsize=(9, 3.2), dpi=110)
    if train_loss:
        left.plot(*zip(*train_loss, strict=True), color="#1d9bf0")
    left.set(title="train/loss", xlabel="step")
    if val_ppl:
        right.plot(*zip(*val_ppl, strict=True), marker="o", color="#f91880")
    right.set(title="val/ppl (held-out tweets)", xlabel="step", yscale="log")
    for axis in (left, right):
        axis.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path


@functools.cache
def _font_charmap() -> frozenset[int]:
    from matplotlib import font_manager, ft2font

    return frozenset(ft2font.FT2Font(font_manager.findfont("DejaVu Sans")).get_charmap())


def _drawable(text: str) -> str:
    """Keep the characters the picture's font can draw (emoji, CJK and control bytes are left out)."""
    charmap = _font_charmap()
    return "".join(ch for ch in text if ch == "\n" or (ch.isprintable() and ord(ch) in charmap)).strip()


def preview_image(samples: Sequence[str], display_name: str, handle: str, path: Path) -> Path:
    """Sampled tweets drawn as a column of tweet-like boxes under the account's name (the card's preview)."""
    plt = _pyplot()
    wrapped = [textwrap.fill(_drawable(s) or "(empty)", 64) for s in samples]
    heights = [0.55 + 0.22 * (w.count("\n") + 1) for w in wrapped]
    title_h = 0.55
    total = title_h + sum(heights)
    fig = plt.figure(figsize=(6.4, total), dpi=110)
    fig.text(0.03, 1 - 0.3 / total, textwrap.shorten(_drawable(display_name), 70), fontweight="bold", fontsize=11)
    fig.text(0.03, 1 - 0.48 / total, f"@{handle} (AI)", color="#536471", fontsize=9)
    top = 1 - title_h / total
    for text, height in zip(wrapped, heights, strict=True):
        box_h = height / total
        ax = fig.add_axes((0.03, top - box_h + 0.06 / total, 0.94, box_h - 0.12 / total))
        ax.set_xticks([])
        ax.set_yticks([])
        for spine in ax.spines.values():
            spine.set_color("#cfd9de")
        ax.text(0.02, 0.5, text, va="center", fontsize=9.5, transform=ax.transAxes)
        top -= box_h
    fig.savefig(path)
    plt.close(fig)
    return path
