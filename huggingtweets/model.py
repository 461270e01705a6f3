"""TweetLM: a LightningModule around any Hugging Face causal LM, pretrained or built from a config."""

from __future__ import annotations

import copy
import math
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from functools import partial

import torch
import torch.nn.functional as F
from lightning.pytorch import LightningModule
from torch.optim.lr_scheduler import LambdaLR
from torchmetrics import Metric
from transformers import (
    AutoConfig,
    AutoModelForCausalLM,
    PretrainedConfig,
    PreTrainedModel,
    PreTrainedTokenizerBase,
)
from transformers.modeling_outputs import CausalLMOutput

from huggingtweets.devices import resolve_attention
from huggingtweets.errors import UserError
from huggingtweets.loss import SUPPORTED as FUSED_LOSS_MODELS
from huggingtweets.loss import causal_lm_loss
from huggingtweets.tokenizer import hub_error

DECAYS = ("constant", "linear", "cosine")


def check_decay(decay: object) -> None:
    """One line naming the choices when `decay` is not one of `DECAYS`."""
    if decay not in DECAYS:
        raise UserError(f"model.scheduler.decay={decay!r}: use one of {', '.join(DECAYS)}")


def warmup_schedule(
    optimizer: torch.optim.Optimizer,
    total_steps: int,
    warmup_fraction: float = 0.1,
    min_lr_ratio: float = 0.1,
    decay: str = "cosine",
) -> LambdaLR:
    """Linear warmup over `warmup_fraction` of the steps (none at 0), then `decay`: `cosine` (the default, as
    transformers' cosine-with-floor schedule) or `linear` down to `min_lr_ratio` x the peak, or `constant` at the
    peak (the original's three schedules, for sweeps). Sized by fractions, so one config fits any run length."""
    check_decay(decay)
    warmup = round(total_steps * warmup_fraction)

    def factor(step: int) -> float:  # (a Python float: Lightning logs it as a float32 tensor on any device)
        if step < warmup:
            return step / warmup
        if decay == "constant":
            return 1.0
        progress = min(1.0, (step - warmup) / max(1, total_steps - warmup))
        shape = 1.0 - progress if decay == "linear" else 0.5 * (1.0 + math.cos(math.pi * progress))
        return min_lr_ratio + (1.0 - min_lr_ratio) * shape

    return LambdaLR(optimizer, factor)


def load_causal_lm(
    tokenizer: PreTrainedTokenizerBase,
    name_or_path: str | None = None,
    architecture: dict | None = None,
    attn_implementation: str | None = None,
) -> PreTrainedModel:
    """Pretrained weights from `name_or_path`, or a fresh model from `architecture` (config fields incl. model_type);
    `attn_implementation` as transformers names them (`sdpa`, `eager`, `flash_attention_2`; None: its default)."""
    attention = {"attn_implementation": attn_implementation} if attn_implementation else {}
    if architecture:
        fields = dict(architecture)
        config = AutoConfig.for_model(
            fields.pop("model_type"),
            vocab_size=len(tokenizer),
            bos_token_id=tokenizer.bos_token_id if tokenizer.bos_token_id is not None else tokenizer.eos_token_id,
            eos_token_id=tokenizer.eos_token_id,
            **fields,  # no pad_token_id: blocks are packed, never padded (and EOS is the pad token)
        )
        return _with_causal_loss(AutoModelForCausalLM.from_config(faster_kernels(config), **attention))
    if not name_or_path:
        raise ValueError("give model.name_or_path or model.architecture")
    try:
        config = faster_kernels(AutoConfig.from_pretrained(name_or_path))
        model = AutoModelForCausalLM.from_pretrained(name_or_path, config=config, dtype=torch.float32, **attention)
    except (OSError, ValueError) as err:
        raise hub_error(name_or_path, err) from None
    if model.get_input_embeddings().num_embeddings < len(tokenizer):
        model.resize_token_embeddings(len(tokenizer))
    return _with_causal_loss(model)


# the same function as one fused kernel: GPT-2's "gelu_new" is the tanh approximation written as seven operations
FASTER_ACTIVATIONS = {"gelu_new": "gelu_pytorch_tanh"}


