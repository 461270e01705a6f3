# make demo: set up and train on the bundled fictional accounts, offline.   make test: set up and run the tests.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
OFFLINE := HF_HUB_OFFLINE=1 HF_DATASETS_OFFLINE=1 WANDB_MODE=offline

.PHONY: setup demo test test-fast lint format clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: $(BIN)/python pyproject.toml constraints.txt
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e ".[dev,sweep]"
	touch $@

setup: $(VENV)/.installed

demo: setup
	$(OFFLINE) $(BIN)/python train.py experiment=demo

test: setup
	$(OFFLINE) $(BIN)/python -m pytest

test-fast: setup
	$(OFFLINE) $(BIN)/python -m pytest -m "not slow"

lint: setup
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

format: setup
	$(BIN)/ruff check --fix . && $(BIN)/ruff format .

clean:
	rm -rf .cache logs models .pytest_cache
