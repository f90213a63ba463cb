"""The fault tests' own harness: a worker that exits by itself is started again, as
docker-compose.yml's restart policy would, and the restart is on record."""

from __future__ import annotations

import os
import signal
import time

from tests.reliability.servers import private_stack, wait_until


def test_a_worker_that_exits_by_itself_is_started_again_and_the_restart_recorded():
    with private_stack("govsocial-harness-") as (app, _postgres, _broker):
        first = app.worker()
        wait_until(lambda: "ready" in (app.workdir / "worker.log").read_text(), 60,
                   "the worker to start")

        os.killpg(first.pid, signal.SIGKILL)
        wait_until(lambda: len(app.restarts) == 1, 30, "the worker to be started again")

        assert app.restarts == ["worker exited with -9"]
        assert sum(process.poll() is None for process in app.processes) == 1
        assert "worker exited with -9; started again" in (
            app.workdir / "supervisor.log").read_text()


def test_a_worker_killed_on_purpose_stays_down():
    with private_stack("govsocial-harness-") as (app, _postgres, _broker):
        worker = app.worker()
        app.kill(worker)

        time.sleep(2)  # four of the supervisor's rounds

        assert app.restarts == []
        assert [process.poll() is None for process in app.processes] == [False]
