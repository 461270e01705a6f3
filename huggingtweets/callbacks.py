"""Callbacks that publish the result: a `save_pretrained` model directory (atomically) and its model card."""

from __future__ import annotations

import glob
import inspect
import logging
import os
import shutil
import socket
import tempfile
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

import torch
from lightning.pytorch import Callback, LightningDataModule, LightningModule, Trainer
from lightning.pytorch.loggers import WandbLogger

from huggingtweets import card as cards
from huggingtweets.atomic import exchange
from huggingtweets.copies import CopyIndex
from huggingtweets.errors import Diverged
from huggingtweets.generation import PROMPTS, as_tweets, generation_config, sample, write_accounts
from huggingtweets.guards import FiniteLoss
from huggingtweets.plots import preview_image, training_curves
from huggingtweets.record import make_record, redact_home, write_record
from huggingtweets.tokenizer import user_prefix
from huggingtweets.tracking import log_lineage

log = logging.getLogger(__name__)


def publish(staging: Path, target: Path) -> None:
    """Move a finished directory into place; an older one at `target` is replaced only once the new one is whole."""
    staging.chmod(0o755)  # mkdtemp (and the safetensors writer) make things private
    for path in staging.iterdir():
        path.chmod(0o644)
    if target.is_dir() and exchange(staging, target):  # one atomic swap: the old directory is now `staging`
        shutil.rmtree(staging, ignore_errors=True)
        return
    old = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.old."))
    try:
        for _ in range(2):  # a second try if a concurrent run published in between
            if target.exists():
                os.replace(target, old / target.name)
            try:
                os.replace(staging, target)
                break
            except OSError:
                if not target.exists():
                    if (old / target.name).exists():  # put the old one back: never neither
                        os.replace(old / target.name, target)
                    raise
                shutil.rmtree(old / target.name, ignore_errors=True)
        else:
            raise OSError(f"could not publish {target}: another run keeps replacing it")
    finally:
        if target.exists() or not any(old.iterdir()):  # (else the old directory is the only copy left: it stays)
            shutil.rmtree(old, ignore_errors=True)


def staging_prefix(name: str) -> str:
    """Staging directories are named for the machine and process writing them (`.<name>.staging.<host>.<pid>.`)."""
    return f".{name}.staging.{socket.gethostname()}.{os.getpid()}."


def clear_stale_staging(models_dir: Path, name: str) -> None:
    """Remove the staging directories of `name` left by processes of this machine that no longer run (an export
    killed half-way); those of live processes, and of other machines, are left alone."""
    host = f".{name}.staging.{socket.gethostname()}."
    for path in Path(models_dir).glob(f"{glob.escape(host)}*"):
        pid = path.name[len(host) :].split(".", 1)[0]
        if not pid.isdigit() or int(pid) == os.getpid():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            shutil.rmtree(path, ignore_errors=True)
        except PermissionError:  # alive, someone else's
            pass


