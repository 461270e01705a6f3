"""The finished product of a run: the model directory and its card, generation from it, W&B lineage, publishing."""

import json
import os
import re
import struct
import subprocess
import sys

import pytest
from huggingface_hub import ModelCard

from huggingtweets.copies import CopyIndex
from huggingtweets.errors import UserError
from huggingtweets.generation import generate, load, sample

from .conftest import ROOT, SECRETS, TINY, run_cli
from .fake_hub import FakeHub

REPO = "someone/alice-bob"


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """One tiny run as a user starts it: W&B offline, pushed to a loopback hub, secrets in the environment."""
    from .archives import write_archive
    from .conftest import account_texts, records

    root = tmp_path_factory.mktemp("run")
    archives = root / "archives"
    write_archive(archives / "alice", "alice", "Alice A.", records(account_texts()), "zip")
    write_archive(archives / "bob", "bob", "Bob", records(account_texts(30)), "parts")
    with FakeHub(SECRETS["HF_TOKEN"]) as hub:
        env = SECRETS | hub.env() | {"HOME": str(root / "home")}
        args = ["users=[bob,alice]", *TINY, "trainer.max_steps=12", "trainer.log_every_n_steps=2", "logger=wandb",
                "hub.push=true", f"hub.repo_id={REPO}", "export.card.copy_samples=24"]  # fmt: skip
        result = run_cli(root, archives, *args, env_extra=env)
    assert result.returncode == 0, result.stderr[-3000:]
    return {"root": root, "dir": root / "models" / "alice-bob", "hub": hub, "stdout": result.stdout}


def test_the_directory_holds_everything_and_the_card_loads_with_true_numbers(run):
    model_dir = run["dir"]
    names = {p.name for p in model_dir.iterdir()}
    assert {"config.json", "model.safetensors", "tokenizer.json", "generation_config.json", "README.md",
            "training_curves.png", "predictions.png", "copies.npz", "huggingtweets.json"} <= names  # fmt: skip
    record = json.loads((model_dir / "huggingtweets.json").read_text())
    card = ModelCard.load(model_dir / "README.md")
    [overall, *per_account] = card.data.eval_results
    assert overall.metric_value == round(record["evaluation"]["after"]["ppl"], 4)
    users = record["evaluation"]["after"]["users"]
    assert {r.dataset_config: r.metric_value for r in per_account} == {h: round(u["ppl"], 4) for h, u in users.items()}
    assert card.data.thumbnail.endswith(f"{REPO}/resolve/main/predictions.png")  # pushed: the preview is shown
    text = card.text
    assert "| Data | Alice A. | Bob |" in text and "| Tweets kept | 52 | 34 |" in text
    assert "12 optimizer steps" in text and f"**{record['evaluation']['after']['ppl']:.2f}**" in text
    copies = record["card"]["copies"]
    assert copies["samples"] == 24 and f"of 24 fresh tweets sampled from these weights, {copies['verbatim']}" in text
    repro = record["card"]["reproduce"]
    assert f"| `seed` | {record['seed']} |" in text and f"| `data fingerprint` | {repro['data fingerprint']} |" in text
    for option in ("min_words", "keep_newlines", "drop_replies", "dedup", "languages", "since", "until"):
        assert f"| `data.cleaning.{option}` |" in text  # every cleaning option, not only those that removed some
    assert "| `data.split_seed` | 0 |" in text
    from PIL import Image

    assert Image.open(model_dir / "predictions.png").size == (560, 293)  # the original preview's size


