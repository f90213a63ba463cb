"""Submit to findings stored, through Redis and a real worker on PostgreSQL.

    .venv/bin/python bench/workflow_latency.py [--posts 200]

Needs PostgreSQL and Redis on 127.0.0.1 (as in CI). It creates a scratch database
``govsocial_bench``, starts one Celery worker, then for each post times from the
official pressing submit (the service call) until the worker's transaction that
stores all seven check results and moves the post to review (its audit event's time).
In the same run it times a no-op Celery task's round trip (``govsocial.ping``), the
floor any queued work pays. It reports medians, p95s and the ratio of the two p95s.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DATABASE_URL = os.environ.get("BENCH_DATABASE_URL",
                              "postgres://postgres@127.0.0.1:5432/govsocial_bench")
BROKER_URL = os.environ.get("BENCH_BROKER_URL", "redis://127.0.0.1:6379/14")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=200)
    args = parser.parse_args()
    os.environ.update(DATABASE_URL=DATABASE_URL, CELERY_BROKER_URL=BROKER_URL,
                      DJANGO_SETTINGS_MODULE="govsocial.settings", DEBUG="1",
                      EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend")
    subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc",
                    "DROP DATABASE IF EXISTS govsocial_bench"], check=True)
    subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc",
                    "CREATE DATABASE govsocial_bench"], check=True)
    subprocess.run(["redis-cli", "-n", "14", "flushdb"], check=True, capture_output=True)

    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from django.utils import timezone

    from govsocial.celery import ping
    from reviews.models import AuditEvent, CheckResult, DraftPost
    from reviews.services import create_post, submit_post
    from reviews.states import PostStatus
    from tests.factories import make_department, make_user

    author = make_user("official", make_department(), job_title="Policy adviser",
                       account_bio="Policy adviser, Department for Education.")
    texts = [json.loads(line)["text"] for line in
             (ROOT.parent / "shared" / "corpus" / "dev.jsonl").read_text().splitlines()]
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "govsocial", "worker", "--concurrency=2",
         "--loglevel=WARNING", "--without-gossip", "--without-mingle"],
        cwd=ROOT, env=os.environ.copy())
    try:
        ping.delay().get(timeout=60)  # the worker is up
        noop = []
        for _ in range(args.posts):
            start = time.perf_counter()
            ping.delay().get(timeout=30)
            noop.append(time.perf_counter() - start)

        submit = []
        for i in range(args.posts):
            post = create_post(author=author, platform="x", text=texts[i % len(texts)])
            start = timezone.now()
            submit_post(actor=author, post_id=post.pk)
            # Wait gently: the time is read from the database afterwards, so polling
            # neither adds to it nor competes with the worker for the CPU.
            while DraftPost.objects.filter(pk=post.pk).values_list(
                    "status", flat=True).get() != PostStatus.AWAITING_REVIEW:
                time.sleep(0.02)
            stored = AuditEvent.objects.get(post=post, action="checks_done").created
            submit.append((stored - start).total_seconds())
            assert CheckResult.objects.filter(run__version__post=post).count() == 7
    finally:
        worker.terminate()
        worker.wait(timeout=30)

    result = {
        "posts": args.posts,
        "noop_median_ms": round(statistics.median(noop) * 1000, 2),
        "noop_p95_ms": round(percentile(noop, 0.95) * 1000, 2),
        "submit_median_ms": round(statistics.median(submit) * 1000, 2),
        "submit_p95_ms": round(percentile(submit, 0.95) * 1000, 2),
    }
    result["p95_ratio"] = round(result["submit_p95_ms"] / result["noop_p95_ms"], 1)
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "workflow_latency.json").write_text(json.dumps(result, indent=2) + "\n")
    print("| posts | no-op round trip median / p95 | submit to findings median / p95 | "
          "p95 ratio |\n|---|---|---|---|\n"
          f"| {result['posts']} | {result['noop_median_ms']} / {result['noop_p95_ms']} ms | "
          f"{result['submit_median_ms']} / {result['submit_p95_ms']} ms | "
          f"{result['p95_ratio']}x |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