class SaveModel(Callback):
    """The export: when training ends, write `<models_dir>/<users>/` (weights, tokenizer, generation config,
    accounts, copy index, the run's record and, with a `card`, README.md and its pictures) into a temporary
    directory renamed into place, so a reader sees the old directory or the whole new one, never a half one.

    Args:
        models_dir: parent folder; the directory is named after the datamodule's users.
        best: export the best checkpoint of the trainer's `ModelCheckpoint` instead of the final weights.
        card: the model card this export writes (it records the curves through this callback's hooks).
    """

    def __init__(self, models_dir: str = "models", best: bool = False, card: ModelCard | None = None):
        self.models_dir = Path(models_dir)
        self.best = best
        self.card = card
        self.path: Path | None = None
        self.exported_step: int | None = None
        self.exported_from = "final weights"
        self.evaluation: dict | None = None  # the exported weights' evaluation (rank 0, once written)

    def target(self, name: str) -> Path:
        return self.models_dir / name

    def state_dict(self) -> dict[str, Any]:
        return {"card": self.card.state_dict()} if self.card else {}

    def load_state_dict(self, state: dict[str, Any]) -> None:
        if self.card and "card" in state:
            self.card.load_state_dict(state["card"])

    def on_fit_start(self, trainer: Trainer, pl_module: LightningModule) -> None:
        if self.card:
            self.card.on_fit_start(trainer, pl_module)

    def on_train_batch_end(self, trainer: Trainer, pl_module: LightningModule, outputs: Any, batch: Any,
                           batch_idx: int) -> None:  # fmt: skip
        if self.card:
            self.card.on_train_batch_end(trainer, outputs)

    def on_validation_end(self, trainer: Trainer, pl_module: LightningModule) -> None:
        if self.card:
            self.card.on_validation_end(trainer)

    def on_train_end(self, trainer: Trainer, pl_module: LightningModule) -> None:
        # on_train_end, not on_fit_end: the model is still on its device (fit's teardown moves it to the CPU)
        if trainer.interrupted:
            return
        for callback in trainer.callbacks:  # never export weights that have gone NaN (every process takes part)
            if isinstance(callback, FiniteLoss):
                callback.check_finite(trainer)
        with torch.no_grad():  # (a finite loss can still leave non-finite weights after its last update)
            broken = not all(bool(torch.isfinite(p).all()) for p in pl_module.parameters())
        if trainer.strategy.reduce_boolean_decision(broken, all=False):  # any process's shard
            raise Diverged("the weights became NaN or infinite at the end of training; nothing was exported; lower "
                           "model.optimizer.lr or use trainer.precision=32-true")  # fmt: skip
        self.exported_step = trainer.global_step
        pl_module = whole_module(trainer, pl_module)  # (sharded weights: gathered, every process taking part)
        checkpoint = trainer.checkpoint_callback
        if self.best and checkpoint is not None and checkpoint.best_model_path:
            state = torch.load(checkpoint.best_model_path, map_location="cpu", weights_only=False)
            if pl_module is not None:
                pl_module.load_state_dict(state["state_dict"])  # copied onto the module's device
            self.exported_step = state["global_step"]
            self.exported_from = f"best checkpoint by {checkpoint.monitor} (step {self.exported_step})"
        if not trainer.is_global_zero or pl_module is None:
            return
        dm = trainer.datamodule
        target = self.target(dm.name)
        self.models_dir.mkdir(parents=True, exist_ok=True)
        clear_stale_staging(self.models_dir, target.name)
        staging = Path(tempfile.mkdtemp(dir=self.models_dir, prefix=staging_prefix(target.name)))
        try:
            model, tokenizer = pl_module.export_model(), pl_module.tokenizer
            model.generation_config = generation_config(model, tokenizer)
            model.save_pretrained(staging)
            tokenizer.save_pretrained(staging)
            write_accounts(staging, [a.handle for a in dm.accounts], dm.conditioning, dm.cleaning.keep_newlines)
            copies = CopyIndex.from_texts(dm.train_texts)
            copies.save(staging)
            with trainer.precision_plugin.forward_context():
                final = pl_module.evaluate(dm.all_val_batches()) | {"tweets": dm.stats["val_tweets"]}
            record = make_record(dict(dm.hparams), dm.corpus.split_identity(), pl_module.base_model_name,
                                 exported_step=self.exported_step, precision=str(trainer.precision),
                                 data_fingerprint=dm.corpus.fingerprint())  # fmt: skip
            evaluation = {"after": final, "before": self.card.before if self.card else None}
            if self.card:
                with trainer.precision_plugin.forward_context():
                    card = self.card.write(staging, trainer, pl_module, target, self, final, copies, record)
                evaluation["conditioning"] = card.conditioning
                record["card"] = asdict(card)
            record["evaluation"] = evaluation
            write_record(staging, record)
            publish(staging, target)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        self.path, self.evaluation = target, evaluation
        log.info("model saved to %s", target)
        if self.card:
            log_lineage(trainer, dm, target, card, self.card.sampled, record)


def sharded(trainer: Trainer) -> bool:
    from lightning.pytorch.strategies import FSDPStrategy

    return isinstance(trainer.strategy, FSDPStrategy)


def whole_module(trainer: Trainer, pl_module: LightningModule) -> LightningModule | None:
    """The module to export, evaluate and sample: `pl_module` itself, or under FSDP (whose shards only work inside
    the training and validation steps) a copy built on rank 0 from the gathered weights; the gathering takes every
    process, and the others get None."""
    if not sharded(trainer):
        return pl_module
    state = trainer.strategy.lightning_module_state_dict()  # full weights on rank 0, on the CPU
    if not trainer.is_global_zero:
        return None
    whole = type(pl_module)(pl_module.tokenizer, optimizer=pl_module.optimizer, scheduler=pl_module.scheduler,
                            **pl_module.hparams)  # fmt: skip
    whole.load_state_dict(state)
    whole.connect(pl_module.users)
    return whole.to(trainer.strategy.root_device)


