"""Load benchmark: officials submitting posts while mentors work the queue, under gunicorn
on PostgreSQL, with a trivial view measured in the same run.

    make load                  # or: .venv/bin/python -m bench.load.run [--duration 60]

It needs no running service: it starts a private PostgreSQL and Redis and the app's real
processes (gunicorn, a Celery worker, beat) with production settings (DEBUG off) through
tests/reliability/servers.py. It runs locust headless against gunicorn
(bench/load/locustfile.py), waits for the worker to finish the checks it was given, and
proves from the database that every post accepted got exactly one complete check run.
It prints a table, and keeps locust's CSV files and a JSON summary in the output folder.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from reviews.checks import CHECK_NAMES
from tests.reliability.servers import ROOT, PrivatePostgres, private_stack

LOCUSTFILE = Path(__file__).resolve().with_name("locustfile.py")
PASSWORD = "load-benchmark-" + secrets.token_hex(8)
QUEUE_PROBE, TRIVIAL_PROBE = "probe: queue page", "probe: /healthz"
# The production stack's figures (docker-compose.yml) on 2 cores: gunicorn's own advice
# is 2-4 workers per core, but locust, PostgreSQL and the worker share these cores.
WEB_WORKERS, CELERY_CONCURRENCY = 3, 2

PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "bench.load.settings",
    "DEBUG": "0",
    "SECRET_KEY": "load-benchmark-" + secrets.token_hex(32),
    "ALLOWED_HOSTS": "127.0.0.1",
    "EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
}
# Test-speed sweep settings that AppProcesses sets for the fault tests: the benchmark
# keeps the production ones.
TEST_ONLY = ("CHECK_RUN_STALE_AFTER_SECONDS", "CHECK_RUN_SWEEP_SECONDS")

# Per accepted post: its check runs (one per version; each post here has one version),
# those done, their results, and the audit events that say the checks finished.
CHECKED_ONCE_SQL = """
SELECT p.id,
       count(DISTINCT r.id),
       count(DISTINCT r.id) FILTER (WHERE r.status = 'done'),
       count(res.id),
       count(DISTINCT res.check_name),
       (SELECT count(*) FROM reviews_auditevent e
         WHERE e.post_id = p.id AND e.action IN ('checks_done', 'auto_clear'))
  FROM reviews_draftpost p
  LEFT JOIN reviews_postversion v ON v.post_id = p.id
  LEFT JOIN reviews_checkrun r ON r.version_id = v.id
  LEFT JOIN reviews_checkresult res ON res.run_id = r.id
 GROUP BY p.id
