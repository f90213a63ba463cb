"""A second signal beside the rules: a linear model over the words of a post.

Rules name the words that raise a check, so they miss wordings nobody wrote a rule for.
This model was trained offline (``train_learned.py``) on labelled posts and is shipped as
data (``data/learned.json``); nothing is downloaded or trained at run time. It scores a
post for each check it knows. When a check's rules find nothing and the score reaches
the check's ``learned_threshold``, the check warns (never fails: the model cannot say
exactly which words are wrong) and highlights the sentence that weighed most.

The features are exactly those the training script gives scikit-learn: the post folded
to lower case, its words (``WORD``) and each pair of neighbouring words, weighted by
TF-IDF with sublinear term frequency and scaled to unit length.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from .phrases import quick_fold, sentence_index

MODEL_PATH = Path(__file__).with_name("data") / "learned.json"

WORD = re.compile(r"\w[\w']*")

# A post with fewer known words gives the model too little to weigh: in "Lovely walk
# today." one word's weight decides it alone.
MIN_KNOWN_WORDS = 6

# What a learned finding tells the author, per check: what seems wrong, why it matters,
# what to do. It names no words, because the model weighs the whole sentence.
MESSAGES = {
    "announcement": (
        "This reads like news that is the press office's to release: a decision, plan, "
        "date, money or result stated before it is public. If it is already published, "
        "link to the official page; if not, leave it to the press office."
    ),
    "tone": (
        "This may come across as hostile, sarcastic, dismissive or defensive. Read it as "
        "the person you are answering would: say it plainly and kindly, and point to a "
        "source rather than scoring a point."
    ),
    "political": (
        "This may read as taking a party-political side. Officials stay impartial in "
        "public: describe the policy and the facts, not who deserves credit or blame."
    ),
    "personal_data": (
        "This may identify a private person or share their details. Leave out anything "
        "that could identify them, and ask them to use an official, private channel."
    ),
    "confidential": (
        "This may share something that is not public yet: an internal paper, figure, "
        "meeting or system. Post only what has been published."
    ),    "affiliation": (
        "This reads as being about your own work, and neither this post nor your profile "
        "says who you work for. Readers must be able to tell who you work for and in what "
        "capacity you speak: say so in the post or in your profile, and whether you are "
        "posting personally or officially."
    ),
}

# The probability at which each check warns, unless an admin sets its learned_threshold.
# Chosen for this model by leave-one-set-out cross-validation over the training files
# (crossvalidate.py, figures in bench/probes/README.md): only a change that helped both on
# every fold and on the folds the rules were not tuned on was taken.
THRESHOLDS = {"announcement": 0.7, "tone": 0.5, "political": 0.5, "personal_data": 0.65,
              "confidential": 0.6, "affiliation": 0.75}


def _terms_at(text: str) -> list[tuple[int, str]]:
    """Where each word of text starts, with the word, then each pair of neighbours.

    A word starts with a letter or digit, so only a trailing apostrophe ("students'")
    is cut off.
    """
    words = [(match.start(), match.group().rstrip("'"))
             for match in WORD.finditer(quick_fold(text))]
    return words + [(first[0], f"{first[1]} {second[1]}")
                    for first, second in pairwise(words)]


def features(text: str) -> list[str]:
    """The words of text and each pair of neighbours, as the model was trained on."""
    return [term for _, term in _terms_at(text)]


class LearnedModel:
    """The shipped model: one weight per term and check, and the terms' IDF."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.checks: tuple[str, ...] = tuple(data["checks"])
        self.intercepts: tuple[float, ...] = tuple(data["intercepts"])
        # term -> (idf, weight for each check, in self.checks order)
        self.terms: dict[str, tuple[float, tuple[float, ...]]] = {
            term: (values[0], tuple(values[1:])) for term, values in data["terms"].items()}
        # Each term's IDF and its weight per check times that IDF, so scoring multiplies
        # once per term.
        self._scaled = {term: (idf, tuple(idf * weight for weight in weights))
                        for term, (idf, weights) in self.terms.items()}

    def _counts(self, text: str) -> dict[str, int]:
        """How often each known term occurs in text: the features() the model knows."""
        # A word pair is only a term when both its words are (the posts holding the pair
        # hold both), so pairs are only built between known words. A plain loop measured
        # faster here than counting every word and pair with Counter and filtering.
        scaled, counts, previous = self._scaled, {}, None
        for word in WORD.findall(quick_fold(text)):
            if word[-1] == "'":
                word = word.rstrip("'")
            if word not in scaled:
                previous = None
                continue
            counts[word] = counts.get(word, 0) + 1
            if previous is not None:
                pair = previous + " " + word
                if pair in scaled:
                    counts[pair] = counts.get(pair, 0) + 1
            previous = word
        return counts

    def probabilities(self, text: str) -> dict[str, float]:
        """The model's probability for each check that text should raise it."""
        counts = self._counts(text)
        if sum(count for term, count in counts.items() if " " not in term) < MIN_KNOWN_WORDS:
            return dict.fromkeys(self.checks, 0.0)
        scaled, squares, rows = self._scaled, 0.0, []
        for term, count in counts.items():
            idf, weights = scaled[term]
            if count == 1:
                squares += idf * idf
                rows.append(weights)
            else:
                frequency = 1.0 + math.log(count)
                squares += (frequency * idf) ** 2
                rows.append(tuple(frequency * weight for weight in weights))
        # Summed a check at a time by zip and sum, which run in C.
        sums = [sum(column) for column in zip(*rows, strict=True)]
        norm = math.sqrt(squares)
        return {check: _sigmoid(total / norm + intercept)
                for check, total, intercept in zip(self.checks, sums, self.intercepts,
                                                   strict=True)}

    def vector(self, text: str) -> dict[str, float]:
        """The post's TF-IDF weights over known terms, scaled to unit length."""
        weights = {term: (1.0 + math.log(count)) * self.terms[term][0]
                   for term, count in self._counts(text).items()}
        norm = math.sqrt(sum(w * w for w in weights.values()))
        return {term: w / norm for term, w in weights.items()} if norm else weights

    def heaviest_sentence(self, text: str, check: str) -> tuple[int, int]:
        """The span of the sentence whose words push the check's score up the most."""
        index, vector = self.checks.index(check), self.vector(text)
        terms = _terms_at(text)
        occurrences = Counter(term for _, term in terms)
        sentences = sentence_index(text)
        pull = [0.0] * len(sentences.spans)
        for start, term in terms:
            weight = vector.get(term)
            if weight:
                pull[sentences.index(start)] += (
                    weight * self.terms[term][1][index] / occurrences[term])
        best = max(range(len(pull)), key=pull.__getitem__)
        start, end = sentences.spans[best]
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return start, end


def _sigmoid(value: float) -> float:
    if value < -60:
        return 0.0
    return 1.0 / (1.0 + math.exp(-value))


@cache
def shipped_model() -> LearnedModel:
    return LearnedModel(json.loads(MODEL_PATH.read_text(encoding="utf-8")))
