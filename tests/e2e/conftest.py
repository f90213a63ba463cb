"""End-to-end tests in real Chromium: Debian's browser, driven by Playwright, never a
downloaded one. Every page a test visits is also checked by axe-core (from npm) at
WCAG 2.2 AA, and each step leaves a screenshot in var/test/screenshots/."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from reviews import services
from tests.e2e.texts import RISKY
from tests.factories import make_demo, make_user

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "var" / "test" / "screenshots"
CHROMIUM = os.environ.get("CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]

# Whether the focused element shows that it has the focus, by its computed style: a
# visible outline, or the GOV.UK focus yellow in its box shadow or background, on the
# element or (for GOV.UK radios, whose input is hidden under a drawn circle) on its
# label's ::before. A box shadow alone proves nothing: GOV.UK buttons have one at rest.
# Returns null when the focus shows, or the start of the element's HTML when it does not.
FOCUS_VISIBLE_JS = r"""() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  if (!el.matches('a, button, input, select, textarea, summary')) return null;
  const yellow = 'rgb(255, 221, 0)';
  const shows = (style) =>
    (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
       && !/rgba\(\d+, \d+, \d+, 0\)|transparent/.test(style.outlineColor))
    || style.boxShadow.includes(yellow) || style.backgroundColor === yellow;
  if (shows(getComputedStyle(el))) return null;
  if (el.labels && el.labels[0] && shows(getComputedStyle(el.labels[0], '::before'))) return null;
  return el.outerHTML.slice(0, 160);
}"""



@pytest.fixture(scope="module")
def browser(django_db_setup):
    """One Chromium per module, started after the test database exists.

    Playwright's sync API keeps an event loop running in this thread, and Django
    refuses database calls there unless told they are safe. They are, here: the tests
    call Django synchronously between browser steps. The permission lasts only while
    the browser does, so no other test (nor a subprocess one starts) inherits it.
    """
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium is not installed at {CHROMIUM}: run `make install`, which "
                    "installs Debian's chromium package.")
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--headless", "--no-sandbox", "--disable-gpu",
                  "--disable-background-networking"])
        yield launched
        launched.close()
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


class Journey:
    """A browser tab for one test: visits pages, checks each with axe, saves screenshots."""

    def __init__(self, page, base_url: str, name: str) -> None:
        self.page, self.base_url, self.name = page, base_url, name
        self.step = 0
        self.checked: set[str] = set()
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def goto(self, path: str) -> None:
        self.page.goto(self.base_url + path)
        self.check_accessibility()

    def sign_in(self, username: str, password: str = "pw") -> None:
        self.page.context.clear_cookies()
        self.goto("/sign-in/")
        self.page.fill("#id_username", username)
        self.page.fill("#id_password", password)
        self.page.click("button[type=submit]")
        self.check_accessibility()

    def snap(self, label: str) -> Path:
        self.step += 1
        path = SCREENSHOTS / f"{self.name}-{self.step:02d}-{label}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path

    def axe_violations(self) -> list[tuple]:
        """axe-core on the page as it is now: each WCAG 2.2 A/AA violation, briefly."""
        if not self.page.evaluate("typeof axe !== 'undefined'"):
            self.page.add_script_tag(path=str(AXE))
        result = self.page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS)
        self.checked.add(re.sub(r"\d+", "N", self.page.url.removeprefix(self.base_url)))
        return [(v["id"], v["help"], [n["target"] for n in v["nodes"]][:3])
                for v in result["violations"]]

    def check_accessibility(self) -> None:
        """axe-core on the page as it is now: zero WCAG 2.2 AA violations."""
        violations = self.axe_violations()
        assert violations == [], f"axe on {self.page.url}: {violations}"

    # --- The keyboard, and nothing else --------------------------------------------

    def focused(self, selector: str) -> bool:
        """Whether the focus is on an element ``selector`` (any Playwright selector) finds."""
        return self.page.locator(selector).evaluate_all(
            "els => els.includes(document.activeElement)")

    def tab_to(self, selector: str, *, backwards: bool = False, limit: int = 120) -> None:
        """Press Tab (or Shift+Tab) until the focused element matches ``selector``.

        Every link, button and form field the focus lands on along the way must show
        that it has the focus: a failure names the first one that does not.
        """
        key = "Shift+Tab" if backwards else "Tab"
        for _ in range(limit):
            self.page.keyboard.press(key)
            self.assert_focus_visible()
            if self.focused(selector):
                return
        raise AssertionError(f"{limit} presses of {key} never reached {selector} "
                             f"on {self.page.url}")

    def assert_focus_visible(self) -> None:
        problem = self.page.evaluate(FOCUS_VISIBLE_JS)
        assert problem is None, f"focus not visible on {self.page.url}: {problem}"

    def press_and_wait(self, key: str) -> None:
        """Press a key that submits a form or follows a link, and wait for the new page."""
        with self.page.expect_navigation():
            self.page.keyboard.press(key)
        self.check_accessibility()


@pytest.fixture
def journey(browser, live_server, request):
    # The Content-Security-Policy is off in these tabs: axe is injected as a script tag,
    # which it would block, and the XSS tests must show that the sanitiser alone stops
    # hostile markup. test_content_security_policy.py runs the pages under the policy.
    context = browser.new_context(viewport={"width": 1100, "height": 900}, bypass_csp=True)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield Journey(page, live_server.url, request.node.name)
    context.close()


@pytest.fixture
def official(department):
    """An official whose profile says who they work for (so CLEAN raises nothing)."""
    return make_user("official", department, job_title="Policy adviser",
                     account_bio="Policy adviser at the Department for Education.")


@pytest.fixture
def awaiting(official):
    """A post with findings, waiting for a mentor."""
    return services.create_post(author=official, platform="x", text=RISKY, submit=True)


@pytest.fixture
def demo(transactional_db):
    """The demo data with a post in every state (tests.factories.make_demo): its people."""
    return make_demo()