def _readable_path(path: Path) -> str:
    """Relative to the working directory when inside it (no home directories in a card), else absolute."""
    relative = os.path.relpath(path.resolve())
    return relative if not relative.startswith("..") else str(path.resolve())


def wandb_run_url(trainer: Trainer) -> str | None:
    """The W&B run page, only when the run is synced online (an offline run's link would be dead)."""
    for logger in trainer.loggers:
        if isinstance(logger, WandbLogger) and not logger._offline:
            return getattr(logger.experiment, "url", None)
    return None


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
    if func.__name__ == "warmup_cosine":
        return (
            f"linear warmup over {_fmt(arguments['warmup_fraction'])} of the steps, then cosine decay to "
            f"{_fmt(arguments['min_lr_ratio'])} x the peak"
        )
    return f"{func.__name__}({', '.join(f'{k}={_fmt(v)}' for k, v in arguments.items())})"


def hyperparameters(
    trainer: Trainer, pl_module: LightningModule, seconds: float, step: int, exported_from: str
) -> dict[str, str]:
    """The numbers a reader needs to reproduce the run, read from the objects that used them."""
    dm = trainer.datamodule
    optimizer = trainer.optimizers[0]
    group = optimizer.param_groups[0]
    per_device = dm.batch_size
    effective = per_device * trainer.world_size * trainer.accumulate_grad_batches
    epochs = step * trainer.accumulate_grad_batches / max(1, trainer.num_training_batches)
    base = pl_module.base_model_name
    return {
        "Base model": "none (trained from scratch)"
        if base == "scratch"
        else (f"{Path(base).name} (a local model)" if Path(base).exists() else base),
        "Parameters": f"{base_parameters(pl_module.model) / 1e6:.1f}M",
        "Optimizer": f"{type(optimizer).__name__} (betas {tuple(group.get('betas', ()))}, weight decay "
        f"{_fmt(group.get('weight_decay', 0.0))} on matrices only)",
        "Learning rate": f"{_fmt(group.get('initial_lr', group['lr']))}, {describe_schedule(pl_module.scheduler)}",
        "Batch size": f"{effective} blocks ({per_device} per device x {trainer.world_size} device(s) x "
        f"{trainer.accumulate_grad_batches} accumulation step(s))",
        "Block size": f"{dm.block_size} tokens, "
        + (
            "whole tweets packed per row, each attending only to itself"
            if dm.packing == "tweets"
            else "tweets back to back, attending across tweets"
        )
        + (f"; {cut} tweets longer than a block were cut to it" if (cut := dm.stats.get("truncated", 0)) else ""),
        "Training tokens": f"{dm.stats['train_tokens']} per epoch, start markers included ({dm.stats['train_tweets']} "
        f"tweets); validation {dm.stats['val_tokens']} scored ({dm.stats['val_tweets']} tweets, each alone)",
        "Training length": f"{epochs:.2f} epochs, {step} optimizer steps ({exported_from})",
        "Precision": str(trainer.precision),
        "Hardware": f"{trainer.world_size} x {type(trainer.accelerator).__name__.removesuffix('Accelerator')}"
        + (f" on {trainer.num_nodes} nodes" if trainer.num_nodes > 1 else ""),
        "Training time": f"{seconds:.0f} s" if seconds < 120 else f"{seconds / 60:.1f} min",
        "Gradient clipping": _fmt(trainer.gradient_clip_val) if trainer.gradient_clip_val else "none",
    } | _lora_row(pl_module)


def base_parameters(model: torch.nn.Module) -> int:
    """The model's parameters, LoRA adapters left out (merged into the weights, they add none)."""
    return sum(p.numel() for name, p in model.named_parameters() if "lora_" not in name)


def _lora_row(pl_module: LightningModule) -> dict[str, str]:
    lora = pl_module.hparams.get("lora")
    if not lora:
        return {}
    trainable = sum(p.numel() for p in pl_module.model.parameters() if p.requires_grad)
    merged = "merged into the weights" if lora.get("merge", True) else "saved as an adapter"
    where = lora.get("target_modules", "all-linear")
    return {"LoRA": f"r={lora.get('r', 16)}, alpha {lora.get('alpha', 32)}, on {where}; "
            f"{trainable / 1e6:.2f}M trainable parameters, {merged}"}  # fmt: skip


