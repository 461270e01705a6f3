"""The fused head + cross-entropy gives the loss and gradients transformers' own loss gives."""

import pytest
import torch

from huggingtweets.loss import causal_lm_loss
from huggingtweets.model import TweetLM
from huggingtweets.tokenizer import train_tokenizer

from .test_model import TINY_GPT2, TINY_LLAMA


@pytest.mark.parametrize("architecture", [TINY_GPT2, TINY_LLAMA], ids=["gpt2", "llama"])
@pytest.mark.parametrize("autocast", [False, True], ids=["fp32", "bf16"])
def test_fused_loss_matches_the_models_own_loss_and_gradients(architecture, autocast):
    torch.manual_seed(0)
    tokenizer = train_tokenizer(["some words for a tokenizer to learn"] * 4, vocab_size=300)
    model = TweetLM(tokenizer, architecture=architecture).model.eval()  # no dropout: both passes see the same net
    ids = torch.randint(0, len(tokenizer), (3, 20))
    labels = ids.clone()
    labels[0, :5] = -100  # given tokens, and padding: no targets
    labels[2, 12:] = -100
    batch = {"input_ids": ids, "labels": labels, "position_ids": torch.arange(20).repeat(3, 1)}
    results = []
    for fused in (False, True):
        model.zero_grad()
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=autocast):
            loss = causal_lm_loss(model, batch, chunk=7) if fused else model(**batch, use_cache=False).loss
        loss.backward()
        results.append((loss.detach(), [p.grad.clone() for p in model.parameters()]))
    (reference, reference_grads), (fused_loss, fused_grads) = results
    tolerance = {"atol": 2e-2, "rtol": 2e-2} if autocast else {"atol": 1e-5, "rtol": 1e-4}
    torch.testing.assert_close(fused_loss, reference, **tolerance)
    for a, b in zip(fused_grads, reference_grads, strict=True):
        torch.testing.assert_close(a, b, **tolerance)


def _head_gradients(model, batch, fused: bool, dtype: torch.dtype | None, scale: float = 65536.0) -> torch.Tensor:
    """The output embedding's gradient of `scale x loss` (a gradient scaler's default factor), unscaled."""
    model.zero_grad()
    with torch.autocast("cpu", dtype=dtype or torch.float32, enabled=dtype is not None):
        loss = causal_lm_loss(model, batch, chunk=7) if fused else model(**batch, use_cache=False).loss
    (loss * scale).backward()
    return model.get_output_embeddings().weight.grad.float() / scale


@pytest.mark.parametrize(("architecture", "sharpness"), [(TINY_GPT2, 40.0), (TINY_LLAMA, 100.0)], ids=["gpt2", "llama"])
def test_fused_loss_under_fp16_and_a_gradient_scaler_keeps_small_probabilities(architecture, sharpness):
    """A sharp head puts most of the vocabulary below fp16's range (p < 6e-8): their gradients survive only if the
    scaler's factor is applied before the cast to fp16, as transformers' own loss does."""
    torch.manual_seed(0)
    tokenizer = train_tokenizer(["some words for a tokenizer to learn"] * 4, vocab_size=300)
    model = TweetLM(tokenizer, architecture=architecture).model.eval()
    with torch.no_grad():
        model.get_output_embeddings().weight.mul_(sharpness)
    ids = torch.randint(0, len(tokenizer), (3, 20))
    labels = ids.clone()
    labels[0, :5] = labels[2, 12:] = -100
    batch = {"input_ids": ids, "labels": labels, "position_ids": torch.arange(20).repeat(3, 1)}
    exact = _head_gradients(model, batch, fused=False, dtype=None)
    theirs = _head_gradients(model, batch, fused=False, dtype=torch.float16)
    ours = _head_gradients(model, batch, fused=True, dtype=torch.float16)

    def row_errors(grad: torch.Tensor) -> torch.Tensor:  # every vocabulary row counts, however small its gradient
        return (grad - exact).norm(dim=1) / exact.norm(dim=1)

    torch.testing.assert_close(ours, theirs, atol=1e-3 * float(exact.abs().max()), rtol=2e-2)
    assert (ours - exact).norm() / exact.norm() < 5e-3
    assert row_errors(ours).quantile(0.9) <= 1.5 * row_errors(theirs).quantile(0.9) + 1e-3
    assert ((ours == 0).all(1) == (theirs == 0).all(1)).all()  # no row flushed to zero that theirs keeps
