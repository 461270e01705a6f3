"""Faults: `kill -9` or SIGTERM while training and then the same command, a crash while resuming, one while exporting,
a loss that turns NaN. Each leaves a state the same command continues from exactly, or one whole model directory."""

from __future__ import annotations

import csv
import hashlib
import json
import logging
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import torch

from huggingtweets.errors import UserError
from huggingtweets.model import TweetLM
from huggingtweets.progress import Follower
from huggingtweets.train import main, train

from ..conftest import ROOT, TINY, compose_train

# a run long enough to be killed in the middle: 3 epochs of 6 steps, LR logged every step, and last.ckpt written by
# the shipped trigger (train_time_interval) with its 10 minutes shortened to 0.3 s, each step slowed to 0.1 s
RUN = [
    "users=[alice]",
    *TINY,
    "data.batch_size=4",
    "trainer.max_epochs=3",
    "trainer.log_every_n_steps=1",
    "callbacks.last_checkpoint.train_time_interval.minutes=0.005",
    "+callbacks.slow._target_=tests.hardening.helpers.Slow",
    "+callbacks.slow.seconds=0.1",
    "++callbacks.lr_monitor._target_=lightning.pytorch.callbacks.LearningRateMonitor",
    "++callbacks.lr_monitor.logging_interval=step",
]
STEPS = 18


def compose(root: Path, archive_dir: Path, *overrides: str, run: str = "out"):
    return compose_train(
        f"paths.root_dir={root}", f"paths.output_dir={root}/{run}", f"data.archive_dir={archive_dir}", *RUN, *overrides
    )


def learning_rates(root: Path) -> dict[int, float]:
    """The learning rate at each step, from every session's metrics.csv under `root` (the later one wins)."""
    rates: dict[int, float] = {}
    for path in sorted(root.rglob("metrics.csv"), key=lambda p: p.stat().st_mtime):
        for row in csv.DictReader(path.open()):
            value = next((v for k, v in row.items() if k.startswith("lr-") and v), None)
            if value is not None:
                rates[int(row["step"])] = float(value)
    return rates


def last_checkpoints(root: Path) -> list[Path]:
    return list((root / "logs" / "checkpoints").glob("*/last.ckpt"))


def record(model_dir: Path) -> dict:
    return json.loads((model_dir / "huggingtweets.json").read_text())


def kill_9_at_the_first_checkpoint(command: list[str], root: Path, cwd: Path, env: dict) -> Path:
    """Start `command`, `kill -9` it once a `last.ckpt` appears under `root`; that checkpoint."""
    first = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while not last_checkpoints(root) and time.monotonic() < deadline and first.poll() is None:
        time.sleep(0.05)
    first.send_signal(signal.SIGKILL)
    first.wait()
    [last] = last_checkpoints(root)
    return last


def batches(root: Path) -> list[tuple[int, str]]:
    """(step, hash of its rows) of every training step, in the order the sessions ran them (`helpers.Batches`)."""
    return [(int(step), digest) for step, digest in (line.split() for line in (root / "batches.txt").open())]


def logging_batches(root: Path) -> list[str]:
    return [
        "+callbacks.batches._target_=tests.hardening.helpers.Batches",
        f"+callbacks.batches.path={root}/batches.txt",
    ]


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory):
    """The learning-rate curve and the exported step of the run nobody interrupted."""
    from ..archives import write_archive
    from ..conftest import account_texts, records

    root = tmp_path_factory.mktemp("uninterrupted")
    write_archive(root / "archives" / "alice", "alice", "Alice A.", records(account_texts()), "zip")
    train(compose(root, root / "archives", *logging_batches(root)))
    return learning_rates(root), record(root / "models" / "alice"), dict(batches(root))


