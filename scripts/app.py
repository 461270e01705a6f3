"""The page: train, write, compare and publish from a browser, on this machine (Gradio).

    python scripts/app.py                                   # http://127.0.0.1:7860
    python scripts/app.py --port 8000 --models-dir models

Needs the `app` extra (pip install -e ".[app]"). It listens on 127.0.0.1 unless told otherwise, makes no share link
and sends no analytics. Training runs as a train.py child process (`huggingtweets.runner`); writing, the card's
record and publishing are the project's own functions. The Hugging Face token comes from HF_TOKEN or `hf auth login`,
never from the page, and is never shown.
"""

from __future__ import annotations

import argparse
import atexit
import functools
import html
import json
import logging
import os
import shlex
import signal
import sys
from collections.abc import Callable
from pathlib import Path

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"  # (read when gradio is imported)

log = logging.getLogger("huggingtweets.app")
ANY = "any (one at random)"
TABLE = ("user", "source", "downloaded", "retweets", "short", "kept", "train", "validation")  # and others above 0
COPY_JS = """element.addEventListener('click', (event) => {
  const button = event.target.closest('button.copy');
  if (button) { navigator.clipboard.writeText(button.dataset.text); button.textContent = 'Copied'; }
});"""
CARD = """<div class="tweet" data-handle="{handle}"><div class="avatar">{initial}</div><div class="body">
<div><span class="name">{name}</span> <span class="handle">@{handle}</span><span class="bot">AI bot</span></div>
<div class="text">{text}</div><div class="foot"><span class="{kind}">{check}</span>
<button class="copy" data-text="{raw}">Copy</button></div></div></div>"""
COPY_CHECK = {None: "✓ new: copies no training tweet", "verbatim": "⚠ copies a training tweet word for word",
              "long_run": "⚠ shares 8 words in a row with a training tweet"}  # fmt: skip


def message(text: str, error: bool = False) -> str:
    return f'<div class="message{" error" if error else ""}">{html.escape(text)}</div>'


def one_line(outputs: int = 1) -> Callable:
    """A page action whose `UserError` (or any failure) becomes one line in its first output, never a traceback."""
    from huggingtweets.errors import UserError

    def wrap(action: Callable) -> Callable:
        @functools.wraps(action)
        def run(*args):
            try:
                return action(*args)
            except UserError as err:
                text = f"error: {err}"
            except Exception as err:  # a bug: its traceback goes to the console, one line to the page
                log.exception("%s failed", action.__name__)
                text = f"error: {type(err).__name__}: {str(err).splitlines()[0] if str(err) else ''} (see the console)"
            first = message(text, error=True)
            return first if outputs == 1 else (first, *[""] * (outputs - 1))

        return run

    return wrap


# --- model directories ------------------------------------------------------------------------------------------


def model_dirs(models_dir: Path) -> list[str]:
    """The model directories under `models_dir` (sweeps' included), the newest first, relative to the working
    directory when inside it."""
    from huggingtweets.record import readable_path

    found = {p.parent for pattern in ("config.json", "adapter_config.json") for depth in range(4)
             for p in models_dir.glob("*/" * (depth + 1) + pattern)}  # fmt: skip
    found = {p for p in found if not any(part.startswith(".") for part in p.relative_to(models_dir).parts)}

    def modified(path: Path) -> float:  # (an export's staging or set-aside copy is hidden, and may go meanwhile)
        try:
            return path.stat().st_mtime
        except FileNotFoundError:
            return 0.0

    return [readable_path(p) for p in sorted(found, key=modified, reverse=True)]


def accounts_of(model_dir: str) -> dict:
    """The directory's accounts file (who it was trained on, whether it writes as each), {} when it has none."""
    from huggingtweets.generation import ACCOUNTS

    path = Path(model_dir or "") / ACCOUNTS
    return json.loads(path.read_text()) if path.is_file() else {}


def display_names(model_dir: str) -> dict[str, str]:
    """Each account's display name, from the run's record (the card's data)."""
    from huggingtweets.record import RECORD, read_record

    if not (Path(model_dir) / RECORD).is_file():
        return {}
    users = (read_record(model_dir).get("card") or {}).get("users") or []
    return {u["handle"]: u.get("display_name") or u["handle"] for u in users}


