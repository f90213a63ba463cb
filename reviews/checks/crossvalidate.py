"""Choose the learned signal's settings by leave-one-set-out cross-validation.

    .venv/bin/python -m reviews.checks.crossvalidate [--grid] [--features words|chars|no-cues]
        [--extra-folds FILE ...] [--fresh FILE_NAME ...]

Each training file (the dev corpus and the tuning probe sets, ``TRAINING_FILES``) is left
out in turn: the model is trained on the others and the rules plus the model, as the
engine runs them, are scored on the one left out. Figures are F1 per check averaged over
the folds. The held-back probe sets are never read. ``--extra-folds`` adds fresh folds that
the shipped model is not trained on (sets kept only for choosing settings); name them in
``--fresh`` too to see them on their own.

The rules were tuned on these very files, so on a fold they miss less than they would on
posts nobody tuned for, and the model's extra catches count for less than they will.
The figures are therefore given three ways: on every fold; on the "fresh" folds only
(probe_l and probe_m, where the rules alone score about as they do on unseen posts); and
for the model alone, which no rule was tuned on.

``--features`` compares feature sets: ``words`` is what ships (words, pairs and cues),
``no-cues`` leaves the cues out, ``chars`` adds each word's 3- to 5-letter pieces.

Without ``--grid`` it scores the shipped settings (``train_learned.SETTINGS`` and the
checks' default ``learned_threshold``). With ``--grid`` it also searches regularisation,
class balance and threshold per check, picks for each check the setting with the best
mean F1 over all folds, and estimates what that choice is worth honestly: for each fold,
the choice is made on the other folds and scored on that one (nested).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from itertools import product
from pathlib import Path

from .corpus import Entry, read_entries
from .engine import CHECK_NAMES, Engine, default_config
from .evaluate import Score
from .learned import MIN_KNOWN_WORDS, WORD, features, words_and_pairs
from .phrases import quick_fold
from .train_learned import (
    CHECKS,
    HELD_BACK,
    SETTINGS,
    TRAINING_FILES,
    Settings,
    fit_models,
    vectorize,
)

FRESH = ("probe_l.jsonl", "probe_m.jsonl")
REGULARISATIONS = (1.0, 4.0, 16.0)
CLASS_BALANCES = (0.0, 0.5, 1.0)
THRESHOLDS = tuple(round(0.2 + 0.05 * step, 2) for step in range(16))


@dataclass
class Fold:
    name: str
    entries: list[Entry]
    rules: list[dict[str, bool]]  # each post's raised checks by the rules alone
    applies: dict[str, list[bool]]  # per check, whether the model learns from each post
    raisable: dict[str, list[bool]]  # per check, whether the model may raise each post

    @property
    def texts(self) -> list[str]:
        return [entry.post.text for entry in self.entries]

    def labels(self, check: str) -> list[bool]:
        return [bool(entry.expected.get(check)) for entry in self.entries]


def load_folds(paths: Sequence[Path]) -> list[Fold]:
    engine = Engine({"checks": {check: {"learned_signal": False} for check in CHECKS}})
    folds = []
    for path in paths:
        with path.open(encoding="utf-8") as lines:
            entries = [entry for entry in read_entries(lines)
                       if isinstance(entry, Entry) and entry.expected is not None]
        rules = [{name: result.raised for name, result in engine.run(entry.post).results.items()}
                 for entry in entries]
        applies = {check: [engine.learned_applies(check, entry.post) for entry in entries]
                   for check in CHECKS}
        raisable = {check: [engine.learned_may_raise(check, entry.post) for entry in entries]
                    for check in CHECKS}
        folds.append(Fold(path.name, entries, rules, applies, raisable))
    return folds


def words_and_characters(text: str) -> list[str]:
    """features() plus each word's 3- to 5-letter pieces within its boundaries."""
    pieces = []
    for word in WORD.findall(quick_fold(text)):
        padded = "<" + word.rstrip("'") + ">"
        pieces += [padded[start:start + size] for size in (3, 4, 5)
                   for start in range(len(padded) - size + 1)]
    return features(text) + pieces


ANALYZERS: dict[str, Callable[[str], list[str]]] = {
    "words": features, "chars": words_and_characters, "no-cues": words_and_pairs}


