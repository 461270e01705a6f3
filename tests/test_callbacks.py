"""Model export: atomic publication, nothing half-written on failure, and exporting the best checkpoint."""

import pytest
import torch
from lightning.pytorch import Callback, Trainer
from lightning.pytorch.callbacks import ModelCheckpoint
from safetensors.torch import load_file

from huggingtweets.callbacks import ModelCard, SaveModel, publish
from huggingtweets.data import TweetDataModule
from huggingtweets.model import TweetLM
from huggingtweets.tokenizer import train_tokenizer

from .test_model import TINY_GPT2


def test_publish_replaces_an_older_directory_whole(tmp_path):
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "stale.bin").write_text("old")
    (tmp_path / "new").mkdir()
    (tmp_path / "new" / "model.safetensors").write_text("new")
    publish(tmp_path / "new", tmp_path / "old")
    assert [p.name for p in tmp_path.iterdir()] == ["old"]
    assert [p.name for p in (tmp_path / "old").iterdir()] == ["model.safetensors"]


def fit(tmp_path, archive_dir, callbacks, **trainer_kwargs):
    dm = TweetDataModule(["alice"], archive_dir=str(archive_dir), cache_dir=str(tmp_path / "cache"), block_size=32)
    dm.tokenizer = train_tokenizer(dm.train_texts, vocab_size=300)
    lm = TweetLM(dm.tokenizer, architecture=TINY_GPT2)
    trainer = Trainer(accelerator="cpu", logger=False, enable_progress_bar=False, callbacks=callbacks, **trainer_kwargs)
    trainer.fit(lm, datamodule=dm)
    return lm


class BrokenCard(ModelCard):
    def write(self, *args, **kwargs):
        raise RuntimeError("card failed")


@pytest.mark.slow
def test_a_failure_while_exporting_leaves_nothing_behind(tmp_path, archive_dir):
    models = tmp_path / "models"
    with pytest.raises(RuntimeError, match="card failed"):
        fit(tmp_path, archive_dir, [SaveModel(str(models), card=BrokenCard())], max_steps=2,
            enable_checkpointing=False)  # fmt: skip
    assert list(models.iterdir()) == []


class FinalWeights(Callback):
    def on_train_end(self, trainer, pl_module):  # listed before SaveModel, so it runs before the export
        self.state = {k: v.clone() for k, v in pl_module.model.state_dict().items()}


@pytest.mark.slow
def test_best_exports_the_best_checkpoint_not_the_last_weights(tmp_path, archive_dir):
    # "best" by the highest val/loss: the first epoch's weights, certainly not the last ones
    checkpoint = ModelCheckpoint(dirpath=tmp_path / "ckpt", monitor="val/loss", mode="max")
    final = FinalWeights()
    callbacks = [final, checkpoint, SaveModel(str(tmp_path / "models"), best=True, card=ModelCard(copy_samples=4))]
    fit(tmp_path, archive_dir, callbacks, max_epochs=3)
    assert "epoch=0" in checkpoint.best_model_path
    best = torch.load(checkpoint.best_model_path, weights_only=False)["state_dict"]
    exported = load_file(tmp_path / "models" / "alice" / "model.safetensors")
    name = "transformer.h.0.mlp.c_fc.weight"
    assert torch.equal(exported[name], best[f"model.{name}"])
    assert not torch.equal(exported[name], final.state[name])
    card = (tmp_path / "models" / "alice" / "README.md").read_text()
    step = torch.load(checkpoint.best_model_path, weights_only=False)["global_step"]
    assert f"{step} optimizer steps (best checkpoint by val/loss (step {step}))" in card


