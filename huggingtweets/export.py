"""The export: a trained `TweetLM` becomes `<models_dir>/<users>/`, in one plain function that `train()` calls once
training has ended, on the process that holds whole weights (notebooks call it the same way).

The directory holds the weights, tokenizer and generation config (`save_pretrained`), `accounts.json`, the copy
index of the training tweets, the run's record (`huggingtweets.json`: the data settings, the split, the evaluation
of the exported weights) and, with a card, README.md, `training_curves.png` and `predictions.png`. It is written
into a staging directory that replaces the old one whole (`huggingtweets.atomic`): a reader, or a crash, sees the
old directory or the new one.
"""

from __future__ import annotations

import inspect
import logging
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import torch
from lightning.pytorch import Trainer

from huggingtweets import card as cards
from huggingtweets.atomic import staged_directory
from huggingtweets.copies import CopyIndex
from huggingtweets.data import TweetDataModule
from huggingtweets.devices import autocast
from huggingtweets.errors import Diverged
from huggingtweets.generation import PROMPTS, as_tweets, fresh_tweets, generation_config, sample, write_accounts
from huggingtweets.judging import featurizer, judge
from huggingtweets.model import History, TweetLM
from huggingtweets.plots import preview_image, training_curves
from huggingtweets.record import base_model_label, is_local_model, make_record, readable_path, redact_home, write_record
from huggingtweets.tokenizer import user_prefix

log = logging.getLogger(__name__)


@dataclass
class CardSettings:
    """What the model card shows (`export.card` in the config).

    Args:
        repo_id: the hub id the card's snippet loads (e.g. `huggingtweets/dril`); default: the directory's path.
        thumbnail: the preview picture is the hub thumbnail (set when the model is pushed to `repo_id`).
        prompts: prompts for the sample generations shown in the card ("" = a fresh tweet); the first non-empty
            one is the widget prompt.
        max_new_tokens: the longest sample (None: the model's own limit).
        copy_samples: fresh tweets sampled to measure how often the model copies a training tweet.
        language: the card's `language` (an ISO 639-1 code); license: the card's license, when known.
    """

    repo_id: str | None = None
    thumbnail: bool = False
    prompts: list[str] = field(default_factory=lambda: list(PROMPTS))
    max_new_tokens: int | None = None
    copy_samples: int = 100
    language: str = "en"
    license: str | None = None


@dataclass
class Training:
    """How the run trained, as the card reports it: read off the trainer once `fit` has returned."""

    precision: str = "32-true"
    devices: int = 1
    nodes: int = 1
    accelerator: str = "CPU"
    accumulate: int = 1
    gradient_clip: float | None = None
    wandb_url: str | None = None  # only for runs synced online

    @classmethod
    def of(cls, trainer: Trainer) -> Training:
        return cls(
            precision=str(trainer.precision),
            devices=trainer.world_size,
            nodes=trainer.num_nodes,
            accelerator=type(trainer.accelerator).__name__.removesuffix("Accelerator"),
            accumulate=trainer.accumulate_grad_batches,
            gradient_clip=trainer.gradient_clip_val or None,
            wandb_url=wandb_run_url(trainer),
        )


@dataclass
class Exported:
    path: Path
    evaluation: dict  # {"after": the exported weights' evaluation, "before": zero-shot, "conditioning": table}
    record: dict
    card: cards.CardData | None = None
    sampled: list[tuple[str, str | None, str]] = field(default_factory=list)  # (prompt, account, text) of the card


def export(
    module: TweetLM,
    datamodule: TweetDataModule,
    target: Path,
    training: Training | None = None,
    card: CardSettings | None = None,
    exported_from: str = "final weights",
) -> Exported:
    """Write the model directory `target` from `module` (on its device, in the run's precision) and `datamodule`."""
    training = training or Training()
    with torch.no_grad():
        if not all(bool(torch.isfinite(p).all()) for p in module.parameters()):
            raise Diverged("the weights became NaN or infinite at the end of training; nothing was exported; lower "
                           "model.optimizer.lr or use trainer.precision=32-true")  # fmt: skip
    dm, history = datamodule, module.history
    dm.setup("fit")  # (cached: a no-op where training set it up, not in the process that launched ddp_spawn)
    with staged_directory(target) as staging:
        model, tokenizer = module.export_model(), module.tokenizer
        model.generation_config = generation_config(model, tokenizer)
        model.save_pretrained(staging)
        tokenizer.save_pretrained(staging)
        write_accounts(staging, [a.handle for a in dm.accounts], dm.conditioning, dm.cleaning.keep_newlines)
        copies = CopyIndex.from_texts(dm.train_texts)
        copies.save(staging)
        with autocast(module.device, training.precision):
            final = module.evaluate(dm.all_val_batches()) | {"tweets": dm.stats["val_tweets"]}
        record = make_record(dict(dm.hparams), dm.corpus.split_identity(), module.base_model_name,
                             exported_step=history.step, precision=training.precision,
                             data_fingerprint=dm.corpus.fingerprint())  # fmt: skip
        evaluation = {"after": final, "before": history.before}
        written = None
        if card is not None:
            with autocast(module.device, training.precision):
                written, sampled = write_card(staging, module, dm, card, training, final, copies, record, target,
                                              exported_from)  # fmt: skip
            evaluation["conditioning"] = written.conditioning
            record["card"] = asdict(written)
        record["evaluation"] = evaluation
        write_record(staging, record)
        staging.chmod(0o755)  # (mkdtemp and the safetensors writer make things private)
        for path in staging.iterdir():
            path.chmod(0o644)
    log.info("model saved to %s", target)
    return Exported(target, evaluation, record, written, sampled if card is not None else [])


