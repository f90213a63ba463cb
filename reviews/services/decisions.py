"""A press-office mentor's work on a post: claim it, decide it, dismiss false alarms."""

from __future__ import annotations

from datetime import timedelta

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.formats import time_format
from django.utils.timezone import localtime

from reviews.models import (
    CheckResult,
    Decision,
    DecisionOutcome,
    DraftPost,
    FindingDismissal,
    NotificationKind,
)
from reviews.notifications import decision_email
from reviews.rules import can_review
from reviews.services.errors import (
    ClaimedByAnother,
    InvalidInput,
    StaleVersion,
    TransitionRefused,
)
from reviews.services.notifications import queue_notification
from reviews.services.transitions import lock_post, transition
from reviews.states import Action, PostStatus

CLAIM_DURATION = timedelta(minutes=30)
MAX_NOTES = 5000
NOTES_REQUIRED = {DecisionOutcome.APPROVE_WITH_COACHING, DecisionOutcome.RETURN,
                  DecisionOutcome.REJECT}


def _held_by_another(post: DraftPost, actor, now) -> bool:
    return bool(post.claimed_by_id and post.claimed_by_id != actor.pk
                and post.claimed_until and post.claimed_until > now)


def _claim_message(post: DraftPost) -> str:
    who = post.claimed_by.get_full_name() or post.claimed_by.get_username()
    until = time_format(localtime(post.claimed_until), "H:i")
    return f"{who} is reviewing this post until {until}."


def _lock_for_review(actor, post_id: int, permission: str) -> DraftPost:
    post = lock_post(post_id)
    if not actor.has_perm("reviews.view_post", post):
        raise DraftPost.DoesNotExist
    if post.author_id == actor.pk:
        raise PermissionDenied("You cannot review your own post: another mentor will.")
    if not actor.has_perm(permission, post):
        if can_review.test(actor, post):
            # Two mentors had the post open and the other acted first: a conflict the
            # loser should understand, not a refusal of their rights.
            raise TransitionRefused(_no_longer_awaiting_review(post))
        raise PermissionDenied("You cannot review this post.")
    return post


def _no_longer_awaiting_review(post: DraftPost) -> str:
    if post.status in (PostStatus.DRAFT, PostStatus.CHECKING):
        return "This post is not awaiting review: its checks have not finished."
    if post.cleared_automatically:
        return "This post was cleared automatically: it needs no decision."
    return ("Another mentor has already decided this post: it is now "
            f"{post.get_status_display().lower()}.")


@transaction.atomic
def claim_post(*, actor, post_id: int) -> DraftPost:
    """Take a post so no other mentor works on it for the next 30 minutes.

    Side effects: the post's claim (who, until when); a ``claim`` audit event.
    A claim held by another mentor that has not expired is refused.
    """
    post = _lock_for_review(actor, post_id, "reviews.claim_post")
    now = timezone.now()
    if _held_by_another(post, actor, now):
        raise ClaimedByAnother(_claim_message(post))
    post.claimed_by, post.claimed_until = actor, now + CLAIM_DURATION
    transition(post, Action.CLAIM, actor, update_fields=("claimed_by", "claimed_until"))
    return post


@transaction.atomic
def release_claim(*, actor, post_id: int) -> DraftPost:
    """Give a claimed post back to the queue.

    Side effects: the claim is cleared; a ``release`` audit event.
    """
    post = _lock_for_review(actor, post_id, "reviews.claim_post")
    if _held_by_another(post, actor, timezone.now()):
        raise ClaimedByAnother(_claim_message(post))
    post.claimed_by, post.claimed_until = None, None
    transition(post, Action.RELEASE, actor, update_fields=("claimed_by", "claimed_until"))
    return post


