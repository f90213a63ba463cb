"""Microseconds per post for each check alone, on the benchmark's posts (for tuning)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.engine_speed import load_posts  # noqa: E402
from reviews.checks import Engine  # noqa: E402


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    posts = load_posts(count)
    engine = Engine()
    for name, _module, _config, check in engine._checks:
        start = time.perf_counter()
        for post in posts:
            check.find(post)
        elapsed = time.perf_counter() - start
        print(f"{name:<15}{elapsed / len(posts) * 1e6:>9.1f} µs/post")
    return 0


if __name__ == "__main__":
    sys.exit(main())
