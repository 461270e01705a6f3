"""The root `train.py` itself: what it says before Hydra composes anything."""

import pytest

from .conftest import run_cli


@pytest.mark.parametrize("hider", ["hydra_plugins/__init__.py", "hydra_plugins.py"])  # other plugins / none at all
def test_a_sweep_without_the_sweep_extra_names_the_extra(tmp_path, archive_dir, hider):
    shim = tmp_path / "shim"  # ahead of site-packages, a regular package or module hides the installed plugins
    (shim / hider).parent.mkdir(parents=True, exist_ok=True)
    (shim / hider).write_text("")
    env = {"PYTHONPATH": str(shim)}
    result = run_cli(tmp_path, archive_dir, "-m", "hparams_search=optuna", "users=[alice]", env_extra=env)
    assert result.returncode == 1
    assert result.stderr.splitlines() == ["error: hparams_search=optuna needs Hydra's Optuna sweeper: "
                                          "pip install -e '.[sweep]'"]  # fmt: skip
