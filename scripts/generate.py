"""Write tweets with a saved model directory (the original's sampling: top-p 0.95, temperature 1).

    python scripts/generate.py models/dril prompt="My dream is" n=5
    python scripts/generate.py models/dril-fart-horse_ebooks user=dril seed=1      # a conditioned model, as @dril
    python scripts/generate.py models/dril-fart-horse_ebooks 'user={dril: 0.7, horse_ebooks: 0.3}'   # a mix

    python scripts/generate.py models/dril n=20 avoid_copies=true      # leave out copies of training tweets

Arguments are key=value: prompt (default: a fresh tweet), user (an account, a list, or a weighted mapping),
n (5), seed (0: the same seed gives the same tweets), max_new_tokens (default: up to 160 tokens in all, as the
original), avoid_copies (false), batch_size (16), temperature (1.0) and top_p (0.95). On the GPU when there is one.
"""

from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0 if argv else 2
    from omegaconf import OmegaConf

    from huggingtweets.errors import UserError
    from huggingtweets.generation import generate

    model_dir, settings = argv[0], OmegaConf.to_container(OmegaConf.from_dotlist(argv[1:]))
    sampling = {name: settings.pop(name) for name in ("temperature", "top_p") if name in settings}
    unknown = set(settings) - {"prompt", "user", "n", "seed", "max_new_tokens", "avoid_copies", "batch_size"}
    try:
        if unknown:
            raise UserError(
                f"{', '.join(sorted(unknown))}: not an argument "
                "(prompt, user, n, seed, max_new_tokens, avoid_copies, batch_size, temperature, top_p)"
            )
        prompt = "" if settings.get("prompt") is None else str(settings.pop("prompt"))
        samples = generate(model_dir, prompt, **settings, sampling=sampling)
    except UserError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    for sample in samples:
        print(f"@{sample.user}: {sample.text}" if sample.user else sample.text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
