"""W&B lineage, as the original kept it: raw posts -> cleaned dataset (with its table) -> trained model, each a
versioned artifact, plus a table of sample generations. Online when a key is configured, offline otherwise."""

from __future__ import annotations

import contextlib
import json
import os
import re
from pathlib import Path


def log_lineage(run, dm, model_dir: Path, card, sampled: list[tuple[str, str | None, str]], record: dict) -> None:
    """Log the three linked artifacts and the samples table to the W&B run `run` (a `WandbLogger`'s experiment).

    Each artifact names the one it was made from (`derived_from`: name and content digest). Online, the graph
    holds the edges too: a small run (job type `clean`) uses the raw posts and logs the cleaned dataset, and the
    training run uses that and logs the model. (W&B records no use of an artifact offline: an offline run logs
    all three, linked by `derived_from`, and `wandb sync` uploads them.)"""
    import wandb

    name, offline = re.sub(r"[^A-Za-z0-9_.-]", "_", dm.name), run.offline  # (only what W&B allows in a name)
    downloaded = {a.handle: a.counts["downloaded"] for a in dm.accounts}
    raw = wandb.Artifact(f"raw-{name}", type="raw_data", description="posts as read from their sources",
                         metadata={"accounts": downloaded})  # fmt: skip
    with raw.new_file("raw_posts.jsonl", mode="w") as out:
        for account in dm.accounts:
            for post in dm.corpus.raw_posts(account):
                out.write(json.dumps({"account": account.handle, **post}) + "\n")
    cleaned = wandb.Artifact(f"dataset-{name}", type="dataset", description="kept tweets and their split",
                             metadata={"counts": {a.handle: a.counts for a in dm.accounts},
                                       "split": record["split"], "fingerprint": record["data_fingerprint"],
                                       "derived_from": _ref(raw)})  # fmt: skip
    table = wandb.Table(columns=["account", "split", "text"])
    for account in dm.accounts:
        for split, texts in (("train", account.train_texts), ("validation", account.val_texts)):
            for text in texts:
                table.add_data(account.handle, split, text)
    cleaned.add(table, "tweets")
    model = wandb.Artifact(f"model-{name}", type="model", description="the exported model directory",
                           metadata={"evaluation": card.after, "copies": card.copies,
                                     "derived_from": _ref(cleaned)})  # fmt: skip
    model.add_dir(str(model_dir))
    if offline:
        for artifact in (raw, cleaned, model):
            run.log_artifact(artifact)
    else:
        with _own_run(), wandb.init(project=run.project, entity=run.entity, group=run.id, job_type="clean",
                                    id=wandb.util.generate_id(), dir=Path(run.dir).parents[2],
                                    reinit="create_new", name=f"clean-{name}") as data_run:  # fmt: skip
            data_run.use_artifact(raw)
            data_run.log_artifact(cleaned)
            cleaned.wait()  # logged before the training run uses it
        run.use_artifact(cleaned)
        run.log_artifact(model)
    samples = wandb.Table(columns=["prompt", "account", "text"])
    for prompt, account, text in sampled:
        samples.add_data(prompt, account or name, text)
    run.log({"samples": samples})


@contextlib.contextmanager
def _own_run():
    """A W&B sweep agent hands its run's id and sweep to every `wandb.init` in the process through the environment:
    the `clean` run is a run of its own, outside the sweep."""
    saved = {key: os.environ.pop(key) for key in ("WANDB_RUN_ID", "WANDB_SWEEP_ID") if key in os.environ}
    try:
        yield
    finally:
        os.environ.update(saved)


def _ref(artifact) -> str:
    """`name:digest` of an artifact's content, known before it is logged."""
    return f"{artifact.name}:{artifact.digest}"
