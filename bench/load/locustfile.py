"""Officials submitting posts while mentors work the queue, through the real pages.

Started by bench/load/run.py, which creates the accounts this file signs in with and
passes their number, the password and the measured duration in the environment.

Every user signs in once, through the sign-in page with its CSRF token, as a distinct
account, so django-axes (which counts wrong passwords per username and address) is never
near its limit. The sign-ins are a warm-up, measured apart: each costs a deliberately slow
password hash, and a dozen at once would stall every gunicorn worker for seconds. The
measured run starts when everyone has signed in and lasts LOAD_DURATION seconds.

Two probes run beside the people, each one user in a loop with no pause: one loads the
queue page, the other /healthz. Their request rates, taken in the same run under the same
load, give the queue page's throughput as a share of the trivial view's.

The figures (and the posts the app accepted) are written to LOAD_OUTCOME_FILE once every
user has finished the task in hand, from locust's own statistics.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import re
import time

import gevent
from gevent.event import Event
from locust import HttpUser, between, constant, events, task

PASSWORD = os.environ["LOAD_PASSWORD"]
OFFICIALS = int(os.environ["LOAD_OFFICIALS"])
MENTORS = int(os.environ["LOAD_MENTORS"])
DURATION = float(os.environ["LOAD_DURATION"])
OUTCOME_FILE = os.environ["LOAD_OUTCOME_FILE"]
SIGNING_IN = OFFICIALS + MENTORS + 1  # the queue probe signs in as a mentor too

CSRF_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
QUEUED_POST = re.compile(r'href="/posts/(\d+)/"')
DECISION_FORM = re.compile(r'action="/posts/(\d+)/decide/"')
DECISION_VERSION = re.compile(r'name="version" value="(\d+)"')
LOST_RACE = "Another mentor has already decided this post"

# Drafts of the kind officials write: clean ones, and ones that raise findings
# (announcement, tone, personal data, political, confidential, affiliation).
DRAFTS = [
    ("x", "Teachers asked how the new marking guidance works. It is on our website "
          "with worked examples for each subject; I work on it at DfE."),
    ("bluesky", "Good question about school funding. The formula is explained step by "
                "step in our guide, and I am happy to point you to the right section."),
    ("x", "Yet ANOTHER ridiculous article about exams. Do some research!!!"),
    ("linkedin", "We are announcing today a new £50m fund for rural schools, launching "
                 "next week. Watch this space for the minister's statement."),
    ("x", "Spoke to Mrs Jones at Hill Primary about her son's ADHD diagnosis; call me "
          "on 07700 900123 if your family has the same problem."),
    ("bluesky", "Unlike the last government's disastrous policy, our plan actually "
                "works. Vote for sensible change."),
    ("linkedin", "Draft, not for publication: the internal review of teacher pay "
                 "recommends a 3% rise. Please keep this between us for now."),
    ("x", "Three things I learnt this week about apprenticeships in further "
          "education: employers value them, learners finish them, and the data is open."),
]
OUTCOMES = [("approve", ""),
            ("approve_with_coaching", "Good. Next time say who you work for in the post."),
            ("return", "Please remove the personal details and say who you work for."),
            ("reject", "This reads as an announcement: leave it to the press office.")]

_usernames = {"official": itertools.count(1), "mentor": itertools.count(1)}
everyone_signed_in = Event()
outcome: dict = {"accepted_posts": [], "lost_races": 0, "decided_before_opened": 0,
                 "signed_in": 0}


def csrf_token(html: str) -> str:
    found = CSRF_TOKEN.search(html)
    if not found:
        raise ValueError("no CSRF token on the page")
    return found.group(1)


def figures(stats, seconds: float) -> list[dict]:
    return [{"name": entry.name, "count": entry.num_requests, "failures": entry.num_failures,
             "per_second": entry.num_requests / seconds,
             "median_ms": entry.median_response_time,
             "p95_ms": entry.get_response_time_percentile(0.95)}
            for entry in [*sorted(stats.entries.values(), key=lambda e: e.name), stats.total]
            if entry.num_requests]


def start_measuring(environment) -> None:
    """Everyone has signed in: keep the sign-ins' figures apart and start the clock."""
    outcome["warm_up"] = figures(environment.stats, time.time() - environment.stats.start_time)
    environment.stats.reset_all()
    outcome["measuring_since"] = time.time()
    everyone_signed_in.set()
    gevent.spawn_later(DURATION, environment.runner.quit)


@events.test_stop.add_listener
def write_outcome(environment, **_kwargs) -> None:
    """Every user has finished its task in hand: the figures are final."""
    if everyone_signed_in.is_set():
        seconds = time.time() - outcome["measuring_since"]
        outcome["measured"] = figures(environment.stats, seconds)
        outcome["measured_s"] = seconds
    with open(OUTCOME_FILE, "w", encoding="utf-8") as out:
        json.dump(outcome, out)