def faster_kernels(config: PretrainedConfig) -> PretrainedConfig:
    """The config with activations swapped for fused kernels of the same function (nanoGPT's GELU)."""
    for name in ("activation_function", "hidden_act"):
        if getattr(config, name, None) in FASTER_ACTIVATIONS:
            setattr(config, name, FASTER_ACTIVATIONS[getattr(config, name)])
    return config


def _with_causal_loss(model: PreTrainedModel) -> PreTrainedModel:
    """Name the loss transformers falls back to anyway for classes like GPT2LMHeadModel (and stop it warning)."""
    if getattr(model, "loss_type", None) is None:
        model.loss_type = "ForCausalLM"
    return model


def _next_token_logprobs(model: PreTrainedModel, ids: torch.Tensor, **inputs) -> torch.Tensor:
    logits = model(input_ids=ids, use_cache=False, **inputs).logits.float()
    return logits[0, :-1].log_softmax(-1).gather(1, ids[0, 1:, None])[:, 0]


@torch.no_grad()
def packing_leak(model: PreTrainedModel, samples: Sequence[Sequence[int]]) -> tuple[float, float]:
    """How far packing moves a tweet's scores: the largest difference (nats) between the next-token log-probabilities
    of each tweet scored alone and scored after the others in one row, as training packs them (`position_ids`
    restarting, no attention mask); and, for scale, the same with attention across the row (an all-ones mask), which
    is what a leak looks like. Dropout is off and compiled models run eagerly here."""
    device, was_training = next(model.parameters()).device, model.training
    model.eval()
    row = torch.tensor([[t for sample in samples for t in sample]], device=device)
    positions = torch.tensor([[i for sample in samples for i in range(len(sample))]], device=device)
    with torch.compiler.set_stance("force_eager"):
        packed = _next_token_logprobs(model, row, position_ids=positions)
        across = _next_token_logprobs(model, row, position_ids=positions, attention_mask=torch.ones_like(row))
        worst_packed = worst_across = 0.0
        start = 0
        for sample in samples:
            ids = torch.tensor([list(sample)], device=device)
            alone = _next_token_logprobs(model, ids, position_ids=torch.arange(len(sample), device=device)[None])
            inside = slice(start, start + len(sample) - 1)  # predictions within this tweet, not of the next one
            worst_packed = max(worst_packed, float((packed[inside] - alone).abs().max()))
            worst_across = max(worst_across, float((across[inside] - alone).abs().max()))
            start += len(sample)
    model.train(was_training)
    return worst_packed, worst_across


def optimizer_steps(trainer) -> int:
    """The optimizer steps of the run: the data module's count (`TweetDataModule.optimizer_steps`), else
    Lightning's estimate (which builds the training loader to count it)."""
    counts = getattr(trainer.datamodule, "optimizer_steps", None)
    return int(counts(trainer)) if counts else int(trainer.estimated_stepping_batches)


def perplexity(loss: float) -> float:
    return math.inf if loss >= 700 else math.exp(loss)  # NaN (no target tokens) stays NaN


SUMS = ("nll", "tokens", "bytes")


class HeldOutNLL(Metric):
    """Summed negative log-likelihood (nats), target tokens and UTF-8 bytes of held-out tweets, per account:
    `exp(sum nll / sum tokens)` is the per-tweet perplexity, `sum nll / ln 2 / sum bytes` the bits per byte of
    tweet text (the EOS that ends each tweet included), summed across batches and processes.

    The sums are float32 on every device (Apple's MPS has no float64): counts are exact up to 2**24 tokens or bytes
    per account, and the summed NLL of a held-out set of 100k tokens is good to about 1e-6 of itself, far below
    the two decimals a perplexity is reported with."""

    full_state_update = False

    def __init__(self, num_users: int, **kwargs):
        super().__init__(**kwargs)
        for name in SUMS:
            self.add_state(name, torch.zeros(max(1, num_users), dtype=torch.float32), dist_reduce_fx="sum")

    def update(self, nll: torch.Tensor, tokens: torch.Tensor, nbytes: torch.Tensor, user: torch.Tensor) -> None:
        self.nll.index_add_(0, user, nll.float())
        self.tokens.index_add_(0, user, tokens.float())
        self.bytes.index_add_(0, user, nbytes.float())

    def compute(self) -> dict[str, torch.Tensor]:
        return {name: getattr(self, name) for name in SUMS}


