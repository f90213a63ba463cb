"""The Celery app. Settings come from Django's settings under the CELERY_ prefix."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "govsocial.settings")

app = Celery("govsocial", task_cls="celery.contrib.django.task:DjangoTask")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@app.task(name="govsocial.ping", ignore_result=False, acks_late=True)
def ping() -> str:
    """A no-op round trip: proves a worker is listening, and is the baseline for benchmarks."""
    return "pong"
