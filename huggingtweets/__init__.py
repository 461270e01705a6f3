"""huggingtweets: fine-tune a causal LM on someone's posts and publish it with an honest model card."""

from importlib import import_module, metadata
from pathlib import Path

from omegaconf import OmegaConf

try:
    __version__ = metadata.version("huggingtweets")
except metadata.PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "0+unknown"

# `${demo_data_dir:}` in conf/experiment/demo.yaml: the bundled fictional accounts, wherever train.py runs from
OmegaConf.register_new_resolver("demo_data_dir", lambda: str(Path(__file__).parent / "demo_data"), replace=True)

_EXPORTS = {
    "TweetDataModule": "huggingtweets.data",
    "TweetLM": "huggingtweets.model",
    "SaveModel": "huggingtweets.callbacks",
    "ModelCard": "huggingtweets.callbacks",
    "CleaningOptions": "huggingtweets.cleaning",
    "clean_posts": "huggingtweets.cleaning",
    "Corpus": "huggingtweets.corpus",
    "LocalFiles": "huggingtweets.sources",
    "XApi": "huggingtweets.sources",
    "Bluesky": "huggingtweets.sources",
    "Mastodon": "huggingtweets.sources",
    "Post": "huggingtweets.sources",
    "Account": "huggingtweets.sources",
    "UserError": "huggingtweets.errors",
    "generate": "huggingtweets.generation",
}
__all__ = list(_EXPORTS)


def __getattr__(name: str):
    """Import on first use: `import huggingtweets` stays fast; torch and transformers load only when needed."""
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'huggingtweets' has no attribute {name!r}")
