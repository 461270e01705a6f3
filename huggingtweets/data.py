"""TweetDataModule: the accounts' cleaned tweets (`Corpus`), each encoded as the model sees it alone (start marker,
text, EOS), packed into training rows, and served as per-tweet validation batches. Cached by everything that
decides the token ids."""

from __future__ import annotations

import json
import os
import random
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import datasets
import torch
from lightning.pytorch import LightningDataModule
from torch.utils.data import DataLoader, IterableDataset, Sampler
from torchdata.stateful_dataloader import StatefulDataLoader

import huggingtweets.corpus as corpus_module
import huggingtweets.tokenizer as tokenizer_module
from huggingtweets.corpus import CACHE_VERSION, UserTweets, build_corpus, code_hash, digest, model_name, save_atomically
from huggingtweets.errors import UserError
from huggingtweets.tokenizer import given_tokens, tokenizer_fingerprint, user_prefix

if TYPE_CHECKING:
    from transformers import PreTrainedTokenizerBase

__all__ = ["PACKING", "TweetBatches", "TweetDataModule", "UserTweets", "encode", "model_name", "pack_stream",
           "pack_tweets"]  # fmt: skip
_DATA_CODE = code_hash(__file__, corpus_module.__file__, tokenizer_module.__file__)
PACKING = ("tweets", "stream")
BALANCE = ("none", "upsample", "temperature")
CONDITIONING = ("none", "user")


def encode(tokenizer: PreTrainedTokenizerBase, texts: Sequence[str], max_tokens: int) -> list[list[int]]:
    """Each tweet as generation sees it: the tokenizer's start marker, the text, EOS; at most `max_tokens`.
    Text that spells a special token (`<|endoftext|>`) is encoded as text, never as the token."""
    if not texts:
        return []
    ids = tokenizer(list(texts), split_special_tokens=True)["input_ids"]
    return [(x + [tokenizer.eos_token_id])[:max_tokens] for x in ids]


def balance(totals: Sequence[float], mode: str, temperature: float = 0.5) -> list[float]:
    """How much of each account an epoch holds, in the units of `totals` (characters for `upsample`, tweets
    otherwise): `none` each account once; `upsample` (the original huggingtweets rule) every account up to the
    largest one's size; `temperature` accounts in proportion to size^T, the epoch keeping the total."""
    if mode == "none" or len(totals) < 2:
        return list(totals)
    if mode == "upsample":
        return [max(totals)] * len(totals)
    if mode == "temperature":
        weights = [total**temperature for total in totals]
        return [sum(totals) * w / sum(weights) for w in weights]
    raise UserError(f"data.balance={mode} is not one of {', '.join(BALANCE)}")


