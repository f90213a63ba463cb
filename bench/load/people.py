"""The load benchmark's people: officials and mentors of one department, with one known
password. Run inside Django by bench/load/run.py (``manage.py shell -c``), on its private
database."""

from __future__ import annotations


def create_people(*, officials: int, mentors: int, password: str) -> None:
    """official1…officialN and mentor1…mentorM, all in the Department for Education,
    every mentor reviewing it; officials at discretion level 0, so every post they
    submit goes to a mentor."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password

    from reviews.models import Department, Profile, Role

    department = Department.objects.create(name="Department for Education", short_name="DfE",
                                           policy_areas=["schools", "teachers"])
    # One hash for every account: each takes as long to make as a sign-in takes to check.
    hashed = make_password(password)
    for role, prefix, count in ((Role.OFFICIAL, "official", officials),
                                (Role.PRESS_OFFICER, "mentor", mentors)):
        for number in range(1, count + 1):
            user = get_user_model().objects.create(
                username=f"{prefix}{number}", password=hashed, first_name=prefix.title(),
                last_name=str(number), email=f"{prefix}{number}@example.gov.uk")
            Profile.objects.create(user=user, role=role, department=department,
                                   job_title="Policy adviser, teachers, DfE",
                                   account_bio="Policy adviser at the Department for Education.")
            if role == Role.PRESS_OFFICER:
                department.mentors.add(user)
