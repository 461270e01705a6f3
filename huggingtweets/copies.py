"""Copy detection: does a sampled tweet repeat a training tweet word for word, or share a long run of words with one?

A model directory keeps `copies.npz`: 64-bit hashes of each training tweet's words and of every run of `run_words`
consecutive words (hashes only: the training text cannot be read back from it).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

COPIES = "copies.npz"
RUN_WORDS = 8  # a shared run this long is a copy, not a turn of phrase
_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _hash(items: Sequence[str]) -> int:
    return int.from_bytes(hashlib.blake2b(" ".join(items).encode(), digest_size=8).digest(), "little")


@dataclass
class CopyIndex:
    tweets: frozenset[int]  # hashes of whole tweets' words
    runs: frozenset[int]  # hashes of every `run_words` consecutive words
    run_words: int = RUN_WORDS

    @classmethod
    def from_texts(cls, texts: Iterable[str], run_words: int = RUN_WORDS) -> CopyIndex:
        tweets, runs = set(), set()
        for text in texts:
            tokens = words(text)
            if tokens:
                tweets.add(_hash(tokens))
            runs.update(_hash(tokens[i : i + run_words]) for i in range(len(tokens) - run_words + 1))
        return cls(frozenset(tweets), frozenset(runs), run_words)

    def check(self, text: str) -> str | None:
        """ "verbatim" (the same words as a training tweet), "long_run" (a run of `run_words` words in common with
        one), or None."""
        tokens = words(text)
        if tokens and _hash(tokens) in self.tweets:
            return "verbatim"
        n = self.run_words
        if any(_hash(tokens[i : i + n]) in self.runs for i in range(len(tokens) - n + 1)):
            return "long_run"
        return None

    def stats(self, texts: Sequence[str]) -> dict[str, int]:
        """How many of `texts` are verbatim copies, and how many more share a long run with a training tweet."""
        kinds = [self.check(text) for text in texts]
        return {"samples": len(texts), "verbatim": kinds.count("verbatim"), "long_run": kinds.count("long_run"),
                "run_words": self.run_words}  # fmt: skip

    def save(self, directory: Path) -> Path:
        path = Path(directory) / COPIES
        as_array = lambda hashes: np.array(sorted(hashes), dtype=np.uint64)  # noqa: E731
        with open(path, "wb") as file:
            np.savez_compressed(file, tweets=as_array(self.tweets), runs=as_array(self.runs),
                                run_words=np.array(self.run_words))  # fmt: skip
        return path

    @classmethod
    def load(cls, directory: Path) -> CopyIndex | None:
        """The directory's index, or None when it holds none (a model exported without one)."""
        path = Path(directory) / COPIES
        if not path.is_file():
            return None
        with np.load(path) as saved:
            return cls(frozenset(saved["tweets"].tolist()), frozenset(saved["runs"].tolist()), int(saved["run_words"]))
