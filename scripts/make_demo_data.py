"""Rewrite the bundled demo archives (fictional accounts generated from templates): huggingtweets/demo_data/.

python scripts/make_demo_data.py
"""

import shutil

from huggingtweets.demo import ACCOUNTS, DEMO_DIR, write_demo

if __name__ == "__main__":
    shutil.rmtree(DEMO_DIR, ignore_errors=True)
    write_demo(DEMO_DIR)
    print(f"wrote {', '.join(ACCOUNTS)} to {DEMO_DIR}")
