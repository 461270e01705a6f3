"""The config tree composes in every combination, and each node builds the object it names."""

import inspect
from pathlib import Path

import pytest
import torch
from hydra.utils import get_class, get_method, instantiate

from huggingtweets.data import TweetDataModule
from huggingtweets.demo import ACCOUNTS, DEMO_DIR
from huggingtweets.devices import resolve_precision
from huggingtweets.export import CardSettings

from .conftest import ROOT, compose_train


@pytest.mark.parametrize("model", ["gpt2", "tiny"])
@pytest.mark.parametrize("trainer", ["default", "cpu", "gpu", "ddp", "fsdp"])
@pytest.mark.parametrize("logger", ["logger=csv", "logger=wandb", "~logger"])
def test_every_group_combination_composes(compose_cfg, model, trainer, logger):
    cfg = compose_cfg(f"model={model}", f"trainer={trainer}", logger)
    assert cfg.data.users == ["alice", "bob"] and cfg.data.split_seed == 0 and "seed" not in cfg.data
    assert (
        cfg.trainer.accelerator
        == {"default": "auto", "cpu": "cpu", "gpu": "gpu", "ddp": "auto", "fsdp": "gpu"}[trainer]
    )
    assert cfg.trainer.get("strategy") == {"ddp": "ddp", "fsdp": "fsdp"}.get(trainer)
    assert (cfg.model.architecture is None) == (model == "gpt2")
    assert cfg.trainer.default_root_dir.endswith("/out")


def test_model_nodes_match_the_signatures_they_target(compose_cfg):
    for model in ("gpt2", "tiny"):
        node = compose_cfg(f"model={model}").model
        parameters = inspect.signature(get_class(node._target_)).parameters
        assert set(k for k in node if not k.startswith("_")) <= set(parameters)
        tokenizer_parameters = inspect.signature(get_method(node.tokenizer._target_)).parameters
        assert {"texts", "cache_dir"} <= set(tokenizer_parameters)


@pytest.mark.parametrize("logger", ["csv", "wandb"])
def test_trainer_and_logger_nodes_instantiate(compose_cfg, logger):
    cfg = compose_cfg("trainer=cpu", f"logger={logger}")
    [built] = [instantiate(node) for node in cfg.logger.values()]
    trainer = instantiate(cfg.trainer, precision=resolve_precision(cfg.trainer.precision, "cpu"), logger=built)
    assert trainer.max_epochs == cfg.trainer.max_epochs and trainer.logger is built
    assert type(built).__name__ == {"csv": "CSVLogger", "wandb": "WandbLogger"}[logger]


def test_data_and_callbacks_instantiate(compose_cfg, tmp_path):
    cfg = compose_cfg("data.cleaning.dedup=true", "data.cleaning.languages=[en]")
    dm = instantiate(cfg.data)
    assert isinstance(dm, TweetDataModule) and dm.cleaning.dedup and dm.cleaning.languages == ("en",)
    assert dm.accounts[0].display_name == "Alice A."
    assert all(instantiate(node) for node in cfg.callbacks.values())
    card = instantiate(cfg.export.card)
    assert Path(cfg.export.models_dir) == tmp_path / "models" and isinstance(card, CardSettings)
    assert card.repo_id is None and card.thumbnail is False and isinstance(card.prompts, list)  # hub.push=false


def test_demo_experiment_points_at_the_bundled_accounts(tmp_path):
    cfg = compose_train("experiment=demo", f"paths.cache_dir={tmp_path}", "paths.output_dir=out")
    assert list(cfg.users) == list(ACCOUNTS) and cfg.model.architecture.model_type == "gpt2"
    assert Path(cfg.data.archive_dir) == DEMO_DIR  # whatever the working directory
    dm = instantiate(cfg.data)
    assert [a.counts["downloaded"] for a in dm.accounts] == [480, 480, 480]
    assert all(a.counts["retweets"] and a.counts["short"] for a in dm.accounts)


