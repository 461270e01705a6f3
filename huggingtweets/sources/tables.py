"""Tables of posts: CSV, JSONL or Parquet with one post per row. A table holds one account, or many with a user
column (as research datasets of tweets do), from which each handle selects its rows."""

from __future__ import annotations

import contextlib
import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

from huggingtweets.errors import UserError
from huggingtweets.sources.base import Account, Post, decode_text, hash_files, iso_utc

TABLE_SUFFIXES = (".jsonl", ".csv", ".parquet")
_ID, _DATE, _LANG = ("id", "id_str", "tweet_id"), ("created_at", "date", "timestamp"), ("lang", "language")
_REPLY = ("in_reply_to_status_id", "in_reply_to_status_id_str", "in_reply_to_id", "is_reply")
_FALSE = ("", "0", "false", "False", "none", "None", "null", "nan")


@contextlib.contextmanager
def _large_csv_fields() -> Iterator[None]:
    """The csv module refuses fields over 128 KiB by default; a long thread pasted into one cell is fine."""
    previous = csv.field_size_limit(1 << 30)
    try:
        yield
    finally:
        csv.field_size_limit(previous)


def read_rows(path: Path) -> list[dict]:
    """Every row of a CSV, JSONL or Parquet file as a dict, or a one-line `UserError` saying what is wrong."""
    if path.suffix == ".parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        try:
            return pq.read_table(path).to_pylist()
        except (pa.ArrowException, OSError) as err:
            raise UserError(f"{path} is not a readable Parquet file ({str(err).splitlines()[0]})") from None
    text = decode_text(path.read_bytes(), str(path))
    if path.suffix == ".jsonl":
        try:
            return [json.loads(line) for line in text.splitlines() if line.strip()]
        except json.JSONDecodeError as err:
            raise UserError(f"{path} is not valid JSONL ({err.msg}); write one JSON object per line") from None
    try:
        with _large_csv_fields():
            return list(csv.DictReader(io.StringIO(text, newline="")))
    except csv.Error as err:
        raise UserError(f"{path} is not a readable CSV file ({err})") from None


def _first(row: dict, names: tuple[str, ...]) -> object:
    return next((row[n] for n in names if row.get(n) not in (None, "")), None)


def same_account(value: object, handle: str) -> bool:
    return str(value or "").strip().removeprefix("@").lower() == handle.lower()


def posts_from_rows(
    rows: list, what: str, text_column: str = "text", user_column: str | None = None, handle: str | None = None
) -> list[Post]:
    """Posts from table rows; with `handle`, only the rows whose `user_column` names that account."""
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, dict) or text_column not in row:
            columns = ", ".join(map(str, row)) if isinstance(row, dict) else type(row).__name__
            raise UserError(
                f"{what} row {number} has no column '{text_column}' (it has: {columns or 'none'}); set data.text_column"
            )
    if handle is not None:
        if not user_column:
            raise UserError(f"{what} holds many accounts: set data.user_column to the column naming each post's author")
        if rows and user_column not in rows[0]:
            columns = ", ".join(map(str, rows[0]))
            raise UserError(f"{what} has no column '{user_column}' (it has: {columns}); set data.user_column")
        rows = [row for row in rows if same_account(row.get(user_column), handle)]
        if not rows:
            raise UserError(f"{what} has no rows whose '{user_column}' is '{handle}'; check the handle")
    return [
        Post(
            text=str(row[text_column]) if row[text_column] is not None else "",
            id=str(_first(row, _ID) or ""),
            created_at=iso_utc(str(_first(row, _DATE) or "")),
            lang=str(_first(row, _LANG) or "") or None,
            is_reply=str(_first(row, _REPLY) or "") not in _FALSE,
            is_retweet=str(row.get("is_retweet") or "") not in _FALSE,
        )
        for row in rows
    ]


def read_table(
    path: Path, handle: str, text_column: str = "text", user_column: str | None = None, select_rows: bool = False
) -> Account:
    """One account from a table: every row, or (`select_rows`) the rows whose `user_column` is `handle`."""
    rows = read_rows(path)
    posts = posts_from_rows(rows, str(path), text_column, user_column, handle if select_rows else None)
    return Account(handle=handle, display_name=handle, posts=posts)


class TableFile:
    """`file:PATH` (one account's table) or `file:PATH@name` (that account's rows of a table of many)."""

    def __init__(self, path: str | Path, text_column: str = "text", user_column: str | None = None, select_rows=False):
        self.path = Path(path).expanduser()
        self.text_column, self.user_column, self.select_rows = text_column, user_column, select_rows

    def _check(self) -> None:
        if not self.path.is_file():
            raise UserError(f"file:{self.path}: no such file; give the path of a .csv, .jsonl or .parquet table")
        if self.path.suffix not in TABLE_SUFFIXES:
            raise UserError(f"file:{self.path}: not a table this project reads (.csv, .jsonl or .parquet)")

    def prepare(self, handle: str) -> None:
        self._check()

    def fingerprint(self, handle: str) -> str:
        self._check()
        salt = f"table:{self.text_column}:{self.user_column}:{self.select_rows}:{handle.lower()}"
        return hash_files([self.path], salt=salt)

    def load(self, handle: str) -> Account:
        self._check()
        return read_table(self.path, handle, self.text_column, self.user_column, self.select_rows)
