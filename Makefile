# make demo: set up and train on the bundled fictional accounts, offline.   make test: set up and run the tests.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
OFFLINE := HF_HUB_OFFLINE=1 HF_DATASETS_OFFLINE=1 WANDB_MODE=offline

.PHONY: setup chromium demo app screenshots test test-fast lint format clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: $(BIN)/python pyproject.toml constraints.txt
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e ".[dev,sweep,app]"
	@command -v chromium >/dev/null || command -v chromium-browser >/dev/null || $(MAKE) --no-print-directory chromium
	touch $@

setup: $(VENV)/.installed

# Debian's chromium and an emoji font, for the browser test (Playwright's own browser download is not reachable)
chromium:
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-color-emoji; } \
			|| echo "note: apt-get could not install chromium: the browser test will be skipped"; \
	else echo "note: no chromium, and it can only be installed as root with apt-get: the browser test will be skipped"; fi

demo: setup
	$(OFFLINE) $(BIN)/python train.py experiment=demo

app: setup
	$(BIN)/python scripts/app.py  # (online: Publish and base models from the hub need it)

screenshots: setup  # the browser test's screenshots of each tab, into docs/images/ (the README shows them)
	$(OFFLINE) $(BIN)/python -m pytest tests/test_app_browser.py -q
	cp logs/screenshots/app-*.png docs/images/

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
