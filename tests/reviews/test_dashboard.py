import random
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from reviews import dashboard
from reviews.models import (
    AuditEvent,
    CheckResult,
    Decision,
    FindingDismissal,
    PostVersion,
)
from reviews.states import Action, PostStatus
from tests.factories import make_department, make_post, make_user
from tests.reviews.dashboard_reference import build_row_by_row

pytestmark = pytest.mark.django_db

LONDON = ZoneInfo("Europe/London")
# A Wednesday, so every moment below falls in one week.
NOW = datetime(2026, 11, 18, 16, 0, tzinfo=LONDON)
MONDAY = "2026-11-16"


def submitted_at(official, when, *, findings=0, check="tone"):
    post = make_post(official, PostStatus.AWAITING_REVIEW, submitted_at=when)
    version = post.current_version
    PostVersion.objects.filter(pk=version.pk).update(created=when)
    version.refresh_from_db()
    if findings:
        CheckResult.objects.filter(run__version=version, check_name=check).update(
            outcome="warn", findings=[{"start": 0, "end": 1, "text": "x", "message": "m"}]
            * findings)
    AuditEvent.objects.create(post=post, action=Action.CHECKS_DONE, from_status="checking",
                              to_status="awaiting_review", created=when)
    return post


def decide(post, mentor, when, outcome="approve"):
    AuditEvent.objects.create(post=post, action=outcome, from_status="awaiting_review",
                              to_status="approved", created=when)
    return Decision.objects.create(post=post, version=post.current_version, outcome=outcome,
                                   notes="n", decided_by=mentor, created=when)


def test_the_figures_match_known_data(official, mentor, department):
    monday_9 = datetime(2026, 11, 16, 9, 0, tzinfo=LONDON)
    first = submitted_at(official, monday_9, findings=2)
    second = submitted_at(official, monday_9, findings=1, check="political")
    third = submitted_at(official, monday_9)
    decide(first, mentor, monday_9 + timedelta(hours=2))
    decide(second, mentor, monday_9 + timedelta(hours=6), outcome="return")
    decide(third, mentor, monday_9 + timedelta(hours=7), outcome="return")
    result = CheckResult.objects.get(run__version=first.current_version, check_name="tone")
    FindingDismissal.objects.create(result=result, finding_index=0, reason="fine",
                                    dismissed_by=mentor, created=monday_9)
    elsewhere = make_user("official", make_department())
    submitted_at(elsewhere, monday_9, findings=5)

    tables = dashboard.build(mentor, now=NOW)

    assert tables["volume"].rows[-1] == [MONDAY, 3, 0, 0]
    assert tables["turnaround"].rows == [[department.short_name, 3, 6.0, 6.8, 4, 33]]
    assert tables["findings"].headers == ["Week starting", "political", "tone"]
    assert tables["findings"].rows[-1] == [MONDAY, 1, 2]
    assert tables["false_alarms"].rows == [["political", 1, 0, 0], ["tone", 2, 1, 50]]
    assert tables["mentor_added"].rows[-1] == [MONDAY, 2, 1]
    assert tables["backlog"].rows[-1] == [MONDAY, 3, 3, 0]


def test_the_share_cleared_automatically(official, mentor):
    monday_9 = datetime(2026, 11, 16, 9, 0, tzinfo=LONDON)
    submitted_at(official, monday_9)
    cleared = make_post(official, PostStatus.APPROVED, submitted_at=monday_9)
    AuditEvent.objects.create(post=cleared, action=Action.AUTO_CLEAR, from_status="checking",
                              to_status="approved", created=monday_9)

    volume = dashboard.build(mentor, now=NOW)["volume"]

    assert volume.rows[-1][2:] == [1, 50]


def test_the_backlog_carries_over_from_before_the_window(official, mentor):
    long_ago = NOW - timedelta(weeks=20)
    submitted_at(official, long_ago)

    backlog = dashboard.build(mentor, now=NOW)["backlog"]

    assert [row[3] for row in backlog.rows] == [1] * len(backlog.rows)


