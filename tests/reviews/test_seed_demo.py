"""The demo data that `make run` loads."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from reviews.models import CheckRunStatus, DraftPost
from reviews.states import PostStatus


@pytest.fixture
def demo(transactional_db):
    call_command("seed_demo", stdout=None)


def test_demo_has_posts_in_every_state_with_real_findings(demo):
    statuses = set(DraftPost.objects.values_list("status", flat=True))

    assert statuses == {s.value for s in PostStatus}
    raised = DraftPost.objects.get(text__startswith="Yet ANOTHER lazy article")
    results = {r.check_name: r.outcome
               for r in raised.current_version.check_run.results.all()}
    assert results["tone"] == "warn"
    failed = DraftPost.objects.get(status=PostStatus.CHECKING)
    assert failed.current_version.check_run.status == CheckRunStatus.FAILED


def test_loading_the_demo_twice_changes_nothing(demo):
    before = DraftPost.objects.count()

    call_command("seed_demo", stdout=None)

    assert DraftPost.objects.count() == before


@pytest.mark.parametrize(("username", "landing"), [
    ("official", "my_posts"), ("official2", "my_posts"), ("official3", "my_posts"),
    ("mentor", "queue"), ("mentor3", "queue"), ("admin", "queue"),
])
def test_every_demo_sign_in_works(demo, client, username, landing):
    response = client.post(reverse("login"), {"username": username,
                                              "password": "govsocial-demo"})

    assert response.status_code == 302
    assert client.get(reverse("home")).url == reverse(landing)