def out_of_fold(folds: list[Fold], settings_by_key: dict[object, Settings], analyzer=features
                ) -> dict[tuple, list[list[float]]]:
    """For each settings key and check, each post's probability from the model trained
    without its fold, 0 where the post has too few known words or the model may not
    raise the check on it (as the engine does)."""
    probabilities: dict[tuple, list[list[float]]] = {}
    for index, held_out in enumerate(folds):
        training = [fold for other, fold in enumerate(folds) if other != index]
        texts = [text for fold in training for text in fold.texts]
        labels = {check: [label for fold in training for label in fold.labels(check)]
                  for check in CHECKS}
        applies = {check: [ok for fold in training for ok in fold.applies[check]]
                   for check in CHECKS}
        # The settings compared share min_posts_per_term, so they share the vectorizer.
        vectorizer, matrix = vectorize(texts, next(iter(settings_by_key.values())), analyzer)
        known = vectorizer.vocabulary_
        enough = [sum(1 for term in words_and_pairs(text) if " " not in term and term in known)
                  >= MIN_KNOWN_WORDS for text in held_out.texts]
        held_out_matrix = vectorizer.transform(held_out.texts)
        for key, settings in settings_by_key.items():
            print(f"fold {held_out.name}: {key}", file=sys.stderr, flush=True)
            models = fit_models(matrix, labels, applies, settings)
            for check in CHECKS:
                scores = models[check].predict_proba(held_out_matrix)[:, 1]
                probabilities.setdefault((key, check), []).append(
                    [float(score) if ok and raisable else 0.0
                     for score, ok, raisable in zip(
                         scores, enough, held_out.raisable[check], strict=True)])
    return probabilities


def fold_scores(fold: Fold, check: str, probabilities: list[float] | None,
                threshold: float, rules: bool = True) -> Score:
    """The check's score on a fold: rules plus model (or the model alone)."""
    score = Score()
    for raised_by_rules, probability, want in zip(
            (r[check] for r in fold.rules), probabilities or [0.0] * len(fold.entries),
            fold.labels(check), strict=True):
        got = (rules and raised_by_rules) or probability >= threshold
        score.tp += want and got
        score.fp += got and not want
        score.fn += want and not got
        score.tn += not want and not got
    return score


def clean_raised(fold: Fold, fold_probabilities: dict[str, list[float]],
                 thresholds: dict[str, float]) -> float:
    """The share of the fold's clean posts that rules plus model raise on any check."""
    clean = raised = 0
    for number, (entry, rules) in enumerate(zip(fold.entries, fold.rules, strict=True)):
        if any(entry.expected.get(name) for name in CHECK_NAMES):
            continue
        clean += 1
        raised += any(rules.values()) or any(
            fold_probabilities[check][number] >= thresholds[check] for check in CHECKS)
    return raised / clean if clean else 0.0


def mean(values) -> float:
    values = list(values)
    return sum(values) / len(values)


def summary(folds: list[Fold], probabilities: dict[str, list[list[float]]] | None,
            thresholds: dict[str, float], fresh_names: Sequence[str] = FRESH
            ) -> dict[str, dict[str, float]]:
    """Mean fold F1 per check for rules alone, rules plus model (every fold and the
    fresh folds) and the model alone; precision; and the clean posts raised."""
    rows: dict[str, dict[str, float]] = {}
    fresh = [i for i, fold in enumerate(folds) if fold.name in fresh_names]
    for check in CHECKS:
        by_fold = [probabilities[check][i] if probabilities else None
                   for i in range(len(folds))]
        both = [fold_scores(fold, check, by_fold[i], thresholds[check])
                for i, fold in enumerate(folds)]
        rows[check] = {
            "rules": mean(fold_scores(f, check, None, 1.0).f1 for f in folds),
            "rules+model": mean(s.f1 for s in both),
            "precision": mean(s.precision for s in both),
            "fresh rules": mean(fold_scores(folds[i], check, None, 1.0).f1 for i in fresh),
            "fresh rules+model": mean(both[i].f1 for i in fresh),
            "model": mean(fold_scores(f, check, by_fold[i], thresholds[check], rules=False).f1
                          for i, f in enumerate(folds)),
        }
    if probabilities:
        rows["clean raised"] = {
            "every fold": mean(clean_raised(f, {c: probabilities[c][i] for c in CHECKS},
                                            thresholds) for i, f in enumerate(folds)),
            "fresh": mean(clean_raised(folds[i], {c: probabilities[c][i] for c in CHECKS},
                                       thresholds) for i in fresh)}
    return rows


def format_summary(title: str, rows: dict[str, dict[str, float]]) -> str:
    columns = ["rules", "rules+model", "precision", "fresh rules", "fresh rules+model", "model"]
    lines = [f"### {title}", "", "| check | " + " | ".join(columns) + " |",
             "|---" * (len(columns) + 1) + "|"]
    for check in CHECKS:
        lines.append(f"| {check} | " + " | ".join(f"{rows[check][c]:.3f}" for c in columns)
                     + " |")
    lines.append("| mean | " + " | ".join(f"{mean(rows[k][c] for k in CHECKS):.3f}"
                                         for c in columns) + " |")
    if "clean raised" in rows:
        clean = rows["clean raised"]
        lines += ["", f"Clean posts raised (mean over folds): {clean['every fold']:.1%} "
                      f"(fresh folds {clean['fresh']:.1%})."]
    return "\n".join(lines)


