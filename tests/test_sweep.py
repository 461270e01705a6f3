"""Sweeps: Optuna and plain multirun end to end, the summary table, the W&B sweep and the SLURM launcher configs."""

import csv
import json
import math
import re
import shlex
from pathlib import Path

import pytest
import torch
import yaml
from hydra import compose, initialize_config_dir
from hydra.types import RunMode
from hydra.utils import get_method
from omegaconf import OmegaConf

from huggingtweets.record import read_record
from huggingtweets.sweep import RESULT, write_summary

from .conftest import ROOT, TINY, compose_train, run_cli

FAST = [*TINY, "trainer.max_steps=3"]


def sweep_dir(root: Path) -> Path:
    [directory] = (root / "logs" / "multiruns").iterdir()
    return directory


def summary_rows(directory: Path) -> list[dict]:
    with open(directory / "summary.csv") as f:
        return list(csv.DictReader(f))


def check_jobs(directory: Path, rows: list[dict], root: Path, models: Path | None = None) -> None:
    """Each finished job: its own run and model directory (under `models`, in the sweep's and the job's folder),
    and the metric its model's record has."""
    models = models or root / "models"
    done = [r for r in rows if r["status"] == "ok"]
    assert len({r["model_dir"] for r in done}) == len(done) == len({r["job"] for r in done})
    for row in done:
        model_dir = Path(row["model_dir"])
        assert model_dir.parent == models / directory.name / row["job"]  # the job's own
        after = read_record(model_dir)["evaluation"]["after"]
        assert float(row["metric"]) == pytest.approx(after["loss"], rel=1e-12)
        assert float(row["ppl"]) == pytest.approx(after["ppl"], rel=1e-12)
    assert sorted(models.glob("*/*/*/huggingtweets.json")) == sorted(Path(r["model_dir"]) / "huggingtweets.json"
                                                                      for r in done)  # fmt: skip
    assert not list((root / "logs" / "checkpoints").glob("*/*.ckpt"))  # deleted once each job's model was exported
    # the data was prepared once: cleaned by the first job only, its caches never rebuilt by a later job
    logs = "".join((directory / r["job"] / "train.log").read_text() for r in rows)
    assert logs.count("cleaned alice") == 1 and logs.count("cleaned bob") == 1
    cache = root / ".cache" / "huggingtweets"
    [blocks] = (cache / "blocks").iterdir()
    [tokenizer] = (cache / "tokenizers").iterdir()
    second_started = (directory / rows[1]["job"] / ".hydra" / "config.yaml").stat().st_mtime
    assert (blocks / "meta.json").stat().st_mtime < second_started
    assert (tokenizer / "tokenizer.json").stat().st_mtime < second_started


@pytest.mark.slow
def test_optuna_sweep_runs_trials_in_their_own_directories_and_tables_them(tmp_path, archive_dir):
    models = tmp_path / "my-models"  # given on the command line, as people do: each job still exports its own
    result = run_cli(tmp_path, archive_dir, "-m", "hparams_search=optuna", "users=[alice,bob]", *FAST,
                     "hydra.sweeper.n_trials=2", f"paths.models_dir={models}")  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    directory = sweep_dir(tmp_path)
    rows = summary_rows(directory)
    assert [r["job"] for r in rows] == ["0", "1"] and {r["status"] for r in rows} == {"ok"}
    assert all("model.optimizer.lr=" in r["overrides"] and "model.scheduler.decay=" in r["overrides"] for r in rows)
    check_jobs(directory, rows, tmp_path, models)
    best = min(rows, key=lambda r: float(r["metric"]))
    optuna_best = yaml.safe_load((directory / "optimization_results.yaml").read_text())["best_value"]
    assert float(best["metric"]) == pytest.approx(optuna_best)  # what Optuna was told is the exported metric
    command = re.search(r"^  (python train\.py .*)$", result.stdout, re.M).group(1)
    assert shlex.split(command)[2:] == [*best["overrides"].split(), "hydra.mode=RUN"]  # one run, not a new search
    assert command in (directory / "summary.md").read_text()
    with initialize_config_dir(config_dir=str(ROOT / "conf"), version_base="1.3"):
        again = compose("train", overrides=shlex.split(command)[2:], return_hydra_config=True)
    assert again.hydra.mode == RunMode.RUN and again.model.optimizer.lr == float(best["overrides"].split(
        "model.optimizer.lr=")[1].split()[0])  # fmt: skip


