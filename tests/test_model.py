"""TweetLM: optimizer groups, schedule, metrics, loading any causal LM, and the offline hub message."""

import csv
import math

import pytest
import torch
from lightning.pytorch import Trainer
from lightning.pytorch.loggers import CSVLogger

from huggingtweets.data import TweetDataModule
from huggingtweets.errors import UserError
from huggingtweets.model import TweetLM, load_causal_lm, param_groups, warmup_schedule
from huggingtweets.throughput import Throughput, flops_per_token
from huggingtweets.tokenizer import load_tokenizer, train_tokenizer

TINY_GPT2 = {"model_type": "gpt2", "n_layer": 1, "n_head": 2, "n_embd": 32, "n_positions": 64}
TINY_LLAMA = {
    "model_type": "llama",
    "num_hidden_layers": 1,
    "num_attention_heads": 2,
    "num_key_value_heads": 1,
    "hidden_size": 32,
    "intermediate_size": 64,
    "max_position_embeddings": 64,
}


@pytest.fixture
def datamodule(archive_dir, tmp_path):
    dm = TweetDataModule(["alice", "bob"], archive_dir=str(archive_dir), cache_dir=str(tmp_path), block_size=32)
    dm.tokenizer = train_tokenizer(dm.train_texts, vocab_size=300)
    return dm


def test_no_weight_decay_on_biases_and_norms(datamodule):
    model = load_causal_lm(datamodule.tokenizer, architecture=TINY_GPT2)
    decay, no_decay = param_groups(model.named_parameters(), 0.1)
    names = {id(p): n for n, p in model.named_parameters()}
    assert decay["weight_decay"] == 0.1 and no_decay["weight_decay"] == 0.0
    assert all(p.dim() >= 2 for p in decay["params"])
    assert {names[id(p)].rsplit(".", 1)[-1] for p in no_decay["params"]} == {"bias", "weight"}  # LN weights
    assert all(".ln_" in names[id(p)] or names[id(p)].endswith("bias") for p in no_decay["params"])
    assert len(decay["params"]) + len(no_decay["params"]) == len(list(model.parameters()))


def test_embeddings_can_be_spared_weight_decay(datamodule):
    lm = TweetLM(datamodule.tokenizer, architecture=TINY_GPT2, decay_embeddings=False)
    names = {id(p): n for n, p in lm.model.named_parameters()}
    decay, no_decay = param_groups(lm.model.named_parameters(), 0.1, lm.embedding_weights())
    assert {names[id(p)] for p in lm.embedding_weights()} == {"transformer.wte.weight", "transformer.wpe.weight"}
    assert not {id(p) for p in lm.embedding_weights()} & {id(p) for p in decay["params"]}
    assert len(decay["params"]) + len(no_decay["params"]) == len(list(lm.model.parameters()))  # tied: counted once


def test_warmup_then_cosine_down_to_the_floor():
    optimizer = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=1.0)
    schedule = warmup_schedule(optimizer, total_steps=100, warmup_fraction=0.1, min_lr_ratio=0.1)
    lrs = []
    for _ in range(100):
        lrs.append(optimizer.param_groups[0]["lr"])
        optimizer.step()
        schedule.step()
    assert lrs[0] == 0.0 and lrs[5] == pytest.approx(0.5) and lrs[10] == pytest.approx(1.0)
    assert all(a < b for a, b in zip(lrs[:10], lrs[1:11], strict=False))  # rising through the warmup
    assert all(a >= b for a, b in zip(lrs[10:], lrs[11:], strict=False))
    assert lrs[-1] == pytest.approx(0.1, abs=1e-3)


@pytest.mark.parametrize("name", ["gpt2", "no/such-model"])
def test_unreachable_hub_model_fails_with_one_clear_line(name, datamodule):
    with pytest.raises(UserError, match=f"model.name_or_path={name}.*model=tiny.*local path") as err:
        load_tokenizer(name)
    assert "\n" not in str(err.value)
    with pytest.raises(UserError, match="model=tiny"):
        load_causal_lm(datamodule.tokenizer, name)


