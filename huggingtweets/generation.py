"""Generation: the original huggingtweets sampling settings, sampling for the card, and `generate` from a saved
model directory (as one account, or a weighted mix of several, for models trained with `model.conditioning=user`)."""

from __future__ import annotations

import functools
import json
import math
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import torch
from transformers import GenerationConfig, PreTrainedModel, PreTrainedTokenizerBase

from huggingtweets.atomic import recover
from huggingtweets.copies import COPIES, CopyIndex
from huggingtweets.errors import UserError
from huggingtweets.tokenizer import USER_PREFIX, given_tokens, start_marker, user_prefix

MAX_DRAWS = 8  # avoid_copies: draws before giving up
ACCOUNTS = "accounts.json"  # in a model directory: its accounts, and whether it was trained to write as each

SAMPLING = {"do_sample": True, "top_p": 0.95, "temperature": 1.0, "max_length": 160}
MIN_NEW_TOKENS = 10
PROMPTS = ("My dream is", "", "", "")  # "" samples a fresh tweet (generation starts right after the start marker)


def max_positions(model: PreTrainedModel) -> int | None:
    config = model.config
    return next((getattr(config, k) for k in ("n_positions", "max_position_embeddings") if hasattr(config, k)), None)


def generation_config(
    model: PreTrainedModel, tokenizer: PreTrainedTokenizerBase, sampling: Mapping | None = None
) -> GenerationConfig:
    """The sampling defaults (`SAMPLING`, or `sampling` over them: top_p, temperature, min_p, top_k), with
    `max_length` capped at what the model's positions allow."""
    settings = dict(SAMPLING) | dict(sampling or {})
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
    max_new_tokens: int | None = None,
    seed: int = 0,
    prefixes: Sequence[str] | None = None,
    batch_size: int = 16,
    do_sample: bool = True,
    sampling: Mapping | None = None,
) -> list[str]:
    """One sampled tweet per prompt: the prompt and its continuation up to the first EOS, fed exactly as
    `pipeline("text-generation")` feeds it (the tokenizer adds the start marker), after the account marker in
    `prefixes` for a conditioned model (given, and left out of the text). The original's settings: up to 160
    tokens in all (or `max_new_tokens` new ones), at least 10 new. Batched (left-padded), seeded: the same seed and
    batch size give the same tweets; the caller's random state (CPU and GPU) is left as it was. `do_sample=False`:
    greedy decoding instead; `sampling`: other sampling settings (`generation_config`)."""
    was_training, padding_side = model.training, tokenizer.padding_side
    model.eval()
    config = generation_config(model, tokenizer, sampling)
    config.do_sample = do_sample
    if not do_sample:
        config.top_p = config.temperature = None
    positions = max_positions(model) or 1_000_000
    prefixes = list(prefixes or [""] * len(prompts))
    texts = []
    try:
        tokenizer.padding_side = "left"
        with torch.random.fork_rng(devices=[model.device] if model.device.type == "cuda" else []):
            torch.manual_seed(seed)
            for start in range(0, len(prompts), batch_size):
                rows = [p + q for p, q in zip(prefixes[start : start + batch_size],
                                              prompts[start : start + batch_size], strict=True)]  # fmt: skip
                batch = tokenizer(rows, return_tensors="pt", padding=True, split_special_tokens=True).to(model.device)
                width = batch["input_ids"].shape[1]
                config.max_length = min(positions, width + max_new_tokens if max_new_tokens else SAMPLING["max_length"])
                config.min_new_tokens = min(MIN_NEW_TOKENS, max(0, config.max_length - width))
                out = model.generate(**batch, generation_config=config)
                padding = width - batch["attention_mask"].sum(dim=1)
                for row, prefix, pad in zip(out, prefixes[start : start + batch_size], padding.tolist(), strict=True):
                    given = pad + (given_tokens(tokenizer, prefix) if prefix else 0)
                    texts.append(tokenizer.decode(row[given:], skip_special_tokens=True).strip())
    finally:
        tokenizer.padding_side = padding_side
        model.train(was_training)
    return texts


