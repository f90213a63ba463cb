from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from guidelines.models import ElectionPeriod, SensitiveTopic
from reviews.models import CheckResult, CheckRun, DraftPost
from reviews.services import create_post, record_decision
from reviews.services.errors import InvalidInput
from tests.factories import make_department

pytestmark = pytest.mark.django_db


def election_on(*departments) -> ElectionPeriod:
    today = timezone.localdate()
    period = ElectionPeriod.objects.create(name="Local elections 2027",
                                           starts_on=today - timedelta(days=2),
                                           ends_on=today + timedelta(days=20))
    period.departments.set(departments)
    return period


def submitted(official, text, capture) -> DraftPost:
    with capture(execute=True):
        post = create_post(author=official, platform="x", text=text, submit=True)
    post.refresh_from_db()
    return post


POLITICAL = "Honestly, the Tories have made a mess of school funding."
ANNOUNCEMENT = "We will announce £40m for new schools next Tuesday."


def test_political_findings_fail_during_a_period(
        official, department, django_capture_on_commit_callbacks):
    election_on(department)

    post = submitted(official, POLITICAL, django_capture_on_commit_callbacks)

    result = CheckResult.objects.get(run__version=post.current_version, check_name="political")
    assert result.outcome == "fail"
    assert CheckRun.objects.get().election_period == "Local elections 2027"


def test_political_findings_warn_outside_a_period(
        official, django_capture_on_commit_callbacks):
    election_on(make_department())

    post = submitted(official, POLITICAL, django_capture_on_commit_callbacks)

    result = CheckResult.objects.get(run__version=post.current_version, check_name="political")
    assert result.outcome == "warn"
    assert CheckRun.objects.get().election_period == ""


def test_a_period_naming_no_department_covers_every_department(
        official, django_capture_on_commit_callbacks):
    election_on()

    post = submitted(official, POLITICAL, django_capture_on_commit_callbacks)

    assert CheckResult.objects.get(run__version=post.current_version,
                                   check_name="political").outcome == "fail"


@pytest.mark.parametrize("outcome", ["approve", "approve_with_coaching"])
def test_an_announcement_cannot_be_approved_during_a_period(
        official, mentor, department, django_capture_on_commit_callbacks, outcome):
    election_on(department)
    post = submitted(official, ANNOUNCEMENT, django_capture_on_commit_callbacks)

    with pytest.raises(InvalidInput) as refused:
        record_decision(actor=mentor, post_id=post.pk, outcome=outcome, notes="Fine", version=1)

    assert str(refused.value).startswith("Local elections 2027 is on: a post with an "
                                         "announcement finding cannot be approved")
    post.refresh_from_db()
    assert post.status == "awaiting_review"


def test_an_announcement_can_be_returned_during_a_period(
        official, mentor, department, django_capture_on_commit_callbacks):
    election_on(department)
    post = submitted(official, ANNOUNCEMENT, django_capture_on_commit_callbacks)

    record_decision(actor=mentor, post_id=post.pk, outcome="return", notes="Wait", version=1)

    post.refresh_from_db()
    assert post.status == "returned"


def test_the_queue_and_the_post_page_say_a_period_is_on(
        client, official, mentor, department, django_capture_on_commit_callbacks):
    election_on(department)
    post = submitted(official, "Thanks to everyone at the event.",
                     django_capture_on_commit_callbacks)
    client.force_login(mentor)

    queue = client.get(reverse("queue")).content.decode()
    detail = client.get(reverse("post_detail", args=[post.pk])).content.decode()

    assert "Local elections 2027 is on until" in queue
    assert "Local elections 2027 is on until" in detail


def test_a_post_touching_a_sensitive_topic_says_which_and_why(
        client, official, django_capture_on_commit_callbacks):
    SensitiveTopic.objects.create(name="industrial action", keywords="strike\npicket line",
                                  why="Disputes are reported closely.")
    post = submitted(official, "Trains are busy today because of the strike.",
                     django_capture_on_commit_callbacks)
    client.force_login(official)

    detail = client.get(reverse("post_detail", args=[post.pk])).content.decode()

    assert CheckRun.objects.get().topics[0]["topic"] == "industrial action"
    assert ("‘strike’ touches on industrial action, a sensitive topic. Disputes are reported "
            "closely. A press-office mentor will always review a post on it.") in detail


def test_an_inactive_topic_or_a_word_inside_another_is_not_found(
        official, django_capture_on_commit_callbacks):
    SensitiveTopic.objects.create(name="industrial action", keywords="strike", why="x")
    SensitiveTopic.objects.create(name="old", keywords="trains", why="x", active=False)

    submitted(official, "Our strikers scored twice on the trains.",
              django_capture_on_commit_callbacks)

    assert CheckRun.objects.get().topics == []
