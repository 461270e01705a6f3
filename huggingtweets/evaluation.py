"""Evaluate a finished model directory on its own held-out tweets, next to its base model's zero-shot figures."""

from __future__ import annotations

import inspect
import json
from collections.abc import Mapping, Sequence
from pathlib import Path

import torch
from omegaconf import OmegaConf

from huggingtweets.card import generation_tables, markdown_table
from huggingtweets.corpus import build_corpus
from huggingtweets.data import TweetDataModule
from huggingtweets.devices import autocast
from huggingtweets.errors import UserError
from huggingtweets.model import TweetLM
from huggingtweets.record import read_record
from huggingtweets.tokenizer import load_tokenizer


def rebuild_data(model_dir: str | Path, overrides: Sequence[str] = ()) -> tuple[TweetDataModule, dict]:
    """The data module of the run that wrote `model_dir` (its recorded settings, then `data.x=...` overrides),
    with the directory's tokenizer, set up; and the record."""
    record = read_record(model_dir)
    offline = {"update": False, "refresh": False}  # the posts the run had: no new download, nothing billed
    data = OmegaConf.merge(OmegaConf.create(record["data"] | offline), OmegaConf.from_dotlist(list(overrides)))
    settings = OmegaConf.to_container(data, resolve=True)
    known = set(inspect.signature(TweetDataModule.__init__).parameters) | set(
        inspect.signature(build_corpus).parameters
    )
    if unknown := sorted(set(settings) - known):
        raise UserError(f"data.{unknown[0]} is not a data setting; see conf/data/tweets.yaml")
    datamodule = TweetDataModule(**settings)
    datamodule.tokenizer = load_tokenizer(str(model_dir))
    datamodule.setup("validate")
    return datamodule, record


def load_model(name_or_path: str, datamodule: TweetDataModule, device: torch.device) -> TweetLM:
    """The model at `name_or_path`; a LoRA adapter saved unmerged (`model.lora.merge=false`) on its base model."""
    adapter = Path(name_or_path) / "adapter_config.json"
    if adapter.is_file():
        try:
            from peft import PeftModel
        except ImportError:
            raise UserError(f"{name_or_path} is a LoRA adapter, read with peft: pip install -e '.[lora]'") from None
        base = json.loads(adapter.read_text())["base_model_name_or_path"]
        lm = TweetLM(datamodule.tokenizer, name_or_path=str(Path(base).expanduser()))
        lm.model = PeftModel.from_pretrained(lm.model, name_or_path)  # as training evaluated it: adapters unmerged
    else:
        lm = TweetLM(datamodule.tokenizer, name_or_path=name_or_path)
    lm = lm.to(device)
    lm.connect([a.handle for a in datamodule.accounts])
    return lm


def evaluate_directory(
    model_dir: str | Path,
    overrides: Sequence[str] = (),
    users: Sequence[str] = (),
    zero_shot: bool = True,
    samples: int = 0,
    sampling: Sequence[Mapping] = (),
) -> dict:
    """The directory's model and its base model (zero-shot) on the run's held-out split, overall and per account,
    with the conditioning table for a model trained to write as each account. With `samples`, how that many fresh
    tweets read next to the real held-out ones (`judging`), under `generation`: with the model's sampling settings,
    or under `generations` one entry per setting in `sampling`.

    `users` keeps only those accounts' figures (the split is still drawn over all of the run's accounts)."""
    datamodule, record = rebuild_data(model_dir, overrides)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    with autocast(device, record.get("precision")):
        result = _evaluate(model_dir, datamodule, record if zero_shot else record | {"base_model": None}, device, users)
        if samples:
            judged = [generation_quality(model_dir, datamodule, record, device, samples, s) for s in sampling or [{}]]
            result |= {"generations": judged} if sampling else {"generation": judged[0]}
    return result


def generation_quality(model_dir, datamodule: TweetDataModule, record: dict, device: torch.device, samples: int,
                       sampling: Mapping | None = None) -> dict:  # fmt: skip
    """`samples` fresh tweets from `model_dir` (as each account in turn, for a conditioned model) with `sampling`
    over the model's settings, judged against the run's held-out tweets (`judging.judge`), and how many copy one."""
    from huggingtweets.copies import CopyIndex
    from huggingtweets.generation import SAMPLING, fresh_tweets
    from huggingtweets.judging import featurizer, judge

    lm = load_model(str(model_dir), datamodule, device)
    accounts = datamodule.accounts
    handles = [a.handle for a in accounts]
    conditioned = datamodule.conditioning == "user"
    fresh = fresh_tweets(lm.model, lm.tokenizer, handles, conditioned, samples, datamodule.cleaning.keep_newlines,
                         sampling)  # fmt: skip
    features = featurizer(record.get("base_model") or "scratch", lm.model, lm.tokenizer)
    result = judge(fresh, {a.handle: a.val_texts for a in accounts}, {a.handle: a.train_texts for a in accounts},
                   features)  # fmt: skip
    index = CopyIndex.load(Path(model_dir)) or CopyIndex.from_texts(datamodule.train_texts)
    return result | {"sampling": {k: v for k, v in (SAMPLING | dict(sampling or {})).items() if k != "max_length"},
                     "copies": index.stats([t for _, t in fresh])}  # fmt: skip


