"""From `users` to cleaned, split tweets: each account's source is resolved, downloaded once (a snapshot), cleaned
once (cached as Arrow, keyed by what was read and how it was cleaned) and split. No torch here, so
`scripts/fetch.py` starts in a second."""

from __future__ import annotations

import hashlib
import inspect
import json
import logging
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import datasets

import huggingtweets.sources as sources_package
from huggingtweets import cleaning
from huggingtweets.atomic import staged_directory
from huggingtweets.cleaning import CleaningOptions, clean_posts
from huggingtweets.errors import UserError
from huggingtweets.sources import Source, SourceSettings, UserSpec, open_source, parse_user

log = logging.getLogger(__name__)
CACHE_VERSION = "2"  # bump when the cached layout changes meaning


def code_hash(*files: str | Path) -> str:
    """Cache entries are keyed by the code that made them: editing it invalidates them."""
    return hashlib.sha256(b"".join(Path(f).read_bytes() for f in files)).hexdigest()[:12]


_CLEANING_CODE = code_hash(cleaning.__file__, *sorted(Path(sources_package.__file__).parent.glob("*.py")))


def digest(*parts: object) -> str:
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()[:16]


def parse_users(users: Sequence[str] | str) -> list[UserSpec]:
    """Parse `users`, sorted by their path-safe names; the same account twice is listed once, and two entries
    that would share a name are refused."""
    if isinstance(users, str):
        users = [users]
    by_slug: dict[str, tuple[str, UserSpec]] = {}
    for raw in users:
        spec = parse_user(raw)
        if spec.slug in by_slug:
            first, other = by_slug[spec.slug]
            if (other.platform, other.location) != (spec.platform, spec.location):
                raise UserError(f"users: {first!r} and {str(raw)!r} are both named '{spec.slug}'; list one of them")
            continue
        by_slug[spec.slug] = (str(raw), spec)
    if not by_slug:
        raise UserError("no users given; pass e.g. users=[dril]")
    return [by_slug[slug][1] for slug in sorted(by_slug)]


def model_name(users: Sequence[str | UserSpec]) -> str:
    """The model directory name: sorted path-safe handles joined by '-' (`dril-fart-horse_ebooks`). When a handle
    holds a '-' itself (a domain) the joined name could stand for another list, and when it runs past 96
    characters (the hub's limit) it is cut: either way a hash of the list follows, so names never collide."""
    slugs = sorted(u.slug if isinstance(u, UserSpec) else parse_user(u).slug for u in users)
    name = "-".join(slugs)
    if (len(slugs) > 1 and any("-" in slug for slug in slugs)) or len(name) > 96:
        return f"{name[:87]}-{hashlib.sha256(json.dumps(slugs).encode()).hexdigest()[:8]}"
    return name


def hash_fraction(key: str, split_seed: int) -> float:
    """A number in [0, 1) fixed by the text and the split seed alone."""
    return int.from_bytes(hashlib.sha256(f"{split_seed}\0{key}".encode()).digest()[:8], "big") / 2**64


def split_texts(
    texts_per_account: Sequence[Sequence[str]], val_fraction: float, split_seed: int
) -> list[tuple[list[int], list[int]]]:
    """One train/validation split over all accounts together: (train indices, validation indices) per account.

    A text (compared case-insensitively) is held out when its seeded hash falls under `val_fraction`: the same
    text is on the same side for every account that posted it, the split moves with `split_seed` only, and a
    post keeps its side as new posts arrive. An account the threshold leaves with no held-out text gives up its
    lowest-hashed one (and one with nothing left to train on keeps its highest), so each has both sides; that one
    text goes back to training once a new post of the account falls under the threshold itself.
    """
    keys = [[t.casefold() for t in texts] for texts in texts_per_account]
    held = {k for account in keys for k in account if hash_fraction(k, split_seed) < val_fraction}
    kept: set[str] = set()  # texts moved back to training, never held out again
    for _ in range(len(keys) + 1):  # each round settles one more account at least; shared texts may need several
        settled = True
        for account in keys:
            distinct = sorted(set(account), key=lambda k: hash_fraction(k, split_seed))
            if len(distinct) < 2:
                continue
            if not held.intersection(distinct) and (free := [k for k in distinct if k not in kept]):
                held.add(free[0])
                settled = False
            if held.issuperset(distinct):
                held.discard(distinct[-1])
                kept.add(distinct[-1])
                settled = False
        if settled:
            break
    return [
        ([i for i, k in enumerate(account) if k not in held], [i for i, k in enumerate(account) if k in held])
        for account in keys
    ]


