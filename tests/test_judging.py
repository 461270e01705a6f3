"""The measures of how samples read can fail in the right direction: real against real held-out text looks alike,
real against its characters shuffled does not, and accounts that write differently are told apart."""

import random

import pytest
import torch

from huggingtweets.corpus import build_corpus
from huggingtweets.demo import ACCOUNTS, DEMO_DIR
from huggingtweets.judging import attribution, discriminator, distinct, features, judge, lengths, mauve
from huggingtweets.model import load_causal_lm
from huggingtweets.tokenizer import train_tokenizer


@pytest.fixture(scope="module")
def accounts(tmp_path_factory):
    corpus = build_corpus(list(ACCOUNTS), archive_dir=str(DEMO_DIR), cache_dir=tmp_path_factory.mktemp("cache"))
    return corpus.accounts


@pytest.fixture(scope="module")
def halves(accounts):
    """One account's tweets in two random halves: the same writer on both sides."""
    texts = list(accounts[0].texts)
    random.Random(0).shuffle(texts)
    return texts[: len(texts) // 2], texts[len(texts) // 2 :]


def shuffled(text: str, rng: random.Random) -> str:
    chars = list(text)
    rng.shuffle(chars)
    return "".join(chars)


@pytest.fixture(scope="module")
def featurize(accounts):
    torch.manual_seed(0)
    tokenizer = train_tokenizer([t for a in accounts for t in a.train_texts], vocab_size=600)
    model = load_causal_lm(tokenizer, architecture={"model_type": "gpt2", "n_layer": 2, "n_head": 4, "n_embd": 64})
    return lambda texts: features(model, tokenizer, texts)


def test_real_against_real_looks_alike_and_against_shuffled_text_does_not(halves, featurize):
    a, b = halves
    rng = random.Random(0)
    noise = [shuffled(t, rng) for t in b]
    alike, apart = discriminator(a, b), discriminator(a, noise)
    assert 0.35 < alike["accuracy"] < 0.65 and alike["seeds"] == 5 and alike["spread"] < 0.1
    assert apart["accuracy"] > 0.95
    same, different = mauve(featurize(a), featurize(b)), mauve(featurize(a), featurize(noise))
    assert same > 0.8 and different < 0.2, (same, different)


def test_diversity_and_length_see_repetition(halves):
    a, _ = halves
    repeated = [a[0]] * len(a)
    assert distinct(repeated, 1) < distinct(a, 1) / 3 and distinct(repeated, 2) < distinct(a, 2) / 3
    assert lengths(a)["median"] == lengths(a + a)["median"] and lengths(["one two three"])["mean"] == 3


def test_attribution_tells_accounts_that_write_differently_apart(accounts):
    train = {a.handle: a.train_texts for a in accounts}
    held_out = {a.handle: a.val_texts for a in accounts}
    as_written = [(a.handle, t) for a in accounts for t in a.val_texts]  # real tweets, named by their writer
    result = attribution(train, held_out, as_written)
    assert result["chance"] == pytest.approx(1 / 3) and result["held_out"] > 0.8
    assert result["samples"] == result["held_out"]
    misnamed = [(accounts[(i + 1) % 3].handle, t) for i, a in enumerate(accounts) for t in a.val_texts]
    assert attribution(train, held_out, misnamed)["samples"] < 0.2  # written as one account, reads as another


def test_judge_gathers_every_measure(accounts, featurize):
    samples = [(a.handle, t) for a in accounts for t in a.train_texts[:40]]
    real = {a.handle: a.val_texts for a in accounts}
    train = {a.handle: a.train_texts for a in accounts}
    model_free = judge(samples, real, train)
    assert model_free["samples"] == 120 and "mauve" not in model_free and "attribution" in model_free
    assert set(model_free["distinct"]) == {"samples", "real"} and model_free["words_per_tweet"]["real"]["median"] > 3
