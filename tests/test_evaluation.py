"""`scripts/evaluate.py` on the directories training writes, LoRA adapters kept unmerged among them."""

import pytest

from .conftest import account_texts
from .test_model import TINY_LLAMA


@pytest.mark.slow
def test_evaluate_reads_a_lora_adapter_directory(compose_cfg, tmp_path, monkeypatch):
    from huggingtweets.evaluation import evaluate_directory
    from huggingtweets.model import load_causal_lm
    from huggingtweets.record import read_record
    from huggingtweets.tokenizer import train_tokenizer
    from huggingtweets.train import train

    base = tmp_path / "base"
    tokenizer = train_tokenizer(account_texts(), vocab_size=300)
    load_causal_lm(tokenizer, architecture=TINY_LLAMA).save_pretrained(base)
    tokenizer.save_pretrained(base)
    monkeypatch.chdir(tmp_path)
    lora = "model.lora={r: 4, alpha: 8, merge: false}"
    train(compose_cfg("model=gpt2", f"model.name_or_path={base}", lora, "data.block_size=32", "trainer.max_steps=8",
                      "~logger"))  # fmt: skip
    model_dir = tmp_path / "models" / "alice-bob"
    assert (model_dir / "adapter_config.json").is_file() and not (model_dir / "config.json").exists()

    result = evaluate_directory(model_dir)
    assert result["same_split_as_training"]
    assert result["fine_tuned"]["ppl"] == pytest.approx(read_record(model_dir)["evaluation"]["after"]["ppl"], rel=1e-4)
    assert result["zero_shot"]["ppl"] != pytest.approx(result["fine_tuned"]["ppl"], rel=1e-3)  # the adapter applied
