"""The page's training runs without the page (huggingtweets.runner, huggingtweets.progress): the form as train.py's
command line, one-line errors for bad fields, the progress file read as it grows, and one child process at a time
that can crash, be stopped or be killed without taking its caller down. (The page itself: test_app.py.)"""

import json
import os
import signal
import sys
import time

import pytest

from huggingtweets.errors import UserError
from huggingtweets.progress import Follower
from huggingtweets.runner import Runner, TrainForm

from .app_server import wait_for
from .conftest import compose_train


def test_the_form_is_the_command_line_it_stands_for():
    form = TrainForm("dril, bsky:dril.bsky.social", archive_dir="my posts", model="gpt2", base_model="/models/gpt2",
                     length="epochs", amount=3, balance="temperature", other="trainer.precision=32-true")  # fmt: skip
    cfg = compose_train(*form.overrides())
    assert list(cfg.users) == ["dril", "bsky:dril.bsky.social"]
    assert cfg.data.archive_dir == "my posts" and cfg.model.name_or_path == "/models/gpt2"
    assert (cfg.trainer.max_epochs, cfg.trainer.max_steps, cfg.trainer.precision) == (3, -1, "32-true")
    assert (cfg.model.conditioning, cfg.data.balance) == ("user", "temperature")
    one = compose_train(*TrainForm("[dril]", amount=30, conditioning=False).overrides())
    assert (one.trainer.max_steps, one.trainer.max_epochs, one.model.architecture.n_layer) == (30, -1, 2)
    assert one.model.conditioning == "none"  # (one account: the several-accounts fields are left out)
    assert list(compose_train(*TrainForm("file:/my tables/a.csv@dril\nhf:org/set").overrides()).users) == [
        "file:/my tables/a.csv@dril", "hf:org/set"]  # fmt: skip
    odd = TrainForm("1234 null mastodon:@a@b.social", archive_dir="true").overrides()  # (not numbers, None, True)
    assert odd[:2] == ['users=["1234","null",mastodon:@a@b.social]', 'data.archive_dir="true"']
    cfg = compose_train(*odd)
    assert list(cfg.users) == ["1234", "null", "mastodon:@a@b.social"] and cfg.data.archive_dir == "true"


@pytest.mark.parametrize(
    ("field", "value", "says"),
    [
        ("users", "dril, not a/handle", "'not a/handle' is not a handle"),
        ("users", "x:this_is_far_too_long_for_x", "is not an X handle"),
        ("users", "mastodon:@nohost", "is not a Mastodon account"),
        ("users", " ", "no users given"),
        ("model", "llama", "choose one of tiny, gpt2, smollm2"),
        ("base_model", "/somewhere", "the tiny model is built from scratch"),
        ("amount", 0, "a whole number of steps or epochs"),
        ("amount", 2.5, "a whole number of steps or epochs"),
        ("archive_dir", 'the "posts"', "holds a double quote"),
        ("other", "-m", "'-m' is not a setting"),
        ("other", "trainer.max_steps", "is not a setting; write key=value"),
        ("other", "users=[a]", "users is set by the form"),
        ("other", "progress=/tmp/x", "progress is set by the form"),
        ("other", "trainer.precision='32", "No closing quotation"),
        ("other", "hub.repo_id=${oc.env:HF_TOKEN}", "interpolations are for the command line only"),
    ],
)
def test_a_bad_field_is_one_line_naming_it(field, value, says):
    form = TrainForm("dril")
    setattr(form, field, value)
    with pytest.raises(UserError, match=None) as caught:
        form.overrides()
    assert says in str(caught.value) and "\n" not in str(caught.value)


def test_the_progress_file_is_read_as_it_grows(tmp_path):
    path = tmp_path / "progress.jsonl"
    follower = Follower(path)
    assert follower.update().phase == "starting"  # (no file yet)
    events = [
        {"event": "download", "user": "bsky:a.bsky.social", "posts": 100, "pages": 1, "expected": 300},
        {"event": "data", "accounts": [{"user": "a.bsky.social", "kept": 90}]},
        {"event": "fit", "step": 4, "total": 20, "resumed": True},
        {"event": "step", "step": 6, "total": 20, "loss": 3.5, "eta_s": 30.0},
        {"event": "checkpoint", "step": 6},
    ]
    path.write_text("".join(json.dumps(e) + "\n" for e in events) + '{"event": "validation", "st')  # (half written)
    state = follower.update()
    assert (state.phase, state.step, state.total, state.resumed_from, state.checkpoint) == ("training", 6, 20, 4, 6)
    assert state.downloads == {"bsky:a.bsky.social": {"posts": 100, "pages": 1, "expected": 300}}
    assert state.losses == [(6, 3.5)] and state.perplexities == [] and state.accounts[0]["kept"] == 90
    with path.open("a") as file:
        file.write('ep": 8, "ppl": 40.5, "loss": 3.7}\n{"event": "export", "model_dir": "m"}\n')
        file.write('{"event": "done", "model_dir": "models/a"}\n')
    state = follower.update()
    assert state.perplexities == [(8, 40.5)] and (state.phase, state.model_dir, state.eta_s) == (
        "done",
        "models/a",
        None,
    )


