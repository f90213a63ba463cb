"""Every write in the reviews app: one transaction per service, named for what it does.

Each service's docstring lists its side effects. Services raise ``ServiceError``
subclasses whose ``str()`` is a message for the user, or Django's
``PermissionDenied`` when the actor may not act.
"""

from reviews.services.check_runs import (
    mark_check_run_failed,
    record_check_results,
    requeue_stale_check_runs,
    rerun_checks,
    start_check_run,
)
from reviews.services.decisions import claim_post, dismiss_finding, record_decision, release_claim
from reviews.services.discretion import coach_after_clearance, set_discretion_level
from reviews.services.errors import ServiceError, StaleVersion, TransitionRefused
from reviews.services.notifications import (
    requeue_unsent_notifications,
    resend_notifications,
    send_notification,
)
from reviews.services.posts import create_post, record_posted, submit_post, update_post

__all__ = [
    "ServiceError",
    "StaleVersion",
    "TransitionRefused",
    "claim_post",
    "coach_after_clearance",
    "create_post",
    "dismiss_finding",
    "mark_check_run_failed",
    "record_check_results",
    "record_decision",
    "record_posted",
    "release_claim",
    "requeue_stale_check_runs",
    "requeue_unsent_notifications",
    "rerun_checks",
    "resend_notifications",
    "send_notification",
    "set_discretion_level",
    "start_check_run",
    "submit_post",
    "update_post",
]