def test_the_cards_samples_are_not_copies_of_training_tweets(run):
    record = json.loads((run["dir"] / "huggingtweets.json").read_text())
    train = record_texts(run)
    # checked here without the index: the same words as a training tweet, or 8 words in a row shared with one
    words = lambda text: re.findall(r"\w+", text.casefold())  # noqa: E731
    whole = {tuple(words(t)) for t in train}
    runs = {tuple(w[i : i + 8]) for t in train for w in [words(t)] for i in range(len(w) - 7)}
    samples = [text for _, text in record["card"]["samples"]]
    assert samples and all(tuple(words(s)) not in whole for s in samples)
    assert not any(tuple(w[i : i + 8]) in runs for s in samples for w in [words(s)] for i in range(len(w) - 7))
    index = CopyIndex.load(run["dir"])
    assert all(index.check(t) == "verbatim" for t in train)  # the index knows every training tweet
    assert index.check("an utterly new sentence the model has never seen in any tweet") is None


def record_texts(run):
    from huggingtweets.evaluation import rebuild_data

    datamodule, _ = rebuild_data(run["dir"])
    return datamodule.train_texts


def test_the_how_to_use_snippet_runs_as_written(run):
    snippet = re.search(r"```python\n(.*?)```", ModelCard.load(run["dir"] / "README.md").text, re.S).group(1)
    snippet = snippet.replace(f"'{REPO}'", repr(str(run["dir"])))  # the hub id, served here by the directory
    out = subprocess.run([sys.executable, "-c", snippet], capture_output=True, text=True, cwd=run["root"], timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]


def test_scripts_card_recreates_the_card_from_the_record(run, tmp_path):
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(run["dir"], copy)
    (copy / "README.md").unlink()
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "card.py"), str(copy), f"repo_id={REPO}"],
                         capture_output=True, text=True, timeout=120)  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert (copy / "README.md").read_text() == (run["dir"] / "README.md").read_text()
    bad = subprocess.run([sys.executable, str(ROOT / "scripts" / "card.py"), str(tmp_path)], capture_output=True,
                         text=True, timeout=120)  # fmt: skip
    assert bad.returncode == 1 and bad.stderr.startswith("error: ") and "Traceback" not in bad.stderr


def test_the_model_was_pushed_privately_with_its_card_and_pictures(run):
    hub = run["hub"]
    repo = hub.repos[REPO]
    assert repo["private"] is True
    local = {p.name: p.read_bytes() for p in run["dir"].iterdir()}
    assert repo["files"] == local  # every file, byte for byte, and nothing else
    assert f"Pushed to {hub.url}/{REPO} (private)" in run["stdout"]


def test_no_secret_lands_in_any_file_the_run_wrote_or_pushed(run):
    for path in run["root"].rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert not any(secret.encode() in data for secret in SECRETS.values()), path
    for content in run["hub"].repos[REPO]["files"].values():
        assert not any(secret.encode() in content for secret in SECRETS.values())


def wandb_records(path):
    """The records of an offline W&B run file (LevelDB log blocks of protobuf `Record`s)."""
    from wandb.proto import wandb_internal_pb2

    data = path.read_bytes()
    assert data[:4] == b":W&B"
    records, pending, offset, block = [], b"", 7, 32768
    while offset + 7 <= len(data):
        if block - offset % block < 7:  # a block's tail too short for a header is padding
            offset += block - offset % block
            continue
        _, length, kind = struct.unpack("<IHB", data[offset : offset + 7])
        pending += data[offset + 7 : offset + 7 + length]
        offset += 7 + length
        if kind in (1, 4):  # a whole record, or the last piece of one
            record = wandb_internal_pb2.Record()
            record.ParseFromString(pending)
            records.append(record)
            pending = b""
        elif kind == 0:
            break
    return records


