"""Precision, recall and F1 of every check against labelled posts.

    python -m reviews.checks.evaluate ../shared/corpus/dev.jsonl [--errors CHECK] [--fold 0|1]

``--fold`` keeps only the posts whose author falls in one half (by a hash of the
name), to see whether a rule learnt on one half of the authors holds on the other.
"""

from __future__ import annotations

import argparse
import sys
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field

from .corpus import Entry, read_entries
from .engine import CHECK_NAMES, Engine


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Evaluation:
    scores: dict[str, Score] = field(default_factory=lambda: {n: Score() for n in CHECK_NAMES})
    clean_posts: int = 0
    clean_raised: int = 0
    errors: dict[str, list[tuple[str, str, Entry]]] = field(
        default_factory=lambda: {n: [] for n in CHECK_NAMES})

    @property
    def clean_raised_share(self) -> float:
        return self.clean_raised / self.clean_posts if self.clean_posts else 0.0

    @property
    def macro_f1(self) -> float:
        return sum(s.f1 for s in self.scores.values()) / len(self.scores)


def author_fold(entry: Entry) -> int:
    return zlib.crc32(entry.post.author.name.encode()) % 2


def evaluate(entries: Iterable[Entry], engine: Engine | None = None) -> Evaluation:
    engine = engine or Engine()
    evaluation = Evaluation()
    for entry in entries:
        if entry.expected is None:
            continue
        report = engine.run(entry.post)
        clean = not any(entry.expected.get(name, False) for name in CHECK_NAMES)
        if clean:
            evaluation.clean_posts += 1
            evaluation.clean_raised += any(r.raised for r in report.results.values())
        for name in CHECK_NAMES:
            want, got = entry.expected.get(name, False), report.results[name].raised
            score = evaluation.scores[name]
            if want and got:
                score.tp += 1
            elif got:
                score.fp += 1
                evaluation.errors[name].append(("FP", _why(report, name), entry))
            elif want:
                score.fn += 1
                evaluation.errors[name].append(("FN", "", entry))
            else:
                score.tn += 1
    return evaluation


def _why(report, name: str) -> str:
    return "; ".join(repr(f.text) for f in report.results[name].findings)


def format_table(evaluation: Evaluation) -> str:
    lines = [f"{'check':<15}{'precision':>10}{'recall':>8}{'f1':>7}{'tp':>5}{'fp':>5}{'fn':>5}"]
    for name, s in evaluation.scores.items():
        lines.append(f"{name:<15}{s.precision:>10.3f}{s.recall:>8.3f}{s.f1:>7.3f}"
                     f"{s.tp:>5}{s.fp:>5}{s.fn:>5}")
    lines.append(f"{'macro F1':<15}{'':>18}{evaluation.macro_f1:>7.3f}")
    lines.append(f"clean posts raised: {evaluation.clean_raised} of {evaluation.clean_posts} "
                 f"({evaluation.clean_raised_share:.1%})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file")
    parser.add_argument("--errors", metavar="CHECK", help="list the mistakes of one check")
    parser.add_argument("--fold", type=int, choices=(0, 1), help="only authors in this half")
    args = parser.parse_args(argv)
    with open(args.file, encoding="utf-8") as handle:
        entries = [e for e in read_entries(handle) if isinstance(e, Entry)]
    if args.fold is not None:
        entries = [e for e in entries if author_fold(e) == args.fold]
    evaluation = evaluate(entries)
    print(format_table(evaluation))
    if args.errors:
        for kind, why, entry in evaluation.errors[args.errors]:
            a = entry.post.author
            print(f"\n{kind} {entry.id} [{entry.post.platform}] {why}\n  author: {a.role} | "
                  f"{a.department_short} | areas={list(a.policy_areas)} | profile={a.profile!r}"
                  f"\n  text: {entry.post.text!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
