"""Generation: the original huggingtweets sampling settings, sampling for the card, and `generate` from a saved
model directory (as one account, or a weighted mix of several, for models trained with `model.conditioning=user`)."""

from __future__ import annotations

import functools
import json
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import torch
from transformers import GenerationConfig, PreTrainedModel, PreTrainedTokenizerBase

from huggingtweets.errors import UserError
from huggingtweets.tokenizer import USER_PREFIX, given_tokens, start_marker, user_prefix

ACCOUNTS = "accounts.json"  # in a model directory: its accounts, and whether it was trained to write as each

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
    prefixes: Sequence[str] | None = None,
) -> list[str]:
    """One sampled tweet per prompt: the prompt and its continuation up to the first EOS, fed exactly as
    `pipeline("text-generation")` feeds it (the tokenizer adds the start marker), after the account marker in
    `prefixes` for a conditioned model (given, and left out of the text). Seeded; the caller's random state
    (CPU and GPU) is left as it was."""
    was_training = model.training
    model.eval()
    config = generation_config(model, tokenizer)
    positions = max_positions(model) or 1_000_000
    texts = []
    with torch.random.fork_rng(devices=[model.device] if model.device.type == "cuda" else []):
        torch.manual_seed(seed)
        for prompt, prefix in zip(prompts, prefixes or [""] * len(prompts), strict=True):
            ids = tokenizer(prefix + prompt, return_tensors="pt", split_special_tokens=True)["input_ids"]
            ids = ids.to(model.device)
            config.max_length = min(positions, ids.shape[1] + max_new_tokens)  # not max_new_tokens: no clash
            out = model.generate(ids, attention_mask=torch.ones_like(ids), generation_config=config)
            given = given_tokens(tokenizer, prefix) if prefix else 0
            texts.append(tokenizer.decode(out[0, given:], skip_special_tokens=True).strip())
    model.train(was_training)
    return texts


@dataclass
class Generated:
    text: str
    user: str | None  # the account it was written as (conditioned models)


def write_accounts(directory: Path, handles: Sequence[str], conditioning: str, keep_newlines: bool) -> None:
    """The model directory's accounts file: who it was trained on and whether it writes as each on request."""
    accounts = {"conditioning": conditioning, "prefix": USER_PREFIX, "accounts": list(handles),
                "keep_newlines": keep_newlines}  # fmt: skip
    (Path(directory) / ACCOUNTS).write_text(json.dumps(accounts, indent=1))


@functools.lru_cache(maxsize=2)
def load(model_dir: str) -> tuple[PreTrainedModel, PreTrainedTokenizerBase, dict]:
    """A model directory's model (on the GPU when there is one), tokenizer and accounts file, loaded once."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    path = Path(model_dir)
    adapter = (path / "adapter_config.json").is_file()  # LoRA saved unmerged (model.lora.merge=false)
    if not (path / "config.json").is_file() and not adapter:
        raise UserError(f"{model_dir} is not a model directory (no config.json)")
    accounts = json.loads((path / ACCOUNTS).read_text()) if (path / ACCOUNTS).is_file() else {"accounts": []}
    device = "cuda" if torch.cuda.is_available() else "cpu"
    if adapter:
        from peft import AutoPeftModelForCausalLM

        model = AutoPeftModelForCausalLM.from_pretrained(path).to(device).eval()
    else:
        model = AutoModelForCausalLM.from_pretrained(path).to(device).eval()
    return model, AutoTokenizer.from_pretrained(path), accounts


def pick_users(accounts: dict, user: str | Sequence[str] | Mapping[str, float] | None, n: int, rng) -> list[str | None]:
    """The account each of `n` samples is written as: `user`, one of several (weighted by a mapping, evenly by a
    list: a mixture that draws the account, then the text), or one picked at random for a conditioned model."""
    known = accounts.get("accounts", [])
    if accounts.get("conditioning") != "user":
        if user:
            raise UserError("this model was not trained to write as one account (model.conditioning=none)")
        return [None] * n
    if user is None:
        return [rng.choice(known)] * n
    weights = dict(user) if isinstance(user, Mapping) else {u: 1.0 for u in ([user] if isinstance(user, str) else user)}
    if not weights or not all(isinstance(w, int | float) and w > 0 for w in weights.values()):
        raise UserError(f"user={user}: name an account, a list of them, or accounts with weights above 0")
    by_name = {k.lower(): k for k in known}
    if unknown := [u for u in weights if u.lower().removeprefix("@") not in by_name]:
        raise UserError(f"this model does not know {', '.join(unknown)}; it writes as: {', '.join(known)}")
    names = [by_name[u.lower().removeprefix("@")] for u in weights]
    return rng.choices(names, weights=list(weights.values()), k=n)


def generate(
    model_dir: str | Path,
    prompt: str = "",
    user: str | Sequence[str] | Mapping[str, float] | None = None,
    n: int = 5,
    seed: int = 0,
    max_new_tokens: int = 60,
) -> list[Generated]:
    """`n` tweets from a saved model directory, each starting with `prompt` ("" for a fresh tweet), with the
    original's sampling settings; the same seed gives the same tweets. On a model trained with
    `model.conditioning=user`, `user` picks the account to write as (or several, mixed by weight); without it one
    account is picked at random and named in the result. Cut at the first line break unless the model kept them."""
    if not isinstance(n, int) or n < 1 or not isinstance(seed, int) or not isinstance(max_new_tokens, int):
        raise UserError(f"n={n}, seed={seed}, max_new_tokens={max_new_tokens}: whole numbers, n at least 1")
    model, tokenizer, accounts = load(str(model_dir))
    rng = random.Random(seed)
    users = pick_users(accounts, user, n, rng)
    prefixes = [user_prefix(u) if u else "" for u in users]
    texts = sample(model, tokenizer, [prompt] * n, max_new_tokens, seed, prefixes)
    if not accounts.get("keep_newlines"):
        texts = [text.split("\n", 1)[0].strip() for text in texts]
    return [Generated(text, u) for text, u in zip(texts, users, strict=True)]
