"""Rewrite the bundled demo archives: three fictional accounts whose tweets are generated from templates (no real
account's words), one per archive layout (a downloaded zip, an unzipped folder, a split export).

    python scripts/make_demo_data.py              # huggingtweets/demo_data/, 480 tweets each
    python scripts/make_demo_data.py OUT N        # N tweets each into OUT (scripts/gpu_check.py wants more)
"""

from __future__ import annotations

import random
import shutil
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from huggingtweets.demo import ACCOUNTS, DEMO_DIR  # noqa: E402
from tests.archives import tweet_record, write_archive  # noqa: E402

TEMPLATES = {
    "bluebird_bot": {
        "display_name": "Bluebird Bot",
        "templates": [
            "spotted a {bird} {doing} near the {place} this morning. {feeling}",
            "the {bird} at the {place} is {doing} again. i respect the hustle",
            "today's forecast: {weather}, with a strong chance of {bird}s {doing}",
            "if you see a {bird} {doing} by the {place}, no you didn't #birding",
            "{feeling} a {bird} just looked me in the eye and kept {doing}",
            "reminder that every {bird} is {doing} on its own schedule &amp; that is fine",
            "counted {n} {bird}s at the {place}. {feeling}",
            "new field guide entry: the {bird}, known for {doing} in {weather}",
        ],
        "words": {
            "bird": ["robin", "heron", "magpie", "sparrow", "kingfisher", "wren", "crow", "goldfinch"],
            "doing": [
                "sunbathing",
                "arguing with a pigeon",
                "stealing crumbs",
                "singing off key",
                "doing laps",
                "guarding a french fry",
                "napping on one leg",
                "inspecting a puddle",
            ],
            "place": ["bus stop", "old oak", "harbour", "library steps", "car park", "fountain", "bakery"],
            "weather": ["light drizzle", "sunny spells", "fog until noon", "gusty winds", "a crisp frost"],
            "feeling": [
                "incredible scenes.",
                "nature is healing.",
                "what a day.",
                "i am so proud of them.",
                "truly a legend.",
                "no notes.",
            ],
        },
    },
    "gardenista": {
        "display_name": "Gardenista 🌱",
        "templates": [
            "planted {plant} in the {spot} today. ask me again in {weeks} weeks how that went",
            "hot tip: {tip}. your {plant} will thank you",
            "the {plant} are {state} and honestly so am i",
            "week {weeks} of the great {plant} experiment: {state}",
            "nobody warned me that {plant} would be this {adjective} #gardening",
            "my {spot} is now {adjective} with {plant}. {tip}",
            "composting update: {state}. the worms are {adjective} &amp; thriving",
            "if your {plant} look {adjective}, {tip}",
        ],
        "words": {
            "plant": [
                "tomatoes",
                "runner beans",
                "sunflowers",
                "courgettes",
                "sweet peas",
                "marigolds",
                "kale",
            ],
            "spot": ["raised bed", "windowsill", "allotment", "balcony", "back border", "greenhouse"],
            "tip": [
                "water at dawn, not dusk",
                "mulch everything",
                "talk to the seedlings",
                "save your seeds",
                "slugs hate copper tape",
                "never trust a warm week in april",
            ],
            "state": ["thriving", "sulking", "taking over", "flowering early", "mysteriously purple"],
            "adjective": ["dramatic", "enormous", "cheerful", "suspicious", "leggy", "unstoppable"],
            "weeks": ["two", "three", "six", "eight"],
        },
    },
    "lunar_larry": {
        "display_name": "Lunar Larry",
        "templates": [
            "the moon is {phase} tonight and i have {opinion}",
            "fun fact: the moon is {fact}. {reaction}",
            "looked up at the {phase} moon for {n} minutes. {reaction}",
            "my telescope showed me {sight} and now i have {opinion}",
            "if the moon was {fact} it would explain {sight}. {reaction}",
            "petition to rename the {phase} moon to {name} #astronomy",
            "{reaction} the {phase} moon really said {quote}",
            "telescope log, night {n}: {sight}. {opinion}",
        ],
        "words": {
            "phase": ["full", "waxing gibbous", "crescent", "new", "waning", "harvest"],
            "opinion": [
                "several questions",
                "no further questions",
                "a new theory",
                "feelings about it",
                "to lie down",
            ],
            "fact": [
                "slowly drifting away",
                "covered in dust",
                "basically a big rock",
                "older than cheese",
                "tidally locked",
            ],
            "reaction": ["wild.", "unbelievable.", "we live in a society.", "respect.", "i need a minute."],
            "sight": [
                "a crater shaped like a spoon",
                "a satellite waving",
                "a very fast cloud",
                "three stars in a row",
                "the lunar apennines",
            ],
            "name": ["big steve", "the night lamp", "sky cheese", "larry two"],
            "quote": ["not today", "look at me", "i am the main character", "goodnight everyone"],
        },
    },
}
SHORT = ["lol", "good morning", "brb", "yes!!", "ok", "wow #mood", "@friend same", "thread 👇"]
FRIENDS = ["friend", "skywatcher", "compost_queen", "birdnerd", "newsbot"]


def fill(template: str, words: dict[str, list[str]], rng: random.Random) -> str:
    values = {k: rng.choice(v) for k, v in words.items()}
    return template.format(n=rng.randint(2, 40), **values)


def make_tweets(handle: str, spec: dict, count: int, rng: random.Random) -> list[dict]:
    start = datetime(2021, 1, 1, tzinfo=timezone.utc)
    tweets = []
    for i in range(count):
        roll = rng.random()
        reply_to = None
        if roll < 0.08:
            text = f"RT @{rng.choice(FRIENDS)}: " + fill(rng.choice(spec["templates"]), spec["words"], rng)
            text = text[:140]
        elif roll < 0.16:
            text = rng.choice(SHORT)
        else:
            text = fill(rng.choice(spec["templates"]), spec["words"], rng)
            if rng.random() < 0.15:
                text += f" https://example.com/{handle}/{i}"
            if rng.random() < 0.1:
                reply_to = str(10**17 + rng.randint(0, 10**9))
                text = f"@{rng.choice(FRIENDS)} {text}"
            if rng.random() < 0.05:
                text = text.replace(". ", ".\n\n", 1)
        when = start + timedelta(hours=7 * i + rng.randint(0, 6))
        fields = {
            "created_at": when.strftime("%a %b %d %H:%M:%S +0000 %Y"),
            "favorite_count": str(rng.randint(0, 500)),
            "retweet_count": str(rng.randint(0, 50)),
        }
        if reply_to:
            fields |= {"in_reply_to_status_id_str": reply_to, "in_reply_to_screen_name": "friend"}
        tweets.append(tweet_record(text, i, **fields))
    return tweets


def write_demo(out: Path = DEMO_DIR, tweets_per_account: int = 480) -> None:
    """(Re)write the bundled demo: one account per layout (a downloaded zip, a folder, a split export)."""
    rng = random.Random(2026)
    layouts = dict(zip(TEMPLATES, ("zip", "folder", "parts"), strict=True))
    for handle, spec in TEMPLATES.items():
        records = make_tweets(handle, spec, tweets_per_account, rng)
        write_archive(out / handle, handle, spec["display_name"], records, layouts[handle])
    assert tuple(TEMPLATES) == ACCOUNTS


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else DEMO_DIR
    shutil.rmtree(out, ignore_errors=True)
    write_demo(out, int(sys.argv[2]) if len(sys.argv) > 2 else 480)
    print(f"wrote {', '.join(ACCOUNTS)} to {out}")
