"""The model card (README.md), in the structure of the original huggingtweets cards. Pure: data in, text out."""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from pathlib import Path

PIPELINE_IMAGE = "https://github.com/borisdayma/huggingtweets/blob/master/img/pipeline.png?raw=true"
PROJECT_URL = "https://github.com/borisdayma/huggingtweets"
ROWS = (  # (card row, counts key, shown always)
    ("Tweets downloaded", "downloaded", True),
    ("Retweets", "retweets", True),
    ("Replies", "replies", False),
    ("Other languages", "other_languages", False),
    ("Outside the date range", "out_of_range", False),
    ("Short tweets", "short", True),
    ("Duplicates", "duplicates", False),
    ("Tweets kept", "kept", True),
)


@dataclass
class UserColumn:
    handle: str
    display_name: str
    counts: dict[str, int]
    avatar_url: str | None = None


@dataclass
class CardData:
    name: str  # the model's name: sorted handles joined by "-"
    users: list[UserColumn]
    model_ref: str  # what `pipeline(model=...)` takes: a repo id or this directory
    base_model: str  # hub id, local path, or "scratch"
    base_model_is_hub: bool
    model_type: str  # e.g. gpt2, llama
    tokenizer: str | None  # the pretrained tokenizer's name, or None when trained on the tweets
    parameters: int
    hyperparameters: dict[str, str]
    after: dict  # `TweetLM.evaluate` of the exported weights: ppl, bpb, tokens, users
    before: dict | None = None  # ... of the weights before training (zero-shot for a pretrained model)
    conditioning: dict[str, dict[str, float]] | None = None  # {true author: {conditioned as: ppl}}
    balance: str = "none"  # how several accounts shared an epoch
    train_tokens: dict[str, int] = field(default_factory=dict)  # training tokens per epoch from each account
    samples: list[tuple[str | None, str]] = field(default_factory=list)  # (account it was written as, text)
    widget_prompt: str = "My dream is"
    min_words: int = 3
    language: str = "en"
    repo_id: str | None = None  # where the model will be published, when known
    wandb_run_url: str | None = None  # only for runs that were synced online
    images: dict[str, str] = field(default_factory=dict)  # {"preview": "predictions.png", "curves": ...}


def _front_matter(card: CardData) -> str:
    lines = ["---", f"language: {card.language}", "library_name: transformers", "pipeline_tag: text-generation"]
    if card.repo_id and "preview" in card.images:  # a URL only exists once the model lives on the hub
        lines.append(f"thumbnail: https://huggingface.co/{card.repo_id}/resolve/main/{card.images['preview']}")
    if card.base_model_is_hub:
        lines.append(f"base_model: {card.base_model}")
    lines += ["tags:", "- huggingtweets", "widget:", f"- text: {json.dumps(card.widget_prompt)}", "---"]
    return "\n".join(lines)


def _header(card: CardData) -> str:
    avatars = "".join(
        "\n        <div\n"
        '            style="display:inherit; margin-left: 4px; margin-right: 4px; width: 92px; height:92px; '
        f'border-radius: 50%; background-size: cover; background-image: url(&#39;{html.escape(u.avatar_url)}&#39;)">\n'
        "        </div>"
        for u in card.users
        if u.avatar_url
    )
    title = "🤖 AI BOT 🤖" if len(card.users) == 1 else "🤖 AI CYBORG 🤖"
    names = html.escape(" & ".join(u.display_name for u in card.users))
    return f"""<div class="inline-flex flex-col" style="line-height: 1.5;">
    <div class="flex">{avatars}
    </div>
    <div style="text-align: center; margin-top: 3px; font-size: 16px; font-weight: 800">{title}</div>
    <div style="text-align: center; font-size: 16px; font-weight: 800">{names}</div>
    <div style="text-align: center; font-size: 14px;">@{card.name}</div>
</div>"""


def _quote(text: str, label: str | None) -> str:
    """A sample as a Markdown quote, labelled with the account it was written as."""
    body = html.escape(text, quote=False).replace("\n", "\n> ")
    return f"> **@{label}:** {body}\n" if label else f"> {body}\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def data_table(users: list[UserColumn]) -> str:
    """The 'Training data' table: one column per user; optional filter rows appear only when they removed tweets."""
    rows = [[label, *(str(u.counts.get(key, 0)) for u in users)]
            for label, key, always in ROWS if always or any(u.counts.get(key, 0) for u in users)]  # fmt: skip
    return markdown_table(["Data", *(_cell(u.display_name) for u in users)], rows)


def _base_model_sentence(card: CardData) -> str:
    handle = f"@{card.name}"
    if card.base_model == "scratch":
        tokenizer = (
            f"the `{card.tokenizer}` tokenizer"
            if card.tokenizer
            else "a byte-level BPE tokenizer trained on the same tweets"
        )
        return (
            f"The model is a small `{card.model_type}` transformer ({card.parameters / 1e6:.1f}M parameters) trained "
            f"from scratch on {handle}'s tweets, with {tokenizer}."
        )
    label = "GPT-2" if card.base_model == "gpt2" else card.base_model
    link = f"[{label}](https://huggingface.co/{card.base_model})" if card.base_model_is_hub else _base_label(card)
    return f"The model is based on a pre-trained {link} which is fine-tuned on {handle}'s tweets."


def _base_label(card: CardData) -> str:
    """A hub id as is; a local folder by its name only (no home directories in a published card)."""
    return card.base_model if card.base_model_is_hub else f"`{Path(card.base_model).name}` (a local model)"


