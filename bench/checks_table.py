"""The README's table of check F1 per labelled set: rules alone / with the learned signal.

    .venv/bin/python bench/checks_table.py

Rows: the dev corpus, then every probe set in bench/probes/: the tuning sets (those the
model is trained on, then those it is not), the fresh folds (measured and used to choose
thresholds, never studied or trained on), then the held-back ones (in bold).
Checks the learned signal never touches (affiliation, length) show one figure.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reviews.checks.corpus import read_entries  # noqa: E402
from reviews.checks.engine import CHECK_NAMES, Engine  # noqa: E402
from reviews.checks.evaluate import evaluate  # noqa: E402
from reviews.checks.learned import MESSAGES  # noqa: E402
from reviews.checks.train_learned import (  # noqa: E402
    HELD_BACK,
    STUDIED_NOT_TRAINED,
    TRAINING_FILES,
)

RULES_ALONE = {"checks": {name: {"learned_signal": False} for name in MESSAGES}}
TRAINING_NAMES = frozenset(path.name for path in TRAINING_FILES)


def entries(path: Path) -> list:
    with path.open(encoding="utf-8") as lines:
        return [entry for entry in read_entries(lines) if not isinstance(entry, tuple)]


def row(path: Path, rules: Engine, shipped: Engine) -> str:
    posts = entries(path)
    alone, both = evaluate(posts, rules), evaluate(posts, shipped)
    use = ("held back" if path.name in HELD_BACK
           else "tuning" if path.name in TRAINING_NAMES
           else "tuning, not trained on" if path.name in STUDIED_NOT_TRAINED else "fresh fold")
    name = f"{path.stem}, {use} ({len(posts)})"
    cells = [f"**{name}**" if path.name in HELD_BACK else name]
    for check in CHECK_NAMES:
        first, second = alone.scores[check].f1, both.scores[check].f1
        cells.append(f"{second:.2f}" if check not in MESSAGES
                     else f"{first:.2f} / {second:.2f}")
    cells.append(f"{alone.macro_f1:.2f} / {both.macro_f1:.2f}")
    cells.append(f"{alone.clean_raised} / {both.clean_raised} of {both.clean_posts}")
    return "| " + " | ".join(cells) + " |"


def main() -> int:
    rules, shipped = Engine(RULES_ALONE), Engine()
    probes = sorted((ROOT / "bench" / "probes").glob("probe_*.jsonl"),
                    key=lambda path: (path.name in HELD_BACK, path.name not in TRAINING_NAMES,
                                      path.name not in STUDIED_NOT_TRAINED, len(path.stem),
                                      path.name))
    paths = [TRAINING_FILES[0], *probes]
    print("| set | " + " | ".join(name.replace("_", " ") for name in CHECK_NAMES)
          + " | macro | clean posts raised |")
    print("|---" * (len(CHECK_NAMES) + 3) + "|")
    for path in paths:
        print(row(path, rules, shipped))
    return 0


if __name__ == "__main__":
    sys.exit(main())
