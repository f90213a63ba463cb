"""Every form a user fills in, with the keyboard alone: Tab and Shift+Tab to reach each
field and button, typing to fill them, Enter or Space to submit. No clicks, no fills.
Along the way every link, button and field that takes the focus must show it."""

import pytest
from django.core.management import call_command

from guidelines.models import Acknowledgement, CheckSetting, GuidancePage, Principle
from reviews import services
from reviews.models import Decision, DraftPost, FindingDismissal
from reviews.states import PostStatus
from tests.e2e.texts import CLEAN, RISKY

pytestmark = pytest.mark.django_db(transaction=True)



def main_text(journey) -> str:
    return journey.page.inner_text("main")


def select_radio(journey, name: str, value: str) -> None:
    """Tab into a radio group, then choose ``value`` with Space and the arrow keys."""
    page = journey.page
    journey.tab_to(f"input[type=radio][name={name}]")
    values = page.eval_on_selector_all(f"input[type=radio][name={name}]",
                                       "radios => radios.map(r => r.value)")
    if not page.evaluate("() => document.activeElement.checked"):
        page.keyboard.press("Space")
    current = page.evaluate("() => document.activeElement.value")
    steps = values.index(value) - values.index(current)
    for _ in range(abs(steps)):
        page.keyboard.press("ArrowDown" if steps > 0 else "ArrowUp")
    assert page.is_checked(f"input[name={name}][value='{value}']")


def replace_text(journey, text: str) -> None:
    """Select everything in the focused field and type over it."""
    journey.page.keyboard.press("Control+A")
    journey.page.keyboard.type(text)


def test_sign_in_with_the_keyboard_alone(journey, official):
    page = journey.page
    journey.goto("/sign-in/")

    journey.tab_to("#id_username")
    page.keyboard.type(official.username)
    journey.tab_to("#id_password")
    page.keyboard.type("pw")
    journey.tab_to("#id_username", backwards=True)
    assert page.input_value("#id_username") == official.username
    journey.tab_to("main button[type=submit]")
    journey.press_and_wait("Enter")

    assert page.inner_text("h1") == "My posts"
    assert f"Sign out {official.username}" in page.inner_text("nav")


def test_check_a_draft_signed_out_with_the_keyboard_alone(journey, transactional_db):
    page = journey.page
    journey.goto("/check/")

    journey.tab_to("#id_text")
    page.keyboard.type(RISKY)
    journey.tab_to("#id_profile")
    page.keyboard.type("Policy adviser at the DfE. Views my own.")
    journey.tab_to("button:text-is('Check my post')")
    journey.press_and_wait("Enter")

    assert "checks raised something" in page.inner_text("#results-title")
    assert page.inner_text("mark.app-mark >> nth=0") == "ANOTHER"


def test_write_save_edit_and_submit_a_post_with_the_keyboard_alone(journey, official):
    page = journey.page
    journey.sign_in(official.username)
    journey.goto("/posts/new/")

    journey.tab_to("#id_platform")
    page.keyboard.press("ArrowDown")  # X, then Bluesky
    assert page.input_value("#id_platform") == "bluesky"
    journey.tab_to("#id_text")
    page.keyboard.type("Half an idea about school funding")
    assert "of 300" in page.inner_text("#character-count")
    journey.tab_to("button[name=save]")
    journey.press_and_wait("Space")
    assert "Draft saved." in main_text(journey)
    post = DraftPost.objects.get()
    assert (post.status, post.platform) == (PostStatus.DRAFT, "bluesky")

    journey.tab_to("main a:text-is('Edit')")
    journey.press_and_wait("Enter")
    journey.tab_to("#id_text")
    replace_text(journey, RISKY)
    journey.tab_to("button[name=submit]", backwards=True)
    journey.press_and_wait("Enter")

    assert "Submitted: the checks are running." in main_text(journey)
    page.wait_for_selector("text=What the checks found")
    journey.snap("submitted")
    post.refresh_from_db()
    assert (post.status, post.text) == (PostStatus.AWAITING_REVIEW, RISKY)


def test_submit_a_saved_draft_with_the_keyboard_alone(journey, official):
    post = services.create_post(author=official, platform="x", text=CLEAN)
    journey.sign_in(official.username)
    journey.goto(f"/posts/{post.pk}/")

    journey.tab_to("main button:text-is('Submit for checks')")
    journey.press_and_wait("Space")

    assert "Submitted: the checks are running." in main_text(journey)
    post.refresh_from_db()
    assert post.status == PostStatus.AWAITING_REVIEW


