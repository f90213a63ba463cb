"""Submit a post and a real worker process checks it (SQLite and the filesystem broker by
default; PostgreSQL and Redis in CI)."""

import time

from reviews.models import CheckRunStatus, DraftPost
from reviews.services import create_post
from reviews.states import PostStatus


def wait_for(predicate, timeout: float = 60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def test_a_submitted_post_is_checked_by_a_real_worker(live_worker, official):
    post = create_post(author=official, platform="x", submit=True,
                       text="Yet ANOTHER ridiculous article about teachers!!!")

    assert wait_for(lambda: DraftPost.objects.get(pk=post.pk).status
                    == PostStatus.AWAITING_REVIEW), "the worker never finished the checks"

    run = DraftPost.objects.get(pk=post.pk).current_version.check_run
    assert run.status == CheckRunStatus.DONE
    outcomes = dict(run.results.values_list("check_name", "outcome"))
    assert len(outcomes) == 7
    assert outcomes["tone"] == "warn"
