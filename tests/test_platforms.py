"""What other machines need that a Linux CPU does not: no float64 on the training device (Apple's MPS has none)."""

import traceback

import pytest
import torch
from torch.utils._python_dispatch import TorchDispatchMode
from torch.utils._pytree import tree_leaves

from huggingtweets.train import fit, prepare

from .conftest import TINY


class Float64Watch(TorchDispatchMode):
    """Every operation in its block that makes a float64 tensor, with where it was called from. On the CPU every
    tensor is on the training device, so a fit here that makes none makes none on an Apple GPU either."""

    def __init__(self):
        super().__init__()
        self.seen: list[str] = []

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        out = func(*args, **(kwargs or {}))
        if any(isinstance(t, torch.Tensor) and t.dtype == torch.float64 for t in tree_leaves(out)):
            where = [f"{f.filename}:{f.lineno} {f.name}" for f in traceback.extract_stack()[-8:-1]]
            self.seen.append(f"{func}: " + " <- ".join(reversed(where)))
        return out


@pytest.mark.parametrize("precision", ["32-true", "bf16-mixed"])
def test_a_fit_with_every_shipped_callback_makes_no_float64_tensor(compose_cfg, precision):
    from hydra.utils import instantiate

    cfg = compose_cfg(*TINY, "trainer.max_steps=6", "trainer.log_every_n_steps=2", f"trainer.precision={precision}",
                      "callbacks.last_checkpoint.train_time_interval.minutes=0.0005",
                      "+trainer.val_check_interval=3")  # fmt: skip
    datamodule = instantiate(cfg.data)
    callbacks = [instantiate(c) for c in cfg.callbacks.values()]
    for callback in callbacks:  # (checkpoints where train() would put them)
        if hasattr(callback, "bind"):
            callback.bind(cfg.paths.log_dir)
    prepare(cfg, datamodule)
    with Float64Watch() as watch:
        trainer, model = fit(cfg, datamodule, callbacks, None)
    assert trainer.global_step == 6 and model.history.val_ppl and model.history.before
    assert not watch.seen, "\n".join(watch.seen[:5])