@pytest.mark.slow
def test_kill_9_while_training_then_the_same_command_finishes_the_same_run(tmp_path, archive_dir, uninterrupted):
    rates, reference, rows = uninterrupted
    command = [
        sys.executable,
        str(ROOT / "train.py"),
        *RUN,
        f"data.archive_dir={archive_dir}",
        f"paths.root_dir={tmp_path}",
        *logging_batches(tmp_path),
    ]
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    last = kill_9_at_the_first_checkpoint(command, tmp_path, tmp_path, env)
    killed_at = torch.load(last, weights_only=False)["global_step"]
    assert 0 < killed_at < STEPS, "the run was not killed in the middle"
    assert not (tmp_path / "models" / "alice").exists()

    again = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr[-3000:]
    assert f"Resuming the same run from {last}" in again.stdout + again.stderr
    resumed = learning_rates(tmp_path)
    assert max(resumed) == max(rates) == STEPS - 1  # the same number of steps
    assert resumed == pytest.approx(rates, rel=1e-6)  # the same learning rate at every step
    seen = batches(tmp_path)  # both sessions: the resumed one goes on mid-epoch with the rows left, in their order
    assert {step for step, _ in seen} == set(rows) and all(rows[step] == digest for step, digest in seen)
    exported = record(tmp_path / "models" / "alice")
    assert exported["exported_step"] == reference["exported_step"] == STEPS
    assert not last_checkpoints(tmp_path), "a finished run must not be resumed again"


