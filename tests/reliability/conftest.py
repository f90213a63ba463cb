import shutil
import tempfile
from pathlib import Path

import pytest

from tests.reliability.servers import AppProcesses, PrivatePostgres, PrivateRedis

PEOPLE = """
from django.contrib.auth import get_user_model
from reviews.models import Department, Profile, Role
dept = Department.objects.create(name="Department for Education", short_name="DfE",
                                 policy_areas=["schools", "teachers"])
User = get_user_model()
for username, role in (("official", Role.OFFICIAL), ("mentor", Role.PRESS_OFFICER),
                       ("mentor2", Role.PRESS_OFFICER)):
    user = User.objects.create_user(username=username, password="a long test password",
                                    first_name=username.title(), last_name="Tester")
    Profile.objects.create(user=user, role=role, department=dept,
                           job_title="Policy adviser, teachers, DfE",
                           account_bio="Policy adviser at the Department for Education.")
    if role == Role.PRESS_OFFICER:
        dept.mentors.add(user)
"""


@pytest.fixture
def stack():
    """A private PostgreSQL and Redis, migrated, with an official and two mentors; the
    test starts the app's processes it needs. Everything is stopped afterwards."""
    postgres = PrivatePostgres()
    broker = app = None
    workdir = Path(tempfile.mkdtemp(prefix="govsocial-faults-"))
    try:
        broker = PrivateRedis()
        app = AppProcesses(postgres, broker, workdir)
        app.manage("migrate", "--noinput")
        app.manage("shell", "-c", PEOPLE)
        yield app, postgres, broker
    finally:
        if app:
            app.stop_all()
        if broker:
            broker.destroy()
        postgres.destroy()
        shutil.rmtree(workdir, ignore_errors=True)
