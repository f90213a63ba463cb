"""Reads for the reviews app: what each person may see, shaped for the pages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from functools import reduce
from operator import or_

from django.db import DatabaseError
from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from reviews.checks import Author, Engine, Post
from reviews.checks.engine import merge
from reviews.checks.topics import Topic, TopicMatcher
from reviews.models import CheckResult, CheckRun, Department, DraftPost
from reviews.pagination import KeysetOrder
from reviews.rules import is_admin
from reviews.states import ACTIVE_FOR_AUTHOR, PostStatus
from reviews.turnaround import working_hours_before

# Each list's order, for reading it a page at a time (reviews.pagination); each has an
# index of the same shape (reviews.models.DraftPost.Meta.indexes).
QUEUE_ORDER = KeysetOrder(("waiting_since", "id"), salt="queue")
AUTHOR_ORDER = KeysetOrder(("-updated", "-id"), salt="my-posts")
CLEARED_ORDER = KeysetOrder(("-updated", "-id"), salt="cleared")

# Counts shown to people stop here: "more than 1,000" reads as well as 100,000 does,
# and counting every row of a long queue on every page load does not scale.
COUNT_CAP = 1000

# Engines are costly to build (every pattern compiled) and cheap to run: one per
# configuration, rebuilt when an admin saves a check setting.
_engines: dict[tuple, Engine] = {}

# During a pre-election period a political finding fails instead of warning.
ELECTION_OVERRIDES = {"checks": {"political": {"severity": "fail"}}}


def get_check_engine(*, election_period: bool = False) -> Engine:
    """The check engine with the configuration in force now (admins' settings over
    the defaults), stricter during a pre-election period."""
    from guidelines.selectors import check_overrides, check_settings_stamp

    key = (check_settings_stamp(), election_period)
    engine = _engines.get(key)
    if engine is None:
        overrides = check_overrides()
        if election_period:
            overrides = merge(overrides, ELECTION_OVERRIDES)
        engine = Engine(overrides)
        if not any(k[0] == key[0] for k in _engines):
            _engines.clear()
        _engines[key] = engine
    return engine


def get_check_engine_for_batch() -> Engine:
    """The engine in force for the batch commands, which also run where no database
    has been set up: there, no admin has changed anything, so the defaults apply."""
    try:
        return get_check_engine()
    except DatabaseError:
        return Engine()


def election_period_for_run(run_id: int):
    """The pre-election period on for the department of a run's post, if any."""
    from guidelines.selectors import election_period_for

    department_id = (CheckRun.objects.filter(pk=run_id)
                     .values_list("version__post__department_id", flat=True).first())
    return election_period_for(department_id)


def sensitive_topic_matcher() -> TopicMatcher:
    from guidelines.selectors import active_sensitive_topics

    return TopicMatcher(Topic(t.name, tuple(t.keyword_list), t.why)
                        for t in active_sensitive_topics())


def check_author(user) -> Author:
    """The engine's view of a person: name, role, department and the account bio."""
    profile = getattr(user, "profile", None)
    department = profile.department if profile else None
    return Author(
        name=user.get_full_name(),
        role=profile.job_title if profile else "",
        department=department.name if department else "",
        department_short=department.short_name if department else "",
        policy_areas=tuple((profile.policy_areas if profile else None)
                           or (department.policy_areas if department else [])),
        profile=profile.account_bio if profile else "",
    )


def check_input_for_run(run_id: int) -> Post:
    """The engine's view of a submitted version: its text, platform and author."""
    run = CheckRun.objects.select_related(
        "version__post__author__profile__department").get(pk=run_id)
    version = run.version
    return Post(text=version.text, platform=version.platform,
                author=check_author(version.post.author))


def _post_queryset() -> QuerySet[DraftPost]:
    return DraftPost.objects.select_related(
        "author", "department", "current_version__check_run", "claimed_by")


def get_post_for_user(user, post_id: int) -> DraftPost:
    """The post, if the user may see it; otherwise 404, so its existence is not revealed."""
    post = _post_queryset().filter(pk=post_id).first()
    if post is None or not user.has_perm("reviews.view_post", post):
        raise Http404("No such post.")
    return post


def posts_for_author(user) -> QuerySet[DraftPost]:
    return _post_queryset().filter(author=user).order_by(*AUTHOR_ORDER.fields)


def posts_needing_action(user) -> QuerySet[DraftPost]:
    """The author's posts waiting for them to do something, newest first."""
    return posts_for_author(user).filter(status__in=ACTIVE_FOR_AUTHOR)


