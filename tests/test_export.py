"""The export: one function from a trained module to a whole model directory, written atomically; the best
checkpoint; FSDP's whole copy; what a killed export left behind."""

import os
import signal
import subprocess
import sys

import pytest
import torch
from lightning.pytorch import Trainer
from lightning.pytorch.strategies import FSDPStrategy
from safetensors.torch import load_file

from huggingtweets.atomic import _host, recover, replace_directory, staged_directory
from huggingtweets.data import TweetDataModule
from huggingtweets.export import CardSettings, Training, export
from huggingtweets.model import TweetLM
from huggingtweets.tokenizer import train_tokenizer
from huggingtweets.train import train, whole_weights

from .conftest import ROOT
from .test_model import TINY_GPT2


def fitted(tmp_path, archive_dir, architecture=TINY_GPT2, **kwargs):
    dm = TweetDataModule(["alice"], archive_dir=str(archive_dir), cache_dir=str(tmp_path / "cache"), block_size=32)
    dm.tokenizer = train_tokenizer(dm.train_texts, vocab_size=300)
    lm = TweetLM(dm.tokenizer, architecture=architecture, **kwargs)
    lm.connect(["alice"])
    trainer = Trainer(accelerator="cpu", logger=False, enable_progress_bar=False, max_steps=3,
                      enable_checkpointing=False)  # fmt: skip
    trainer.fit(lm, datamodule=dm)
    return lm, dm, trainer


def test_replace_directory_replaces_an_older_directory_whole(tmp_path):
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "stale.bin").write_text("old")
    (tmp_path / "new").mkdir()
    (tmp_path / "new" / "model.safetensors").write_text("new")
    replace_directory(tmp_path / "new", tmp_path / "old")
    assert [p.name for p in tmp_path.iterdir()] == ["old"]
    assert [p.name for p in (tmp_path / "old").iterdir()] == ["model.safetensors"]


@pytest.mark.slow
def test_a_notebook_exports_by_calling_the_same_function_and_a_failure_leaves_nothing(tmp_path, archive_dir,
                                                                                      monkeypatch):  # fmt: skip
    lm, dm, trainer = fitted(tmp_path, archive_dir)
    models = tmp_path / "models"
    done = export(lm, dm, models / dm.name, Training.of(trainer), CardSettings(copy_samples=4))
    assert done.path == models / "alice" and (done.path / "README.md").is_file()
    assert done.evaluation["after"]["tokens"] > 0 and done.record["exported_step"] == 3
    assert "3 optimizer steps (final weights)" in (done.path / "README.md").read_text()
    before = {p.name: p.read_bytes() for p in done.path.iterdir()}
    monkeypatch.setattr("huggingtweets.export.write_card", lambda *a, **k: (_ for _ in ()).throw(RuntimeError("card")))
    with pytest.raises(RuntimeError, match="card"):
        export(lm, dm, models / dm.name, Training.of(trainer), CardSettings(copy_samples=4))
    assert [p.name for p in models.iterdir()] == ["alice"]  # no staging left
    assert {p.name: p.read_bytes() for p in done.path.iterdir()} == before


@pytest.mark.slow
def test_best_exports_the_best_checkpoint_not_the_last_weights(compose_cfg, tmp_path, monkeypatch):
    # "best" by the highest val/loss: the first validation's weights, certainly not the last ones
    cfg = compose_cfg("users=[alice]", "model=tiny", "model.tokenizer.vocab_size=300", "data.block_size=32",
                      "trainer.max_epochs=3", "trainer.log_every_n_steps=1", "export.best=true",
                      "+callbacks.model_checkpoint.mode=max", "export.card.copy_samples=4")  # fmt: skip
    import huggingtweets.train as training

    final, real_load_best = {}, training.load_best

    def load_best(module, path, monitor):  # the final weights, just before the best ones replace them
        final.update(module=module, path=path, state={k: v.clone() for k, v in module.model.state_dict().items()})
        return real_load_best(module, path, monitor)

    monkeypatch.setattr(training, "load_best", load_best)
    train(cfg)
    best = torch.load(final["path"], weights_only=False)
    exported = load_file(tmp_path / "models" / "alice" / "model.safetensors")
    name = "transformer.h.0.mlp.c_fc.weight"
    assert torch.equal(exported[name], best["state_dict"][f"model.{name}"])
    assert not torch.equal(exported[name], final["state"][name])
    card = (tmp_path / "models" / "alice" / "README.md").read_text()
    step = best["global_step"]
    assert f"{step} optimizer steps (best checkpoint by val/loss (step {step}))" in card
    assert final["module"].history.train_loss[-1][0] > step  # the curves still run to the end of training


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
    lm.connect(["alice"])
    trainer = Trainer(accelerator="cpu", logger=False, enable_progress_bar=False, max_steps=3,
                      enable_checkpointing=False)  # fmt: skip
    trainer.fit(lm, datamodule=dm)
    out = export(lm, dm, tmp_path / "models" / "alice", Training.of(trainer), CardSettings(copy_samples=4)).path
    assert not (out / "adapter_config.json").exists()
    merged = AutoModelForCausalLM.from_pretrained(out)
    before = AutoModelForCausalLM.from_pretrained(tmp_path / "base")
    name = "model.layers.0.self_attn.q_proj.weight"
    assert not torch.equal(merged.state_dict()[name], before.state_dict()[name])  # the adapters, merged in
    assert "| LoRA | r=4, alpha 8, on all-linear" in (out / "README.md").read_text()
    [generated] = pipeline("text-generation", model=str(out))("my favourite", max_new_tokens=5)
    assert generated["generated_text"].startswith("my favourite")


