"""The model card (README.md), in the structure of the original huggingtweets cards: huggingface_hub's `ModelCard`
with `model-index` metadata, its text from the Jinja template `templates/modelcard.md`. Pure: data in, text out."""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from pathlib import Path

from huggingface_hub import EvalResult, ModelCard, ModelCardData

TEMPLATE = Path(__file__).parent / "templates" / "modelcard.md"
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
    marker: str = ""  # what a conditioned model reads before each tweet (`@dril:` and a line break), else ""
    min_words: int = 3
    language: str = "en"
    repo_id: str | None = None  # where the model will be published, when known
    wandb_run_url: str | None = None  # only for runs that were synced online
    images: dict[str, str] = field(default_factory=dict)  # {"preview": "predictions.png", "curves": ...}
    thumbnail: bool = False  # the preview becomes the hub thumbnail (only when the model is pushed to `repo_id`)
    license: str | None = None
    copies: dict | None = None  # {"samples", "verbatim", "long_run", "run_words"}: how often samples copy training
    generation: dict | None = None  # how fresh samples read against the real held-out tweets (`judging.judge`)
    reproduce: dict = field(default_factory=dict)  # version, seed, split, data fingerprint, every cleaning option


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


def _base_label(card: CardData) -> str:
    """A hub id as is; a local folder by its name only (no home directories in a published card)."""
    return card.base_model if card.base_model_is_hub else f"`{Path(card.base_model).name}` (a local model)"


