"""TweetDataModule: per-user caching, the split over all users, per-tweet encoding, packing, and what it serves."""

import json

import pytest
import torch

import huggingtweets.corpus as corpus_module
from huggingtweets.corpus import model_name, split_texts
from huggingtweets.data import TweetBatches, TweetDataModule, pack_stream, pack_tweets
from huggingtweets.errors import UserError
from huggingtweets.tokenizer import train_tokenizer

from .archives import write_archive
from .conftest import records

EOS = 0


def test_model_name_sorts_and_joins_handles():
    assert model_name(["horse_ebooks", "@dril", "fart"]) == "dril-fart-horse_ebooks"


def held_out(texts_per_account, seed=0, fraction=0.1):
    return [
        {texts[i] for i in val}
        for texts, (_, val) in zip(texts_per_account, split_texts(texts_per_account, fraction, seed), strict=True)
    ]


def test_the_split_holds_out_about_the_fraction_and_each_account_gets_both_sides():
    accounts = [[f"a{i}" for i in range(1000)], [f"b{i}" for i in range(12)], ["c0", "c1"]]
    result = split_texts(accounts, 0.1, split_seed=3)
    assert 70 <= len(result[0][1]) <= 130
    for texts, (train, val) in zip(accounts, result, strict=True):
        assert train and val and sorted(train + val) == list(range(len(texts)))


@pytest.mark.parametrize("seed", range(20))
def test_a_text_is_never_on_both_sides_even_across_accounts(seed):
    shared = [f"gm everyone number {i}" for i in range(30)]
    one = shared + [f"only one {i}" for i in range(40)] + ["Lol Same"] * 3
    two = shared[::-1] + [f"only two {i}" for i in range(25)] + ["lol same"]
    (train1, val1), (train2, val2) = split_texts([one, two], 0.1, seed)
    train = {one[i].casefold() for i in train1} | {two[i].casefold() for i in train2}
    val = {one[i].casefold() for i in val1} | {two[i].casefold() for i in val2}
    assert val and not train & val


def test_the_split_is_stable_as_posts_arrive_and_moves_with_its_own_seed_only():
    old = [f"post {i}" for i in range(500)]
    [before] = held_out([old])
    [after] = held_out([old + [f"new post {i}" for i in range(200)]])
    assert before == after & set(old)  # no old post changed sides
    assert held_out([old], seed=1)[0] != before


def test_training_seeds_do_not_move_the_validation_set(archive_dir, tmp_path):
    from .conftest import compose_train

    vals = []
    for seed in (42, 43):
        cfg = compose_train("users=[alice,bob]", f"seed={seed}", f"data.archive_dir={archive_dir}",
                            f"paths.root_dir={tmp_path}")  # fmt: skip
        assert "seed" not in cfg.data
        vals.append([a.val_texts for a in make_dm(archive_dir, tmp_path, split_seed=cfg.data.split_seed).accounts])
    assert vals[0] == vals[1]
    assert [a.val_texts for a in make_dm(archive_dir, tmp_path, split_seed=5).accounts] != vals[0]


def test_a_user_with_one_distinct_text_cannot_be_validated(tmp_path):
    write_archive(tmp_path / "echo", "echo", "Echo", records(["the very same words"] * 12), "folder")
    with pytest.raises(UserError, match="only one distinct tweet text"):
        _ = TweetDataModule(["echo"], archive_dir=str(tmp_path), cache_dir=str(tmp_path / "c")).accounts


def test_handles_are_case_insensitive(archive_dir, tmp_path):
    dm = make_dm(archive_dir, tmp_path, users=["ALICE", "alice", "@Bob"])
    assert dm.name == "alice-bob" and [a.counts["downloaded"] for a in dm.accounts] == [60, 42]


