"""Publish a model directory to the Hugging Face hub, or delete a published model.

    python scripts/hub.py push models/dril you/dril            # private (add --public to publish openly)
    python scripts/hub.py delete you/dril                      # asks you to type the name again (--yes skips)

The token comes from HF_TOKEN or `hf auth login`; HF_ENDPOINT points at another hub.
"""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    push = commands.add_parser("push", help="upload a model directory")
    push.add_argument("directory")
    push.add_argument("repo_id")
    push.add_argument("--public", action="store_true", help="publish openly (default: private)")
    delete = commands.add_parser("delete", help="delete a model repository")
    delete.add_argument("repo_id")
    delete.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    args = parser.parse_args(argv)

    from huggingtweets import hub
    from huggingtweets.errors import UserError

    try:
        if args.command == "push":
            url, private = hub.push(args.directory, args.repo_id, private=not args.public)
            print(f"pushed {args.directory} to {url} ({'private' if private else 'public'})")
        else:
            if not args.yes:
                try:
                    answer = input(f"Delete {args.repo_id} from the hub for good? Type its name to confirm: ")
                except EOFError:
                    answer = ""
                if answer.strip() != args.repo_id:
                    print("not deleted", file=sys.stderr)
                    return 1
            hub.delete(args.repo_id)
            print(f"deleted {args.repo_id}")
    except UserError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