def test_precision_auto_on_cpu_is_bf16_only_with_native_bf16(monkeypatch):
    assert resolve_precision("bf16-mixed", "cpu") == "bf16-mixed"
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    monkeypatch.setattr(torch.backends.mps, "is_available", lambda: False)
    monkeypatch.setattr(torch.cpu, "_is_avx512_bf16_supported", lambda: False, raising=False)
    monkeypatch.setattr(torch.cpu, "_is_amx_tile_supported", lambda: False, raising=False)
    assert resolve_precision("auto", "cpu") == resolve_precision("auto", "auto") == "32-true"
    monkeypatch.setattr(torch.cpu, "_is_amx_tile_supported", lambda: True, raising=False)
    assert resolve_precision("auto", "cpu") == resolve_precision("auto", "auto") == "bf16-mixed"


@pytest.mark.parametrize(("bf16", "expected"), [(True, "bf16-mixed"), (False, "16-mixed")], ids=["ampere", "t4"])
def test_precision_auto_on_cuda_is_bf16_where_the_gpu_has_it_else_fp16_with_a_scaler(monkeypatch, bf16, expected):
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(torch.cuda, "is_bf16_supported", lambda including_emulation=True: bf16)
    assert resolve_precision("auto", "auto") == resolve_precision("auto", "gpu") == expected
    assert resolve_precision("auto", "cpu") in ("bf16-mixed", "32-true")  # asked for the CPU: the CPU's row


def test_precision_auto_on_apple_silicon_is_full_precision(monkeypatch):
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    monkeypatch.setattr(torch.backends.mps, "is_available", lambda: True)
    monkeypatch.setattr(torch.cpu, "_is_amx_tile_supported", lambda: True, raising=False)  # (a CPU row would differ)
    assert resolve_precision("auto", "auto") == resolve_precision("auto", "mps") == "32-true"
    assert resolve_precision("auto", "gpu") == "32-true"  # Lightning's "gpu" is the Apple GPU on a Mac
    assert resolve_precision("16-mixed", "mps") == "16-mixed"  # asked for: given


def test_fsdp_wraps_each_transformer_block_of_the_model(archive_dir, tmp_path):
    from lightning.pytorch.strategies import FSDPStrategy
    from transformers.models.gpt2.modeling_gpt2 import GPT2Block

    from huggingtweets.model import TweetLM
    from huggingtweets.tokenizer import train_tokenizer
    from huggingtweets.train import strategy_for

    tokenizer = train_tokenizer(["a few words here"] * 5, vocab_size=280)
    tiny = {"model_type": "gpt2", "n_layer": 2, "n_head": 2, "n_embd": 32}
    strategy = strategy_for("fsdp", TweetLM(tokenizer, architecture=tiny, activation_checkpointing=True), "auto")
    assert isinstance(strategy, FSDPStrategy)
    assert strategy.kwargs["auto_wrap_policy"]._module_classes == {GPT2Block}
    assert strategy._activation_checkpointing_kwargs["auto_wrap_policy"]._module_classes == {GPT2Block}
    assert strategy_for("ddp", TweetLM(tokenizer, architecture=tiny), 1) == "ddp"


def test_the_processes_of_one_torchrun_or_slurm_launch_share_a_run_directory(monkeypatch):
    import huggingtweets

    for key in ("SLURM_JOB_ID", "SLURM_NTASKS", "TORCHELASTIC_RUN_ID"):
        monkeypatch.delenv(key, raising=False)
    alone = {huggingtweets.launch_id() for _ in range(3)}
    assert len(alone) == 3  # one process: the time, to the microsecond (parallel jobs never collide)
    monkeypatch.setenv("TORCHELASTIC_RUN_ID", "job7")
    assert huggingtweets.launch_id() == huggingtweets.launch_id() == "torchrun-job7"
    monkeypatch.delenv("TORCHELASTIC_RUN_ID")
    monkeypatch.setenv("TORCHELASTIC_RUN_ID", "none")  # torchrun without --rdzv-id: nothing shared to go by
    assert huggingtweets.launch_id() != huggingtweets.launch_id()
    monkeypatch.delenv("TORCHELASTIC_RUN_ID")
    monkeypatch.setenv("SLURM_JOB_ID", "4242")
    monkeypatch.setenv("SLURM_NTASKS", "16")
    assert huggingtweets.launch_id() != huggingtweets.launch_id()  # in the job, but not the tasks of one srun
    monkeypatch.setenv("SLURM_STEP_ID", "3")
    assert huggingtweets.launch_id() == "slurm-4242-3"
    assert "${launch_id:}" in (ROOT / "conf" / "hydra" / "default.yaml").read_text()