def test_stream_packing_joins_tweets_and_overlaps_blocks_by_one_token():
    samples = [[EOS, 1, 2, EOS], [EOS, 3, 4, 5, EOS], [EOS, 6, EOS]]
    packed = pack_stream(samples, block_size=4)
    # stream 0 1 2 0 3 4 5 0 6 0: blocks start every 3 tokens, each opening with the previous block's last token
    assert packed["input_ids"] == [[0, 1, 2, 0], [0, 3, 4, 5], [5, 0, 6, 0]]
    assert packed["labels"] == packed["input_ids"]
    tail = pack_stream([[EOS, 1, 2, EOS], [EOS, 3, EOS]], 3)  # stream 0 1 2 0 3 0
    assert tail["input_ids"] == [[0, 1, 2], [2, 0, 3], [0, 3, 0]]
    assert tail["labels"] == [[0, 1, 2], [2, 0, 3], [-100, -100, 0]]
    assert pack_stream([[EOS, 1, 2, EOS]], 128) == {"input_ids": [[0, 1, 2, 0]], "labels": [[0, 1, 2, 0]]}
    assert pack_stream([[9, 1, EOS], [9, 2, EOS]], 8)["input_ids"] == [[9, 1, EOS, 9, 2, EOS]]  # BOS != EOS: kept


@pytest.mark.parametrize("block_size", [2, 5, 16, 64])
def test_stream_packing_makes_every_token_after_the_first_a_target_exactly_once(block_size):
    samples = [[EOS, *[i + 1] * (i % 7 + 1), EOS] for i in range(40)]
    packed = pack_stream(samples, block_size)
    stream = [EOS] + [t for sample in samples for t in sample[1:]]
    targets = [label for labels in packed["labels"] for label in labels[1:] if label != -100]
    assert targets == stream[1:]  # in order, none missing, none twice
    assert all(len(block) == block_size for block in packed["input_ids"])


def test_tweet_packing_keeps_tweets_whole_and_restarts_positions():
    samples = [[EOS, *[i + 1] * (i % 9 + 1), EOS] for i in range(50)]
    packed = pack_tweets(samples, block_size=16, pad_id=99)
    assert all(len(row) == 16 for key in packed for row in packed[key])
    found = []
    for ids, labels, positions in zip(packed["input_ids"], packed["labels"], packed["position_ids"], strict=True):
        starts = [i for i, p in enumerate(positions) if p == 0] + [16]
        for start, end in zip(starts, starts[1:], strict=False):
            piece = ids[start:end]
            if piece[0] == 99:
                assert set(piece) == {99} and set(labels[start:end]) == {-100}  # the padding
                continue
            found.append(piece)
            assert positions[start:end] == list(range(end - start))
            assert labels[start:end] == [-100, *piece[1:]]  # the start marker is no target
    assert sorted(found) == sorted(samples)  # every tweet once, whole
    padding = sum(row.count(99) for row in packed["input_ids"])
    assert padding < 16 * 2  # best fit: less than two rows' worth of padding


def test_validation_batches_hold_each_tweet_alone_and_shard_without_duplicates():
    import datasets

    rows = [{"input_ids": [EOS, *range(1, n + 1), EOS], "user": n % 2, "bytes": n} for n in range(1, 30)]
    table = datasets.Dataset.from_list(rows)
    whole = list(TweetBatches(table, pad_id=99, tokens=64))
    assert all(b["input_ids"].numel() <= 64 or len(b["input_ids"]) == 1 for b in whole)
    seen = sorted(b["bytes"][i].item() for b in whole for i in range(len(b["bytes"])))
    assert seen == list(range(1, 30))
    batch = whole[0]
    assert (batch["labels"][:, 0] == -100).all() and ((batch["labels"] == -100) | (batch["attention_mask"] == 1)).all()
    shards = [list(TweetBatches(table, 99, 64, rank=r, world_size=3)) for r in range(3)]
    assert len({len(shard) for shard in shards}) == 1  # the same number of forward passes in every process
    scored = [(b["bytes"][i].item(), b["labels"][i]) for shard in shards for b in shard for i in range(len(b["bytes"]))]
    assert sorted(n for n, labels in scored if (labels != -100).any()) == seen  # every tweet once, none twice
    assert all(n == 0 for n, labels in scored if not (labels != -100).any())  # the padding counts for nothing
    assert isinstance(batch["input_ids"], torch.Tensor)


