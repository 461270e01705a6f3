"""The language-model loss without the full logits: the LM head and cross-entropy computed together, a chunk of
tokens at a time (what Liger's fused linear cross-entropy does on GPUs, here in plain PyTorch for every device). For
a small model the head over a 50k vocabulary is most of the work, and `(tokens x vocab)` float32 logits are most of
the memory; only positions that are targets go through it.

In bf16 and fp32 the gradients are formed in the same pass as the loss (no second pass over the head). In fp16 they
cannot be: `softmax - onehot` holds probabilities far below fp16's smallest number (6e-8), which flush to zero
unless the gradient scaler's factor is applied first. Under fp16 the backward pass therefore recomputes each chunk's
logits and multiplies the incoming (scaled) gradient in, in float32, before casting, as transformers' own loss does:
one more head matmul per step, the price of fp16's range."""

from __future__ import annotations

import torch

# architectures whose logits are exactly `lm_head(last hidden state)`: no bias, scaling or soft-capping
SUPPORTED = {"gpt2", "llama", "mistral", "qwen2", "qwen3"}


def _chunk(rows: torch.Tensor, weight: torch.Tensor, index: torch.Tensor, scale: torch.Tensor | float | None):
    """One chunk's summed loss and, unless `scale` is None, the gradients of `scale x loss` with respect to `rows`
    and (transposed, `(dim, vocab)`) `weight`; `rows` and `weight` in the compute dtype.

    The softmax runs in the compute dtype (its kernels accumulate in float32 inside) and hands the gradient over as it
    is: in bf16 that writes and reads half the bytes of a float32 softmax and needs no cast, and rounds each
    probability as transformers' loss rounds the gradient when it casts it to bf16 for the head's backward (here
    before `- 1` on the target, so a target's `p - 1` is good to 2**-9 absolutely rather than relatively; the loss
    read off it to 0.002 nats a token). In fp16 the softmax runs in float32, whose range holds what fp16's cannot,
    and is scaled before the cast."""
    logits = torch.mm(rows, weight.T, out=_workspace(rows, weight))
    if rows.dtype == torch.float16:  # (float32: a new tensor)
        probabilities = torch.softmax(logits, dim=-1, dtype=torch.float32)
    else:  # in place: the logits are not needed again
        probabilities = torch._softmax(logits, -1, False, out=logits)
    picked = torch.arange(len(index), device=rows.device), index
    # (a target less likely than float32 can hold, p < 1e-38, counts 87.3 nats; its gradient is exact)
    loss = -probabilities[picked].float().clamp_min(torch.finfo(torch.float32).smallest_normal).log().sum()
    if scale is None:
        return loss, None, None
    probabilities[picked] -= 1  # d loss / d logits
    if not (isinstance(scale, float) and scale == 1.0):
        probabilities.mul_(scale)
    grad = probabilities.to(rows.dtype)
    return loss, grad @ weight, rows.T @ grad  # (rows.T @ grad: the faster of the two layouts for the weight's)


_WORKSPACES: dict[tuple, torch.Tensor] = {}


def _workspace(rows: torch.Tensor, weight: torch.Tensor) -> torch.Tensor:
    """A `(rows, vocab)` buffer for a chunk's logits, kept from step to step: a fresh one as large as this (100 MB
    for a 50k vocabulary) is handed back by the allocator zeroed, page by page, at a cost near that of the softmax
    itself (measured on CPUs)."""
    key = (rows.device, rows.dtype, weight.shape[0])
    buffer = _WORKSPACES.get(key)
    if buffer is None or buffer.shape[0] < rows.shape[0]:
        buffer = _WORKSPACES[key] = torch.empty((rows.shape[0], weight.shape[0]), dtype=rows.dtype, device=rows.device)
    return buffer[: rows.shape[0]]


