"""Train the learned signal (``learned.py``) offline and write ``data/learned.json``.

    .venv/bin/python -m reviews.checks.train_learned [FILE ...]

With no files it trains on the labelled dev corpus and the tuning probe sets
(``TRAINING_FILES``). The held-back probe sets are refused: they exist to measure how
the checks do on posts nobody tuned for, and a model trained on them would flatter it.
Needs scikit-learn (a development dependency); the app itself never imports it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .corpus import BadLine, read_entries
from .learned import MESSAGES, MODEL_PATH, features

ROOT = Path(__file__).resolve().parents[2]
TRAINING_FILES = (
    ROOT.parent / "shared" / "corpus" / "dev.jsonl",
    ROOT / "bench" / "probes" / "probe_f.jsonl",
    ROOT / "bench" / "probes" / "probe_h.jsonl",
    ROOT / "bench" / "probes" / "probe_i.jsonl",
    ROOT / "bench" / "probes" / "probe_k.jsonl",
    ROOT / "bench" / "probes" / "probe_l.jsonl",
    ROOT / "bench" / "probes" / "probe_m.jsonl",
)
HELD_BACK = ("probe_g.jsonl", "probe_j.jsonl")
CHECKS = tuple(MESSAGES)

# Chosen by training on two labelled sets and measuring on the third (bench/probes/README).
REGULARISATION = 4.0
MIN_POSTS_PER_TERM = 2
DIGITS = 6


def train(paths: list[Path]) -> dict:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    texts, labels = [], {check: [] for check in CHECKS}
    for path in paths:
        with path.open(encoding="utf-8") as lines:
            for entry in read_entries(lines):
                if isinstance(entry, tuple):
                    number, error = entry
                    raise SystemExit(f"{path}:{number}: {error}")
                if entry.expected is None:
                    continue
                texts.append(entry.post.text)
                for check in CHECKS:
                    labels[check].append(bool(entry.expected.get(check)))
    vectorizer = TfidfVectorizer(analyzer=features, min_df=MIN_POSTS_PER_TERM,
                                 sublinear_tf=True)
    matrix = vectorizer.fit_transform(texts)
    coefficients, intercepts = [], []
    for check in CHECKS:
        model = LogisticRegression(C=REGULARISATION, class_weight="balanced", max_iter=5000)
        model.fit(matrix, labels[check])
        coefficients.append(model.coef_[0])
        intercepts.append(round(float(model.intercept_[0]), DIGITS))
    vocabulary = vectorizer.vocabulary_
    idf = vectorizer.idf_
    terms = {
        term: [round(float(idf[column]), DIGITS)]
        + [round(float(weights[column]), DIGITS) for weights in coefficients]
        for term, column in sorted(vocabulary.items())
    }
    return {
        "trained_on": [path.name for path in paths],
        "posts": len(texts),
        "checks": list(CHECKS),
        "intercepts": intercepts,
        "terms": terms,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--output", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)
    paths = args.files or list(TRAINING_FILES)
    refused = [path for path in paths if path.name in HELD_BACK]
    if refused:
        print(f"Refusing held-back set(s): {', '.join(p.name for p in refused)}", file=sys.stderr)
        return 2
    try:
        model = train(paths)
    except (OSError, BadLine) as error:
        print(error, file=sys.stderr)
        return 2
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(model, separators=(",", ":"), ensure_ascii=False) + "\n",
                           encoding="utf-8")
    print(f"{args.output}: {len(model['terms'])} terms from {model['posts']} posts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