def fresh_tweets(model: PreTrainedModel, tokenizer: PreTrainedTokenizerBase, handles: Sequence[str], conditioned: bool,
                 n: int, keep_newlines: bool, sampling: Mapping | None = None,
                 seed: int = 1) -> list[tuple[str | None, str]]:  # fmt: skip
    """`n` tweets written from nothing (as each account in turn for a conditioned model), as `generate` returns them:
    (the account written as, or None; the text)."""
    written_as = [handles[i % len(handles)] if conditioned else None for i in range(n)]
    texts = sample(model, tokenizer, [""] * n, seed=seed, prefixes=[user_prefix(h) if h else "" for h in written_as],
                   sampling=sampling)  # fmt: skip
    return list(zip(written_as, as_tweets(texts, keep_newlines), strict=True))


def as_tweets(texts: Sequence[str], keep_newlines: bool) -> list[str]:
    """Samples as tweets: each cut at its first line break, unless the model was trained keeping them."""
    return list(texts) if keep_newlines else [text.split("\n", 1)[0].strip() for text in texts]


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
    recover(path)  # (a directory a killed export set aside is put back)
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


def check_sampling(sampling: Mapping[str, float]) -> None:
    """Sampling settings `generate` takes, each in its range; a `UserError` naming the one that is not."""
    ranges = {"temperature": (0, math.inf), "top_p": (0, 1)}
    for name, value in sampling.items():
        low, high = ranges.get(name, (None, None))
        if low is None:
            raise UserError(f"{name}: not a sampling setting ({', '.join(ranges)})")
        if isinstance(value, bool) or not isinstance(value, int | float) or not low < value <= high:
            raise UserError(f"{name}={value}: a number above {low}" + (f", at most {high}" if high < math.inf else ""))


def generate(
    model_dir: str | Path,
    prompt: str = "",
    user: str | Sequence[str] | Mapping[str, float] | None = None,
    n: int = 5,
    seed: int = 0,
    max_new_tokens: int | None = None,
    avoid_copies: bool = False,
    batch_size: int = 16,
    sampling: Mapping[str, float] | None = None,
) -> list[Generated]:
    """`n` tweets from a saved model directory, each starting with `prompt` ("" for a fresh tweet), with the
    original's sampling settings (top-p 0.95, temperature 1, up to 160 tokens, at least 10 new); the same seed gives
    the same tweets. On a model trained with `model.conditioning=user`, `user` picks the account to write as (or
    several, mixed by weight); without it one account is picked at random and named in the result. Cut at the first
    line break unless the model kept them. `avoid_copies`: samples that repeat a training tweet or share a long run
    of words with one are drawn again (the directory's `copies.npz` tells). `sampling`: other settings than the
    original's (`temperature` above 0, `top_p` in (0, 1])."""
    for name, value, least in (("n", n, 1), ("seed", seed, 0), ("batch_size", batch_size, 1),
                               ("max_new_tokens", 1 if max_new_tokens is None else max_new_tokens, 1)):  # fmt: skip
        if not isinstance(value, int) or isinstance(value, bool) or value < least:
            raise UserError(f"{name}={value}: a whole number, at least {least}")
    check_sampling(sampling or {})
    model, tokenizer, accounts = load(str(model_dir))
    index = CopyIndex.load(Path(model_dir)) if avoid_copies else None
    if avoid_copies and index is None:
        raise UserError(f"{model_dir} holds no {COPIES} to tell copies by (it is written with each exported model)")
    rng = random.Random(seed)
    kept: list[Generated] = []
    for attempt in range(MAX_DRAWS):
        users = pick_users(accounts, user, n - len(kept), rng)
        prefixes = [user_prefix(u) if u else "" for u in users]
        texts = sample(model, tokenizer, [prompt] * len(users), max_new_tokens, seed + attempt, prefixes, batch_size,
                       sampling=sampling)  # fmt: skip
        texts = as_tweets(texts, accounts.get("keep_newlines", False))
        kept += [Generated(t, u) for t, u in zip(texts, users, strict=True) if not (index and index.check(t))]
        if len(kept) == n:
            return kept
    raise UserError(f"{MAX_DRAWS} draws gave only {len(kept)} of {n} tweets that copy no training tweet; "
                    "ask for fewer or try another prompt")  # fmt: skip
