"""Bad inputs, as a user's exports, APIs and typos deliver them, through the real entry point (`train.main`):
each ends in one line `error: ...` on stderr naming the input and the fix, exit status 1, no traceback and nothing
half-written, or (where skipping is right) in posts counted in the card's table."""

from __future__ import annotations

import csv
import json
import re
import zipfile
from pathlib import Path

import pytest

from huggingtweets.corpus import build_corpus
from huggingtweets.train import main

from ..archives import write_archive, ytd
from ..conftest import TINY, compose_train, records
from ..fakes import FakeX, Fault, XAccount, x_tweet

GOOD = [f"my favourite number today is {n} and it is fine" for n in range(30)]
TOKEN = "bearer-for-the-hardening-fake"


def folder(texts=GOOD, layout="folder"):
    """An X archive of `alice` under the archive folder, in one of demo.write_archive's layouts."""
    return lambda root: write_archive(root / "alice", "alice", "Alice", records(texts), layout) and None


def tweets_js(content: bytes | str):
    def write(root):
        (root / "alice").mkdir(parents=True)
        data = content if isinstance(content, bytes) else content.encode()
        (root / "alice" / "tweets.js").write_bytes(data)

    return write


def file_named(name: str, content: bytes | str):
    def write(root):
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode())

    return write


