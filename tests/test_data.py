"""TweetDataModule: per-user caching, the deterministic split, EOS-wrapped packing, and the data it serves."""

import json

import pytest

import huggingtweets.corpus as corpus_module
from huggingtweets.corpus import model_name, split_indices
from huggingtweets.data import TweetDataModule, pack_blocks
from huggingtweets.demo import write_archive
from huggingtweets.errors import UserError
from huggingtweets.tokenizer import train_tokenizer

from .conftest import records

EOS = 0


def test_model_name_sorts_and_joins_handles():
    assert model_name(["horse_ebooks", "@dril", "fart"]) == "dril-fart-horse_ebooks"


@pytest.mark.parametrize(("n", "n_val"), [(2, 1), (5, 1), (10, 1), (20, 2), (101, 10), (1000, 100)])
def test_split_holds_out_ten_percent_and_at_least_one(n, n_val):
    train, val = split_indices([str(i) for i in range(n)], 0.1, seed=1)
    assert len(val) == n_val and sorted(train + val) == list(range(n))


@pytest.mark.parametrize("seed", range(40))
def test_repeated_items_never_straddle_the_split(seed):
    keys = ["gm everyone out there"] * 5 + [f"unique {i}" for i in range(15)] + ["lol same"] * 3
    train, val = split_indices(keys, 0.1, seed)
    assert val and train and not {keys[i] for i in train} & {keys[i] for i in val}


def test_a_user_with_one_distinct_text_cannot_be_validated(tmp_path):
    write_archive(tmp_path / "echo", "echo", "Echo", records(["the very same words"] * 12), "folder")
    with pytest.raises(UserError, match="only one distinct tweet text"):
        _ = TweetDataModule(["echo"], archive_dir=str(tmp_path), cache_dir=str(tmp_path / "c")).accounts


def test_handles_are_case_insensitive(archive_dir, tmp_path):
    dm = make_dm(archive_dir, tmp_path, users=["ALICE", "alice", "@Bob"])
    assert dm.name == "alice-bob" and [a.counts["downloaded"] for a in dm.accounts] == [60, 42]


def test_split_is_deterministic_and_independent_of_order():
    keys = [f"id{i}" for i in range(200)]
    _, val = split_indices(keys, 0.1, seed=7)
    _, val_reversed = split_indices(keys[::-1], 0.1, seed=7)
    assert {keys[i] for i in val} == {keys[::-1][i] for i in val_reversed}
    assert split_indices(keys, 0.1, seed=8)[1] != val


def test_packing_wraps_every_text_in_eos_and_overlaps_blocks_by_one_token():
    packed = pack_blocks([[1, 2], [3, 4, 5], [6]], EOS, block_size=4)
    # stream 0 1 2 0 3 4 5 0 6 0: blocks start every 3 tokens, each opening with the previous block's last token
    assert packed["input_ids"] == [[0, 1, 2, 0], [0, 3, 4, 5], [5, 0, 6, 0]]
    assert packed["labels"] == packed["input_ids"]


def test_packing_tail_is_masked_where_already_seen_and_short_corpus_makes_one_block():
    packed = pack_blocks([[1, 2], [3]], EOS, 3)  # stream 0 1 2 0 3 0
    assert packed["input_ids"] == [[0, 1, 2], [2, 0, 3], [0, 3, 0]]
    assert packed["labels"] == [[0, 1, 2], [2, 0, 3], [-100, -100, 0]]
    assert pack_blocks([[1, 2]], EOS, 128) == {"input_ids": [[0, 1, 2, 0]], "labels": [[0, 1, 2, 0]]}


@pytest.mark.parametrize("block_size", [2, 5, 16, 64])
def test_every_token_after_the_first_is_a_target_exactly_once(block_size):
    token_ids = [[i + 1] * (i % 7 + 1) for i in range(40)]
    packed = pack_blocks(token_ids, EOS, block_size)
    stream = [EOS] + [t for ids in token_ids for t in [*ids, EOS]]
    targets = [label for labels in packed["labels"] for label in labels[1:] if label != -100]
    assert targets == stream[1:]  # in order, none missing, none twice
    assert all(len(block) == block_size for block in packed["input_ids"])


def make_dm(archive_dir, tmp_path, users=("alice", "bob"), **kwargs):
    return TweetDataModule(list(users), archive_dir=str(archive_dir), cache_dir=str(tmp_path / "cache"), **kwargs)


