"""What makes the numbers honest: packed tweets see only themselves, and generation sees what training saw."""

import pytest
import torch
from lightning.pytorch import Trainer
from tokenizers import processors
from transformers import GPT2LMHeadModel, pipeline

from huggingtweets.data import TweetDataModule, encode, pack_tweets
from huggingtweets.errors import UserError
from huggingtweets.generation import generation_config, sample
from huggingtweets.model import TweetLM, packing_leak
from huggingtweets.tokenizer import load_tokenizer, start_marker, train_tokenizer, with_start_marker

from .test_model import TINY_GPT2, TINY_LLAMA

TEXTS = [
    "the moon is a big rock and i love it",
    "gm",
    "my telescope showed me three stars in a row tonight, what a view",
    "a very fast cloud",
    "petition to rename the harvest moon to big steve",
    "i have no further questions about the crescent",
]


@pytest.fixture(scope="module")
def tokenizer():
    return train_tokenizer(TEXTS * 3, vocab_size=300)


@pytest.mark.parametrize("architecture", [TINY_GPT2, TINY_LLAMA], ids=["gpt2", "llama"])
@pytest.mark.parametrize("attention", ["sdpa", "eager"])
def test_packed_tweets_get_the_logits_they_get_alone(tokenizer, architecture, attention):
    torch.manual_seed(0)
    lm = TweetLM(tokenizer, architecture={**architecture, "attn_implementation": attention}).eval()
    samples = encode(tokenizer, TEXTS, max_tokens=40)
    packed = pack_tweets(samples, block_size=40, pad_id=tokenizer.pad_token_id)
    batch = {key: torch.tensor(value) for key, value in packed.items()}
    assert len(batch["input_ids"]) < len(samples)  # several tweets share a row
    with torch.no_grad():
        logits = lm(batch, labels=False).logits
        leaky = lm.model(input_ids=batch["input_ids"], position_ids=batch["position_ids"]).logits  # with a cache
        alone = {tuple(s): lm.model(input_ids=torch.tensor([s])).logits[0] for s in samples}
    compared = leaks = 0
    for row, positions in enumerate(batch["position_ids"].tolist()):
        starts = [i for i, p in enumerate(positions) if p == 0] + [len(positions)]
        for start, end in zip(starts, starts[1:], strict=False):
            piece = tuple(batch["input_ids"][row, start:end].tolist())
            if piece in alone:
                torch.testing.assert_close(logits[row, start:end], alone[piece], atol=1e-5, rtol=1e-4)
                compared += 1
                leaks += start > 0 and not torch.allclose(leaky[row, start:end], alone[piece], atol=1e-5)
    assert compared == len(samples)
    assert leaks > 0  # the control: with the cache on, transformers skips the detection and tweets see each other


class PositionBlindGPT2(GPT2LMHeadModel):
    """A model whose attention ignores restarting `position_ids`: packed tweets see the tweets before them."""

    def forward(self, *args, position_ids=None, **kwargs):
        return super().forward(*args, **kwargs)


@pytest.mark.parametrize("architecture", [TINY_GPT2, TINY_LLAMA], ids=["gpt2", "llama"])
@pytest.mark.parametrize("attention", ["sdpa", "eager"])
def test_the_start_of_training_check_passes_models_that_keep_packed_tweets_apart(tokenizer, architecture, attention):
    torch.manual_seed(0)
    lm = TweetLM(tokenizer, architecture=architecture, attn_implementation=attention)
    assert lm.model.config._attn_implementation == attention
    probe = encode(tokenizer, TEXTS[:3], max_tokens=40)
    packed, across = packing_leak(lm.model, probe)
    assert packed < 1e-4 < 1e-2 < across  # the control: attention across the row moves the scores
    lm.connect(["moon"], probe)
    lm.check_packing()


def test_the_start_of_training_check_stops_a_model_that_lets_packed_tweets_attend_to_each_other(archive_dir, tmp_path):
    dm = TweetDataModule(["alice"], archive_dir=str(archive_dir), cache_dir=str(tmp_path), block_size=32)
    dm.tokenizer = train_tokenizer(dm.train_texts, vocab_size=300)
    lm = TweetLM(dm.tokenizer, architecture=TINY_GPT2)
    lm.model = PositionBlindGPT2(lm.model.config)
    lm.connect(["alice"], dm.packing_probe())
    trainer = Trainer(max_steps=2, logger=False, enable_checkpointing=False, enable_progress_bar=False)
    with pytest.raises(UserError, match=r"packed tweets attend to each other in gpt2 .*data.packing=stream") as err:
        trainer.fit(lm, datamodule=dm)
    assert "\n" not in str(err.value) and trainer.global_step == 0
    dm.packing = "stream"  # tweets meant to see each other: nothing to check
    assert dm.packing_probe() == []


def test_a_tokenizer_that_adds_its_own_bos_keeps_it(tokenizer):
    llama_style = train_tokenizer(TEXTS, vocab_size=300)
    llama_style.add_special_tokens({"bos_token": "<s>"})
    bos = llama_style.bos_token_id
    llama_style.backend_tokenizer.post_processor = processors.TemplateProcessing(
        single="<s> $A", pair="<s> $A <s> $B", special_tokens=[("<s>", bos)]
    )
    assert start_marker(with_start_marker(llama_style)) == bos
    assert start_marker(tokenizer) == tokenizer.eos_token_id  # GPT-2 style: the EOS before the tweet


def test_pipeline_on_a_saved_directory_sees_what_training_saw(tokenizer, tmp_path):
    torch.manual_seed(0)
    lm = TweetLM(tokenizer, architecture=TINY_GPT2)
    lm.model.generation_config = generation_config(lm.model, tokenizer)
    lm.model.save_pretrained(tmp_path)
    tokenizer.save_pretrained(tmp_path)

    reloaded = load_tokenizer(str(tmp_path))
    assert reloaded("My dream is")["input_ids"] == encode(tokenizer, ["My dream is"], 64)[0][:-1]
    assert reloaded("My dream is")["input_ids"][0] == tokenizer.eos_token_id  # the start marker, from the file
    generator = pipeline("text-generation", model=str(tmp_path))
    assert generator.tokenizer("My dream is")["input_ids"][0] == tokenizer.eos_token_id
    torch.manual_seed(7)
    [piped] = generator("My dream is", max_new_tokens=12, do_sample=True)
    [ours] = sample(generator.model, generator.tokenizer, ["My dream is"], max_new_tokens=12, seed=7)
    assert piped["generated_text"].startswith("My dream is") and piped["generated_text"].strip() == ours


@pytest.mark.slow
def test_evaluate_finds_the_runs_own_split_and_reproduces_the_cards_numbers(compose_cfg, tmp_path, monkeypatch):
    import json
    import re
    import subprocess
    import sys

    from huggingtweets.train import train

    from .conftest import ROOT, TINY

    monkeypatch.chdir(tmp_path)
    train(compose_cfg(*TINY, "trainer.max_steps=8", "~logger", "data.split_seed=3"))
    model_dir = tmp_path / "models" / "alice-bob"
    record = json.loads((model_dir / "huggingtweets.json").read_text())
    assert record["split"]["split_seed"] == 3 and record["data"]["users"] == ["alice", "bob"]
    card_ppl = float(re.search(r"\| after training \| \*\*([0-9.]+)\*\*", (model_dir / "README.md").read_text())[1])

    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "evaluate.py"), str(model_dir), "--json", "-"],
                         capture_output=True, text=True, cwd=tmp_path)  # fmt: skip
    assert out.returncode == 0, out.stderr[-2000:]
    result = json.loads(out.stdout)
    assert result["same_split_as_training"] and "zero_shot" not in result  # a model from scratch has no zero-shot
    assert result["fine_tuned"]["ppl"] == pytest.approx(card_ppl, abs=0.006)
    assert set(result["fine_tuned"]["users"]) == {"alice", "bob"}
    table = subprocess.run([sys.executable, str(ROOT / "scripts" / "evaluate.py"), str(model_dir), "users=[bob]"],
                           capture_output=True, text=True, cwd=tmp_path).stdout  # fmt: skip
    assert "| bob | fine-tuned |" in table and "| alice |" not in table and "| all | fine-tuned | **" in table