def zip_cut_in_half(root):
    path = write_archive(root / "alice", "alice", "Alice", records(GOOD), "zip")
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def zip_with_a_corrupt_member(root):
    path = root / "alice" / "export.zip"
    path.parent.mkdir(parents=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("data/tweets.js", ytd("tweets.part0", records(GOOD * 20)))
    data = bytearray(path.read_bytes())
    data[200:260] = bytes(60)  # inside the compressed tweets.js: its CRC no longer matches
    path.write_bytes(bytes(data))


def csv_rows(header: str, rows: list[str], encoding="utf-8"):
    return file_named("alice.csv", (header + "\n" + "\n".join(rows) + "\n").encode(encoding))


def nothing(root):
    return None


PLAIN = ["users=[alice]"]
# (case id, what to write under the archive folder, overrides, the error line expected)
FAILURES = [
    # archives
    ("zip-cut-in-half", zip_cut_in_half, PLAIN, r"alice.zip is not a readable zip file; download the X archive again"),
    ("zip-of-garbage", file_named("alice.zip", b"PK\x03\x04 not really"), PLAIN, r"alice.zip is not a readable zip"),
    ("zip-member-corrupt", zip_with_a_corrupt_member, PLAIN, r"export.zip:data/tweets.js could not be read .* again"),
    ("zip-empty-file", file_named("alice/x.zip", b""), PLAIN, r"is not a readable zip file"),
    ("js-object-not-list", tweets_js('window.YTD.tweets.part0 = {"tweet": {}}'), PLAIN, r"holds a dict, not a list"),
    ("js-list-of-numbers", tweets_js("window.YTD.tweets.part0 = [1, 2]"), PLAIN, r"an archive record is a int"),
    ("js-broken-json", tweets_js("window.YTD.tweets.part0 = [{"), PLAIN, r"tweets.js is not a readable X archive"),
    ("js-empty-file", tweets_js(b""), PLAIN, r"tweets.js is not a readable X archive file"),
    (
        "js-windows-1252",
        tweets_js(ytd("t", [{"tweet": {"full_text": "café crème ok"}}]).encode("cp1252")),
        PLAIN,
        r"tweets.js is not UTF-8 text \(byte \d+ is 0xe9; Windows-1252 .*re-save it as UTF-8",
    ),
    (
        "js-mac-roman",
        tweets_js(ytd("t", [{"tweet": {"full_text": "café crème ok"}}]).encode("mac_roman")),
        PLAIN,
        r"tweets.js is not UTF-8 text \(byte \d+ is 0x8e; .*re-save it as UTF-8",
    ),
    # tables
    ("csv-windows-1252", csv_rows("text", ["café au lait ok"], "cp1252"), PLAIN, r"alice.csv is not UTF-8 text"),
    ("csv-mac-roman", csv_rows("text", ["naïve café ok"], "mac_roman"), PLAIN, r"alice.csv is not UTF-8 text"),
    (
        "csv-text-column-renamed",
        csv_rows("id,tweet", ["1,hello there friend"]),
        PLAIN,
        r"alice.csv row 1 has no column 'text' \(it has: id, tweet\); set data.text_column",
    ),
    ("csv-empty", file_named("alice.csv", b""), PLAIN, r"user 'alice' has 0 tweets left after cleaning"),
    ("csv-header-only", csv_rows("text", []), PLAIN, r"user 'alice' has 0 tweets left after cleaning \(0 read"),
    (
        "jsonl-broken-line",
        file_named("alice.jsonl", '{"text": "ok fine words"}\n{oops\n'),
        PLAIN,
        r"alice.jsonl is not valid JSONL .*; write one JSON object per line",
    ),
    ("jsonl-not-objects", file_named("alice.jsonl", '["a", "b"]\n'), PLAIN, r"alice.jsonl row 1 has no column 'text'"),
    (
        "parquet-corrupt",
        file_named("alice.parquet", b"PAR1 garbage"),
        PLAIN,
        r"alice.parquet is not a readable Parquet",
    ),
    (
        "several-candidates",
        lambda r: [file_named(f"alice/{n}", "")(r) for n in ("a.csv", "b.jsonl")],
        PLAIN,
        r"holds several candidate files \(a.csv, b.jsonl\); keep one per user",
    ),
    # what cleaning leaves
    (
        "all-retweets",
        folder([f"RT @bob: thread part {i} is good" for i in range(40)]),
        PLAIN,
        r"user 'alice' has 0 tweets left after cleaning \(40 read, 40 retweets, 0 short\); at least 10 .*min_tweets",
    ),
    (
        "all-short",
        folder([f"lol {i}" for i in range(40)]),
        PLAIN,
        r"has 0 tweets left .*\(40 read, 0 retweets, 40 short",
    ),
    ("all-empty-or-blank", folder(["", " ", "\n\t ", "\u3000"] * 5), PLAIN, r"has 0 tweets left .*20 short"),
    ("all-links-and-mentions", folder([f"@a @b https://t.co/{i} #c" for i in range(12)]), PLAIN, r"12 short"),
    ("fewer-than-min-tweets", folder(GOOD[:9]), PLAIN, r"user 'alice' has 9 tweets left after cleaning"),
    ("one-distinct-text", folder(["the very same words"] * 20), PLAIN, r"has only one distinct tweet text"),
    # where posts are looked for
    (
        "archive-dir-missing",
        nothing,
        ["users=[alice]", "data.archive_dir=/nonexistent/archives"],
        r"no posts found for user 'alice': looked for data.archive_dir=/nonexistent/archives \(missing\)",
    ),
    ("user-not-in-archive-dir", folder(), ["users=[zed]"], r"no posts found for user 'zed': looked for .*zed/"),
    ("file-missing", nothing, ["users=[file:nope.csv]"], r"file:nope.csv: no such file"),
    ("file-not-a-table", file_named("notes.txt", "a b c"), ["users=[file:{root}/notes.txt]"], r"not a table"),
    (
        "file-many-accounts-no-column",
        file_named("all.csv", "user,text\nalice,one two three\n"),
        ["users=[file:{root}/all.csv@alice]"],
        r"holds many accounts: set data.user_column",
    ),
    ("x-without-token", nothing, ["users=[x:alice]"], r"x:alice: set X_BEARER_TOKEN to an X API bearer token"),
    # handles, hostile or mistyped, for every source
    ("handle-path-traversal", nothing, ["users=[../etc]"], r"is not a handle"),
    ("handle-x-too-long", nothing, ["users=[x:abcdefghijklmnop]"], r"is not an X handle"),
    ("handle-x-homoglyph", nothing, ["users=['x:drіl']"], r"non-ASCII"),
    ("handle-bsky-no-domain", nothing, ["users=[bsky:dril]"], r"is not a Bluesky handle"),
    ("handle-bsky-bad-did", nothing, ["users=[bsky:did:plc:short]"], r"is not a Bluesky DID"),
    ("handle-mastodon-no-host", nothing, ["users=[mastodon:@user]"], r"is not a Mastodon account"),
    ("handle-mastodon-traversal", nothing, ["users=[mastodon:@user@host/../x]"], r"is not a Mastodon account"),
    ("handle-hf-spaces", nothing, ["users=['hf:owner/no such dataset']"], r"is not a Hugging Face dataset id"),
    ("handle-file-empty", nothing, ["users=[file:]"], r"is not a file path"),
    ("handle-empty", nothing, ["users=['']"], r"an entry is empty"),
    ("two-entries-one-name", nothing, ["users=[alice,x:alice]"], r"'alice' and 'x:alice' are both named 'alice'"),
    ("no-users", nothing, [], r"no users given; pass e.g. users=\[dril\]"),
    # settings that cannot work
    (
        "lr-negative",
        folder(),
        [*PLAIN, "model.optimizer.lr=-1e-3"],
        r"model.optimizer.lr=-0.001 must be a number above 0",
    ),
    ("lr-zero", folder(), [*PLAIN, "model.optimizer.lr=0"], r"model.optimizer.lr=0 must be a number above 0"),
    ("lr-text", folder(), [*PLAIN, "model.optimizer.lr='3e-4'"], r"model.optimizer.lr='3e-4' is str, not a number"),
    ("clip-text", folder(), [*PLAIN, "trainer.gradient_clip_val=big"], r"trainer.gradient_clip_val='big' is str"),
    ("batch-zero", folder(), [*PLAIN, "data.batch_size=0"], r"data.batch_size=0 must be at least 1"),
    ("val-fraction-zero", folder(), [*PLAIN, "data.val_fraction=0"], r"data.val_fraction=0 must lie between 0 and 1"),
    ("val-fraction-one", folder(), [*PLAIN, "data.val_fraction=1"], r"data.val_fraction=1 must lie between 0 and 1"),
    ("min-tweets-one", folder(), [*PLAIN, "data.min_tweets=1"], r"data.min_tweets=1: each user needs at least 2"),
    ("block-size-one", folder(), [*PLAIN, "data.block_size=1"], r"data.block_size=1 must be at least 2 tokens"),
    (
        "block-longer-than-positions",
        folder(),
        [*PLAIN, "data.block_size=256"],
        r"data.block_size=256 is longer than the model's 128 positions; lower data.block_size",
    ),
    ("packing-unknown", folder(), [*PLAIN, "data.packing=zip"], r"data.packing=zip is not one of tweets, stream"),
    ("since-not-a-date", folder(), [*PLAIN, "data.cleaning.since=yesterday"], r"since=yesterday is not a date"),
    (
        "source-setting-misspelt",
        nothing,
        ["users=[x:alice]", "+data.x.max_post=5"],
        r"data.x.max_post is not a setting",
    ),
    ("accumulate-zero", folder(), [*PLAIN, "trainer.accumulate_grad_batches=0"], r"accumulate_grad_batches=0 must"),
    ("max-steps-zero", folder(), [*PLAIN, "trainer.max_steps=0"], r"trainer.max_steps=0 trains nothing"),
    (
        "endless",
        folder(),
        [*PLAIN, "trainer.max_epochs=-1", "trainer.max_steps=-1"],
        r"both unlimited; the learning-rate schedule needs an end",
    ),
    ("warmup-over-one", folder(), [*PLAIN, "model.scheduler.warmup_fraction=2"], r"warmup_fraction=2 must lie in"),
    ("decay-misspelt", folder(), [*PLAIN, "model.scheduler.decay=cosin"], r"decay='cosin': use one of constant,"),
    ("clip-negative", folder(), [*PLAIN, "trainer.gradient_clip_val=-1"], r"gradient_clip_val=-1 must be 0 \(off\)"),
    (
        "precision-unknown",
        folder(),
        [*PLAIN, "trainer.precision=bogus"],
        r"^error: trainer: Precision 'bogus' is invalid.*; fix the trainer.\* settings$",
    ),
    (
        "heads-do-not-divide",
        folder(),
        [*PLAIN, "model.architecture.n_head=3"],
        r"^error: model: `embed_dim` must be divisible by num_heads .*; fix the model.\* settings$",
    ),
    (
        "validation-interval-past-the-epoch",
        folder(),
        [*PLAIN, "++trainer.val_check_interval=50"],
        r"trainer.val_check_interval=50 is more than the \d+ training batches of an epoch: lower it",
    ),
    (
        "models-dir-is-a-file",
        lambda r: (folder()(r), file_named("taken", "x")(r)),
        [*PLAIN, "paths.models_dir={root}/taken"],
        r"paths.models_dir=.*/taken is not a writable folder \(File exists\); choose another",
    ),
]


def run_main(tmp_path, capsys, overrides, *extra):
    """`python train.py OVERRIDES` in this process: its exit status and stderr (SystemExit(0) when it trained)."""
    cfg = compose_train(
        f"paths.root_dir={tmp_path}",
        f"paths.output_dir={tmp_path}/out",
        f"data.archive_dir={tmp_path}/archives",
        *TINY,
        "trainer.max_steps=2",
        *overrides,
        *extra,
    )
    try:
        main(cfg)
        code = 0
    except SystemExit as stop:
        code = stop.code
    return code, capsys.readouterr().err


def assert_one_clean_error(tmp_path, code, err, pattern):
    assert code == 1, err[-2000:]
    assert "Traceback" not in err
    last = err.strip().splitlines()[-1]
    assert last.startswith("error: ") and re.search(pattern, last), last
    models = tmp_path / "models"
    assert not models.exists() or not any(models.iterdir()), "something was exported"
    assert not list(tmp_path.rglob("*.ckpt")), "a checkpoint was written"
    leftovers = [p for p in (tmp_path / ".cache").rglob(".*") if p.name != ".gitignore"]
    assert not leftovers, f"half-written cache entries: {leftovers}"


@pytest.mark.parametrize(("write", "overrides", "pattern"), [c[1:] for c in FAILURES], ids=[c[0] for c in FAILURES])
def test_a_bad_input_ends_in_one_line_and_writes_nothing(tmp_path, capsys, monkeypatch, write, overrides, pattern):
    monkeypatch.delenv("X_BEARER_TOKEN", raising=False)
    root = tmp_path / "archives"
    root.mkdir()
    write(root)
    overrides = [o.replace("{root}", str(root)) for o in overrides]
    code, err = run_main(tmp_path, capsys, overrides)
    assert_one_clean_error(tmp_path, code, err, pattern)


@pytest.mark.parametrize("decay", ["cosin", "null"])
def test_a_schedule_that_does_not_exist_is_refused_before_any_data_is_read(decay):
    from huggingtweets.errors import UserError
    from huggingtweets.guards import check_settings

    check_settings(compose_train("users=[alice]"))  # the defaults pass
    with pytest.raises(UserError, match=r"^model.scheduler.decay=.*: use one of constant, linear, cosine$"):
        check_settings(compose_train("users=[alice]", f"model.scheduler.decay={decay}"))


def test_a_read_only_models_directory_is_refused_before_training(tmp_path, capsys, monkeypatch):
    import tempfile

    real = tempfile.NamedTemporaryFile

    def refuse(*args, dir=None, **kwargs):  # (tests run as root, which chmod cannot stop)
        if dir is not None and Path(dir).name == "models":
            raise PermissionError(13, "Permission denied", str(dir))
        return real(*args, dir=dir, **kwargs)

    monkeypatch.setattr(tempfile, "NamedTemporaryFile", refuse)
    folder()(tmp_path / "archives")
    code, err = run_main(tmp_path, capsys, PLAIN)
    assert_one_clean_error(tmp_path, code, err, r"paths.models_dir=.*models is not a writable folder \(Permission")
    assert "Epoch" not in err  # refused before training


@pytest.fixture
def fake_x(monkeypatch):
    fake = FakeX(TOKEN, [XAccount("11", "alice", "Alice", [x_tweet(i, f"post {i} has some words") for i in range(30)])])
    monkeypatch.setenv("X_BEARER_TOKEN", TOKEN)
    yield fake
    fake.server.close()


@pytest.mark.parametrize(
    ("fault", "pattern"),
    [
        (
            Fault("notjson", path="/tweets", times=99),
            r"X API answered /2/users/11/tweets with text/html that is not JSON",
        ),
        (
            Fault("drop", path="/tweets", times=99),
            r"X API at .* failed 3 times \(.*\); try again later: the download continues where it stopped",
        ),
        (
            Fault("body", path="/by/username", body=["a", "list"]),
            r"X API sent an answer of an unexpected shape .*; is its base_url right",
        ),
        (Fault("body", path="/tweets", body={"data": "x" * (65 << 20)}), r"X API sent more than 64 MiB"),
    ],
    ids=["not-json", "truncated", "wrong-shape", "enormous"],
)
def test_network_answers_that_cannot_be_read_end_in_one_line(tmp_path, capsys, fake_x, fault, pattern):
    fake_x.server.faults.append(fault)
    overrides = ["users=[x:alice]", f"data.x.base_url={fake_x.url}", "+data.x.backoff=0.01", "+data.x.retries=2",
                 "data.x.max_cost=20"]  # fmt: skip
    code, err = run_main(tmp_path, capsys, overrides)
    assert_one_clean_error(tmp_path, code, err, pattern)


# --- skipped, and counted, where skipping is right ---------------------------------------------------------------


def corpus(root, users=("alice",), **kwargs):
    return build_corpus(list(users), archive_dir=str(root), cache_dir=str(root / ".cache"), min_tweets=2, **kwargs)


def test_records_without_text_and_numbers_in_either_spelling_are_counted(tmp_path):
    entries = [
        {"tweet": {"id_str": "1", "favorite_count": "3"}},  # no full_text: an empty post, counted short
        {"tweet": {"id": 2, "full_text": 12345, "favorite_count": 4}},  # a number where text belongs: short
        {"tweet": {"id": 1300000000000000003, "full_text": "ids as json numbers work fine"}},
        {"tweet": {"id_str": "4", "full_text": "ids as strings work fine too", "retweet_count": "0"}},
        {"full_text": "an old export without the tweet wrapper", "id_str": "5"},
    ]
    (tmp_path / "alice").mkdir()
    (tmp_path / "alice" / "tweets.js").write_text(ytd("tweets.part0", entries))
    [account] = corpus(tmp_path).accounts
    assert (account.counts["downloaded"], account.counts["short"], account.counts["kept"]) == (5, 2, 3)
    assert account.ids == ["1300000000000000003", "4", "5"]


def test_blank_emoji_and_whitespace_texts_are_counted_short_and_emoji_words_are_kept(tmp_path):
    texts = ["", "   ", "\n\n", "😂", "😂 🔥", "😂 🔥 💯", "so 🔥 today friends", *GOOD[:4]]
    write_archive(tmp_path / "alice", "alice", "Alice", records(texts), "folder")
    [account] = corpus(tmp_path).accounts
    assert (account.counts["short"], account.counts["kept"]) == (5, 6)
    assert "😂 🔥 💯" in account.texts and "so 🔥 today friends" in account.texts


def test_a_csv_with_newlines_quotes_and_a_huge_field_is_read_whole(tmp_path):
    huge = "word " * 60_000
    rows = [{"text": 'she said "hi, there"\nand left, twice'}, {"text": huge}, *({"text": t} for t in GOOD[:3])]
    with (tmp_path / "alice.csv").open("w", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=["text"])
        writer.writeheader()
        writer.writerows(rows)
    [account] = corpus(tmp_path).accounts
    assert account.counts["kept"] == 5
    assert 'she said "hi, there" and left, twice' in account.texts  # newline collapsed, quotes kept
    assert max(len(t) for t in account.texts) == len(huge.strip())


def test_the_same_user_twice_is_read_once(tmp_path):
    write_archive(tmp_path / "alice", "alice", "Alice", records(GOOD[:5]), "folder")
    accounts = corpus(tmp_path, users=("alice", "@Alice", "alice")).accounts
    assert [a.handle for a in accounts] == ["alice"] and accounts[0].counts["kept"] == 5


def test_utf16_bom_and_unprefixed_archives_are_read_not_refused(tmp_path):
    body = json.dumps(records(GOOD[:3]), ensure_ascii=False)
    variants = {
        "bom": b"\xef\xbb\xbf" + body.encode(),
        "utf16": body.encode("utf-16"),
        "semicolon": (body + ";").encode(),
    }
    for name, data in variants.items():
        (tmp_path / name).mkdir()
        (tmp_path / name / "tweets.js").write_bytes(data)
    for account in corpus(tmp_path, users=tuple(variants)).accounts:
        assert account.texts == GOOD[:3], account.handle
