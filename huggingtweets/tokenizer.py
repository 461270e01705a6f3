"""Tokenizers: a pretrained one by name or path, or a byte-level BPE trained offline on the training tweets.

Either way the tokenizer itself adds the marker a tweet starts with (`start_marker`): training data, the card's
samples, `pipeline("text-generation")` and the hub widget then all see the same input for the same prompt.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from transformers import AutoTokenizer, PreTrainedTokenizerBase, PreTrainedTokenizerFast

from huggingtweets.atomic import write_atomically
from huggingtweets.errors import UserError

EOS = "<|endoftext|>"


def hub_error(name_or_path: str, err: Exception) -> UserError:
    """One line for a model that could not be loaded: a local folder that failed, or an unreachable hub id."""
    reason = str(err).strip().splitlines()[0][:160] if str(err).strip() else type(err).__name__
    if Path(name_or_path).exists():
        return UserError(f"model.name_or_path={name_or_path}: could not load the model in this folder ({reason})")
    return UserError(
        f"model.name_or_path={name_or_path}: not a local model folder and could not be fetched from the "
        f"Hugging Face hub ({reason}); use model=tiny to train a small model offline, or a local path"
    )


def special_prefix(tokenizer: PreTrainedTokenizerBase) -> tuple[list[int], list[int]]:
    """The ids the tokenizer adds by default around a text: (before, after)."""
    bare = tokenizer("tweet", add_special_tokens=False)["input_ids"]
    full = tokenizer("tweet")["input_ids"]
    start = next((i for i in range(len(full) - len(bare) + 1) if full[i : i + len(bare)] == bare), 0)
    return full[:start], full[start + len(bare) :]


def with_start_marker(tokenizer: PreTrainedTokenizerBase, start_token: str | None = None) -> PreTrainedTokenizerBase:
    """Make the tokenizer add one start marker in front of every text, and nothing after it.

    A tokenizer that already adds a single BOS (Llama-style) keeps it: the model was pretrained with it. Otherwise
    `start_token` (default: the EOS token, which ends the text before in a pretraining stream) is installed as a
    post-processor, which `save_pretrained` keeps in tokenizer.json.
    """
    from tokenizers import processors

    before, after = special_prefix(tokenizer)
    if start_token is None and len(before) == 1 and not after:
        return tokenizer
    start = start_token or tokenizer.eos_token
    start_id = tokenizer.convert_tokens_to_ids(start)
    if start_id is None or start_id == tokenizer.unk_token_id and start != tokenizer.unk_token:
        raise UserError(f"model.tokenizer.start_token={start!r} is not a token of this tokenizer")
    tokenizer.backend_tokenizer.post_processor = processors.TemplateProcessing(
        single=f"{start} $A", pair=f"{start} $A {start} $B", special_tokens=[(start, start_id)]
    )
    return tokenizer


def start_marker(tokenizer: PreTrainedTokenizerBase) -> int:
    """The id every tweet starts with (what `with_start_marker` installed or kept)."""
    before, _ = special_prefix(tokenizer)
    if len(before) != 1:
        raise ValueError("the tokenizer adds no single start marker: call with_start_marker first")
    return before[0]


def load_tokenizer(
    name_or_path: str, texts: Sequence[str] = (), cache_dir: str | None = None, start_token: str | None = None
) -> PreTrainedTokenizerBase:
    """The tokenizer that ships with a pretrained model, adding a start marker (`texts`, `cache_dir` unused)."""
    try:
        tokenizer = AutoTokenizer.from_pretrained(name_or_path)
    except (OSError, ValueError) as err:
        raise hub_error(name_or_path, err) from None
    if tokenizer.eos_token_id is None:
        raise UserError(f"the tokenizer of {name_or_path} has no EOS token; tweets end with it")
    if not tokenizer.is_fast:
        raise UserError(f"the tokenizer of {name_or_path} has no fast (tokenizers) version; use a model that has one")
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    return with_start_marker(tokenizer, start_token)


def train_tokenizer(
    texts: Sequence[str], vocab_size: int = 4096, cache_dir: str | None = None
) -> PreTrainedTokenizerFast:
    """A GPT-2-style byte-level BPE trained on `texts`, cached under `cache_dir` by content and size."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    key = hashlib.sha256(f"{vocab_size}\0".encode() + "\0".join(texts).encode()).hexdigest()[:16]
    cached = Path(cache_dir, "tokenizers", key, "tokenizer.json") if cache_dir else None
    if cached and cached.exists():
        backend = Tokenizer.from_file(str(cached))
    else:
        backend = Tokenizer(models.BPE())
        backend.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
        backend.decoder = decoders.ByteLevel()
        trainer = trainers.BpeTrainer(
            vocab_size=vocab_size,
            special_tokens=[EOS],
            initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
            show_progress=False,
        )
        backend.train_from_iterator(texts, trainer=trainer)
        if cached:
            cached.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(cached, backend.to_str())
    specials = {"bos_token": EOS, "eos_token": EOS, "unk_token": EOS, "pad_token": EOS}
    return with_start_marker(PreTrainedTokenizerFast(tokenizer_object=backend, **specials), EOS)


def tokenizer_for(
    name_or_path: str | None,
    texts: Sequence[str] = (),
    cache_dir: str | None = None,
    start_token: str | None = None,
    vocab_size: int = 4096,
) -> PreTrainedTokenizerBase:
    """The model's own tokenizer (`load_tokenizer`), or for a model built from scratch (`name_or_path` None) a BPE of
    `vocab_size` trained on the training tweets (`train_tokenizer`): `model.tokenizer` in the config."""
    if name_or_path:
        return load_tokenizer(name_or_path, start_token=start_token)
    return train_tokenizer(texts, vocab_size, cache_dir)


def tokenizer_fingerprint(tokenizer: PreTrainedTokenizerBase) -> str:
    """A hash of the tokenizer's vocabulary, merges and normalisation: what decides the token ids."""
    state = tokenizer.backend_tokenizer.to_str() if tokenizer.is_fast else repr(sorted(tokenizer.get_vocab().items()))
    return hashlib.sha256(f"{state}\0{tokenizer.eos_token_id}\0{special_prefix(tokenizer)}".encode()).hexdigest()[:16]


USER_PREFIX = "@{handle}:\n"  # what a conditioned model reads before each tweet; the newline keeps the text's tokens


def user_prefix(handle: str) -> str:
    """The marker of an account that a conditioned model reads before its tweets (`@dril:` and a newline)."""
    return USER_PREFIX.format(handle=handle)


def given_tokens(tokenizer: PreTrainedTokenizerBase, prefix: str) -> int:
    """How many leading tokens of `prefix + text` are given rather than predicted: the start marker and the
    prefix (an account's marker), checked to tokenize the same on their own as in front of a text."""
    alone = tokenizer(prefix, split_special_tokens=True)["input_ids"]
    joined = tokenizer(prefix + "tweet", split_special_tokens=True)["input_ids"]
    if joined[: len(alone)] != alone:
        raise ValueError(f"the prefix {prefix!r} merges with the text after it in this tokenizer")
    return len(alone)
