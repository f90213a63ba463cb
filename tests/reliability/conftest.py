import pytest

from tests.reliability.servers import private_stack

PEOPLE = """
from django.contrib.auth import get_user_model
from reviews.models import Department, Profile, Role
dept = Department.objects.create(name="Department for Education", short_name="DfE",
                                 policy_areas=["schools", "teachers"])
User = get_user_model()
for username, role in (("official", Role.OFFICIAL), ("mentor", Role.PRESS_OFFICER),
                       ("mentor2", Role.PRESS_OFFICER)):
    user = User.objects.create_user(username=username, password="a long test password",
                                    first_name=username.title(), last_name="Tester",
                                    email=f"{username}@education.gov.uk")
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
    with private_stack("govsocial-faults-") as (app, postgres, broker):
        app.manage("migrate", "--noinput")
        app.manage("shell", "-c", PEOPLE)
        yield app, postgres, broker
