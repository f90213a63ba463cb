"""The queue's sort key (waiting_since) follows every state change: set while a post
awaits review, to when its version was submitted, and cleared when it leaves."""

from datetime import timedelta

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from reviews import services
from reviews.services.transitions import lock_post, transition
from reviews.states import TRANSITIONS, PostStatus
from tests.factories import make_post

pytestmark = pytest.mark.django_db

EVERY_MOVE = sorted((action, status) for action, froms in TRANSITIONS.items()
                    for status in froms)


@pytest.mark.parametrize(("action", "from_status"), EVERY_MOVE)
def test_every_transition_keeps_waiting_since_to_posts_awaiting_review(
        official, action, from_status):
    submitted = timezone.now() - timedelta(days=2)
    post = make_post(official, from_status, submitted_at=submitted)
    before = post.waiting_since

    with transaction.atomic():
        transition(lock_post(post.pk), action, None)

    post.refresh_from_db()
    if post.status != PostStatus.AWAITING_REVIEW:
        assert post.waiting_since is None
    elif from_status == PostStatus.AWAITING_REVIEW:
        assert post.waiting_since == before  # a claim or a release keeps its place
    else:
        assert post.waiting_since == submitted


def test_a_post_waits_from_its_submission_and_again_from_its_resubmission(
        official, mentor, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        post = services.create_post(author=official, platform="x", submit=True,
                                    text="Our new guidance for teachers is out.")
    post.refresh_from_db()
    assert post.status == PostStatus.AWAITING_REVIEW
    assert post.waiting_since == post.submitted_at
    first_wait = post.waiting_since

    services.claim_post(actor=mentor, post_id=post.pk)
    services.release_claim(actor=mentor, post_id=post.pk)
    post.refresh_from_db()
    assert post.waiting_since == first_wait

    services.record_decision(actor=mentor, post_id=post.pk, outcome="return",
                             notes="Link to the guidance.", version=1)
    post.refresh_from_db()
    assert (post.status, post.waiting_since) == (PostStatus.RETURNED, None)

    services.update_post(actor=official, post_id=post.pk, platform="x",
                         text="Our new guidance for teachers is out: gov.uk/teachers")
    with django_capture_on_commit_callbacks(execute=True):
        services.submit_post(actor=official, post_id=post.pk)
    post.refresh_from_db()
    assert post.status == PostStatus.AWAITING_REVIEW
    assert post.waiting_since == post.submitted_at > first_wait


def test_the_database_refuses_a_post_awaiting_review_with_no_place_in_the_queue(official):
    post = make_post(official, PostStatus.AWAITING_REVIEW)

    with pytest.raises(IntegrityError), transaction.atomic():
        type(post).objects.filter(pk=post.pk).update(waiting_since=None)
    with pytest.raises(IntegrityError), transaction.atomic():
        type(post).objects.filter(pk=post.pk).update(status=PostStatus.APPROVED)