def _evaluate(model_dir, datamodule: TweetDataModule, record: dict, device: torch.device, users: Sequence[str]) -> dict:
    identity = datamodule.corpus.split_identity()
    fine_tuned = load_model(str(model_dir), datamodule, device)
    result = {
        "model": str(model_dir),
        "split": identity,
        "same_split_as_training": identity["val_digest"] == record["split"]["val_digest"],
        "fine_tuned": fine_tuned.evaluate(datamodule.all_val_batches()),
    }
    if datamodule.conditioning == "user" and len(datamodule.accounts) > 1:
        from huggingtweets.export import conditioning_table

        result["conditioning"] = conditioning_table(fine_tuned, datamodule)
    base = record.get("base_model")
    if base and base != "scratch":
        try:
            zero_shot = load_model(str(Path(base).expanduser()), datamodule, device)
            result["zero_shot"] = zero_shot.evaluate(datamodule.all_val_batches())
        except UserError as err:
            result["zero_shot"] = {"unavailable": str(err)}
    if users:
        known = {a.handle.lower() for a in datamodule.accounts}
        if unknown := [u for u in users if u.lower().lstrip("@") not in known]:
            raise UserError(f"users: {', '.join(unknown)} not among this model's accounts ({', '.join(sorted(known))})")
        wanted = {u.lower().lstrip("@") for u in users}
        for key in ("fine_tuned", "zero_shot"):
            if "users" in result.get(key, {}):
                result[key]["users"] = {u: r for u, r in result[key]["users"].items() if u.lower() in wanted}
    return result


def markdown(result: dict) -> str:
    """The evaluation as Markdown: one row per account and weights, the overall figures, the conditioning table."""
    runs = [(label, result[key]) for key, label in (("zero_shot", "zero-shot"), ("fine_tuned", "fine-tuned"))
            if "ppl" in result.get(key, {})]  # fmt: skip

    def row(account: str, label: str, r: dict, bold: str = "") -> list[str]:
        return [account, label, f"{bold}{r['ppl']:.2f}{bold}", f"{bold}{r['bpb']:.3f}{bold}", str(r["tokens"])]

    rows = [row(user, label, r["users"][user]) for user in result["fine_tuned"]["users"] for label, r in runs]
    rows += [row("all", label, r, "**") for label, r in runs]
    parts = [markdown_table(["Account", "Weights", "Per-tweet perplexity", "Bits per byte", "Tokens"], rows)]
    if table := result.get("conditioning"):
        handles = list(table)
        rows = [[f"@{a}", *(f"{table[a][h]:.2f}" for h in handles)] for a in handles]
        parts.append(markdown_table(["Written by / told as", *(f"@{h}" for h in handles)], rows))
    if generation := result.get("generation"):
        parts += [table for table in generation_tables(generation) if table]
        parts.append(f"Features for MAUVE: {generation.get('features', '-')}. {copies_line(generation['copies'])}")
    if generations := result.get("generations"):
        parts.append(sampling_table(generations))
    if not result["same_split_as_training"]:
        parts.append("The data changed since training: the held-out set is not the one the run was validated on.")
    return "\n\n".join(parts)


def copies_line(copies: dict) -> str:
    return (f"Copies: {copies['verbatim']} of {copies['samples']} repeat a training tweet, {copies['long_run']} more "
            f"share a run of {copies['run_words']} words with one.")  # fmt: skip


def sampling_table(generations: Sequence[dict]) -> str:
    """One row per sampling setting: how its samples read (`judging`) and how many copy a training tweet."""
    rows = []
    for g in generations:
        setting = ", ".join(f"{k} {v}" for k, v in g["sampling"].items() if k != "do_sample")
        copies = g["copies"]
        copied = (copies["verbatim"] + copies["long_run"]) / max(1, copies["samples"])
        rows.append([setting, f"{g.get('mauve', float('nan')):.3f}",
                     f"{100 * g['discriminator']['accuracy']:.1f}% ± {100 * g['discriminator']['spread']:.1f}",
                     f"{g['distinct']['samples']['1']:.3f} / {g['distinct']['samples']['2']:.3f}",
                     f"{g['words_per_tweet']['samples']['median']:.0f}",
                     f"{100 * copied:.1f}%"])  # fmt: skip
    real = generations[0]
    rows.append(["real held-out tweets", "1", "50%",
                 f"{real['distinct']['real']['1']:.3f} / {real['distinct']['real']['2']:.3f}",
                 f"{real['words_per_tweet']['real']['median']:.0f}", "-"])  # fmt: skip
    header = ["Sampling", "MAUVE", "Discriminator accuracy", "distinct-1 / -2", "Median words", "Copies"]
    return markdown_table(header, rows)
