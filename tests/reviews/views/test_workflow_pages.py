"""The workflow through the pages, as officials and mentors see it."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from reviews.models import Decision, DraftPost
from reviews.states import PostStatus
from tests.factories import make_department, make_post, make_user

pytestmark = pytest.mark.django_db


def page(response) -> str:
    return response.content.decode()


def test_an_official_writes_and_submits_a_post_and_sees_its_findings(
        client, official, django_capture_on_commit_callbacks):
    client.force_login(official)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("new_post"), {
            "platform": "x", "text": "Yet ANOTHER ridiculous article. Do some research!!!",
            "submit": "1"})

    post = DraftPost.objects.get()
    assert response.url == reverse("post_detail", args=[post.pk])
    detail = page(client.get(response.url))
    assert "Awaiting review" in detail
    assert "What the checks found" in detail
    assert '<mark class="app-mark">ANOTHER' in detail
    assert "Guideline: conversational-tone" in detail


def test_saving_a_draft_does_not_run_the_checks(client, official):
    client.force_login(official)

    client.post(reverse("new_post"), {"platform": "x", "text": "Half an idea", "save": "1"})

    post = DraftPost.objects.get()
    assert (post.status, post.versions.count()) == ("draft", 0)


def test_bad_input_on_the_write_page_shows_the_error_summary(client, official):
    client.force_login(official)

    response = client.post(reverse("new_post"), {"platform": "x", "text": "", "submit": "1"})

    assert response.status_code == 200
    assert '<a href="#id_text">Enter the text of your post.</a>' in page(response)
    assert DraftPost.objects.count() == 0


def test_a_post_of_only_zero_width_spaces_is_refused_with_the_reason(client, official):
    client.force_login(official)

    response = client.post(reverse("new_post"), {"platform": "x", "text": "\u200b\u200b",
                                                 "submit": "1"})

    assert response.status_code == 200
    assert ('<a href="#id_text">Your post has only invisible characters, such as zero-width '
            'spaces: enter the words you want to post.</a>') in page(response)
    assert DraftPost.objects.count() == 0


def test_the_progress_panel_counts_the_checks_while_they_run(client, official):
    post = make_post(official, PostStatus.CHECKING)
    client.force_login(official)

    response = client.get(reverse("post_progress", args=[post.pk]), HTTP_HX_REQUEST="true")

    assert "Checking your post: 0 of 7 checks done." in page(response)
    assert 'hx-trigger="every 1s"' in page(response)


def test_the_progress_panel_says_the_checks_finished_and_updates_the_page_around_it(
        client, official):
    post = make_post(official, PostStatus.AWAITING_REVIEW)
    client.force_login(official)

    response = client.get(reverse("post_progress", args=[post.pk]), HTTP_HX_REQUEST="true")

    text = page(response)
    assert "HX-Refresh" not in response
    assert text.index('id="check-progress"') < text.index('id="post-heading"')
    assert ("All 7 checks have run: they found nothing. The post is now awaiting review."
            in text)
    assert "hx-trigger" not in text
    assert '<div id="post-heading" hx-swap-oob="true">' in text
    assert '<div id="post-body" hx-swap-oob="true">' in text


def test_failed_checks_end_the_polling_and_bring_the_button_to_run_them_again(
        client, official):
    post = make_post(official, PostStatus.CHECKING, run_status="failed")
    client.force_login(official)

    text = page(client.get(reverse("post_progress", args=[post.pk]), HTTP_HX_REQUEST="true"))

    assert "The checks could not run." in text
    assert "hx-trigger" not in text
    assert "Run the checks again" in text


def test_another_officials_post_is_a_404(client, official, department):
    post = make_post(make_user("official", department))
    client.force_login(official)

    assert client.get(reverse("post_detail", args=[post.pk])).status_code == 404
    assert client.post(reverse("submit_post", args=[post.pk])).status_code == 404


def test_a_mentor_sees_the_queue_oldest_first_and_decides(client, mentor, official):
    from datetime import timedelta

    from django.utils import timezone

    newer = make_post(official, PostStatus.AWAITING_REVIEW, text="Newer post")
    older = make_post(official, PostStatus.AWAITING_REVIEW, text="Older post",
                      submitted_at=timezone.now() - timedelta(days=3))
    client.force_login(mentor)

    queue = page(client.get(reverse("queue")))
    assert queue.index("Older post") < queue.index("Newer post")
    assert "2 posts awaiting review, 0 claimed, 1 past target." in queue

    response = client.post(reverse("decide_post", args=[older.pk]), {
        "outcome": "return", "notes": "Say who you work for.", "version": "1"})

    assert response.url == reverse("queue")
    assert Decision.objects.get().post == older
    assert newer.pk != older.pk


def test_a_decision_without_coaching_notes_shows_the_error(client, mentor, official):
    post = make_post(official, PostStatus.AWAITING_REVIEW)
    client.force_login(mentor)

    response = client.post(reverse("decide_post", args=[post.pk]),
                           {"outcome": "return", "notes": "", "version": "1"})

    assert response.status_code == 400
    assert ("Write coaching notes for the author: say what to change and why."
            in page(response))


def test_a_stale_decision_is_refused_with_a_message(client, mentor, official):
    post = make_post(official, PostStatus.AWAITING_REVIEW, versions=2)
    client.force_login(mentor)

    response = client.post(reverse("decide_post", args=[post.pk]),
                           {"outcome": "approve", "version": "1"}, follow=True)

    assert ("This post has changed since you opened it: version 2 is now current."
            in page(response))


def test_a_mentor_who_loses_the_race_to_decide_is_shown_who_won_on_the_post_page(
        client, mentor, official, department):
    post = make_post(official, PostStatus.AWAITING_REVIEW)
    client.force_login(make_user("press_officer", department, mentors=department))
    client.post(reverse("decide_post", args=[post.pk]),
                {"outcome": "reject", "notes": "Not this one.", "version": "1"})
    client.force_login(mentor)

    response = client.post(reverse("decide_post", args=[post.pk]),
                           {"outcome": "approve", "version": "1"})

    assert response.url == reverse("post_detail", args=[post.pk])
    assert ("Another mentor has already decided this post: it is now rejected."
            in page(client.get(response.url)))
    assert Decision.objects.get().outcome == "reject"


def test_an_official_cannot_open_the_queue(client, official):
    client.force_login(official)

    assert client.get(reverse("queue")).status_code == 403


def test_a_mentor_of_another_department_gets_404_for_the_post(client, official):
    outsider_dept = make_department()
    outsider = make_user("press_officer", outsider_dept, mentors=outsider_dept)
    post = make_post(official, PostStatus.AWAITING_REVIEW)
    client.force_login(outsider)

    assert client.get(reverse("post_detail", args=[post.pk])).status_code == 404


def test_the_author_records_the_live_url_of_an_approved_post(client, official):
    post = make_post(official, PostStatus.APPROVED)
    client.force_login(official)

    bad = client.post(reverse("record_posted", args=[post.pk]), {"live_url": "nope"})
    assert "Enter the full web address of the live post, starting https://" in page(bad)

    client.post(reverse("record_posted", args=[post.pk]),
                {"live_url": "https://x.com/me/status/9"})
    post.refresh_from_db()
    assert (post.status, post.live_url) == ("posted", "https://x.com/me/status/9")


def test_versions_show_a_diff(client, official):
    post = make_post(official, PostStatus.AWAITING_REVIEW, versions=1, text="Old words here")
    post.versions.create(number=2, platform="x", text="New words here")
    client.force_login(official)

    detail = page(client.get(reverse("post_detail", args=[post.pk])))

    assert "Version 1 to version 2" in detail
    assert "<del><span class='govuk-visually-hidden'>removed: </span>Old </del>" in detail
    assert "<ins><span class='govuk-visually-hidden'>added: </span>New </ins>" in detail


def test_a_rewritten_sentence_diffs_by_whole_words(client, official):
    post = make_post(official, PostStatus.AWAITING_REVIEW, versions=1,
                     text="Call me on 07700 900123 about funding.")
    post.versions.create(number=2, platform="x", text="Ask us about school funding.")
    client.force_login(official)

    detail = page(client.get(reverse("post_detail", args=[post.pk])))

    removed = "<del><span class='govuk-visually-hidden'>removed: </span>"
    added = "<ins><span class='govuk-visually-hidden'>added: </span>"
    assert f"{removed}Call me on 07700 900123 </del>{added}Ask us </ins>about " in detail
    assert f"about {added}school </ins>funding." in detail


def test_the_queue_counts_false_alarms_dismissed_in_the_last_twelve_weeks_by_check(
        client, mentor, official):
    from reviews.models import FindingDismissal
    from reviews.services import dismiss_finding

    post = make_post(official, PostStatus.AWAITING_REVIEW)
    for name in ("tone", "political"):
        result = post.current_version.check_run.results.get(check_name=name)
        result.outcome, result.findings = "warn", [{"start": 0, "end": 1, "text": "A",
                                                    "message": "m"}]
        result.save()
        dismiss_finding(actor=mentor, result_id=result.pk, finding_index=0, reason="A quote.")
    FindingDismissal.objects.filter(result__check_name="political").update(
        created=timezone.now() - timedelta(weeks=12, days=1))
    client.force_login(mentor)

    queue = page(client.get(reverse("queue")))

    assert "False alarms dismissed in the last 12 weeks" in queue
    assert ('<dt class="govuk-summary-list__key">Tone</dt><dd class="govuk-summary-list__value">'
            '1</dd>') in queue
    assert "Political impartiality</dt>" not in queue


def test_mentors_are_emailed_when_a_post_awaits_review(
        official, mentor, django_capture_on_commit_callbacks, mailoutbox):
    from reviews.services import create_post

    with django_capture_on_commit_callbacks(execute=True):
        create_post(author=official, platform="x", text="A fine post.", submit=True)

    assert [m.to for m in mailoutbox] == [[mentor.email]]
    assert mailoutbox[0].subject == f"Post awaiting review from {official.get_full_name()}"
    assert "/posts/" in mailoutbox[0].body


def test_the_post_page_reads_a_bounded_number_of_queries(
        client, mentor, official, django_assert_max_num_queries):
    post = make_post(official, PostStatus.AWAITING_REVIEW, versions=3)
    client.force_login(mentor)

    with django_assert_max_num_queries(14):
        response = client.get(reverse("post_detail", args=[post.pk]))

    assert response.status_code == 200


def test_the_queue_reads_the_same_number_of_queries_for_more_posts(
        client, mentor, official, django_assert_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    make_post(official, PostStatus.AWAITING_REVIEW)
    client.force_login(mentor)
    with CaptureQueriesContext(connection) as few:
        client.get(reverse("queue"))
    for _ in range(10):
        make_post(official, PostStatus.AWAITING_REVIEW)

    with django_assert_num_queries(len(few.captured_queries)):
        client.get(reverse("queue"))


def test_the_author_sees_the_coaching_first_when_a_post_is_returned(client, mentor, official):
    post = make_post(official, PostStatus.AWAITING_REVIEW, text="Big news next week!")
    client.force_login(mentor)
    client.post(reverse("decide_post", args=[post.pk]), {
        "outcome": "return", "notes": "Leave the news to the press office.", "version": "1"})
    client.force_login(official)

    text = page(client.get(reverse("post_detail", args=[post.pk])))

    banner = text.index("returned version 1 to you.")
    assert text.index("Leave the news to the press office.") > banner
    assert "Edit the post with this coaching in mind, then submit it again." in text
    assert banner < text.index("Big news next week!")


def test_the_progress_sits_in_a_live_region_htmx_does_not_replace(client, official):
    post = make_post(official, PostStatus.CHECKING)
    client.force_login(official)

    detail = page(client.get(reverse("post_detail", args=[post.pk])))
    panel = page(client.get(reverse("post_progress", args=[post.pk]), HTTP_HX_REQUEST="true"))

    region = ('<div id="check-progress-region" role="status" aria-live="polite" '
              'aria-atomic="true">')
    assert region in detail
    assert detail.index(region) < detail.index('id="check-progress"')
    assert "aria-live" not in panel


def test_dismissing_a_finding_without_a_reason_shows_the_error_summary_and_opens_it(
        client, official, mentor, django_capture_on_commit_callbacks):
    from reviews.services import create_post

    with django_capture_on_commit_callbacks(execute=True):
        post = create_post(author=official, platform="x", submit=True,
                           text="Yet ANOTHER ridiculous article. Do some research!!!")
    result = post.current_version.check_run.results.get(check_name="tone")
    client.force_login(mentor)

    response = client.post(reverse("dismiss_finding", args=[result.pk, 0]), {"reason": ""})

    text = page(response)
    field = f"dismiss-{result.pk}-0-reason"
    assert response.status_code == 400
    assert f'<li><a href="#{field}">Say why this finding is a false alarm.</a></li>' in text
    assert f'id="{field}-error"' in text
    assert '<details class="govuk-details" open>' in text
    assert text.count('<details class="govuk-details" open>') == 1