def _limitations(card: CardData) -> str:
    if card.base_model == "gpt2":
        return "The model suffers from [the same limitations and bias as GPT-2](https://huggingface.co/gpt2#limitations-and-bias)."
    if card.base_model == "scratch":
        return "The model is small and was trained only on the tweets above: expect fluent-looking nonsense."
    return f"The model shares the limitations and biases of its base model, {_base_label(card)}."


def markdown_table(header: list[str], rows: list[list[str]]) -> str:
    return "\n".join(["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
                     + ["| " + " | ".join(row) + " |" for row in rows])  # fmt: skip


def evaluation_table(card: CardData) -> str:
    """Per-tweet perplexity and bits per byte on the held-out tweets, before and after training; per account and
    the conditioning table when there are several."""
    start = "zero-shot (before fine-tuning)" if card.base_model != "scratch" else "untrained"
    runs = [(label, r) for label, r in ((start, card.before), ("after training", card.after)) if r]
    parts = [
        f"Evaluated on {card.after.get('tweets', '?')} held-out tweets, each scored alone as generation sees it "
        "(perplexity per token of text and end marker; bits per byte of tweet text, which does not depend on the "
        "tokenizer):",
        markdown_table(
            ["Weights", "Per-tweet perplexity", "Bits per byte"],
            [[label, f"**{r['ppl']:.2f}**", f"{r['bpb']:.3f}"] for label, r in runs],
        ),  # fmt: skip
    ]
    if len(card.users) > 1:
        rows = [[f"{_cell(u.display_name)} (@{u.handle})",
                 *(f"{r['users'][u.handle]['ppl']:.2f}" if u.handle in r.get("users", {}) else "-" for _, r in runs)]
                for u in card.users]  # fmt: skip
        parts += [
            "Per account (per-tweet perplexity):",
            markdown_table(["Account", *(label for label, _ in runs)], rows),
        ]
    if card.conditioning:
        handles = list(card.conditioning)
        rows = []
        for author in handles:
            row = card.conditioning[author]
            rows.append([f"@{author}", *(f"**{row[h]:.2f}**" if h == min(row, key=row.get) else f"{row[h]:.2f}"
                                         for h in handles)])  # fmt: skip
        parts += [
            "Conditioning table: per-tweet perplexity of each account's held-out tweets (rows) when the model is "
            "told it writes as each account (columns). When each row is lowest on the diagonal, the model learned "
            "the accounts' voices.",
            markdown_table(["Written by / told as", *(f"@{h}" for h in handles)], rows),
        ]
    return "\n\n".join(parts)


def balance_sentence(card: CardData) -> str:
    """How several accounts shared the training, and how many tokens each contributed."""
    if len(card.users) < 2:
        return ""
    mode, _, power = card.balance.partition(" ")
    how = {"none": "pooled as they are (no balancing)",
           "upsample": "balanced by repeating the smaller accounts' tweets up to the largest one's character count",
           "temperature": f"balanced by drawing each account in proportion to its number of tweets to the power "
                          f"{power}, the subsets drawn once (seeded) for the whole run"}  # fmt: skip
    tokens = ", ".join(f"@{h} {n:,}" for h, n in card.train_tokens.items())
    return f"The accounts were {how.get(mode, card.balance)}" + (
        f"; training tokens per epoch: {tokens}." if tokens else "."
    )


def render_card(card: CardData) -> str:
    names = " & ".join(u.display_name for u in card.users)
    hyper = "\n".join(f"| {k} | {_cell(v)} |" for k, v in card.hyperparameters.items())
    wandb = card.wandb_run_url
    parts = [
        _front_matter(card),
        _header(card),
        f"I was made with [huggingtweets]({PROJECT_URL}).",
    ]
    if "preview" in card.images:
        parts.append(f"![sample generations]({card.images['preview']})")
    parts += [
        "## How does it work?",
        "The model uses the following pipeline.",
        f"![pipeline]({PIPELINE_IMAGE})",
    ]
    if wandb:
        parts.append(f"To understand how the model was developed, check the [W&B run]({wandb}).")
    parts += [
        "## Training data",
        f"The model was trained on tweets from {names}.",
        data_table(card.users),
        balance_sentence(card),
        f"Retweets are dropped first; short tweets are those with fewer than {card.min_words} words once links, "
        "mentions and hashtags are left out.",
        "## Training procedure",
        _base_model_sentence(card),
        "| Hyperparameter | Value |\n| --- | --- |\n" + hyper,
        evaluation_table(card),
    ]
    if "curves" in card.images:
        parts.append(f"![training curves]({card.images['curves']})")
    if wandb:
        parts.append(
            f"Hyperparameters and metrics are recorded in the [W&B training run]({wandb}) for full transparency "
            "and reproducibility."
        )
    snippet = (
        "```python\nfrom transformers import pipeline\n"
        f"generator = pipeline('text-generation',\n                     model={card.model_ref!r})\n"
        f"generator({card.widget_prompt!r}, num_return_sequences=5)\n```"
    )
    parts += [
        "## How to use",
        "You can use this model directly with a pipeline for text generation:",
        snippet,
    ]
    if card.samples:
        parts += [
            "Sample generations from this model:",
            "\n".join(_quote(text, label) for label, text in card.samples),
        ]
    parts += [
        "## Limitations and bias",
        _limitations(card),
        "In addition, the data present in the user's tweets further affects the text generated by the model.",
        "## About",
        "*Built with huggingtweets, after the original by Boris Dayma*",
        f"For more details, visit the project repository.\n\n"
        f"[![GitHub stars](https://img.shields.io/github/stars/borisdayma/huggingtweets?style=social)]({PROJECT_URL})",
    ]
    return "\n\n".join(part for part in parts if part) + "\n"


def write_card(card: CardData, directory: Path) -> Path:
    path = Path(directory) / "README.md"
    path.write_text(render_card(card), encoding="utf-8")
    return path
