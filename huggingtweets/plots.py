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


PREVIEW_SIZE = (560, 293)  # the original huggingtweets preview's proportion, in pixels at 1x


def _avatar(ax, user, x: float, y: float, radius: float) -> None:
    """The account's picture in a circle when it is a local image file, else a coloured disc with its initial
    (in pixels of the preview: the axes span it one pixel per unit, so circles stay round)."""
    from matplotlib.patches import Circle

    circle = Circle((x, y), radius, facecolor="#1d9bf0", edgecolor="none")
    ax.add_patch(circle)
    picture = Path(user.avatar_url) if user and user.avatar_url and "://" not in user.avatar_url else None
    if picture and picture.is_file():
        try:
            image = _pyplot().imread(picture)
            height = radius * 2
            shown = ax.imshow(image, extent=(x - radius, x + radius, y - height / 2, y + height / 2), zorder=2)
            shown.set_clip_path(circle)
            return
        except (OSError, ValueError, SyntaxError):
            pass
    initial = _drawable((user.display_name if user else "") or "?")[:1].upper() or "?"
    ax.text(x, y, initial, ha="center", va="center", color="white", fontsize=15, fontweight="bold")


def preview_image(samples: Sequence[tuple[str | None, str]], users: Sequence, name: str, path: Path) -> Path:
    """The card's preview, 560x293 like the original's: sampled tweets drawn as tweets (picture, display name,
    @handle marked as a bot, text). `samples` are (account written as or None, text); `users` have `handle`,
    `display_name` and `avatar_url`."""
    plt = _pyplot()
    by_handle = {u.handle: u for u in users}
    width, height = PREVIEW_SIZE
    fig = plt.figure(figsize=(width / 100, height / 100), dpi=100)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_axis_off()
    ax.set(xlim=(0, width), ylim=(0, height))
    shown = list(samples[:2]) or [(None, "")]
    slot = 1 / len(shown)
    for i, (label, text) in enumerate(shown):
        user = by_handle.get(label) if label else (users[0] if len(users) == 1 else None)
        top = 1 - i * slot
        display = user.display_name if user else " & ".join(u.display_name for u in users)
        handle = user.handle if user else name
        _avatar(ax, user, 0.075 * width, (top - 0.135) * height, 0.045 * width)
        head_y = top - 0.1
        ax.text(0.14, head_y, textwrap.shorten(_drawable(display) or handle, 38), transform=ax.transAxes,
                fontsize=10, fontweight="bold", va="center")  # fmt: skip
        ax.text(0.14, head_y - 0.075, f"@{textwrap.shorten(handle, 40)} · AI bot", transform=ax.transAxes,
                fontsize=8.5, color="#536471", va="center")  # fmt: skip
        lines = textwrap.wrap(_drawable(text) or "(empty)", 62)
        room = max(1, int((slot - 0.22) / 0.07))
        body = "\n".join(lines[:room]) + (" …" if len(lines) > room else "")
        ax.text(0.14, head_y - 0.14, body, transform=ax.transAxes, fontsize=9.5, va="top", linespacing=1.35)
        if i:
            ax.plot([0.03, 0.97], [top, top], color="#cfd9de", linewidth=0.8, transform=ax.transAxes)
    fig.savefig(path)
    plt.close(fig)
    return path
