"""Bad input on every form: the GOV.UK error summary, with the focus on it, a title that
starts "Error: ", each error beside its field, and each summary link taking the
keyboard user to that field."""

import pytest
from django.core.management import call_command

from reviews import services
from reviews.models import Decision, DraftPost, FindingDismissal

pytestmark = pytest.mark.django_db(transaction=True)



def assert_error_summary(journey, errors: dict[str, str]) -> None:
    """The page shows the error summary with exactly ``errors`` (field id: message), in
    that order; it has the focus; and Enter on each link moves the focus to its field,
    which shows the same message beside it."""
    page = journey.page
    journey.check_accessibility()
    assert page.title().startswith("Error: "), page.title()
    assert page.evaluate("() => document.activeElement.matches('.govuk-error-summary')"), \
        "the focus is not on the error summary"
    assert page.locator(".govuk-error-summary").count() == 1
    links = page.eval_on_selector_all(
        ".govuk-error-summary__list a",
        "links => links.map(a => [a.getAttribute('href').slice(1), a.textContent.trim()])")
    assert [tuple(link) for link in links] == list(errors.items())
    journey.snap("errors")

    for number, (field_id, message) in enumerate(errors.items()):
        journey.tab_to(f".govuk-error-summary__list a[href='#{field_id}']",
                       backwards=number > 0)
        page.keyboard.press("Enter")
        assert journey.focused(f"[id='{field_id}']"), f"Enter on “{message}” left the focus " \
            f"on {page.evaluate('() => document.activeElement.outerHTML.slice(0, 120)')}"
        beside = page.evaluate(
            "id => document.getElementById(id).closest('.govuk-form-group')"
            ".querySelector('.govuk-error-message')?.textContent", field_id)
        if not message.startswith("Enter a correct username"):  # no one field is wrong
            assert beside is not None and message in beside, (field_id, beside)


def submit(journey, selector: str = "main button[type=submit]") -> None:
    with journey.page.expect_navigation():
        journey.page.click(selector)


def test_sign_in_with_nothing_entered(journey, transactional_db):
    journey.goto("/sign-in/")
    submit(journey)

    assert_error_summary(journey, {"id_username": "Enter your username.",
                                   "id_password": "Enter your password."})


def test_sign_in_with_the_wrong_password(journey, official):
    journey.goto("/sign-in/")
    journey.page.fill("#id_username", official.username)
    journey.page.fill("#id_password", "wrong")
    submit(journey)

    assert_error_summary(journey, {
        "id_username": "Enter a correct username and password. Both are case-sensitive."})
    assert journey.page.input_value("#id_username") == official.username


def test_writing_an_empty_post(journey, official):
    journey.sign_in(official.username)
    journey.goto("/posts/new/")
    journey.page.fill("#id_text", "   ")
    submit(journey, "button[name=submit]")

    assert_error_summary(journey, {"id_text": "Enter the text of your post."})
    assert DraftPost.objects.count() == 0


def test_editing_a_post_to_nothing(journey, official):
    post = services.create_post(author=official, platform="x", text="Half an idea")
    journey.sign_in(official.username)
    journey.goto(f"/posts/{post.pk}/edit/")
    journey.page.fill("#id_text", "")
    submit(journey, "button[name=save]")

    assert_error_summary(journey, {"id_text": "Enter the text of your post."})


def test_checking_an_empty_draft(journey, transactional_db):
    journey.goto("/check/")
    submit(journey)

    assert_error_summary(journey, {"id_text": "Enter the text of your draft post."})


def test_a_decision_with_no_choice(journey, mentor, awaiting):
    journey.sign_in(mentor.username)
    journey.goto(f"/posts/{awaiting.pk}/")
    submit(journey, "button:has-text('Record decision')")

    assert_error_summary(journey, {"id_outcome": "Choose a decision."})
    assert Decision.objects.count() == 0


def test_returning_a_post_without_coaching_notes(journey, mentor, awaiting):
    journey.sign_in(mentor.username)
    journey.goto(f"/posts/{awaiting.pk}/")
    journey.page.check("input[value=return]")
    submit(journey, "button:has-text('Record decision')")

    assert_error_summary(journey, {
        "id_notes": "Write coaching notes for the author: say what to change and why."})
    assert journey.page.is_checked("input[value=return]")