@pytest.mark.slow
def test_sigterm_while_training_is_one_line_and_the_same_command_resumes_from_the_checkpoint_it_noted(
    tmp_path, archive_dir
):
    progress = tmp_path / "progress.jsonl"
    command = [sys.executable, str(ROOT / "train.py"), *RUN, f"data.archive_dir={archive_dir}",
               f"paths.root_dir={tmp_path}", f"progress={progress}", "export.card=null"]  # fmt: skip
    first = subprocess.Popen(command, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    follower, deadline = Follower(progress), time.monotonic() + 120
    while follower.update().checkpoint is None and time.monotonic() < deadline and first.poll() is None:
        time.sleep(0.05)
    first.send_signal(signal.SIGTERM)
    stderr = first.communicate(timeout=120)[1]
    assert first.returncode == 128 + signal.SIGTERM and "Traceback" not in stderr
    assert stderr.strip().splitlines()[-1] == ("stopped by SIGTERM: run the same command again to resume from the "
                                               "last checkpoint")  # fmt: skip
    state = follower.update()
    assert state.phase == "training" and 0 < state.checkpoint <= state.step < STEPS
    assert state.accounts[0]["user"] == "alice" and state.total == STEPS and state.losses

    again = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr[-3000:]
    assert "Resuming the same run from" in again.stdout + again.stderr
    follower.state = type(state)()  # (the same file: the second run's events follow the first's)
    assert follower.update().resumed_from == state.checkpoint and follower.state.phase == "done"
    assert record(tmp_path / "models" / "alice")["exported_step"] == STEPS


@pytest.mark.slow
def test_after_a_crash_the_same_config_resumes_once_and_a_finished_run_starts_over(
    tmp_path, archive_dir, uninterrupted, monkeypatch, capfd, caplog
):
    rates, reference, rows = uninterrupted
    step = TweetLM.training_step

    def crash_at_step_8(self, batch, batch_idx):
        if self.trainer.global_step == 8:
            raise RuntimeError("the machine went away")
        return step(self, batch, batch_idx)

    # last.ckpt as the first epoch ends (step 6): the resumed run starts the second epoch whole, as the first run did
    at_the_epoch_end = ["callbacks.last_checkpoint.train_time_interval=null",
                        "callbacks.last_checkpoint.every_n_train_steps=6", *logging_batches(tmp_path)]  # fmt: skip
    monkeypatch.setattr(TweetLM, "training_step", crash_at_step_8)
    with pytest.raises(RuntimeError, match="went away"):
        train(compose(tmp_path, archive_dir, *at_the_epoch_end, run="first"))
    [last] = last_checkpoints(tmp_path)
    assert torch.load(last, weights_only=False)["global_step"] == 6
    monkeypatch.setattr(TweetLM, "training_step", step)

    caplog.clear()
    with caplog.at_level(logging.INFO):
        train(compose(tmp_path, archive_dir, *at_the_epoch_end, run="second"))
    assert f"Resuming the same run from {last}" in caplog.text
    assert learning_rates(tmp_path) == pytest.approx(rates, rel=1e-6)
    seen = batches(tmp_path)
    assert {step for step, _ in seen} == set(rows) and all(rows[step] == digest for step, digest in seen)
    exported = record(tmp_path / "models" / "alice")
    assert exported["exported_step"] == STEPS
    # the zero-shot figure is the first session's, carried through the checkpoint
    assert exported["evaluation"]["before"]["loss"] == pytest.approx(reference["evaluation"]["before"]["loss"])
    assert not last_checkpoints(tmp_path)

    caplog.clear()
    with caplog.at_level(logging.INFO):
        train(compose(tmp_path, archive_dir, *at_the_epoch_end, run="third"))  # finished: it trains again from step 0
    assert "Resuming" not in caplog.text
    assert record(tmp_path / "models" / "alice")["exported_step"] == STEPS

    [best] = (tmp_path / "logs" / "checkpoints").glob("*/step*.ckpt")
    longer = compose(tmp_path, archive_dir, f"ckpt_path={best}", "trainer.max_epochs=4", run="fourth")
    with pytest.raises(SystemExit) as stop:
        main(longer)
    assert stop.value.code == 1
    line = capfd.readouterr().err.strip().splitlines()[-1]
    assert line.startswith(f"error: {best} was trained on a learning-rate schedule of {STEPS} steps")
    assert "resume with the same trainer.max_epochs, trainer.max_steps and number of devices" in line


def test_a_nan_loss_stops_with_one_line_and_keeps_the_last_good_checkpoint(tmp_path, archive_dir, capsys):
    poisoned = compose(
        tmp_path,
        archive_dir,
        "trainer.log_every_n_steps=2",
        "+callbacks.poison._target_=tests.hardening.helpers.Poison",
        "+callbacks.poison.step=7",
    )
    with pytest.raises(SystemExit) as stop:
        main(poisoned)
    assert stop.value.code == 1
    err = capsys.readouterr().err
    line = err.strip().splitlines()[-1]
    assert "Traceback" not in err
    # the last check that passed: the logging step 6, or step 7 when a timed checkpoint (checked first) fell there
    assert re.match(r"error: the training loss became NaN or infinite between steps [67] and 8; nothing was", line)
    [last] = last_checkpoints(tmp_path)
    assert f"the last good checkpoint is {last}" in line
    state = torch.load(last, weights_only=False)
    assert 0 < state["global_step"] <= 7  # (the weights turn NaN as step 7 runs)
    weights = [v for v in state["state_dict"].values() if isinstance(v, torch.Tensor) and v.is_floating_point()]
    assert weights and all(torch.isfinite(v).all() for v in weights)
    assert not (tmp_path / "models" / "alice").exists()


def test_weights_gone_nan_after_the_last_loss_are_never_exported(tmp_path, archive_dir, capsys):
    broken = compose(tmp_path, archive_dir, "trainer.max_steps=4", "trainer.log_every_n_steps=50",
                     "+callbacks.poison._target_=tests.hardening.helpers.PoisonLast")  # fmt: skip
    with pytest.raises(SystemExit) as stop:
        main(broken)
    assert stop.value.code == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.strip().splitlines()[-1].startswith("error: the weights became NaN or infinite at the end of training")
    assert not (tmp_path / "models" / "alice").exists()


# --- exporting --------------------------------------------------------------------------------------------------


def tree(directory: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(directory.iterdir())}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """A trained run, kept for exporting again and again: the arguments `train` called `export` with."""
    import huggingtweets.train as training

    from ..archives import write_archive
    from ..conftest import account_texts, records

    root = tmp_path_factory.mktemp("export")
    write_archive(root / "archives" / "alice", "alice", "Alice A.", records(account_texts()), "zip")
    cfg = compose(root, root / "archives", "trainer.max_epochs=1", "~callbacks.last_checkpoint")
    saved, original = {}, training.export

    def keep(*args):
        saved["args"] = args
        return original(*args)

    training.export = keep
    try:
        train(cfg)
    finally:
        training.export = original
    return saved["args"]


def _fail(*args, **kwargs):
    raise OSError(28, "No space left on device")


EXPORT_STEPS = {
    "weights": ("transformers.PreTrainedModel.save_pretrained", _fail),
    "tokenizer": ("transformers.PreTrainedTokenizerBase.save_pretrained", _fail),
    "accounts": ("huggingtweets.export.write_accounts", _fail),
    "record": ("huggingtweets.export.write_record", _fail),
}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("where", "swap"),  # the export steps come before any swap; each way of swapping fails at its own point
    [
        *((step, "atomic") for step in EXPORT_STEPS),
        ("exchange-fails", "atomic"),
        ("move-old-aside", "two-renames"),
        ("move-new-in", "two-renames"),
    ],  # fmt: skip
)
def test_a_crash_at_any_point_of_exporting_leaves_the_old_or_the_new_directory(exported, monkeypatch, where, swap):
    import huggingtweets.atomic as atomic
    from huggingtweets.export import export

    target = exported[2]
    before = tree(target)
    if swap == "two-renames":
        monkeypatch.setattr(atomic, "exchange", lambda a, b: False)
    if where in EXPORT_STEPS:
        monkeypatch.setattr(*EXPORT_STEPS[where])
    elif where == "exchange-fails":
        monkeypatch.setattr(atomic, "exchange", lambda a, b: _fail())
    else:
        real = os.replace

        def replace(src, dst):  # (a kill at this point leaves the same state as this error does)
            aside = where == "move-old-aside" and Path(src) == target
            moving_in = where == "move-new-in" and Path(dst) == target and ".old." not in str(src)
            if aside or moving_in:
                raise OSError(5, "Input/output error")
            return real(src, dst)

        monkeypatch.setattr(atomic.os, "replace", replace)
    with pytest.raises(OSError):
        export(*exported)
    assert tree(target) == before, f"a crash at {where} changed the model directory"
    assert [p.name for p in target.parent.iterdir()] == [target.name], "staging directories were left behind"


