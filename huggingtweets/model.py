"""TweetLM: a LightningModule around any Hugging Face causal LM, pretrained or built from a config."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from functools import partial

import torch
from lightning.pytorch import LightningModule
from torch.optim.lr_scheduler import LambdaLR
from torchmetrics import SumMetric
from transformers import (
    AutoConfig,
    AutoModelForCausalLM,
    PreTrainedModel,
    PreTrainedTokenizerBase,
    get_cosine_with_min_lr_schedule_with_warmup,
)
from transformers.modeling_outputs import CausalLMOutput

from huggingtweets.tokenizer import hub_error


def warmup_cosine(
    optimizer: torch.optim.Optimizer, total_steps: int, warmup_fraction: float = 0.1, min_lr_ratio: float = 0.1
) -> LambdaLR:
    """Linear warmup over `warmup_fraction` of the steps, then cosine decay to `min_lr_ratio` x the peak
    (transformers' schedule, sized by a fraction so one config fits any run length)."""
    warmup = max(1, round(total_steps * warmup_fraction))
    return get_cosine_with_min_lr_schedule_with_warmup(optimizer, warmup, total_steps, min_lr_rate=min_lr_ratio)


def load_causal_lm(
    tokenizer: PreTrainedTokenizerBase, name_or_path: str | None = None, architecture: dict | None = None
) -> PreTrainedModel:
    """Pretrained weights from `name_or_path`, or a fresh model from `architecture` (config fields incl. model_type)."""
    if architecture:
        fields = dict(architecture)
        config = AutoConfig.for_model(
            fields.pop("model_type"),
            vocab_size=len(tokenizer),
            bos_token_id=tokenizer.bos_token_id if tokenizer.bos_token_id is not None else tokenizer.eos_token_id,
            eos_token_id=tokenizer.eos_token_id,
            **fields,  # no pad_token_id: blocks are packed, never padded (and EOS is the pad token)
        )
        return _with_causal_loss(AutoModelForCausalLM.from_config(config))
    if not name_or_path:
        raise ValueError("give model.name_or_path or model.architecture")
    try:
        model = AutoModelForCausalLM.from_pretrained(name_or_path, dtype=torch.float32)
    except (OSError, ValueError) as err:
        raise hub_error(name_or_path, err) from None
    if model.get_input_embeddings().num_embeddings < len(tokenizer):
        model.resize_token_embeddings(len(tokenizer))
    return _with_causal_loss(model)


def _with_causal_loss(model: PreTrainedModel) -> PreTrainedModel:
    """Name the loss transformers falls back to anyway for classes like GPT2LMHeadModel (and stop it warning)."""
    if getattr(model, "loss_type", None) is None:
        model.loss_type = "ForCausalLM"
    return model


def param_groups(named_params: Iterable[tuple[str, torch.nn.Parameter]], weight_decay: float) -> list[dict]:
    """Weight decay on matrices (>= 2-D) only; biases, norms and other vectors are not decayed."""
    params = [p for _, p in named_params if p.requires_grad]
    return [
        {"params": [p for p in params if p.dim() >= 2], "weight_decay": weight_decay},
        {"params": [p for p in params if p.dim() < 2], "weight_decay": 0.0},
    ]


class TweetLM(LightningModule):
    """Fine-tunes a causal LM on packed tweet blocks; logs `train/loss`, `val/loss` and `val/ppl`.

    Args:
        tokenizer: the tokenizer the data was encoded with (saved next to the model).
        name_or_path: pretrained model id or folder; ignored when `architecture` is given.
        architecture: config fields of a model built from scratch (e.g. a tiny GPT-2), sized to the tokenizer.
        optimizer: a partial optimizer (`_partial_: true`) completed with the parameter groups.
        scheduler: a partial scheduler completed with the optimizer and the total number of steps.
        compile: `torch.compile` the model (worth it on GPUs, slow to start on CPUs).
    """

    def __init__(
        self,
        tokenizer: PreTrainedTokenizerBase,
        name_or_path: str | None = "gpt2",
        architecture: dict | None = None,
        optimizer: Callable[..., torch.optim.Optimizer] | None = None,
        scheduler: Callable[..., LambdaLR] | None = warmup_cosine,
        compile: bool = False,
    ):
        super().__init__()
        architecture = dict(architecture) if architecture else None  # plain types: checkpoints load weights-only
        self.save_hyperparameters(ignore=["tokenizer", "optimizer", "scheduler"], logger=False)
        self.tokenizer = tokenizer
        self.model = load_causal_lm(tokenizer, name_or_path, architecture)
        self.optimizer = optimizer or partial(torch.optim.AdamW, lr=1e-4, weight_decay=0.1)
        self.scheduler = scheduler
        self.val_nll, self.val_tokens = SumMetric(), SumMetric()

    @property
    def base_model_name(self) -> str:
        return self.hparams.name_or_path if not self.hparams.architecture else "scratch"

    def configure_model(self) -> None:
        if self.hparams.compile:
            self.model.compile()

    def forward(self, input_ids: torch.Tensor, labels: torch.Tensor | None = None) -> CausalLMOutput:
        return self.model(input_ids=input_ids, labels=labels)

    def training_step(self, batch: dict[str, torch.Tensor], batch_idx: int) -> torch.Tensor:
        loss = self(batch["input_ids"], batch["labels"]).loss
        self.log("train/loss", loss, prog_bar=True)
        return loss

    def nll_and_tokens(self, batch: dict[str, torch.Tensor]) -> tuple[torch.Tensor, torch.Tensor]:
        """Summed negative log-likelihood over the batch's target tokens, and how many there are."""
        tokens = (batch["labels"][:, 1:] != -100).sum()
        return self(batch["input_ids"], batch["labels"]).loss.float() * tokens, tokens

    def validation_step(self, batch: dict[str, torch.Tensor], batch_idx: int) -> None:
        nll, tokens = self.nll_and_tokens(batch)
        self.val_nll.update(nll)
        self.val_tokens.update(tokens)

    def on_validation_epoch_end(self) -> None:
        loss = self.val_nll.compute() / self.val_tokens.compute().clamp(min=1)  # summed across processes
        self.log_dict({"val/loss": loss, "val/ppl": torch.exp(loss)}, prog_bar=True)
        self.val_nll.reset()
        self.val_tokens.reset()

    @torch.no_grad()
    def evaluate(self, batches: Iterable[dict[str, torch.Tensor]]) -> dict[str, float]:
        """Token-weighted loss and perplexity over `batches`, in this process (used for the card)."""
        was_training = self.training
        self.eval()
        nll = torch.zeros((), dtype=torch.float64, device=self.device)
        tokens = torch.zeros((), dtype=torch.long, device=self.device)
        for batch in batches:  # sums stay on the device: one host sync at the end, not one per batch
            batch_nll, batch_tokens = self.nll_and_tokens({k: v.to(self.device) for k, v in batch.items()})
            nll, tokens = nll + batch_nll, tokens + batch_tokens
        self.train(was_training)
        nll, tokens = nll.item(), tokens.item()
        loss = nll / tokens if tokens else math.nan
        ppl = math.inf if loss >= 700 else math.exp(loss)  # NaN (no target tokens) stays NaN
        return {"loss": loss, "ppl": ppl, "tokens": int(tokens)}

    def configure_optimizers(self) -> torch.optim.Optimizer | dict:
        groups = param_groups(self.named_parameters(), getattr(self.optimizer, "keywords", {}).get("weight_decay", 0.0))
        extra = {"fused": True} if self.device.type == "cuda" else {}
        optimizer = self.optimizer(params=groups, **extra)
        if self.scheduler is None:
            return optimizer
        scheduler = self.scheduler(optimizer, total_steps=int(self.trainer.estimated_stepping_batches))
        return {"optimizer": optimizer, "lr_scheduler": {"scheduler": scheduler, "interval": "step"}}