def checked_dir(model_dir: str) -> str:
    from huggingtweets.errors import UserError

    if not model_dir or not Path(model_dir).is_dir():
        raise UserError(f"model directory {model_dir or '(none)'}: pick one, or type the path of one")
    return model_dir


# --- tweets as tweets -------------------------------------------------------------------------------------------


def tweet_cards(model_dir: str, samples) -> str:
    """`generate`'s samples as tweet cards: picture, name, @handle, an "AI bot" mark, the text, the copy check (the
    directory's `copies.npz`) and a copy button."""
    from huggingtweets.copies import CopyIndex

    names, index = display_names(model_dir), CopyIndex.load(Path(model_dir))
    known = accounts_of(model_dir).get("accounts") or [Path(model_dir).name]
    cards = []
    for sample in samples:
        handle = sample.user or (known[0] if len(known) == 1 else Path(model_dir).name)
        name = names.get(handle) or (handle if sample.user or len(known) == 1 else " & ".join(known))
        check = COPY_CHECK[index.check(sample.text)] if index else "copy check unavailable (no copies.npz)"
        fields = {
            "handle": handle,
            "initial": name[:1].upper(),
            "name": name,
            "text": sample.text or "(empty)",
            "kind": "is-copy" if "⚠" in check else "new",
            "check": check,
            "raw": sample.text,
        }
        cards.append(CARD.format(**{key: html.escape(value) for key, value in fields.items()}))
    return f'<div class="tweets">{"".join(cards)}</div>'


def parse_mix(text: str) -> dict[str, float] | None:
    """`gardenista: 0.7, lunar_larry: 0.3` (the command line's `user={...}`) as weights; None when empty."""
    from omegaconf import OmegaConf
    from omegaconf.errors import OmegaConfBaseException

    from huggingtweets.errors import UserError

    text = text.strip().removeprefix("{").removesuffix("}")
    if not text:
        return None
    try:
        mix = OmegaConf.to_container(OmegaConf.from_dotlist([f"user={{{text}}}"]))["user"]
    except (OmegaConfBaseException, ValueError):
        mix = None
    if not isinstance(mix, dict) or not all(
        isinstance(w, int | float) and not isinstance(w, bool) for w in mix.values()
    ):
        raise UserError(f"mix {text!r}: write accounts with weights, e.g. gardenista: 0.7, lunar_larry: 0.3")
    return mix


def conditioning_table(model_dir: str) -> str:
    """The record's conditioning table: each account's held-out perplexity when the model is told each account."""
    from huggingtweets.record import read_record

    table = ((read_record(model_dir).get("evaluation") or {}).get("conditioning")) or {}
    if not table:
        return message("This model has no conditioning table (it needs several accounts and model.conditioning=user).")
    columns = list(next(iter(table.values())))
    head = "".join(f"<th>as @{html.escape(c)}</th>" for c in columns)
    rows = "".join(
        f"<tr><th>@{html.escape(author)}</th>"
        + "".join(f'<td class="{"own" if c == author else ""}">{row[c]:.1f}</td>' for c in columns)
        + "</tr>"
        for author, row in table.items()
    )
    return (f'<table class="conditioning"><caption>Per-tweet perplexity of each account\'s held-out tweets (rows) '
            f"when the model is told each account (columns): lowest on the diagonal when it learned the accounts"
            f"</caption><tr><th></th>{head}</tr>{rows}</table>")  # fmt: skip


# --- the page ---------------------------------------------------------------------------------------------------