def wandb_run_url(trainer: Trainer) -> str | None:
    """The W&B run page, only when the run is synced online (an offline run's link would be dead)."""
    from lightning.pytorch.loggers import WandbLogger

    for logger in trainer.loggers:
        if isinstance(logger, WandbLogger) and not logger.experiment.offline:
            return getattr(logger.experiment, "url", None)
    return None


# --- the card -------------------------------------------------------------------------------------------------


def write_card(directory: Path, module: TweetLM, dm: TweetDataModule, settings: CardSettings, training: Training,
               final: dict, copies: CopyIndex, record: dict, target: Path,
               exported_from: str) -> tuple[cards.CardData, list[tuple[str, str | None, str]]]:  # fmt: skip
    """Sample the weights being exported and write README.md and the two pictures; the card's data and samples."""
    history = module.history
    handles = [a.handle for a in dm.accounts]
    conditioned = dm.conditioning == "user"
    keep_newlines = dm.cleaning.keep_newlines
    # fresh tweets (as each account in turn, for a conditioned model): their copies counted, and how they read
    fresh = fresh_tweets(module.model, module.tokenizer, handles, conditioned, settings.copy_samples, keep_newlines)
    copy_stats = copies.stats([text for _, text in fresh]) if fresh else None
    generation = judge(fresh, {a.handle: a.val_texts for a in dm.accounts}, {a.handle: a.train_texts for a in
                       dm.accounts}, featurizer(module.base_model_name, module.model, module.tokenizer)) if fresh \
        else None  # fmt: skip
    # a conditioned model: every prompt as every account; otherwise the prompts alone
    labels = [h for h in handles for _ in settings.prompts] if conditioned else [None] * len(settings.prompts)
    prompts = settings.prompts * len(handles) if conditioned else settings.prompts
    texts = sample(module.model, module.tokenizer, prompts, settings.max_new_tokens,
                   prefixes=[user_prefix(h) if h else "" for h in labels])  # fmt: skip
    sampled = list(zip(prompts, labels, as_tweets(texts, keep_newlines), strict=True))
    samples = [(label, text) for _, label, text in sampled if not copies.check(text)]
    # a conditioned model reads an account's marker first: the widget and the snippet give one
    marker = user_prefix(handles[0]) if conditioned else ""
    widget = marker + next((p for p in settings.prompts if p), "My dream is")
    conditioning = conditioning_table(module, dm) if conditioned and len(handles) > 1 else None
    users = [cards.UserColumn(a.handle, a.display_name, a.counts, a.avatar_url) for a in dm.accounts]
    val_points = [(s, ppl) for s, ppl in history.val_ppl if s not in (0, history.step)] + [(history.step, final["ppl"])]
    if history.before:
        val_points.append((0, history.before["ppl"]))
    training_curves(history.train_loss, sorted(val_points), directory / "training_curves.png")
    preview_image(samples[:3], users, dm.name, directory / "predictions.png")
    base = module.base_model_name
    tokenizer_source = module.tokenizer.name_or_path  # empty for a tokenizer trained on these tweets
    data = cards.CardData(
        name=dm.name,
        users=users,
        model_ref=settings.repo_id or redact_home(readable_path(target)),
        repo_id=settings.repo_id,
        thumbnail=settings.thumbnail,
        base_model=base,
        base_model_is_hub=base != "scratch" and not is_local_model(base),
        model_type=module.model.config.model_type,
        tokenizer=Path(tokenizer_source).name if tokenizer_source else None,
        parameters=base_parameters(module.model),
        hyperparameters=hyperparameters(module, dm, training, history, exported_from),
        min_words=dm.cleaning.min_words,
        after=final,
        before=history.before,
        conditioning=conditioning,
        balance=dm.balance if dm.balance != "temperature" else f"temperature {dm.temperature}",
        train_tokens=dm.stats.get("train_tokens_by_user", {}),
        samples=samples,
        widget_prompt=widget,
        marker=marker,
        language=settings.language,
        license=settings.license,
        copies=copy_stats,
        generation=generation,
        reproduce=reproduction(record),
        wandb_run_url=training.wandb_url,
        images={"preview": "predictions.png", "curves": "training_curves.png"},
    )
    cards.write_card(data, directory)
    return data, sampled


def _fmt(value: Any) -> str:
    return f"{value:.3g}" if isinstance(value, float) else str(value)