def markdown_table(header: list[str], rows: list[list[str]]) -> str:
    return "\n".join(["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
                     + ["| " + " | ".join(row) + " |" for row in rows])  # fmt: skip


def evaluation_tables(card: CardData) -> tuple[str, str, str]:
    """Per-tweet perplexity and bits per byte before and after training; per account and the conditioning table
    (each "" when it does not apply)."""
    start = "zero-shot (before fine-tuning)" if card.base_model != "scratch" else "untrained"
    runs = [(label, r) for label, r in ((start, card.before), ("after training", card.after)) if r]
    overall = markdown_table(["Weights", "Per-tweet perplexity", "Bits per byte"],
                             [[label, f"**{r['ppl']:.2f}**", f"{r['bpb']:.3f}"] for label, r in runs])  # fmt: skip
    per_account = conditioning = ""
    if len(card.users) > 1:
        rows = [[f"{_cell(u.display_name)} (@{u.handle})",
                 *(f"{r['users'][u.handle]['ppl']:.2f}" if u.handle in r.get("users", {}) else "-" for _, r in runs)]
                for u in card.users]  # fmt: skip
        per_account = markdown_table(["Account", *(label for label, _ in runs)], rows)
    if card.conditioning:
        handles = list(card.conditioning)
        rows = []
        for author in handles:
            row = card.conditioning[author]
            rows.append([f"@{author}", *(f"**{row[h]:.2f}**" if h == min(row, key=row.get) else f"{row[h]:.2f}"
                                         for h in handles)])  # fmt: skip
        conditioning = markdown_table(["Written by / told as", *(f"@{h}" for h in handles)], rows)
    return overall, per_account, conditioning


def generation_tables(generation: dict | None) -> tuple[str, str]:
    """How the samples read next to the real held-out tweets (`judging.judge`), and the attribution table of a
    model that writes as several accounts (each "" when it does not apply)."""
    if not generation:
        return "", ""
    pct = lambda x: "-" if x != x else f"{100 * x:.0f}%"  # noqa: E731  (NaN: not measured)
    d, w, g = generation["distinct"], generation["words_per_tweet"], generation["discriminator"]
    rows = [
        ["distinct-1 / distinct-2", f"{d['samples']['1']:.2f} / {d['samples']['2']:.2f}",
         f"{d['real']['1']:.2f} / {d['real']['2']:.2f}"],
        ["words per tweet (median, 10th-90th percentile)",
         f"{w['samples']['median']:.0f} ({w['samples']['p10']:.0f}-{w['samples']['p90']:.0f})",
         f"{w['real']['median']:.0f} ({w['real']['p10']:.0f}-{w['real']['p90']:.0f})"],
    ]  # fmt: skip
    if "mauve" in generation:
        rows.insert(0, ["MAUVE (1: indistinguishable)", f"**{generation['mauve']:.2f}**", "1"])
    rows.insert(0, ["a discriminator tells them apart (50%: cannot)",
                    f"**{pct(g['accuracy'])}** ± {100 * g['spread']:.0f}", "50%"])  # fmt: skip
    table = markdown_table(["Measure", f"{generation['samples']} samples", "real held-out tweets"], rows)
    attribution = ""
    if a := generation.get("attribution"):
        rows = [[f"@{h}", pct(r["samples"]), pct(r["held_out"])] for h, r in a["accounts"].items()]
        rows.append(["all", f"**{pct(a['samples'])}**", pct(a["held_out"])])
        attribution = markdown_table(["Written as", "samples named so", "real held-out tweets named so"], rows)
    return table, attribution


def reproduce_table(reproduce: dict[str, object]) -> str:
    """What reproduces the run, one row per setting (nested settings flattened to dotted names)."""

    def flat(prefix: str, value: object):
        if isinstance(value, dict) and value:
            for key, inner in value.items():
                yield from flat(f"{prefix}.{key}" if prefix else str(key), inner)
        else:
            yield prefix, json.dumps(value, default=str) if not isinstance(value, str) else value

    rows = [[f"`{key}`", _cell(str(value))] for key, value in flat("", reproduce)]
    return markdown_table(["Setting", "Value"], rows) if rows else ""


def eval_results(card: CardData) -> list[EvalResult]:
    """`model-index` entries: held-out per-tweet perplexity, overall (dataset config: the model's name) and per
    account (config: the handle; the hub groups results by task, dataset type, config and split)."""

    def result(value: float, config: str) -> EvalResult:
        return EvalResult(task_type="text-generation", task_name="Text generation", dataset_type="tweets",
                          dataset_name=f"@{config} held-out tweets", dataset_config=config,
                          dataset_split="validation", metric_type="perplexity", metric_name="Per-tweet perplexity",
                          metric_value=round(float(value), 4))  # fmt: skip

    per_user = card.after.get("users", {}) if len(card.users) > 1 else {}
    return [result(card.after["ppl"], card.name)] + [
        result(per_user[u.handle]["ppl"], u.handle) for u in card.users if u.handle in per_user
    ]


def card_metadata(card: CardData) -> ModelCardData:
    extra = {"widget": [{"text": card.widget_prompt}]}
    if card.thumbnail and card.repo_id and "preview" in card.images:  # a URL only exists once the model is pushed
        extra["thumbnail"] = f"https://huggingface.co/{card.repo_id}/resolve/main/{card.images['preview']}"
    return ModelCardData(
        model_name=card.name,
        language=[card.language],
        license=card.license,
        library_name="transformers",
        pipeline_tag="text-generation",
        tags=["huggingtweets", "text-generation"],
        base_model=card.base_model if card.base_model_is_hub else None,
        eval_results=eval_results(card),
        **extra,
    )


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


def build_card(card: CardData, template: Path = TEMPLATE) -> ModelCard:
    """The card as huggingface_hub's `ModelCard`: metadata (with `model-index`) and the Jinja template's text."""
    overall, per_account, conditioning = evaluation_tables(card)
    generation, attribution = generation_tables(card.generation)
    hyper = markdown_table(["Hyperparameter", "Value"], [[k, _cell(v)] for k, v in card.hyperparameters.items()])
    label = "GPT-2" if card.base_model == "gpt2" else card.base_model
    return ModelCard.from_template(
        card_metadata(card),
        template_path=str(template),
        card=card,
        avatars=[html.escape(u.avatar_url) for u in card.users if u.avatar_url],
        names=" & ".join(u.display_name for u in card.users),
        names_html=html.escape(" & ".join(u.display_name for u in card.users)),
        project_url=PROJECT_URL,
        pipeline_image=PIPELINE_IMAGE,
        data_table=data_table(card.users),
        balance=balance_sentence(card),
        base_link=f"[{label}](https://huggingface.co/{card.base_model})"
        if card.base_model_is_hub
        else _base_label(card),
        base_label=_base_label(card),
        hyperparameter_table=hyper,
        evaluation_table=overall,
        per_account_table=per_account,
        conditioning_table=conditioning,
        generation_table=generation,
        attribution_table=attribution,
        model_ref_py=f"os.path.expanduser({card.model_ref!r})"
        if card.model_ref.startswith("~")
        else repr(card.model_ref),
        snippet_imports_os=card.model_ref.startswith("~"),
        widget_prompt_py=repr(card.widget_prompt),
        samples="\n".join(_quote(text, label) for label, text in card.samples),
        reproduce_table=reproduce_table(card.reproduce),
    )


def render_card(card: CardData) -> str:
    return str(build_card(card))


def write_card(card: CardData, directory: Path) -> Path:
    path = Path(directory) / "README.md"
    build_card(card).save(path)
    return path


def card_from_record(record: dict, repo_id: str | None = None, **changes: str) -> CardData:
    """The card a run wrote, from its record (`huggingtweets.json`); `repo_id` makes the snippet load from the hub
    and the preview the thumbnail (the model is on the hub by then). `changes`: other fields, e.g. `language`."""
    from huggingtweets.errors import UserError

    saved = dict(record.get("card") or {})
    if not saved:
        raise UserError("the record holds no card (the run was exported without one: export.card)")
    saved["users"] = [UserColumn(**user) for user in saved["users"]]
    saved["samples"] = [tuple(pair) for pair in saved["samples"]]
    if repo_id:
        saved |= {"repo_id": repo_id, "model_ref": repo_id, "thumbnail": True}
    return CardData(**(saved | changes))
