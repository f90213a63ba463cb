from __future__ import annotations

from dataclasses import dataclass

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from rest_framework.authtoken.models import Token

from guidelines.models import GuidancePage, Principle
from reviews.management.commands.seed_demo import admins_group
from reviews.models import CheckResult, CheckRunStatus, DraftPost
from reviews.states import PostStatus
from tests.factories import make_department, make_post, make_user
from tests.guidelines.factories import make_page, make_principle

ROLES = ("official", "mentor", "admin")


@dataclass
class World:
    """People of every role, posts in every state a form acts on, and guidance."""

    people: dict
    posts: dict[str, DraftPost]
    finding: CheckResult
    page: GuidancePage
    principle: Principle
    no_profile: object  # a user the admins have not yet given a profile
    pages: dict[str, Client]
    api: dict[str, Client]

    def post_id(self, name: str) -> int:
        """A post's id, or for "missing" an id no post has."""
        return self.posts[name].pk if name in self.posts else 10**30


@pytest.fixture
def world(db) -> World:
    department = make_department()
    people = {
        "official": make_user("official", department, job_title="Policy adviser, teachers",
                              account_bio="Runner. Views my own."),
        "mentor": make_user("press_officer", department, mentors=department),
        "admin": make_user("admin"),
    }
    # Staff with the admin site's permissions, as seed_demo makes them.
    people["admin"].groups.add(admins_group())
    author = people["official"]
    posts = {state: make_post(author, state) for state in (
        PostStatus.DRAFT, PostStatus.RETURNED, PostStatus.AWAITING_REVIEW, PostStatus.APPROVED)}
    posts["failed"] = make_post(author, PostStatus.CHECKING, run_status=CheckRunStatus.FAILED)
    posts["cleared"] = make_post(author, PostStatus.APPROVED)
    DraftPost.objects.filter(pk=posts["cleared"].pk).update(cleared_automatically=True)
    finding = CheckResult.objects.get(run__version__post=posts[PostStatus.AWAITING_REVIEW],
                                      check_name="tone")
    finding.outcome = "warn"
    finding.findings = [{"start": 0, "end": 1, "text": "A", "message": "Sounds cross."}]
    finding.save()
    pages, api = {"anonymous": Client()}, {"anonymous": Client()}
    for role, person in people.items():
        pages[role] = Client()
        pages[role].force_login(person)
        token = Token.objects.create(user=person)
        api[role] = Client(headers={"Authorization": f"Token {token.key}"})
    return World(people=people, posts=posts, finding=finding,
                 no_profile=get_user_model().objects.create_user("no-profile-yet"),
                 page=make_page(people["admin"]), principle=make_principle(people["admin"]),
                 pages=pages, api=api)