def describe_schedule(scheduler: Any) -> str:
    """The learning-rate schedule in words, from the (partial) function that built it and its real arguments."""
    if scheduler is None:
        return "constant"
    func = getattr(scheduler, "func", scheduler)
    arguments = {
        name: p.default for name, p in inspect.signature(func).parameters.items() if p.default is not p.empty
    } | getattr(scheduler, "keywords", {})
    if func.__name__ == "warmup_schedule":
        decay = arguments.get("decay", "cosine")
        warmup = f"linear warmup over {_fmt(arguments['warmup_fraction'])} of the steps, then "
        if decay == "constant":
            return warmup + "constant"
        return warmup + f"{decay} decay to {_fmt(arguments['min_lr_ratio'])} x the peak"
    return f"{func.__name__}({', '.join(f'{k}={_fmt(v)}' for k, v in arguments.items())})"


def hyperparameters(module: TweetLM, dm: TweetDataModule, training: Training, history: History,
                    exported_from: str) -> dict[str, str]:  # fmt: skip
    """The numbers a reader needs to reproduce the run, read from the objects that used them."""
    options = getattr(module.optimizer, "keywords", {})
    optimizer = getattr(module.optimizer, "func", module.optimizer)
    per_device = dm.batch_size
    effective = per_device * training.devices * training.accumulate
    seconds = history.seconds
    markers = "start and account markers" if dm.conditioning == "user" else "start markers"
    return {
        "Base model": base_model_label(module.base_model_name),
        "Parameters": f"{base_parameters(module.model) / 1e6:.1f}M",
        "Optimizer": f"{optimizer.__name__} (betas {tuple(options.get('betas', ()))}, weight decay "
        f"{_fmt(float(options.get('weight_decay', 0.0)))} on matrices only)",
        "Learning rate": f"{_fmt(float(options.get('lr', 0.0)))}, {describe_schedule(module.scheduler)}",
        "Batch size": f"{effective} blocks ({per_device} per device x {training.devices} device(s) x "
        f"{training.accumulate} accumulation step(s))",
        "Block size": f"{dm.block_size} tokens, "
        + (
            "whole tweets packed per row, each attending only to itself"
            if dm.packing == "tweets"
            else "tweets back to back, attending across tweets"
        )
        + (f"; {cut} tweets longer than a block were cut to it" if (cut := dm.stats.get("truncated", 0)) else ""),
        "Training tokens": f"{dm.stats['train_tokens']} per epoch, {markers} included ({dm.stats['train_tweets']} "
        f"tweets); validation {dm.stats['val_tokens']} scored ({dm.stats['val_tweets']} tweets, each alone)",
        "Training length": f"{history.epochs:.2f} epochs, {history.step} optimizer steps ({exported_from})",
        "Precision": training.precision,
        "Hardware": f"{training.devices} x {training.accelerator}"
        + (f" on {training.nodes} nodes" if training.nodes > 1 else ""),
        "Training time": f"{seconds:.0f} s" if seconds < 120 else f"{seconds / 60:.1f} min",
        "Gradient clipping": _fmt(training.gradient_clip) if training.gradient_clip else "none",
    } | _lora_row(module)


def base_parameters(model: torch.nn.Module) -> int:
    """The model's parameters, LoRA adapters left out (merged into the weights, they add none)."""
    return sum(p.numel() for name, p in model.named_parameters() if "lora_" not in name)


def _lora_row(module: TweetLM) -> dict[str, str]:
    lora = module.hparams.get("lora")
    if not lora:
        return {}
    trainable = sum(p.numel() for p in module.model.parameters() if p.requires_grad)
    merged = "merged into the weights" if lora.get("merge", True) else "saved as an adapter"
    where = lora.get("target_modules", "all-linear")
    return {"LoRA": f"r={lora.get('r', 16)}, alpha {lora.get('alpha', 32)}, on {where}; "
            f"{trainable / 1e6:.2f}M trainable parameters, {merged}"}  # fmt: skip


def reproduction(record: dict) -> dict:
    """The card's "Reproducing this run" rows, from the run's record: every data and cleaning setting included."""
    data = {k: v for k, v in record["data"].items() if k not in ("archive_dir", "cache_dir", "num_workers")}
    return {"huggingtweets": record["huggingtweets"], "seed": record["seed"],
            "base_model": base_model_label(record["base_model"]), "precision": record.get("precision"),
            "data fingerprint": record.get("data_fingerprint"), "held-out set": record["split"]["val_digest"],
            "data": data}  # fmt: skip


def conditioning_table(module: TweetLM, dm: TweetDataModule) -> dict[str, dict[str, float]]:
    """Per-tweet perplexity of each account's held-out tweets when the model is told each account in turn:
    `{true author: {conditioned as: ppl}}`. A model that learned the accounts is lowest on the diagonal."""
    table: dict[str, dict[str, float]] = {a.handle: {} for a in dm.accounts}
    for account in dm.accounts:
        result = module.evaluate(dm.conditioned_val_batches(account.handle))
        for author, numbers in result["users"].items():
            table[author][account.handle] = numbers["ppl"]
    return table
