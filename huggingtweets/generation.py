"""Generation defaults (the original huggingtweets widget settings) and sampling helpers."""

from __future__ import annotations

from collections.abc import Sequence

import torch
from transformers import GenerationConfig, PreTrainedModel, PreTrainedTokenizerBase

from huggingtweets.tokenizer import start_marker

SAMPLING = {"do_sample": True, "top_p": 0.95, "temperature": 1.0, "max_length": 160}
PROMPTS = ("My dream is", "", "", "")  # "" samples a fresh tweet (generation starts right after the start marker)


def max_positions(model: PreTrainedModel) -> int | None:
    config = model.config
    return next((getattr(config, k) for k in ("n_positions", "max_position_embeddings") if hasattr(config, k)), None)


def generation_config(model: PreTrainedModel, tokenizer: PreTrainedTokenizerBase) -> GenerationConfig:
    """The seed's sampling defaults, with `max_length` capped at what the model's positions allow."""
    settings = dict(SAMPLING)
    if positions := max_positions(model):
        settings["max_length"] = min(settings["max_length"], positions)
    return GenerationConfig(
        **settings,
        bos_token_id=start_marker(tokenizer),
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id,
    )


@torch.no_grad()
def sample(
    model: PreTrainedModel,
    tokenizer: PreTrainedTokenizerBase,
    prompts: Sequence[str] = PROMPTS,
    max_new_tokens: int = 48,
    seed: int = 0,
) -> list[str]:
    """One sampled tweet per prompt: the prompt and its continuation up to the first EOS, fed exactly as
    `pipeline("text-generation")` feeds it (the tokenizer adds the start marker). Seeded; the caller's random state
    (CPU and GPU) is left as it was."""
    was_training = model.training
    model.eval()
    config = generation_config(model, tokenizer)
    positions = max_positions(model) or 1_000_000
    texts = []
    with torch.random.fork_rng(devices=[model.device] if model.device.type == "cuda" else []):
        torch.manual_seed(seed)
        for prompt in prompts:
            ids = tokenizer(prompt, return_tensors="pt")["input_ids"].to(model.device)
            config.max_length = min(positions, ids.shape[1] + max_new_tokens)  # not max_new_tokens: no clash
            out = model.generate(ids, attention_mask=torch.ones_like(ids), generation_config=config)
            texts.append(tokenizer.decode(out[0], skip_special_tokens=True).strip())
    model.train(was_training)
    return texts