def test_counts_and_split_per_user(archive_dir, tmp_path):
    alice, bob = make_dm(archive_dir, tmp_path).accounts
    assert alice.display_name == "Alice A." and bob.display_name == "Bob"
    assert alice.counts["downloaded"] == 60 and alice.counts["kept"] == 52
    assert bob.counts["downloaded"] == 42 and bob.counts["kept"] == 34
    assert (len(alice.train_texts), len(alice.val_texts)) == (47, 5)
    assert (len(bob.train_texts), len(bob.val_texts)) == (31, 3)


def test_second_run_reads_the_cache_instead_of_cleaning(archive_dir, tmp_path, monkeypatch):
    first = make_dm(archive_dir, tmp_path).accounts

    def fail(*args, **kwargs):
        raise AssertionError("cleaned again despite the cache")

    monkeypatch.setattr(corpus_module, "clean_posts", fail)
    second = make_dm(archive_dir, tmp_path).accounts
    assert [a.train_texts for a in second] == [a.train_texts for a in first]
    assert [a.counts for a in second] == [a.counts for a in first]
    with pytest.raises(AssertionError, match="cleaned again"):  # new options are a new key
        _ = make_dm(archive_dir, tmp_path, cleaning={"dedup": True}).accounts
    write_archive(archive_dir / "bob", "bob", "Bob", records(["new content for bob"] * 20), "parts")
    with pytest.raises(AssertionError, match="cleaned again"):  # new source content is a new key
        _ = make_dm(archive_dir, tmp_path).accounts


def test_changing_the_text_column_re_reads_the_table(tmp_path):
    rows = [{"a": f"column a says {i} things", "b": f"column b says {i} other things"} for i in range(12)]
    (tmp_path / "tab.jsonl").write_text("\n".join(json.dumps(r) for r in rows))
    first = make_dm(tmp_path, tmp_path, users=["tab"], text_column="a").accounts[0]
    second = make_dm(tmp_path, tmp_path, users=["tab"], text_column="b").accounts[0]
    assert first.texts[0].startswith("column a") and second.texts[0].startswith("column b")


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [({"min_tweets": 1}, "at least 2"), ({"block_size": 1}, "at least 2 tokens"), ({"val_fraction": 0}, "between")],
)
def test_settings_that_cannot_work_are_refused(archive_dir, tmp_path, kwargs, match):
    with pytest.raises(UserError, match=match):
        make_dm(archive_dir, tmp_path, **kwargs)


def test_too_few_tweets_and_missing_user_are_user_errors(archive_dir, tmp_path):
    with pytest.raises(UserError, match=r"user 'alice' has 52 tweets left .* at least 100"):
        _ = make_dm(archive_dir, tmp_path, min_tweets=100).accounts
    with pytest.raises(UserError, match="no posts found for user 'nosuchuser'"):
        _ = make_dm(archive_dir, tmp_path, users=["nosuchuser"]).accounts


def test_setup_serves_packed_blocks_and_caches_them(archive_dir, tmp_path):
    dm = make_dm(archive_dir, tmp_path, block_size=32, batch_size=4)
    dm.tokenizer = train_tokenizer(dm.train_texts, vocab_size=300, cache_dir=str(tmp_path / "cache"))
    dm.prepare_data()
    dm.setup("fit")
    batch = next(iter(dm.train_dataloader()))
    assert batch["input_ids"].shape == (4, 32) and batch["labels"].shape == (4, 32)
    assert dm.stats["train_tweets"] == 47 + 31 and dm.stats["val_tweets"] == 5 + 3
    val_tokens = sum(int((b["labels"][:, 1:] != -100).sum()) for b in dm.val_dataloader())
    assert val_tokens == dm.stats["val_tokens"] - 1  # every token but the opening EOS is predicted once
    decoded = dm.tokenizer.decode(dm.val_set[0]["input_ids"])
    assert decoded.startswith("<|endoftext|>") and decoded.count("<|endoftext|>") >= 2
    (blocks_dir,) = (tmp_path / "cache" / "blocks").iterdir()
    assert blocks_dir.name.startswith("alice-bob-")

    again = make_dm(archive_dir, tmp_path, block_size=32, batch_size=4)
    again.tokenizer = dm.tokenizer
    again._build_blocks = None  # a second setup must read the cached blocks, not build them
    again.setup("fit")
    assert again.val_set.with_format(None)["input_ids"] == dm.val_set.with_format(None)["input_ids"]
