"""Where posts come from. Each entry of `users` names an account and, by its prefix, the source that reads it:

    x:dril                     the X API v2 (X_BEARER_TOKEN; X bills per post read, so the price comes first)
    bsky:dril.bsky.social      Bluesky's public AppView (a handle or a DID; no key)
    mastodon:@user@host        the account's Mastodon server (no key)
    file:PATH[@name]           a CSV/JSONL/Parquet table: one account's, or `name`'s rows of many (data.user_column)
    hf:DATASET[@name]          a Hugging Face dataset id or local dataset folder (data.hf.*)
    dril                       the first that has it: data.archive_dir (an X archive export or a table), then an
                               earlier finished x:dril download in the cache; never a billed API (write x:dril)

Network sources save what they read as snapshots (`snapshot`), so downstream only ever reads local data.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass, field

from huggingtweets.errors import UserError
from huggingtweets.sources.archive import read_archive
from huggingtweets.sources.base import Account, Post, Source
from huggingtweets.sources.bluesky import Bluesky
from huggingtweets.sources.handles import BLUESKY, FILE, HF, MASTODON, PLAIN, X_HANDLE, UserSpec, X, parse_user
from huggingtweets.sources.hf import HFDataset
from huggingtweets.sources.local import LocalFiles
from huggingtweets.sources.mastodon import Mastodon
from huggingtweets.sources.snapshot import NetworkSource
from huggingtweets.sources.tables import TableFile, read_table
from huggingtweets.sources.x import TOKEN_ENV, XApi

__all__ = [
    "Account", "Bluesky", "HFDataset", "LocalFiles", "Mastodon", "Post", "Source", "SourceSettings", "TableFile",
    "UserSpec", "XApi", "open_source", "parse_user", "read_archive", "read_table",
]  # fmt: skip


@dataclass
class SourceSettings:
    """Everything the sources are configured with (`data.*` in the config).

    archive_dir: the folder (or one table of many accounts) that plain handles are looked up in.
    text_column / user_column: the text column of tables, and the column naming each row's account.
    snapshots_dir: where downloads are saved.
    refresh: start downloads over; update: top finished downloads up with newer posts.
    x, bluesky, mastodon: keyword arguments of `XApi`, `Bluesky`, `Mastodon` (base_url, max_posts, retries, ...).
    hf: keyword arguments of `HFDataset` (user_column, text_column, split, config).
    """

    archive_dir: str | None = None
    text_column: str = "text"
    user_column: str | None = None
    snapshots_dir: str = ".cache/huggingtweets/snapshots"
    refresh: bool = False
    update: bool = True
    x: dict = field(default_factory=dict)
    bluesky: dict = field(default_factory=dict)
    mastodon: dict = field(default_factory=dict)
    hf: dict = field(default_factory=dict)

    def network(self, update: bool | None = None) -> dict:
        return {"refresh": self.refresh, "update": self.update if update is None else update}


_WIRED = {"self", "kwargs", "snapshots_dir", "dataset", "select_rows", "refresh", "update"}  # set by open_source


def _checked(kind: type, name: str, options: dict) -> dict:
    """`options` for `kind`, refusing a key it does not take (a typo in `+data.x.max_post=5`) with one line."""
    parameters = set(inspect.signature(kind.__init__).parameters)
    if issubclass(kind, NetworkSource):
        parameters |= set(inspect.signature(NetworkSource.__init__).parameters)
    settable = sorted(parameters - _WIRED)
    if unknown := sorted(set(options) - set(settable)):
        raise UserError(f"data.{name}.{unknown[0]} is not a setting of this source (it has: {', '.join(settable)})")
    return options


def open_source(spec: UserSpec, settings: SourceSettings) -> Source:
    """The source that reads `spec`'s posts; a plain handle resolves in the order the module docstring gives."""
    if spec.platform == X:
        return XApi(settings.snapshots_dir, **settings.network(), **_checked(XApi, "x", settings.x))
    if spec.platform == BLUESKY:
        return Bluesky(settings.snapshots_dir, **settings.network(), **_checked(Bluesky, "bluesky", settings.bluesky))
    if spec.platform == MASTODON:
        mastodon = _checked(Mastodon, "mastodon", settings.mastodon)
        return Mastodon(settings.snapshots_dir, **settings.network(), **mastodon)
    if spec.platform == FILE:
        return TableFile(spec.location, settings.text_column, settings.user_column, spec.select_rows)
    if spec.platform == HF:
        return HFDataset(spec.location, select_rows=spec.select_rows, **_checked(HFDataset, "hf", settings.hf))
    assert spec.platform == PLAIN, spec
    handle, tried = spec.handle, []  # a plain handle never reaches a billed API: a mistyped path must not pay
    if settings.archive_dir is not None:
        local = LocalFiles(settings.archive_dir, settings.text_column, settings.user_column)
        if local.root.exists() and local.find(handle):
            return local
        where = LocalFiles(local.root.resolve(), settings.text_column, settings.user_column)  # (relative to the cwd)
        tried.append(where.looked_for(handle) if local.root.exists() else f"data.archive_dir={where.root} (missing)")
    if X_HANDLE.fullmatch(handle):
        x = XApi(settings.snapshots_dir, refresh=False, update=False, **_checked(XApi, "x", settings.x))
        if x.has_download(handle):
            return x
        tried.append(f"a finished x:{handle} download in {x.snapshot(handle).directory}")
    pay = f"write x:{handle} to pay for a pull from the X API ({TOKEN_ENV}), " if X_HANDLE.fullmatch(handle) else ""
    raise UserError(
        f"no posts found for user '{handle}': looked for {'; '.join(tried)}; fix data.archive_dir (the folder "
        f"that holds them), {pay}or name another source (bsky:HANDLE, mastodon:@user@host, file:PATH, hf:DATASET)"
    )
