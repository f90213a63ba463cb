"""Setting an official's discretion level, and coaching after an automatic clearance."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import transaction

from reviews.discretion import LEVELS
from reviews.models import (
    Decision,
    DecisionOutcome,
    DiscretionChange,
    DraftPost,
    NotificationKind,
    Profile,
)
from reviews.notifications import decision_email
from reviews.services.errors import InvalidInput
from reviews.services.notifications import queue_notification
from reviews.services.transitions import lock_post, transition
from reviews.states import Action

MAX_REASON = 2000


@transaction.atomic
def set_discretion_level(*, actor, official_id: int, level: int, reason: str) -> Profile:
    """Change how much an official may post without a mentor's review.

    Side effects: the official's profile level; a DiscretionChange naming who, why,
    from and to (the audit trail of discretion).
    """
    profile = (Profile.objects.select_for_update(of=("self",)).select_related("department", "user")
               .filter(user_id=official_id).first())
    if profile is None:
        raise get_user_model().DoesNotExist
    if not actor.has_perm("reviews.set_discretion", profile.user):
        raise PermissionDenied("Only a mentor of the official's department can change their "
                               "discretion level.")
    if level not in LEVELS:
        raise InvalidInput("Choose level 0, 1 or 2.", field="level")
    cap = profile.department.max_discretion_level if profile.department else 0
    if level > cap:
        raise InvalidInput(f"{profile.department or 'This department'} allows level {cap} at "
                           "most.", field="level")
    reason = (reason or "").strip()
    if not reason or len(reason) > MAX_REASON or "\x00" in reason:
        raise InvalidInput("Give the reason for the change, in up to 2,000 characters.",
                           field="reason")
    if level == profile.discretion_level:
        raise InvalidInput(f"{profile.user.get_full_name() or profile.user} is already at "
                           f"level {level}.", field="level")
    DiscretionChange.objects.create(official=profile.user, old_level=profile.discretion_level,
                                    new_level=level, reason=reason, changed_by=actor)
    profile.discretion_level = level
    profile.save(update_fields=["discretion_level"])
    return profile


@transaction.atomic
def coach_after_clearance(*, actor, post_id: int, notes: str) -> Decision:
    """A mentor's coaching on a post that was cleared automatically.

    Side effects: a Decision (approve with coaching) on the cleared version, by the
    mentor; a ``coach`` audit event; a Notification to the author, emailed after
    commit. The post stays approved (or posted).
    """
    post = lock_post(post_id)
    if not actor.has_perm("reviews.view_post", post):
        raise DraftPost.DoesNotExist
    if not actor.has_perm("reviews.coach_cleared_post", post):
        raise PermissionDenied("Only a mentor of the department can coach on a post that "
                               "was cleared automatically.")
    notes = (notes or "").strip()
    if not notes or len(notes) > 20_000 or "\x00" in notes:
        raise InvalidInput("Write the coaching for the author.", field="notes")
    version = post.current_version
    if Decision.objects.filter(version=version).exists():
        raise InvalidInput("This version already has a mentor's decision.", field="notes")
    decision = Decision.objects.create(post=post, version=version, notes=notes,
                                       outcome=DecisionOutcome.APPROVE_WITH_COACHING,
                                       decided_by=actor)
    transition(post, Action.COACH, actor, detail={"decision_id": decision.pk})
    queue_notification(kind=NotificationKind.DECISION, post=post, email=decision_email(decision))
    return decision