@dataclass(frozen=True)
class CappedCount:
    """A count of up to COUNT_CAP rows, and whether there were more."""

    value: int

    @property
    def more(self) -> bool:
        return self.value > COUNT_CAP

    def __str__(self) -> str:
        return f"more than {COUNT_CAP:,}" if self.more else f"{self.value:,}"


def capped_count(queryset: QuerySet) -> CappedCount:
    """How many rows, counting no further than COUNT_CAP + 1 (one bounded query)."""
    # No order: the model's default would have the database sort every row to count some.
    return CappedCount(queryset.order_by().values("pk")[:COUNT_CAP + 1].count())


def departments_reviewed_by(user) -> QuerySet[Department]:
    if is_admin(user):
        return Department.objects.all()
    return Department.objects.filter(mentors=user)


@dataclass(frozen=True)
class QueueFilters:
    department: int | None = None
    platform: str | None = None
    raised_check: str | None = None
    older_than_hours: int | None = None


def review_queue(user, filters: QueueFilters = QueueFilters()) -> QuerySet[DraftPost]:
    """Posts awaiting review in the user's departments, oldest first."""
    posts = (_post_queryset()
             .filter(status=PostStatus.AWAITING_REVIEW,
                     department__in=departments_reviewed_by(user))
             .order_by(*QUEUE_ORDER.fields))
    if filters.department:
        posts = posts.filter(department_id=filters.department)
    if filters.platform:
        posts = posts.filter(platform=filters.platform)
    if filters.raised_check:
        raised = CheckResult.objects.filter(
            run__version=OuterRef("current_version"), check_name=filters.raised_check,
        ).exclude(outcome="pass")
        posts = posts.filter(Exists(raised))
    if filters.older_than_hours:
        posts = posts.filter(
            waiting_since__lt=timezone.now() - timedelta(hours=filters.older_than_hours))
    return posts


def overdue_after(departments, now=None) -> dict[int, object]:
    """For each department (by id), the moment a post waiting since before it is past
    the department's target turnaround, in working hours."""
    now = now or timezone.now()
    by_target = {}
    for department in departments:
        target = department.target_turnaround_hours
        if target not in by_target:
            by_target[target] = working_hours_before(now, target)
    return {d.pk: by_target[d.target_turnaround_hours] for d in departments}


def queue_counts(user, overdue_after: dict[int, object], now) -> dict[str, CappedCount]:
    """How many posts await review, are claimed, and are past their target (the
    moments from ``overdue_after`` for the user's departments), each counted up to
    COUNT_CAP."""
    posts = DraftPost.objects.filter(status=PostStatus.AWAITING_REVIEW,
                                     department__in=departments_reviewed_by(user))
    by_cutoff: dict[object, list[int]] = {}
    for pk, cutoff in overdue_after.items():
        by_cutoff.setdefault(cutoff, []).append(pk)
    late = [Q(department_id__in=pks, waiting_since__lt=cutoff)
            for cutoff, pks in by_cutoff.items()]
    return {
        "total": capped_count(posts),
        "claimed": capped_count(posts.filter(claimed_until__gt=now)),
        "overdue": capped_count(posts.filter(reduce(or_, late)))
        if late else CappedCount(0),
    }


def dismissals_by_check(user, *, since) -> dict[str, int]:
    """How many findings mentors have dismissed as false alarms since ``since``, per
    check, in the departments the user reviews.

    Bounded by time so the queue page costs the same however long the history grows
    (the index on ``created`` picks out the window).
    """
    from reviews.models import FindingDismissal

    rows = (FindingDismissal.objects
            .filter(created__gte=since,
                    result__run__version__post__department__in=departments_reviewed_by(user))
            .values("result__check_name").annotate(count=Count("id")))
    return {row["result__check_name"]: row["count"] for row in rows}


def get_check_result_for_user(user, result_id: int) -> CheckResult:
    """A stored check result, if the user may see its post; otherwise 404."""
    result = (CheckResult.objects.select_related("run__version__post__department")
              .filter(pk=result_id).first())
    if result is None or not user.has_perm("reviews.view_post", result.run.version.post):
        raise Http404("No such finding.")
    return result


def cleared_automatically(user) -> QuerySet[DraftPost]:
    """Posts cleared by their author's discretion level, in the departments the user
    reviews, newest first."""
    return (_post_queryset().filter(cleared_automatically=True,
                                    department__in=departments_reviewed_by(user))
            .order_by(*CLEARED_ORDER.fields))


def get_person_for_user(user, person_id: int):
    """An official whose learning record the user may see; otherwise 404."""
    from django.contrib.auth import get_user_model

    person = (get_user_model().objects.select_related("profile__department")
              .filter(pk=person_id).first())
    if person is None or not user.has_perm("reviews.view_learning_record", person):
        raise Http404("No such person.")
    return person