class Scripted(Runner):
    """A runner whose child is a short Python script in place of train.py: it notes `events` in the progress file,
    then runs `then` (the process control and the messages are what is tested here, not training)."""

    def __init__(self, tmp_path, events, then="", ignore_sigterm=False):
        super().__init__(tmp_path / "models", tmp_path / "logs", tmp_path)
        self.script = (
            "import json, signal, sys, time\n"
            + ("signal.signal(signal.SIGTERM, signal.SIG_IGN)\n" if ignore_sigterm else "")
            + f"with open(sys.argv[1], 'a') as f:\n    f.write({''.join(json.dumps(e) + chr(10) for e in events)!r})\n"
            + then
        )

    def command(self, form, progress):
        form.overrides()
        return [sys.executable, "-c", self.script, str(progress)]


STEPS = [{"event": "fit", "step": 0, "total": 50, "resumed": False}, {"event": "checkpoint", "step": 3},
         {"event": "step", "step": 5, "total": 50, "loss": 4.0, "eta_s": 150}]  # fmt: skip


def finished(runner):
    deadline = time.monotonic() + 30
    while (status := runner.status()).running and time.monotonic() < deadline:
        time.sleep(0.05)
    return status


def test_one_run_at_a_time_and_stop_ends_even_a_run_that_ignores_sigterm(tmp_path):
    runner = Scripted(tmp_path, STEPS, "print('step 5', flush=True)\ntime.sleep(60)\n", ignore_sigterm=True)
    assert runner.status().message == "No run started yet."
    runner.start(TrainForm("dril"))
    deadline = time.monotonic() + 20
    while "step 5" not in runner.status().message and time.monotonic() < deadline:
        time.sleep(0.05)
    status = runner.status()
    assert status.running and status.message == "Training: step 5 of 50 · loss 4.000 · 2 min left"
    with pytest.raises(UserError, match=r"a run is already training \(Training: step 5 of 50"):
        runner.start(TrainForm("dril"))
    began = time.monotonic()
    stopped = runner.stop(grace=0.5)
    assert time.monotonic() - began < 10 and not stopped.running
    assert stopped.message == ("Stopped at step 5. Start again with the same settings to resume from its last "
                               "checkpoint (step 3).")  # fmt: skip
    assert "step 5" in stopped.output.read_text()


@pytest.mark.parametrize(
    ("events", "then", "says"),
    [
        (STEPS + [{"event": "done", "model_dir": "models/dril"}], "sys.exit(0)", "Done: the model is in models/dril"),
        (STEPS + [{"event": "error", "message": "user 'x' has 3 tweets left"}], "sys.exit(1)",
         "error: user 'x' has 3 tweets left"),
        (STEPS, "raise MemoryError('out of memory in the export')",
         "The run failed (exit status 1): MemoryError: out of memory in the export. Its whole output: "),
        (STEPS, "import os; os.kill(os.getpid(), signal.SIGKILL)",
         "The run was stopped by SIGKILL (from outside, or for lack of memory) at step 5. Start again with the same "
         "settings to resume from its last checkpoint (step 3)."),
        (STEPS[:1], "sys.exit(128 + signal.SIGTERM)",
         "The run was stopped by SIGTERM from outside at step 0. Start again with the same settings to resume from "
         "the last checkpoint saved before (none in this session)."),
    ],
)  # fmt: skip
def test_how_a_run_ended_is_one_line(tmp_path, events, then, says):
    runner = Scripted(tmp_path, events, then)
    runner.start(TrainForm("dril"))
    status = finished(runner)
    assert not status.running and status.message.startswith(says), status.message
    assert os.getpid() and runner.status().message == status.message  # (the caller lives on, and so does its answer)


def test_a_run_killed_from_outside_is_told_apart_from_one_stopped_from_the_page(tmp_path):
    runner = Scripted(tmp_path, STEPS, "time.sleep(60)\n")
    runner.start(TrainForm("dril"))
    deadline = time.monotonic() + 20
    while runner.status().state.step < 5 and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(runner.process.pid, signal.SIGKILL)
    assert finished(runner).message.startswith("The run was stopped by SIGKILL")
    runner.start(TrainForm("dril"))  # the next run may start at once
    assert runner.status().running
    runner.stop(grace=5)


ON_STOP = (
    "def on_term(*_):\n    with open(sys.argv[1], 'a') as f:\n        f.write({event!r} + chr(10))\n    {end}\n"
    "signal.signal(signal.SIGTERM, on_term)\nprint('ready', flush=True)\ntime.sleep(60)\n"
)


@pytest.mark.parametrize(
    ("event", "end", "says"),
    [
        ('{"event": "error", "message": "disk full while saving"}', "sys.exit(1)", "error: disk full while saving"),
        ('{"event": "note"}', "raise RuntimeError('DataLoader worker is killed by signal: Terminated')",
         "Stopped at step 5."),
        ('{"event": "note"}', "sys.exit(128 + signal.SIGTERM)", "Stopped at step 5."),
    ],
)  # fmt: skip
def test_a_run_that_reports_an_error_while_the_page_stops_it_says_so(tmp_path, event, end, says):
    runner = Scripted(tmp_path, STEPS, ON_STOP.format(event=event, end=end))
    runner.start(TrainForm("dril"))
    wait_for(lambda: runner.output.exists() and "ready" in runner.output.read_text(), timeout=20, every=0.05)
    assert runner.stop(grace=10).message.startswith(says), runner.status().message


def test_a_failed_run_is_told_by_its_error_not_by_hydras_hint(tmp_path):
    from huggingtweets.runner import _last_line

    output = tmp_path / "output.log"
    output.write_text("Error composing config: Key 'max_step' is not in struct\n\n"
                      "Set the environment variable HYDRA_FULL_ERROR=1 for a complete stack trace.\n")  # fmt: skip
    assert _last_line(output) == "Error composing config: Key 'max_step' is not in struct"