def test_the_offline_wandb_run_holds_the_linked_artifacts_the_samples_and_the_learning_rate(run):
    [run_file] = (run["root"] / "logs" / "runs").glob("*/wandb/offline-run-*/run-*.wandb")
    records = wandb_records(run_file)
    artifacts = {r.artifact.type: r.artifact for r in records if r.WhichOneof("record_type") == "artifact"}
    assert set(artifacts) == {"raw_data", "dataset", "model", "run_table"}  # (run_table: the samples table)
    raw, dataset, model = artifacts["raw_data"], artifacts["dataset"], artifacts["model"]
    assert json.loads(dataset.metadata)["derived_from"] == f"{raw.name}:{raw.digest}"
    assert json.loads(model.metadata)["derived_from"] == f"{dataset.name}:{dataset.digest}"
    model_files = {entry.path for entry in model.manifest.contents}
    assert {"model.safetensors", "README.md", "predictions.png"} <= model_files
    assert {entry.path for entry in dataset.manifest.contents} == {"tweets.table.json"}
    history = [item for r in records if r.WhichOneof("record_type") == "history" for item in r.history.item]
    keys = {item.key or item.nested_key[0] for item in history}
    assert "samples" in keys and any(key.startswith("lr-") for key in keys)
    [table_file] = run_file.parent.glob("files/media/table/samples_*.table.json")
    table = json.loads(table_file.read_text())
    assert table["columns"] == ["prompt", "account", "text"] and len(table["data"]) >= 4


def test_generation_is_seeded_batched_and_cuts_at_the_first_line_break(run):
    model_dir = str(run["dir"])
    first = generate(model_dir, "my favourite", n=6, seed=3)
    assert first == generate(model_dir, "my favourite", n=6, seed=3)
    assert first != generate(model_dir, "my favourite", n=6, seed=4)
    assert all(g.text.startswith("my favourite") and "\n" not in g.text for g in first)
    [cut] = generate(model_dir, "line one\nline two", n=1)
    assert cut.text == "line one"
    model, tokenizer, _ = load(model_dir)
    prompts = ["my", "my favourite number today", "", "look at this lovely"]  # different lengths: left padding
    batched = sample(model, tokenizer, prompts, max_new_tokens=8, do_sample=False, batch_size=4)
    alone = [sample(model, tokenizer, [p], max_new_tokens=8, do_sample=False)[0] for p in prompts]
    assert batched == alone


def test_temperature_and_top_p_change_the_samples_and_bad_ones_are_one_line(run):
    model_dir = str(run["dir"])
    original = generate(model_dir, "my favourite", n=4, seed=3)
    assert original == generate(model_dir, "my favourite", n=4, seed=3, sampling={"temperature": 1.0, "top_p": 0.95})
    cooler = generate(model_dir, "my favourite", n=4, seed=3, sampling={"temperature": 0.3, "top_p": 0.5})
    assert cooler != original and cooler == generate(model_dir, "my favourite", n=4, seed=3,
                                                     sampling={"temperature": 0.3, "top_p": 0.5})  # fmt: skip
    for sampling, says in [({"temperature": 0}, "temperature=0: a number above 0"),
                           ({"top_p": 1.5}, "top_p=1.5: a number above 0, at most 1"),
                           ({"top_k": 5}, "top_k: not a sampling setting")]:  # fmt: skip
        with pytest.raises(UserError, match=says):
            generate(model_dir, n=1, sampling=sampling)
    cli = subprocess.run([sys.executable, str(ROOT / "scripts" / "generate.py"), model_dir, "n=4", "seed=3",
                          "prompt=my favourite", "temperature=0.3", "top_p=0.5"], capture_output=True, text=True,
                         env=os.environ | {"PYTHONPATH": str(ROOT)})  # fmt: skip
    assert cli.returncode == 0, cli.stderr
    assert cli.stdout.splitlines() == [g.text for g in cooler]


def test_avoid_copies_draws_again_instead_of_returning_a_training_tweet(run, tmp_path):
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(run["dir"], copy)
    drawn = [g.text for g in generate(str(copy), n=4, seed=0)]
    CopyIndex.from_texts(drawn).save(copy)  # as if the model had learned these four by heart
    load.cache_clear()
    fresh = [g.text for g in generate(str(copy), n=4, seed=0, avoid_copies=True)]
    assert len(fresh) == 4 and not set(fresh) & set(drawn)
    (copy / "copies.npz").unlink()
    load.cache_clear()
    with pytest.raises(Exception, match="holds no copies.npz"):
        generate(str(copy), n=1, avoid_copies=True)


