"""The Celery app. Settings come from Django's settings under the CELERY_ prefix."""

import logging
import os

from celery import Celery
from celery.signals import task_postrun, task_prerun
from django.db import close_old_connections

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "govsocial.settings")

logger = logging.getLogger(__name__)

app = Celery("govsocial", task_cls="celery.contrib.django.task:DjangoTask")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@task_prerun.connect
@task_postrun.connect
def close_unusable_database_connections(task=None, **kwargs) -> None:
    """Keep the worker's database connections between tasks, as Django does between
    requests: reused while healthy, closed once broken or older than CONN_MAX_AGE.

    Celery's default closes them around every task, and opening a PostgreSQL
    connection costs more than running all seven checks.
    """
    if not getattr(getattr(task, "request", None), "is_eager", False):
        close_old_connections()


@app.task(name="govsocial.ping", ignore_result=False, acks_late=True)
def ping() -> str:
    """A no-op round trip: proves a worker is listening, and is the baseline for benchmarks."""
    return "pong"


# How hard a web request tries to reach the broker before giving up on it: briefly, so
# an official is not kept waiting while Redis is down.
PUBLISH_RETRY_POLICY = {"max_retries": 2, "interval_start": 0, "interval_step": 0.2,
                        "interval_max": 0.5}


def enqueue_after_commit(task, *args) -> None:
    """Send task(*args) once the current transaction commits, never failing the caller.

    What the task works on is already saved when this runs. If the broker cannot be
    reached, the failure is logged and nothing else happens: the sweep
    (reviews.requeue_stale_check_runs, run by beat) enqueues every run left pending, so
    the checks follow once the broker is back. The user's request still succeeds.
    """
    from django.db import transaction

    def send() -> None:
        try:
            task.apply_async(args=args, retry=True, retry_policy=PUBLISH_RETRY_POLICY)
        except Exception:  # the broker's errors vary by transport: any failure to send
            logger.warning("Could not enqueue %s%r; the sweep will enqueue it again.",
                           task.name, args, exc_info=True)

    transaction.on_commit(send)


def requeue_stale(rows, task, *, now, batch: int = 500) -> list[int]:
    """Enqueue task(pk) again, after commit, for up to ``batch`` of ``rows`` (a queryset
    of work left undone), bumping their ``queued_at`` to ``now``; returns their ids.

    Rows another sweep holds are skipped, so two sweeps never enqueue the same row.
    """
    from django.db import transaction

    with transaction.atomic():
        due = list(rows.select_for_update(skip_locked=True).values_list("pk", flat=True)[:batch])
        rows.model.objects.filter(pk__in=due).update(queued_at=now)
        for pk in due:
            enqueue_after_commit(task, pk)
    return due