def test_the_page_and_csv_are_for_mentors_and_admins(client, official, mentor):
    client.force_login(official)
    assert client.get(reverse("dashboard")).status_code == 403

    client.force_login(mentor)
    page = client.get(reverse("dashboard"))
    csv = client.get(reverse("dashboard"), {"csv": "turnaround"})

    assert page.status_code == 200
    assert "Time to a mentor&#x27;s decision (working hours)" in page.content.decode()
    assert csv["Content-Type"] == "text/csv; charset=utf-8"
    assert csv.content.decode().splitlines()[0] == (
        "Department,Decisions,Median,90th percentile,Target,Share within target (%)")
    assert client.get(reverse("dashboard"), {"csv": "nope"}).status_code == 404


CHECKS = ("tone", "political", "personal_data")
OUTCOMES = ("approve", "approve_with_coaching", "return", "reject")


def varied_history(officials, mentor, rng, posts):
    """Posts over the 16 weeks before NOW, some at midnight either side of a week's
    start (in summer and winter time), cleared automatically or checked, with findings,
    decisions (some inside the window on versions from before it), dismissals, and
    decisions with no "checks finished" event before them."""
    for _ in range(posts):
        official = rng.choice(officials)
        when = NOW - timedelta(minutes=rng.randint(0, 16 * 7 * 24 * 60))
        if rng.random() < 0.2:  # a Sunday or Monday around midnight, site time
            local = timezone_local(when)
            monday = local - timedelta(days=local.weekday())
            when = monday.replace(hour=0, minute=0) + timedelta(minutes=rng.choice(
                [-1, 0, 1, 59]))
        post = submitted_at(official, when, findings=rng.choice([0, 0, 1, 3]),
                            check=rng.choice(CHECKS))
        if rng.random() < 0.2:
            AuditEvent.objects.filter(post=post, action=Action.CHECKS_DONE).update(
                action=Action.AUTO_CLEAR)
            continue
        if rng.random() < 0.3:
            CheckResult.objects.filter(run__version=post.current_version,
                                       check_name="length").update(outcome="warn", findings=[])
        if rng.random() < 0.75:
            decided = min(when + timedelta(hours=rng.randint(0, 300)), NOW)
            decide(post, mentor, decided, outcome=rng.choice(OUTCOMES))
            for result in CheckResult.objects.filter(run__version=post.current_version,
                                                     outcome="warn"):
                if result.findings and rng.random() < 0.5:
                    FindingDismissal.objects.create(result=result, finding_index=0,
                                                    reason="fine", dismissed_by=mentor,
                                                    created=decided)
        if rng.random() < 0.05:  # a decision logged twice: the backlog can dip below 0
            AuditEvent.objects.create(post=post, action=Action.REJECT, from_status="x",
                                      to_status="y", created=NOW - timedelta(weeks=14))


def timezone_local(moment):
    return moment.astimezone(LONDON)


@pytest.fixture
def history(official, mentor):
    elsewhere = make_department(name="Department for Transport", short_name="DfT",
                                target_turnaround_hours=8)
    officials = [official, make_user("official", official.profile.department),
                 make_user("official", elsewhere)]
    varied_history(officials, mentor, random.Random(12), posts=80)
    # Checked before the window with findings, returned inside it.
    raised_before = submitted_at(official, NOW - timedelta(weeks=13), findings=2)
    decide(raised_before, mentor, NOW - timedelta(weeks=11), outcome="return")
    # Between the window's start and the first week shown.
    partial_week = submitted_at(official, NOW - timedelta(weeks=12, hours=-1), findings=1)
    decide(partial_week, mentor, NOW - timedelta(weeks=12, hours=-2), outcome="reject")
    return officials


def test_the_figures_are_those_counted_row_by_row(history, mentor, admin_user):
    for viewer in (mentor, admin_user):
        fast = dashboard.build(viewer, now=NOW)
        slow = build_row_by_row(viewer, now=NOW)

        assert fast == slow
    # The data is varied enough to prove something: every table has figures.
    assert all(any(any(cell for cell in row[1:]) for row in table.rows)
               for table in fast.values())


def test_the_query_count_does_not_grow_with_the_posts(history, mentor, admin_user):
    for viewer in (mentor, admin_user):
        with CaptureQueriesContext(connection) as few:
            dashboard.build(viewer, now=NOW)
        counted_before = len(few)
        varied_history(history, mentor, random.Random(13), posts=40)
        with CaptureQueriesContext(connection) as more:
            dashboard.build(viewer, now=NOW)

        assert len(more) == counted_before
