"""Every finding the engine gives on a fixed, varied set of posts, as one JSON document.

    .venv/bin/python bench/findings_snapshot.py OUT.json [--root TREE]

A guard for speed work: a change meant only to make the checks faster must leave this
output byte-identical (``cmp before.json after.json``). The posts are the labelled dev
corpus, the probe sets under bench/probes/ and the real posts in ../shared/realposts,
each also read as other platforms, in lower and upper case, and by an author with no
profile, so that platform-, case- and author-dependent paths are all exercised.
``--root`` points at another checkout (say a git worktree of main) to snapshot its
engine with the same posts.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
SHARED = HERE.parent / "shared"


def read_posts() -> list[dict]:
    rows: list[dict] = []
    probes = sorted((HERE / "bench" / "probes").glob("*.jsonl"))
    sources = [SHARED / "corpus" / "dev.jsonl", *probes]
    for path in sources:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            rows.append({"text": row["text"], "platform": row["platform"], "author": row["author"]})
    for path in sorted((SHARED / "realposts").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            platform = "x" if row.get("platform") == "twitter" else "blog"
            rows.append({"text": row["text"], "platform": platform,
                         "author": {"name": row.get("author", ""), "role": row.get("role") or ""}})
    return rows


def variants(rows: list[dict]) -> list[dict]:
    out: list[dict] = []
    for row in rows:
        out.append(row)
        other = "linkedin" if row["platform"] == "x" else "x"
        out.append({**row, "platform": other})
        out.append({**row, "text": row["text"].lower()})
        out.append({**row, "text": row["text"].upper()})
        out.append({**row, "author": {"name": "A. Person"}})
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--root", default=str(HERE), help="checkout whose engine to run")
    args = parser.parse_args()
    sys.path.insert(0, args.root)
    from reviews.checks import Author, Engine, Post

    engine = Engine()
    snapshot = []
    for row in variants(read_posts()):
        report = engine.run(Post(row["text"], row["platform"], Author.from_dict(row["author"])))
        snapshot.append({
            name: [[f.start, f.end, f.text, f.message] for f in result.findings]
            for name, result in report.results.items() if result.findings
        })
    Path(args.out).write_text(json.dumps(snapshot, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"{len(snapshot)} posts, {sum(len(v) for s in snapshot for v in s.values())} findings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
