"""Evaluate a finished model directory on its own held-out tweets, next to its base model's zero-shot figures."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import torch
from omegaconf import OmegaConf

from huggingtweets.data import TweetDataModule
from huggingtweets.errors import UserError
from huggingtweets.model import TweetLM
from huggingtweets.record import read_record
from huggingtweets.tokenizer import load_tokenizer


def rebuild_data(model_dir: str | Path, overrides: Sequence[str] = ()) -> tuple[TweetDataModule, dict]:
    """The data module of the run that wrote `model_dir` (its recorded settings, then `data.x=...` overrides),
    with the directory's tokenizer, set up; and the record."""
    record = read_record(model_dir)
    data = OmegaConf.merge(OmegaConf.create(record["data"]), OmegaConf.from_dotlist(list(overrides)))
    datamodule = TweetDataModule(**OmegaConf.to_container(data, resolve=True))
    datamodule.tokenizer = load_tokenizer(str(model_dir))
    datamodule.setup("validate")
    return datamodule, record


def evaluate_model(name_or_path: str, datamodule: TweetDataModule, device: torch.device) -> dict:
    """Per-tweet loss, perplexity and bits per byte of a model on the data module's held-out tweets."""
    lm = TweetLM(datamodule.tokenizer, name_or_path=name_or_path).to(device)
    lm.connect([a.handle for a in datamodule.accounts])
    return lm.evaluate(datamodule.all_val_batches())


def evaluate_directory(model_dir: str | Path, overrides: Sequence[str] = (), users: Sequence[str] = ()) -> dict:
    """The directory's model and its base model (zero-shot) on the run's held-out split, overall and per account.

    `users` keeps only those accounts' figures (the split is still drawn over all of the run's accounts)."""
    datamodule, record = rebuild_data(model_dir, overrides)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    identity = datamodule.corpus.split_identity()
    result = {
        "model": str(model_dir),
        "split": identity,
        "same_split_as_training": identity["val_digest"] == record["split"]["val_digest"],
        "fine_tuned": evaluate_model(str(model_dir), datamodule, device),
    }
    base = record.get("base_model")
    if base and base != "scratch":
        try:
            result["zero_shot"] = evaluate_model(str(Path(base).expanduser()) if base.startswith("~") else base,
                                                 datamodule, device)  # fmt: skip
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
    """The evaluation as a Markdown table: one row per account and weights, then the overall figures."""
    lines = ["| Account | Weights | Per-tweet perplexity | Bits per byte | Tokens |", "| --- | --- | --- | --- | --- |"]
    runs = [(label, result[key]) for key, label in (("zero_shot", "zero-shot"), ("fine_tuned", "fine-tuned"))
            if "ppl" in result.get(key, {})]  # fmt: skip
    for user in result["fine_tuned"]["users"]:
        lines += [f"| {user} | {label} | {r['users'][user]['ppl']:.2f} | {r['users'][user]['bpb']:.3f} | "
                  f"{r['users'][user]['tokens']} |" for label, r in runs]  # fmt: skip
    lines += [f"| all | {label} | **{r['ppl']:.2f}** | **{r['bpb']:.3f}** | {r['tokens']} |" for label, r in runs]
    if not result["same_split_as_training"]:
        lines.append("\nThe data changed since training: the held-out set is not the one the run was validated on.")
    return "\n".join(lines)
