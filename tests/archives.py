"""Writers of X account-archive exports, as X lays them out: the tests' fixtures and the demo data's format."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Sequence
from pathlib import Path


def ytd(name: str, records: list) -> str:
    """An archive `.js` file: `window.YTD.<name> = [...]`."""
    return f"window.YTD.{name} = " + json.dumps(records, indent=2, ensure_ascii=False)


def tweet_record(text: str, index: int, **fields: str) -> dict:
    """One archive record as X writes it: every number a string, `retweeted` false even for retweets."""
    tweet_id = str(1_300_000_000_000_000_000 + index * 7919)
    return {
        "tweet": {
            "retweeted": False,
            "id_str": tweet_id,
            "id": tweet_id,
            "full_text": text,
            "lang": "en",
            **fields,
        }
    }


def write_archive(folder: Path, handle: str, display_name: str, records: Sequence[dict], layout: str = "zip") -> Path:
    """Write an export under `folder`: `zip` (as downloaded), `folder` (unzipped), `parts` (tweets.js +
    tweets-part1.js), `old` (the older `tweet.js` naming) or `bare` (a lone tweets.js, no account.js)."""
    half = len(records) // 2
    files = {
        "data/account.js": ytd("account.part0", [{"account": {"username": handle, "accountDisplayName": display_name}}])
    }
    if layout == "parts":
        files |= {
            "data/tweets.js": ytd("tweets.part0", records[:half]),
            "data/tweets-part1.js": ytd("tweets.part1", records[half:]),
        }
    elif layout == "old":
        files["data/tweet.js"] = ytd("tweet.part0", records)
    elif layout == "bare":
        files = {"tweets.js": ytd("tweets.part0", records)}
    else:
        files["data/tweets.js"] = ytd("tweets.part0", records)
    folder.mkdir(parents=True, exist_ok=True)
    if layout == "zip":
        path = folder / f"twitter-archive-{handle}.zip"
        with zipfile.ZipFile(path, "w") as archive:
            for name, text in files.items():
                archive.writestr(zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0)), text, zipfile.ZIP_DEFLATED)
        return path
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder
