"""End to end: `train.py` as a user runs it, its failures, and two-process DDP on CPU."""

import re

import pytest

from huggingtweets.train import train

from .conftest import SECRETS, TINY, run_cli


def written_files(root):
    return [p for p in root.rglob("*") if p.is_file()]


@pytest.mark.slow
def test_train_py_writes_a_model_directory_pipeline_can_load(tmp_path, archive_dir):
    args = ["users=[bob,alice]", *TINY, "trainer.max_steps=12", "trainer.log_every_n_steps=2", "logger=wandb"]
    home = tmp_path / "home"  # whatever W&B or Hugging Face write under ~ is scanned too
    result = run_cli(tmp_path, archive_dir, *args, env_extra=SECRETS | {"HOME": str(home)})
    assert result.returncode == 0, result.stderr[-3000:]
    model_dir = tmp_path / "models" / "alice-bob"
    assert f"Model saved to {model_dir}" in result.stdout
    files = {p.name for p in model_dir.iterdir()}
    assert {"config.json", "model.safetensors", "tokenizer.json", "generation_config.json", "README.md"} <= files
    assert {"predictions.png", "training_curves.png"} <= files
    assert [p.name for p in (tmp_path / "models").iterdir()] == ["alice-bob"]  # no staging leftovers
    assert model_dir.stat().st_mode & 0o777 == 0o755
    assert all(p.stat().st_mode & 0o777 == 0o644 for p in model_dir.iterdir())

    card = (model_dir / "README.md").read_text()
    assert "| Data | Alice A. | Bob |" in card
    assert "| Tweets downloaded | 60 | 42 |" in card and "| Retweets | 3 | 3 |" in card
    assert "| Short tweets | 5 | 5 |" in card and "| Tweets kept | 52 | 34 |" in card
    assert "12 optimizer steps" in card and "wandb.ai" not in card  # the W&B run was offline
    assert re.search(r"\| untrained \| \*\*[0-9.]+\*\* \| [0-9.]+ \|\n\| after training \| \*\*", card)

    runs = list((tmp_path / "logs" / "runs").iterdir())
    assert len(runs) == 1 and (runs[0] / ".hydra" / "config.yaml").exists()
    assert list(runs[0].glob("wandb/offline-run-*/run-*.wandb")), "no offline W&B run was written"
    for path in written_files(tmp_path):
        data = path.read_bytes()
        for secret in SECRETS.values():
            assert secret.encode() not in data, f"{secret} leaked into {path}"

    from transformers import pipeline

    generator = pipeline("text-generation", model=str(model_dir))
    outputs = generator("my favourite number", num_return_sequences=2)
    assert len(outputs) == 2 and all(o["generated_text"].startswith("my favourite number") for o in outputs)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        (["users=[nosuchuser]", "model=tiny"], "error: no posts found for user 'nosuchuser': looked for"),
        (["users=[alice]", "model=tiny", "data.min_tweets=500"], "error: user 'alice' has 52 tweets left"),
        (["users=[alice]"], "error: model.name_or_path=gpt2: not a local model folder"),
        (["model=tiny"], "error: no users given; pass e.g. users=[dril]"),
        (["users=[alice]", "model=tiny", "data.block_size=256"], "error: data.block_size=256 is longer than the model"),
    ],
)
def test_bad_input_stops_with_one_line_and_no_model_directory(tmp_path, archive_dir, overrides, message):
    result = run_cli(tmp_path, archive_dir, *overrides)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    last_line = result.stderr.strip().splitlines()[-1]
    assert last_line.startswith(message), result.stderr[-2000:]
    assert not (tmp_path / "models").exists()


@pytest.mark.slow
def test_trainer_ddp_relaunches_train_py_on_two_cpu_processes(tmp_path, archive_dir):
    ddp = ["trainer=ddp", "trainer.accelerator=cpu", "trainer.devices=2", "trainer.max_steps=4"]
    result = run_cli(tmp_path, archive_dir, "users=[alice,bob]", *TINY, "data.batch_size=4", *ddp)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.count("Model saved to") == 1
    assert len(list((tmp_path / "logs" / "runs").iterdir())) == 1  # both processes share one run directory
    card = (tmp_path / "models" / "alice-bob" / "README.md").read_text()
    assert "(4 per device x 2 device(s)" in card and "| Hardware | 2 x CPU |" in card


@pytest.mark.slow
def test_two_process_ddp_validates_every_tweet_once_like_a_single_process(compose_cfg, tmp_path, monkeypatch):
    import huggingtweets.train as training
    from huggingtweets.evaluation import rebuild_data
    from huggingtweets.model import TweetLM

    synced, whole_weights = {}, training.whole_weights

    def keep_metrics(trainer, model):  # what the two processes' sharded validation loop logged, summed across them
        synced.update(trainer.callback_metrics)
        return whole_weights(trainer, model)

    monkeypatch.setattr(training, "whole_weights", keep_metrics)

    cfg = compose_cfg(
        *TINY,
        "trainer=ddp",
        "trainer.strategy=ddp_spawn",
        "trainer.accelerator=cpu",
        "trainer.devices=2",
        "trainer.precision=32-true",
        "trainer.max_epochs=1",
        "data.batch_size=1",  # five validation batches: one process scores one more than the other
        "~logger",
    )
    val_loss = train(cfg)  # the per-tweet val/loss of the final weights, summed over both processes
    model_dir = tmp_path / "models" / "alice-bob"
    card = (model_dir / "README.md").read_text()
    assert "(1 per device x 2 device(s)" in card and "2 x CPU" in card
    assert [p.name for p in (tmp_path / "models").iterdir()] == ["alice-bob"]  # written once
    datamodule, _ = rebuild_data(model_dir)
    lm = TweetLM(datamodule.tokenizer, name_or_path=str(model_dir))
    lm.connect([a.handle for a in datamodule.accounts])
    assert len(datamodule.val_batches(0, 1).batches) % 2 == 1
    scored = [sum(bool((b["labels"] != -100).any()) for b in datamodule.val_batches(rank, 2)) for rank in (0, 1)]
    assert scored == [3, 2]  # each process its share (the second also runs one empty batch)
    alone = lm.evaluate(datamodule.all_val_batches())
    assert float(synced["val/loss"]) == pytest.approx(alone["loss"], rel=1e-5)  # the last validation: final weights
    assert float(synced["val/ppl"]) == pytest.approx(alone["ppl"], rel=1e-5)
    assert val_loss == pytest.approx(alone["loss"], rel=1e-5)


@pytest.mark.slow
def test_a_sweep_with_trainer_ddp_is_refused_with_one_line(tmp_path, archive_dir):
    ddp = ["trainer=ddp", "trainer.accelerator=cpu", "trainer.devices=2"]
    result = run_cli(tmp_path, archive_dir, "-m", "users=[alice]", *TINY, *ddp, "trainer.max_steps=1")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "error: trainer=ddp starts its processes by running the command line again" in result.stderr


def test_the_smollm2_preset_is_smollm2_with_its_recipe_and_says_so_offline():
    """`model=smollm2` alone is SmolLM2 from the hub (not the gpt2 it builds on), with the batch size and account
    marker it was measured with; here, offline, it stops with one line naming the setting to change."""
    from hydra.utils import instantiate

    from huggingtweets.errors import UserError

    from .conftest import compose_train

    plain, preset = compose_train("users=[alice]"), compose_train("users=[alice]", "model=smollm2")
    assert "SmolLM2" in preset.model.name_or_path and preset.model.tokenizer.name_or_path == preset.model.name_or_path
    assert preset.data.batch_size != plain.data.batch_size  # the preset's own, in the data group
    assert compose_train("users=[alice]", "model=smollm2", "data.batch_size=3").data.batch_size == 3
    assert preset.data.conditioning == "user" != plain.data.conditioning  # the account marker it was measured with
    assert preset.model.scheduler.decay == "linear" != plain.model.scheduler.decay  # and its schedule
    with pytest.raises(UserError, match=rf"model.name_or_path={preset.model.name_or_path}.*local path") as err:
        instantiate(preset.model.tokenizer)(texts=[])
    assert "\n" not in str(err.value)
