"""notebooks/quickstart.ipynb runs top to bottom (nbclient, a real kernel), on the bundled demo accounts with the tiny
model and fewer steps, offline: it trains through the Python API, shows the preview and the card, and writes as an
account. Its install cell and the README's Colab link name the repository pyproject.toml names."""

from __future__ import annotations

import os
import re

import pytest

from .conftest import ROOT

NOTEBOOK = ROOT / "notebooks" / "quickstart.ipynb"
nbformat = pytest.importorskip("nbformat", reason="the notebook test needs the dev extra (nbformat, nbclient)")


@pytest.mark.slow
def test_the_quickstart_notebook_runs_top_to_bottom(tmp_path, monkeypatch):
    from nbclient import NotebookClient

    notebook = nbformat.read(NOTEBOOK, as_version=4)
    [where] = [i for i, cell in enumerate(notebook.cells) if "parameters" in cell.metadata.get("tags", [])]
    notebook.cells.insert(where + 1, nbformat.v4.new_code_cell("MAX_STEPS = 8\nCOPY_SAMPLES = 12"))
    monkeypatch.setenv("PYTHONPATH", str(ROOT))  # (the kernel imports this checkout)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    NotebookClient(
        notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    ).execute()
    outputs = [o for cell in notebook.cells for o in cell.get("outputs", [])]
    printed = "".join(o["text"] for o in outputs if o.get("output_type") == "stream" and o["name"] == "stdout")
    assert "@gardenista: 480 posts read" in printed and "held-out perplexity per tweet" in printed
    shown = [o for o in outputs if o.get("output_type") == "display_data"]
    assert any("image/png" in o["data"] for o in shown) and any("text/markdown" in o["data"] for o in shown)
    assert any("Sample generations" in o["data"].get("text/markdown", "") for o in shown)
    written = [line for line in printed.splitlines() if line.startswith("@bluebird_bot: the moon is")]
    assert len(written) == 3, printed[-2000:]
    model_dir = tmp_path / "models" / "bluebird_bot-gardenista-lunar_larry"
    assert (model_dir / "predictions.png").is_file() and (model_dir / "README.md").is_file()
    assert not (model_dir.parent / "None").exists() and os.environ["HF_HUB_OFFLINE"] == "1"


def test_the_notebook_and_the_readme_point_at_the_repository_pyproject_names():
    [repository] = re.findall(r'^Repository = "([^"]+)"', (ROOT / "pyproject.toml").read_text(), re.MULTILINE)
    owner_and_name = repository.removeprefix("https://github.com/")
    colab = f"https://colab.research.google.com/github/{owner_and_name}/blob/main/notebooks/quickstart.ipynb"
    assert f"git+{repository}" in NOTEBOOK.read_text() and colab in NOTEBOOK.read_text()
    assert colab in (ROOT / "README.md").read_text()
