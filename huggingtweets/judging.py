"""Whether what a model writes reads like the person: its samples against the person's real held-out tweets.

Perplexity says how well a model predicts real tweets; these say how its own tweets compare with them, as research
on open-ended generation measures it:

- **MAUVE** (Pillutla et al., 2021; `mauve-text`): how far the distribution of samples is from that of real tweets
  in a language model's feature space (the last layer's state at each text's last token, the featurisation MAUVE
  uses): 1 is indistinguishable, near 0 far apart.
- **Discriminator accuracy**: a character n-gram logistic regression told to separate real from generated, trained
  and tested on disjoint halves, over several seeds: 50% means it cannot tell them apart.
- **Diversity and length**: distinct-1 and distinct-2 (distinct word n-grams over all n-grams) and words per tweet,
  for the samples and for the real tweets side by side.
- **Attribution** (models that write as several accounts): a classifier trained on the accounts' real training
  tweets names each sample's account; its accuracy on samples next to its accuracy on real held-out tweets (the
  ceiling).
"""

from __future__ import annotations

import math
import random
import statistics
from collections.abc import Mapping, Sequence

import numpy as np
import torch

from huggingtweets.copies import words

SEEDS = (0, 1, 2, 3, 4)


def distinct(texts: Sequence[str], n: int) -> float:
    """Distinct word n-grams over all word n-grams of `texts` (Li et al., 2016)."""
    grams = [tuple(w[i : i + n]) for w in map(words, texts) for i in range(len(w) - n + 1)]
    return len(set(grams)) / len(grams) if grams else math.nan


def lengths(texts: Sequence[str]) -> dict[str, float]:
    """Words per tweet: mean, and the 10th, 50th and 90th percentiles."""
    counts = sorted(len(words(t)) for t in texts) or [0]
    at = lambda q: float(counts[min(len(counts) - 1, int(q * len(counts)))])  # noqa: E731
    return {"mean": statistics.fmean(counts), "p10": at(0.1), "median": at(0.5), "p90": at(0.9)}


def _char_classifier():
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    return make_pipeline(TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), sublinear_tf=True, min_df=1),
                         LogisticRegression(max_iter=2000, C=2.0))  # fmt: skip


def discriminator(real: Sequence[str], generated: Sequence[str], seeds: Sequence[int] = SEEDS) -> dict:
    """Held-out accuracy of telling real from generated: as many of each (the fewer's count), half of them to train
    on and the other half to test, per seed; the mean accuracy and its spread (standard deviation) over seeds."""
    n = min(len(real), len(generated))
    if n < 4:
        return {"accuracy": math.nan, "spread": math.nan, "per_class": n, "seeds": 0}
    scores = []
    for seed in seeds:
        rng = random.Random(seed)
        rows = [(t, 1) for t in rng.sample(list(real), n)] + [(t, 0) for t in rng.sample(list(generated), n)]
        rng.shuffle(rows)
        half = len(rows) // 2
        train, test = rows[:half], rows[half:]
        if len({label for _, label in train}) < 2:
            continue
        classifier = _char_classifier().fit([t for t, _ in train], [y for _, y in train])
        scores.append(float(classifier.score([t for t, _ in test], [y for _, y in test])))
    return {"accuracy": statistics.fmean(scores), "spread": statistics.pstdev(scores), "per_class": n,
            "seeds": len(scores)}  # fmt: skip


@torch.no_grad()
def features(model, tokenizer, texts: Sequence[str], batch_size: int = 16) -> np.ndarray:
    """Each text's feature for MAUVE: the last layer's hidden state at its last token (the start marker first, as
    the model reads a tweet)."""
    from huggingtweets.generation import max_positions

    was_training, side = model.training, tokenizer.padding_side
    model.eval()
    tokenizer.padding_side = "right"
    longest = min(128, max_positions(model) or 128)
    rows = []
    try:
        for start in range(0, len(texts), batch_size):
            chunk = list(texts[start : start + batch_size])
            batch = tokenizer(chunk, return_tensors="pt", padding=True, truncation=True, max_length=longest,
                              split_special_tokens=True).to(model.device)  # fmt: skip
            out = model(**batch, output_hidden_states=True, use_cache=False)
            last = batch["attention_mask"].sum(1) - 1
            states = out.hidden_states[-1][torch.arange(len(last), device=last.device), last]
            rows.append(states.float().cpu().numpy())
    finally:
        model.train(was_training)
        tokenizer.padding_side = side
    return np.concatenate(rows) if rows else np.zeros((0, 1), dtype=np.float32)