def test_dismissing_a_finding_without_a_reason(journey, mentor, awaiting):
    journey.sign_in(mentor.username)
    journey.goto(f"/posts/{awaiting.pk}/")
    journey.page.click("summary:has-text('Dismiss finding 2 as a false alarm')")
    journey.page.fill("#finding-2 input[name=reason]", " ")
    submit(journey, "button:text-is('Dismiss finding 2')")

    field_id = journey.page.get_attribute("#finding-2 input[name=reason]", "id")
    assert_error_summary(journey, {field_id: "Say why this finding is a false alarm."})
    assert journey.page.is_visible(f"[id='{field_id}']")  # its details are open
    assert FindingDismissal.objects.count() == 0


def test_editing_a_guidance_page_without_a_title_or_change_note(journey, admin_user):
    call_command("seed_guidance", stdout=open("/dev/null", "w"))  # noqa: SIM115
    journey.sign_in(admin_user.username)
    journey.goto("/guidance/manage/page/starting-out/edit/")
    journey.page.fill("#id_title", "")
    submit(journey, "button[name=preview]")

    assert_error_summary(journey, {"id_title": "This field is required.",
                                   "id_change_note": "This field is required."})


def test_adding_a_page_at_a_web_address_already_taken(journey, admin_user):
    call_command("seed_guidance", stdout=open("/dev/null", "w"))  # noqa: SIM115
    journey.sign_in(admin_user.username)
    journey.goto("/guidance/manage/page/new/")
    for field, value in (("#id_title", "Again"), ("#id_slug", "starting-out"),
                         ("#id_body", "Text"), ("#id_change_note", "New")):
        journey.page.fill(field, value)
    submit(journey, "button[name=save]")

    assert_error_summary(journey, {"id_slug": "That web address is taken: choose another."})


def test_a_principle_with_an_example_on_an_unknown_platform(journey, admin_user):
    call_command("seed_guidance", stdout=open("/dev/null", "w"))  # noqa: SIM115
    journey.sign_in(admin_user.username)
    journey.goto("/guidance/manage/principle/conversational-tone/edit/")
    journey.page.fill("#id_good_examples", "platform: myspace\nHello")
    journey.page.fill("#id_change_note", "Try")
    submit(journey, "button[name=save]")

    assert_error_summary(journey, {"id_good_examples": "Example 1: the platform must be one "
                                   "of x, bluesky, mastodon, threads, linkedin, facebook, blog."})


def test_tuning_a_check_with_a_bad_limit_and_no_change_note(journey, admin_user):
    journey.sign_in(admin_user.username)
    journey.goto("/guidance/manage/checks/length/")
    journey.page.fill("#id_limits", "x: lots")
    submit(journey)

    assert_error_summary(journey, {
        "id_limits": "Line 1: the value for 'x' must be a number, 0 or more.",
        "id_change_note": "This field is required."})


def test_a_discretion_change_with_no_level_or_reason(journey, mentor, official):
    journey.sign_in(mentor.username)
    journey.goto(f"/people/{official.pk}/")
    journey.page.evaluate("document.querySelectorAll('[name=level]')"
                          ".forEach(r => { r.checked = false; })")
    submit(journey, "button:text-is('Change the level')")

    assert_error_summary(journey, {"id_level": "Choose a level.",
                                   "id_reason": "Give the reason for the change."})


def test_coaching_after_clearance_with_no_coaching(journey, mentor, official):
    official.profile.discretion_level = 1
    official.profile.save()
    post = services.create_post(author=official, platform="x", submit=True,
                                text="Thanks to everyone who came to our open day in Leeds.")
    journey.sign_in(mentor.username)
    journey.goto(f"/posts/{post.pk}/")
    submit(journey, "button:text-is('Send coaching')")

    assert_error_summary(journey, {"coach-notes": "Write the coaching for the author."})
    assert Decision.objects.count() == 0


def test_recording_a_live_post_that_is_not_a_web_address(journey, mentor, official):
    post = services.create_post(author=official, platform="x", text="A post.", submit=True)
    services.record_decision(actor=mentor, post_id=post.pk, outcome="approve", version=1)
    journey.sign_in(official.username)
    journey.goto(f"/posts/{post.pk}/")
    journey.page.fill("#id_live_url", "my post on x")
    submit(journey, "button:text-is('Record the live post')")

    assert_error_summary(journey, {
        "id_live_url": "Enter the full web address of the live post, starting https://"})