@pytest.mark.parametrize("outcome,notes", [
    ("approve", ""),
    ("approve_with_coaching", "Good: next time link the guidance."),
    ("return", "Keep it calm and link the guidance."),
    ("reject", "This one is for the press office."),
])
def test_claim_and_decide_with_the_keyboard_alone(journey, mentor, awaiting, outcome, notes):
    page = journey.page
    journey.sign_in(mentor.username)
    journey.goto(f"/posts/{awaiting.pk}/")

    journey.tab_to("button:text-is('Claim this post')")
    journey.press_and_wait("Enter")
    assert "You have claimed this post for 30 minutes." in main_text(journey)

    select_radio(journey, "outcome", outcome)
    if outcome == "return":
        # A finding quoted into the notes by its button: the focus lands in the notes.
        journey.tab_to("button:text-is('Quote finding 1 in my notes')", backwards=True)
        page.keyboard.press("Enter")
        assert journey.focused("#id_notes")
        assert "Finding 1 (Tone" in page.input_value("#id_notes")
    else:
        journey.tab_to("#id_notes")
    if notes:
        page.keyboard.type(notes)
    journey.tab_to("button:has-text('Record decision')")
    journey.press_and_wait("Enter" if outcome.startswith("approve") else "Space")

    assert "Decision recorded: the author has been told." in main_text(journey)
    assert page.inner_text("h1") == "Review queue"
    decision = Decision.objects.get()
    assert decision.outcome == outcome
    assert decision.notes.endswith(notes)


def test_release_a_claim_with_the_keyboard_alone(journey, mentor, awaiting):
    services.claim_post(actor=mentor, post_id=awaiting.pk)
    journey.sign_in(mentor.username)
    journey.goto(f"/posts/{awaiting.pk}/")

    journey.tab_to("button:text-is('Release my claim')")
    journey.press_and_wait("Enter")

    assert "The post is back in the queue." in main_text(journey)
    awaiting.refresh_from_db()
    assert awaiting.claimed_by is None


def test_dismiss_a_finding_with_a_reason_with_the_keyboard_alone(journey, mentor, awaiting):
    page = journey.page
    journey.sign_in(mentor.username)
    journey.goto(f"/posts/{awaiting.pk}/")

    journey.tab_to("summary:has-text('Dismiss finding 2 as a false alarm')")
    page.keyboard.press("Enter")  # opens the details
    journey.tab_to("#finding-2 input[name=reason]")
    page.keyboard.type("Quoting the headline, not calling it ridiculous.")
    journey.tab_to("button:text-is('Dismiss finding 2')")
    journey.press_and_wait("Space")

    assert "Finding dismissed as a false alarm." in main_text(journey)
    assert "Dismissed as a false alarm" in page.inner_text("#finding-2")
    assert FindingDismissal.objects.get().reason.startswith("Quoting the headline")


def test_edit_a_guidance_page_with_preview_with_the_keyboard_alone(journey, admin_user):
    call_command("seed_guidance", stdout=open("/dev/null", "w"))  # noqa: SIM115
    page = journey.page
    journey.sign_in(admin_user.username)
    journey.goto("/guidance/manage/")
    journey.tab_to("a:has-text('Edit Starting out on social media')")
    journey.press_and_wait("Enter")

    for field in ("#id_title", "#id_summary", "#id_order"):
        journey.tab_to(field)
    select_radio(journey, "status", "published")
    journey.tab_to("#id_body")
    page.keyboard.press("Control+End")
    page.keyboard.type("\n\nAsk your mentor before your first post.")
    journey.tab_to("#id_change_note")
    page.keyboard.type("Ask your mentor")
    journey.tab_to("button[name=preview]")
    journey.press_and_wait("Enter")

    assert "Ask your mentor before your first post." in page.inner_text(".app-preview")
    assert not GuidancePage.objects.get(slug="starting-out").body.endswith("first post.")
    journey.snap("preview")
    journey.tab_to("button[name=save]")
    journey.press_and_wait("Space")

    assert "Saved “Starting out on social media”." in main_text(journey)
    assert GuidancePage.objects.get(slug="starting-out").body.endswith(
        "Ask your mentor before your first post.")


def test_edit_a_principle_with_the_keyboard_alone(journey, admin_user):
    call_command("seed_guidance", stdout=open("/dev/null", "w"))  # noqa: SIM115
    page = journey.page
    journey.sign_in(admin_user.username)
    journey.goto("/guidance/manage/principle/conversational-tone/edit/")

    journey.tab_to("#id_title")
    for field in ("#id_summary", "#id_check_name", "#id_order", "#id_body"):
        journey.tab_to(field)
    journey.tab_to("#id_good_examples")
    page.keyboard.press("Control+End")
    page.keyboard.type("\n---\nplatform: bluesky\nHappy to help: ask away.\nWhy: warm and plain.")
    journey.tab_to("#id_bad_examples")
    journey.tab_to("#id_change_note")
    page.keyboard.type("Another good example")
    journey.tab_to("button[name=save]")
    journey.press_and_wait("Enter")

    assert "Saved “Sound like a person, not a press release”." in main_text(journey)
    assert Principle.objects.get(slug="conversational-tone").good_examples[-1] == {
        "platform": "bluesky", "text": "Happy to help: ask away.", "why": "warm and plain."}


