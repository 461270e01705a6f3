"""Several accounts in one model: balancing, the account marker, generating as an account, the conditioning table."""

import json
import random
import re

import pytest

from huggingtweets.data import TweetDataModule, balance, repeat
from huggingtweets.errors import UserError
from huggingtweets.generation import generate
from huggingtweets.tokenizer import given_tokens, train_tokenizer, user_prefix

from .archives import write_archive
from .conftest import TINY, records


def test_upsampling_repeats_whole_tweets_up_to_the_largest_accounts_characters():
    lengths = {"big": [50] * 40, "mid": [30, 70, 20] * 5, "small": [11, 13, 17]}
    totals = [sum(v) for v in lengths.values()]
    targets = balance(totals, "upsample")
    assert targets == [2000, 2000, 2000]
    rng = random.Random(0)
    for sizes, target in zip(lengths.values(), targets, strict=True):
        chosen = repeat(sizes, target, rng)
        reached = sum(sizes[i] for i in chosen)
        assert target <= reached < target + max(sizes)  # up to the target, whole tweets only
        counts = [chosen.count(i) for i in range(len(sizes))]
        assert max(counts) - min(counts) <= 1  # every tweet repeated as evenly as whole copies allow
    assert repeat(lengths["big"], 2000, rng) == list(range(40))  # the largest account: each tweet once


def test_temperature_sampling_proportions_keep_the_epoch_size():
    totals = [1000, 100, 10]
    targets = balance(totals, "temperature", temperature=0.5)
    assert sum(targets) == pytest.approx(1110)
    shares = [t / sum(targets) for t in targets]
    expected = [n**0.5 / sum(m**0.5 for m in totals) for n in totals]
    assert shares == pytest.approx(expected)
    assert balance(totals, "temperature", temperature=1.0) == pytest.approx(totals)  # T=1: as they are
    chosen = repeat([1] * 1000, targets[0], random.Random(0))
    assert len(chosen) == round(targets[0]) and len(set(chosen)) == len(chosen)  # a subset, no repeats


@pytest.fixture
def three_accounts(tmp_path):
    root = tmp_path / "archives"
    themes = {
        "ann": "the cat sat on the mat {}",
        "ben": "rockets fly to mars at night {}",
        "cat": "soup is hot today {}",
    }
    for i, (handle, template) in enumerate(themes.items()):
        texts = [template.format(f"number {n} of {handle}") for n in range(20 * (i + 1))]
        write_archive(root / handle, handle, handle.title(), records(texts), "folder")
    return root


def make(root, tmp_path, **kwargs):
    dm = TweetDataModule(["ann", "ben", "cat"], archive_dir=str(root), cache_dir=str(tmp_path / "cache"), **kwargs)
    dm.tokenizer = train_tokenizer(dm.train_texts, vocab_size=300)
    dm.setup("fit")
    return dm


def test_balancing_leaves_validation_alone_and_counts_each_accounts_tokens(three_accounts, tmp_path):
    pooled, upsampled = make(three_accounts, tmp_path), make(three_accounts, tmp_path, balance="upsample")
    assert upsampled.val_set["input_ids"] == pooled.val_set["input_ids"]
    tokens, plain = upsampled.stats["train_tokens_by_user"], pooled.stats["train_tokens_by_user"]
    assert plain["ann"] < plain["ben"] < plain["cat"]
    assert tokens["cat"] == plain["cat"] and tokens["ann"] > 2 * plain["ann"]


def test_the_account_marker_is_given_not_predicted(three_accounts, tmp_path):
    dm = make(three_accounts, tmp_path, conditioning="user")
    batch = next(iter(dm.all_val_batches()))
    handle = dm.accounts[batch["user"][0]].handle
    given = given_tokens(dm.tokenizer, user_prefix(handle))
    first = batch["input_ids"][0].tolist()
    assert dm.tokenizer.decode(first[:given]) == f"<|endoftext|>@{handle}:\n"
    assert (batch["labels"][0, :given] == -100).all() and (batch["labels"][0, given] != -100)


