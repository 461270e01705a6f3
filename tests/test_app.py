"""The page through `gradio_client`, where a browser adds nothing (the browser: test_app_browser.py): the real
`python scripts/app.py` with the canary secrets in its environment and a loopback hub. Its run is killed from
outside and started again; it writes as one account, a mix, each account side by side; it publishes and deletes with
the command line's confirmations; and no answer, page or file of it holds a secret."""

from __future__ import annotations

import html
import json
import os
import re
import signal

import httpx
import pytest

from huggingtweets.demo import ACCOUNTS, DEMO_DIR
from huggingtweets.progress import Follower

from .app_server import QUICK, AppServer, leaks, wait_for
from .conftest import SECRETS
from .fake_hub import FakeHub

pytest.importorskip("gradio", reason="the page needs the app extra: pip install -e '.[app]'")
pytestmark = pytest.mark.slow
# the demo accounts, tiny, 12 steps; last.ckpt every 0.3 s of training and each step slowed, so a kill lands mid-run
SLOW = ("callbacks.last_checkpoint.train_time_interval.minutes=0.005 "
        "+callbacks.slow._target_=tests.hardening.helpers.Slow +callbacks.slow.seconds=0.4")  # fmt: skip
FORM = [", ".join(ACCOUNTS), str(DEMO_DIR), "tiny", "", "steps", 12, True, "upsample", f"{QUICK} {SLOW}"]
MODEL = "models/" + "-".join(ACCOUNTS)


