"""Tokenizers: a pretrained one by name or path, or a byte-level BPE trained offline on the training tweets."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path

from transformers import AutoTokenizer, PreTrainedTokenizerBase, PreTrainedTokenizerFast

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


def load_tokenizer(
    name_or_path: str, texts: Sequence[str] = (), cache_dir: str | None = None
) -> PreTrainedTokenizerBase:
    """The tokenizer that ships with a pretrained model (`texts` and `cache_dir` are unused)."""
    try:
        tokenizer = AutoTokenizer.from_pretrained(name_or_path)
    except (OSError, ValueError) as err:
        raise hub_error(name_or_path, err) from None
    if tokenizer.eos_token_id is None:
        raise UserError(f"the tokenizer of {name_or_path} has no EOS token; tweets are separated by it")
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    return tokenizer


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
            tmp = cached.with_suffix(f".{os.getpid()}.tmp")
            backend.save(str(tmp))
            os.replace(tmp, cached)
    return PreTrainedTokenizerFast(tokenizer_object=backend, bos_token=EOS, eos_token=EOS, unk_token=EOS, pad_token=EOS)


def tokenizer_fingerprint(tokenizer: PreTrainedTokenizerBase) -> str:
    """A hash of the tokenizer's vocabulary, merges and normalisation: what decides the token ids."""
    state = tokenizer.backend_tokenizer.to_str() if tokenizer.is_fast else repr(sorted(tokenizer.get_vocab().items()))
    return hashlib.sha256(f"{state}\0{tokenizer.eos_token_id}".encode()).hexdigest()[:16]
