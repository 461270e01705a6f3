"""Reading X archive exports in every layout, JSONL/CSV tables, and the errors for bad input."""

import csv
import json
import zipfile

import pytest

from huggingtweets.errors import UserError
from huggingtweets.sources import HFDataset, LocalFiles, TableFile

from .archives import tweet_record, write_archive, ytd
from .conftest import account_texts, records


@pytest.mark.parametrize("layout", ["zip", "folder", "parts", "old", "bare"])
def test_every_archive_layout_reads_the_same_posts(tmp_path, layout):
    texts = account_texts(10)
    write_archive(tmp_path / "carol", "carol", "Carol ✨", records(texts), layout)
    account = LocalFiles(tmp_path).load("carol")
    assert [p.text for p in account.posts] == texts
    assert account.posts[0].id == "1300000000000000000"  # ids arrive as strings
    assert account.display_name == ("carol" if layout == "bare" else "Carol ✨")


def test_avatar_from_profile_js(tmp_path):
    write_archive(tmp_path / "pat", "pat", "Pat", records(["one two three"]), "folder")
    profile = [{"profile": {"avatarMediaUrl": "https://pbs.example/pat_400x400.jpg", "description": {}}}]
    (tmp_path / "pat" / "data" / "profile.js").write_text(ytd("profile.part0", profile))
    assert LocalFiles(tmp_path).load("pat").avatar_url == "https://pbs.example/pat_400x400.jpg"


def test_a_zip_next_to_the_user_folder_and_a_bare_tweets_js(tmp_path):
    folder = write_archive(tmp_path / "tmp", "dave", "Dave", records(["a b c"] * 3), "zip")
    folder.rename(tmp_path / "dave.zip")
    assert len(LocalFiles(tmp_path).load("dave").posts) == 3
    write_archive(tmp_path / "erin", "erin", "Erin", records(["x y z"]), "bare")
    assert LocalFiles(tmp_path).locate("erin") == tmp_path / "erin"


def test_archive_records_without_the_tweet_wrapper_and_without_the_ytd_prefix(tmp_path):
    (tmp_path / "old").mkdir()
    entries = [{"full_text": "an old style record", "id_str": "7", "in_reply_to_status_id_str": "5"}]
    (tmp_path / "old" / "tweet.js").write_text(json.dumps(entries))
    [post] = LocalFiles(tmp_path).load("old").posts
    assert (post.text, post.id, post.is_reply) == ("an old style record", "7", True)