def summarize(nll: float, tokens: float, nbytes: float) -> dict[str, float]:
    """Loss, perplexity and bits per byte from the sums."""
    loss = nll / tokens if tokens else math.nan
    bpb = nll / math.log(2) / nbytes if nbytes else math.nan
    return {"loss": loss, "ppl": perplexity(loss), "bpb": bpb, "tokens": int(tokens), "bytes": int(nbytes)}


def summaries(sums: dict[str, torch.Tensor], users: Sequence[str]) -> dict:
    """`summarize` over all accounts, with each account's own under `users` (in Python floats, on the host)."""
    values = {k: [float(x) for x in v.reshape(-1).tolist()] for k, v in sums.items()}  # (torchmetrics squeezes one)
    result: dict = summarize(*(math.fsum(values[k]) for k in SUMS))
    result["users"] = {user: summarize(*(values[k][i] for k in SUMS)) for i, user in enumerate(users)}
    return result


def with_lora(
    model: PreTrainedModel,
    r: int = 16,
    alpha: int = 32,
    dropout: float = 0.05,
    target_modules: str | list[str] = "all-linear",
    merge: bool = True,
) -> PreTrainedModel:
    """The model with LoRA adapters (peft) on `target_modules`; only the adapters train. `merge` is read at export."""
    try:
        from peft import LoraConfig, get_peft_model
    except ImportError:
        raise UserError("model.lora needs peft: pip install -e '.[lora]'") from None
    config = LoraConfig(task_type="CAUSAL_LM", r=r, lora_alpha=alpha, lora_dropout=dropout,
                        target_modules=target_modules)  # fmt: skip
    return get_peft_model(model, config)


def fastest_kernel(optimizer: Callable[..., torch.optim.Optimizer], device: torch.device, fused: bool = True) -> dict:
    """`fused=True` where this optimizer has a fused kernel for the device (tried on a scratch parameter, not
    assumed) and `fused` allows it, else `foreach=True`; nothing for optimizers that take neither."""
    chosen = getattr(optimizer, "keywords", {})
    if "fused" in chosen or "foreach" in chosen:  # the config said which: keep it
        return {}
    probe = [torch.nn.Parameter(torch.zeros(2, device=device))]
    for option in ({"fused": True} if fused else {}, {"foreach": True}):
        if not option:
            continue
        try:
            optimizer(params=probe, **option)
        except (RuntimeError, TypeError, ValueError):
            continue
        return option
    return {}


def param_groups(
    named_params: Iterable[tuple[str, torch.nn.Parameter]], weight_decay: float, spare: Iterable = ()
) -> list[dict]:
    """Weight decay on matrices (>= 2-D) only; biases, norms and other vectors are not decayed, nor the parameters
    in `spare` (the embeddings, with `decay_embeddings=False`)."""
    spared = {id(p) for p in spare}
    params = [p for _, p in named_params if p.requires_grad]
    decays = [p.dim() >= 2 and id(p) not in spared for p in params]
    return [
        {"params": [p for p, d in zip(params, decays, strict=True) if d], "weight_decay": weight_decay},
        {"params": [p for p, d in zip(params, decays, strict=True) if not d], "weight_decay": 0.0},
    ]


@dataclass
class History:
    """What the card draws and reports about training. The module keeps it with its weights, so it is in every
    checkpoint (a resumed run's card starts at the true beginning) and in the weights `ddp_spawn` hands back to
    the launching process. Recorded by rank 0."""

    train_loss: list[tuple[int, float]] = field(default_factory=list)  # (step, loss) every log_every_n_steps
    val_ppl: list[tuple[int, float]] = field(default_factory=list)  # (step, per-tweet perplexity) per validation
    before: dict | None = None  # the zero-shot evaluation of the weights training started from
    seconds: float = 0.0  # training time, all sessions
    step: int = 0  # optimizer steps when training ended
    epochs: float = 0.0


