"""Pictures for the card: training curves and a preview of sampled tweets."""

from __future__ import annotations

import textwrap
import warnings
from collections.abc import Sequence
from pathlib import Path


def _pyplot():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def training_curves(
    train_loss: Sequence[tuple[int, float]], val_ppl: Sequence[tuple[int, float]], path: Path
) -> Path:
    """Training loss and validation perplexity against the optimizer step."""
    plt = _pyplot()
    fig, (left, right) = plt.subplots(1, 2, figsize=(9, 3.2), dpi=110)
    if train_loss:
        left.plot(*zip(*train_loss, strict=True), color="#1d9bf0")
    left.set(title="train/loss", xlabel="step")
    if val_ppl:
        right.plot(*zip(*val_ppl, strict=True), marker="o", color="#f91880")
    right.set(title="val/ppl", xlabel="step")
    for axis in (left, right):
        axis.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path


def preview_image(samples: Sequence[str], handle: str, display_name: str, path: Path) -> Path:
    """Sampled tweets drawn as a column of tweet-like cards (the card's preview picture)."""
    plt = _pyplot()
    wrapped = [textwrap.fill(s or "(empty)", 60) for s in samples]
    heights = [1.0 + 0.28 * w.count("\n") for w in wrapped]
    fig = plt.figure(figsize=(6, 0.35 + sum(heights) * 0.62), dpi=110)
    y = 1.0
    total = sum(heights) + 0.5
    for text, height in zip(wrapped, heights, strict=True):
        box_h = height / total
        ax = fig.add_axes((0.03, y - box_h + 0.01, 0.94, box_h - 0.02))
        ax.set_xticks([])
        ax.set_yticks([])
        for spine in ax.spines.values():
            spine.set_color("#cfd9de")
        ax.text(0.02, 0.93, f"{display_name}  @{handle} (AI)", fontweight="bold", va="top", fontsize=9, transform=ax.transAxes)
        ax.text(0.02, 0.66, text, va="top", fontsize=9, transform=ax.transAxes)
        y -= box_h
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # glyphs (emoji) missing from the default font
        fig.savefig(path)
    plt.close(fig)
    return path
