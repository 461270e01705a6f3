"""Re-create a model directory's card (README.md) from the run's saved record, with the current template.

    python scripts/card.py models/dril                          # as the run wrote it
    python scripts/card.py models/dril repo_id=you/dril         # the snippet loads from the hub; thumbnail set
    python scripts/card.py models/dril language=fr license=mit

Every figure comes from `huggingtweets.json`, which the run wrote beside its weights; nothing is re-measured.
"""

from __future__ import annotations

import sys

SETTINGS = {"repo_id", "language", "license"}


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0 if argv else 2
    from dataclasses import asdict

    from huggingtweets.card import card_from_record, write_card
    from huggingtweets.errors import UserError
    from huggingtweets.record import read_record, write_record

    directory, settings = argv[0], dict(arg.split("=", 1) for arg in argv[1:] if "=" in arg)
    try:
        if unknown := [a for a in argv[1:] if "=" not in a or a.split("=", 1)[0] not in SETTINGS]:
            raise UserError(f"{', '.join(unknown)}: not an argument (key=value with {', '.join(sorted(SETTINGS))})")
        record = read_record(directory)
        card = card_from_record(record, **settings)
        path = write_card(card, directory)
        write_record(directory, record | {"card": asdict(card)})  # a later push rebuilds the card from this
    except UserError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
