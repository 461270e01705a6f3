"""Sweeps (`train.py -m`): each job leaves its outcome in its run directory (`result.json`); when the sweep ends,
`SweepSummary` tables them all (`summary.csv`, `summary.md` in the sweep directory) and prints the best job as a
command to run. Light on purpose: Hydra loads it for every run."""

from __future__ import annotations

import csv
import io
import json
import math
import shlex
from pathlib import Path
from typing import Any

from hydra.experimental.callback import Callback
from omegaconf import DictConfig, OmegaConf

from huggingtweets import in_multirun
from huggingtweets.atomic import write_atomically

RESULT = "result.json"
COLUMNS = ["job", "status", "overrides", "metric", "ppl", "seconds", "model_dir", "error"]


def record_job(**fields: Any) -> Path:
    """Write this job's outcome (`status`: ok, diverged or failed; `metric`, `ppl`, `seconds`, `model_dir`, `error`)
    into its run directory, for the sweep's summary."""
    from hydra.core.hydra_config import HydraConfig
    from lightning.fabric.utilities.rank_zero import rank_zero_only

    path = Path(HydraConfig.get().runtime.output_dir) / RESULT
    if rank_zero_only.rank == 0:  # (every process of a job may fail; one writes)
        write_atomically(path, json.dumps(fields, indent=1, default=str))
    return path


def goal(metric: str | None, direction: object) -> tuple[str, str]:
    """The metric a sweep optimises and its direction (`minimize` or `maximize`; Optuna's may be a list)."""
    return metric or "val/loss", "maximize" if "max" in str(direction or "minimize") else "minimize"


def finite(value: Any) -> bool:
    return isinstance(value, int | float) and math.isfinite(value)


def read_jobs(sweep_dir: Path) -> list[dict]:
    """One row per job directory (one holding `.hydra/overrides.yaml`), in job order. A job that left no result
    (killed, or lost with its node) is a failure."""
    rows = []
    for overrides in Path(sweep_dir).glob("*/.hydra/overrides.yaml"):
        job = overrides.parent.parent
        row = {"job": job.name, "overrides": [str(o) for o in OmegaConf.load(overrides)]}
        try:
            row |= json.loads((job / RESULT).read_text())
        except FileNotFoundError:
            row |= {"status": "failed", "error": "left no result (killed?)"}
        except (OSError, json.JSONDecodeError):
            row |= {"status": "failed", "error": f"unreadable {RESULT}"}
        rows.append(row)
    return sorted(rows, key=lambda r: (int(r["job"]) if r["job"].isdigit() else math.inf, r["job"]))


def best_job(rows: list[dict], direction: str = "minimize") -> dict | None:
    done = [r for r in rows if r.get("status") == "ok" and finite(r.get("metric"))]
    pick = max if direction == "maximize" else min
    return pick(done, key=lambda r: r["metric"]) if done else None


def command(overrides: list[str]) -> str:
    """The job as one run (`hydra.mode=RUN`: a search's config would otherwise start the search again)."""
    return " ".join(["python train.py", *(shlex.quote(o) for o in overrides), "hydra.mode=RUN"])


def _fmt(value: Any, spec: str) -> str:
    return format(value, spec) if finite(value) else ""


def write_summary(sweep_dir: Path, metric: str = "val/loss", direction: str = "minimize") -> dict | None:
    """`summary.csv` and `summary.md` in `sweep_dir`, one row per job; returns the best job's row."""
    rows = read_jobs(sweep_dir)
    # the table shows what the jobs varied; the best command keeps every override
    common = set.intersection(*(set(r["overrides"]) for r in rows)) if rows else set()
    for r in rows:
        r["swept"] = [o for o in r["overrides"] if o not in common or len(rows) == 1]
    table = io.StringIO()
    writer = csv.DictWriter(table, COLUMNS, extrasaction="ignore")
    writer.writeheader()
    writer.writerows({**r, "overrides": " ".join(r["overrides"])} for r in rows)
    write_atomically(Path(sweep_dir) / "summary.csv", table.getvalue())  # (jobs write it as they end)
    best = best_job(rows, direction)
    lines = [f"| job | status | overrides | {metric} | per-tweet ppl | time (s) | model directory |",
             "| --- | --- | --- | --- | --- | --- | --- |"]  # fmt: skip
    for r in rows:
        status = r["status"] + (f": {r['error']}" if r.get("error") else "")
        mark = " (best)" if r is best else ""
        cells = [r["job"] + mark, status.replace("|", "/"), " ".join(r["swept"]), _fmt(r.get("metric"), ".4f"),
                 _fmt(r.get("ppl"), ".2f"), _fmt(r.get("seconds"), ".0f"), r.get("model_dir") or ""]  # fmt: skip
        lines.append("| " + " | ".join(cells) + " |")
    if best:
        lines += [
            "",
            f"Best: job {best['job']}, {metric} {best['metric']:.4f}:",
            "",
            "```",
            command(best["overrides"]),
            "```",
        ]
    write_atomically(Path(sweep_dir) / "summary.md", "\n".join(lines) + "\n")
    return best


class SweepSummary(Callback):
    """Hydra callback (conf/hydra/default.yaml): when a sweep ends, write its summary and print the best command."""

    def on_job_end(self, config: DictConfig, job_return: Any, **kwargs: Any) -> None:
        """The summary so far after each job: it exists even when the sweep stops early (or the sweeper raises)."""
        from lightning.fabric.utilities.rank_zero import rank_zero_only

        if in_multirun() and rank_zero_only.rank == 0:
            write_summary(
                Path(config.hydra.sweep.dir),
                *goal(config.get("optimized_metric"), OmegaConf.select(config, "hydra.sweeper.direction")),
            )

    def on_multirun_end(self, config: DictConfig, **kwargs: Any) -> None:
        sweep_dir = Path(config.hydra.sweep.dir)
        metric, direction = goal(config.get("optimized_metric"), OmegaConf.select(config, "hydra.sweeper.direction"))
        best = write_summary(sweep_dir, metric, direction)
        rows = read_jobs(sweep_dir)
        failed = sum(r["status"] != "ok" for r in rows)
        print(f"Sweep: {len(rows)} jobs, {failed} failed; summary in {sweep_dir / 'summary.md'}")
        if best:
            print(f"Best: job {best['job']}, {metric} {best['metric']:.4f}\n  {command(best['overrides'])}")
