"""TweetDataModule: the accounts' cleaned tweets (`Corpus`), each encoded as the model sees it alone (start marker,
text, EOS), packed into training rows, and served as per-tweet validation batches. Cached by everything that
decides the token ids."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import datasets
import torch
from lightning.pytorch import LightningDataModule
from torch.utils.data import DataLoader, IterableDataset

from huggingtweets.cleaning import CleaningOptions
from huggingtweets.corpus import CACHE_VERSION, UserTweets, build_corpus, code_hash, digest, model_name, save_atomically
from huggingtweets.errors import UserError
from huggingtweets.sources import Source
from huggingtweets.tokenizer import tokenizer_fingerprint

if TYPE_CHECKING:
    from transformers import PreTrainedTokenizerBase

__all__ = ["PACKING", "TweetBatches", "TweetDataModule", "UserTweets", "encode", "model_name", "pack_stream",
           "pack_tweets"]  # fmt: skip
_DATA_CODE = code_hash(__file__)
PACKING = ("tweets", "stream")


def encode(tokenizer: PreTrainedTokenizerBase, texts: Sequence[str], max_tokens: int) -> list[list[int]]:
    """Each tweet as generation sees it: the tokenizer's start marker, the text, EOS; at most `max_tokens`.
    Text that spells a special token (`<|endoftext|>`) is encoded as text, never as the token."""
    if not texts:
        return []
    ids = tokenizer(list(texts), split_special_tokens=True)["input_ids"]
    return [(x + [tokenizer.eos_token_id])[:max_tokens] for x in ids]


def pack_tweets(samples: Sequence[Sequence[int]], block_size: int, pad_id: int) -> dict[str, list[list[int]]]:
    """Whole tweets into rows of `block_size` tokens (best fit, longest first), for training without attention
    between tweets: `position_ids` restart at every tweet (and in the padding), and no attention mask is passed,
    so transformers attends within each tweet only. `labels` leave out each start marker and the padding."""
    if any(len(sample) > block_size for sample in samples):
        raise ValueError("a sample is longer than block_size: encode with max_tokens=block_size")
    rows: list[list[int]] = []
    free: list[int] = []
    by_space: dict[int, list[int]] = {}  # free space -> rows with exactly that much left
    for i in sorted(range(len(samples)), key=lambda i: -len(samples[i])):
        size = len(samples[i])
        space = next((s for s in range(size, block_size) if by_space.get(s)), None)
        if space is None:
            row, space = len(rows), block_size
            rows.append([])
            free.append(block_size)
        else:
            row = by_space[space].pop()
        rows[row].append(i)
        free[row] = space - size
        by_space.setdefault(free[row], []).append(row)
    packed: dict[str, list[list[int]]] = {"input_ids": [], "labels": [], "position_ids": []}
    for row, members in enumerate(rows):
        ids, labels, positions = [], [], []
        for i in members:
            ids += samples[i]
            labels += [-100, *samples[i][1:]]
            positions += range(len(samples[i]))
        packed["input_ids"].append(ids + [pad_id] * free[row])
        packed["labels"].append(labels + [-100] * free[row])
        packed["position_ids"].append(positions + list(range(free[row])))
    return packed


def pack_stream(samples: Sequence[Sequence[int]], block_size: int) -> dict[str, list[list[int]]]:
    """The original recipe's packing: tweets back to back (an end marker that is also the next start marker is
    written once: `<eos> a <eos> b <eos>`), cut into `block_size` blocks, so tokens attend to earlier tweets.

    Blocks overlap by one token: each starts with the previous block's last token as context, so every token
    after the first is a prediction target exactly once (plain chunking never predicts a block's first token).
    A tail that does not fill a block becomes one more block ending at the stream's end, its already-seen tokens
    masked out of `labels` (-100). A stream shorter than one block becomes a single shorter block.
    """
    if block_size < 2:
        raise ValueError("block_size must be at least 2")
    stream: list[int] = []
    for sample in samples:
        stream.extend(sample[1:] if stream and stream[-1] == sample[0] else sample)
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


def pad_tweets(rows: Sequence[dict], pad_id: int) -> dict[str, torch.Tensor]:
    """Right-padded tweets with an attention mask; `labels` leave out the start marker and the padding."""
    width = max(len(r["input_ids"]) for r in rows)
    ids = torch.full((len(rows), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(rows), width), dtype=torch.long)
    for i, row in enumerate(rows):
        ids[i, : len(row["input_ids"])] = torch.tensor(row["input_ids"])
        mask[i, : len(row["input_ids"])] = 1
    labels = ids.masked_fill(mask == 0, -100)
    labels[:, 0] = -100
    batch = {"input_ids": ids, "attention_mask": mask, "labels": labels}
    return batch | {key: torch.tensor([r[key] for r in rows]) for key in ("user", "bytes") if key in rows[0]}


class TweetBatches(IterableDataset):
    """Held-out tweets, each scored alone: right-padded batches of similar length with at most `tokens` tokens.

    Under DDP each process takes every `world_size`-th batch, so every tweet is scored exactly once in all
    (Lightning leaves iterable datasets unsharded and unpadded). `rank`/`world_size` default to the process group's.
    """

    def __init__(self, table: datasets.Dataset, pad_id: int, tokens: int, rank: int | None = None,
                 world_size: int | None = None):  # fmt: skip
        self.rows = table.to_list()
        self.pad_id, self.rank, self.world_size = pad_id, rank, world_size
        order = sorted(range(len(self.rows)), key=lambda i: len(self.rows[i]["input_ids"]))
        self.batches: list[list[int]] = []
        for i in order:
            width = len(self.rows[i]["input_ids"])  # the longest so far: lengths only grow
            if self.batches and (len(self.batches[-1]) + 1) * width <= tokens:
                self.batches[-1].append(i)
            else:
                self.batches.append([i])

    def _shard(self) -> list[list[int]]:
        distributed = torch.distributed.is_available() and torch.distributed.is_initialized()
        rank = self.rank if self.rank is not None else (torch.distributed.get_rank() if distributed else 0)
        world = self.world_size or (torch.distributed.get_world_size() if distributed else 1)
        return self.batches[rank::world]

    def __iter__(self) -> Iterator[dict[str, torch.Tensor]]:
        for batch in self._shard():
            yield pad_tweets([self.rows[i] for i in batch], self.pad_id)


class TweetDataModule(LightningDataModule):
    """Posts of one or more accounts -> downloaded, cleaned and split (`Corpus`) -> training rows and per-tweet
    validation batches.

    Args:
        users: entries naming accounts and their sources (`dril`, `x:dril`, `bsky:...`, `mastodon:@u@host`,
            `file:PATH`, `hf:DATASET`; see `huggingtweets.sources`); the model is named after them (`model_name`).
        archive_dir: where plain handles are looked for: a folder of exports/tables, or one table of many accounts.
        text_column, user_column: the text column of tables, and the column naming each row's account.
        source: one `Source` for every plain handle, instead of the resolution order.
        x, bluesky, mastodon, hf: settings of each source (`XApi`, `Bluesky`, `Mastodon`, `HFDataset` arguments).
        refresh: download again from scratch; update: fetch posts newer than an earlier download's.
        cleaning: `CleaningOptions` fields; the defaults reproduce the original huggingtweets rules.
        val_fraction, split_seed: the held-out share of distinct texts, and the split's own seed.
        min_tweets: fewest kept tweets a user needs.
        block_size: tokens per training row (a longer tweet is cut to it).
        packing: `tweets` (whole tweets per row, each attending only to itself) or `stream` (the original
            recipe: tweets back to back, attending across tweets).
        batch_size: training rows per batch; a validation batch holds as many tokens.
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
        split_seed: int = 0,
        min_tweets: int = 10,
        block_size: int = 128,
        packing: str = "tweets",
        batch_size: int = 8,
        num_workers: int = 0,
        cache_dir: str = ".cache/huggingtweets",
        tokenizer: PreTrainedTokenizerBase | None = None,
    ):
        super().__init__()
        self.save_hyperparameters(ignore=["tokenizer", "source"], logger=False)  # the record in the model directory
        if block_size < 2:
            raise UserError(f"data.block_size={block_size} must be at least 2 tokens")
        if packing not in PACKING:
            raise UserError(f"data.packing={packing} is not one of {', '.join(PACKING)}")
        if batch_size < 1:
            raise UserError(f"data.batch_size={batch_size} must be at least 1")
        self.corpus = build_corpus(
            users, archive_dir, text_column, user_column, source, x, bluesky, mastodon, hf, refresh, update,
            cleaning, val_fraction, min_tweets, cache_dir, split_seed,
        )  # fmt: skip
        self.cleaning = self.corpus.cleaning
        self.block_size, self.packing, self.batch_size, self.num_workers = block_size, packing, batch_size, num_workers
        self.cache_dir = Path(cache_dir).expanduser()
        self.tokenizer = tokenizer
        self._blocks_for: PreTrainedTokenizerBase | None = None
        self._blocks_dir = Path()
        self.train_set: datasets.Dataset | None = None
        self.val_set: datasets.Dataset | None = None
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
            _DATA_CODE,  # encoding and packing live in this module
            [a.cache_key for a in self.accounts],
            self.corpus.val_fraction,
            self.corpus.split_seed,
            self.block_size,
            self.packing,
            tokenizer_fingerprint(self.tokenizer),
        )
        return self.cache_dir / "blocks" / f"{self.name}-{key}"

    def _build_blocks(self, path: Path) -> None:
        tokenizer, block = self.tokenizer, self.block_size
        train = encode(tokenizer, self.train_texts, block)
        if self.packing == "tweets":
            rows = pack_tweets(train, block, tokenizer.pad_token_id)
        else:
            rows = pack_stream(train, block)
        val_texts = [(u, t) for u, a in enumerate(self.accounts) for t in a.val_texts]
        val = encode(tokenizer, [t for _, t in val_texts], block)
        val_rows = {
            "input_ids": val,
            "user": [u for u, _ in val_texts],
            "bytes": [len(t.encode()) for _, t in val_texts],
        }
        meta = {
            "train_tweets": len(train),
            "train_tokens": sum(len(x) for x in train),
            "train_rows": len(rows["input_ids"]),
            "val_tweets": len(val),
            "val_tokens": sum(len(x) - 1 for x in val),  # every token but the start marker is a target
            "val_bytes": sum(val_rows["bytes"]),
            "truncated": sum(len(x) == block for x in train + val),
        }
        splits = {"train": datasets.Dataset.from_dict(rows), "val": datasets.Dataset.from_dict(val_rows)}
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
        blocks = datasets.load_from_disk(str(path / "data"))
        self.train_set, self.val_set = blocks["train"].with_format("torch"), blocks["val"]
        self.stats = json.loads((path / "meta.json").read_text())

    def train_dataloader(self) -> DataLoader:
        return DataLoader(
            self.train_set,
            batch_size=self.batch_size,
            shuffle=True,
            num_workers=self.num_workers,
            persistent_workers=self.num_workers > 0,
            pin_memory=torch.cuda.is_available(),
        )

    def val_batches(self, rank: int | None = None, world_size: int | None = None) -> TweetBatches:
        """The held-out tweets in per-tweet batches: this process's share, or (rank 0 of 1) all of them."""
        return TweetBatches(self.val_set, self.tokenizer.pad_token_id, self.batch_size * self.block_size, rank,
                            world_size)  # fmt: skip

    def val_dataloader(self) -> DataLoader:
        """Per-tweet validation batches; under DDP each process scores its share, every tweet once."""
        return DataLoader(self.val_batches(), batch_size=None, pin_memory=torch.cuda.is_available())

    def all_val_batches(self) -> DataLoader:
        """Every held-out tweet in this process (the card's numbers, whatever the number of processes)."""
        return DataLoader(self.val_batches(0, 1), batch_size=None)