"""
BACKLOG_SQL = "SELECT count(*) FROM reviews_draftpost WHERE status = 'awaiting_review'"
UNFINISHED_RUNS_SQL = "SELECT count(*) FROM reviews_checkrun WHERE status IN ('pending', 'running')"


@dataclass
class RequestFigures:
    name: str
    count: int
    failures: int
    per_second: float
    median_ms: float
    p95_ms: float


@dataclass
class LoadResult:
    duration_s: float
    officials: int
    mentors: int
    web_workers: int
    requests: list[RequestFigures]  # the last is locust's "Aggregated"
    sign_ins: list[RequestFigures]  # the warm-up, before the measured run
    errors: int
    accepted: int
    posts_in_database: int
    checked_exactly_once: int
    not_checked_exactly_once: list[int]
    lost_races: int
    decided_before_opened: int
    awaiting_review_at_end: int
    drain_s: float
    people_per_second: float
    queue_to_trivial: float

    def figures(self, name: str) -> RequestFigures:
        return next(r for r in self.requests if r.name == name)


class Progress:
    """Each step on standard error with the seconds since the start: a run takes minutes."""

    def __init__(self) -> None:
        self.started = time.monotonic()

    def __call__(self, step: str) -> None:
        print(f"[{time.monotonic() - self.started:5.1f} s] {step}", file=sys.stderr,
              flush=True)


def wait_for_the_checks(postgres: PrivatePostgres, timeout: float) -> float:
    """Seconds until no check run is waiting or running (the worker has drained)."""
    started = time.monotonic()
    while postgres.query(UNFINISHED_RUNS_SQL)[0][0]:
        if time.monotonic() - started > timeout:
            raise AssertionError(f"check runs still unfinished after {timeout:.0f} s")
        time.sleep(0.5)
    return time.monotonic() - started


def checked_exactly_once(postgres: PrivatePostgres) -> dict[int, bool]:
    checks = len(CHECK_NAMES)
    return {post_id: (runs, done, results, names, finished) == (1, 1, checks, checks, 1)
            for post_id, runs, done, results, names, finished
            in postgres.query(CHECKED_ONCE_SQL)}


def run_locust(url: str, out: Path, *, duration: int, officials: int, mentors: int,
               workdir: Path) -> dict:
    outcome_file = workdir / "locust-outcome.json"
    users = officials + mentors + 2  # and the two probes
    env = {**os.environ, "LOAD_PASSWORD": PASSWORD, "LOAD_OFFICIALS": str(officials),
           "LOAD_MENTORS": str(mentors), "LOAD_DURATION": str(duration),
           "LOAD_OUTCOME_FILE": str(outcome_file)}
    log_path = out / "locust.log"
    with log_path.open("w", encoding="utf-8") as log:
        finished = subprocess.run([
            sys.executable, "-m", "locust", "-f", str(LOCUSTFILE), "--headless",
            "--users", str(users), "--spawn-rate", str(users),
            # The locustfile ends the run `duration` seconds after the last sign-in;
            # this is only a backstop should the sign-ins never finish.
            "--run-time", f"{duration + 240}s",
            # Users finish the task in hand when time is up, so a post the app accepted
            # is never left out of the count by a request cut off half-way.
            "--stop-timeout", "30", "--host", url, "--csv", str(out / "locust"),
            "--only-summary", "--exit-code-on-error", "0",
        ], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
            timeout=duration + 300)
    if finished.returncode:
        tail = "\n".join(log_path.read_text(encoding="utf-8").splitlines()[-40:])
        raise AssertionError(f"locust exited with {finished.returncode}:\n{tail}")
    outcome = json.loads(outcome_file.read_text(encoding="utf-8"))
    if "measured" not in outcome:
        raise AssertionError(f"only {outcome['signed_in']} of {users - 1} users signed in: "
                             f"see {out / 'locust.log'}")
    return outcome


def run_load(*, duration: int = 60, officials: int = 4, mentors: int = 4,
             web_workers: int = WEB_WORKERS, out: Path) -> LoadResult:
    out.mkdir(parents=True, exist_ok=True)
    progress = Progress()
    with private_stack("govsocial-load-") as (app, postgres, _broker):
        progress("private PostgreSQL and Redis started")
        try:
            for name in TEST_ONLY:
                app.env.pop(name)
            app.env.update(PRODUCTION)
            app.manage("migrate", "--noinput")
            progress("migrated")
            # The guidance the checks cite, as the production web service seeds it; and
            # the people (the queue probe signs in as one more mentor). One process for both.
            app.manage("shell", "-c", "from django.core.management import call_command; "
                       "from bench.load.people import create_people; "
                       "call_command('seed_guidance'); "
                       f"create_people(officials={officials}, mentors={mentors + 1}, "
                       f"password={PASSWORD!r})")
            progress("guidance and people created")
            app.worker(concurrency=CELERY_CONCURRENCY)
            app.beat()
            url = app.web(workers=web_workers)
            progress(f"gunicorn serving at {url}; locust signs everyone in, then runs "
                     f"{duration} s")
            outcome = run_locust(url, out, duration=duration, officials=officials,
                                 mentors=mentors, workdir=app.workdir)
            progress("load ended; waiting for the worker to finish the checks")
            drain_s = wait_for_the_checks(postgres, timeout=180)
            checked = checked_exactly_once(postgres)
            backlog = postgres.query(BACKLOG_SQL)[0][0]
        except BaseException:
            sys.stderr.write(app.logs())
            raise
    progress("stopped and removed")

    requests = [RequestFigures(**row) for row in outcome["measured"]]
    sign_ins = [RequestFigures(**row) for row in outcome["warm_up"]]
    accepted = outcome["accepted_posts"]
    people = [r for r in requests[:-1] if not r.name.startswith("probe:")]
    result = LoadResult(
        duration_s=round(outcome["measured_s"], 1), officials=officials, mentors=mentors,
        web_workers=web_workers, requests=requests, sign_ins=sign_ins,
        errors=requests[-1].failures + sign_ins[-1].failures, accepted=len(accepted),
        posts_in_database=len(checked),
        checked_exactly_once=sum(checked.get(post_id, False) for post_id in accepted),
        not_checked_exactly_once=sorted(p for p in accepted if not checked.get(p, False)),
        lost_races=outcome["lost_races"], decided_before_opened=outcome["decided_before_opened"],
        awaiting_review_at_end=backlog, drain_s=round(drain_s, 1),
        people_per_second=sum(r.per_second for r in people),
        queue_to_trivial=0.0)
    result.queue_to_trivial = (result.figures(QUEUE_PROBE).per_second
                               / result.figures(TRIVIAL_PROBE).per_second)
    (out / "summary.json").write_text(json.dumps(asdict(result), indent=2), encoding="utf-8")
    return result


def report(result: LoadResult) -> str:
    lines = [
        f"{result.duration_s:.0f} s, {result.officials} officials and {result.mentors} mentors "
        f"(pages), two probes, gunicorn with {result.web_workers} workers",
        "",
        "| request | count | requests/s | median ms | p95 ms | errors |",
        "|---|---|---|---|---|---|",
    ]
    for r in result.requests:
        lines.append(f"| {r.name} | {r.count} | {r.per_second:.1f} | {r.median_ms:.0f} "
                     f"| {r.p95_ms:.0f} | {r.failures} |")
    sign_in = next(r for r in result.sign_ins if r.name == "sign in")
    lines += [
        "",
        f"sign-ins before the measured run: {sign_in.count}, median {sign_in.median_ms:.0f} ms, "
        f"p95 {sign_in.p95_ms:.0f} ms, {result.sign_ins[-1].failures} failed",
        f"officials' and mentors' requests/s: {result.people_per_second:.1f}",
        f"errors: {result.errors}",
        f"decisions lost to another mentor: {result.lost_races} (refused with a message); "
        f"posts decided before the mentor opened them: {result.decided_before_opened}; "
        f"awaiting review at the end: {result.awaiting_review_at_end}",
        f"posts accepted: {result.accepted}; in the database: {result.posts_in_database}; "
        f"with exactly one complete check run: {result.checked_exactly_once} "
        f"(worker drained {result.drain_s} s after the load ended)",
        f"queue page / trivial view throughput: {result.queue_to_trivial:.3f}",
    ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=60, help="seconds of load")
    parser.add_argument("--officials", type=int, default=4)
    parser.add_argument("--mentors", type=int, default=4)
    parser.add_argument("--web-workers", type=int, default=WEB_WORKERS)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "load")
    args = parser.parse_args()
    result = run_load(duration=args.duration, officials=args.officials, mentors=args.mentors,
                      web_workers=args.web_workers, out=args.out)
    print(report(result))
    healthy = (result.errors == 0 and not result.not_checked_exactly_once
               and result.posts_in_database == result.accepted)
    return 0 if healthy else 1


if __name__ == "__main__":
    sys.exit(main())