@transaction.atomic
def record_decision(*, actor, post_id: int, outcome: str, notes: str = "",
                    version: int) -> Decision:
    """Approve, approve with coaching, return with coaching, or reject a post's version.

    ``version`` is the number the mentor saw: a decision on a version that is no
    longer current is refused, so nobody approves words they did not read; so is a post
    another mentor decided first (TransitionRefused, saying so).
    Side effects: a Decision; the post moves to approved, returned or rejected and
    its claim is cleared; an audit event named for the outcome; a Notification to the
    author, emailed after commit.
    """
    post = _lock_for_review(actor, post_id, "reviews.decide_post")
    if outcome not in DecisionOutcome.values:
        raise InvalidInput("Choose a decision.", field="outcome")
    current = post.current_version
    if current is None or current.number != version:
        raise StaleVersion(
            f"This post has changed since you opened it: version {current.number if current else 0}"
            f" is now current. Read it before you decide."
        )
    now = timezone.now()
    if _held_by_another(post, actor, now):
        raise ClaimedByAnother(_claim_message(post))
    notes = (notes or "").strip()
    if outcome in NOTES_REQUIRED and not notes:
        raise InvalidInput("Write coaching notes for the author: say what to change and why.",
                           field="notes")
    if len(notes) > MAX_NOTES or "\x00" in notes:
        raise InvalidInput(f"Notes must be {MAX_NOTES:,} characters or fewer, with no NUL "
                           "characters.", field="notes")
    if outcome in APPROVALS:
        _refuse_announcement_in_election_period(post, current)
    try:
        with transaction.atomic():
            decision = Decision.objects.create(post=post, version=current, outcome=outcome,
                                               notes=notes, decided_by=actor, created=now)
    except IntegrityError:
        raise StaleVersion("Another mentor has already decided this version.") from None
    post.claimed_by, post.claimed_until = None, None
    transition(post, outcome, actor, update_fields=("claimed_by", "claimed_until"),
               detail={"decision_id": decision.pk})
    queue_notification(kind=NotificationKind.DECISION, post=post, email=decision_email(decision))
    return decision


APPROVALS = {DecisionOutcome.APPROVE, DecisionOutcome.APPROVE_WITH_COACHING}


def _refuse_announcement_in_election_period(post, version) -> None:
    """During a pre-election period nothing that reads as an announcement goes out:
    a finding the mentor has not dismissed as a false alarm blocks approval."""
    from guidelines.selectors import election_period_for

    period = election_period_for(post.department_id)
    if period is None:
        return
    result = (CheckResult.objects.filter(run__version=version, check_name="announcement")
              .exclude(outcome="pass").first())
    if result is None:
        return
    dismissed = set(result.dismissals.values_list("finding_index", flat=True))
    if any(index not in dismissed for index in range(len(result.findings))):
        raise InvalidInput(
            f"{period.name} is on: a post with an announcement finding cannot be approved "
            "until the period ends. Return it with coaching, reject it, or dismiss the "
            "finding if it is a false alarm.", field="outcome")


@transaction.atomic
def dismiss_finding(*, actor, result_id: int, finding_index: int, reason: str) -> FindingDismissal:
    """Mark one automated finding as a false alarm, with the mentor's reason.

    Side effects: a FindingDismissal (kept and counted per check); a
    ``dismiss_finding`` audit event.
    """
    result = CheckResult.objects.select_related("run__version").filter(pk=result_id).first()
    if result is None:
        raise DraftPost.DoesNotExist
    post = _lock_for_review(actor, result.run.version.post_id, "reviews.dismiss_finding")
    if post.current_version_id != result.run.version_id:
        raise StaleVersion("That finding belongs to an earlier version of the post.")
    if not 0 <= finding_index < len(result.findings):
        raise InvalidInput("That finding does not exist.", field="finding_index")
    reason = (reason or "").strip()
    if not reason or len(reason) > 1000 or "\x00" in reason:
        raise InvalidInput("Say in a sentence why this finding is a false alarm.",
                           field="reason")
    dismissal, created = FindingDismissal.objects.get_or_create(
        result=result, finding_index=finding_index,
        defaults={"reason": reason, "dismissed_by": actor})
    if created:
        transition(post, Action.DISMISS_FINDING, actor,
                   detail={"check": result.check_name, "finding_index": finding_index})
    return dismissal
