"""The language-model loss without the full logits: the LM head and cross-entropy computed together, a chunk of
tokens at a time, gradients included in the same pass (what Liger's fused linear cross-entropy does on GPUs, here in
plain PyTorch for every device). For a small model the head over a 50k vocabulary is most of the work, and
`(tokens x vocab)` float32 logits are most of the memory; only positions that are targets go through it."""

from __future__ import annotations

import torch

# architectures whose logits are exactly `lm_head(last hidden state)`: no bias, scaling or soft-capping
SUPPORTED = {"gpt2", "llama", "mistral", "qwen2", "qwen3"}


class LinearCrossEntropy(torch.autograd.Function):
    """`sum(cross_entropy(hidden @ weight.T, targets))`, in chunks of `chunk` rows."""

    @staticmethod
    def forward(ctx, hidden: torch.Tensor, weight: torch.Tensor, targets: torch.Tensor, chunk: int) -> torch.Tensor:
        device = hidden.device.type
        dtype = torch.get_autocast_dtype(device) if torch.is_autocast_enabled(device) else hidden.dtype
        weight_c = weight.to(dtype)
        loss = torch.zeros((), dtype=torch.float32, device=hidden.device)
        grad_hidden = torch.empty_like(hidden)
        grad_weight = None
        for start in range(0, hidden.shape[0], chunk):
            rows = hidden[start : start + chunk].to(dtype)
            index = targets[start : start + chunk]
            with torch.autocast(device, enabled=False):
                logits = rows @ weight_c.T
                probabilities = torch.softmax(logits, dim=-1, dtype=torch.float32)  # one pass, upcast inside
                picked = torch.arange(len(index), device=hidden.device), index
                # (a target less likely than float32 can hold, p < 1e-38, counts 87.3 nats; its gradient is exact)
                loss -= probabilities[picked].clamp_min(torch.finfo(torch.float32).smallest_normal).log().sum()
                probabilities[picked] -= 1  # d loss / d logits
                grad = probabilities.to(dtype)
                grad_hidden[start : start + chunk] = (grad @ weight_c).to(hidden.dtype)
                part = grad.T @ rows
                grad_weight = part.float() if grad_weight is None else grad_weight.add_(part)
        if grad_weight is None:  # no target in the batch
            grad_weight = torch.zeros_like(weight, dtype=torch.float32)
        ctx.save_for_backward(grad_hidden, grad_weight)
        ctx.weight_dtype = weight.dtype
        return loss

    @staticmethod
    def backward(ctx, grad_loss: torch.Tensor):
        grad_hidden, grad_weight = ctx.saved_tensors
        return grad_hidden * grad_loss, (grad_weight * grad_loss).to(ctx.weight_dtype), None, None


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
