import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def celery_worker_process():
    """A real Celery worker in its own process, on the broker the settings name."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tests.settings"}
    log = open(ROOT / "var" / "test" / "worker.log", "w")  # noqa: SIM115
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "govsocial", "worker", "--pool=solo",
         "--loglevel=INFO", "--without-gossip", "--without-mingle", "--without-heartbeat"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    time.sleep(0.5)
    yield worker
    worker.terminate()
    try:
        worker.wait(timeout=15)
    except subprocess.TimeoutExpired:
        worker.kill()
    log.close()


@pytest.fixture(autouse=True)
def celery_eager(request):
    """Tasks run in the test process, unless a test talks to a real worker."""
    from govsocial.celery import app

    eager = not {"celery_worker_process", "live_worker"} & set(request.fixturenames)
    app.conf.task_always_eager = eager
    app.conf.task_eager_propagates = False
    yield
    app.conf.task_always_eager = False


@pytest.fixture
def department(db):
    from tests.factories import make_department

    return make_department()


@pytest.fixture
def official(department):
    from tests.factories import make_user

    return make_user("official", department, job_title="Policy adviser, teachers",
                     account_bio="Runner. Views my own.")


@pytest.fixture
def mentor(department):
    from tests.factories import make_user

    return make_user("press_officer", department, mentors=department)


@pytest.fixture
def admin_user(db):
    from tests.factories import make_user

    return make_user("admin")


@pytest.fixture
def live_worker(transactional_db):
    """A real Celery worker process on the test database and the configured broker."""
    from django.db import connection

    settings_dict = connection.settings_dict
    if settings_dict["ENGINE"].endswith("sqlite3"):
        database_url = f"sqlite:///{settings_dict['NAME']}"
    else:
        database_url = (f"postgres://{settings_dict['USER']}:{settings_dict['PASSWORD']}"
                        f"@{settings_dict['HOST']}:{settings_dict['PORT']}/{settings_dict['NAME']}")
    from govsocial.celery import app

    app.conf.task_always_eager = False
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tests.settings",
           "DATABASE_URL": database_url}
    from django.conf import settings

    log = open(Path(settings.VAR_DIR) / "live-worker.log", "w")  # noqa: SIM115
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "govsocial", "worker", "--pool=solo",
         "--loglevel=INFO", "--without-gossip", "--without-mingle", "--without-heartbeat"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    yield worker
    worker.terminate()
    try:
        worker.wait(timeout=15)
    except subprocess.TimeoutExpired:
        worker.kill()
    log.close()