def test_a_local_folder_that_does_not_load_says_so(datamodule, tmp_path):
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "config.json").write_text("{}")
    with pytest.raises(UserError, match="could not load the model in this folder"):
        load_causal_lm(datamodule.tokenizer, str(tmp_path / "broken"))


def test_any_causal_lm_from_a_local_folder(datamodule, tmp_path):
    built = load_causal_lm(datamodule.tokenizer, architecture=TINY_LLAMA)
    built.save_pretrained(tmp_path / "llama")
    datamodule.tokenizer.save_pretrained(tmp_path / "llama")
    tokenizer = load_tokenizer(str(tmp_path / "llama"))
    lm = TweetLM(tokenizer, name_or_path=str(tmp_path / "llama"))
    assert type(lm.model).__name__ == "LlamaForCausalLM" and lm.base_model_name == str(tmp_path / "llama")
    for a, b in zip(built.parameters(), lm.model.parameters(), strict=True):
        assert torch.equal(a, b)


@pytest.mark.slow
def test_val_loss_is_per_tweet_and_weighted_by_tokens_across_batches_and_users(datamodule):
    datamodule.batch_size = 2
    lm = TweetLM(datamodule.tokenizer, architecture=TINY_GPT2)
    lm.connect([a.handle for a in datamodule.accounts])
    trainer = Trainer(accelerator="cpu", logger=False, enable_progress_bar=False, enable_model_summary=False)
    [metrics] = trainer.validate(lm, datamodule=datamodule, verbose=False)

    per_user = {a.handle: [0.0, 0, 0] for a in datamodule.accounts}  # an independent reference: each tweet alone
    lm.eval()  # (validate leaves the module in training mode, with dropout)
    with torch.no_grad():
        for account in datamodule.accounts:
            for text in account.val_texts:
                ids = datamodule.tokenizer(text, return_tensors="pt")["input_ids"]
                ids = torch.cat([ids, torch.tensor([[datamodule.tokenizer.eos_token_id]])], dim=1)
                logits = lm.model(ids).logits[0, :-1]
                nll = torch.nn.functional.cross_entropy(logits, ids[0, 1:], reduction="sum").item()
                totals = per_user[account.handle]
                totals[0], totals[1], totals[2] = (
                    totals[0] + nll,
                    totals[1] + ids.shape[1] - 1,
                    totals[2] + len(text.encode()),
                )
    nll, tokens, nbytes = (sum(t[i] for t in per_user.values()) for i in range(3))
    assert metrics["val/loss"] == pytest.approx(nll / tokens, rel=1e-4)
    assert metrics["val/ppl"] == pytest.approx(math.exp(nll / tokens), rel=1e-4)
    assert metrics["val/bpb"] == pytest.approx(nll / math.log(2) / nbytes, rel=1e-4)
    for handle, (user_nll, user_tokens, _) in per_user.items():
        assert metrics[f"val/{handle}/ppl"] == pytest.approx(math.exp(user_nll / user_tokens), rel=1e-4)
    direct = lm.evaluate(datamodule.all_val_batches())
    assert direct["loss"] == pytest.approx(nll / tokens, rel=1e-4) and direct["tokens"] == tokens
    assert direct["users"]["alice"]["tokens"] == per_user["alice"][1]


@pytest.mark.parametrize(("layers", "width", "seq_len"), [(2, 64, 64), (4, 128, 128)])
def test_flops_per_token_matches_a_measured_forward_and_backward(layers, width, seq_len):
    from torch.utils.flop_counter import FlopCounterMode
    from transformers import GPT2Config, GPT2LMHeadModel

    config = GPT2Config(n_layer=layers, n_head=4, n_embd=width, n_positions=seq_len, vocab_size=512,
                        bos_token_id=0, eos_token_id=0, attn_implementation="eager")  # fmt: skip
    model = GPT2LMHeadModel(config)
    ids = torch.randint(0, 512, (2, seq_len))
    with FlopCounterMode(display=False) as counter:
        model(input_ids=ids, labels=ids).loss.backward()
    measured = counter.get_total_flops() / ids.numel()
    estimate = flops_per_token(config, sum(p.numel() for p in model.parameters()), seq_len)
    assert estimate == pytest.approx(measured, rel=0.05)  # 6N counts the position table, which does no matmul