def test_jsonl_and_csv_with_a_configurable_text_column(tmp_path):
    rows = [{"content": "first post here", "id": 1}, {"content": "RT @x: second", "id": 2}]
    (tmp_path / "jay.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    (tmp_path / "kay").mkdir()
    (tmp_path / "kay" / "posts.csv").write_text('id,content\n1,"hello, with a comma"\n2,another one\n')
    source = LocalFiles(tmp_path, text_column="content")
    assert [p.text for p in source.load("jay").posts] == ["first post here", "RT @x: second"]
    assert [p.text for p in source.load("kay").posts] == ["hello, with a comma", "another one"]
    with pytest.raises(UserError, match="no column 'text'.*data.text_column"):
        LocalFiles(tmp_path).load("jay")


def test_null_ids_in_a_table_are_empty_not_the_string_none(tmp_path):
    (tmp_path / "n.jsonl").write_text('{"text": "one two three", "id": null}\n{"text": "four five six"}\n')
    assert [p.id for p in LocalFiles(tmp_path).load("n").posts] == ["", ""]


def test_zip_fingerprint_follows_the_tweets_not_the_media(tmp_path):
    path = write_archive(tmp_path / "m", "m", "M", records(["one two three"]), "zip")
    source = LocalFiles(tmp_path)
    before = source.fingerprint("m")
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("data/tweets_media/123-photo.jpg", b"\xff\xd8 not really a jpeg")
    assert source.fingerprint("m") == before
    write_archive(tmp_path / "m", "m", "M", records(["one two four"]), "zip")
    assert source.fingerprint("m") != before


@pytest.mark.parametrize(
    ("content", "match"),
    [
        ('{"text": "fine words here"}\n{"full_text": "renamed column"}\n', "row 2 has no column 'text'"),
        ('{"text": "fine words here"}\n["not", "an", "object"]\n', "row 2 has no column 'text'"),
        ('{"text": "ok"}\n{broken\n', "not valid JSONL"),
    ],
)
def test_bad_table_rows_fail_with_one_line(tmp_path, content, match):
    (tmp_path / "t.jsonl").write_text(content)
    with pytest.raises(UserError, match=match) as err:
        LocalFiles(tmp_path).load("t")
    assert "\n" not in str(err.value)


def test_a_csv_that_is_not_utf8_fails_with_one_line(tmp_path):
    (tmp_path / "latin.csv").write_bytes("text\ncaf\xe9 au lait ok\n".encode("latin-1"))
    with pytest.raises(UserError, match=r"latin.csv is not UTF-8 text .* re-save it as UTF-8"):
        LocalFiles(tmp_path).load("latin")


def test_a_zip_with_a_top_level_folder_and_profile_js_inside(tmp_path):
    (tmp_path / "q").mkdir()
    with zipfile.ZipFile(tmp_path / "q" / "export.zip", "w") as archive:
        archive.writestr("twitter-2026-01-01/data/tweets.js", ytd("tweets.part0", records(["one two three"])))
        archive.writestr(
            "twitter-2026-01-01/data/account.js", ytd("account.part0", [{"account": {"accountDisplayName": "Q"}}])
        )
        archive.writestr(
            "twitter-2026-01-01/data/profile.js", ytd("profile.part0", [{"profile": {"avatarMediaUrl": "u"}}])
        )
    account = LocalFiles(tmp_path).load("q")
    assert (len(account.posts), account.display_name, account.avatar_url) == (1, "Q", "u")


def test_fingerprint_changes_with_the_content(tmp_path):
    write_archive(tmp_path / "f", "f", "F", records(["one two three"]), "folder")
    source = LocalFiles(tmp_path)
    before = source.fingerprint("f")
    assert source.fingerprint("f") == before
    write_archive(tmp_path / "f", "f", "F", records(["one two four"]), "folder")
    assert source.fingerprint("f") != before


def test_missing_user_names_what_was_looked_for(tmp_path):
    with pytest.raises(UserError) as err:
        LocalFiles(tmp_path).load("nosuchuser")
    message = str(err.value)
    assert "nosuchuser" in message and str(tmp_path) in message and "data.archive_dir" in message
    assert "\n" not in message


@pytest.mark.parametrize(
    ("write", "match"),
    [
        (lambda d: (d / "broken.zip").write_bytes(b"not a zip"), "not a readable zip"),
        (lambda d: (d / "tweets.js").write_text("window.YTD.tweets.part0 = [{"), "not a readable X archive file"),
        (lambda d: zipfile.ZipFile(d / "empty.zip", "w").writestr("data/like.js", "[]"), "holds no tweets.js"),
        (lambda d: [(d / n).write_text("") for n in ("a.csv", "b.jsonl")], "several candidate files"),
    ],
)
def test_unreadable_archives_fail_with_one_line(tmp_path, write, match):
    (tmp_path / "zed").mkdir()
    write(tmp_path / "zed")
    with pytest.raises(UserError, match=match) as err:
        LocalFiles(tmp_path).load("zed")
    assert "\n" not in str(err.value)


def test_long_posts_take_their_full_text_from_note_tweet_js(tmp_path):
    full = "this post is long " * 20 + "and ends here"
    reply_full = "a long reply that goes on " * 12 + "to the end"
    records_ = [
        tweet_record(full[:270] + "… https://t.co/abc", 0, created_at="Wed Jul 05 12:00:00 +0000 2023"),
        tweet_record("@bob " + reply_full[:265] + "…", 1, created_at="Wed Jul 05 13:00:01 +0000 2023"),
        tweet_record("a short one stays as it is", 2, created_at="Wed Jul 05 12:00:00 +0000 2023"),
    ]
    write_archive(tmp_path / "long", "long", "Long", records_, "folder")
    notes = [
        {"noteTweet": {"noteTweetId": "9", "createdAt": "2023-07-05T12:00:00.000Z", "core": {"text": full}}},
        {"noteTweet": {"noteTweetId": "8", "createdAt": "2023-07-05T13:00:00.500Z", "core": {"text": reply_full}}},
    ]
    (tmp_path / "long" / "data" / "note-tweet.js").write_text(ytd("note_tweet.part0", notes))
    texts = [p.text for p in LocalFiles(tmp_path).load("long").posts]
    assert texts == [full, "@bob " + reply_full, "a short one stays as it is"]


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: text.encode("utf-8"),
        lambda text: b"\xef\xbb\xbf" + text.encode("utf-8"),  # a BOM
        lambda text: text.encode("utf-16"),  # UTF-16 with its BOM
        lambda text: (text + ";\n").encode("utf-8"),  # a trailing semicolon
        lambda text: text.split("=", 1)[1].encode("utf-8"),  # no window.YTD prefix
    ],
)
def test_tweets_js_variants_read_the_same(tmp_path, encode):
    (tmp_path / "v").mkdir()
    (tmp_path / "v" / "tweets.js").write_bytes(encode(ytd("tweets.part0", records(["one two three ☕"]))))
    assert [p.text for p in LocalFiles(tmp_path).load("v").posts] == ["one two three ☕"]


