"""The long lists (the review queue, my posts, cleared automatically) a page at a time:
every post once, in order, filters and permissions holding on every page, a bad page
link answered with the first page, and counts that stop at 1,000."""

import html
import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from reviews.models import DraftPost
from reviews.states import PostStatus
from tests.factories import make_department, make_post, make_user

pytestmark = pytest.mark.django_db


def page(response) -> str:
    assert response.status_code == 200
    return response.content.decode()


def link(text: str, rel: str) -> str | None:
    found = re.search(rf'href="([^"]*)" rel="{rel}"', text)
    return html.unescape(found.group(1)) if found else None


def post_ids(text: str) -> list[int]:
    return [int(n) for n in re.findall(r'<a class="govuk-link" href="/posts/(\d+)/">', text)]


def every_page(client, address: str) -> list[str]:
    texts = [page(client.get(address))]
    while (following := link(texts[-1], "next")) is not None:
        texts.append(page(client.get(address.split("?")[0] + following)))
    return texts


def waiting_posts(author, count: int, *, platform: str = "x", start=None) -> list[DraftPost]:
    """Posts awaiting review, bulk made (the queue reads the post rows alone), the first
    waiting longest; some share a waiting time, so the id breaks the tie."""
    start = start or timezone.now() - timedelta(days=30)
    posts = DraftPost.objects.bulk_create([
        DraftPost(author=author, department=author.profile.department, platform=platform,
                  text=f"{platform} post {n}", status=PostStatus.AWAITING_REVIEW,
                  submitted_at=start + timedelta(minutes=n // 4),
                  waiting_since=start + timedelta(minutes=n // 4))
        for n in range(count)])
    return sorted(posts, key=lambda p: (p.waiting_since, p.pk))


def test_the_queue_reads_oldest_first_page_by_page_with_no_post_twice_or_missed(
        client, mentor, official):
    posts = waiting_posts(official, 120)
    client.force_login(mentor)

    texts = every_page(client, reverse("queue"))

    assert len(texts) == 3
    assert [post_ids(t) for t in texts] == [[p.pk for p in posts[i:i + 50]]
                                            for i in (0, 50, 100)]
    assert 'aria-label="Awaiting review: pages"' in texts[1]
    assert link(texts[0], "prev") is None and link(texts[2], "next") is None
    assert post_ids(page(client.get(reverse("queue") + link(texts[2], "prev")))) == \
        post_ids(texts[1])


def test_queue_filters_and_departments_hold_on_every_page(client, department, official):
    other = make_department(name="Department for Transport", short_name="DfT")
    theirs = make_user("official", other)
    mentor = make_user("press_officer", department, mentors=[department])
    on_bluesky = waiting_posts(official, 70, platform="bluesky")
    waiting_posts(official, 30, platform="x")
    waiting_posts(theirs, 60, platform="bluesky")  # another department's: never shown
    client.force_login(mentor)

    texts = every_page(client, reverse("queue") + "?platform=bluesky")

    assert [pk for t in texts for pk in post_ids(t)] == [p.pk for p in on_bluesky]
    assert all("platform=bluesky" in link(t, "next") for t in texts[:-1])


def test_a_changed_page_link_answers_the_first_page_and_says_why(client, mentor, official):
    posts = waiting_posts(official, 60)
    client.force_login(mentor)
    following = link(page(client.get(reverse("queue"))), "next")

    text = page(client.get(reverse("queue") + following[:-3] + "abc"))

    assert post_ids(text) == [p.pk for p in posts[:50]]
    assert ("That page link was out of date or had been changed, so this is the first "
            "page.") in text
    assert 'class="govuk-notification-banner"' in text


def test_counts_above_a_thousand_read_more_than_a_thousand(client, mentor, official):
    waiting_posts(official, 1001, start=timezone.now() - timedelta(days=400))
    client.force_login(mentor)

    text = page(client.get(reverse("queue")))

    assert ("More than 1,000 posts awaiting review, 0 claimed, more than 1,000 past "
            "target.") in text


def test_a_thousand_posts_are_counted_exactly(client, mentor, official):
    waiting_posts(official, 1000, start=timezone.now() + timedelta(days=1))
    client.force_login(mentor)

    assert "1,000 posts awaiting review, 0 claimed, 0 past target." in \
        page(client.get(reverse("queue")))


def test_the_queue_page_reads_as_many_queries_for_60_posts_as_for_5(
        client, mentor, official, django_assert_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(5):
        make_post(official, PostStatus.AWAITING_REVIEW)
    client.force_login(mentor)
    with CaptureQueriesContext(connection) as few:
        assert link(page(client.get(reverse("queue"))), "next") is None
    for _ in range(55):
        make_post(official, PostStatus.AWAITING_REVIEW)

    with django_assert_num_queries(len(few.captured_queries)):
        first = page(client.get(reverse("queue")))
    with django_assert_num_queries(len(few.captured_queries)):
        page(client.get(reverse("queue") + link(first, "next")))


def test_my_posts_read_newest_first_page_by_page(client, official):
    made = [make_post(official, PostStatus.APPROVED if n % 2 else PostStatus.DRAFT,
                      text=f"Mine {n}") for n in range(55)]
    client.force_login(official)

    first = page(client.get(reverse("my_posts")))
    second = page(client.get(reverse("my_posts") + link(first, "next")))

    newest_first = [p.pk for p in reversed(made)]
    needs_action = post_ids(first)[:20]
    assert needs_action == newest_first[:20]
    assert "These are the 20 most recent: the others are in the list below." in first
    assert post_ids(first)[20:] + post_ids(second) == newest_first
    assert "Needs your action" not in second


def test_posts_cleared_automatically_read_page_by_page_in_the_mentors_departments(
        client, department, official):
    other = make_department(name="Department for Transport", short_name="DfT")
    mentor = make_user("press_officer", department, mentors=[department])
    theirs = make_user("official", other)
    mine = []
    for n in range(52):
        post = make_post(official, PostStatus.APPROVED, text=f"Cleared {n}")
        mine.append(post)
    make_post(theirs, PostStatus.APPROVED)
    DraftPost.objects.update(cleared_automatically=True)
    client.force_login(mentor)

    first = page(client.get(reverse("cleared_posts")))
    second = page(client.get(reverse("cleared_posts") + link(first, "next")))

    assert post_ids(first) + post_ids(second) == [p.pk for p in reversed(mine)]
