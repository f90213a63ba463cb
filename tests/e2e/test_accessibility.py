"""Every page an official, a mentor and an admin can reach, checked by axe-core at
WCAG 2.2 AA and at 320 px wide; the check-progress live region; the 404 page."""

import re

import pytest

from reviews.states import PostStatus
from reviews.tasks import run_checks_task
from tests.e2e.pages import admin_pages, mentor_pages, official_pages
from tests.factories import DEMO_PASSWORD, make_post, make_user

pytestmark = pytest.mark.django_db(transaction=True)


def tour(journey, username: str, paths: list[str]) -> dict[str, list]:
    """Visit each page as ``username``: axe's violations, and any page that scrolls
    sideways at 320 px, by path. Every page is visited before anything is asserted,
    so one failure shows them all."""
    page = journey.page
    journey.page.context.clear_cookies()
    journey.page.goto(journey.base_url + "/sign-in/")
    page.fill("#id_username", username)
    page.fill("#id_password", DEMO_PASSWORD)
    page.click("button[type=submit]")
    problems = {}
    for path in paths:
        page.set_viewport_size({"width": 1100, "height": 900})
        response = page.goto(journey.base_url + path)
        assert response.status in (200, 403, 404), f"{path}: {response.status}"
        found = journey.axe_violations()
        if re.search(r"\{[{%#]", page.inner_text("body")):
            found.append(("template", "template syntax shows on the page"))
        page.set_viewport_size({"width": 320, "height": 640})
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 320:
            found.append(("reflow", f"scrolls sideways at 320 px ({width} px wide)"))
            journey.snap("too-wide-" + path.strip("/").replace("/", "-").replace("?", "-"))
        if found:
            problems[path] = found
    return problems


def test_every_page_an_official_reaches_passes_axe_and_fits_320_pixels(journey, demo):
    paths = official_pages(demo)

    assert tour(journey, "official", paths) == {}


def test_every_page_a_mentor_reaches_passes_axe_and_fits_320_pixels(journey, demo):
    paths = mentor_pages(demo)

    assert tour(journey, "mentor", paths) == {}


def test_every_page_an_admin_reaches_passes_axe_and_fits_320_pixels(journey, demo):
    paths = admin_pages(demo)

    assert tour(journey, "admin", paths) == {}


def test_the_sign_in_and_not_found_pages_pass_axe_signed_out(journey, transactional_db):
    page = journey.page
    problems = {}
    for path in ("/sign-in/", "/no-such-page/", "/check/", "/"):
        page.goto(journey.base_url + path)
        found = journey.axe_violations()
        page.set_viewport_size({"width": 320, "height": 640})
        if page.evaluate("document.documentElement.scrollWidth") > 320:
            found.append(("reflow", "scrolls sideways at 320 px"))
        page.set_viewport_size({"width": 1100, "height": 900})
        if found:
            problems[path] = found
    journey.snap("sign-in")

    assert problems == {}


def test_check_progress_is_announced_by_one_live_region_that_outlives_the_checks(
        journey, department):
    """The progress sits in a role=status region; htmx swaps what is inside it, never the
    region itself, so each change (and the news that the checks have finished) is read
    out; and the findings arrive around it without the page reloading."""
    official = make_user("official", department, account_bio="Policy adviser at the DfE.")
    post = make_post(official, PostStatus.CHECKING,
                     text="Yet ANOTHER ridiculous article. Do some research!!!")
    page = journey.page
    journey.sign_in(official.username)
    journey.goto(f"/posts/{post.pk}/")

    region = page.get_by_role("status")
    assert (region.get_attribute("aria-live"), region.get_attribute("aria-atomic")) == (
        "polite", "true")
    assert region.inner_text() == "Checking your post: 0 of 7 checks done."
    # Remember the element, mark the page (a reload would lose both), and keep every
    # text the region shows.
    page.evaluate("""() => {
      window.progressRegion = document.querySelector('[role=status]');
      window.texts = [];
      new MutationObserver(() => window.texts.push(window.progressRegion.innerText.trim()))
        .observe(window.progressRegion, {childList: true, subtree: true, characterData: true});
    }""")
    page.wait_for_function("() => window.texts.length >= 1")  # a poll swapped the inside

    run_checks_task(post.current_version.check_run.pk)
    page.wait_for_function("() => window.progressRegion.innerText.includes('have run')")

    assert page.evaluate("() => window.progressRegion.isConnected "
                         "&& document.querySelector('[role=status]') === window.progressRegion")
    assert re.fullmatch(r"All 7 checks have run: \d+ findings?, shown below\. "
                        r"The post is now awaiting review\.", region.inner_text())
    assert page.evaluate("() => window.texts")[-1] == region.inner_text()
    page.wait_for_selector("text=What the checks found")
    assert "Awaiting review" in page.inner_text("h1")
    journey.check_accessibility()
    journey.snap("checks-finished")