def grid(folds: list[Fold], analyzer, base: Settings,
         regularisations=REGULARISATIONS, class_balances=CLASS_BALANCES,
         fresh_names: Sequence[str] = FRESH) -> str:
    """Search C, class balance and threshold per check; report the choice and its
    nested (honest) estimate beside the shipped settings."""
    keys = list(product(regularisations, class_balances))
    settings_by_key = {key: replace(base, regularisation=dict.fromkeys(CHECKS, key[0]),
                                    class_balance=key[1]) for key in keys}
    probabilities = out_of_fold(folds, settings_by_key, analyzer)
    candidates = [(key, threshold) for key in keys for threshold in THRESHOLDS]
    # f1[check][candidate][fold]
    f1 = {check: {(key, threshold): [
        fold_scores(fold, check, probabilities[key, check][i], threshold).f1
        for i, fold in enumerate(folds)] for key, threshold in candidates} for check in CHECKS}

    def best(check: str, fold_indices: list[int]):
        # Ties go to the simpler model: smaller C, then the higher threshold.
        return max(candidates, key=lambda c: (
            round(mean(f1[check][c][i] for i in fold_indices), 9), -c[0][0], c[1]))

    everyone = list(range(len(folds)))
    lines = ["### Per check: the choice on every fold, and the nested estimate", "",
             "| check | C | class balance | threshold | CV F1 of choice | nested F1 "
             "| shipped F1 |", "|---|---|---|---|---|---|---|"]
    shipped_key = (base.regularisation[CHECKS[0]], base.class_balance)
    chosen = {}
    for check in CHECKS:
        choice = chosen[check] = best(check, everyone)
        nested = mean(f1[check][best(check, [j for j in everyone if j != i])][i]
                      for i in everyone)
        shipped = f1[check].get((shipped_key, 0.5))
        lines.append(f"| {check} | {choice[0][0]:g} | {choice[0][1]:g} | {choice[1]:.2f} | "
                     f"{mean(f1[check][choice]):.3f} | {nested:.3f} | "
                     f"{mean(shipped) if shipped else float('nan'):.3f} |")
    lines += ["", "Nested: for each fold, the setting is chosen on the other folds and "
              "scored on that fold. Choices per fold:", ""]
    for i, fold in enumerate(folds):
        others = [j for j in everyone if j != i]
        lines.append(f"- without {fold.name}: " + ", ".join(
            f"{check} C={c[0][0]:g}/b={c[0][1]:g}/t={c[1]:.2f}"
            for check in CHECKS for c in [best(check, others)]))
    if any(key == shipped_key for key in keys):
        fresh = [i for i, fold in enumerate(folds) if fold.name in fresh_names]
        lines += ["", f"### Each threshold with the shipped C and class balance {shipped_key}",
                  "", "F1 of rules plus model on every fold / on the fresh folds:", "",
                  "| threshold | " + " | ".join(CHECKS) + " |", "|---" * (len(CHECKS) + 1) + "|"]
        for threshold in THRESHOLDS:
            lines.append(f"| {threshold:.2f} | " + " | ".join(
                f"{mean(f1[check][shipped_key, threshold]):.3f} / "
                f"{mean(f1[check][shipped_key, threshold][i] for i in fresh):.3f}"
                for check in CHECKS) + " |")
    chosen_probabilities = {check: probabilities[chosen[check][0], check] for check in CHECKS}
    lines += ["", format_summary("The choice, every figure", summary(
        folds, chosen_probabilities, {check: chosen[check][1] for check in CHECKS},
        fresh_names))]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m reviews.checks.crossvalidate",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--grid", action="store_true",
                        help="also search C, class balance and threshold per check")
    parser.add_argument("--features", choices=sorted(ANALYZERS), default="words")
    parser.add_argument("--min-posts-per-term", type=int,
                        default=SETTINGS.min_posts_per_term)
    parser.add_argument("--regularisations", type=float, nargs="+", default=REGULARISATIONS)
    parser.add_argument("--class-balances", type=float, nargs="+", default=CLASS_BALANCES)
    parser.add_argument("--fresh", nargs="+", default=FRESH, metavar="FILE_NAME",
                        help="the folds no rule was written from (default: %(default)s)")
    parser.add_argument("--extra-folds", nargs="+", type=Path, default=[], metavar="FILE",
                        help="more folds, left out in turn like the training files but "
                             "never trained on by the shipped model (fresh folds kept for "
                             "choosing settings)")
    args = parser.parse_args(argv)
    refused = [path.name for path in args.extra_folds if path.name in HELD_BACK]
    if refused:
        parser.error(f"{', '.join(refused)} is held back: it is only ever measured")
    base = replace(SETTINGS, min_posts_per_term=args.min_posts_per_term)
    analyzer = ANALYZERS[args.features]
    folds = load_folds([*TRAINING_FILES, *args.extra_folds])
    defaults = default_config()["checks"]
    thresholds = {check: defaults[check]["learned_threshold"] for check in CHECKS}
    shipped = out_of_fold(folds, {"shipped": base}, analyzer)
    print(format_summary(f"Shipped settings ({args.features}, terms in at least "
                         f"{base.min_posts_per_term} posts)", summary(
        folds, {check: shipped["shipped", check] for check in CHECKS}, thresholds,
        args.fresh)))
    print()
    if args.grid:
        print(grid(folds, analyzer, base, args.regularisations, args.class_balances,
                   args.fresh))
    return 0


if __name__ == "__main__":
    sys.exit(main())