class LinearCrossEntropy(torch.autograd.Function):
    """`sum(cross_entropy(hidden @ weight.T, targets))`, in chunks of `chunk` rows."""

    @staticmethod
    def forward(ctx, hidden: torch.Tensor, weight: torch.Tensor, targets: torch.Tensor, chunk: int) -> torch.Tensor:
        device = hidden.device.type
        dtype = torch.get_autocast_dtype(device) if torch.is_autocast_enabled(device) else hidden.dtype
        ctx.deferred = dtype == torch.float16  # gradients formed in backward, after the scaler's factor
        ctx.dtype, ctx.chunk, ctx.weight_dtype = dtype, chunk, weight.dtype
        weight_c = weight.to(dtype)
        loss = torch.zeros((), dtype=torch.float32, device=hidden.device)
        grad_hidden = None if ctx.deferred else torch.empty_like(hidden)
        grad_weight = None
        with torch.autocast(device, enabled=False):
            for start in range(0, hidden.shape[0], chunk):
                rows = hidden[start : start + chunk].to(dtype)
                part, grad_rows, grad_part = _chunk(rows, weight_c, targets[start : start + chunk],
                                                    None if ctx.deferred else 1.0)  # fmt: skip
                loss += part
                if not ctx.deferred:
                    grad_hidden[start : start + chunk] = grad_rows.to(hidden.dtype)
                    # (one chunk: kept as computed; several: summed in float32)
                    grad_weight = grad_part if grad_weight is None else grad_weight.float().add_(grad_part)
        if ctx.deferred:
            ctx.save_for_backward(hidden, weight, targets)
        else:
            if grad_weight is None:  # no target in the batch
                grad_weight = torch.zeros_like(weight.T, dtype=torch.float32)
            ctx.save_for_backward(grad_hidden, grad_weight)
        return loss

    @staticmethod
    def backward(ctx, grad_loss: torch.Tensor):
        if not ctx.deferred:
            grad_hidden, grad_weight = ctx.saved_tensors
            return grad_hidden * grad_loss, _weight_grad(grad_weight, grad_loss, ctx.weight_dtype), None, None
        hidden, weight, targets = ctx.saved_tensors
        weight_c = weight.to(ctx.dtype)
        grad_hidden = torch.empty_like(hidden)
        grad_weight = torch.zeros_like(weight.T, dtype=torch.float32)
        with torch.autocast(hidden.device.type, enabled=False):
            for start in range(0, hidden.shape[0], ctx.chunk):
                rows = hidden[start : start + ctx.chunk].to(ctx.dtype)
                _, grad_rows, grad_part = _chunk(rows, weight_c, targets[start : start + ctx.chunk], grad_loss.float())
                grad_hidden[start : start + ctx.chunk] = grad_rows.to(hidden.dtype)
                grad_weight.add_(grad_part)
        return grad_hidden, _weight_grad(grad_weight, 1.0, ctx.weight_dtype), None, None


def _weight_grad(transposed: torch.Tensor, factor: torch.Tensor | float, dtype: torch.dtype) -> torch.Tensor:
    """`factor x transposed.T` as a contiguous `(vocab, dim)` tensor of `dtype`, in one pass."""
    out = torch.empty(transposed.T.shape, dtype=dtype, device=transposed.device)
    return torch.mul(transposed.T, factor, out=out)


def causal_lm_loss(model, batch: dict[str, torch.Tensor], chunk: int = 1024) -> torch.Tensor:
    """The mean next-token loss of a Hugging Face causal LM on `batch` (as `model(..., labels=...).loss` is), with
    the head and cross-entropy fused over the target positions only."""
    hidden = model.base_model(
        input_ids=batch["input_ids"],
        position_ids=batch.get("position_ids"),
        attention_mask=batch.get("attention_mask"),
        use_cache=False,
    ).last_hidden_state
    targets = batch["labels"][:, 1:]
    keep = targets != -100
    total = LinearCrossEntropy.apply(hidden[:, :-1][keep], model.get_output_embeddings().weight, targets[keep], chunk)
    return total / keep.sum().clamp(min=1)
