from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from guidelines.models import ElectionPeriod, SensitiveTopic
from reviews.models import AuditEvent, Decision, DiscretionChange, DraftPost
from reviews.services import (
    coach_after_clearance,
    create_post,
    set_discretion_level,
)
from reviews.services.errors import InvalidInput
from reviews.states import PostStatus
from tests.factories import make_department, make_user

pytestmark = pytest.mark.django_db

# Not about work: the official's profile does not say who they work for, so a post about
# "our office" would rightly be asked to (affiliation).
CLEAN = "Thanks to everyone who came to the community garden open day on Saturday."
WARNING_ONLY = "Yet ANOTHER article gets this wrong. Do read the guidance."
FAILING = "Call me on 07700 900123 about your claim."


def at_level(official, level):
    official.profile.discretion_level = level
    official.profile.save()
    return official


def submitted(official, text, capture) -> DraftPost:
    with capture(execute=True):
        post = create_post(author=official, platform="x", text=text, submit=True)
    post.refresh_from_db()
    return post


@pytest.mark.parametrize("level,text,cleared", [
    (0, CLEAN, False),
    (1, CLEAN, True),
    (1, WARNING_ONLY, False),
    (2, WARNING_ONLY, True),
    (2, FAILING, False),
])
def test_the_level_decides_which_posts_are_cleared(
        official, django_capture_on_commit_callbacks, level, text, cleared):
    post = submitted(at_level(official, level), text, django_capture_on_commit_callbacks)

    assert (post.status, post.cleared_automatically) == (
        (PostStatus.APPROVED, True) if cleared else (PostStatus.AWAITING_REVIEW, False))


def test_a_cleared_post_has_an_audit_event_by_the_system(
        official, django_capture_on_commit_callbacks):
    post = submitted(at_level(official, 1), CLEAN, django_capture_on_commit_callbacks)

    event = AuditEvent.objects.get(post=post, action="auto_clear")
    assert (event.actor, event.to_status, event.detail["discretion_level"]) == (
        None, "approved", 1)


def test_the_department_caps_the_level(official, department, django_capture_on_commit_callbacks):
    department.max_discretion_level = 0
    department.save()

    post = submitted(at_level(official, 2), CLEAN, django_capture_on_commit_callbacks)

    assert post.status == PostStatus.AWAITING_REVIEW


def test_never_cleared_during_a_pre_election_period(
        official, django_capture_on_commit_callbacks):
    today = timezone.localdate()
    ElectionPeriod.objects.create(name="By-election", starts_on=today,
                                  ends_on=today + timedelta(days=3))

    post = submitted(at_level(official, 2), CLEAN, django_capture_on_commit_callbacks)

    assert post.status == PostStatus.AWAITING_REVIEW


def test_never_cleared_for_a_sensitive_topic(official, django_capture_on_commit_callbacks):
    SensitiveTopic.objects.create(name="open days", keywords="open day", why="Busy.")

    post = submitted(at_level(official, 2), CLEAN, django_capture_on_commit_callbacks)

    assert post.status == PostStatus.AWAITING_REVIEW


def test_a_mentor_sets_the_level_with_a_reason(official, mentor):
    set_discretion_level(actor=mentor, official_id=official.pk, level=1,
                         reason="Ten approved posts in a row.")

    official.profile.refresh_from_db()
    change = DiscretionChange.objects.get()
    assert official.profile.discretion_level == 1
    assert (change.old_level, change.new_level, change.changed_by, change.reason) == (
        0, 1, mentor, "Ten approved posts in a row.")


@pytest.mark.parametrize("level,reason,message", [
    (3, "x", "Choose level 0, 1 or 2."),
    (1, "  ", "Give the reason for the change, in up to 2,000 characters."),
    (0, "x", "is already at level 0."),
])
def test_bad_level_changes_are_refused(official, mentor, level, reason, message):
    with pytest.raises(InvalidInput) as refused:
        set_discretion_level(actor=mentor, official_id=official.pk, level=level, reason=reason)

    assert message in str(refused.value)
    assert DiscretionChange.objects.count() == 0


def test_the_cap_is_enforced_when_setting(official, mentor, department):
    department.max_discretion_level = 1
    department.save()

    with pytest.raises(InvalidInput) as refused:
        set_discretion_level(actor=mentor, official_id=official.pk, level=2, reason="x")

    assert str(refused.value).endswith("allows level 1 at most.")


@pytest.mark.parametrize("who", ["official", "other_mentor", "self"])
def test_only_the_departments_mentors_set_the_level(official, department, who):
    actor = {"official": make_user("official", department),
             "other_mentor": make_user("press_officer", make_department(),
                                       mentors=make_department()),
             "self": official}[who]

    with pytest.raises(PermissionDenied):
        set_discretion_level(actor=actor, official_id=official.pk, level=1, reason="x")


def test_a_mentor_coaches_on_a_cleared_post_after_the_fact(
        official, mentor, django_capture_on_commit_callbacks):
    post = submitted(at_level(official, 1), CLEAN, django_capture_on_commit_callbacks)

    decision = coach_after_clearance(actor=mentor, post_id=post.pk,
                                     notes="Nice. Add a link next time.")

    post.refresh_from_db()
    assert post.status == PostStatus.APPROVED
    assert (decision.outcome, decision.decided_by) == ("approve_with_coaching", mentor)
    assert AuditEvent.objects.filter(post=post, action="coach").count() == 1


def test_coaching_after_the_fact_is_only_for_cleared_posts(
        official, mentor, django_capture_on_commit_callbacks):
    post = submitted(official, CLEAN, django_capture_on_commit_callbacks)

    with pytest.raises(PermissionDenied):
        coach_after_clearance(actor=mentor, post_id=post.pk, notes="x")

    assert Decision.objects.count() == 0
