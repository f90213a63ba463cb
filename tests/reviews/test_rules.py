"""Who may do what: every role, every action, own post or not, in every state."""

import pytest

from reviews.models import CheckRunStatus
from reviews.states import PostStatus
from tests.factories import make_department, make_post, make_user

pytestmark = pytest.mark.django_db

S = PostStatus
ALL_STATES = list(S)


def expected(role: str, relation: str, action: str, status: str, run_failed: bool) -> bool:
    """The policy, written out plainly, to compare with the rules."""
    own = relation == "own"
    oversees = (role == "press_officer" and relation == "mentee") or role == "admin"
    if action == "view_post":
        return own or oversees
    if action in ("edit_post", "submit_post"):
        return own and status in (S.DRAFT, S.RETURNED, S.EDITED)
    if action == "record_posted":
        return own and status == S.APPROVED
    if action == "rerun_checks":
        return (own or oversees) and status == S.CHECKING and run_failed
    if action in ("claim_post", "decide_post", "dismiss_finding"):
        return not own and oversees and status == S.AWAITING_REVIEW
    raise AssertionError(action)


ACTIONS = ["view_post", "edit_post", "submit_post", "record_posted", "rerun_checks",
           "claim_post", "decide_post", "dismiss_finding"]


@pytest.fixture(scope="module")
def cast(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        home, elsewhere = make_department(), make_department()
        people = {
            "official": make_user("official", home),
            "press_officer": make_user("press_officer", home, mentors=home),
            "admin": make_user("admin", None),
            "outside_press_officer": make_user("press_officer", elsewhere, mentors=elsewhere),
        }
        author = make_user("official", home)
        posts = {}
        for status in ALL_STATES:
            for failed in (False, True):
                if failed and status != S.CHECKING:
                    continue
                posts[(status, failed, "other")] = make_post(
                    author, status, run_status=CheckRunStatus.FAILED if failed else None)
                for role in ("official", "press_officer", "admin"):
                    posts[(status, failed, role)] = make_post(
                        people[role] if role != "admin" else make_user("admin", home), status,
                        run_status=CheckRunStatus.FAILED if failed else None)
        yield people, posts
        # Made outside any test's transaction, so nothing rolls it back: clear it away.
        from django.contrib.auth import get_user_model

        from reviews.models import Department, DraftPost

        DraftPost.objects.all().delete()
        get_user_model().objects.all().delete()
        Department.objects.all().delete()


CASES = [(role, relation, action, status, failed)
         for role in ("official", "press_officer", "admin")
         for relation in ("own", "mentee")
         for action in ACTIONS
         for status in ALL_STATES
         for failed in ((False, True) if status == S.CHECKING else (False,))]


@pytest.mark.parametrize(("role", "relation", "action", "status", "failed"), CASES)
def test_permission_matrix(cast, role, relation, action, status, failed):
    people, posts = cast
    if relation == "own":
        post = posts[(status, failed, role)]
        user = post.author
    else:
        post = posts[(status, failed, "other")]
        user = people[role]

    assert user.has_perm(f"reviews.{action}", post) == expected(role, relation, action,
                                                                 status, failed)


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("status", ALL_STATES)
def test_a_press_officer_of_another_department_can_do_nothing(cast, action, status):
    people, posts = cast

    assert not people["outside_press_officer"].has_perm(f"reviews.{action}",
                                                        posts[(status, False, "other")])


def test_anonymous_visitors_can_do_nothing(cast):
    from django.contrib.auth.models import AnonymousUser

    _, posts = cast
    assert not any(AnonymousUser().has_perm(f"reviews.{a}", p)
                   for a in ACTIONS for p in posts.values())