def featurizer(base_model: str, model, tokenizer) -> tuple:
    """What MAUVE's features come from: the base model the run fine-tuned (loaded from its folder or the hub cache,
    never downloaded), else, for a model trained from scratch or a base out of reach, the model itself."""
    from transformers import AutoModelForCausalLM

    from huggingtweets.record import base_model_label

    if base_model and base_model != "scratch":
        try:
            base = AutoModelForCausalLM.from_pretrained(str(base_model), dtype=torch.float32).to(model.device)
            return base, tokenizer, f"{base_model_label(base_model)}, the base model"
        except (OSError, ValueError):
            pass
    return model, tokenizer, "this model itself" + (" (trained from scratch)" if base_model == "scratch" else "")


def mauve(real: np.ndarray, generated: np.ndarray, seed: int = 0) -> float:
    """MAUVE between the features of real and generated texts (as many of each), with `mauve-text`'s defaults."""
    import mauve as mauve_text

    n = min(len(real), len(generated))
    if n < 10:
        return math.nan
    result = mauve_text.compute_mauve(p_features=real[:n], q_features=generated[:n], seed=seed, verbose=False,
                                      num_buckets=max(2, n // 10))  # fmt: skip
    return float(result.mauve)


def attribution(train: Mapping[str, Sequence[str]], held_out: Mapping[str, Sequence[str]],
                samples: Sequence[tuple[str, str]]) -> dict:  # fmt: skip
    """Per account: how often a classifier trained on the accounts' real training tweets names it for the samples
    written as it (`samples`: (account, text)), next to how often for its real held-out tweets (the ceiling)."""
    texts = [t for texts in train.values() for t in texts]
    labels = [a for a, texts in train.items() for _ in texts]
    classifier = _char_classifier().fit(texts, labels)

    def accuracy(pairs: Sequence[tuple[str, str]]) -> float:
        if not pairs:
            return math.nan
        predicted = classifier.predict([t for _, t in pairs])
        return float(np.mean([p == a for p, (a, _) in zip(predicted, pairs, strict=True)]))

    real = [(a, t) for a, texts in held_out.items() for t in texts]
    table = {a: {"samples": accuracy([p for p in samples if p[0] == a]),
                 "held_out": accuracy([p for p in real if p[0] == a])} for a in train}  # fmt: skip
    return {"accounts": table, "samples": accuracy(samples), "held_out": accuracy(real), "chance": 1 / len(train)}


def judge(samples: Sequence[tuple[str | None, str]], real: Mapping[str, Sequence[str]],
          train: Mapping[str, Sequence[str]], featurizer: tuple | None = None) -> dict:  # fmt: skip
    """Every measure above for `samples` ((account written as, or None), text) against the real held-out tweets
    `real` ({account: texts}); `train` ({account: texts}) for attribution; `featurizer` (model, tokenizer, name) for
    MAUVE (None: left out)."""
    texts = [t for _, t in samples]
    real_texts = [t for texts in real.values() for t in texts]
    result: dict = {
        "samples": len(texts),
        "real": len(real_texts),
        "discriminator": discriminator(real_texts, texts),
        "distinct": {
            side: {"1": distinct(x, 1), "2": distinct(x, 2)} for side, x in (("samples", texts), ("real", real_texts))
        },  # fmt: skip
        "words_per_tweet": {"samples": lengths(texts), "real": lengths(real_texts)},
    }
    if featurizer is not None:
        model, tokenizer, name = featurizer
        rng = random.Random(0)
        pool = rng.sample(real_texts, min(len(real_texts), len(texts)))
        result["mauve"] = mauve(features(model, tokenizer, pool), features(model, tokenizer, texts))
        result["features"] = name
    if len(train) > 1 and all(account for account, _ in samples):
        result["attribution"] = attribution(train, real, [(a, t) for a, t in samples])
    return result
