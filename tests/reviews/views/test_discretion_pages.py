import pytest
from django.urls import reverse

from reviews.learning import suggestion_for
from reviews.models import Decision, DiscretionChange
from reviews.services import create_post, record_decision
from reviews.states import PostStatus
from tests.factories import make_department, make_post, make_user

pytestmark = pytest.mark.django_db

# Not about work: the official's profile does not say who they work for, so a post about
# "our office" would rightly be asked to (affiliation).
CLEAN = "Thanks to everyone who came to the community garden open day on Saturday."


def page(response) -> str:
    assert response.status_code == 200
    return response.content.decode()


def cleared_post(official, capture):
    official.profile.discretion_level = 1
    official.profile.save()
    with capture(execute=True):
        post = create_post(author=official, platform="x", text=CLEAN, submit=True)
    post.refresh_from_db()
    assert post.cleared_automatically
    return post


def test_a_mentor_lists_cleared_posts_and_coaches_one(
        client, official, mentor, django_capture_on_commit_callbacks):
    post = cleared_post(official, django_capture_on_commit_callbacks)
    client.force_login(mentor)

    listing = page(client.get(reverse("cleared_posts")))
    assert CLEAN[:40] in listing
    detail = page(client.get(reverse("post_detail", args=[post.pk])))
    assert "Send coaching" in detail

    client.post(reverse("coach_cleared_post", args=[post.pk]), {"notes": "Add a link."})

    assert Decision.objects.get().notes == "Add a link."


def test_an_official_cannot_see_the_cleared_list(client, official):
    client.force_login(official)

    assert client.get(reverse("cleared_posts")).status_code == 403


def test_a_mentor_changes_the_level_from_the_learning_record(client, official, mentor):
    client.force_login(mentor)

    response = client.post(reverse("learning_record", args=[official.pk]),
                           {"level": "1", "reason": "Consistently good posts."})

    assert response.status_code == 302
    official.profile.refresh_from_db()
    assert official.profile.discretion_level == 1
    record = page(client.get(reverse("learning_record", args=[official.pk])))
    assert "level 0 to 1 by" in record
    assert "Consistently good posts." in record


def test_a_change_without_a_reason_shows_the_error_summary(client, official, mentor):
    client.force_login(mentor)

    text = page(client.post(reverse("learning_record", args=[official.pk]), {"level": "1"}))

    assert '<a href="#id_reason">Give the reason for the change.</a>' in text
    assert DiscretionChange.objects.count() == 0


def test_an_official_reads_their_own_record_but_cannot_change_it(client, official, mentor):
    post = make_post(official, PostStatus.AWAITING_REVIEW)
    record_decision(actor=mentor, post_id=post.pk, outcome="return",
                    notes="Say who you work for.", version=1)
    client.force_login(official)

    text = page(client.get(reverse("my_learning_record")))

    assert "My learning record" in text
    assert "Say who you work for." in text
    assert "Change the discretion level" not in text
    assert client.post(reverse("my_learning_record"),
                       {"level": "2", "reason": "x"}).status_code == 403


def test_another_departments_official_is_a_404_for_a_mentor(client, mentor):
    stranger = make_user("official", make_department())
    client.force_login(mentor)

    assert client.get(reverse("learning_record", args=[stranger.pk])).status_code == 404


@pytest.mark.parametrize("outcomes,level,cap,suggestion", [
    (["approve"] * 10, 0, 2, "consider raising the discretion level to 1."),
    (["approve"] * 9 + ["return"], 0, 2, ""),
    (["approve"] * 10, 2, 2, ""),
    (["return", "reject", "approve"], 1, 2, "consider lowering the discretion level to 0."),
    (["return", "reject"], 0, 2, ""),
])
def test_the_suggestion_follows_the_record(outcomes, level, cap, suggestion):
    made = suggestion_for(outcomes, level, cap)

    assert made.endswith(suggestion) if suggestion else made == ""


def test_coaching_with_no_notes_shows_the_error_summary_on_the_post_page(
        client, official, mentor, django_capture_on_commit_callbacks):
    post = cleared_post(official, django_capture_on_commit_callbacks)
    client.force_login(mentor)

    response = client.post(reverse("coach_cleared_post", args=[post.pk]), {"notes": " "})

    text = response.content.decode()
    assert response.status_code == 400
    assert "<title>Error: Post" in text
    assert '<li><a href="#coach-notes">Write the coaching for the author.</a></li>' in text
    assert 'id="coach-notes-error"' in text
    assert Decision.objects.count() == 0


def test_the_level_form_starts_at_the_officials_current_level(client, official, mentor):
    official.profile.discretion_level = 1
    official.profile.save()
    client.force_login(mentor)

    record = page(client.get(reverse("learning_record", args=[official.pk])))

    assert 'id="id_level_1" name="level" type="radio" value="1" checked>' in record