@pytest.mark.slow
def test_multirun_gives_each_job_its_own_model_and_a_diverged_job_fails_only_itself(tmp_path, archive_dir):
    # lr=1e30: that job's loss becomes NaN and it stops; the sweep goes on and records it
    result = run_cli(tmp_path, archive_dir, "-m", "users=[alice,bob]", *FAST, "model.optimizer.lr=2e-3,1e30,1e-3")
    assert result.returncode == 0, result.stderr[-3000:]
    assert "error: the training loss became NaN or infinite" in result.stderr
    directory = sweep_dir(tmp_path)
    rows = summary_rows(directory)
    assert [(r["job"], r["status"]) for r in rows] == [("0", "ok"), ("1", "diverged"), ("2", "ok")]
    assert "NaN or infinite" in rows[1]["error"] and rows[1]["metric"] == ""
    assert not (tmp_path / "models" / directory.name / "1").exists()  # nothing exported from a diverged job
    check_jobs(directory, rows, tmp_path)
    assert len({p.name for p in (tmp_path / "logs" / "multiruns").iterdir()}) == 1
    table = (directory / "summary.md").read_text()
    assert "| model.optimizer.lr=0.002 |" in table and "| 1 | diverged: the training loss became NaN" in table


def fake_job(directory: Path, num: int, overrides: list[str], **result) -> None:
    (directory / str(num) / ".hydra").mkdir(parents=True)
    (directory / str(num) / ".hydra" / "overrides.yaml").write_text(yaml.safe_dump(overrides))
    if result:
        (directory / str(num) / RESULT).write_text(json.dumps(result))


def test_summary_marks_diverged_and_lost_jobs_failed_and_names_the_best(tmp_path):
    common = ["users=[dril]", "model=tiny"]
    fake_job(tmp_path, 0, [*common, "model.optimizer.lr=0.001"], status="ok", metric=3.5, ppl=33.1, seconds=12.0,
             model_dir="models/x/0/dril")  # fmt: skip
    fake_job(tmp_path, 1, [*common, "model.optimizer.lr=0.1"], status="diverged", metric=math.nan, seconds=3.0)
    fake_job(tmp_path, 2, [*common, "model.optimizer.lr=1e-4"], status="ok", metric=3.25, ppl=25.8, seconds=11.0,
             model_dir="models/x/2/dril")  # fmt: skip
    fake_job(tmp_path, 10, [*common, "model.optimizer.lr=1e-5"])  # killed: no result
    best = write_summary(tmp_path)
    assert best["job"] == "2"
    rows = summary_rows(tmp_path)
    assert [(r["job"], r["status"]) for r in rows] == [("0", "ok"), ("1", "diverged"), ("2", "ok"), ("10", "failed")]
    table = (tmp_path / "summary.md").read_text()
    assert "| 2 (best) | ok | model.optimizer.lr=1e-4 | 3.2500 | 25.80 | 11 | models/x/2/dril |" in table
    assert "| 10 | failed: left no result (killed?) | model.optimizer.lr=1e-5 |" in table
    assert "python train.py 'users=[dril]' model=tiny model.optimizer.lr=1e-4" in table
    assert write_summary(tmp_path, direction="maximize")["job"] == "0"


def compose_hydra(*overrides: str):
    """The config with its `hydra` node, as a job of `python train.py -m OVERRIDES` sees it."""
    with initialize_config_dir(config_dir=str(ROOT / "conf"), version_base="1.3"):
        return compose("train", overrides=["users=[dril]", *overrides], return_hydra_config=True)


def test_optuna_search_space_names_real_keys_and_schedules():
    cfg = compose_hydra("hparams_search=optuna")
    sweeper = cfg.hydra.sweeper
    assert sweeper._target_.endswith("OptunaSweeper") and sweeper.storage is None and sweeper.n_trials == 20
    assert sweeper.sampler._target_ == "optuna.samplers.TPESampler" and sweeper.sampler.seed == cfg.seed
    assert cfg.hydra.mode == RunMode.MULTIRUN and cfg.optimized_metric == "val/loss"
    assert cfg.hydra.callbacks.sweep_summary._target_ == "huggingtweets.sweep.SweepSummary"
    assert set(sweeper.params) == {"trainer.max_epochs", "model.scheduler.decay", "model.scheduler.warmup_fraction",
                                   "model.optimizer.lr", "trainer.accumulate_grad_batches"}  # fmt: skip
    assert all(OmegaConf.select(cfg, key) is not None for key in sweeper.params)
    assert sweeper.params["model.optimizer.lr"] == "tag(log, interval(8e-7, 2.5e-3))"
    check_schedules(get_method(cfg.model.scheduler._target_))