def test_tune_a_check_with_the_keyboard_alone(journey, admin_user):
    page = journey.page
    journey.sign_in(admin_user.username)
    journey.goto("/guidance/manage/")
    journey.tab_to("a:has-text('Tune the Length check')")
    journey.press_and_wait("Enter")

    select_radio(journey, "enabled", "true")
    select_radio(journey, "severity", "warn")
    journey.tab_to("#id_limits")
    journey.tab_to("#id_change_note")
    page.keyboard.type("Length warns for now")
    journey.tab_to("main button[type=submit]")
    journey.press_and_wait("Enter")

    assert "Saved the Length check: the next check run uses it." in main_text(journey)
    assert CheckSetting.objects.get(check_name="length").overrides == {"severity": "warn"}


def test_set_a_discretion_level_with_the_keyboard_alone(journey, mentor, official):
    page = journey.page
    journey.sign_in(mentor.username)
    journey.goto(f"/people/{official.pk}/")

    select_radio(journey, "level", "1")
    journey.tab_to("#id_reason")
    page.keyboard.type("Ten clean posts in a row.")
    journey.tab_to("button:text-is('Change the level')")
    journey.press_and_wait("Space")

    assert "Discretion level changed." in main_text(journey)
    official.profile.refresh_from_db()
    assert official.profile.discretion_level == 1


def test_coach_after_clearance_with_the_keyboard_alone(journey, mentor, official):
    official.profile.discretion_level = 1
    official.profile.save()
    post = services.create_post(author=official, platform="x", submit=True,
                                text="Thanks to everyone who came to our open day in Leeds.")
    assert DraftPost.objects.get().cleared_automatically
    page = journey.page
    journey.sign_in(mentor.username)
    journey.goto(f"/posts/{post.pk}/")

    journey.tab_to("#coach-notes")
    page.keyboard.type("Lovely. Add a photo next time.")
    journey.tab_to("button:text-is('Send coaching')")
    journey.press_and_wait("Enter")

    assert "Coaching sent to the author." in main_text(journey)
    assert Decision.objects.get().notes == "Lovely. Add a photo next time."


def test_record_the_live_url_with_the_keyboard_alone(journey, mentor, official):
    post = services.create_post(author=official, platform="x", text=CLEAN, submit=True)
    services.record_decision(actor=mentor, post_id=post.pk, outcome="approve", version=1)
    page = journey.page
    journey.sign_in(official.username)
    journey.goto(f"/posts/{post.pk}/")

    journey.tab_to("#approved-text")
    journey.tab_to("button:text-is('Copy the text')")
    journey.tab_to("a:has-text('Open X with the text filled in')")
    journey.tab_to("#id_live_url")
    page.keyboard.type("https://x.com/dfe/status/1")
    journey.tab_to("button:text-is('Record the live post')")
    journey.press_and_wait("Space")

    assert "Recorded: thank you for posting within the guidelines." in main_text(journey)
    post.refresh_from_db()
    assert (post.status, post.live_url) == (PostStatus.POSTED, "https://x.com/dfe/status/1")


def test_acknowledge_a_guidance_page_with_the_keyboard_alone(journey, official):
    call_command("seed_guidance", stdout=open("/dev/null", "w"))  # noqa: SIM115
    journey.sign_in(official.username)
    journey.goto("/guidance/starting-out/")

    journey.tab_to("button:text-is('I have read this')")
    journey.press_and_wait("Enter")

    assert "is ticked off in your learning record" in main_text(journey)
    assert "You have read this version." in main_text(journey)
    assert Acknowledgement.objects.filter(user=official).count() == 1


def test_search_the_guidance_and_filter_the_queue_with_the_keyboard_alone(
        journey, mentor, awaiting):
    call_command("seed_guidance", stdout=open("/dev/null", "w"))  # noqa: SIM115
    page = journey.page
    journey.sign_in(mentor.username)
    journey.goto("/guidance/")
    journey.tab_to("#guidance-search")
    page.keyboard.type("tone")
    journey.press_and_wait("Enter")
    assert "for “tone”" in main_text(journey)

    journey.goto("/queue/")
    journey.tab_to("#id_raised")
    page.keyboard.press("ArrowDown")  # Any, then Announcement
    assert page.input_value("#id_raised") == "announcement"
    journey.tab_to("button:text-is('Filter')")
    journey.press_and_wait("Enter")
    assert "raised=announcement" in page.url
    assert "Nothing is waiting for review." in main_text(journey)


@pytest.mark.parametrize("who,path", [
    ("mentor", "/posts/{post}/"),
    ("official", "/posts/new/"),
    ("official", "/guidance/"),
    ("mentor", "/queue/"),
])
def test_every_link_button_and_field_shows_the_focus(journey, mentor, official, awaiting,
                                                    who, path):
    """Tab through the whole page, from the skip link to the footer: every stop shows
    the focus (tab_to checks each), and links, buttons and fields are all among them."""
    page = journey.page
    journey.sign_in({"mentor": mentor, "official": official}[who].username)
    journey.goto(path.format(post=awaiting.pk))
    kinds = set()
    for _ in range(150):
        page.keyboard.press("Tab")
        journey.assert_focus_visible()
        tag = page.evaluate("() => document.activeElement.tagName.toLowerCase()")
        if tag == "body":
            break
        kinds.add({"textarea": "field", "input": "field", "select": "field"}.get(tag, tag))

    assert {"a", "button", "field"} <= kinds
