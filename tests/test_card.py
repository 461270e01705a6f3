"""The model card: the seed's structure, the training-data table, and links only where they lead somewhere."""

import re

from huggingface_hub import ModelCard

from huggingtweets.card import CardData, UserColumn, render_card, write_card


def counts(downloaded, retweets, short, kept, **extra):
    return {"downloaded": downloaded, "retweets": retweets, "short": short, "kept": kept, **extra}


def card(**overrides) -> CardData:
    fields = dict(
        name="dril-fart-horse_ebooks",
        users=[
            UserColumn("horse_ebooks", "Horse ebooks", counts(3200, 0, 421, 2779)),
            UserColumn("dril", "wint", counts(3226, 477, 306, 2443), "https://example.com/dril.jpg"),
            UserColumn("fart", "jon (PERSECUTED)", counts(3217, 571, 558, 2088)),
        ],
        model_ref="models/dril-fart-horse_ebooks",
        base_model="gpt2",
        base_model_is_hub=True,
        model_type="gpt2",
        tokenizer="gpt2",
        parameters=124_439_808,
        hyperparameters={"Learning rate": "0.0001", "Block size": "128 tokens"},
        after={"ppl": 31.4159, "bpb": 1.2345, "tweets": 700},
        before={"ppl": 97.5, "bpb": 2.5},
        samples=[(None, 'My dream is to be a "horse" <3'), (None, "two\nlines")],
        images={"preview": "predictions.png", "curves": "training_curves.png"},
    )
    return CardData(**(fields | overrides))


def test_the_card_round_trips_through_huggingface_hub_with_its_model_index(tmp_path):
    per_user = {"horse_ebooks": {"ppl": 20.0}, "dril": {"ppl": 40.0}, "fart": {"ppl": 35.5}}
    path = write_card(card(after={"ppl": 31.4159, "bpb": 1.2345, "tweets": 700, "users": per_user}), tmp_path)
    loaded = ModelCard.load(path)
    data = loaded.data
    assert data.language == ["en"] and data.base_model == "gpt2" and data.pipeline_tag == "text-generation"
    assert {"huggingtweets", "text-generation"} <= set(data.tags) and data.widget == [{"text": "My dream is"}]
    results = {(r.dataset_name, r.metric_type): r.metric_value for r in data.eval_results}
    assert results == {("@dril-fart-horse_ebooks held-out tweets", "perplexity"): 31.4159,
                       ("@horse_ebooks held-out tweets", "perplexity"): 20.0,
                       ("@dril held-out tweets", "perplexity"): 40.0,
                       ("@fart held-out tweets", "perplexity"): 35.5}  # fmt: skip
    assert loaded.text.lstrip().startswith('<div class="inline-flex')


def test_a_language_code_that_yaml_reads_as_false_survives():
    data = ModelCard(render_card(card(language="no"))).data  # Norwegian, not `false`
    assert data.language == ["no"]


def test_the_sections_come_in_the_original_order_plus_ours():
    text = render_card(card(reproduce={"seed": 42}, copies={"samples": 10, "verbatim": 1, "long_run": 2,
                                                            "run_words": 8}))  # fmt: skip
    order = ["## How does it work?", "## Training data", "## Training procedure", "## Evaluation", "## How to use",
             "## Limitations and bias", "## Reproducing this run", "## About"]  # fmt: skip
    positions = [text.index(heading) for heading in order]
    assert positions == sorted(positions)
    assert "of 10 fresh tweets sampled from these weights, 1 (10.0%) repeat a training tweet" in text
    assert "2 (20.0%) more share a run of 8 or more words" in text and "| `seed` | 42 |" in text


def test_front_matter_and_header_follow_the_seed():
    text = render_card(card())
    assert "🤖 AI CYBORG 🤖" in text and "@dril-fart-horse_ebooks</div>" in text
    assert "Horse ebooks &amp; wint &amp; jon (PERSECUTED)" in text  # HTML-escaped in the header
    assert text.count("background-image") == 1  # only the user with an avatar


def test_training_data_table_has_one_column_per_user_and_the_exact_rows():
    text = render_card(card())
    table = re.search(r"\| Data \|.*?\n\n", text, re.S).group(0).strip().splitlines()
    assert table == [
        "| Data | Horse ebooks | wint | jon (PERSECUTED) |",
        "| --- | --- | --- | --- |",
        "| Tweets downloaded | 3200 | 3226 | 3217 |",
        "| Retweets | 0 | 477 | 571 |",
        "| Short tweets | 421 | 306 | 558 |",
        "| Tweets kept | 2779 | 2443 | 2088 |",
    ]


def test_pipes_in_display_names_do_not_break_the_table():
    users = [UserColumn("jane", "Jane | Artist", counts(10, 1, 2, 7))]
    assert "| Data | Jane \\| Artist |" in render_card(card(name="jane", users=users))


def test_extra_filter_rows_appear_only_when_they_removed_something():
    users = [UserColumn("a", "A", counts(10, 1, 2, 5, duplicates=2)), UserColumn("b", "B", counts(5, 0, 0, 5))]
    text = render_card(card(name="a-b", users=users, language="de"))
    assert ModelCard(text).data.language == ["de"]
    assert "| Duplicates | 2 | 0 |" in text and "| Replies |" not in text
    assert text.index("| Short tweets |") < text.index("| Duplicates |") < text.index("| Tweets kept |")


