"""The Content-Security-Policy in Chromium: every page an official, a mentor and an admin
reach (the Django admin and the API's documentation too), and writing a post and watching
its checks run by htmx, with no `securitypolicyviolation` and no console error. The other
browser tests turn the policy off (conftest.py); these never do."""

import re

import pytest

from guidelines.models import SensitiveTopic
from reviews.models import Department
from reviews.states import PostStatus
from reviews.tasks import run_checks_task
from tests.e2e.pages import admin_pages, mentor_pages, official_pages
from tests.e2e.texts import RISKY
from tests.factories import DEMO_PASSWORD, make_post

pytestmark = pytest.mark.django_db(transaction=True)

# Each violation the page reports, sent to the test as it happens (a binding outlives
# the page's navigations; the policy does not apply to scripts the browser is given).
REPORT_VIOLATIONS = """document.addEventListener('securitypolicyviolation', (event) =>
  window.reportViolation({page: location.pathname + location.search,
                          directive: event.violatedDirective, blocked: event.blockedURI,
                          source: event.sourceFile, line: event.lineNumber,
                          sample: event.sample}));"""
# What Chromium logs for a page that answers 403 or 404 on purpose.
EXPECTED_ERRORS = re.compile(r"Failed to load resource: the server responded with a status "
                             r"of (403|404)")


class PolicyWatch:
    """A browser tab under the site's policy that keeps every violation and console error."""

    def __init__(self, page, base_url: str) -> None:
        self.page, self.base_url = page, base_url
        self.violations: list[dict] = []
        self.errors: list[str] = []
        page.expose_function("reportViolation", lambda violation: self.violations.append(violation))
        page.add_init_script(REPORT_VIOLATIONS)
        page.on("console", self.keep_error)
        page.on("pageerror", lambda error: self.errors.append(f"{page.url}: {error}"))

    def keep_error(self, message) -> None:
        if message.type == "error" and not EXPECTED_ERRORS.search(message.text):
            self.errors.append(f"{self.page.url}: {message.text}")

    def goto(self, path: str) -> None:
        response = self.page.goto(self.base_url + path)
        assert response.status in (200, 403, 404), f"{path}: {response.status}"
        assert "content-security-policy" in response.headers

    def sign_in(self, username: str, password: str) -> None:
        self.page.context.clear_cookies()
        self.goto("/sign-in/")
        self.page.fill("#id_username", username)
        self.page.fill("#id_password", password)
        self.page.click("button[type=submit]")
        self.page.wait_for_load_state()

    def tour(self, paths: list[str]) -> None:
        for path in paths:
            self.goto(path)

    def problems(self) -> list[str]:
        """Each violation and console error so far, in a line."""
        # Violations are reported as events, a moment after the page loads.
        self.page.wait_for_timeout(200)
        return [f"{v['page']}: {v['directive']} refused {v['blocked']} "
                f"({v['source']}:{v['line']})" for v in self.violations] + self.errors


@pytest.fixture
def watch(browser, live_server):
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield PolicyWatch(page, live_server.url)
    context.close()


def test_every_page_an_official_mentor_and_admin_reach_breaks_no_policy(watch, demo):
    page = watch.page
    watch.tour(["/", "/check/", "/guidance/", "/no-such-page/"])
    watch.sign_in("official", DEMO_PASSWORD)
    watch.tour(official_pages(demo))
    watch.sign_in("mentor", DEMO_PASSWORD)
    watch.tour(mentor_pages(demo))
    watch.sign_in("admin", DEMO_PASSWORD)
    watch.tour(admin_pages(demo))
    # The Django admin: its scripts (the two-box department picker, the pop-up to add a
    # department) and django-simple-history's history list, whose one style attribute
    # the policy allows there by its hash.
    topic = SensitiveTopic.objects.first()
    department = Department.objects.get(short_name="DfE")
    watch.tour(["/admin/", "/admin/reviews/department/", "/admin/reviews/draftpost/",
                f"/admin/guidelines/sensitivetopic/{topic.pk}/history/"])
    watch.goto(f"/admin/reviews/department/{department.pk}/change/")
    page.wait_for_selector("#id_mentors_filter")  # drawn by the admin's SelectFilter2.js
    with page.expect_popup() as popup:
        page.click("#add_id_mentors")
    popup.value.wait_for_load_state()
    popup.value.close()
    # Swagger UI, whose start-up script is a file and whose icons are data: images.
    watch.goto("/api/docs")
    page.wait_for_selector(".opblock-summary-path")

    assert watch.problems() == []


def test_writing_a_post_and_watching_its_checks_run_breaks_no_policy(watch, official):
    page = watch.page
    watch.sign_in(official.username, "pw")
    watch.goto("/posts/new/")
    page.fill("#id_text", RISKY)
    # The character count is the site's own script (app.js) at work.
    assert "characters remaining" in page.inner_text("#character-count")
    page.click("button[name=submit]")
    page.wait_for_selector("text=What the checks found")

    post = make_post(official, PostStatus.CHECKING, text=RISKY)
    watch.goto(f"/posts/{post.pk}/")
    progress = page.get_by_role("status")
    assert progress.inner_text() == "Checking your post: 0 of 7 checks done."
    # htmx polls the progress (a request and a swap each second) until the checks finish.
    with page.expect_response(f"**/posts/{post.pk}/progress/"):
        pass
    run_checks_task(post.current_version.check_run.pk)
    page.wait_for_selector("text=What the checks found")
    assert progress.inner_text().startswith("All 7 checks have run:")

    assert watch.problems() == []


def test_an_inline_script_on_a_page_is_caught(watch, official):
    """The watch can fail: the sign-in page, answered with one inline script added."""
    def add_inline_script(route):
        response = route.fetch()
        route.fulfill(response=response, body=response.text().replace(
            "</body>", "<script>document.title = 'ran'</script></body>"))

    watch.page.route("**/sign-in/", add_inline_script)
    watch.goto("/sign-in/")

    assert [v["directive"] for v in watch.violations] == ["script-src-elem"]
    assert "Executing inline script violates" in watch.problems()[-1]
    assert watch.page.title() != "ran"
