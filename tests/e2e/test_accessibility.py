"""Every page an official, a mentor and an admin can reach, checked by axe-core at
WCAG 2.2 AA and at 320 px wide; the check-progress live region; the 404 page."""

import datetime
import re

import pytest
from django.core.management import call_command
from django.utils import timezone

from guidelines.models import ElectionPeriod, GuidancePage, Principle
from guidelines.services import save_guidance
from reviews import services
from reviews.checks.engine import CHECK_NAMES
from reviews.models import Department, DraftPost
from reviews.states import PostStatus
from reviews.tasks import run_checks_task
from tests.factories import make_post, make_user

pytestmark = pytest.mark.django_db(transaction=True)

DEMO_PASSWORD = "govsocial-demo"


@pytest.fixture
def demo(django_user_model):
    """The demo data (posts in every state, checked by the real engine), and more:
    a post still being checked, one cleared automatically, an edited principle and
    guidance page (two versions each), and a pre-election period for the DfE."""
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    users = {u.username: u for u in django_user_model.objects.all()}
    dfe = Department.objects.get(short_name="DfE")
    make_post(users["official"], PostStatus.CHECKING, text="Still being checked.")
    profile = users["official2"].profile
    profile.discretion_level = 1
    profile.save()
    services.create_post(author=users["official2"], platform="x", submit=True,
                         text="Thanks to everyone who came to our open day in Leeds.")
    principle = Principle.objects.get(slug="conversational-tone")
    save_guidance(principle, {"body": principle.body + "\n\nBe kind."}, user=users["admin"],
                  note="Kindness")
    page = GuidancePage.objects.get(slug="participating-online")
    save_guidance(page, {"summary": "Taking part in conversations online."},
                  user=users["admin"], note="Shorter summary")
    today = timezone.localdate()
    period = ElectionPeriod.objects.create(name="Local elections", starts_on=today,
                                           ends_on=today + datetime.timedelta(days=20))
    period.departments.add(dfe)
    return users


def post_paths(**filters) -> list[str]:
    return [f"/posts/{pk}/" for pk in
            DraftPost.objects.filter(**filters).order_by("pk").values_list("pk", flat=True)]


def guidance_paths() -> list[str]:
    page = GuidancePage.objects.get(slug="participating-online")
    principle = Principle.objects.get(slug="conversational-tone")
    oldest = principle.history.order_by("history_id").first()
    return ["/guidance/", "/guidance/search/?q=tone", "/guidance/search/?q=zzzqqq",
            f"/guidance/{page.slug}/", "/guidance/starting-out/",
            f"/guidance/principles/{principle.slug}/",
            f"/guidance/principles/{principle.slug}/?version={oldest.history_id}",
            "/guidance/principles/no-announcements/"]


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
    official = demo["official"]
    mine = post_paths(author=official)
    editable = post_paths(author=official, status__in=[PostStatus.DRAFT, PostStatus.RETURNED])
    paths = ["/posts/", "/posts/new/", *mine, *(p + "edit/" for p in editable), "/learning/",
             "/check/", *guidance_paths(), "/queue/", "/no-such-page/", "/posts/999999/"]
    assert len(mine) >= 4  # a draft, checking, awaiting review with findings, returned

    assert tour(journey, "official", paths) == {}


def test_every_page_a_mentor_reaches_passes_axe_and_fits_320_pixels(journey, demo):
    mentor = demo["mentor"]
    dfe = Department.objects.get(short_name="DfE")
    awaiting = DraftPost.objects.filter(status=PostStatus.AWAITING_REVIEW,
                                        department=dfe).first()
    services.claim_post(actor=mentor, post_id=awaiting.pk)
    reviewed = post_paths(department__mentors=mentor)
    statuses = set(DraftPost.objects.filter(department__mentors=mentor)
                   .values_list("status", flat=True))
    assert statuses >= {PostStatus.AWAITING_REVIEW, PostStatus.APPROVED, PostStatus.POSTED,
                        PostStatus.RETURNED, PostStatus.REJECTED, PostStatus.CHECKING}
    paths = ["/queue/", f"/queue/?department={dfe.pk}&platform=x&raised=tone&older_than=",
             "/queue/?platform=linkedin&older_than=24", "/cleared/", "/dashboard/",
             f"/people/{demo['official'].pk}/", f"/people/{demo['official2'].pk}/",
             *reviewed]

    assert tour(journey, "mentor", paths) == {}


def test_every_page_an_admin_reaches_passes_axe_and_fits_320_pixels(journey, demo):
    paths = ["/guidance/manage/",
             "/guidance/manage/page/new/", "/guidance/manage/principle/new/",
             "/guidance/manage/page/participating-online/edit/",
             "/guidance/manage/principle/conversational-tone/edit/",
             "/guidance/manage/page/participating-online/history/",
             "/guidance/manage/principle/conversational-tone/history/",
             "/guidance/manage/principle/no-announcements/history/",
             *(f"/guidance/manage/checks/{name}/" for name in CHECK_NAMES),
             "/queue/", "/dashboard/", f"/people/{demo['official'].pk}/",
             # The posts the mentor's tour does not reach, and the guidance as an
             # editor sees it (with links to edit).
             *post_paths(department__short_name="DfT"), "/guidance/",
             "/guidance/participating-online/", "/guidance/principles/conversational-tone/"]

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