@pytest.mark.slow
def test_a_conditioned_model_writes_as_each_account_and_its_table_has_the_diagonal_lowest(compose_cfg, tmp_path):
    from transformers import pipeline

    from huggingtweets.train import train

    demo = ["users=[bluebird_bot,gardenista,lunar_larry]", "data.archive_dir=${demo_data_dir:}", "~logger"]
    cfg = compose_cfg(*TINY, *demo, "model.conditioning=user", "data.balance=upsample", "trainer.max_epochs=4")
    train(cfg)
    model_dir = tmp_path / "models" / "bluebird_bot-gardenista-lunar_larry"
    accounts = json.loads((model_dir / "accounts.json").read_text())
    assert accounts["conditioning"] == "user" and accounts["accounts"] == ["bluebird_bot", "gardenista", "lunar_larry"]
    card = (model_dir / "README.md").read_text()
    table = re.search(r"\| Written by / told as .*?(?:\n\n|\Z)", card, re.S).group(0).strip().splitlines()[2:]
    assert len(table) == 3
    for i, row in enumerate(table):
        cells = row.strip("| ").split(" | ")[1:]
        assert cells[i].startswith("**"), row  # each account's tweets are likeliest told their own author
    assert card.count("> **@gardenista:**") >= 2 and "Per account (per-tweet perplexity)" in card
    assert "repeating the smaller accounts' tweets" in card

    as_larry = generate(model_dir, "the moon is", user="lunar_larry", n=3, seed=1)
    assert [s.user for s in as_larry] == ["lunar_larry"] * 3 and all(s.text.startswith("the moon is") for s in as_larry)
    assert generate(model_dir, "the moon is", user="lunar_larry", n=3, seed=1) == as_larry  # seeded
    picked = generate(model_dir, n=2, seed=3)
    assert picked[0].user in accounts["accounts"] and picked[0].user == picked[1].user
    mixed = generate(model_dir, n=40, seed=0, user={"gardenista": 3, "lunar_larry": 1})
    assert {s.user for s in mixed} == {"gardenista", "lunar_larry"}
    assert sum(s.user == "gardenista" for s in mixed) > sum(s.user == "lunar_larry" for s in mixed)
    with pytest.raises(UserError, match="does not know dril; it writes as: bluebird_bot, gardenista, lunar_larry"):
        generate(model_dir, user="dril")
    [out] = pipeline("text-generation", model=str(model_dir))(user_prefix("gardenista") + "hot tip:", max_new_tokens=8)
    assert out["generated_text"].startswith("@gardenista:\nhot tip:")


def test_one_conditioned_account_reads_its_marker_everywhere(compose_cfg, tmp_path):
    """A model of one account trained with its marker (the `model=smollm2` recipe): written as that account without
    being asked, and its card says to begin a prompt with the marker and gives one that does."""
    from huggingtweets.train import train

    cfg = compose_cfg(*TINY, "users=[alice]", "~logger", "model.conditioning=user", "trainer.max_steps=2",
                      "export.card.copy_samples=4")  # fmt: skip
    train(cfg)
    model_dir = tmp_path / "models" / "alice"
    assert json.loads((model_dir / "accounts.json").read_text())["conditioning"] == "user"
    card = (model_dir / "README.md").read_text()
    assert "begin every prompt with one" in card and "`@alice:` and a line break" in card
    assert "generator('@alice:\\nMy dream is'" in card and "start and account markers included" in card
    assert "Written by / told as" not in card  # no table of accounts for one account
    assert [s.user for s in generate(model_dir, "my", n=2, seed=0)] == ["alice", "alice"]


def test_an_unconditioned_model_refuses_a_user(tmp_path, archive_dir):
    from huggingtweets.generation import pick_users

    with pytest.raises(UserError, match="not trained to write as one account"):
        pick_users({"conditioning": "none", "accounts": ["alice"]}, "alice", 1, random.Random(0))
    assert pick_users({"conditioning": "none", "accounts": ["alice"]}, None, 2, random.Random(0)) == [None, None]