def build(runner, models_dir: Path, demo_dir: Path):
    """The page over `runner` (`huggingtweets.runner.Runner`), listing model directories under `models_dir`."""
    import gradio as gr
    import pandas as pd

    from huggingtweets import hub
    from huggingtweets.demo import ACCOUNTS as DEMO_ACCOUNTS
    from huggingtweets.generation import generate
    from huggingtweets.record import readable_path
    from huggingtweets.runner import BALANCES, LENGTHS, PRESETS, TrainForm

    def pickers_update(chosen: str | None = None):
        dirs = model_dirs(models_dir)
        return gr.update(choices=dirs, value=chosen or (dirs[0] if dirs else None))

    def model_picker(tab: str):
        dirs = model_dirs(models_dir)
        with gr.Row():
            picker = gr.Dropdown(dirs, value=dirs[0] if dirs else None, allow_custom_value=True, scale=4,
                                 label="Model directory", info=f"under {readable_path(models_dir)}, or type a path",
                                 elem_id=f"{tab}-model")  # fmt: skip
            refresh = gr.Button("Refresh the list", scale=1)
        refresh.click(lambda value: pickers_update(value), picker, picker, api_visibility="private")
        return picker

    with gr.Blocks(title="huggingtweets") as page:
        gr.Markdown("# huggingtweets\nTrain a language model on someone's posts, read what it writes, publish it.")
        with gr.Tabs():
            with gr.Tab("Train", id="train"):
                users = gr.Textbox(label="Accounts", placeholder="dril, bsky:dril.bsky.social, mastodon:@user@host",
                                   info="users=[...]: plain handles are read from the posts folder; prefixes pick "
                                   "other sources (x:, bsky:, mastodon:, file:, hf:)", elem_id="users")  # fmt: skip
                with gr.Row():
                    archive = gr.Textbox(label="Posts folder (data.archive_dir)", value="data", scale=4)
                    use_demo = gr.Button("Use the bundled demo accounts", scale=1)
                with gr.Row():
                    preset = gr.Radio(list(PRESETS), value="tiny", label="Model")
                    base = gr.Textbox(label="Base model folder (model.name_or_path)",
                                      info="a local folder for gpt2 or smollm2; empty: the preset's own")  # fmt: skip
                with gr.Row():
                    length = gr.Radio(list(LENGTHS), value="steps", label="Train for")
                    amount = gr.Number(200, precision=0, minimum=1, label="How many", elem_id="amount")
                with gr.Row():
                    conditioning = gr.Checkbox(True, label="Several accounts: one model that writes as each")
                    balance = gr.Radio(list(BALANCES), value="upsample", label="Balance of several accounts")
                other = gr.Textbox(label="Other settings, as on the command line", elem_id="other",
                                   placeholder="trainer.precision=32-true export.card.copy_samples=20")  # fmt: skip
                with gr.Row():
                    start = gr.Button("Start", variant="primary")
                    stop = gr.Button("Stop", variant="stop")
                form_message = gr.HTML(elem_id="form-message")
                run_status = gr.HTML(message("No run started yet."), elem_id="run-status")
                downloads = gr.Dataframe(label="Downloads", visible=False, elem_id="downloads")
                data_table = gr.Dataframe(label="The data", visible=False, elem_id="data-table")
                with gr.Row():
                    loss_plot = gr.LinePlot(x="step", y="loss", title="Training loss", visible=False, elem_id="loss")
                    ppl_plot = gr.LinePlot(x="step", y="perplexity", title="Held-out perplexity", visible=False,
                                           elem_id="perplexity")  # fmt: skip
            with gr.Tab("Write", id="write"):
                write_dir = model_picker("write")
                prompt = gr.Textbox(label="Prompt", placeholder="empty: a fresh tweet", elem_id="prompt")
                with gr.Row():
                    account = gr.Dropdown([ANY], value=ANY, label="Write as (a model trained on several accounts)",
                                          allow_custom_value=True, elem_id="write-as")  # fmt: skip
                    mix = gr.Textbox(label="... or a mix of them", placeholder="gardenista: 0.7, lunar_larry: 0.3")
                with gr.Row():
                    n = gr.Slider(1, 20, value=5, step=1, label="Tweets", elem_id="n")
                    seed = gr.Number(0, precision=0, minimum=0, label="Seed")
                    temperature = gr.Slider(0.1, 2.0, value=1.0, step=0.05, label="Temperature")
                    top_p = gr.Slider(0.05, 1.0, value=0.95, step=0.01, label="Top-p")
                avoid = gr.Checkbox(False, label="Draw again instead of showing copies of training tweets")
                write = gr.Button("Write", variant="primary")
                written = gr.HTML(elem_id="written", js_on_load=COPY_JS)
            with gr.Tab("Compare", id="compare"):
                compare_dir = model_picker("compare")
                with gr.Row():
                    compare_prompt = gr.Textbox("", label="Prompt", placeholder="empty: fresh tweets", scale=3)
                    per_account = gr.Slider(1, 5, value=2, step=1, label="Tweets per account")
                    compare_seed = gr.Number(0, precision=0, minimum=0, label="Seed")
                compare = gr.Button("Write as each account", variant="primary")
                compared = gr.HTML(elem_id="compared", js_on_load=COPY_JS)
                table = gr.HTML(elem_id="conditioning")
            with gr.Tab("Publish", id="publish"):
                publish_dir = model_picker("publish")
                gr.HTML(message(token_line()))
                with gr.Row():
                    repo = gr.Textbox(label="Repository", placeholder="you/name")
                    public = gr.Checkbox(False, label="Public (it is private unless you tick this)")
                push = gr.Button("Push", variant="primary")
                with gr.Row():
                    doomed = gr.Textbox(label="Delete a repository", placeholder="you/name")
                    confirm = gr.Textbox(label="Type its name again to confirm")
                delete = gr.Button("Delete for good", variant="stop")
                published = gr.HTML(elem_id="published")
        pickers = [write_dir, compare_dir, publish_dir]
        known = gr.State(model_dirs(models_dir))

        # --- Train
        fields = [users, archive, preset, base, length, amount, conditioning, balance, other]

        @one_line()
        def check(*values) -> str:
            TrainForm(*values).overrides()
            return ""

        @one_line()
        def start_run(*values) -> str:
            form = TrainForm(*values)
            runner.start(form)
            return message("Started: " + shlex.join(["python", "train.py", *form.overrides()]))

        def refresh(seen: list[str]):
            status = runner.status()
            state = status.state
            rows = [{"account": u, **d} for u, d in state.downloads.items()]
            losses = pd.DataFrame(state.losses, columns=["step", "loss"])
            ppl = pd.DataFrame(state.perplexities, columns=["step", "perplexity"])
            dirs = model_dirs(models_dir)
            new = dirs != seen
            chosen = readable_path(state.model_dir) if state.model_dir else None
            accounts = pd.DataFrame(state.accounts)
            accounts = accounts[[c for c in accounts.columns if c in TABLE or (accounts[c] != 0).any()]]
            return (
                message(status.message, error=not status.running and status.message.startswith(("error", "The run"))),
                gr.update(value=pd.DataFrame(rows), visible=bool(rows)),
                gr.update(value=accounts, visible=bool(state.accounts)),
                gr.update(value=losses, visible=bool(state.losses)),
                gr.update(value=ppl, visible=bool(state.perplexities)),
                dirs,
                *[pickers_update(chosen) if new else gr.skip() for _ in pickers],
            )

        use_demo.click(lambda: (", ".join(DEMO_ACCOUNTS), str(demo_dir)), None, [users, archive],
                       api_visibility="private")  # fmt: skip
        users.blur(check, fields, form_message, api_name="check")
        start.click(start_run, fields, form_message, api_name="start")
        stop.click(lambda: runner.stop() and "", None, form_message, api_name="stop")  # (the status says how it ended)
        outputs = [run_status, downloads, data_table, loss_plot, ppl_plot, known, *pickers]
        gr.Timer(1.0).tick(refresh, known, outputs, api_visibility="private", show_progress="hidden")
        page.load(lambda: message(runner.status().message), None, run_status, api_name="status", show_progress="hidden")

        # --- Write
        def accounts_choices(model_dir: str):
            found = accounts_of(model_dir)
            choices = found.get("accounts", []) if found.get("conditioning") == "user" else []
            return gr.update(choices=[ANY, *choices], value=ANY)

        @one_line()
        def write_tweets(model_dir, prompt, account, mix, n, seed, temperature, top_p, avoid) -> str:
            model_dir = checked_dir(model_dir)
            user = parse_mix(mix) or (None if account in (ANY, None) else account)
            samples = generate(model_dir, prompt or "", user=user, n=int(n), seed=int(seed), avoid_copies=avoid,
                               sampling={"temperature": float(temperature), "top_p": float(top_p)})  # fmt: skip
            return tweet_cards(model_dir, samples)

        write_dir.change(accounts_choices, write_dir, account, api_visibility="private")
        page.load(accounts_choices, write_dir, account, api_visibility="private")
        write.click(write_tweets, [write_dir, prompt, account, mix, n, seed, temperature, top_p, avoid], written,
                    api_name="write")  # fmt: skip

        # --- Compare
        @one_line(outputs=2)
        def compare_accounts(model_dir, prompt, per_account, seed) -> tuple[str, str]:
            from huggingtweets.errors import UserError

            model_dir = checked_dir(model_dir)
            found = accounts_of(model_dir)
            if found.get("conditioning") != "user" or len(found.get("accounts", [])) < 2:
                raise UserError(f"{model_dir} was not trained to write as each of several accounts "
                                "(train it with several accounts and model.conditioning=user)")  # fmt: skip
            columns = []
            for handle in found["accounts"]:
                samples = generate(model_dir, prompt or "", user=handle, n=int(per_account), seed=int(seed))
                columns.append(f"<div><h3>as @{html.escape(handle)}</h3>{tweet_cards(model_dir, samples)}</div>")
            return f'<div class="compare">{"".join(columns)}</div>', conditioning_table(model_dir)

        compare.click(compare_accounts, [compare_dir, compare_prompt, per_account, compare_seed], [compared, table],
                      api_name="compare")  # fmt: skip

        # --- Publish
        @one_line()
        def push_model(model_dir: str, repo_id: str, public: bool) -> str:
            model_dir = checked_dir(model_dir)
            hub.check_can_push(repo_id.strip())
            url, private = hub.push(model_dir, repo_id.strip(), private=not public)
            return message(f"Pushed {model_dir} to {url} ({'private' if private else 'public'})")

        @one_line()
        def delete_repo(repo_id: str, again: str) -> str:
            repo_id = hub.check_repo_id(repo_id.strip())
            if again.strip() != repo_id:
                return message(f"Not deleted: type {repo_id} again, exactly, to confirm", error=True)
            hub.delete(repo_id)
            return message(f"Deleted {repo_id} from the hub")

        push.click(push_model, [publish_dir, repo, public], published, api_name="push")
        delete.click(delete_repo, [doomed, confirm], published, api_name="delete")
    return page