def check_schedules(schedule) -> None:
    optimizer = torch.optim.SGD([torch.nn.Parameter(torch.ones(1))], lr=1.0)
    for decay in ("constant", "linear", "cosine"):
        scheduler = schedule(optimizer, total_steps=10, warmup_fraction=0.2, min_lr_ratio=0.1, decay=decay)
        lrs = [scheduler.lr_lambdas[0](step) for step in (0, 1, 2, 6, 10)]
        assert lrs[:3] == [0.0, 0.5, 1.0] and lrs[4] == pytest.approx(1.0 if decay == "constant" else 0.1)
        assert lrs[3] == pytest.approx({"constant": 1.0, "linear": 0.55, "cosine": 0.55}[decay])
    assert schedule(optimizer, total_steps=10, warmup_fraction=0.0).lr_lambdas[0](0) == 1.0


def wandb_overrides(sweep: dict) -> list[list[str]]:
    """Every command line the W&B agent can build from `sweep`: each listed value, each range's ends and middle,
    through W&B's own `${args_no_hyphens}` formatting."""
    from wandb.sdk.launch.sweeps.utils import create_sweep_command_args

    def values(spec: dict) -> list:
        if "value" in spec:
            return [spec["value"]]
        if "values" in spec:
            return spec["values"]
        low, high = spec["min"], spec["max"]
        middle = (low + high) // 2 if isinstance(low, int) else math.sqrt(low * high)
        return [low, middle, high]

    fixed = [c for c in sweep["command"] if not c.startswith("${")]
    params = {key: values(spec) for key, spec in sweep["parameters"].items()}
    lines = []
    for key, options in params.items():
        for option in options:
            chosen = {k: {"value": option if k == key else v[0]} for k, v in params.items()}
            lines.append(fixed + create_sweep_command_args({"args": chosen})["args_no_hyphens"])
    return lines


@pytest.mark.parametrize("path", sorted((ROOT / "conf" / "sweeps").glob("*.yaml")), ids=lambda p: p.name)
def test_wandb_sweeps_compose_every_override_they_generate(path):
    sweep = yaml.safe_load(path.read_text())
    assert sweep["program"] == "train.py" and (ROOT / sweep["program"]).is_file()
    assert sweep["metric"] == {"name": "exported/val/loss", "goal": "minimize"}  # train() writes it to the summary
    assert "${args_no_hyphens}" in sweep["command"] and "logger=wandb" in sweep["command"]
    optuna = compose_hydra("hparams_search=optuna").hydra.sweeper.params
    assert {k.lstrip("+") for k in sweep["parameters"]} - {"users"} == set(optuna)  # the same space
    lines = wandb_overrides(sweep)
    assert len(lines) == 16
    for overrides in lines:
        cfg = compose_train(*overrides)  # an unknown key or a bad value fails here
        assert cfg.logger.wandb and list(cfg.users) == ["dril"]
        for override in overrides:
            key, value = override.lstrip("+").split("=", 1)
            if key == "logger":  # a config group
                continue
            assert str(OmegaConf.select(cfg, key)).replace(" ", "").replace("'", "") == value.replace("'", "")
        check_schedules(get_method(cfg.model.scheduler._target_))


def test_slurm_launcher_composes_with_the_documented_command():
    readme = (ROOT / "docs" / "sweeps.md").read_text()
    [line] = [x for x in readme.splitlines() if x.startswith("python train.py") and "=submitit_slurm" in x]
    args = shlex.split(line.split("#")[0])[2:]  # after `python train.py`
    cfg = compose_hydra(*[a for a in args if a != "-m"])
    launcher = cfg.hydra.launcher
    assert launcher._target_ == "hydra_plugins.hydra_submitit_launcher.submitit_launcher.SlurmLauncher"
    for override in args:
        if override.startswith("hydra.launcher."):
            key, value = override.split("=", 1)
            assert str(OmegaConf.select(cfg, key)) == value
    assert cfg.hydra.sweeper._target_.endswith("OptunaSweeper")  # the launcher runs the Optuna trials


@pytest.mark.slow
def test_a_setting_one_job_cannot_run_with_fails_that_job_only(tmp_path, archive_dir):
    result = run_cli(tmp_path, archive_dir, "-m", "users=[alice]", *FAST, "data.block_size=100000,32")
    assert result.returncode == 0, result.stderr[-3000:]
    assert "error: data.block_size=100000 is longer than the model's" in result.stderr
    rows = summary_rows(sweep_dir(tmp_path))
    assert [(r["job"], r["status"]) for r in rows] == [("0", "failed"), ("1", "ok")]
    assert rows[0]["error"].startswith("data.block_size=100000 is longer") and rows[1]["metric"]
