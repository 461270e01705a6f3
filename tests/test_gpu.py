"""GPU-only behaviour: automatic bf16 and a compiled bf16 fit. Skipped where no CUDA device exists (CI)."""

import math

import pytest
import torch
from lightning.pytorch import Trainer

from huggingtweets.data import TweetDataModule
from huggingtweets.devices import resolve_precision
from huggingtweets.model import TweetLM
from huggingtweets.throughput import Throughput
from huggingtweets.tokenizer import train_tokenizer

from .test_model import TINY_GPT2

pytestmark = [pytest.mark.gpu, pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")]


def test_auto_precision_picks_bf16_only_on_ampere_or_newer():
    major, _ = torch.cuda.get_device_capability()
    assert resolve_precision("auto", "gpu") == ("bf16-mixed" if major >= 8 else "16-mixed")


def test_compiled_mixed_precision_fit_logs_mfu(archive_dir, tmp_path):
    dm = TweetDataModule(["alice"], archive_dir=str(archive_dir), cache_dir=str(tmp_path), block_size=32)
    dm.tokenizer = train_tokenizer(dm.train_texts, vocab_size=300)
    lm = TweetLM(dm.tokenizer, architecture=TINY_GPT2, compile=True)
    trainer = Trainer(
        accelerator="gpu", devices=1, precision=resolve_precision("auto", "gpu"), max_steps=8, log_every_n_steps=4,
        logger=False, callbacks=[Throughput()], enable_checkpointing=False, enable_progress_bar=False,
    )  # fmt: skip
    trainer.fit(lm, datamodule=dm)
    assert math.isfinite(float(trainer.callback_metrics["val/loss"]))
    if "H100" in torch.cuda.get_device_name() or "A100" in torch.cuda.get_device_name():
        assert 0 < float(trainer.callback_metrics["perf/mfu"]) < 1


@pytest.mark.skipif(torch.cuda.device_count() < 2, reason="needs two CUDA devices")
def test_fsdp_on_two_gpus_exports_whole_weights_and_a_card(tmp_path, archive_dir):
    from transformers import AutoModelForCausalLM

    from .conftest import TINY, run_cli

    fsdp = ["trainer=fsdp", "trainer.devices=2", "trainer.max_epochs=1", "model.activation_checkpointing=true"]
    result = run_cli(tmp_path, archive_dir, "users=[alice,bob]", *TINY, *fsdp)
    assert result.returncode == 0, result.stderr[-3000:]
    model_dir = tmp_path / "models" / "alice-bob"
    model = AutoModelForCausalLM.from_pretrained(model_dir)  # whole weights, not one process's shard
    assert (
        sum(p.numel() for p in model.parameters()) > 0
        and "| after training | **" in (model_dir / "README.md").read_text()
    )
