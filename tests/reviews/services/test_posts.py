import pytest
from django.core.exceptions import PermissionDenied

from reviews.models import AuditEvent, CheckRunStatus, DraftPost
from reviews.services import create_post, record_posted, submit_post, update_post
from reviews.services.errors import InvalidInput
from reviews.states import PostStatus
from tests.factories import make_post, make_user

pytestmark = pytest.mark.django_db


def actions(post):
    return list(AuditEvent.objects.filter(post=post).values_list("action", "from_status",
                                                                 "to_status", "actor_id"))


def test_create_post_saves_a_draft_with_its_audit_event(official):
    post = create_post(author=official, platform="x", text="Hello teachers")

    assert (post.status, post.text, post.department) == ("draft", "Hello teachers",
                                                         official.profile.department)
    assert actions(post) == [("create", "draft", "draft", official.pk)]


def test_submit_freezes_a_version_and_runs_the_checks_after_commit(
        official, mentor, django_capture_on_commit_callbacks):
    post = create_post(author=official, platform="x", text="Hello teachers")

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        version = submit_post(actor=official, post_id=post.pk)

    post.refresh_from_db()
    version.check_run.refresh_from_db()
    assert (version.number, version.text) == (1, "Hello teachers")
    assert len(callbacks) == 2  # the check task, then the mentors' email
    assert post.status == PostStatus.AWAITING_REVIEW
    assert version.check_run.status == CheckRunStatus.DONE
    assert version.check_run.results.count() == 7
    assert [a[0] for a in actions(post)] == ["create", "submit", "checks_done"]
    assert actions(post)[-1][3] is None  # the system, not a person, finished the checks


def test_checks_are_enqueued_only_once_the_transaction_commits(
        official, django_capture_on_commit_callbacks):
    post = create_post(author=official, platform="x", text="Hello teachers")

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        submit_post(actor=official, post_id=post.pk)

    post.refresh_from_db()
    assert len(callbacks) == 1
    assert post.status == PostStatus.CHECKING
    assert post.current_version.check_run.status == CheckRunStatus.PENDING


@pytest.mark.parametrize(
    ("platform", "text", "message"),
    [
        ("myspace", "hi", "Choose a platform: x, bluesky, mastodon, threads, linkedin, "
                          "facebook, blog."),
        ("x", "   ", "Enter the text of your post."),
        ("x", "\u200b\u200d\u2060\ufeff \u202e\n", "Your post has only invisible characters, "
                                                "such as zero-width spaces: enter the words "
                                                "you want to post."),
        ("x", "a\x00b", "Your post contains a NUL character: remove it and try again."),
        ("x", "a" * 50_001, "Your post must be 50,000 characters or fewer (it has 50,001)."),
        ("x", "lone \ud800 surrogate",
         "Your post contains characters that cannot be stored: remove them and try again."),
    ],
)
def test_bad_post_input_is_refused_and_nothing_is_stored(official, platform, text, message):
    with pytest.raises(InvalidInput) as error:
        create_post(author=official, platform=platform, text=text)

    assert str(error.value) == message
    assert DraftPost.objects.count() == 0


def test_editing_a_returned_post_makes_it_edited_and_keeps_the_old_version(official):
    post = make_post(official, PostStatus.RETURNED, text="Old words")

    update_post(actor=official, post_id=post.pk, platform="bluesky", text="New words")

    post.refresh_from_db()
    assert (post.status, post.text, post.platform) == ("edited", "New words", "bluesky")
    assert list(post.versions.values_list("number", "text")) == [(1, "Old words")]


def test_resubmitting_an_edited_post_makes_version_two(official):
    post = make_post(official, PostStatus.EDITED, text="Second go")

    version = submit_post(actor=official, post_id=post.pk)

    assert version.number == 2
    assert list(post.versions.values_list("number", flat=True)) == [1, 2]


@pytest.mark.parametrize("status", [PostStatus.CHECKING, PostStatus.AWAITING_REVIEW,
                                    PostStatus.APPROVED, PostStatus.REJECTED,
                                    PostStatus.POSTED])
def test_a_post_out_of_the_authors_hands_cannot_be_edited(official, status):
    post = make_post(official, status)

    with pytest.raises(PermissionDenied):
        update_post(actor=official, post_id=post.pk, platform="x", text="sneaky change")

    post.refresh_from_db()
    assert post.text == "A draft about teachers."


def test_another_officials_post_is_as_good_as_missing(official, department):
    other = make_user("official", department)
    post = make_post(other)

    with pytest.raises(DraftPost.DoesNotExist):
        update_post(actor=official, post_id=post.pk, platform="x", text="mine now")
    with pytest.raises(DraftPost.DoesNotExist):
        submit_post(actor=official, post_id=post.pk)


def test_an_approved_post_is_recorded_as_posted_with_its_url(official):
    post = make_post(official, PostStatus.APPROVED)

    record_posted(actor=official, post_id=post.pk, live_url="https://x.com/me/status/1")

    post.refresh_from_db()
    assert (post.status, post.live_url) == ("posted", "https://x.com/me/status/1")
    assert actions(post)[-1][:3] == ("record_posted", "approved", "posted")


@pytest.mark.parametrize("url", ["", "not a url", "javascript:alert(1)", "ftp://x.com/a"])
def test_a_bad_live_url_is_refused_with_a_clear_message(official, url):
    post = make_post(official, PostStatus.APPROVED)

    with pytest.raises(InvalidInput) as error:
        record_posted(actor=official, post_id=post.pk, live_url=url)

    assert str(error.value) == "Enter the full web address of the live post, starting https://"


def test_only_an_approved_post_can_be_recorded_as_posted(official):
    post = make_post(official, PostStatus.AWAITING_REVIEW)

    with pytest.raises(PermissionDenied):
        record_posted(actor=official, post_id=post.pk, live_url="https://x.com/a")


def test_a_refused_transition_names_the_reason():
    from reviews.states import TransitionRefused as StateRefusal
    from reviews.states import require_transition

    with pytest.raises(StateRefusal) as error:
        require_transition("approved", "submit")

    assert str(error.value) == "Only a draft or an edited post can be submitted."
