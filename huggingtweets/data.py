"""TweetDataModule: ingest + clean once (cached as Arrow), split per user, tokenize and pack into blocks."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import datasets
import torch
from lightning.pytorch import LightningDataModule
from torch.utils.data import DataLoader

from huggingtweets import cleaning, sources
from huggingtweets.cleaning import CleaningOptions, clean_posts
from huggingtweets.errors import UserError
from huggingtweets.sources import LocalFiles, Source
from huggingtweets.tokenizer import tokenizer_fingerprint

if TYPE_CHECKING:
    from transformers import PreTrainedTokenizerBase

log = logging.getLogger(__name__)
CACHE_VERSION = "1"  # bump when the cached layout changes meaning


def _code_hash(*files: str) -> str:
    """Cache entries are keyed by the code that made them: editing it invalidates them."""
    return hashlib.sha256(b"".join(Path(f).read_bytes() for f in files)).hexdigest()[:12]


_CLEANING_CODE = _code_hash(cleaning.__file__, sources.__file__)
_DATA_CODE = _code_hash(__file__)


@dataclass
class UserTweets:
    """One account after cleaning: what the card reports and what the split draws from."""

    handle: str
    display_name: str
    counts: dict[str, int]
    texts: list[str]
    ids: list[str]
    avatar_url: str | None = None
    cache_key: str = ""
    train_texts: list[str] = field(default_factory=list)
    val_texts: list[str] = field(default_factory=list)


def model_name(users: Sequence[str]) -> str:
    """The model directory name for these accounts: sorted handles joined by '-' (`dril-fart-horse_ebooks`)."""
    return "-".join(sorted(u.lstrip("@").lower() for u in users))


def digest(*parts: object) -> str:
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()[:16]


def split_indices(keys: Sequence[str], val_fraction: float, seed: int) -> tuple[list[int], list[int]]:
    """Deterministic train/validation split: rank the distinct keys by a seeded hash and hold out whole groups of
    equal keys until `round(n * val_fraction)` items (at least one) are held out. Independent of input order,
    stable as new items arrive, and an item that occurs twice never lands on both sides."""
    groups: dict[str, list[int]] = {}
    for index, key in enumerate(keys):
        groups.setdefault(key, []).append(index)
    if len(groups) < 2:  # nothing to separate: all items are one text (or there is at most one item)
        return list(range(len(keys))), []
    target = max(1, round(len(keys) * val_fraction))
    val: list[int] = []
    for key in sorted(groups, key=lambda k: hashlib.sha1(f"{seed}:{k}".encode()).digest()):
        if len(val) >= target or len(val) + len(groups[key]) >= len(keys):
            break
        val.extend(groups[key])
    held_out = set(val)
    return [i for i in range(len(keys)) if i not in held_out], sorted(val)


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


def _save_atomically(dataset: datasets.Dataset | datasets.DatasetDict, target: Path, meta: dict) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}."))
    bars_were_on = datasets.is_progress_bar_enabled()  # a save takes milliseconds: no bar for it
    datasets.disable_progress_bars()
    try:
        dataset.save_to_disk(str(tmp / "data"))
    finally:
        if bars_were_on:
            datasets.enable_progress_bars()
    (tmp / "meta.json").write_text(json.dumps(meta, indent=1))
    try:
        os.replace(tmp, target)
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)
        if not (target / "meta.json").exists():
            raise
        # else another process finished the same entry first: theirs is identical


class TweetDataModule(LightningDataModule):
    """Posts of one or more accounts -> cleaned, cached, split per user, tokenized and packed blocks.

    Args:
        users: account handles (sorted, deduplicated); the model directory is named after them (`model_name`).
        archive_dir: folder with one export/file per user (see `LocalFiles`), used when `source` is None.
        text_column: text column of JSONL/CSV files.
        source: any `Source`; overrides `archive_dir`.
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
        source: Source | None = None,
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
        if isinstance(users, str):
            users = [users]
        # handles are case-insensitive: sorted that way, the order of the model's name and the card's columns
        unique = {str(u).lstrip("@").lower(): str(u).lstrip("@") for u in users}
        self.users = sorted(unique.values(), key=str.lower)
        if not self.users:
            raise UserError("no users given; pass e.g. users=[dril]")
        if not 0 < val_fraction < 1:
            raise UserError(f"data.val_fraction={val_fraction} must lie between 0 and 1 (e.g. 0.1)")
        if min_tweets < 2:
            raise UserError(f"data.min_tweets={min_tweets}: each user needs at least 2 (one to train, one to validate)")
        if block_size < 2:
            raise UserError(f"data.block_size={block_size} must be at least 2 tokens")
        if source is None and archive_dir is None:
            raise UserError("no data source: set data.archive_dir to the folder holding <user>/ archives")
        self.source = source if source is not None else LocalFiles(archive_dir, text_column)
        self.cleaning = cleaning if isinstance(cleaning, CleaningOptions) else CleaningOptions(**(cleaning or {}))
        self.val_fraction, self.min_tweets, self.seed = val_fraction, min_tweets, seed
        self.block_size, self.batch_size, self.num_workers = block_size, batch_size, num_workers
        self.cache_dir = Path(cache_dir)
        self.tokenizer = tokenizer
        self._accounts: list[UserTweets] | None = None
        self._blocks_for: PreTrainedTokenizerBase | None = None
        self._blocks_dir = Path()
        self.train_set = self.val_set = None
        self.stats: dict[str, int] = {}

    @property
    def name(self) -> str:
        return model_name(self.users)

    # --- ingest + clean (cached per user) -------------------------------------------------------------
    def _clean_user(self, handle: str) -> UserTweets:
        key = digest(CACHE_VERSION, _CLEANING_CODE, handle, self.source.fingerprint(handle), asdict(self.cleaning))
        path = self.cache_dir / "cleaned" / f"{handle}-{key}"
        if not (path / "meta.json").exists():
            account = self.source.load(handle)
            cleaned = clean_posts(account.posts, self.cleaning)
            meta = {"display_name": account.display_name, "avatar_url": account.avatar_url}
            meta["counts"] = cleaned.counts.as_dict()
            table = datasets.Dataset.from_dict({"text": cleaned.texts, "id": cleaned.ids})
            _save_atomically(table, path, meta)
            log.info("cleaned @%s: %s", handle, meta["counts"])
        meta = json.loads((path / "meta.json").read_text())
        table = datasets.load_from_disk(str(path / "data"))
        tweets = UserTweets(
            handle, meta["display_name"], meta["counts"], table["text"], table["id"], meta["avatar_url"], key
        )
        if len(tweets.texts) < self.min_tweets:
            counts = tweets.counts
            raise UserError(
                f"user '{handle}' has {counts['kept']} tweets left after cleaning ({counts['downloaded']} read, "
                f"{counts['retweets']} retweets, {counts['short']} short); at least {self.min_tweets} are needed "
                "(data.min_tweets)"
            )
        # split on the text, so repeated tweets land on the same side and never leak into validation
        train_idx, val_idx = split_indices([t.casefold() for t in tweets.texts], self.val_fraction, self.seed)
        if not val_idx:
            raise UserError(f"user '{handle}' has only one distinct tweet text; nothing can be held out for validation")
        tweets.train_texts = [tweets.texts[i] for i in train_idx]
        tweets.val_texts = [tweets.texts[i] for i in val_idx]
        return tweets

    @property
    def accounts(self) -> list[UserTweets]:
        """Every user's cleaned tweets and counts, ingesting and cleaning on first use (then from cache)."""
        if self._accounts is None:
            self._accounts = [self._clean_user(u) for u in self.users]
        return self._accounts

    @property
    def train_texts(self) -> list[str]:
        return [t for account in self.accounts for t in account.train_texts]

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
        _save_atomically(datasets.DatasetDict(splits), path, meta)

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
