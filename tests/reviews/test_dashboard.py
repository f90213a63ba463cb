from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
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
