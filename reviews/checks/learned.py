"""A second signal beside the rules: a linear model over the words of a post.

Rules name the words that raise a check, so they miss wordings nobody wrote a rule for.
This model was trained offline (``train_learned.py``) on labelled posts and is shipped as
data (``data/learned.json``); nothing is downloaded or trained at run time. It scores a
post for each check it knows. When a check's rules find nothing and the score reaches
the check's ``learned_threshold``, the check warns (never fails: the model cannot say
exactly which words are wrong) and highlights the sentence that weighed most.

The features are exactly those the training script gives scikit-learn: the post folded
to lower case, its words (``WORD``) and each pair of neighbouring words, then its cues
(``cues``: the marks words leave out, such as emoji, exclamations and quotation marks),
weighted by TF-IDF with sublinear term frequency and scaled to unit length.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import cache
from itertools import pairwise, repeat
from pathlib import Path
from typing import Any

import numpy as np

from .phrases import quick_fold, sentence_index

MODEL_PATH = Path(__file__).with_name("data") / "learned.json"

WORD = re.compile(r"\w[\w']*")
_WORD_CHARACTER = re.compile(r"\w")
# For a post with no word character outside ASCII, the bytes of WORD's characters (ASCII
# \w and the apostrophe), every other byte made a space: splitting gives WORD's matches
# with their apostrophes still on either side (one C call, where findall costs several
# times more).
_WORD_BYTES = bytes(c if chr(c).isalnum() or chr(c) in "_'" else 32 for c in range(128)
                    ) + b" " * 128
_ASCII_BYTES = bytes(range(128))

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
    ),
    "affiliation": (
        "This reads as being about your own work, and neither this post nor your profile "
        "says who you work for. Readers must be able to tell who you work for and in what "
        "capacity you speak: say so in the post or in your profile, and whether you are "
        "posting personally or officially."
    ),
}

# The probability at which each check warns, unless an admin sets its learned_threshold.
# Chosen for this model by leave-one-set-out cross-validation over the training files
# (crossvalidate.py, figures in bench/probes/README.md): a change was taken only where the
# nested estimate improved and the fresh folds (sets nobody fixed rules from) did not lose.
THRESHOLDS = {"announcement": 0.8, "tone": 0.7, "political": 0.6, "personal_data": 0.6,
              "confidential": 0.7, "affiliation": 0.65}


def _terms_at(text: str) -> list[tuple[int, str]]:
    """Where each word of text starts, with the word, then each pair of neighbours.

    A word starts with a letter or digit, so only a trailing apostrophe ("students'")
    is cut off.
    """
    words = [(match.start(), match.group().rstrip("'"))
             for match in WORD.finditer(quick_fold(text))]
    return words + [(first[0], f"{first[1]} {second[1]}")
                    for first, second in pairwise(words)]


def words_and_pairs(text: str) -> list[str]:
    """The words of text and each pair of neighbours."""
    return [term for _, term in _terms_at(text)]


def features(text: str) -> list[str]:
    """The terms the model weighs: words, pairs of neighbours, then cues."""
    return words_and_pairs(text) + cues(text)


# Cues are named with a character no word holds, so none can be taken for a word.
CUE_MARK = "~"
(_EXCLAIMS, _EXCLAIMS_HARD, _ASKS, _MONEY, _PERCENT, _QUOTES, _HANDLE, _HASHTAG) = (
    CUE_MARK + name for name in ("exclaims", "exclaims_hard", "asks", "money", "percent",
                                 "quotes", "handle", "hashtag"))
# Each pattern opens on a character class, which the regular-expression engine skips to
# quickly; one alternation of them would be tried at every character of the post.
_MONEY_SIGN = re.compile(r"[£$€]\s?\d")
_MONEY_SIZE = re.compile(r"\d\s?(?:bn|m|k|million|billion)\b")
_PERCENT_SIGN = re.compile(r"\d\s?%")
_PER_CENT = re.compile(r"\bper ?cent\b")
# One to forty characters in quotation marks that open at the start or after a space or
# bracket, and close before a non-word: "so-called 'consultation'", not the apostrophes
# of "don't know what's".
_QUOTED = re.compile(r"[\"'](?<![^\s(][\"'])(?=\w)[^\"'\n]{1,40}(?<=\w)[\"'](?!\w)")
# Pictographs and other symbols outside the alphabets (emoji, not letters or punctuation).
_SYMBOL = re.compile(r"[^\x00-\u024f\u0370-\u058f\u0600-\u06ff\s\w]")


def _outside_ascii(text: str) -> str:
    """The characters of text outside ASCII, in order (one C call, not a loop)."""
    return (text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES)
            .decode("utf-8", "surrogatepass"))


def cues(text: str) -> list[str]:
    """The marks of a post that words leave out, named so the model can weigh them: each
    pictograph as itself (an eye-roll, a clown, a party's rose), then whether it exclaims
    (hard: "!!", "?!"), asks, names money or a percentage, quotes a few words as if
    holding them at arm's length, names a handle or a hashtag.

    The words' regular expression (``WORD``) drops all of these, though a tone or a
    message often lives in them; as classes they also carry over to posts whose words
    the model never saw.
    """
    low = quick_fold(text)
    found = []
    if not low.isascii():
        # The characters outside ASCII are all a symbol can be.
        found += [symbol for symbol in _SYMBOL.findall(_outside_ascii(low))
                  if unicodedata.category(symbol) == "So"]
    if "!" in low:
        found.append(_EXCLAIMS)
        if "!!" in low or "?!" in low or "!?" in low:
            found.append(_EXCLAIMS_HARD)
    if "?" in low:
        found.append(_ASKS)
    if ((("£" in low or "$" in low or "€" in low) and _MONEY_SIGN.search(low))
            or _MONEY_SIZE.search(low)):
        found.append(_MONEY)
    if ("%" in low and _PERCENT_SIGN.search(low)) or ("cent" in low and _PER_CENT.search(low)):
        found.append(_PERCENT)
    if ("'" in low or '"' in low) and _QUOTED.search(low):
        found.append(_QUOTES)
    if "@" in low:
        found.append(_HANDLE)
    if "#" in low:
        found.append(_HASHTAG)
    return found


class LearnedModel:
    """The shipped model: one weight per term and check, and the terms' IDF."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.checks: tuple[str, ...] = tuple(data["checks"])
        self.intercepts: tuple[float, ...] = tuple(data["intercepts"])
        # term -> (idf, weight for each check, in self.checks order)
        self.terms: dict[str, tuple[float, tuple[float, ...]]] = {
            term: (values[0], tuple(values[1:])) for term, values in data["terms"].items()}
        # For scoring: a row per term (its IDF, its weights, its weights times its IDF),
        # and each term's row by word (as text and, for ASCII words, as bytes) or by the
        # rows of a pair's two words.
        self._idf = np.array([idf for idf, _ in self.terms.values()], dtype=float)
        self._weights = np.array([weights for _, weights in self.terms.values()],
                                 dtype=float).reshape(len(self.terms), len(self.checks))
        # Each term's weight per check times its IDF, so scoring multiplies once per term.
        self._scaled_weights = np.array(
            [[idf * weight for weight in weights] for idf, weights in self.terms.values()],
            dtype=float).reshape(len(self.terms), len(self.checks))
        rows = {term: row for row, term in enumerate(self.terms)}
        self._cue_rows = {term: row for term, row in rows.items()
                          if " " not in term and not _WORD_CHARACTER.match(term)}
        self._word_rows = {term: row for term, row in rows.items()
                           if " " not in term and term not in self._cue_rows}
        self._ascii_word_rows = {term.encode("ascii"): row
                                 for term, row in self._word_rows.items() if term.isascii()}
        self._pair_rows = {}
        for term, row in rows.items():
            first, _, second = term.partition(" ")
            if first in self._word_rows and second in self._word_rows:
                self._pair_rows[self._word_rows[first], self._word_rows[second]] = row

    def _word_numbers(self, low: str) -> list[int]:
        """The row of each word of low (folded) in the model, -1 for an unknown word."""
        if not low.isascii() and _WORD_CHARACTER.search(_outside_ascii(low)):
            return list(map(self._word_rows.get,
                            (word.rstrip("'") for word in WORD.findall(low)), repeat(-1)))
        # Non-ASCII characters (none of them word characters) become "?", then spaces.
        words = low.encode("ascii", "replace").translate(_WORD_BYTES).split()
        if "'" in low:
            # A run of apostrophes alone is no word.
            words = [word for word in (word.strip(b"'") for word in words) if word]
        return list(map(self._ascii_word_rows.get, words, repeat(-1)))

    def _cue_numbers(self, text: str) -> list[int]:
        """The row of each cue of text (``cues``), -1 where it is no term."""
        return list(map(self._cue_rows.get, cues(text), repeat(-1)))

    def _pair_numbers(self, numbers: list[int]) -> list[int]:
        """The row of each pair of neighbouring words, -1 where it is no term.

        A pair is a term only between known words (the posts holding the pair hold
        both), so pairs are looked up by the rows of their words, with no string made.
        """
        return list(map(self._pair_rows.get, pairwise(numbers), repeat(-1)))

    @staticmethod
    def _term_counts(numbers: list[int], pairs: list[int],
                     cue_numbers: Iterable[int] = ()) -> Counter[int]:
        """How often each known term occurs, in the order a reader meets them (each pair
        just after its second word, the cues last), so that sums over them add up in one
        fixed order."""
        met = [-1] * (len(numbers) + len(pairs))
        met[:1], met[1::2], met[2::2] = numbers[:1], numbers[1:], pairs
        met += cue_numbers
        counts = Counter(met)
        counts.pop(-1, None)
        return counts

    def probabilities(self, text: str) -> dict[str, float]:
        """The model's probability for each check that text should raise it."""
        numbers = self._word_numbers(quick_fold(text))
        if len(numbers) - numbers.count(-1) < MIN_KNOWN_WORDS:
            return dict.fromkeys(self.checks, 0.0)
        counts = self._term_counts(numbers, self._pair_numbers(numbers),
                                   self._cue_numbers(text))
        rows = np.fromiter(counts, np.intp, len(counts))
        idf = self._idf[rows]
        squares = idf * idf
        # Sublinear term frequency; a term seen once keeps its weight as it is.
        frequencies = np.ones(len(rows))
        repeated, repeats = _repeated(counts.values())
        if repeated:
            times = [1.0 + math.log(count) for count in repeats]
            frequencies[repeated] = times
            squares[repeated] = [(frequency * term_idf) ** 2 for frequency, term_idf
                                 in zip(times, idf[repeated].tolist(), strict=True)]
        weighted = self._scaled_weights[rows] * frequencies[:, None]
        # Summed term by term in order (cumsum adds in order, where sum pairs them up).
        norm = math.sqrt(np.cumsum(squares)[-1])
        sums = np.cumsum(weighted, axis=0)[-1].tolist()
        return {check: _sigmoid(total / norm + intercept)
                for check, total, intercept in zip(self.checks, sums, self.intercepts,
                                                   strict=True)}

    def heaviest_sentence(self, text: str, check: str) -> tuple[int, int]:
        """The span of the sentence whose words push the check's score up the most.

        Only words and pairs are weighed here: the finding highlights words, and a
        post's cues (a question mark anywhere, say) belong to no one sentence.
        """
        index, low = self.checks.index(check), quick_fold(text)
        sentences = sentence_index(text)
        # Sentences hold every word whole (only spaces lie between them), so each is
        # read on its own to know which words are its.
        numbers: list[int] = []
        lengths = []
        for start, end in sentences.spans:
            found = self._word_numbers(low[start:end])
            numbers += found
            lengths.append(len(found))
        pull = [0.0] * len(sentences.spans)
        pairs = self._pair_numbers(numbers)
        counts = self._term_counts(numbers, pairs)
        if counts:
            rows = np.fromiter(counts, np.intp, len(counts))
            weights = self._idf[rows]
            for at, count in zip(*_repeated(counts.values()), strict=True):
                weights[at] = (1.0 + math.log(count)) * float(weights[at])
            norm = math.sqrt(sum((weights * weights).tolist()))
            if norm:
                weights /= norm
            # Each occurrence of a term pulls its sentence (a pair's: its first word's)
            # by its share of the term's weight: words first, then pairs, as in features.
            size = len(self.terms)
            vector, seen = np.zeros(size), np.ones(size)
            vector[rows] = weights
            seen[rows] = np.fromiter(counts.values(), float, len(counts))
            owners = np.repeat(np.arange(len(lengths)), lengths)
            terms = np.array(numbers + pairs, dtype=np.intp)
            owners = np.concatenate((owners, owners[:-1]))
            known = terms >= 0
            terms, owners = terms[known], owners[known]
            shares = vector[terms] * self._weights[terms, index] / seen[terms]
            # bincount adds each sentence's shares in order, as a loop over them would.
            pull = np.bincount(owners, shares, len(pull)).tolist()
        best = max(range(len(pull)), key=pull.__getitem__)
        start, end = sentences.spans[best]
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return start, end


def _repeated(counts: Iterable[int]) -> tuple[list[int], list[int]]:
    """Where in counts a count is above 1, and those counts."""
    values = np.fromiter(counts, np.intp)
    at = np.flatnonzero(values > 1)
    return at.tolist(), values[at].tolist()


def _sigmoid(value: float) -> float:
    if value < -60:
        return 0.0
    return 1.0 / (1.0 + math.exp(-value))


@cache
def shipped_model() -> LearnedModel:
    return LearnedModel(json.loads(MODEL_PATH.read_text(encoding="utf-8")))