@pytest.mark.slow
def test_a_new_export_replaces_the_old_directory_in_one_step(exported):
    from huggingtweets.export import export

    target = exported[2]
    (target / "stale.txt").write_text("from an older export")
    export(*exported)
    assert not (target / "stale.txt").exists() and (target / "huggingtweets.json").is_file()
    assert [p.name for p in target.parent.iterdir()] == [target.name]


def test_a_full_disk_while_exporting_ends_in_one_line(tmp_path, archive_dir, monkeypatch, capsys):
    monkeypatch.setattr(*EXPORT_STEPS["weights"])
    with pytest.raises(SystemExit) as stop:
        main(compose(tmp_path, archive_dir, "trainer.max_steps=2"))
    line = capsys.readouterr().err.strip().splitlines()[-1]
    assert stop.value.code == 1
    assert line == "error: No space left on device; free some space or point paths.* elsewhere"
    assert not any((tmp_path / "models").iterdir())


def test_errors_the_user_cannot_fix_keep_their_traceback(tmp_path, archive_dir, monkeypatch):
    monkeypatch.setattr(TweetLM, "training_step", lambda *a: (_ for _ in ()).throw(KeyError("a bug")))
    with pytest.raises(KeyError):
        main(compose(tmp_path, archive_dir, "trainer.max_steps=2"))


