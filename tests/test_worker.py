"""A real worker process takes tasks from the configured broker (filesystem or Redis)."""

from govsocial.celery import ping


def test_worker_answers_a_ping_round_trip(celery_worker_process):
    result = ping.delay()

    assert result.get(timeout=30) == "pong"
    assert celery_worker_process.poll() is None