def test_sharded_weights_are_exported_from_a_whole_copy_built_on_rank_zero(tmp_path, archive_dir):
    dm = TweetDataModule(["alice"], archive_dir=str(archive_dir), cache_dir=str(tmp_path / "cache"), block_size=32)
    dm.tokenizer = train_tokenizer(dm.train_texts, vocab_size=300)
    lm = TweetLM(dm.tokenizer, architecture=TINY_GPT2, conditioning="none")
    lm.connect(["alice"])
    lm.history.train_loss = [(0, 5.0), (4, 3.0)]

    class Gathering(FSDPStrategy):  # what Lightning's FSDPStrategy hands rank 0: the full state dict, on the CPU
        def __init__(self):
            pass

        root_device = torch.device("cpu")

        def lightning_module_state_dict(self):
            return {k: v.clone() if isinstance(v, torch.Tensor) else v for k, v in lm.state_dict().items()}

    class Rank:
        strategy, is_global_zero, optimizers = Gathering(), True, []

    whole = whole_weights(Rank(), lm)
    assert whole is not lm and whole.users == ["alice"] and whole.hparams == lm.hparams
    assert whole.history.train_loss == [(0, 5.0), (4, 3.0)]  # the history travels with the weights
    for (name, a), b in zip(whole.model.state_dict().items(), lm.model.state_dict().values(), strict=True):
        assert torch.equal(a, b), name
    Rank.is_global_zero = False
    assert whole_weights(Rank(), lm) is None  # the other processes took part in gathering, and stop there


def _staging(parent, name, kind, host, pid):
    path = parent / f".{name}.{kind}.{host}.{pid}.abc"
    path.mkdir()
    (path / "model.safetensors").write_text(kind)
    return path


def test_what_a_killed_export_left_is_cleared_and_a_live_ones_kept(tmp_path):
    dead = int(subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                              text=True).stdout)  # fmt: skip
    host = _host()
    stale = _staging(tmp_path, "dril", "staging", host, dead)
    live = _staging(tmp_path, "dril", "staging", host, 1)  # pid 1 runs as long as the machine does
    elsewhere = _staging(tmp_path, "dril", "staging", "another-host", dead)
    other_name = _staging(tmp_path, "fart", "staging", host, dead)
    aside = _staging(tmp_path, "dril", "old", host, dead)
    recover(tmp_path / "dril")  # the model directory is missing: the copy set aside comes back
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        p.name for p in (live, elsewhere, other_name, tmp_path / "dril")
    )
    assert (tmp_path / "dril" / "model.safetensors").read_text() == "old" and not stale.exists()
    aside = _staging(tmp_path, "dril", "old", host, dead)
    recover(tmp_path / "dril")  # the new directory is in place: the old copy goes
    assert not aside.exists() and (tmp_path / "dril" / "model.safetensors").read_text() == "old"


KILL = """
import os, shutil, signal, sys
from pathlib import Path
import huggingtweets.atomic as atomic

atomic.exchange = lambda a, b: False  # a system without an atomic exchange: two renames
events, kill_at = [0], int(sys.argv[2])

def counted(real):
    def call(*args, **kwargs):
        if events[0] == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
        events[0] += 1
        return real(*args, **kwargs)
    return call

with atomic.staged_directory(Path(sys.argv[1])) as staging:
    for name in ("model.safetensors", "README.md"):
        (staging / name).write_text("new")
    atomic.os.replace, atomic.shutil.rmtree = counted(os.replace), counted(shutil.rmtree)
print("finished")
"""


@pytest.mark.parametrize("kill_at", [0, 1, 2, 3, 4],
                         ids=["move-old-aside", "move-new-in", "delete-old", "clean-up", "none"])  # fmt: skip
def test_kill_9_at_each_step_of_a_swap_by_two_renames_then_the_next_start_leaves_one_whole_directory(tmp_path, kill_at):
    target = tmp_path / "models" / "dril"
    target.mkdir(parents=True)
    for name in ("model.safetensors", "README.md"):
        (target / name).write_text("old")
    child = subprocess.run([sys.executable, "-c", KILL, str(target), str(kill_at)], capture_output=True, text=True,
                           env=os.environ | {"PYTHONPATH": str(ROOT)})  # fmt: skip
    killed = child.returncode == -signal.SIGKILL
    assert killed == (kill_at < 4), child.stderr[-2000:]
    recover(target)  # what the next start does
    [whole] = [p for p in target.parent.iterdir() if p.name == "dril"]
    contents = {p.read_text() for p in whole.iterdir()}
    assert sorted(p.name for p in whole.iterdir()) == ["README.md", "model.safetensors"] and len(contents) == 1
    assert contents == ({"new"} if kill_at >= 2 else {"old"})
    with staged_directory(target) as staging:  # the next export
        (staging / "model.safetensors").write_text("newer")
    assert [p.name for p in target.parent.iterdir()] == ["dril"]
    assert [p.read_text() for p in target.iterdir()] == ["newer"]


def test_a_cache_entry_another_process_finished_first_is_kept(tmp_path):
    target = tmp_path / "entry"
    with staged_directory(target, replace=False) as staging:
        (staging / "meta.json").write_text("ours")
        target.mkdir()  # another process finishes the same entry first
        (target / "meta.json").write_text("theirs")
    assert (target / "meta.json").read_text() == "theirs" and [p.name for p in tmp_path.iterdir()] == ["entry"]


def test_from_huggingtweets_import_export_is_the_function_not_its_module():
    code = "from huggingtweets import CardSettings, Training, export; print(type(export).__name__)"  # (the README's)
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert run.stdout.strip() == "function", run.stderr
