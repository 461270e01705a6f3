"""`LocalFiles`: posts from what lies under `data.archive_dir`, the first place a plain handle is looked for."""

from __future__ import annotations

from pathlib import Path

from huggingtweets.errors import UserError
from huggingtweets.sources.archive import TWEET_FILE, read_archive, wanted
from huggingtweets.sources.base import Account, hash_files
from huggingtweets.sources.tables import TABLE_SUFFIXES, read_table


class LocalFiles:
    """Posts under `root`: `<root>/<handle>/` (an X archive zip, unzipped folder, tweets.js, or one table) or
    `<root>/<handle>.zip|.jsonl|.csv|.parquet`. When `root` is itself a table and `user_column` is set, each handle
    selects its rows of it.

    Args:
        root: the folder (or table) holding the users' posts.
        text_column: the text column of tables.
        user_column: the column naming each post's account, for tables that hold many accounts.
    """

    def __init__(self, root: str | Path, text_column: str = "text", user_column: str | None = None):
        self.root = Path(root).expanduser()
        self.text_column = text_column
        self.user_column = user_column

    @property
    def _shared_table(self) -> bool:
        return self.root.is_file() and self.root.suffix in TABLE_SUFFIXES and bool(self.user_column)

    def _entry(self, name: str) -> Path:
        """`root/name`, or the entry whose name matches it case-insensitively (handles are case-insensitive)."""
        exact = self.root / name
        if exact.exists() or not self.root.is_dir():
            return exact
        return next((p for p in self.root.iterdir() if p.name.lower() == name.lower()), exact)

    def find(self, handle: str) -> Path | None:
        """The export or table holding `handle`'s posts, None when there is none."""
        if self._shared_table:
            return self.root
        folder = self._entry(handle)
        candidates = [folder, *(self._entry(f"{handle}{suffix}") for suffix in (".zip", *TABLE_SUFFIXES))]
        for path in candidates:
            if path.is_file():
                return path
            if path.is_dir():
                zips = sorted(folder.glob("*.zip"))
                tables = sorted(p for p in folder.iterdir() if p.suffix in TABLE_SUFFIXES)
                if any(TWEET_FILE.search(p.as_posix()) for p in folder.rglob("*.js")):
                    return folder
                if len(zips) + len(tables) == 1:
                    return (zips + tables)[0]
                if zips or tables:
                    found = ", ".join(p.name for p in zips + tables)
                    raise UserError(f"{folder} holds several candidate files ({found}); keep one per user")
        return None

    def looked_for(self, handle: str) -> str:
        where = self.root / handle
        return f"{where}/ (an X archive zip, folder or tweets.js), {where}.zip|.jsonl|.csv|.parquet"

    def locate(self, handle: str) -> Path:
        if not self.root.exists():
            raise UserError(f"data.archive_dir={self.root} does not exist; point it at the folder of <user>/ archives")
        path = self.find(handle)
        if path is None:
            raise UserError(
                f"no posts found for user '{handle}': looked for {self.looked_for(handle)}; "
                "set data.archive_dir to the folder that holds them"
            )
        return path

    def _files(self, path: Path) -> list[Path]:
        """The files `load` reads (an unzipped export's media folders are not hashed)."""
        if not path.is_dir():
            return [path]
        return sorted(p for p in path.rglob("*.js") if wanted(p.name))

    def prepare(self, handle: str) -> None:
        self.locate(handle)

    def fingerprint(self, handle: str) -> str:
        salt = f"LocalFiles:{self.text_column}:{self.user_column if self._shared_table else ''}:{handle.lower()}"
        return hash_files(self._files(self.locate(handle)), salt=salt, wanted=wanted)

    def load(self, handle: str) -> Account:
        path = self.locate(handle)
        try:
            if path.suffix in TABLE_SUFFIXES:
                return read_table(path, handle, self.text_column, self.user_column, select_rows=self._shared_table)
            return read_archive(path, handle)
        except (OSError, KeyError, IndexError, AttributeError, TypeError) as err:
            raise UserError(f"could not read the posts of '{handle}' at {path}: {err}") from None
