"""Migration 0005 gives the posts already awaiting review their place in the queue."""

from datetime import timedelta

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

BEFORE = [("reviews", "0004_notification_outbox")]
AFTER = [("reviews", "0005_queue_keyset")]


@pytest.mark.django_db(transaction=True)
def test_posts_awaiting_review_wait_since_their_submission_after_the_migration():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    department = old.get_model("reviews", "Department").objects.create(name="D", short_name="D")
    author = old.get_model("auth", "User").objects.create(username="author")
    posts = old.get_model("reviews", "DraftPost").objects
    submitted = timezone.now() - timedelta(days=3)
    updated = timezone.now() - timedelta(days=1)

    def post(status, submitted_at):
        return posts.create(author=author, department=department, platform="x", text=status,
                            status=status, submitted_at=submitted_at, updated=updated).pk

    waiting = post("awaiting_review", submitted)
    waiting_unsubmitted = post("awaiting_review", None)
    decided = post("approved", submitted)
    draft = post("draft", None)

    executor = MigrationExecutor(connection)
    executor.migrate(AFTER)
    new = executor.loader.project_state(AFTER).apps.get_model("reviews", "DraftPost")
    since = dict(new.objects.values_list("pk", "waiting_since"))

    assert since == {waiting: submitted, waiting_unsubmitted: updated, decided: None,
                     draft: None}