def repeat(sizes: Sequence[float], target: float, rng: random.Random) -> list[int]:
    """Indices of whole items whose sizes add up to `target`: every item as many whole times as fit, then items
    in a seeded order until the target is reached (the last one may pass it)."""
    total = sum(sizes)
    copies = int(target // total) if total else 0
    chosen, reached = list(range(len(sizes))) * copies, copies * total
    order = list(range(len(sizes)))
    rng.shuffle(order)
    for i in order:
        if reached >= target - 1e-9:
            break
        chosen.append(i)
        reached += sizes[i]
    return chosen


def pack_tweets(
    samples: Sequence[Sequence[int]], block_size: int, pad_id: int, given: Sequence[int] | None = None
) -> dict[str, list[list[int]]]:
    """Whole tweets into rows of `block_size` tokens (best fit, longest first), for training without attention
    between tweets: `position_ids` restart at every tweet (and in the padding), and no attention mask is passed,
    so transformers attends within each tweet only. `labels` leave out each tweet's `given` leading tokens
    (default 1: the start marker) and the padding."""
    given = given or [1] * len(samples)
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
            labels += [-100] * given[i] + list(samples[i][given[i] :])
            positions += range(len(samples[i]))
        packed["input_ids"].append(ids + [pad_id] * free[row])
        packed["labels"].append(labels + [-100] * free[row])
        packed["position_ids"].append(positions + list(range(free[row])))
    return packed


def pack_stream(
    samples: Sequence[Sequence[int]], block_size: int, given: Sequence[int] | None = None
) -> dict[str, list[list[int]]]:
    """The original recipe's packing: tweets back to back (an end marker that is also the next start marker is
    written once: `<eos> a <eos> b <eos>`), cut into `block_size` blocks, so tokens attend to earlier tweets.

    Blocks overlap by one token: each starts with the previous block's last token as context, so every token
    after the first is a prediction target exactly once (plain chunking never predicts a block's first token).
    A tail that does not fill a block becomes one more block ending at the stream's end, its already-seen tokens
    masked out of `labels` (-100). A stream shorter than one block becomes a single shorter block. Tokens a
    sample is `given` beyond its start marker (an account's marker) are no targets either.
    """
    if block_size < 2:
        raise ValueError("block_size must be at least 2")
    stream: list[int] = []
    targets: list[int] = []
    for i, sample in enumerate(samples):
        hidden = (given[i] if given else 1) - 1  # an account's marker; the start marker stays a target, as before
        for j, token in enumerate(sample):
            if j == 0 and stream and stream[-1] == token:
                continue
            stream.append(token)
            targets.append(-100 if 1 <= j <= hidden else token)
    if len(stream) <= block_size:
        return {"input_ids": [stream], "labels": [targets]}
    starts = range(0, len(stream) - block_size + 1, block_size - 1)
    blocks = [stream[s : s + block_size] for s in starts]
    labels = [targets[s : s + block_size] for s in starts]
    covered = starts[-1] + block_size
    if covered < len(stream):
        tail = stream[-block_size:]
        seen = covered - (len(stream) - block_size)
        blocks.append(tail)
        labels.append([-100] * seen + targets[len(stream) - block_size + seen :])
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
    for i, row in enumerate(rows):
        labels[i, : row.get("given", 1)] = -100  # the start marker (and an account's marker) are given
    batch = {"input_ids": ids, "attention_mask": mask, "labels": labels}
    return batch | {key: torch.tensor([r[key] for r in rows]) for key in ("user", "bytes") if key in rows[0]}


class EpochShuffle(Sampler[int]):
    """Indices in an order fixed by `seed` and the epoch (Lightning calls `set_epoch`), not by the global random state
    (which a resumed run cannot have where the killed one had it)."""

    def __init__(self, size: int, seed: int = 0):
        self.size, self.seed, self.epoch = size, seed, 0

    def set_epoch(self, epoch: int) -> None:
        self.epoch = epoch

    def __len__(self) -> int:
        return self.size

    def __iter__(self) -> Iterator[int]:
        generator = torch.Generator().manual_seed(self.seed * 1_000_003 + self.epoch)
        return iter(torch.randperm(self.size, generator=generator).tolist())


class ResumableLoader(StatefulDataLoader):
    """torchdata's `StatefulDataLoader` (Lightning saves its place in every checkpoint and gives it back on resume),
    which also saves its sampler's epoch: Lightning builds the first iterator of a resumed run before it tells the
    sampler the epoch. A place saved as an epoch ended is not given back: the next epoch starts whole (torchdata
    would go on with the rest of the finished one: nothing)."""

    def state_dict(self) -> dict:
        return super().state_dict() | {"epoch": getattr(self.sampler, "epoch", 0)}

    def load_state_dict(self, state: dict) -> None:
        state = dict(state)
        epoch, finished = state.pop("epoch", 0), state.get("_num_yielded", 0) >= len(self)
        if hasattr(self.sampler, "set_epoch"):
            self.sampler.set_epoch(epoch + finished)
        if not finished:
            super().load_state_dict(state)


class TweetBatches(IterableDataset):
    """Held-out tweets, each scored alone: right-padded batches of similar length with at most `tokens` tokens.

    Under DDP each process takes every `world_size`-th batch, so every tweet is scored exactly once in all
    (Lightning leaves iterable datasets unsharded and unpadded); a process with one batch fewer gets an empty one
    (no targets, no bytes) so that all run the same number of forward passes, as sharded models (FSDP) need.
    `rank`/`world_size` default to the process group's.
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
        return self.batches[rank::world], -(-len(self.batches) // world)

    def __iter__(self) -> Iterator[dict[str, torch.Tensor]]:
        shard, length = self._shard()
        for batch in shard:
            yield pad_tweets([self.rows[i] for i in batch], self.pad_id)
        for _ in range(length - len(shard)):  # an empty batch: it runs the model, and counts for nothing
            empty = pad_tweets([self.rows[0]], self.pad_id)
            yield empty | {"labels": torch.full_like(empty["labels"], -100), "bytes": torch.zeros_like(empty["bytes"])}


class TweetDataModule(LightningDataModule):
    """Posts of one or more accounts -> downloaded, cleaned and split (`Corpus`) -> training rows and per-tweet
    validation batches.

    Args:
        users: entries naming accounts and their sources (`dril`, `x:dril`, `bsky:...`, `mastodon:@u@host`,
            `file:PATH`, `hf:DATASET`; see `huggingtweets.sources`); the model is named after them (`model_name`).
        block_size: tokens per training row (a longer tweet is cut to it).
        packing: `tweets` (whole tweets per row, each attending only to itself) or `stream` (the original
            recipe: tweets back to back, attending across tweets).
        balance, temperature: how several accounts share an epoch (`balance`): `none`, `upsample` (the original's
            rule) or `temperature` (accounts drawn in proportion to size^temperature).
        conditioning: `user` puts each tweet's account in front of it (`USER_PREFIX`) so the model can be asked
            to write as one account; `none` leaves tweets as they are.
        batch_size: training rows per batch; a validation batch holds as many tokens.
        cache_dir: where downloads, cleaned tweets and tokenized rows are cached.
        tokenizer: set before `setup` (the model decides it: see `train.train`).
        corpus: where the posts come from and how they are cleaned and split, as `build_corpus` takes them:
            archive_dir, text_column, user_column, source, x, bluesky, mastodon, hf, refresh, update, cleaning,
            val_fraction, split_seed, min_tweets.
    """

    def __init__(
        self,
        users: Sequence[str],
        block_size: int = 128,
        packing: str = "tweets",
        balance: str = "none",
        temperature: float = 0.5,
        conditioning: str = "none",
        batch_size: int = 8,
        num_workers: int = 0,
        cache_dir: str = ".cache/huggingtweets",
        tokenizer: PreTrainedTokenizerBase | None = None,
        **corpus: Any,
    ):
        super().__init__()
        self.save_hyperparameters(ignore=["tokenizer", "source"], logger=False)  # the record in the model directory
        if block_size < 2:
            raise UserError(f"data.block_size={block_size} must be at least 2 tokens")
        if packing not in PACKING:
            raise UserError(f"data.packing={packing} is not one of {', '.join(PACKING)}")
        if batch_size < 1:
            raise UserError(f"data.batch_size={batch_size} must be at least 1")
        if conditioning not in CONDITIONING:
            raise UserError(f"model.conditioning={conditioning} is not one of {', '.join(CONDITIONING)}")
        if balance not in BALANCE:
            raise UserError(f"data.balance={balance} is not one of {', '.join(BALANCE)}")
        if temperature <= 0:
            raise UserError(f"data.temperature={temperature} must be above 0 (1 keeps the sizes, 0.5 evens them out)")
        self.corpus = build_corpus(users, cache_dir=cache_dir, **corpus)
        self.cleaning = self.corpus.cleaning
        self.block_size, self.packing, self.batch_size, self.num_workers = block_size, packing, batch_size, num_workers
        self.balance, self.temperature, self.conditioning = balance, temperature, conditioning
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
            _DATA_CODE,  # encoding and packing (this module), the split (corpus), markers (tokenizer)
            self.corpus.split_identity()["val_digest"],
            [a.cache_key for a in self.accounts],
            self.corpus.val_fraction,
            self.corpus.split_seed,
            self.block_size,
            self.packing,
            self.balance,
            self.temperature,
            self.conditioning,
            tokenizer_fingerprint(self.tokenizer),
        )
        return self.cache_dir / "blocks" / f"{self.name}-{key}"

    def prefix(self, handle: str) -> str:
        """What a tweet of `handle` is preceded by: its account's marker when conditioned, else nothing."""
        return user_prefix(handle) if self.conditioning == "user" else ""

    def encode_tweets(self, texts: Sequence[str], handle: str) -> tuple[list[list[int]], int]:
        """An account's tweets as the model reads them, and how many leading tokens each is given."""
        prefix = self.prefix(handle)
        given = given_tokens(self.tokenizer, prefix) if prefix else 1
        return encode(self.tokenizer, [prefix + text for text in texts], self.block_size), given

    def _build_blocks(self, path: Path) -> None:
        accounts, block = self.accounts, self.block_size
        unit = len if self.balance == "upsample" else (lambda text: 1)  # characters, or tweets
        sizes = [[unit(t) for t in a.train_texts] for a in accounts]
        targets = balance([sum(s) for s in sizes], self.balance, self.temperature)
        rng = random.Random(self.corpus.split_seed)  # the repeats are drawn once, with the data
        train, given, tokens_by_user = [], [], {}
        for account, account_sizes, target in zip(accounts, sizes, targets, strict=True):
            samples, prefix_tokens = self.encode_tweets(account.train_texts, account.handle)
            chosen = [samples[i] for i in repeat(account_sizes, target, rng)]
            train += chosen
            given += [prefix_tokens] * len(chosen)
            tokens_by_user[account.handle] = sum(len(x) - prefix_tokens for x in chosen)
        if self.packing == "tweets":
            rows = pack_tweets(train, block, self.tokenizer.pad_token_id, given)
        else:
            rows = pack_stream(train, block, given)
        val_rows = self.held_out_rows()
        meta = {
            "train_tweets": len(train),
            "train_tokens": sum(len(x) for x in train),
            "train_tokens_by_user": tokens_by_user,  # targets each account contributed (balancing counted)
            "train_rows": len(rows["input_ids"]),
            "val_tweets": len(val_rows),
            "val_tokens": sum(len(row["input_ids"]) - row["given"] for row in val_rows),
            "val_bytes": sum(row["bytes"] for row in val_rows),
            "truncated": sum(len(x) == block and x[-1] != self.tokenizer.eos_token_id for x in train),
            "val_truncated": sum(row["input_ids"][-1] != self.tokenizer.eos_token_id for row in val_rows),
        }
        splits = {"train": datasets.Dataset.from_dict(rows), "val": datasets.Dataset.from_list(val_rows)}
        save_atomically(datasets.DatasetDict(splits), path, meta)

    def scored_bytes(self, text: str, ids: list[int], given: int) -> int:
        """The UTF-8 bytes of the text a held-out tweet's targets cover: all of it, or what is left of a tweet cut
        at `block_size` (so bits per byte stays a rate over what was scored)."""
        if ids[-1] == self.tokenizer.eos_token_id:
            return len(text.encode())
        return len(self.tokenizer.decode(ids[given:], skip_special_tokens=True).encode())

    def held_out_rows(self, as_handle: str | None = None) -> list[dict]:
        """Every held-out tweet encoded as the model reads it: after its own account's marker, or (conditioning
        table) after `as_handle`'s; with its account's number and the bytes its targets cover."""
        rows = []
        for u, account in enumerate(self.accounts):
            samples, given = self.encode_tweets(account.val_texts, as_handle or account.handle)
            for ids, text in zip(samples, account.val_texts, strict=True):
                rows.append({"input_ids": ids, "given": given, "user": u, "bytes": self.scored_bytes(text, ids, given)})
        return rows

    def packing_probe(self, count: int = 3) -> list[list[int]]:
        """A few training tweets of the first account, encoded, for the model's check that packed rows keep them
        apart (`TweetLM.check_packing`); none when rows are not packed whole tweets."""
        if self.packing != "tweets":
            return []
        account = self.accounts[0]
        texts = sorted(account.train_texts[:50], key=len, reverse=True)[:count]  # long ones: a leak shows most
        return self.encode_tweets(texts, account.handle)[0]

    def conditioned_val_batches(self, handle: str) -> TweetBatches:
        """Every held-out tweet, each account's numbered as usual, but all told they were written by `handle`:
        a column of the conditioning table."""
        table = datasets.Dataset.from_list(self.held_out_rows(handle))
        return TweetBatches(table, self.tokenizer.pad_token_id, self.batch_size * self.block_size, 0, 1)

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
        """The rows in an order fixed by the seed and the epoch, from a loader that saves its place: a run resumed
        from a checkpoint taken mid-epoch goes on with the rest of that epoch, then the epochs an uninterrupted run
        would have seen."""
        return ResumableLoader(
            self.train_set,
            batch_size=self.batch_size,
            sampler=EpochShuffle(len(self.train_set), int(os.environ.get("PL_GLOBAL_SEED", 0))),
            num_workers=self.num_workers,
            persistent_workers=self.num_workers > 0,
            pin_memory=torch.cuda.is_available(),
        )

    def optimizer_steps(self, trainer) -> int:
        """The optimizer steps `trainer` will take on these rows (what sizes the learning-rate schedule), counted as
        Lightning's `estimated_stepping_batches` counts them but from the row count: that property builds the
        training loader early, before a resumed run's loader gets back the place it saved, which is then lost."""
        self.setup("fit")
        rows = -(-len(self.train_set) // max(1, trainer.world_size))  # each process's share (padded to equal)
        batches = -(-rows // self.batch_size)
        limit = trainer.limit_train_batches
        batches = min(batches, limit) if isinstance(limit, int) else int(batches * limit)
        if trainer.max_epochs in (None, -1):
            return trainer.max_steps
        steps = -(-batches // trainer.accumulate_grad_batches) * max(1, trainer.max_epochs)
        return min(steps, trainer.max_steps) if trainer.max_steps != -1 else steps

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
