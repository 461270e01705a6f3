"""TweetDataModule: the accounts' cleaned tweets (`Corpus`), tokenized and packed into blocks (cached)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import datasets
import torch
from lightning.pytorch import LightningDataModule
from torch.utils.data import DataLoader

from huggingtweets.cleaning import CleaningOptions
from huggingtweets.corpus import CACHE_VERSION, UserTweets, build_corpus, code_hash, digest, model_name, save_atomically
from huggingtweets.errors import UserError
from huggingtweets.sources import Source
from huggingtweets.tokenizer import tokenizer_fingerprint

if TYPE_CHECKING:
    from transformers import PreTrainedTokenizerBase

__all__ = ["TweetDataModule", "UserTweets", "model_name", "pack_blocks"]
_DATA_CODE = code_hash(__file__)


def pack_blocks(token_ids: Sequence[Sequence[int]], eos_id: int, block_size: int) -> dict[str, list[list[int]]]:
    """Wrap each text in EOS (`<eos> a <eos> b <eos>`) and cut the stream into `block_size` blocks, no padding.

    Blocks overlap by one token: each starts with the previous block's last token as context, so every token
    after the first is a prediction target exactly once (plain chunking never predicts a block's first token).
    A tail that does not fill a block becomes one more block ending at the stream's end, its already-seen tokens
    masked out of `labels` (-100). A stream shorter than one block becomes a single shorter block.
    """
    if block_size < 2:
        raise ValueError("block_size must be at least 2")
    stream = [eos_id]
    for ids in token_ids:
        stream.extend(ids)
        stream.append(eos_id)
    if len(stream) <= block_size:
        return {"input_ids": [stream], "labels": [list(stream)]}
    starts = range(0, len(stream) - block_size + 1, block_size - 1)
    blocks = [stream[s : s + block_size] for s in starts]
    labels = [list(b) for b in blocks]
    covered = starts[-1] + block_size
    if covered < len(stream):
        tail = stream[-block_size:]
        seen = covered - (len(stream) - block_size)
        blocks.append(tail)
        labels.append([-100] * seen + tail[seen:])
    return {"input_ids": blocks, "labels": labels}


class TweetDataModule(LightningDataModule):
    """Posts of one or more accounts -> downloaded, cleaned and split (`Corpus`), tokenized and packed blocks.

    Args:
        users: entries naming accounts and their sources (`dril`, `x:dril`, `bsky:...`, `mastodon:@u@host`,
            `file:PATH`, `hf:DATASET`; see `huggingtweets.sources`); the model is named after them (`model_name`).
        archive_dir: where plain handles are looked for: a folder of exports/tables, or one table of many accounts.
        text_column, user_column: the text column of tables, and the column naming each row's account.
        source: one `Source` for every plain handle, instead of the resolution order.
        x, bluesky, mastodon, hf: settings of each source (`XApi`, `Bluesky`, `Mastodon`, `HFDataset` arguments).
        refresh: download again from scratch; update: fetch posts newer than an earlier download's.
        cleaning: `CleaningOptions` fields; the defaults reproduce the original huggingtweets rules.
        val_fraction: share of each user's kept tweets held out for validation (at least one).
        min_tweets: fewest kept tweets a user needs.
        block_size: tokens per training block.
        tokenizer: set before `setup` (the model decides it: see `train.train`).
    """

    def __init__(
        self,
        users: Sequence[str],
        archive_dir: str | None = None,
        text_column: str = "text",
        user_column: str | None = None,
        source: Source | None = None,
        x: dict | None = None,
        bluesky: dict | None = None,
        mastodon: dict | None = None,
        hf: dict | None = None,
        refresh: bool = False,
        update: bool = True,
        cleaning: dict | CleaningOptions | None = None,
        val_fraction: float = 0.1,
        min_tweets: int = 10,
        block_size: int = 128,
        batch_size: int = 8,
        num_workers: int = 0,
        cache_dir: str = ".cache/huggingtweets",
        seed: int = 42,
        tokenizer: PreTrainedTokenizerBase | None = None,
    ):
        super().__init__()
        if block_size < 2:
            raise UserError(f"data.block_size={block_size} must be at least 2 tokens")
        self.corpus = build_corpus(
            users, archive_dir, text_column, user_column, source, x, bluesky, mastodon, hf, refresh, update,
            cleaning, val_fraction, min_tweets, cache_dir, seed,
        )  # fmt: skip
        self.cleaning = self.corpus.cleaning
        self.val_fraction, self.min_tweets, self.seed = val_fraction, min_tweets, seed
        self.block_size, self.batch_size, self.num_workers = block_size, batch_size, num_workers
        self.cache_dir = Path(cache_dir)
        self.tokenizer = tokenizer
        self._blocks_for: PreTrainedTokenizerBase | None = None
        self._blocks_dir = Path()
        self.train_set = self.val_set = None
        self.stats: dict[str, int] = {}

    @property
    def name(self) -> str:
        return self.corpus.name

    @property
    def accounts(self) -> list[UserTweets]:
        """Every account's cleaned tweets and counts, downloading and cleaning on first use (then from cache)."""
        return self.corpus.accounts

    @property
    def train_texts(self) -> list[str]:
        return self.corpus.train_texts

    # --- tokenize + pack (cached per tokenizer) -------------------------------------------------------
    def _blocks_path(self) -> Path:
        """The blocks' cache entry; the tokenizer's hash (a full serialisation) is computed once per tokenizer."""
        if self.tokenizer is None:
            raise RuntimeError("TweetDataModule.tokenizer must be set before setup()")
        if self._blocks_for is not self.tokenizer:
            self._blocks_for, self._blocks_dir = self.tokenizer, self._blocks_key_path()
        return self._blocks_dir

    def _blocks_key_path(self) -> Path:
        key = digest(
            CACHE_VERSION,
            _DATA_CODE,  # split and packing live in this module
            [a.cache_key for a in self.accounts],
            self.val_fraction,
            self.seed,
            self.block_size,
            tokenizer_fingerprint(self.tokenizer),
        )
        return self.cache_dir / "blocks" / f"{self.name}-{key}"

    def _build_blocks(self, path: Path) -> None:
        eos = self.tokenizer.eos_token_id
        splits, meta = {}, {}
        for split in ("train", "val"):
            texts = [t for a in self.accounts for t in getattr(a, f"{split}_texts")]
            token_ids = self.tokenizer(texts, add_special_tokens=False)["input_ids"] if texts else []
            splits[split] = datasets.Dataset.from_dict(pack_blocks(token_ids, eos, self.block_size))
            meta[f"{split}_tweets"] = len(texts)
            meta[f"{split}_tokens"] = len(texts) + sum(len(ids) for ids in token_ids) + 1
        save_atomically(datasets.DatasetDict(splits), path, meta)

    def prepare_data(self) -> None:
        """Ingest, clean and, once a tokenizer is set, tokenize: all cached, so later calls only read."""
        if self.tokenizer is not None and not (self._blocks_path() / "meta.json").exists():
            self._build_blocks(self._blocks_path())

    def setup(self, stage: str | None = None) -> None:
        if self.train_set is not None:
            return
        path = self._blocks_path()
        if not (path / "meta.json").exists():
            self._build_blocks(path)
        blocks = datasets.load_from_disk(str(path / "data")).with_format("torch")
        self.train_set, self.val_set = blocks["train"], blocks["val"]
        self.stats = json.loads((path / "meta.json").read_text())
        self.stats |= {"train_blocks": len(self.train_set), "val_blocks": len(self.val_set)}

    def _loader(self, dataset: datasets.Dataset, shuffle: bool) -> DataLoader:
        return DataLoader(
            dataset,
            batch_size=self.batch_size,
            shuffle=shuffle,
            num_workers=self.num_workers,
            persistent_workers=self.num_workers > 0,
            pin_memory=torch.cuda.is_available(),
        )

    def train_dataloader(self) -> DataLoader:
        return self._loader(self.train_set, shuffle=True)

    def val_dataloader(self) -> DataLoader:
        """All validation blocks in order. Under DDP, Lightning shards it and pads ranks to equal length (every
        rank must take part in the metric sync), so the logged val/loss may count up to world_size - 1 blocks
        twice; the card's numbers are computed on the unsharded loader and are exact."""
        return self._loader(self.val_set, shuffle=False)