def save_atomically(dataset: datasets.Dataset | datasets.DatasetDict | None, target: Path, meta: dict) -> None:
    """A cache entry: `dataset` (if any) and `meta.json`, written into a staging folder that becomes `target` when
    complete (an entry another process finished first is kept: it holds the same)."""
    with staged_directory(target, replace=False) as staging:
        if dataset is not None:
            bars_were_on = datasets.is_progress_bar_enabled()  # a save takes milliseconds: no bar for it
            datasets.disable_progress_bars()
            try:
                dataset.save_to_disk(str(staging / "data"))
            finally:
                if bars_were_on:
                    datasets.enable_progress_bars()
        (staging / "meta.json").write_text(json.dumps(meta, indent=1))


@dataclass
class UserTweets:
    """One account after cleaning: what the card reports and what the split draws from."""

    handle: str  # as its platform writes it: dril, dril.bsky.social, user@host
    display_name: str
    counts: dict[str, int]
    texts: list[str]
    ids: list[str]
    avatar_url: str | None = None
    cache_key: str = ""
    slug: str = ""  # the path-safe name in the model's name
    source: str = ""  # where the posts came from: x, bsky, mastodon, file, hf, or "" (data.archive_dir)
    train_texts: list[str] = field(default_factory=list)
    val_texts: list[str] = field(default_factory=list)


def build_corpus(
    users: Sequence[str] | str,
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
    cache_dir: str | Path = ".cache/huggingtweets",
    split_seed: int = 0,
) -> Corpus:
    """A `Corpus` from the `data.*` settings (see `TweetDataModule` for what each means)."""
    settings = SourceSettings(
        archive_dir, text_column, user_column, str(Path(cache_dir).expanduser() / "snapshots"), refresh, update,
        dict(x or {}), dict(bluesky or {}), dict(mastodon or {}), dict(hf or {}),
    )  # fmt: skip
    options = cleaning if isinstance(cleaning, CleaningOptions) else CleaningOptions(**(cleaning or {}))
    return Corpus(users, settings, options, cache_dir, val_fraction, min_tweets, split_seed, source)


def corpus_from_config(data: Mapping) -> Corpus:
    """`build_corpus` from the `data` config node (plain values), leaving out what only training uses."""
    accepted = inspect.signature(build_corpus).parameters
    return build_corpus(**{key: value for key, value in data.items() if key in accepted})


def summary(account: UserTweets) -> str:
    """One console line per account: what was read, dropped and kept."""
    counts, where = account.counts, f" ({account.source})" if account.source else ""
    return (
        f"@{account.handle}{where}: {counts['downloaded']} posts read, {counts['retweets']} retweets and "
        f"{counts['short']} short dropped, {counts['kept']} kept "
        f"({len(account.train_texts)} train / {len(account.val_texts)} validation)"
    )


def table_row(account: UserTweets) -> dict:
    """The same as a row of the data table: the account, its source, its counts and its split."""
    return {"user": account.handle, "source": account.source or "archive", **account.counts,
            "train": len(account.train_texts), "validation": len(account.val_texts)}  # fmt: skip


