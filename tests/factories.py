"""Factories: people, departments and posts in any state, for tests."""

from __future__ import annotations

import itertools

from django.contrib.auth import get_user_model
from django.utils import timezone

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
    post = DraftPost.objects.create(author=author, department=author.profile.department,
                                    status=status, platform=platform, text=text)
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
    post.save()
    return post