def make_dm(archive_dir, tmp_path, users=("alice", "bob"), **kwargs):
    return TweetDataModule(list(users), archive_dir=str(archive_dir), cache_dir=str(tmp_path / "cache"), **kwargs)


def test_counts_and_split_per_user(archive_dir, tmp_path):
    alice, bob = make_dm(archive_dir, tmp_path).accounts
    assert alice.display_name == "Alice A." and bob.display_name == "Bob"
    assert alice.counts["downloaded"] == 60 and alice.counts["kept"] == 52
    assert bob.counts["downloaded"] == 42 and bob.counts["kept"] == 34
    for account in (alice, bob):
        assert len(account.train_texts) + len(account.val_texts) == len(account.texts) and account.val_texts


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


@pytest.mark.parametrize("packing", ["tweets", "stream"])
def test_setup_serves_packed_rows_and_per_tweet_validation_and_caches_them(archive_dir, tmp_path, packing):
    dm = make_dm(archive_dir, tmp_path, block_size=32, batch_size=4, packing=packing)
    dm.tokenizer = train_tokenizer(dm.train_texts, vocab_size=300, cache_dir=str(tmp_path / "cache"))
    dm.prepare_data()
    dm.setup("fit")
    batch = next(iter(dm.train_dataloader()))
    assert batch["input_ids"].shape == (4, 32) and batch["labels"].shape == (4, 32)
    assert ("position_ids" in batch) == (packing == "tweets")
    accounts = dm.accounts
    assert dm.stats["train_tweets"] == sum(len(a.train_texts) for a in accounts)
    assert dm.stats["val_tweets"] == sum(len(a.val_texts) for a in accounts)
    val_tokens = sum(int((b["labels"][:, 1:] != -100).sum()) for b in dm.val_dataloader())
    assert val_tokens == dm.stats["val_tokens"]  # every token of every held-out tweet but its start marker
    assert sum(int(b["bytes"].sum()) for b in dm.val_dataloader()) == sum(
        len(t.encode()) for a in accounts for t in a.val_texts
    )
    decoded = dm.tokenizer.decode(dm.val_set[0]["input_ids"])
    assert decoded.startswith("<|endoftext|>") and decoded.count("<|endoftext|>") == 2  # one tweet alone
    (blocks_dir,) = (tmp_path / "cache" / "blocks").iterdir()
    assert blocks_dir.name.startswith("alice-bob-")

    again = make_dm(archive_dir, tmp_path, block_size=32, batch_size=4, packing=packing)
    again.tokenizer = dm.tokenizer
    again._build_blocks = None  # a second setup must read the cached blocks, not build them
    again.setup("fit")
    assert again.val_set.with_format(None)["input_ids"] == dm.val_set.with_format(None)["input_ids"]


def test_an_account_the_threshold_misses_gives_up_one_text_until_a_new_post_is_held_out():
    from huggingtweets.corpus import hash_fraction

    old = ["one", "two"]
    [(_, val)] = split_texts([old], 0.01, split_seed=0)
    assert [old[i] for i in val] == [min(old, key=lambda t: hash_fraction(t, 0))]  # given up: the lowest hash
    newcomer = next(f"new {i}" for i in range(10**5) if hash_fraction(f"new {i}", 0) < 0.01)
    [(_, val)] = split_texts([[*old, newcomer]], 0.01, split_seed=0)
    assert [([*old, newcomer])[i] for i in val] == [newcomer]  # the threshold's own pick; the old text trains again
