"""The bundled demo: three fictional accounts' X archive exports in `demo_data/` (`make demo`), generated from
templates by scripts/make_demo_data.py: no real account's words are bundled."""

from pathlib import Path

DEMO_DIR = Path(__file__).parent / "demo_data"
ACCOUNTS = ("bluebird_bot", "gardenista", "lunar_larry")