@pytest.mark.slow
def test_the_recipe_comparison_runs_end_to_end_on_a_tiny_model(tmp_path):
    import json
    import subprocess
    import sys

    from .conftest import ROOT

    out = tmp_path / "compare"
    script = [sys.executable, str(ROOT / "scripts" / "compare_recipes.py"), "--tiny", "--out", str(out)]
    result = subprocess.run([*script, f"paths.cache_dir={tmp_path}/c"], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    results = json.loads((out / "results.json").read_text())
    original, default = results["original"], results["default"]
    assert original["split"] == default["split"]  # the same held-out tweets
    assert not list(out.rglob("*.ckpt"))  # no checkpoint in either recipe (none written at each validation)
    assert original["overrides"][-1] == "data.block_size=128" and "data.packing=stream" in original["overrides"]
    assert abs(original["tokens_seen"] - default["tokens_seen"]) < 0.05 * default["tokens_seen"]  # one pass each
    assert len(default["curve"]) >= 5 and all(p["ppl"] > 0 for p in default["curve"])
    reach = results["default_reaches_original"]
    if reach:  # the time to quality: (b)'s training seconds at its first validation at or below (a)'s final figure
        assert reach["ppl"] <= original["ppl"] and reach in default["curve"]
        assert results["time_to_quality"] == pytest.approx(reach["seconds"] / original["train_seconds"])
    else:
        assert results["time_to_quality"] is None
    assert (out / "results.md").read_text().startswith("Machine: ")
    # --reuse keeps a result only for the same composed config: the original pins its own floor, so this changes
    # the default's config alone (and both recipes' override lists)
    saved = {name: (out / name / "result.json").stat().st_mtime_ns for name in ("original", "default")}
    again = subprocess.run([*script, "--reuse", f"paths.cache_dir={tmp_path}/c", "model.scheduler.min_lr_ratio=0.5"],
                           capture_output=True, text=True, cwd=tmp_path)  # fmt: skip
    assert again.returncode == 0, again.stderr[-3000:]
    assert (out / "original" / "result.json").stat().st_mtime_ns == saved["original"]
    assert (out / "default" / "result.json").stat().st_mtime_ns != saved["default"]


@pytest.mark.slow
def test_the_benchmark_runs_both_loops_and_reports_the_ratio(tmp_path):
    import json
    import os
    import subprocess
    import sys

    from .conftest import ROOT

    args = ["--steps", "2", "--warmup", "1", "--block", "32", "--batch", "2", "--settings", "fp32,bf16"]
    args += ["--rounds", "1"]
    script = str(ROOT / "scripts" / "benchmark.py")
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    out = subprocess.run([sys.executable, script, *args], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert out.returncode == 0, out.stderr[-3000:]
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report["ours"]["tokens_per_s"] > 0 and report["trainer"]["tokens_per_s"] > 0
    [only] = report["rounds"]
    tried = only["trainer_tried"]
    assert report["ratio"] == pytest.approx(only["ratio"], abs=1e-3) == pytest.approx(
        report["ours"]["tokens_per_s"] / report["trainer"]["tokens_per_s"], rel=1e-3)  # fmt: skip
    peaks = report["measured_peak_flop_per_s"]
    assert peaks["bf16"] > 0 and peaks["fp32"] > 0  # the machine's own, measured in the same run
    assert (
        0
        < report["ours"]["of_measured_peak"]
        == pytest.approx(
            report["ours"]["model_flop_per_s"] / peaks["bf16" if "bf16" in report["ours"]["setting"] else "fp32"]
        )
    )
    assert set(tried) == {"fp32", "bf16"}  # the Trainer is compared at the better of the settings it was tried with
    assert report["trainer"]["tokens_per_s"] == pytest.approx(max(tried.values()), abs=0.06)
    assert report["trainer"]["setting"] == max(tried, key=tried.get)
    assert report["ours"]["parameters"] == report["trainer"]["parameters"]  # the same model shape


@pytest.mark.slow
def test_the_benchmark_profile_says_where_a_step_goes(tmp_path):
    import json
    import os
    import subprocess
    import sys

    from .conftest import ROOT

    args = ["--steps", "3", "--warmup", "1", "--block", "32", "--batch", "2", "--profile"]
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    script = str(ROOT / "scripts" / "benchmark.py")
    out = subprocess.run([sys.executable, script, *args], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert out.returncode == 0, out.stderr[-3000:]
    report = json.loads(out.stdout.strip().splitlines()[-1])
    profile = report["profile"]
    assert {"matrix products", "LM head + loss", "optimizer (AdamW, clipping)"} <= set(profile)
    assert all(ms >= 0 for ms in profile.values())
    assert 0.3 * report["ms_per_step"] < sum(profile.values()) < 1.5 * report["ms_per_step"]  # no time twice