def text(answer: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", answer))


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    """The page, a client of it, the loopback hub it publishes to, and every answer it gave (scanned at the end)."""
    root = tmp_path_factory.mktemp("app")
    with FakeHub(SECRETS["HF_TOKEN"]) as hub, AppServer(root, hub.env()) as server:
        client, answers = server.client(), []

        def call(*args, api_name: str):
            answer = client.predict(*args, api_name=api_name)
            answers.append(json.dumps(answer))
            return answer

        yield {"server": server, "hub": hub, "call": call, "answers": answers, "root": root}


def saying(call, *words: str):
    """A check for `wait_for`: the page's status, once it holds one of `words`."""

    def check() -> str | None:
        status = call(api_name="/status")
        return status if any(word in status for word in words) else None

    return check


@pytest.fixture(scope="module")
def killed_and_resumed(app):
    """A run started from the page, killed with SIGKILL from outside at its first checkpoint, then started again
    with the same settings; what the page said along the way."""
    server, call, seen = app["server"], app["call"], {}
    assert "Started: python train.py" in call(*FORM, api_name="/start")
    seen["second start"] = call(*FORM, api_name="/start")  # while the first runs
    [first] = sorted((app["root"] / "logs" / "app").iterdir())
    follower = Follower(first / "progress.jsonl")
    seen["checkpoint"] = wait_for(lambda: follower.update().checkpoint, timeout=180, every=0.05)
    [child] = server.training()
    os.kill(child, signal.SIGKILL)
    seen["after kill"] = wait_for(saying(call, "stopped by"), timeout=60)
    seen["page answers"] = httpx.get(server.url).status_code
    assert "Started: python train.py" in call(*FORM, api_name="/start")
    second = sorted((app["root"] / "logs" / "app").iterdir())[-1]
    seen["resumed"] = wait_for(saying(call, "resumed from step"))
    seen["done"] = wait_for(saying(call, "Done:", "error"))
    seen["second"] = Follower(second / "progress.jsonl").update()
    return seen


def test_a_run_killed_from_outside_leaves_the_page_working_and_the_same_settings_resume_it(killed_and_resumed):
    seen = killed_and_resumed
    assert "error: a run is already training" in seen["second start"]
    step = seen["checkpoint"]
    assert "The run was stopped by SIGKILL (from outside, or for lack of memory) at step" in text(seen["after kill"])
    assert f"resume from its last checkpoint (step {step})" in text(seen["after kill"])
    assert seen["page answers"] == 200
    assert f"resumed from step {step}" in text(seen["resumed"])
    assert f"Done: the model is in {MODEL}" in text(seen["done"])
    second = seen["second"]
    assert second.resumed_from == step and second.step == 12 and second.phase == "done"
    assert second.perplexities and second.losses[0][0] > step  # it went on, it did not start over


def test_a_bad_handle_is_one_line_naming_it_and_starts_nothing(app, killed_and_resumed):
    call = app["call"]
    for action in ("/check", "/start"):
        answer = call("gardenista, @lunar larry", *FORM[1:], api_name=action)
        assert "error: users: '@lunar larry' is not a handle" in text(answer)
        assert "Traceback" not in answer and text(answer).count("error") == 1
    assert "Done:" in call(api_name="/status")  # (the last run's word stands: no new run)
    bad = call(*FORM[:-1], "--multirun", api_name="/check")
    assert "other settings: '--multirun' is not a setting" in text(bad)


def test_write_as_one_account_and_as_a_mix(app, killed_and_resumed):
    call = app["call"]
    cards = call(MODEL, "the moon is", "gardenista", "", 3, 0, 1.0, 0.95, False, api_name="/write")
    assert cards.count('<div class="tweet"') == 3 and cards.count('data-handle="gardenista"') == 3
    assert cards.count("AI bot") == 3 and cards.count('<button class="copy"') == 3
    assert len(re.findall(r"copies no training tweet|copies a training tweet|shares 8 words", cards)) == 3
    assert all(t.startswith("the moon is") for t in re.findall(r'<div class="text">([^<]*)</div>', cards))
    again = call(MODEL, "the moon is", "gardenista", "", 3, 0, 1.0, 0.95, False, api_name="/write")
    assert again == cards  # the same seed, the same tweets
    mixed = call(MODEL, "", "any (one at random)", "gardenista: 0.5, lunar_larry: 0.5", 8, 1, 0.8, 0.9, True,
                 api_name="/write")  # fmt: skip
    handles = set(re.findall(r'data-handle="([^"]+)"', mixed))
    assert mixed.count('<div class="tweet"') == 8 and handles <= {"gardenista", "lunar_larry"}
    assert "copies a training tweet" not in mixed  # (drawn again instead)
    for args, says in [
        (("nobody", ""), "this model does not know nobody"),
        (("any (one at random)", "gardenista 0.5"), "mix 'gardenista 0.5': write accounts with weights"),
    ]:
        answer = call(MODEL, "", *args, 3, 0, 1.0, 0.95, False, api_name="/write")
        assert says in text(answer) and answer.startswith('<div class="message error">error: ')
    answer = call("models/nothing-here", "", "any (one at random)", "", 3, 0, 1.0, 0.95, False, api_name="/write")
    assert "model directory models/nothing-here: pick one" in text(answer)


def test_compare_writes_the_prompt_as_each_account_and_shows_the_conditioning_table(app, killed_and_resumed):
    columns, table = app["call"](MODEL, "my garden", 2, 0, api_name="/compare")
    for handle in ACCOUNTS:
        assert f"<h3>as @{handle}</h3>" in columns and columns.count(f'data-handle="{handle}"') == 2
    record = json.loads((app["root"] / MODEL / "huggingtweets.json").read_text())
    conditioning = record["evaluation"]["conditioning"]
    assert table.count("<tr>") == len(ACCOUNTS) + 1
    assert f"{conditioning['gardenista']['gardenista']:.1f}" in table


def test_publish_privately_and_delete_only_when_the_name_is_typed_again(app, killed_and_resumed):
    call, hub = app["call"], app["hub"]
    answer = call(MODEL, "someone/demo", False, api_name="/push")
    assert f"Pushed {MODEL} to {hub.url}/someone/demo (private)" in answer
    files = hub.repos["someone/demo"]["files"]
    assert hub.repos["someone/demo"]["private"] and "model.safetensors" in files
    assert not any(leaks(content) for content in files.values())
    assert "error: hub.repo_id=nodash" in call(MODEL, "nodash", False, api_name="/push")
    assert "Not deleted: type someone/demo again" in call("someone/demo", "someone/dem", api_name="/delete")
    assert "someone/demo" in hub.repos
    assert "Deleted someone/demo" in call("someone/demo", "someone/demo", api_name="/delete")
    assert "someone/demo" not in hub.repos
    assert "could not delete someone/demo" in call("someone/demo", "someone/demo", api_name="/delete")


def test_no_secret_in_any_answer_page_log_or_file_of_the_page(app, killed_and_resumed):
    server = app["server"]
    pages = {path: httpx.get(server.url + path).text for path in ("/", "/config", "/gradio_api/info")}
    assert "Publish" in pages["/config"] and "A Hugging Face token is set" in pages["/config"]
    for where, content in [("answers", "\n".join(app["answers"])), *pages.items()]:
        assert not leaks(content), f"a secret in {where}"
    written = server.written()
    assert any(p.name == "output.log" for p in written) and any(p.name == "progress.jsonl" for p in written)
    for path in written:
        assert not leaks(path.read_bytes()), f"a secret in {path}"


@pytest.mark.parametrize("ending", [signal.SIGTERM, signal.SIGHUP])
def test_the_page_ending_ends_its_run(tmp_path, ending):
    """`kill` or a closed terminal: the page stops its run before it goes, leaving no training behind it."""
    with AppServer(tmp_path) as server:
        assert "Started: python train.py" in server.client().predict(*FORM, api_name="/start")
        [child] = wait_for(server.training, timeout=180, every=0.05)
        server.process.send_signal(ending)
        assert server.process.wait(60) == 0
    with pytest.raises(ProcessLookupError):
        os.kill(child, 0)


def test_under_nohup_a_hangup_leaves_the_page_and_its_run_alone(tmp_path):
    with AppServer(tmp_path, nohup=True) as server:
        assert "Started: python train.py" in server.client().predict(*FORM, api_name="/start")
        [child] = wait_for(server.training, timeout=180, every=0.05)
        server.process.send_signal(signal.SIGHUP)
        assert httpx.get(server.url).status_code == 200 and server.process.poll() is None
        os.kill(child, 0)  # (still training)
