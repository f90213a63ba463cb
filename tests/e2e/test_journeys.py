"""The journeys officials and mentors make every day, in Chromium, with axe on every page."""

import pytest
from django.core.management import call_command

from guidelines.models import Principle
from reviews.models import DraftPost
from reviews.states import PostStatus
from tests.e2e.texts import CLEAN, RISKY
from tests.factories import make_user

pytestmark = pytest.mark.django_db(transaction=True)



@pytest.fixture
def people(official, mentor):
    return official, mentor


def test_write_check_return_resubmit_approve_and_post(journey, people):
    official, mentor = people
    page = journey.page

    journey.sign_in(official.username)
    journey.goto("/posts/new/")
    page.fill("#id_text", RISKY)
    assert "characters remaining" in page.inner_text("#character-count")
    journey.snap("write")
    page.click("button[name=submit]")
    page.wait_for_selector("text=What the checks found")
    journey.check_accessibility()
    assert page.locator("mark.app-mark").first.inner_text().startswith("ANOTHER")
    journey.snap("findings")
    post = DraftPost.objects.get()

    journey.sign_in(mentor.username)
    journey.goto("/queue/")
    page.click(f"a[href='/posts/{post.pk}/']")
    journey.check_accessibility()
    page.click("button:has-text('Claim')")
    page.check("input[value=return]")
    page.fill("#id_notes", "Keep it conversational: link the guidance instead.")
    journey.snap("return")
    page.click("button:has-text('Record decision')")
    journey.check_accessibility()

    journey.sign_in(official.username)
    journey.goto(f"/posts/{post.pk}/")
    assert "Keep it conversational" in page.inner_text(".govuk-notification-banner")
    journey.snap("returned")
    page.click("a:has-text('Edit')")
    journey.check_accessibility()
    page.fill("#id_text", CLEAN)
    page.click("button[name=submit]")
    page.wait_for_selector("text=Changes between versions")
    journey.check_accessibility()
    assert "ridiculous" in page.inner_text("del")
    journey.snap("diff")

    journey.sign_in(mentor.username)
    journey.goto(f"/posts/{post.pk}/")
    page.check("input[value=approve]")
    page.click("button:has-text('Record decision')")

    journey.sign_in(official.username)
    journey.goto(f"/posts/{post.pk}/")
    assert page.input_value("#approved-text") == CLEAN
    journey.snap("post-it")
    page.fill("input[name=live_url]", "https://x.com/dfe_priya/status/1")
    page.click("button:has-text('Record the live post')")
    journey.check_accessibility()
    journey.snap("posted")
    post.refresh_from_db()
    assert (post.status, post.live_url) == (PostStatus.POSTED, "https://x.com/dfe_priya/status/1")


def test_an_admin_edits_a_principle_and_findings_link_to_the_new_text(journey, people):
    official, _ = people
    admin = make_user("admin")
    call_command("seed_guidance")
    page = journey.page

    journey.sign_in(admin.username)
    journey.goto("/guidance/manage/principle/conversational-tone/edit/")
    page.fill("#id_body", "Write as you would speak to a colleague: warm, plain, calm.")
    page.fill("#id_change_note", "Shorter")
    page.click("button[name=preview]")
    journey.check_accessibility()
    assert "warm, plain, calm" in page.inner_text(".app-preview")
    journey.snap("preview")
    page.click("button[name=save]")
    journey.check_accessibility()
    assert Principle.objects.get(slug="conversational-tone").body.startswith("Write as you")

    journey.sign_in(official.username)
    journey.goto("/posts/new/")
    page.fill("#id_text", RISKY)
    page.click("button[name=submit]")
    page.wait_for_selector("text=What the checks found")
    page.click("a:has-text('Sound like a person')")
    journey.check_accessibility()
    assert "warm, plain, calm" in page.inner_text("main")
    journey.snap("principle")


def test_an_official_at_level_one_has_a_clean_post_cleared(journey, people):
    official, mentor = people
    official.profile.discretion_level = 1
    official.profile.save()
    page = journey.page

    journey.sign_in(official.username)
    journey.goto("/posts/new/")
    page.fill("#id_text", "Thanks to everyone who came to our open day in Leeds.")
    page.click("button[name=submit]")
    page.wait_for_selector("text=Post it")
    journey.check_accessibility()
    journey.snap("cleared")
    post = DraftPost.objects.get()
    assert (post.status, post.cleared_automatically) == (PostStatus.APPROVED, True)

    journey.sign_in(mentor.username)
    journey.goto("/cleared/")
    assert "open day in Leeds" in page.inner_text("main")


def test_pages_work_at_320_pixels_wide(journey, people):
    official, _ = people
    journey.page.set_viewport_size({"width": 320, "height": 640})

    journey.sign_in(official.username)
    for path in ("/posts/", "/posts/new/", "/guidance/", "/check/"):
        journey.goto(path)
        width = journey.page.evaluate("document.documentElement.scrollWidth")
        assert width <= 320, f"{path} scrolls sideways at 320 px ({width} px)"
    journey.snap("narrow")
