"""Factories: people, departments and posts in any state, for tests."""

from __future__ import annotations

import datetime
import itertools

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone

from guidelines.models import ElectionPeriod, GuidancePage, Principle
from guidelines.services import save_guidance
from reviews import services
from reviews.models import (
    CheckResult,
    CheckRun,
    CheckRunStatus,
    Department,
    DraftPost,
    PostVersion,
    Profile,
    Role,
)
from reviews.states import PostStatus

_sequence = itertools.count(1)


def make_department(**fields) -> Department:
    n = next(_sequence)
    defaults = {"name": f"Department {n}", "short_name": f"D{n}",
                "policy_areas": ["school funding", "teachers"]}
    return Department.objects.create(**{**defaults, **fields})


def make_user(role: str = Role.OFFICIAL, department: Department | None = None,
              *, mentors: Department | list[Department] | None = None, **profile_fields):
    n = next(_sequence)
    user = get_user_model().objects.create_user(
        username=f"user{n}", email=f"user{n}@example.gov.uk", password="pw",
        first_name="Test", last_name=f"User{n}",
        is_staff=role == Role.ADMIN)
    Profile.objects.create(user=user, role=role, department=department, **profile_fields)
    for dept in ([mentors] if isinstance(mentors, Department) else mentors or []):
        dept.mentors.add(user)
    return user


def make_post(author, status: str = PostStatus.DRAFT, *, text: str = "A draft about teachers.",
              platform: str = "x", versions: int | None = None, run_status: str | None = None,
              submitted_at=None) -> DraftPost:
    """A post in ``status``, with the versions and check run that state implies."""
    now = timezone.now()
    awaiting = status == PostStatus.AWAITING_REVIEW
    post = DraftPost.objects.create(author=author, department=author.profile.department,
                                    status=status, platform=platform, text=text,
                                    waiting_since=now if awaiting else None)
    if versions is None:
        versions = 0 if status == PostStatus.DRAFT else 1
    for number in range(1, versions + 1):
        version = PostVersion.objects.create(post=post, number=number, platform=platform,
                                             text=text)
        done = status not in (PostStatus.CHECKING,)
        run = CheckRun.objects.create(
            version=version,
            status=run_status or (CheckRunStatus.DONE if done else CheckRunStatus.PENDING))
        if run.status == CheckRunStatus.DONE:
            for name in ("announcement", "affiliation", "tone", "political", "personal_data",
                         "confidential", "length"):
                CheckResult.objects.create(run=run, check_name=name, outcome="pass",
                                           principle="p", findings=[])
        post.current_version = version
    post.submitted_at = submitted_at or (now if versions else None)
    if awaiting:  # the queue's sort key, as reviews.services.transitions keeps it
        post.waiting_since = post.submitted_at or now
    post.save()
    return post


DEMO_PASSWORD = "govsocial-demo"


def make_demo() -> dict:
    """The demo data (posts in every state, checked by the real engine), and more:
    a post still being checked, one cleared automatically, an edited principle and
    guidance page (two versions each), and a pre-election period for the DfE. Its
    people, by username (each signs in with DEMO_PASSWORD).

    The checks run when each post's transaction commits: call it with the database
    really saving (a transactional test), not inside a test's transaction."""
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    users = {u.username: u for u in get_user_model().objects.all()}
    dfe = Department.objects.get(short_name="DfE")
    make_post(users["official"], PostStatus.CHECKING, text="Still being checked.")
    profile = users["official2"].profile
    profile.discretion_level = 1
    profile.save()
    services.create_post(author=users["official2"], platform="x", submit=True,
                         text="Thanks to everyone who came to our open day in Leeds.")
    principle = Principle.objects.get(slug="conversational-tone")
    save_guidance(principle, {"body": principle.body + "\n\nBe kind."}, user=users["admin"],
                  note="Kindness")
    page = GuidancePage.objects.get(slug="participating-online")
    save_guidance(page, {"summary": "Taking part in conversations online."},
                  user=users["admin"], note="Shorter summary")
    today = timezone.localdate()
    period = ElectionPeriod.objects.create(name="Local elections", starts_on=today,
                                           ends_on=today + datetime.timedelta(days=20))
    period.departments.add(dfe)
    return users
