"""Attempts at cross-site scripting never run: hostile text in a post, a mentor's notes and
guidance Markdown, opened in Chromium by the people who would read them."""

import pytest

from guidelines.models import GuidancePage, PublicationStatus
from guidelines.services import save_guidance
from reviews.services import create_post, record_decision
from tests.factories import make_user

pytestmark = pytest.mark.django_db(transaction=True)

# Each payload, if it ran, would set window.__xss or open a dialog.
PAYLOADS = [
    "<script>window.__xss = 1</script>",
    '<img src="x" onerror="window.__xss = 2">',
    '"><svg onload="window.__xss = 3"></svg>',
    "<iframe src=\"javascript:window.top.__xss = 4\"></iframe>",
]
HOSTILE = " ".join(PAYLOADS)
MARKDOWN = (HOSTILE + "\n\n[A link](javascript:window.__xss=5) and "
            '<a href="javascript:alert(1)">x</a>')


def assert_nothing_ran(journey, dialogs: list[str]) -> None:
    assert journey.page.evaluate("typeof window.__xss") == "undefined"
    assert dialogs == []
    hrefs = journey.page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
    assert not [h for h in hrefs if h.lower().startswith("javascript:")]


def test_hostile_text_in_posts_notes_and_guidance_never_runs(journey, official, mentor):
    admin = make_user("admin")
    post = create_post(author=official, platform="x", text=HOSTILE, submit=True)
    record_decision(actor=mentor, post_id=post.pk, outcome="return", notes=HOSTILE, version=1)
    page_ = save_guidance(GuidancePage(slug="hostile", order=99), {
        "title": "Hostile", "summary": HOSTILE, "body": MARKDOWN,
        "status": PublicationStatus.PUBLISHED}, user=admin, note=HOSTILE)
    dialogs: list[str] = []
    journey.page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))

    journey.sign_in(official.username)
    for path in ("/", f"/posts/{post.pk}/", f"/guidance/{page_.slug}/", "/guidance/"):
        journey.goto(path)
        assert_nothing_ran(journey, dialogs)
    journey.goto(f"/posts/{post.pk}/")
    # The words are shown as the author wrote them, as text.
    assert PAYLOADS[0] in journey.page.inner_text("main")
    journey.snap("hostile-post")

    journey.sign_in(mentor.username)
    for path in ("/queue/", f"/posts/{post.pk}/"):
        journey.goto(path)
        assert_nothing_ran(journey, dialogs)

    journey.sign_in(admin.username)
    for path in (f"/guidance/manage/page/{page_.slug}/history/",
                 f"/guidance/manage/page/{page_.slug}/edit/"):
        journey.goto(path)
        assert_nothing_ran(journey, dialogs)
