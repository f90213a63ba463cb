"""Microseconds per post for each check alone, by kind of post, beside proselint.

    .venv/bin/python bench/per_check.py

For tuning a check: the kinds are the labelled dev posts, the UK government blog posts
(long), and the agency and Congress tweets.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.engine_speed import SHARED, read_dev, read_realposts
from reviews.checks import Engine


def main() -> int:
    from proselint.checks import __register__
    from proselint.registry import CheckRegistry
    from proselint.tools import LintFile

    CheckRegistry().register_many(__register__)
    engine = Engine()
    kinds = {"dev": read_dev()}
    for path in sorted((SHARED / "realposts").glob("*.jsonl")):
        kinds[path.stem] = read_realposts(path)
    for post in kinds["dev"][:50]:
        engine.run(post)
    for kind, posts in kinds.items():
        start = time.perf_counter()
        for post in posts:
            LintFile("<post>", post.text).lint()
        proselint_us = (time.perf_counter() - start) / len(posts) * 1e6
        per_check = {}
        for name, _module, _config, check in engine._checks:
            start = time.perf_counter()
            for post in posts:
                check.find(post)
            per_check[name] = (time.perf_counter() - start) / len(posts) * 1e6
        total = sum(per_check.values())
        print(f"{kind:<20} proselint {proselint_us:6.0f} µs  engine {total:5.0f} µs  "
              f"ratio {proselint_us / total:4.1f}  "
              + " ".join(f"{name}={us:.0f}" for name, us in per_check.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
