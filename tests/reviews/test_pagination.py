"""Keyset pagination: every row once, in order, forwards and back; a cursor that was
altered or belongs to another list is refused."""

from datetime import timedelta

import pytest
from django.utils import timezone

from reviews.models import DraftPost
from reviews.pagination import InvalidCursor, KeysetOrder, paginate
from reviews.states import PostStatus
from tests.factories import make_post

pytestmark = pytest.mark.django_db

NEWEST_FIRST = KeysetOrder(("-updated", "-id"), salt="test-newest")


@pytest.fixture
def posts(official):
    """23 posts, several sharing an update time, so the id must break ties."""
    base = timezone.now()
    made = []
    for n in range(23):
        post = make_post(official, PostStatus.DRAFT, text=f"Post {n}")
        post.updated = base - timedelta(minutes=n // 3)
        post.save(update_fields=["updated"])
        made.append(post)
    return sorted(made, key=lambda p: (p.updated, p.pk), reverse=True)


def read_all_forwards(queryset, order, size):
    pages, cursor = [], None
    while True:
        page = paginate(queryset, order, cursor, size=size)
        pages.append(page)
        cursor = page.next_cursor
        if cursor is None:
            return pages


def test_reading_forwards_gives_every_row_once_in_order(posts):
    pages = read_all_forwards(DraftPost.objects.all(), NEWEST_FIRST, size=5)

    assert [len(p.items) for p in pages] == [5, 5, 5, 5, 3]
    assert [post.pk for page in pages for post in page.items] == [p.pk for p in posts]
    assert pages[0].previous_cursor is None
    assert all(page.previous_cursor for page in pages[1:])


def test_reading_back_gives_the_same_pages(posts):
    pages = read_all_forwards(DraftPost.objects.all(), NEWEST_FIRST, size=5)

    back = [paginate(DraftPost.objects.all(), NEWEST_FIRST, page.previous_cursor, size=5)
            for page in pages[1:]]

    assert [[p.pk for p in page.items] for page in back] == \
        [[p.pk for p in page.items] for page in pages[:-1]]
    assert back[0].previous_cursor is None  # back to the first page


def test_a_filter_applies_on_every_page(posts):
    odd = DraftPost.objects.filter(text__regex=r"[13579]$")

    pages = read_all_forwards(odd, NEWEST_FIRST, size=4)

    assert [post.text for page in pages for post in page.items] == \
        [p.text for p in posts if p.text[-1] in "13579"]


@pytest.mark.parametrize("cursor", ["nonsense", "", "eyJkIjoiYWZ0ZXIifQ:1abc:xyz"])
def test_an_unreadable_cursor_is_refused_or_read_as_the_first_page(posts, cursor):
    if not cursor:
        assert paginate(DraftPost.objects.all(), NEWEST_FIRST, cursor, size=5).items == \
            posts[:5]
        return
    with pytest.raises(InvalidCursor):
        paginate(DraftPost.objects.all(), NEWEST_FIRST, cursor, size=5)


def test_an_altered_cursor_or_one_from_another_list_is_refused(posts):
    cursor = paginate(DraftPost.objects.all(), NEWEST_FIRST, size=5).next_cursor
    other_list = KeysetOrder(NEWEST_FIRST.fields, salt="test-other")
    altered = cursor.replace(cursor[3], "A" if cursor[3] != "A" else "B", 1)

    with pytest.raises(InvalidCursor):
        paginate(DraftPost.objects.all(), other_list, cursor, size=5)
    with pytest.raises(InvalidCursor):
        paginate(DraftPost.objects.all(), NEWEST_FIRST, altered, size=5)
