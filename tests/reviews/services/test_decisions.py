from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from reviews.models import AuditEvent, Decision, FindingDismissal
from reviews.services import (
    claim_post,
    dismiss_finding,
    record_decision,
    release_claim,
)
from reviews.services.errors import (
    ClaimedByAnother,
    InvalidInput,
    StaleVersion,
    TransitionRefused,
)
from reviews.states import PostStatus
from tests.factories import make_department, make_post, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def awaiting(official):
    return make_post(official, PostStatus.AWAITING_REVIEW)


@pytest.mark.parametrize(
    ("outcome", "status"),
    [("approve", "approved"), ("approve_with_coaching", "approved"), ("return", "returned"),
     ("reject", "rejected")],
)
def test_a_mentor_decides_a_post_and_the_author_is_emailed(
        mentor, awaiting, outcome, status, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        decision = record_decision(actor=mentor, post_id=awaiting.pk, outcome=outcome,
                                   notes="Say who you work for.", version=1)

    awaiting.refresh_from_db()
    assert (awaiting.status, decision.outcome, decision.decided_by) == (status, outcome, mentor)
    event = AuditEvent.objects.filter(post=awaiting).last()
    assert (event.action, event.from_status, event.to_status, event.actor, event.version_number) \
        == (outcome, "awaiting_review", status, mentor, 1)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [awaiting.author.email]
    assert "Say who you work for." in mail.outbox[0].body


@pytest.mark.parametrize("outcome", ["approve_with_coaching", "return", "reject"])
def test_coaching_decisions_need_notes(mentor, awaiting, outcome):
    with pytest.raises(InvalidInput) as error:
        record_decision(actor=mentor, post_id=awaiting.pk, outcome=outcome, notes="  ",
                        version=1)

    assert str(error.value) == "Write coaching notes for the author: say what to change and why."
    assert Decision.objects.count() == 0


def test_a_decision_on_an_old_version_is_refused(mentor, official):
    post = make_post(official, PostStatus.AWAITING_REVIEW, versions=2)

    with pytest.raises(StaleVersion) as error:
        record_decision(actor=mentor, post_id=post.pk, outcome="approve", version=1)

    assert str(error.value) == ("This post has changed since you opened it: version 2 is now "
                                "current. Read it before you decide.")
    post.refresh_from_db()
    assert post.status == "awaiting_review"


def test_a_press_officer_cannot_decide_own_post(mentor, department):
    own = make_post(mentor, PostStatus.AWAITING_REVIEW)

    with pytest.raises(PermissionDenied) as error:
        record_decision(actor=mentor, post_id=own.pk, outcome="approve", version=1)

    assert str(error.value) == "You cannot review your own post: another mentor will."


def test_an_official_cannot_decide_their_own_post(official):
    post = make_post(official, PostStatus.AWAITING_REVIEW)

    with pytest.raises(PermissionDenied):
        record_decision(actor=official, post_id=post.pk, outcome="approve", version=1)


def test_an_official_cannot_even_see_a_colleagues_post_to_decide_it(official, department):
    post = make_post(make_user("official", department), PostStatus.AWAITING_REVIEW)
    post.department.mentors.add(official)  # wrongly listed as a mentor: the role still counts

    with pytest.raises(type(post).DoesNotExist):
        record_decision(actor=official, post_id=post.pk, outcome="approve", version=1)


def test_a_mentor_of_another_department_cannot_see_the_post(awaiting):
    outsider = make_user("press_officer", make_department(), mentors=make_department())

    with pytest.raises(type(awaiting).DoesNotExist):
        record_decision(actor=outsider, post_id=awaiting.pk, outcome="approve", version=1)


def test_a_claim_keeps_other_mentors_off_until_it_expires(mentor, awaiting, department):
    other = make_user("press_officer", department, mentors=department)
    claim_post(actor=mentor, post_id=awaiting.pk)

    with pytest.raises(ClaimedByAnother) as error:
        claim_post(actor=other, post_id=awaiting.pk)
    assert str(error.value).startswith(f"{mentor.get_full_name()} is reviewing this post until ")
    with pytest.raises(ClaimedByAnother):
        record_decision(actor=other, post_id=awaiting.pk, outcome="approve", version=1)

    awaiting.refresh_from_db()
    awaiting.claimed_until = timezone.now() - timedelta(seconds=1)
    awaiting.save(update_fields=["claimed_until"])
    claim_post(actor=other, post_id=awaiting.pk)
    awaiting.refresh_from_db()
    assert awaiting.claimed_by == other


def test_releasing_a_claim_returns_the_post_to_the_queue(mentor, awaiting):
    claim_post(actor=mentor, post_id=awaiting.pk)

    release_claim(actor=mentor, post_id=awaiting.pk)

    awaiting.refresh_from_db()
    assert (awaiting.claimed_by, awaiting.claimed_until) == (None, None)
    assert list(AuditEvent.objects.filter(post=awaiting).values_list("action", flat=True)) == [
        "claim", "release"]


@pytest.mark.parametrize(("first", "status"), [
    ("approve", "approved"), ("return", "returned for changes"), ("reject", "rejected")])
def test_a_mentor_who_loses_the_race_to_decide_is_told_another_mentor_decided(
        mentor, awaiting, department, first, status):
    record_decision(actor=mentor, post_id=awaiting.pk, outcome=first, notes="Say who.",
                    version=1)
    other = make_user("press_officer", department, mentors=department)

    with pytest.raises(TransitionRefused) as error:
        record_decision(actor=other, post_id=awaiting.pk, outcome="reject", notes="no",
                        version=1)

    assert str(error.value) == f"Another mentor has already decided this post: it is now {status}."
    assert Decision.objects.count() == 1


def test_claiming_a_post_whose_checks_are_running_is_refused_as_not_ready(mentor, official):
    checking = make_post(official, PostStatus.CHECKING)

    with pytest.raises(TransitionRefused) as error:
        claim_post(actor=mentor, post_id=checking.pk)

    assert str(error.value) == "This post is not awaiting review: its checks have not finished."


def test_deciding_a_post_cleared_automatically_is_refused_as_needing_no_decision(
        mentor, official):
    cleared = make_post(official, PostStatus.APPROVED)
    cleared.cleared_automatically = True
    cleared.save(update_fields=["cleared_automatically"])

    with pytest.raises(TransitionRefused) as error:
        record_decision(actor=mentor, post_id=cleared.pk, outcome="approve", version=1)

    assert str(error.value) == "This post was cleared automatically: it needs no decision."


def test_a_mentor_dismisses_a_finding_with_a_reason(mentor, official):
    post = make_post(official, PostStatus.AWAITING_REVIEW)
    result = post.current_version.check_run.results.get(check_name="tone")
    result.outcome, result.findings = "warn", [{"start": 0, "end": 1, "text": "A",
                                                "message": "m"}]
    result.save()

    dismiss_finding(actor=mentor, result_id=result.pk, finding_index=0,
                    reason="It is a quote, not the author's words.")

    dismissal = FindingDismissal.objects.get()
    assert (dismissal.reason, dismissal.dismissed_by) == ("It is a quote, not the author's words.",
                                                          mentor)
    with pytest.raises(InvalidInput):
        dismiss_finding(actor=mentor, result_id=result.pk, finding_index=5, reason="x")