def test_numbers_snippet_and_pictures():
    text = render_card(card())
    assert "Evaluated on 700 held-out tweets, each scored alone" in text
    assert "| zero-shot (before fine-tuning) | **97.50** | 2.500 |\n| after training | **31.42** | 1.234 |" in text
    assert "model='models/dril-fart-horse_ebooks'" in text
    assert "![sample generations](predictions.png)" in text and "![training curves](training_curves.png)" in text
    assert "[GPT-2](https://huggingface.co/gpt2)" in text
    assert '> My dream is to be a "horse" &lt;3' in text and "> two\n> lines" in text


def test_thumbnail_only_when_the_model_is_pushed():
    assert "thumbnail" not in render_card(card())
    assert "thumbnail" not in render_card(card(repo_id="huggingtweets/dril-fart-horse_ebooks"))
    published = render_card(card(repo_id="huggingtweets/dril-fart-horse_ebooks", thumbnail=True))
    assert (
        "thumbnail: https://huggingface.co/huggingtweets/dril-fart-horse_ebooks/resolve/main/predictions.png"
        in published
    )


def test_wandb_links_only_for_online_runs():
    assert "wandb.ai" not in render_card(card())
    online = render_card(card(wandb_run_url="https://wandb.ai/me/huggingtweets/runs/abc123"))
    assert online.count("https://wandb.ai/me/huggingtweets/runs/abc123") == 2


def test_single_user_from_scratch_and_local_base_model():
    one = [UserColumn("dril", "wint", counts(12241, 948, 1028, 10265))]
    scratch = render_card(
        card(
            name="dril",
            users=one,
            base_model="scratch",
            base_model_is_hub=False,
            model_type="llama",
            min_words=2,
            tokenizer=None,
        )  # fmt: skip
    )
    assert "🤖 AI BOT 🤖" in scratch and "@dril</div>" in scratch and "base_model" not in scratch
    assert "small `llama` transformer" in scratch and "fewer than 2 words" in scratch
    assert "BPE tokenizer trained on the same tweets" in scratch
    gpt2_vocab = render_card(card(name="dril", users=one, base_model="scratch", base_model_is_hub=False))
    assert "with the `gpt2` tokenizer" in gpt2_vocab
    assert "| Tweets downloaded | 12241 |" in scratch and "| Tweets kept | 10265 |" in scratch
    local = render_card(card(users=one, base_model="/home/someone/models/smollm2", base_model_is_hub=False))
    assert "/home/someone" not in local and "`smollm2` (a local model)" in local


def test_several_accounts_get_their_own_numbers_samples_and_the_conditioning_table():
    per_user = {
        "horse_ebooks": {"ppl": 20.0, "bpb": 1.0},
        "dril": {"ppl": 40.0, "bpb": 1.5},
        "fart": {"ppl": 35.0, "bpb": 1.4},
    }
    conditioning = {"horse_ebooks": {"horse_ebooks": 20.0, "dril": 90.0, "fart": 80.0},
                    "dril": {"horse_ebooks": 99.0, "dril": 40.0, "fart": 70.0},
                    "fart": {"horse_ebooks": 88.0, "dril": 77.0, "fart": 35.0}}  # fmt: skip
    text = render_card(card(
        after={"ppl": 31.4159, "bpb": 1.2345, "tweets": 700, "users": per_user},
        conditioning=conditioning, balance="upsample", train_tokens={"horse_ebooks": 900, "dril": 1000, "fart": 950},
        samples=[("dril", "i am the sample"), ("fart", "me too")],
    ))  # fmt: skip
    assert (
        "| wint (@dril) | 97.50 | 40.00 |" in text.replace("| - |", "| 97.50 |")
        or "| wint (@dril) | - | 40.00 |" in text
    )
    assert "| @dril | 99.00 | **40.00** | 70.00 |" in text
    assert "| Written by / told as | @horse_ebooks | @dril | @fart |" in text
    assert "repeating the smaller accounts' tweets up to the largest one's character count" in text
    assert "@dril 1,000" in text and "> **@dril:** i am the sample" in text


def test_a_snippet_for_a_directory_under_home_expands_the_tilde_and_compiles():
    text = render_card(card(model_ref="~/models/dril"))
    snippet = re.search(r"```python\n(.*?)```", text, re.S).group(1)
    assert "import os" in snippet and "model=os.path.expanduser('~/models/dril')" in snippet
    compile(snippet, "snippet", "exec")
    assert "import os" not in render_card(card())


def test_the_home_directory_is_redacted_only_where_a_path_is_inside_it(monkeypatch, tmp_path):
    from pathlib import Path

    from huggingtweets.record import redact_home

    monkeypatch.setenv("HOME", "/home/al")
    assert redact_home({"a": "/home/al/models/x", "b": ["/home/alice/x"], "c": Path("/home/al/y"), "d": 3}) == {
        "a": "~/models/x", "b": ["/home/alice/x"], "c": "~/y", "d": 3}  # fmt: skip