def token_line() -> str:
    """Where the Hugging Face token comes from (never the token itself)."""
    from huggingface_hub import get_token

    if os.environ.get("HF_TOKEN"):
        return "A Hugging Face token is set (the HF_TOKEN environment variable)."
    if get_token():
        return "A Hugging Face token is set (from `hf auth login`)."
    return "No Hugging Face token: set HF_TOKEN or run `hf auth login`, then start the page again, to publish."


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=7860, help="the port to serve on (default 7860)")
    parser.add_argument("--host", default="127.0.0.1",
                        help="the address to listen on (default: this machine only; 0.0.0.0 lets anyone who can reach "
                        "it start runs and publish with your token)")  # fmt: skip
    parser.add_argument("--models-dir", default="models", help="where runs write models, and the page finds them")
    args = parser.parse_args(argv)
    try:
        import gradio  # noqa: F401
    except ImportError:
        print("error: the page needs Gradio: pip install -e '.[app]'", file=sys.stderr)
        return 1
    from huggingtweets.demo import DEMO_DIR
    from huggingtweets.runner import Runner

    models_dir = Path(args.models_dir)
    runner = Runner(models_dir, Path("logs") / "app")
    atexit.register(runner.stop, 5.0)  # (the page going away ends its run)
    endings = [signal.SIGTERM]  # and a closed terminal's SIGHUP, unless ignored (nohup)
    if hasattr(signal, "SIGHUP") and signal.getsignal(signal.SIGHUP) is signal.SIG_DFL:
        endings.append(signal.SIGHUP)

    def end(*_) -> None:
        for ending in endings:  # (a second signal must not cut short the stop below)
            signal.signal(ending, signal.SIG_IGN)
        sys.exit(0)

    for ending in endings:
        signal.signal(ending, end)
    page = build(runner, models_dir.resolve(), DEMO_DIR)
    page.queue(default_concurrency_limit=1)
    page.launch(server_name=args.host, server_port=args.port, share=False, inbrowser=False, show_error=False,
                ssr_mode=False, mcp_server=False, footer_links=[],
                css_paths=[Path(__file__).with_name("app.css")])  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
