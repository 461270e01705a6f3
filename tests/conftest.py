"""Shared fixtures: archives the tests write themselves, and the real config composed with Hydra's compose API."""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

for key, value in {"HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1", "WANDB_MODE": "offline"}.items():
    os.environ.setdefault(key, value)
# an empty Hugging Face cache: no test may pass or fail because a model happens to be cached on this machine
os.environ["HF_HOME"] = tempfile.mkdtemp(prefix="huggingtweets-test-hf-")

import pytest  # noqa: E402
from hydra import compose, initialize_config_dir  # noqa: E402

from .archives import tweet_record, write_archive  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]

# An account whose cleaning arithmetic is known: 3 retweets, 5 short, 4 kept of 12 (plus filler, all kept).
RETWEETS = [
    "RT @alice: this whole thread is great",
    "RT @bob_99: https://t.co/abc worth reading today",
    "RT @carol: short",
]
SHORT = [
    "",  # media-only tweet: empty text
    "lol",
    "https://t.co/onlyalink",
    "@friend #tag two words",  # 2 real words
    "#one #two @three https://t.co/x ok",
]
KEPT = [
    "fish &amp; chips &lt;3 tonight",
    "great point RT @dan: agreed totally",  # RT in the middle is not a retweet
    "look at https://t.co/xyz this lovely dog",
    "three whole words",
]
FILLER = [f"my favourite number today is {n} and {w} agrees" for n, w in zip(range(48), "abcdefgh" * 6, strict=True)]


def records(texts):
    return [tweet_record(text, i, favorite_count=str(i)) for i, text in enumerate(texts)]


def account_texts(extra: int = 48) -> list[str]:
    return RETWEETS + SHORT + KEPT + FILLER[:extra]


@pytest.fixture
def archive_dir(tmp_path) -> Path:
    """Two users: `alice` as a downloaded zip (display name "Alice A."), `bob` as an unzipped split export."""
    root = tmp_path / "archives"
    write_archive(root / "alice", "alice", "Alice A.", records(account_texts()), "zip")
    write_archive(root / "bob", "bob", "Bob", records(account_texts(30)), "parts")
    return root


def compose_train(*overrides: str):
    """conf/train.yaml composed with these overrides, as `python train.py OVERRIDES` would see it."""
    with initialize_config_dir(config_dir=str(ROOT / "conf"), version_base="1.3"):
        return compose("train", overrides=list(overrides))


@pytest.fixture
def compose_cfg(tmp_path, archive_dir):
    """The real train config, pointed at the fixture archives and a temporary root."""

    def make(*overrides: str):
        return compose_train(
            "users=[alice,bob]",
            f"paths.root_dir={tmp_path}",
            f"paths.output_dir={tmp_path}/out",
            f"data.archive_dir={archive_dir}",
            *overrides,
        )

    return make


# Keys a user has in the environment while training; none may reach a file the run writes (config, logs, W&B, card).
SECRETS = {
    "HF_TOKEN": "hf_fake-token-for-tests-only",
    "X_BEARER_TOKEN": "AAAAbearer-secret-for-tests",
    "WANDB_API_KEY": "0123456789abcdef0123456789abcdef01234567",
}


def run_cli(root, archive_dir, *args: str, env_extra=None, script="train.py") -> subprocess.CompletedProcess:
    """`python train.py ARGS` (or another script) from `root`, reading `archive_dir`, writing under `root`."""
    env = os.environ | {"HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1", "WANDB_MODE": "offline"}
    env.pop("WANDB_API_KEY", None)
    env |= env_extra or {}
    flags, overrides = [a for a in args if a.startswith("-")], [a for a in args if not a.startswith("-")]
    return subprocess.run(
        [
            sys.executable,
            str(ROOT / script),
            *flags,
            f"data.archive_dir={archive_dir}",
            f"paths.root_dir={root}",
            *overrides,
        ],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


TINY = ["model=tiny", "model.tokenizer.vocab_size=400", "data.block_size=32"]  # seconds per run on a CPU