@pytest.mark.parametrize(
    ("content", "match"),
    [
        ('window.YTD.tweets.part0 = {"tweet": {}}', "holds a dict, not a list"),
        ("window.YTD.tweets.part0 = [1, 2]", "an archive record is a int"),
        ("window.YTD.tweets.part0 = [{".encode("cp1252") + "café".encode("cp1252"), "is not UTF-8 text"),
    ],
)
def test_archive_files_of_the_wrong_shape_fail_with_one_line(tmp_path, content, match):
    (tmp_path / "w").mkdir()
    (tmp_path / "w" / "tweets.js").write_bytes(content if isinstance(content, bytes) else content.encode())
    with pytest.raises(UserError, match=match) as err:
        LocalFiles(tmp_path).load("w")
    assert "\n" not in str(err.value)


def test_archive_dates_and_replies_reach_the_posts(tmp_path):
    record = tweet_record("hello there friend", 0, created_at="Wed Jul 05 12:34:56 +0000 2023")
    write_archive(tmp_path / "d", "d", "D", [record], "folder")
    [post] = LocalFiles(tmp_path).load("d").posts
    assert post.created_at == "2023-07-05T12:34:56Z" and not post.is_reply


ROWS = [
    {"username": "dril", "text": "first dril post here", "id": "1", "created_at": "2020-01-01T00:00:00Z"},
    {"username": "@Fart", "text": 'a post with "quotes", commas\nand a line break', "id": "2"},
    {"username": "dril", "text": "second dril post here", "id": "3"},
]


def write_table(path, rows=ROWS):
    if path.suffix == ".jsonl":
        path.write_text("\n".join(json.dumps(r) for r in rows))
    elif path.suffix == ".parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pylist([{k: r.get(k) for k in ROWS[0]} for r in rows]), path)
    else:
        with path.open("w", newline="") as file:
            writer = csv.DictWriter(file, fieldnames=list(ROWS[0]))
            writer.writeheader()
            writer.writerows(rows)
    return path


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_a_table_of_many_accounts_gives_each_handle_its_rows(tmp_path, suffix):
    table = write_table(tmp_path / f"all{suffix}")
    local = LocalFiles(table, user_column="username")
    assert [p.text for p in local.load("dril").posts] == ["first dril post here", "second dril post here"]
    assert local.load("dril").posts[0].created_at == "2020-01-01T00:00:00Z"
    assert [p.text for p in local.load("fart").posts] == ['a post with "quotes", commas\nand a line break']
    assert TableFile(table, user_column="username", select_rows=True).load("fart").posts[0].id == "2"
    with pytest.raises(UserError, match="has no rows whose 'username' is 'nobody'"):
        local.load("nobody")
    with pytest.raises(UserError, match="holds many accounts: set data.user_column"):
        TableFile(table, select_rows=True).load("dril")


def test_file_sources_read_one_account_and_a_huge_csv_field(tmp_path):
    huge = "word " * 60_000  # 300 KB in one cell: more than the csv module allows by default
    table = write_table(tmp_path / "one.csv", [{"username": "x", "text": huge, "id": "1"}])
    assert len(TableFile(table).load("one").posts[0].text) == len(huge)
    with pytest.raises(UserError, match="file:.*missing.csv: no such file"):
        TableFile(tmp_path / "missing.csv").prepare("missing")


def test_hf_datasets_from_a_saved_folder_and_a_folder_of_files(tmp_path):
    import datasets

    datasets.Dataset.from_list(ROWS).save_to_disk(str(tmp_path / "saved"))
    source = HFDataset(str(tmp_path / "saved"), user_column="username", select_rows=True)
    source.prepare("dril")
    assert [p.text for p in source.load("dril").posts] == ["first dril post here", "second dril post here"]
    assert source.fingerprint("dril") != source.fingerprint("fart")
    (tmp_path / "files").mkdir()
    write_table(tmp_path / "files" / "part-0.parquet")
    whole = HFDataset(str(tmp_path / "files"))
    assert len(whole.load("files").posts) == 3
    with pytest.raises(UserError, match="has no column 'author'.*set data.hf.user_column"):
        HFDataset(str(tmp_path / "saved"), user_column="author", select_rows=True).load("dril")


def test_an_hf_hub_id_offline_fails_with_one_line():
    with pytest.raises(UserError, match=r"hf:someone/not-cached: could not load the dataset from the Hugging Face hub"):
        HFDataset("someone/not-cached").prepare("not-cached")
