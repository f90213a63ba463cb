"""The one way a post changes state: lock it, check the move is allowed, save, audit."""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from reviews.models import AuditEvent, DraftPost
from reviews.services.errors import TransitionRefused
from reviews.states import TransitionRefused as StateRefusal
from reviews.states import require_transition


def lock_post(post_id: int) -> DraftPost:
    """The post, locked for update until the transaction ends (DoesNotExist if gone)."""
    return (DraftPost.objects.select_for_update(of=("self",))
            .select_related("current_version", "department").get(pk=post_id))


def transition(post: DraftPost, action: str, actor, *, update_fields: tuple[str, ...] = (),
               detail: dict[str, Any] | None = None) -> AuditEvent:
    """Move a locked post through ``action``, saving it and appending its audit event.

    The caller has already set any other fields it names in ``update_fields``.
    """
    from_status = post.status
    try:
        post.status = require_transition(from_status, action)
    except StateRefusal as refusal:
        raise TransitionRefused(str(refusal)) from None
    post.updated = timezone.now()
    post.save(update_fields=["status", "updated", *update_fields])
    version = post.current_version
    return AuditEvent.objects.create(
        post=post, actor=actor if actor is not None and actor.is_authenticated else None,
        action=action, from_status=from_status, to_status=post.status,
        version_number=version.number if version else None, detail=detail or {},
    )
