"""The one way a post changes state: lock it, check the move is allowed, save, audit."""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from reviews.models import AuditEvent, DraftPost
from reviews.services.errors import TransitionRefused
from reviews.states import PostStatus, require_transition
from reviews.states import TransitionRefused as StateRefusal


def lock_post(post_id: int) -> DraftPost:
    """The post, locked for update until the transaction ends (DoesNotExist if gone)."""
    return (DraftPost.objects.select_for_update(of=("self",))
            .select_related("current_version", "department").get(pk=post_id))


def waiting_since(post: DraftPost, status: str):
    """The queue's sort key for a post in ``status``: since its version was submitted,
    while it awaits review (a claim or release keeps its place); otherwise none."""
    if status != PostStatus.AWAITING_REVIEW:
        return None
    return post.waiting_since or post.submitted_at or timezone.now()


def transition(post: DraftPost, action: str, actor, *, update_fields: tuple[str, ...] = (),
               detail: dict[str, Any] | None = None) -> AuditEvent:
    """Move a locked post through ``action``, saving it and appending its audit event.

    The caller has already set any other fields it names in ``update_fields``. Side
    effect: the post's place in the review queue (``waiting_since``) follows its status.
    """
    from_status = post.status
    try:
        post.status = require_transition(from_status, action)
    except StateRefusal as refusal:
        raise TransitionRefused(str(refusal)) from None
    post.updated = timezone.now()
    post.waiting_since = waiting_since(post, post.status)
    post.save(update_fields=["status", "updated", "waiting_since", *update_fields])
    version = post.current_version
    return AuditEvent.objects.create(
        post=post, actor=actor if actor is not None and actor.is_authenticated else None,
        action=action, from_status=from_status, to_status=post.status,
        version_number=version.number if version else None, detail=detail or {},
    )