class SignedInUser(HttpUser):
    abstract = True
    role = ""

    def on_start(self) -> None:
        username = f"{self.role}{next(_usernames[self.role])}"
        try:
            page = self.client.get("/sign-in/", name="sign-in page")
            with self.client.post("/sign-in/", name="sign in", allow_redirects=False,
                                  catch_response=True, data={
                                      "username": username, "password": PASSWORD,
                                      "csrfmiddlewaretoken": csrf_token(page.text)}) as answer:
                if answer.status_code != 302:
                    answer.failure(f"{username} could not sign in: {answer.status_code}")
        finally:
            # Counted even when it failed (the failure is in the figures), or the
            # measured run would never start.
            outcome["signed_in"] += 1
            if outcome["signed_in"] == SIGNING_IN:
                start_measuring(self.environment)
        everyone_signed_in.wait()

    def open(self, path: str, name: str, must_say: str = "") -> str:
        """The page's HTML. A redirect (to the sign-in page), an error, or a page without
        the words it must say is a failure."""
        with self.client.get(path, name=name, catch_response=True) as answer:
            if answer.status_code != 200 or answer.history:
                answer.failure(f"{path} answered {answer.status_code}, redirected to "
                               f"{answer.url}")
            elif must_say not in answer.text:
                answer.failure(f"{path} does not say {must_say!r}")
            return answer.text


class Official(SignedInUser):
    """Writes a post, submits it for the checks, and looks at its page."""

    role = "official"
    fixed_count = OFFICIALS
    wait_time = between(1, 3)

    @task
    def submit_a_post(self) -> None:
        form = self.open("/posts/new/", "official: new post form")
        platform, text = random.choice(DRAFTS)
        with self.client.post("/posts/new/", name="official: submit post",
                              allow_redirects=False, catch_response=True, data={
                                  "platform": platform, "text": text, "submit": "1",
                                  "csrfmiddlewaretoken": csrf_token(form)}) as answer:
            found = re.fullmatch(r"/posts/(\d+)/", answer.headers.get("Location", ""))
            if answer.status_code != 302 or not found:
                answer.failure(f"submit refused: {answer.status_code}")
                return
        outcome["accepted_posts"].append(int(found.group(1)))
        self.open(found.group(0), "official: post page")


class Mentor(SignedInUser):
    """Opens the queue, opens a post from it, and decides it."""

    role = "mentor"
    fixed_count = MENTORS
    wait_time = between(0.5, 1.5)

    @task
    def decide_a_post(self) -> None:
        post_ids = QUEUED_POST.findall(self.open("/queue/", "mentor: queue page"))
        if not post_ids:
            return
        post_id = random.choice(post_ids)
        post_page = self.open(f"/posts/{post_id}/", "mentor: post page")
        version = DECISION_VERSION.search(post_page)
        if not DECISION_FORM.search(post_page) or not version:
            # Another mentor decided it after this one read the queue: no form to send.
            outcome["decided_before_opened"] += 1
            return
        decision, notes = random.choice(OUTCOMES)
        with self.client.post(f"/posts/{post_id}/decide/", name="mentor: decide",
                              allow_redirects=False, catch_response=True, data={
                                  "outcome": decision, "notes": notes,
                                  "version": version.group(1),
                                  "csrfmiddlewaretoken": csrf_token(post_page)}) as answer:
            location = answer.headers.get("Location", "")
            if answer.status_code != 302 or location not in ("/queue/", f"/posts/{post_id}/"):
                answer.failure(f"decision not recorded: {answer.status_code} {location}")
                return
        if location == f"/posts/{post_id}/":
            # Another mentor decided it between this one opening it and deciding: the
            # post page must say so (the API answers 409).
            told = self.open(location, "mentor: post page after a lost race", LOST_RACE)
            outcome["lost_races"] += LOST_RACE in told


class QueueProbe(SignedInUser):
    role = "mentor"
    fixed_count = 1
    wait_time = constant(0)

    @task
    def load_the_queue(self) -> None:
        self.open("/queue/", "probe: queue page")


class TrivialProbe(HttpUser):
    fixed_count = 1
    wait_time = constant(0)

    def on_start(self) -> None:
        everyone_signed_in.wait()

    @task
    def load_healthz(self) -> None:
        with self.client.get("/healthz", name="probe: /healthz", catch_response=True) as answer:
            if answer.text != "ok":
                answer.failure(f"/healthz answered {answer.status_code} {answer.text[:80]!r}")