def test_user_error_is_not_swallowed_by_the_translation():
    from huggingtweets.guards import translated

    with pytest.raises(UserError, match="as it was"):
        translated(lambda: (_ for _ in ()).throw(UserError("as it was")))


@pytest.mark.slow
def test_two_identical_commands_at_once_one_trains_and_the_other_names_it(tmp_path, archive_dir):
    command = [sys.executable, str(ROOT / "train.py"), *RUN, f"data.archive_dir={archive_dir}",
               f"paths.root_dir={tmp_path}", "callbacks.slow.seconds=0.3"]  # fmt: skip
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    runs = [subprocess.Popen(command, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True) for _ in range(2)]  # fmt: skip
    outputs = [run.communicate(timeout=300) for run in runs]
    codes = [run.returncode for run in runs]
    assert sorted(codes) == [0, 1], [err[-2000:] for _, err in outputs]
    winner, loser = (0, 1) if codes[0] == 0 else (1, 0)
    err = outputs[loser][1]
    assert "Traceback" not in err and "Traceback" not in outputs[winner][1]
    line = err.strip().splitlines()[-1]
    assert line.startswith(f"error: the same run is already training (pid {runs[winner].pid} on "), line
    models = tmp_path / "models"
    assert [p.name for p in models.iterdir()] == ["alice"]
    assert record(models / "alice")["exported_step"] == STEPS and not last_checkpoints(tmp_path)


@pytest.mark.slow
def test_kill_9_then_new_posts_then_the_same_command_resumes_on_the_posts_it_started_with(tmp_path):
    from ..fakes import BskyAccount, FakeBluesky, bsky_post

    did = "did:plc:abcdefghijklmnopqrstuvwx"
    words = ["moon", "star", "comet", "tide", "orbit", "dust", "crater", "lamp", "cheese", "rock"]
    feed = [{"post": bsky_post(did, i, f"{words[i % 10]} {words[i * 7 % 10]} note number {i} tonight")}
            for i in range(60)]  # fmt: skip
    fake = FakeBluesky([BskyAccount(did, "b.example.com", "Bee", feed)])
    users = ["users=[bsky:b.example.com]", f"data.bluesky.base_url={fake.url}"]
    env = os.environ | {"PYTHONPATH": str(ROOT)}

    def command(root: Path) -> list[str]:
        return [sys.executable, str(ROOT / "train.py"), *RUN, *users, f"paths.root_dir={root}"]

    try:
        alone = tmp_path / "uninterrupted"
        done = subprocess.run(command(alone), cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr[-3000:]
        reference = record(alone / "models" / "b.example.com")

        root = tmp_path / "killed"
        last = kill_9_at_the_first_checkpoint(command(root), root, tmp_path, env)
        assert 0 < torch.load(last, weights_only=False)["global_step"] < reference["exported_step"]
        fake.accounts[0].feed += [{"post": bsky_post(did, i, f"a brand new post {i} about the {words[i % 10]}")}
                                  for i in range(60, 80)]  # fmt: skip
        asked = len(fake.server.requests)
        again = subprocess.run(command(root), cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
        assert again.returncode == 0, again.stderr[-3000:]
        assert f"Resuming the same run from {last}" in again.stdout + again.stderr
        assert "continues on the posts it started with" in again.stdout + again.stderr
        assert len(fake.server.requests) == asked  # nothing fetched: the run goes on with what it had
        resumed = record(root / "models" / "b.example.com")
        assert resumed["exported_step"] == reference["exported_step"]
        assert resumed["data_fingerprint"] == reference["data_fingerprint"]

        later = subprocess.run(command(root), cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
        assert later.returncode == 0 and "Resuming" not in later.stdout + later.stderr  # finished: a new run
        assert record(root / "models" / "b.example.com")["data_fingerprint"] != reference["data_fingerprint"]
    finally:
        fake.server.close()