class Corpus:
    """The accounts of `users`, read from their sources, cleaned (cached) and split.

    Args:
        users: entries as in `huggingtweets.sources` (`dril`, `x:dril`, `bsky:...`, `mastodon:@u@host`, ...).
        settings: where and how the sources read (`SourceSettings`).
        cleaning: `CleaningOptions` (the defaults reproduce the original huggingtweets rules).
        cache_dir: where cleaned tables are cached.
        val_fraction, split_seed: the held-out share and the seed of the split (which training seeds never move).
        min_tweets: the fewest kept tweets an account needs.
        source: one `Source` for every (plain) handle instead of `settings`, e.g. a custom one in a notebook.
    """

    def __init__(
        self,
        users: Sequence[str] | str,
        settings: SourceSettings,
        cleaning: CleaningOptions | None = None,
        cache_dir: str | Path = ".cache/huggingtweets",
        val_fraction: float = 0.1,
        min_tweets: int = 10,
        split_seed: int = 0,
        source: Source | None = None,
    ):
        self.specs = parse_users(users)
        if not 0 < val_fraction < 1:
            raise UserError(f"data.val_fraction={val_fraction} must lie between 0 and 1 (e.g. 0.1)")
        if min_tweets < 2:
            raise UserError(f"data.min_tweets={min_tweets}: each user needs at least 2 (one to train, one to validate)")
        self.settings, self.cleaning = settings, cleaning or CleaningOptions()
        self.cache_dir, self.source = Path(cache_dir).expanduser(), source
        self.val_fraction, self.min_tweets, self.split_seed = val_fraction, min_tweets, split_seed
        self._accounts: list[UserTweets] | None = None
        self._pinned: dict[str, str] = {}

    def cleaned_keys(self) -> list[tuple[str, str]]:
        """(entry, cache key) of each account's cleaned tweets: what names the data a run trains on."""
        return [(spec.label, account.cache_key) for spec, account in zip(self.specs, self.accounts, strict=True)]

    def pin(self, keys: Sequence[Sequence[str]]) -> bool:
        """Read the accounts from these cleaned cache entries (`cleaned_keys` of an earlier run) without asking their
        sources for newer posts; False, pinning nothing, when one of them is no longer in the cache."""
        pinned = {label: key for label, key in keys}
        if self._accounts is not None or set(pinned) != {spec.label for spec in self.specs}:
            return False
        if not all((self._cleaned_path(spec, pinned[spec.label]) / "meta.json").exists() for spec in self.specs):
            return False
        self._pinned = pinned
        return True

    @property
    def name(self) -> str:
        return model_name(self.specs)

    @property
    def accounts(self) -> list[UserTweets]:
        """Every account's cleaned tweets and counts, downloading and cleaning on first use (then from cache)."""
        if self._accounts is None:
            accounts = [self._clean_user(spec) for spec in self.specs]
            split = split_texts([a.texts for a in accounts], self.val_fraction, self.split_seed)
            for account, (train, val) in zip(accounts, split, strict=True):
                account.train_texts = [account.texts[i] for i in train]
                account.val_texts = [account.texts[i] for i in val]
                if not train or not val:
                    raise UserError(f"user '{account.handle}' shares every text with other users; it cannot be split")
            self._accounts = accounts
        return self._accounts

    @property
    def train_texts(self) -> list[str]:
        return [t for account in self.accounts for t in account.train_texts]

    def raw_posts(self, account: UserTweets) -> list[dict]:
        """`account`'s posts as its source holds them on disk, before cleaning (no download)."""
        spec = self.specs[self.accounts.index(account)]
        source = self.source or open_source(spec, self.settings)
        return [asdict(post) for post in source.load(spec.handle).posts]

    def fingerprint(self) -> str:
        """A digest of every kept tweet of every account (which side of the split included): the data's identity."""
        kept = sorted((a.slug, t) for a in self.accounts for t in a.texts)
        return hashlib.sha256(json.dumps(kept).encode()).hexdigest()[:16]

    def split_identity(self) -> dict:
        """What names the held-out set: how it was drawn, and a digest of what it holds."""
        held = sorted((a.slug, t.casefold()) for a in self.accounts for t in a.val_texts)
        return {
            "method": "held out when sha256(split_seed, casefolded text) / 2**64 < val_fraction, one per user at least",
            "split_seed": self.split_seed,
            "val_fraction": self.val_fraction,
            "val_tweets": len(held),
            "val_digest": hashlib.sha256(json.dumps(held).encode()).hexdigest()[:16],
        }

    def _cleaned_path(self, spec: UserSpec, key: str) -> Path:
        return self.cache_dir / "cleaned" / f"{spec.platform or 'local'}-{spec.slug}-{key}"

    def _clean_user(self, spec: UserSpec) -> UserTweets:
        handle = spec.handle
        if spec.label in self._pinned:  # a resumed run: the posts it started with, not newer ones
            key = self._pinned[spec.label]
        else:
            source = self.source or open_source(spec, self.settings)
            source.prepare(handle)
            key = digest(CACHE_VERSION, _CLEANING_CODE, spec.label, source.fingerprint(handle), asdict(self.cleaning))
        path = self._cleaned_path(spec, key)
        if not (path / "meta.json").exists():
            account = source.load(handle)
            cleaned = clean_posts(account.posts, self.cleaning)
            meta = {"display_name": account.display_name, "avatar_url": account.avatar_url}
            meta["counts"] = cleaned.counts.as_dict()
            # (datasets cannot read an empty table back: an account with nothing kept stores its counts only)
            table = datasets.Dataset.from_dict({"text": cleaned.texts, "id": cleaned.ids}) if cleaned.texts else None
            save_atomically(table, path, meta)
            log.info("cleaned %s: %s", spec.label, meta["counts"])
        meta = json.loads((path / "meta.json").read_text())
        table = datasets.load_from_disk(str(path / "data")) if (path / "data").exists() else {"text": [], "id": []}
        tweets = UserTweets(
            handle, meta["display_name"], meta["counts"], list(table["text"]), list(table["id"]), meta["avatar_url"],
            key, spec.slug, spec.platform,
        )  # fmt: skip
        if len(tweets.texts) < self.min_tweets:
            counts = tweets.counts
            raise UserError(
                f"user '{handle}' has {counts['kept']} tweets left after cleaning ({counts['downloaded']} read, "
                f"{counts['retweets']} retweets, {counts['short']} short); at least {self.min_tweets} are needed "
                "(data.min_tweets)"
            )
        if len({t.casefold() for t in tweets.texts}) < 2:
            raise UserError(f"user '{handle}' has only one distinct tweet text; nothing can be held out for validation")
        return tweets