@pytest.mark.slow
def test_lora_trains_adapters_only_and_exports_merged_weights_pipeline_loads(tmp_path, archive_dir):
    from transformers import AutoModelForCausalLM, pipeline

    from .test_model import TINY_LLAMA

    dm = TweetDataModule(["alice"], archive_dir=str(archive_dir), cache_dir=str(tmp_path / "cache"), block_size=32)
    dm.tokenizer = train_tokenizer(dm.train_texts, vocab_size=300)
    base = TweetLM(dm.tokenizer, architecture=TINY_LLAMA).model
    base.save_pretrained(tmp_path / "base")
    dm.tokenizer.save_pretrained(tmp_path / "base")
    lm = TweetLM(dm.tokenizer, name_or_path=str(tmp_path / "base"), lora={"r": 4, "alpha": 8})
    trainable = {n for n, p in lm.model.named_parameters() if p.requires_grad}
    assert trainable and all("lora_" in n for n in trainable)
    callbacks = [SaveModel(str(tmp_path / "models"), card=ModelCard(copy_samples=4))]
    trainer = Trainer(accelerator="cpu", logger=False, enable_progress_bar=False, max_steps=3, callbacks=callbacks,
                      enable_checkpointing=False)  # fmt: skip
    trainer.fit(lm, datamodule=dm)
    out = tmp_path / "models" / "alice"
    assert not (out / "adapter_config.json").exists()
    merged = AutoModelForCausalLM.from_pretrained(out)
    before = AutoModelForCausalLM.from_pretrained(tmp_path / "base")
    name = "model.layers.0.self_attn.q_proj.weight"
    assert not torch.equal(merged.state_dict()[name], before.state_dict()[name])  # the adapters, merged in
    assert "| LoRA | r=4, alpha 8, on all-linear" in (out / "README.md").read_text()
    [generated] = pipeline("text-generation", model=str(out))("my favourite", max_new_tokens=5)
    assert generated["generated_text"].startswith("my favourite")


def test_sharded_weights_are_exported_from_a_whole_copy_built_on_rank_zero(tmp_path, archive_dir, monkeypatch):
    import huggingtweets.callbacks as callbacks
    from huggingtweets.callbacks import whole_module

    dm = TweetDataModule(["alice"], archive_dir=str(archive_dir), cache_dir=str(tmp_path / "cache"), block_size=32)
    dm.tokenizer = train_tokenizer(dm.train_texts, vocab_size=300)
    lm = TweetLM(dm.tokenizer, architecture=TINY_GPT2, conditioning="none")
    lm.connect(["alice"])

    class GatheringStrategy:  # what Lightning's FSDPStrategy hands rank 0: the full state dict, on the CPU
        root_device = torch.device("cpu")

        def lightning_module_state_dict(self):
            return {k: v.clone() for k, v in lm.state_dict().items()}

    class Rank:
        strategy, is_global_zero = GatheringStrategy(), True

    monkeypatch.setattr(callbacks, "sharded", lambda trainer: True)
    whole = whole_module(Rank(), lm)
    assert whole is not lm and whole.users == ["alice"] and whole.hparams == lm.hparams
    for a, b in zip(whole.state_dict().values(), lm.state_dict().values(), strict=True):
        assert torch.equal(a, b)
    Rank.is_global_zero = False
    assert whole_module(Rank(), lm) is None  # the other processes took part in gathering, and stop there


def test_staging_left_by_a_killed_export_is_cleared_and_a_live_ones_kept(tmp_path):
    import socket
    import subprocess
    import sys

    from huggingtweets.callbacks import clear_stale_staging

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    host = socket.gethostname()
    stale = tmp_path / f".dril.staging.{host}.{int(dead.stdout)}.abc"
    live = tmp_path / f".dril.staging.{host}.1.abc"  # pid 1 runs as long as the machine does
    elsewhere = tmp_path / f".dril.staging.another-host.{int(dead.stdout)}.abc"
    other_name = tmp_path / f".fart.staging.{host}.{int(dead.stdout)}.abc"
    for path in (stale, live, elsewhere, other_name):
        (path / "model.safetensors").parent.mkdir()
        (path / "model.safetensors").write_text("half")
    clear_stale_staging(tmp_path, "dril")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in (live, elsewhere, other_name))
