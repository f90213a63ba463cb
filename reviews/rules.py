"""Who may do what to a post: small django-rules predicates, combined.

Views ask ``user.has_perm("reviews.decide_post", post)``; services ask the same
predicates, so the pages, the API and the services share one truth.
"""

from __future__ import annotations

import rules

from reviews.models import CheckRunStatus, Role
from reviews.states import EDITABLE, PostStatus


def _profile(user):
    return getattr(user, "profile", None) if user.is_authenticated else None


@rules.predicate
def is_admin(user) -> bool:
    profile = _profile(user)
    return bool(profile and profile.role == Role.ADMIN)


@rules.predicate
def is_press_officer(user) -> bool:
    profile = _profile(user)
    return bool(profile and profile.role == Role.PRESS_OFFICER)


@rules.predicate
def has_department(user) -> bool:
    profile = _profile(user)
    return bool(profile and profile.department_id)


@rules.predicate
def is_author(user, post) -> bool:
    return post is not None and user.is_authenticated and post.author_id == user.pk


@rules.predicate
def mentors_post_department(user, post) -> bool:
    if post is None or not user.is_authenticated:
        return False
    # A page asks several permissions of one post: read its mentors once.
    mentor_ids = post.__dict__.get("_mentor_ids")
    if mentor_ids is None:
        mentor_ids = post.__dict__["_mentor_ids"] = frozenset(
            post.department.mentors.values_list("pk", flat=True))
    return user.pk in mentor_ids


@rules.predicate
def is_editable(user, post) -> bool:
    return post is not None and post.status in EDITABLE


@rules.predicate
def is_awaiting_review(user, post) -> bool:
    return post is not None and post.status == PostStatus.AWAITING_REVIEW


@rules.predicate
def is_approved(user, post) -> bool:
    return post is not None and post.status == PostStatus.APPROVED


@rules.predicate
def checks_failed(user, post) -> bool:
    if post is None or post.status != PostStatus.CHECKING or post.current_version is None:
        return False
    run = getattr(post.current_version, "check_run", None)
    return run is not None and run.status == CheckRunStatus.FAILED


@rules.predicate
def was_cleared_automatically(user, post) -> bool:
    return (post is not None and post.cleared_automatically
            and post.status in (PostStatus.APPROVED, PostStatus.POSTED))


@rules.predicate
def mentors_officials_department(user, official) -> bool:
    profile = getattr(official, "profile", None)
    return bool(user.is_authenticated and profile and profile.department_id
                and profile.department.mentors.filter(pk=user.pk).exists())


@rules.predicate
def is_self(user, official) -> bool:
    return official is not None and user.pk == official.pk


is_mentor_of_post = is_press_officer & mentors_post_department
can_oversee = is_mentor_of_post | is_admin
# Nobody reviews their own words, however senior.
can_review = ~is_author & can_oversee

rules.add_perm("reviews.create_post", has_department)
rules.add_perm("reviews.view_post", is_author | can_oversee)
rules.add_perm("reviews.edit_post", is_author & is_editable)
rules.add_perm("reviews.submit_post", is_author & is_editable)
rules.add_perm("reviews.record_posted", is_author & is_approved)
rules.add_perm("reviews.rerun_checks", (is_author | can_oversee) & checks_failed)
rules.add_perm("reviews.view_queue", is_press_officer | is_admin)
rules.add_perm("reviews.claim_post", can_review & is_awaiting_review)
rules.add_perm("reviews.decide_post", can_review & is_awaiting_review)
rules.add_perm("reviews.dismiss_finding", can_review & is_awaiting_review)
rules.add_perm("reviews.coach_cleared_post", can_review & was_cleared_automatically)
# Nobody raises their own discretion, however senior.
rules.add_perm("reviews.set_discretion",
               ~is_self & ((is_press_officer & mentors_officials_department) | is_admin))
rules.add_perm("reviews.view_learning_record",
               is_self | (is_press_officer & mentors_officials_department) | is_admin)