def test_scripts_hub_push_uploads_the_card_as_it_reads_there_and_never_opens_a_public_repo(run):
    with FakeHub(SECRETS["HF_TOKEN"]) as hub:
        hub.add_repo("someone/open", private=False)
        env = os.environ | hub.env()
        script = [sys.executable, str(ROOT / "scripts" / "hub.py"), "push", str(run["dir"])]
        pushed = subprocess.run([*script, "someone/other"], capture_output=True, text=True, env=env, timeout=120)
        assert pushed.returncode == 0, pushed.stderr
        assert f"to {hub.url}/someone/other (private)" in pushed.stdout and hub.repos["someone/other"]["private"]
        card = ModelCard(hub.repos["someone/other"]["files"]["README.md"].decode())
        assert card.data.thumbnail.endswith("someone/other/resolve/main/predictions.png")
        assert "model='someone/other'" in card.text
        assert f"{REPO}" in (run["dir"] / "README.md").read_text()  # the local card is left as it was
        refused = subprocess.run([*script, "someone/open"], capture_output=True, text=True, env=env, timeout=120)
        assert refused.returncode == 1 and "Traceback" not in refused.stderr
        assert "someone/open already exists and is public" in refused.stderr and not hub.repos["someone/open"]["files"]


def test_scripts_hub_deletes_only_after_confirmation(tmp_path):
    with FakeHub(SECRETS["HF_TOKEN"]) as hub:
        hub.add_repo(REPO, private=True)
        env = os.environ | hub.env()
        script = [sys.executable, str(ROOT / "scripts" / "hub.py"), "delete", REPO]
        kept = subprocess.run(script, input="no\n", capture_output=True, text=True, env=env, timeout=120)
        assert kept.returncode == 1 and REPO in hub.repos
        gone = subprocess.run(script, input=f"{REPO}\n", capture_output=True, text=True, env=env, timeout=120)
        assert gone.returncode == 0 and REPO not in hub.repos, gone.stderr
        again = subprocess.run([*script, "--yes"], capture_output=True, text=True, env=env, timeout=120)
        assert again.returncode == 1 and "Traceback" not in again.stderr
        assert again.stderr.startswith(f"error: could not delete {REPO}") and "no such repository" in again.stderr


def test_scripts_hub_says_in_one_line_when_the_hub_cannot_be_reached(run):
    import socket

    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = os.environ | {"HF_TOKEN": SECRETS["HF_TOKEN"], "HF_ENDPOINT": f"http://127.0.0.1:{port}",
                        "HF_HUB_OFFLINE": "0"}  # fmt: skip
    script = [sys.executable, str(ROOT / "scripts" / "hub.py")]
    for args in (["push", str(run["dir"]), "someone/x"], ["delete", "someone/x", "--yes"]):
        out = subprocess.run([*script, *args], capture_output=True, text=True, env=env, timeout=300)
        assert out.returncode == 1 and "Traceback" not in out.stderr, out.stderr[-2000:]
        assert out.stderr.startswith("error: could not reach the hub") and out.stderr.count("\n") == 1


def test_train_refuses_to_push_into_an_existing_public_repository_before_training(tmp_path, archive_dir):
    with FakeHub(SECRETS["HF_TOKEN"]) as hub:
        hub.add_repo("someone/open", private=False)
        env = hub.env()
        out = run_cli(tmp_path, archive_dir, "users=[alice]", *TINY, "hub.push=true", "hub.repo_id=someone/open",
                      env_extra=env)  # fmt: skip
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert out.stderr.strip().splitlines()[-1].startswith("error: someone/open already exists and is public")
    assert not (tmp_path / "models").exists() and not hub.repos["someone/open"]["files"]
