"""The life of a draft post: its states and the only transitions allowed between them.

    draft ──submit──▶ checking ──checks done──▶ awaiting_review ──▶ approved ──▶ posted
                          │ ▲                                   ├──▶ returned ──edit──▶ edited
                          │ └────────────resubmit───────────────┼──────────────────────────┘
                          │                                     └──▶ rejected
                          └──auto clear (the author's discretion level)──▶ approved

Services ask ``require_transition`` before they change a post's status, so a refusal
always carries the same clear reason.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class PostStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    CHECKING = "checking", _("Checking")
    AWAITING_REVIEW = "awaiting_review", _("Awaiting review")
    APPROVED = "approved", _("Approved")
    RETURNED = "returned", _("Returned for changes")
    EDITED = "edited", _("Edited")
    REJECTED = "rejected", _("Rejected")
    POSTED = "posted", _("Posted")


class Action(models.TextChoices):
    CREATE = "create", _("Created")
    EDIT = "edit", _("Edited")
    SUBMIT = "submit", _("Submitted")
    CHECKS_DONE = "checks_done", _("Checks finished")
    AUTO_CLEAR = "auto_clear", _("Cleared automatically")
    COACH = "coach", _("Coached after clearance")
    CHECKS_FAILED = "checks_failed", _("Checks failed")
    RERUN_CHECKS = "rerun_checks", _("Checks re-run")
    CLAIM = "claim", _("Claimed")
    RELEASE = "release", _("Claim released")
    APPROVE = "approve", _("Approved")
    APPROVE_WITH_COACHING = "approve_with_coaching", _("Approved with coaching")
    RETURN = "return", _("Returned with coaching")
    REJECT = "reject", _("Rejected")
    DISMISS_FINDING = "dismiss_finding", _("Finding dismissed")
    RECORD_POSTED = "record_posted", _("Recorded as posted")


S = PostStatus
TRANSITIONS: dict[str, set[PostStatus]] = {
    Action.EDIT: {S.DRAFT, S.RETURNED, S.EDITED},
    Action.SUBMIT: {S.DRAFT, S.RETURNED, S.EDITED},
    Action.CHECKS_DONE: {S.CHECKING},
    Action.AUTO_CLEAR: {S.CHECKING},
    Action.COACH: {S.APPROVED, S.POSTED},
    Action.CHECKS_FAILED: {S.CHECKING},
    Action.RERUN_CHECKS: {S.CHECKING},
    Action.CLAIM: {S.AWAITING_REVIEW},
    Action.RELEASE: {S.AWAITING_REVIEW},
    Action.APPROVE: {S.AWAITING_REVIEW},
    Action.APPROVE_WITH_COACHING: {S.AWAITING_REVIEW},
    Action.RETURN: {S.AWAITING_REVIEW},
    Action.REJECT: {S.AWAITING_REVIEW},
    Action.DISMISS_FINDING: {S.AWAITING_REVIEW},
    Action.RECORD_POSTED: {S.APPROVED},
}

RESULTING_STATUS: dict[str, PostStatus | None] = {
    Action.EDIT: None,  # draft stays draft; returned becomes edited
    Action.SUBMIT: S.CHECKING,
    Action.CHECKS_DONE: S.AWAITING_REVIEW,
    Action.AUTO_CLEAR: S.APPROVED,
    Action.COACH: None,  # the post stays as it is; the author gets the coaching
    Action.CHECKS_FAILED: S.CHECKING,
    Action.RERUN_CHECKS: S.CHECKING,
    Action.CLAIM: S.AWAITING_REVIEW,
    Action.RELEASE: S.AWAITING_REVIEW,
    Action.APPROVE: S.APPROVED,
    Action.APPROVE_WITH_COACHING: S.APPROVED,
    Action.RETURN: S.RETURNED,
    Action.REJECT: S.REJECTED,
    Action.DISMISS_FINDING: S.AWAITING_REVIEW,
    Action.RECORD_POSTED: S.POSTED,
}

REFUSALS: dict[str, str] = {
    Action.EDIT: _("Only a draft or a post returned to you can be edited."),
    Action.SUBMIT: _("Only a draft or an edited post can be submitted."),
    Action.CHECKS_DONE: _("The checks for this post are not running."),
    Action.CHECKS_FAILED: _("The checks for this post are not running."),
    Action.AUTO_CLEAR: _("Only a post whose checks have just finished can be cleared."),
    Action.COACH: _("Only an approved or posted post can be coached after the fact."),
    Action.RERUN_CHECKS: _("Checks can only be re-run while a post is being checked."),
    Action.CLAIM: _("Only a post awaiting review can be claimed."),
    Action.RELEASE: _("Only a post awaiting review can be released."),
    Action.APPROVE: _("Only a post awaiting review can be decided."),
    Action.APPROVE_WITH_COACHING: _("Only a post awaiting review can be decided."),
    Action.RETURN: _("Only a post awaiting review can be decided."),
    Action.REJECT: _("Only a post awaiting review can be decided."),
    Action.DISMISS_FINDING: _("Findings can only be dismissed while a post awaits review."),
    Action.RECORD_POSTED: _("Only an approved post can be recorded as posted."),
}

EDITABLE = frozenset(TRANSITIONS[Action.EDIT])
ACTIVE_FOR_AUTHOR = frozenset({S.DRAFT, S.RETURNED, S.EDITED, S.APPROVED})


class TransitionRefused(Exception):
    """A state change that the post's current state does not allow; str() is for users."""


def can_transition(status: str, action: str) -> bool:
    return status in TRANSITIONS[action]


def require_transition(status: str, action: str) -> PostStatus:
    """The status after ``action``, or TransitionRefused with the reason for the user."""
    if not can_transition(status, action):
        raise TransitionRefused(str(REFUSALS[action]))
    target = RESULTING_STATUS[action]
    if target is None:
        return S.EDITED if status == S.RETURNED else PostStatus(status)
    return target