class ModelCard:
    """The model card of a `SaveModel` export: records the curves during training (through the export's hooks)
    and writes README.md, `training_curves.png` and `predictions.png` into the exported directory.

    Args:
        repo_id: the hub id the card's snippet loads (e.g. `huggingtweets/dril`); default: the directory's path.
        thumbnail: the preview picture is the hub thumbnail (set when the model is pushed to `repo_id`).
        prompts: prompts for the sample generations shown in the card ("" = a fresh tweet); the first non-empty
            one is the widget prompt.
        copy_samples: fresh tweets sampled to measure how often the model copies a training tweet.
        language: the card's `language` (an ISO 639-1 code); license: the card's license, when known.
    """

    def __init__(
        self,
        repo_id: str | None = None,
        thumbnail: bool = False,
        prompts: list[str] | None = None,
        max_new_tokens: int | None = None,
        copy_samples: int = 100,
        language: str = "en",
        license: str | None = None,
    ):
        self.repo_id, self.thumbnail = repo_id, thumbnail
        self.prompts = list(prompts or PROMPTS)
        self.max_new_tokens, self.copy_samples = max_new_tokens, copy_samples
        self.language, self.license = language, license
        self.train_loss: list[tuple[int, torch.Tensor]] = []
        self.val_ppl: list[tuple[int, float]] = []
        self.before: dict[str, float] | None = None
        self.sampled: list[tuple[str, str | None, str]] = []  # (prompt, account, text) of the card's samples
        self.started = time.monotonic()
        self.earlier_seconds = 0.0  # training time of the sessions this run resumed from

    def state_dict(self) -> dict[str, Any]:
        """Saved in checkpoints, so a resumed run's card still starts at the true beginning."""
        return {
            "train_loss": [(step, float(loss)) for step, loss in self.train_loss],
            "val_ppl": self.val_ppl,
            "before": self.before,
            "seconds": self.earlier_seconds + time.monotonic() - self.started,
        }

    def load_state_dict(self, state: dict[str, Any]) -> None:
        self.train_loss = [(step, torch.tensor(loss)) for step, loss in state["train_loss"]]
        self.val_ppl, self.before, self.earlier_seconds = state["val_ppl"], state["before"], state["seconds"]

    def on_fit_start(self, trainer: Trainer, pl_module: LightningModule) -> None:
        self.started = time.monotonic()
        # (restored when resuming; not measured on sharded weights: scripts/evaluate.py gives the zero-shot figure)
        if trainer.is_global_zero and self.before is None and not sharded(trainer):
            with trainer.precision_plugin.forward_context():
                self.before = pl_module.evaluate(trainer.datamodule.all_val_batches())

    def on_train_batch_end(self, trainer: Trainer, outputs: Any) -> None:
        step = trainer.global_step
        recorded = self.train_loss and self.train_loss[-1][0] == step  # several micro-batches per step
        if trainer.is_global_zero and step % trainer.log_every_n_steps == 0 and not recorded:
            # Lightning hands over the loss divided by the accumulation steps; no host sync here
            self.train_loss.append((step, outputs["loss"].detach() * trainer.accumulate_grad_batches))

    def on_validation_end(self, trainer: Trainer) -> None:
        if not trainer.sanity_checking and "val/ppl" in trainer.callback_metrics:
            self.val_ppl.append((trainer.global_step, float(trainer.callback_metrics["val/ppl"])))

    def write(self, directory: Path, trainer: Trainer, pl_module: LightningModule, target: Path, saver: SaveModel,
              final: dict, copies: CopyIndex, record: dict) -> cards.CardData:  # fmt: skip
        """Sample the weights being exported and write README.md and the two pictures; returns the card's data."""
        dm = trainer.datamodule
        seconds = self.earlier_seconds + time.monotonic() - self.started
        step = saver.exported_step if saver.exported_step is not None else trainer.global_step
        handles = [a.handle for a in dm.accounts]
        conditioned = dm.conditioning == "user"
        # copies: fresh tweets (as each account in turn, for a conditioned model), counted, then left out of the card
        fresh_as = [handles[i % len(handles)] if conditioned else None for i in range(self.copy_samples)]
        keep_newlines = dm.cleaning.keep_newlines
        fresh = sample(pl_module.model, pl_module.tokenizer, [""] * len(fresh_as), self.max_new_tokens, seed=1,
                       prefixes=[user_prefix(h) if h else "" for h in fresh_as])  # fmt: skip
        fresh = as_tweets(fresh, keep_newlines)  # what generate() would return
        copy_stats = copies.stats(fresh) if fresh else None
        # a conditioned model: every prompt as every account; otherwise the prompts alone
        labels = [h for h in handles for _ in self.prompts] if conditioned else [None] * len(self.prompts)
        prompts = self.prompts * len(handles) if conditioned else self.prompts
        texts = sample(pl_module.model, pl_module.tokenizer, prompts, self.max_new_tokens,
                       prefixes=[user_prefix(h) if h else "" for h in labels])  # fmt: skip
        texts = as_tweets(texts, keep_newlines)
        self.sampled = [(p, label, text) for p, label, text in zip(prompts, labels, texts, strict=True)]
        samples = [(label, text) for _, label, text in self.sampled if not copies.check(text)]
        # a conditioned model reads an account's marker first: the widget and the snippet give one
        widget = (user_prefix(handles[0]) if conditioned else "") + next((p for p in self.prompts if p), "My dream is")
        conditioning = conditioning_table(pl_module, dm) if conditioned and len(handles) > 1 else None
        users = [cards.UserColumn(a.handle, a.display_name, a.counts, a.avatar_url) for a in dm.accounts]
        curves = [(s, loss.item()) for s, loss in self.train_loss]
        val_points = [(s, ppl) for s, ppl in self.val_ppl if s not in (0, step)] + [(step, final["ppl"])]
        if self.before:
            val_points.append((0, self.before["ppl"]))
        training_curves(curves, sorted(val_points), directory / "training_curves.png")
        preview_image(samples[:3], users, dm.name, directory / "predictions.png")
        base = pl_module.base_model_name
        tokenizer_source = pl_module.tokenizer.name_or_path  # empty for a tokenizer trained on these tweets
        card = cards.CardData(
            name=dm.name,
            users=users,
            model_ref=self.repo_id or redact_home(_readable_path(target)),
            repo_id=self.repo_id,
            thumbnail=self.thumbnail,
            base_model=base,
            base_model_is_hub=base != "scratch" and not Path(base).exists(),
            model_type=pl_module.model.config.model_type,
            tokenizer=Path(tokenizer_source).name if tokenizer_source else None,
            parameters=base_parameters(pl_module.model),
            hyperparameters=hyperparameters(trainer, pl_module, seconds, step, saver.exported_from),
            min_words=dm.cleaning.min_words,
            after=final,
            before=self.before,
            conditioning=conditioning,
            balance=dm.balance if dm.balance != "temperature" else f"temperature {dm.temperature}",
            train_tokens=dm.stats.get("train_tokens_by_user", {}),
            samples=samples,
            widget_prompt=widget,
            language=self.language,
            license=self.license,
            copies=copy_stats,
            reproduce=reproduction(record),
            wandb_run_url=wandb_run_url(trainer),
            images={"preview": "predictions.png", "curves": "training_curves.png"},
        )
        cards.write_card(card, directory)
        return card