class TweetLM(LightningModule):
    """Fine-tunes a causal LM on packed tweet blocks; logs `train/loss`, `val/loss` and `val/ppl`.

    Args:
        tokenizer: the tokenizer the data was encoded with (saved next to the model).
        name_or_path: pretrained model id or folder; ignored when `architecture` is given.
        architecture: config fields of a model built from scratch (e.g. a tiny GPT-2), sized to the tokenizer.
        optimizer: a partial optimizer (`_partial_: true`) completed with the parameter groups.
        scheduler: a partial scheduler completed with the optimizer and the total number of steps.
        compile: `torch.compile` the model (worth it on GPUs, slow to start on CPUs).
        lora: LoRA adapter settings (`with_lora`), or None to train every weight.
        conditioning: `user` when each tweet is preceded by its account's marker (the data module encodes it).
        activation_checkpointing: recompute each block's activations in the backward pass (less memory, ~30%
            more compute); under FSDP the strategy does it per wrapped block.
        fused_loss: compute the LM head and cross-entropy together over the target positions only
            (`huggingtweets.loss`), for the architectures where that is exact; the model's own loss otherwise.
        attn_implementation: transformers' attention kernel (`sdpa`, `eager`, `flash_attention_2`); None: its
            default; `auto`: eager without a GPU, where it is faster (`devices.resolve_attention`). Packed rows are
            checked against it when training starts (`check_packing`).
        decay_embeddings: weight decay on the embeddings and output head too, as on every other matrix.
    """

    def __init__(
        self,
        tokenizer: PreTrainedTokenizerBase,
        name_or_path: str | None = "gpt2",
        architecture: dict | None = None,
        optimizer: Callable[..., torch.optim.Optimizer] | None = None,
        scheduler: Callable[..., LambdaLR] | None = warmup_schedule,
        compile: bool = False,
        lora: dict | None = None,
        conditioning: str = "none",
        activation_checkpointing: bool = False,
        fused_loss: bool = True,
        attn_implementation: str | None = "auto",
        decay_embeddings: bool = True,
    ):
        super().__init__()
        architecture = dict(architecture) if architecture else None  # plain types: checkpoints load weights-only
        lora = dict(lora) if lora else None
        self.save_hyperparameters(ignore=["tokenizer", "optimizer", "scheduler"], logger=False)
        self.tokenizer = tokenizer
        self.model = load_causal_lm(tokenizer, name_or_path, architecture, resolve_attention(attn_implementation))
        if lora:
            self.model = with_lora(self.model, **lora)
        self.optimizer = optimizer or partial(torch.optim.AdamW, lr=1e-4, weight_decay=0.1)
        self.scheduler = scheduler
        self.users: list[str] = []  # the accounts, in the order validation batches number them (`connect`)
        self.packing_probe: list[list[int]] = []  # a few encoded tweets, checked packed against alone (`connect`)
        self.val_metric = HeldOutNLL(1)
        self.history = History()
        self._losses: list[tuple[int, torch.Tensor]] = []  # recorded on the device, read when the history is
        self._session_started: float | None = None

    @property
    def base_model_name(self) -> str:
        return self.hparams.name_or_path if not self.hparams.architecture else "scratch"

    def export_model(self) -> PreTrainedModel:
        """What the model directory holds: the model, or with LoRA a copy with the adapters merged into the
        weights (`merge: false` keeps the adapter alone, which `pipeline` loads when peft is installed)."""
        if not self.hparams.lora or not self.hparams.lora.get("merge", True):
            return self.model
        return copy.deepcopy(self.model).merge_and_unload()

    def connect(self, users: list[str], packing_probe: Sequence[Sequence[int]] = ()) -> None:
        """What the model needs from the data after construction: the accounts validation numbers by index, and
        (packed training rows) a few encoded tweets to check, when training starts, that packing keeps them apart."""
        self.users = list(users)
        self.packing_probe = [list(sample) for sample in packing_probe]
        self.val_metric = HeldOutNLL(len(self.users))

    def check_packing(self) -> None:
        """Stop with one line if tweets packed in one row see each other in this model (an attention implementation
        that ignores restarting `position_ids`), scored on the training device. Half precision only where the
        attention needs it (flash-attention), with a looser bound."""
        if len(self.packing_probe) < 2:
            return
        attention = getattr(self.model.config, "_attn_implementation", None) or "eager"
        half = "flash" in attention
        dtype = torch.bfloat16 if self.device.type != "cuda" or torch.cuda.is_bf16_supported() else torch.float16
        with torch.autocast(self.device.type, dtype=dtype, enabled=half):
            packed, across = packing_leak(self.model, self.packing_probe)
        if packed > max(0.05 if half else 1e-3, 0.1 * across):
            raise UserError(
                f"packed tweets attend to each other in {self.model.config.model_type} with "
                f"attn_implementation={attention} (scores move by {packed:.3g} nats): set data.packing=stream, or "
                "model.attn_implementation=sdpa (or eager)"
            )

    # --- the training history (`History`) ------------------------------------------------------------------
    def _settled_history(self) -> History:
        """The history with the losses still on the device read, and this session's time so far added."""
        self.history.train_loss += [(step, float(loss)) for step, loss in self._losses]
        self._losses = []
        if self._session_started is not None:
            now = time.monotonic()
            self.history.seconds += now - self._session_started
            self._session_started = now
        return self.history

    def get_extra_state(self) -> dict:
        return asdict(self._settled_history())

    def set_extra_state(self, state: dict) -> None:
        self.history = History(**{k: state[k] for k in asdict(History()) if k in state})
        self.history.train_loss = [tuple(x) for x in self.history.train_loss]
        self.history.val_ppl = [tuple(x) for x in self.history.val_ppl]

    def on_load_checkpoint(self, checkpoint: dict) -> None:
        checkpoint["state_dict"].setdefault("_extra_state", asdict(History()))  # (checkpoints written before it)

    def on_fit_start(self) -> None:
        from lightning.pytorch.strategies import FSDPStrategy

        if isinstance(self.trainer.strategy, FSDPStrategy):  # (sharded weights run only inside the steps; the
            return  # zero-shot figure then comes from scripts/evaluate.py)
        self.check_packing()
        if self.trainer.is_global_zero and self.history.before is None:  # (restored when resuming)
            with self.trainer.precision_plugin.forward_context():
                self.history.before = self.evaluate(self.trainer.datamodule.all_val_batches())

    def on_train_start(self) -> None:
        self._session_started = time.monotonic()

    def on_train_batch_end(self, outputs, batch, batch_idx) -> None:
        step, trainer = self.global_step, self.trainer
        recorded = step in {s for s, _ in self._losses[-1:] + self.history.train_loss[-1:]}  # (micro-batches)
        if trainer.is_global_zero and step % trainer.log_every_n_steps == 0 and not recorded:
            # Lightning hands over the loss divided by the accumulation steps; kept on the device: no sync here
            self._losses.append((step, outputs["loss"].detach() * trainer.accumulate_grad_batches))

    def on_train_end(self) -> None:
        history = self._settled_history()
        self._session_started = None
        history.step = self.global_step
        batches = max(1, self.trainer.num_training_batches)
        history.epochs = self.global_step * self.trainer.accumulate_grad_batches / batches

    def configure_model(self) -> None:
        from lightning.pytorch.strategies import FSDPStrategy

        if self.hparams.activation_checkpointing and not isinstance(self.trainer.strategy, FSDPStrategy):
            self.model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
        if self.hparams.compile:
            self.model.compile()
            if self.uses_fused_loss:  # training calls the backbone itself (`huggingtweets.loss`)
                self.model.base_model.compile()

    def forward(self, batch: dict[str, torch.Tensor], labels: bool = True) -> CausalLMOutput:
        """The model on a batch: packed rows carry `position_ids` (attention stays within each tweet), padded
        tweets an `attention_mask`; no cache, which would also switch off transformers' packed-row detection."""
        return self.model(
            input_ids=batch["input_ids"],
            labels=batch["labels"] if labels else None,
            position_ids=batch.get("position_ids"),
            attention_mask=batch.get("attention_mask"),
            use_cache=False,
        )

    @property
    def uses_fused_loss(self) -> bool:
        head = self.model.get_output_embeddings()
        return (
            self.hparams.fused_loss
            and not self.hparams.lora
            and self.model.config.model_type in FUSED_LOSS_MODELS
            and getattr(head, "bias", None) is None
        )

    def training_step(self, batch: dict[str, torch.Tensor], batch_idx: int) -> torch.Tensor:
        loss = causal_lm_loss(self.model, batch) if self.uses_fused_loss else self(batch).loss
        self.log("train/loss", loss, prog_bar=True)
        return loss

    def tweet_nll(self, batch: dict[str, torch.Tensor]) -> tuple[torch.Tensor, torch.Tensor]:
        """Summed negative log-likelihood and number of target tokens of each row (one tweet per row)."""
        logits = self(batch, labels=False).logits[:, :-1]
        targets = batch["labels"][:, 1:]
        nll = F.cross_entropy(logits.transpose(1, 2).float(), targets, ignore_index=-100, reduction="none")
        return nll.sum(1), (targets != -100).sum(1)

    def _update(self, metric: HeldOutNLL, batch: dict[str, torch.Tensor]) -> None:
        nll, tokens = self.tweet_nll(batch)
        users = batch["user"] if self.users else torch.zeros_like(batch["user"])  # not connected: one total
        metric.update(nll, tokens, batch["bytes"], users)

    def validation_step(self, batch: dict[str, torch.Tensor], batch_idx: int) -> None:
        self._update(self.val_metric, batch)

    def on_validation_epoch_end(self) -> None:
        result = summaries(self.val_metric.compute(), self.users)  # summed across processes
        self.val_metric.reset()
        self.log_dict({"val/loss": result["loss"], "val/bpb": result["bpb"]})
        self.log("val/ppl", result["ppl"], prog_bar=True)
        if not self.trainer.sanity_checking:
            self.history.val_ppl.append((self.global_step, result["ppl"]))
        if len(self.users) > 1:
            self.log_dict({f"val/{user}/ppl": user_result["ppl"] for user, user_result in result["users"].items()})

    @torch.no_grad()
    def evaluate(self, batches: Iterable[dict[str, torch.Tensor]]) -> dict:
        """Per-tweet loss, perplexity and bits per byte over `batches` in this process alone (the card's numbers),
        overall and per account (`users`)."""
        was_training = self.training
        self.eval()
        metric = HeldOutNLL(len(self.users), sync_on_compute=False).to(self.device)
        for batch in batches:  # sums stay on the device: one host sync at the end, not one per batch
            self._update(metric, {k: v.to(self.device) for k, v in batch.items()})
        self.train(was_training)
        return summaries(metric.compute(), self.users)

    def _gradient_scaler(self):
        return getattr(self.trainer.precision_plugin, "scaler", None)

    def configure_gradient_clipping(self, optimizer, gradient_clip_val=None, gradient_clip_algorithm=None) -> None:
        """Without a gradient scaler (bf16, fp32) the gradients are clipped here, as Lightning would, but without its
        refusal of fused optimizers (a rule for fp16 scaling); with one, Lightning's own clipping."""
        from lightning.pytorch.strategies import FSDPStrategy

        sharded = isinstance(self.trainer.strategy, FSDPStrategy)  # (its norm must span every process's shard)
        if (
            gradient_clip_val
            and self._gradient_scaler() is None
            and gradient_clip_algorithm in (None, "norm")
            and not sharded
        ):
            torch.nn.utils.clip_grad_norm_(self.parameters(), gradient_clip_val, foreach=True)
        else:
            self.clip_gradients(optimizer, gradient_clip_val, gradient_clip_algorithm)

    def embedding_weights(self) -> list[torch.nn.Parameter]:
        """The token and position embeddings and the (often tied) output head."""
        tables = [m.weight for m in self.model.modules() if isinstance(m, torch.nn.Embedding)]
        return tables + [self.model.get_output_embeddings().weight]

    def configure_optimizers(self) -> torch.optim.Optimizer | dict:
        from lightning.pytorch.strategies import FSDPStrategy

        embeddings = [] if self.hparams.decay_embeddings else self.embedding_weights()
        decay = getattr(self.optimizer, "keywords", {}).get("weight_decay", 0.0)
        groups = param_groups(self.named_parameters(), decay, embeddings)
        # a fused optimizer unscales fp16 gradients itself: clipping them first would clip scaled values
        fused_ok = not (self.trainer.gradient_clip_val and self._gradient_scaler() is not None)
        fused_ok = fused_ok and not (self.trainer.gradient_clip_val and isinstance(self.trainer.strategy, FSDPStrategy))
        optimizer = self.optimizer(params=groups, **fastest_kernel(self.optimizer, self.device, fused_ok))
        if self.scheduler is None:
            return optimizer
        scheduler = self.scheduler(optimizer, total_steps=optimizer_steps(self.trainer))
        return {"optimizer": optimizer, "lr_scheduler": {"scheduler": scheduler, "interval": "step"}}