@pytest.mark.slow
def test_throughput_is_logged_every_interval(datamodule, tmp_path):
    lm = TweetLM(datamodule.tokenizer, architecture=TINY_GPT2)
    trainer = Trainer(
        accelerator="cpu",
        max_steps=6,
        log_every_n_steps=2,
        logger=CSVLogger(tmp_path),
        callbacks=[Throughput()],
        enable_progress_bar=False,
        enable_checkpointing=False,
        limit_val_batches=0,
    )
    trainer.fit(lm, datamodule=datamodule)
    rows = list(csv.DictReader(next(tmp_path.rglob("metrics.csv")).read_text().splitlines()))
    rates = [float(r["perf/tokens_per_s"]) for r in rows if r.get("perf/tokens_per_s")]
    assert len(rates) == 3 and all(rate > 0 for rate in rates)  # at steps 2, 4 and 6
    assert "perf/mfu" not in rows[0]  # no peak FLOP/s is known for CPUs


def test_evaluate_with_one_account(archive_dir, tmp_path):
    dm = TweetDataModule(["alice"], archive_dir=str(archive_dir), cache_dir=str(tmp_path), block_size=32)
    dm.tokenizer = train_tokenizer(dm.train_texts, vocab_size=300)
    dm.setup("validate")
    lm = TweetLM(dm.tokenizer, architecture=TINY_GPT2)
    lm.connect(["alice"])
    result = lm.evaluate(dm.all_val_batches())
    assert result["users"]["alice"]["tokens"] == result["tokens"] == dm.stats["val_tokens"]
    assert math.isfinite(result["ppl"]) and 0 < result["bpb"] < 20


class RecordingAdamW(torch.optim.AdamW):
    """AdamW that notes the gradient norm it is stepped with."""

    norms: list[float] = []

    def _init_group(self, group, *args, **kwargs):
        grads = [p.grad for p in group["params"] if p.grad is not None]
        RecordingAdamW.norms.append(float(torch.linalg.vector_norm(torch.stack([g.norm() for g in grads]))))
        return super()._init_group(group, *args, **kwargs)


def test_a_fused_optimizer_still_gets_clipped_gradients_in_bf16(datamodule):
    from functools import partial

    RecordingAdamW.norms = []
    lm = TweetLM(datamodule.tokenizer, architecture=TINY_GPT2, optimizer=partial(RecordingAdamW, lr=1e-3))
    trainer = Trainer(accelerator="cpu", precision="bf16-mixed", max_steps=2, gradient_clip_val=1e-3, logger=False,
                      enable_checkpointing=False, enable_progress_bar=False, limit_val_batches=0)  # fmt: skip
    trainer.fit(lm, datamodule=datamodule)
    assert trainer.optimizers[0].defaults["fused"] is True
    assert RecordingAdamW.norms and all(norm <= 1e-3 * 1.01 for norm in RecordingAdamW.norms)


def test_training_time_leaves_out_the_validation_under_way(monkeypatch):
    from types import SimpleNamespace

    import huggingtweets.throughput as throughput

    now = [100.0]  # a clock the test moves (no sleeps: the answer cannot depend on the machine's load)
    monkeypatch.setattr(throughput, "time", SimpleNamespace(perf_counter=lambda: now[0]))  # (this module's clock)
    clock = Throughput(console=False)
    clock._started, clock._tokens = now[0], torch.zeros((), dtype=torch.long)
    now[0] += 5.0  # training
    clock.on_validation_start(SimpleNamespace(sanity_checking=False), None)
    now[0] += 30.0  # validating: what is logged at its end (the time to quality) must not count this
    assert clock.train_seconds() == 5.0
    clock.on_validation_end(None, None)
    now[0] += 2.0
    assert clock.train_seconds() == 7.0
