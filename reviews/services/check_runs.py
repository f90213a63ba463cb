"""Running the automated checks on a submitted version and storing what they found."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from govsocial.celery import enqueue_after_commit, requeue_stale
from guidelines.selectors import latest_principle_versions
from reviews.checks import Report
from reviews.checks.topics import TopicFinding
from reviews.discretion import clears_automatically, effective_level
from reviews.models import CheckResult, CheckRun, CheckRunStatus, DraftPost, NotificationKind
from reviews.notifications import post_awaiting_review_email
from reviews.services.errors import ServiceError
from reviews.services.notifications import queue_notification
from reviews.services.transitions import lock_post, transition
from reviews.states import Action, PostStatus

logger = logging.getLogger(__name__)



def _lock_run(run_id: int) -> CheckRun | None:
    return (CheckRun.objects.select_for_update(of=("self",)).select_related("version")
            .filter(pk=run_id).first())


def start_check_run(run_id: int) -> bool:
    """Mark a run as running; False when there is nothing to do (gone, or already done).

    One conditional UPDATE, so a redelivered task sees a finished run without
    waiting on a lock. Side effects: the run's status, start time and attempt count.
    """
    return bool(CheckRun.objects.filter(pk=run_id).exclude(status=CheckRunStatus.DONE)
                .update(status=CheckRunStatus.RUNNING, started=timezone.now(),
                        attempts=F("attempts") + 1))


@transaction.atomic
def record_check_results(run_id: int, report: Report, *, topics: Sequence[TopicFinding] = (),
                         election_period: str = "") -> bool:
    """Store one result per check and move the post on to review.

    Idempotent: a run that is already done is left as it is (returns False).
    Side effects: a CheckResult per check, each pointing at the version of the
    principle it cites as it stands now; the sensitive topics found and the
    pre-election period in force, on the run; the run is done; the post moves from
    ``checking`` to ``awaiting_review`` with a ``checks_done`` audit event by the
    system, and a Notification to the department's mentors, emailed after commit. When
    the author's discretion level allows it (reviews/discretion.py), the post is instead
    approved as ``cleared_automatically`` with an ``auto_clear`` event, and no mentor is
    told.
    """
    run = _lock_run(run_id)
    if run is None or run.status == CheckRunStatus.DONE:
        return False
    post = lock_post(run.version.post_id)
    # Results are only ever written in the transaction that marks the run done, and
    # the run is locked and not done: so there are none yet, and none can race these.
    principle_versions = latest_principle_versions()
    CheckResult.objects.bulk_create([
        CheckResult(run=run, check_name=name, outcome=result.outcome.value,
                    principle=result.principle,
                    principle_version=principle_versions.get(result.principle),
                    findings=[f.as_dict() for f in result.findings])
        for name, result in report.results.items()
    ])
    run.status, run.finished, run.error = CheckRunStatus.DONE, timezone.now(), ""
    run.topics = [topic.as_dict() for topic in topics]
    run.election_period = election_period
    run.save(update_fields=["status", "finished", "error", "topics", "election_period"])
    if post.current_version_id == run.version_id and post.status == PostStatus.CHECKING:
        raised = sorted(name for name, r in report.results.items() if r.raised)
        level = effective_level(getattr(post.author, "profile", None), post.department)
        if clears_automatically(level, report, topics=topics, election_period=election_period):
            post.cleared_automatically = True
            transition(post, Action.AUTO_CLEAR, None, update_fields=("cleared_automatically",),
                       detail={"raised": raised, "discretion_level": level})
        else:
            transition(post, Action.CHECKS_DONE, None, detail={"raised": raised})
            queue_notification(kind=NotificationKind.AWAITING_REVIEW, post=post,
                               email=post_awaiting_review_email(post))
    return True


@transaction.atomic
def mark_check_run_failed(run_id: int, error: str) -> None:
    """Record that the checks could not run after every retry.

    Side effects: the run is ``failed`` with the error kept for staff; the post stays
    in ``checking`` and gets a ``checks_failed`` audit event, so the author and
    mentors see it and can re-run the checks.
    """
    run = _lock_run(run_id)
    if run is None or run.status == CheckRunStatus.DONE:
        return
    post = lock_post(run.version.post_id)
    run.status, run.finished, run.error = CheckRunStatus.FAILED, timezone.now(), error[:2000]
    run.save(update_fields=["status", "finished", "error"])
    if post.current_version_id == run.version_id:
        transition(post, Action.CHECKS_FAILED, None)


@transaction.atomic
def rerun_checks(*, actor, post_id: int) -> CheckRun:
    """Queue the checks again for a post whose run failed.

    Side effects: the run goes back to pending; a ``rerun_checks`` audit event; after
    commit, the check task is enqueued.
    """
    from reviews.tasks import run_checks_task

    post = lock_post(post_id)
    if not actor.has_perm("reviews.view_post", post):
        raise DraftPost.DoesNotExist
    if not actor.has_perm("reviews.rerun_checks", post):
        raise PermissionDenied("Checks can only be re-run when they have failed.")
    run = _lock_run(post.current_version.check_run.pk)
    if run.status != CheckRunStatus.FAILED:
        raise ServiceError("The checks are already running for this post.")
    run.status, run.queued_at, run.error = CheckRunStatus.PENDING, timezone.now(), ""
    run.save(update_fields=["status", "queued_at", "error"])
    transition(post, Action.RERUN_CHECKS, actor)
    enqueue_after_commit(run_checks_task, run.pk)
    return run


def requeue_stale_check_runs(*, now=None) -> int:
    """Enqueue again every run left pending or running for longer than
    CHECK_RUN_STALE_AFTER_SECONDS (a minute unless configured).

    A lost message or a worker that died mid-run would otherwise leave a post in
    ``checking`` for ever; running a run twice is harmless (the task is idempotent).
    Side effects: the runs' queue time is bumped; their tasks are enqueued.
    """
    from reviews.tasks import run_checks_task

    now = now or timezone.now()
    cutoff = now - timedelta(seconds=settings.CHECK_RUN_STALE_AFTER_SECONDS)
    stale = requeue_stale(
        CheckRun.objects.filter(status__in=[CheckRunStatus.PENDING, CheckRunStatus.RUNNING],
                                queued_at__lt=cutoff),
        run_checks_task, now=now)
    if stale:
        logger.warning("Re-enqueued %d stale check run(s): %s", len(stale), stale)
    return len(stale)