def reproduction(record: dict) -> dict:
    """The card's "Reproducing this run" rows, from the run's record: every data and cleaning setting included."""
    data = {k: v for k, v in record["data"].items() if k not in ("archive_dir", "cache_dir", "num_workers")}
    base = record["base_model"]
    local = base != "scratch" and "/" in base and Path(base).expanduser().exists()
    base = f"{Path(base).name} (a local model)" if local else base
    return {"huggingtweets": record["huggingtweets"], "seed": record["seed"], "base_model": base,
            "precision": record.get("precision"), "data fingerprint": record.get("data_fingerprint"),
            "held-out set": record["split"]["val_digest"], "data": data}  # fmt: skip


def conditioning_table(pl_module: LightningModule, dm: LightningDataModule) -> dict[str, dict[str, float]]:
    """Per-tweet perplexity of each account's held-out tweets when the model is told each account in turn:
    `{true author: {conditioned as: ppl}}`. A model that learned the accounts is lowest on the diagonal."""
    table: dict[str, dict[str, float]] = {a.handle: {} for a in dm.accounts}
    for account in dm.accounts:
        result = pl_module.evaluate(dm.conditioned_val_batches(account.handle))
        for author, numbers in result["users"].items():
            table[author][account.handle] = numbers["ppl"]
    return table
