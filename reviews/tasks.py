"""Celery tasks: thin, idempotent, taking ids; the work is in services."""

from __future__ import annotations

import logging

from celery import shared_task
from celery.contrib.django.task import DjangoTask
from django.db import InterfaceError, OperationalError

logger = logging.getLogger(__name__)

# Errors worth another try: the database or broker was briefly unreachable or busy.
TRANSIENT_ERRORS = (OperationalError, InterfaceError, ConnectionError, TimeoutError)


class CheckRunTask(DjangoTask):
    def on_failure(self, exc, task_id, args, kwargs, einfo):
        """After the last retry (or a non-transient error), the run is marked failed."""
        from reviews.services import mark_check_run_failed

        run_id = kwargs.get("check_run_id", args[0] if args else None)
        if run_id is not None:
            mark_check_run_failed(run_id, f"{type(exc).__name__}: {exc}")


@shared_task(bind=True, base=CheckRunTask, name="reviews.run_checks", acks_late=True,
             autoretry_for=TRANSIENT_ERRORS, retry_backoff=2, retry_backoff_max=30,
             retry_jitter=True, max_retries=5)
def run_checks_task(self, check_run_id: int) -> str:
    """Run the seven checks on a version and store the results (safe to run twice)."""
    from reviews.selectors import (
        check_input_for_run,
        election_period_for_run,
        get_check_engine,
        sensitive_topic_matcher,
    )
    from reviews.services import record_check_results, start_check_run

    if not start_check_run(check_run_id):
        return "nothing to do"
    post = check_input_for_run(check_run_id)
    period = election_period_for_run(check_run_id)
    report = get_check_engine(election_period=period is not None).run(post)
    topics = sensitive_topic_matcher().find(post.text)
    record_check_results(check_run_id, report, topics=topics,
                         election_period=period.name if period else "")
    return "done"


@shared_task(name="reviews.requeue_stale_check_runs", acks_late=True)
def requeue_stale_check_runs_task() -> int:
    from reviews.services import requeue_stale_check_runs

    return requeue_stale_check_runs()


# The service raises only errors worth retrying; the mail server's are all OSErrors.
@shared_task(name="reviews.send_notification", acks_late=True,
             autoretry_for=(*TRANSIENT_ERRORS, OSError), retry_backoff=2, retry_backoff_max=30,
             retry_jitter=True, max_retries=4)
def send_notification_task(notification_id: int) -> str:
    """Send one email from the outbox (safe to run twice). The mail server's transient
    errors are raised to be retried; once the retries run out, the sweep sends it later."""
    from reviews.services import send_notification

    return send_notification(notification_id)


@shared_task(name="reviews.requeue_unsent_notifications", acks_late=True)
def requeue_unsent_notifications_task() -> int:
    from reviews.services import requeue_unsent_notifications

    return requeue_unsent_notifications()
