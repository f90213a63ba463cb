"""The Celery app. Settings come from Django's settings under the CELERY_ prefix."""

import os

from celery import Celery
from celery.signals import task_postrun, task_prerun
from django.db import close_old_connections

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "govsocial.settings")

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
