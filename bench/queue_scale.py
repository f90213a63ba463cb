"""The long lists as the database grows: 100 to 100,000 posts on PostgreSQL.

    .venv/bin/python bench/queue_scale.py [--sizes 100,1000,10000,100000] [--requests 30]

Needs PostgreSQL on 127.0.0.1 (BENCH_DATABASE_URL to change it). It makes a scratch
database ``queuescale_bench`` and grows it to each size by bulk insert (about half the
posts awaiting review; half written by the official who is signed in; each submitted
post with its version, check results, events and any decision; the first 100 posts in
the dashboard's 12 weeks and every later one before them). At each size, with
production settings (DEBUG off) through Django's test client, signed in as a mentor,
the official or an admin, it takes the median of ``--requests`` requests of: the queue's
first page, a deep queue page (reached by following the Next links), the API's queue,
"My posts" and the dashboard (as the mentor and as an admin), and counts each one's SQL
queries. It prints a table and the ratio of the largest size's times to the smallest's.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import secrets
import statistics
import subprocess
import sys
import time
from datetime import timedelta
from html import unescape
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DATABASE_URL = os.environ.get("BENCH_DATABASE_URL",
                              "postgres://postgres@127.0.0.1:5432/queuescale_bench")
DEEP_PAGES = 20  # the deep queue page is the 21st (posts 1,001 to 1,050), or the last
WINDOW_POSTS = 100  # the posts in the dashboard's last 12 weeks, at every size


def grow(target: int, people: dict, rng: random.Random) -> None:
    """Bulk insert posts until there are ``target``: statuses and authors mixed. The
    first WINDOW_POSTS fall in the dashboard's 12 weeks, every later one before them
    (up to four years back), so each size adds history outside the window."""
    from django.utils import timezone

    from reviews.models import DraftPost
    from reviews.states import PostStatus

    have = DraftPost.objects.count()
    now = timezone.now()
    statuses = ([PostStatus.AWAITING_REVIEW] * 10 + [PostStatus.APPROVED] * 4
                + [PostStatus.DRAFT] * 2 + [PostStatus.RETURNED] * 2 + [PostStatus.POSTED] * 2)
    authors = [people["official"]] * 2 + [people["colleague"], people["elsewhere"]]
    rows = []
    for n in range(have, target):
        status = rng.choice(statuses)
        author = rng.choice(authors)
        window_minutes = 60 * 24 * 7 * 12 - 600
        ago = (rng.randint(1, window_minutes) if n < WINDOW_POSTS
               else rng.randint(window_minutes + 600, 60 * 24 * 365 * 4))
        submitted = now - timedelta(minutes=ago)
        updated = submitted + timedelta(minutes=rng.randint(0, 600))
        rows.append(DraftPost(
            author=author, department=author.profile.department, status=status,
            platform=rng.choice(["x", "bluesky", "linkedin"]), text=f"Bench post {n}.",
            created=submitted, updated=min(updated, now), submitted_at=submitted,
            waiting_since=submitted if status == PostStatus.AWAITING_REVIEW else None,
            cleared_automatically=status == PostStatus.APPROVED and n % 3 == 0))
    DraftPost.objects.bulk_create(rows, batch_size=5000)
    add_review_history(rows, people["mentor"], rng)
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")


CHECKS = ("announcement", "affiliation", "tone", "political", "personal_data",
          "confidential", "length")


def add_review_history(posts: list, mentor, rng: random.Random) -> None:
    """What the dashboard counts, for each submitted post: its version, the seven
    checks' results (a third with a finding or two), the "checks finished" or
    "cleared automatically" event, and a mentor's decision (with its event, and a
    dismissed finding now and then) for those decided."""
    from reviews.models import (
        AuditEvent,
        CheckResult,
        CheckRun,
        Decision,
        FindingDismissal,
        PostVersion,
    )
    from reviews.states import Action, PostStatus

    submitted = [post for post in posts if post.status != PostStatus.DRAFT]
    versions = PostVersion.objects.bulk_create(
        [PostVersion(post=post, number=1, platform=post.platform, text=post.text,
                     created=post.submitted_at) for post in submitted], batch_size=5000)
    runs = CheckRun.objects.bulk_create(
        [CheckRun(version=version, status="done", queued_at=version.created)
         for version in versions], batch_size=5000)
    finding = {"start": 0, "end": 5, "text": "Bench", "message": "A bench finding."}
    results, events, decisions, raised = [], [], [], {}
    outcomes = {PostStatus.APPROVED: ["approve", "approve_with_coaching"],
                PostStatus.POSTED: ["approve", "approve_with_coaching"],
                PostStatus.RETURNED: ["return", "reject"]}
    for post, version, run in zip(submitted, versions, runs, strict=True):
        flagged = rng.choice(CHECKS) if rng.random() < 0.3 else None
        for name in CHECKS:
            result = CheckResult(run=run, check_name=name, principle="p",
                                 outcome="warn" if name == flagged else "pass",
                                 findings=[finding] * rng.randint(1, 2) if name == flagged
                                 else [])
            results.append(result)
            if name == flagged:
                raised[post.pk] = result
        checked = version.created + timedelta(minutes=1)
        events.append(AuditEvent(
            post=post, created=checked, from_status=PostStatus.CHECKING,
            action=Action.AUTO_CLEAR if post.cleared_automatically else Action.CHECKS_DONE,
            to_status=PostStatus.APPROVED if post.cleared_automatically
            else PostStatus.AWAITING_REVIEW))
        if post.status in outcomes and not post.cleared_automatically:
            outcome = rng.choice(outcomes[post.status])
            decided = checked + timedelta(minutes=rng.randint(5, 60 * 30))
            decisions.append(Decision(post=post, version=version, outcome=outcome,
                                      decided_by=mentor, created=decided))
            events.append(AuditEvent(post=post, actor=mentor, action=outcome,
                                     from_status=PostStatus.AWAITING_REVIEW,
                                     to_status=post.status, created=decided))
    CheckResult.objects.bulk_create(results, batch_size=5000)
    AuditEvent.objects.bulk_create(events, batch_size=5000)
    Decision.objects.bulk_create(decisions, batch_size=5000)
    FindingDismissal.objects.bulk_create(
        [FindingDismissal(result=raised[decision.post.pk], finding_index=0, reason="Fine.",
                          dismissed_by=mentor, created=decision.created)
         for decision in decisions if decision.post.pk in raised and rng.random() < 0.3],
        batch_size=5000)


class QueryCounter:
    """Counts every SQL statement run, on whichever connection object the request's
    context holds (the test client's request may not use this thread's own)."""

    def __init__(self):
        self.count = 0

    def install(self) -> None:
        from django.db.backends import utils

        original = utils.CursorWrapper._execute_with_wrappers
        counter = self

        def counted(cursor, *args, **kwargs):
            counter.count += 1
            return original(cursor, *args, **kwargs)

        utils.CursorWrapper._execute_with_wrappers = counted


QUERIES = QueryCounter()


def measure(client, address: str, requests: int) -> tuple[float, int]:
    """The median time of ``requests`` GETs (ms), and the queries one of them makes."""
    before = QUERIES.count
    response = client.get(address)
    queries = QUERIES.count - before
    assert response.status_code == 200, (address, response.status_code)
    times = []
    for _ in range(requests):
        start = time.perf_counter()
        client.get(address)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), queries


def deep_queue_address(client) -> str:
    address = "/queue/"
    for _ in range(DEEP_PAGES):
        found = re.search(r'href="([^"]*)" rel="next"', client.get(address).content.decode())
        if not found:
            break
        address = "/queue/" + unescape(found.group(1))
    return address


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,10000,100000")
    parser.add_argument("--requests", type=int, default=30)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    database = DATABASE_URL.rsplit("/", 1)[1]
    os.environ.update(DATABASE_URL=DATABASE_URL, DJANGO_SETTINGS_MODULE="bench.load.settings",
                      DEBUG="0", SECRET_KEY="queue-scale-" + secrets.token_hex(32),
                      ALLOWED_HOSTS="testserver")
    for sql in (f"DROP DATABASE IF EXISTS {database}", f"CREATE DATABASE {database}"):
        subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", sql], check=True)

    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import setup_test_environment

    setup_test_environment()
    QUERIES.install()
    call_command("migrate", verbosity=0)
    from tests.factories import make_department, make_user

    dfe = make_department()
    dft = make_department(name="Department for Transport", short_name="DfT")
    people = {"official": make_user("official", dfe), "colleague": make_user("official", dfe),
              "elsewhere": make_user("official", dft),
              "mentor": make_user("press_officer", dfe, mentors=[dfe]),
              "admin": make_user("admin")}
    mentor, official, api, admin = Client(), Client(), Client(), Client()
    mentor.force_login(people["mentor"])
    admin.force_login(people["admin"])
    official.force_login(people["official"])
    api.force_login(people["mentor"])
    rng = random.Random(8)

    columns = ["queue first page", "deep queue page", "API queue", "my posts",
               "dashboard (mentor)", "dashboard (admin)"]
    results = {}
    for size in sizes:
        started = time.perf_counter()
        grow(size, people, rng)
        built = time.perf_counter() - started
        results[size] = [
            measure(mentor, "/queue/", args.requests),
            measure(mentor, deep_queue_address(mentor), args.requests),
            measure(api, "/api/v1/queue", args.requests),
            measure(official, "/posts/", args.requests),
            measure(mentor, "/dashboard/", args.requests),
            measure(admin, "/dashboard/", args.requests),
        ]
        print(f"{size:,} posts (grown in {built:.1f} s): " + ", ".join(
            f"{name} {ms:.1f} ms / {queries} queries"
            for name, (ms, queries) in zip(columns, results[size], strict=True)), flush=True)

    print()
    print("| posts | " + " | ".join(f"{c} ms (queries)" for c in columns) + " |")
    print("|---|" + "---|" * len(columns))
    for size, row in results.items():
        print(f"| {size:,} | " + " | ".join(f"{ms:.1f} ({q})" for ms, q in row) + " |")
    first, last = sizes[0], sizes[-1]
    print(f"| ratio {last:,} / {first:,} | " + " | ".join(
        f"{b[0] / a[0]:.2f}x" for a, b in zip(results[first], results[last], strict=True)) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
