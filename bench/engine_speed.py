"""Posts per second of the check engine, side by side with proselint, on one core.

    .venv/bin/python bench/engine_speed.py [--posts 10000] [--rounds 3]

Both linters read the same posts in the same run: the labelled dev corpus and the real
posts in ../shared/realposts, repeated until there are --posts of them. Each round times
the engine (all seven checks) and proselint over every post, interleaved so that noise
from a shared machine falls on both; the report gives each one's median and the ratio of
medians. Peak memory is traced separately so the tracing does not slow the timed runs.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
import tracemalloc
from itertools import cycle, islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reviews.checks import Author, Engine, Post  # noqa: E402

SHARED = ROOT.parent / "shared"


def read_dev() -> list[Post]:
    posts = []
    for line in (SHARED / "corpus" / "dev.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        posts.append(Post(row["text"], row["platform"], Author.from_dict(row["author"])))
    return posts


def read_realposts(path: Path) -> list[Post]:
    posts = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        platform = "x" if row.get("platform") == "twitter" else "blog"
        posts.append(Post(row["text"], platform,
                          Author(name=row.get("author", ""), role=row.get("role") or "")))
    return posts


def load_posts(count: int) -> list[Post]:
    posts = read_dev()
    for path in sorted((SHARED / "realposts").glob("*.jsonl")):
        posts += read_realposts(path)
    return list(islice(cycle(posts), count))


def time_engine(engine: Engine, posts: list[Post]) -> float:
    start = time.perf_counter()
    for post in posts:
        engine.run(post)
    return time.perf_counter() - start


def time_proselint(posts: list[Post]) -> float:
    from proselint.tools import LintFile

    start = time.perf_counter()
    for post in posts:
        LintFile("<post>", post.text).lint()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    from proselint.checks import __register__
    from proselint.registry import CheckRegistry

    CheckRegistry().register_many(__register__)
    posts = load_posts(args.posts)
    characters = sum(len(p.text) for p in posts)
    engine = Engine()
    time_engine(engine, posts[:200])
    time_proselint(posts[:50])

    engine_times, proselint_times = [], []
    for round_number in range(1, args.rounds + 1):
        engine_times.append(time_engine(engine, posts))
        proselint_times.append(time_proselint(posts))
        print(f"round {round_number}: engine {engine_times[-1]:.2f} s, "
              f"proselint {proselint_times[-1]:.2f} s", file=sys.stderr)

    tracemalloc.start()
    fresh = Engine()
    time_engine(fresh, posts)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    engine_rate = len(posts) / statistics.median(engine_times)
    proselint_rate = len(posts) / statistics.median(proselint_times)
    result = {
        "posts": len(posts),
        "mean_characters": round(characters / len(posts)),
        "rounds": args.rounds,
        "engine_posts_per_second": round(engine_rate),
        "proselint_posts_per_second": round(proselint_rate),
        "speed_ratio": round(engine_rate / proselint_rate, 1),
        "engine_peak_memory_mib": round(peak / 2**20, 1),
    }
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "engine_speed.json").write_text(json.dumps(result, indent=2) + "\n")
    print(f"| posts | mean chars | engine posts/s (median) | proselint posts/s (median) "
          f"| ratio | engine peak memory |\n|---|---|---|---|---|---|\n"
          f"| {result['posts']:,} | {result['mean_characters']} | "
          f"{result['engine_posts_per_second']:,} | {result['proselint_posts_per_second']:,} | "
          f"{result['speed_ratio']}x | {result['engine_peak_memory_mib']} MiB |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
