"""Hugging Face datasets: `hf:owner/name` from the hub, or `hf:PATH` for a local dataset folder (saved with
`save_to_disk`, or a folder of CSV/JSON/Parquet files). `hf:DATASET@name` picks that account's rows by
`data.hf.user_column`; without it every row is one account's."""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

from huggingtweets.errors import UserError
from huggingtweets.sources.base import Account
from huggingtweets.sources.tables import posts_from_rows, same_account

_SAVED = ("dataset_info.json", "state.json", "dataset_dict.json")  # what save_to_disk leaves


@functools.lru_cache(maxsize=4)
def load_rows_source(dataset: str, split: str, config: str | None):
    """The dataset's split, loaded once per process (several accounts may come from one dataset)."""
    import datasets

    path = Path(dataset).expanduser()
    try:
        if path.is_dir() and any((path / name).exists() for name in _SAVED):
            loaded = datasets.load_from_disk(str(path))
        else:
            loaded = datasets.load_dataset(str(path) if path.is_dir() else dataset, config, split=split)
    except (OSError, ValueError) as err:
        reason = str(err).strip().splitlines()[0][:160] if str(err).strip() else type(err).__name__
        where = "this folder" if path.is_dir() else "the Hugging Face hub (is HF_DATASETS_OFFLINE set?)"
        raise UserError(f"hf:{dataset}: could not load the dataset from {where} ({reason})") from None
    if isinstance(loaded, datasets.DatasetDict):
        if split not in loaded:
            raise UserError(f"hf:{dataset} has no split '{split}' (it has: {', '.join(loaded)}); set data.hf.split")
        loaded = loaded[split]
    return loaded


class HFDataset:
    """One account's posts from a Hugging Face dataset.

    Args:
        dataset: a hub id (`owner/name`) or a local folder.
        user_column: the column naming each post's account, for `hf:DATASET@name`.
        text_column: the column holding the text.
        split, config: which part of the dataset to read.
    """

    def __init__(
        self,
        dataset: str,
        user_column: str | None = "user",
        text_column: str = "text",
        split: str = "train",
        config: str | None = None,
        select_rows: bool = False,
    ):
        self.dataset, self.user_column, self.text_column = dataset, user_column, text_column
        self.split, self.config, self.select_rows = split, config, select_rows

    def _table(self):
        table = load_rows_source(self.dataset, self.split, self.config)
        for column in (self.text_column, self.user_column if self.select_rows else None):
            if column and column not in table.column_names:
                setting = "text_column" if column == self.text_column else "user_column"
                raise UserError(
                    f"hf:{self.dataset} has no column '{column}' (it has: {', '.join(table.column_names)}); "
                    f"set data.hf.{setting}"
                )
        return table

    def prepare(self, handle: str) -> None:
        self._table()

    def fingerprint(self, handle: str) -> str:
        salt = f"hf:{self.dataset}:{self.split}:{self.config}:{self.text_column}:{self.user_column}:{self.select_rows}"
        return hashlib.sha256(f"{salt}:{handle.lower()}:{self._table()._fingerprint}".encode()).hexdigest()[:16]

    def load(self, handle: str) -> Account:
        table = self._table()
        if self.select_rows:  # pick the rows by one column first: the rest is never materialised
            table = table.select([i for i, v in enumerate(table[self.user_column]) if same_account(v, handle)])
        what = f"hf:{self.dataset}"
        posts = posts_from_rows(table.to_list(), what, self.text_column, self.user_column,
                                handle if self.select_rows else None)  # fmt: skip
        return Account(handle=handle, display_name=handle, posts=posts)
