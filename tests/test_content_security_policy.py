"""The Content-Security-Policy: every page answers with it, it allows no inline script and
no eval, and no page needs them: no inline <script> or <style>, no on…= handler, no style=
attribute, no javascript: address. Pages are found by following every link, htmx poll and
GET form from the home page, signed out and as an official, a mentor and an admin (the
Django admin too), over the demo data."""

from __future__ import annotations

import base64
import hashlib
from collections import Counter, deque
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import Resolver404, resolve

from guidelines.models import Principle
from reviews.models import DraftPost
from tests.e2e.pages import admin_pages, mentor_pages, official_pages
from tests.factories import make_demo
from tests.routes import project_routes

pytestmark = pytest.mark.django_db

HEADER = "Content-Security-Policy"
# Routes that answer only a POST (or only an API token): no page to render.
POST_ONLY = {
    "posts/<int:post_id>/submit/", "posts/<int:post_id>/rerun/", "posts/<int:post_id>/claim/",
    "posts/<int:post_id>/release/", "posts/<int:post_id>/decide/",
    "posts/<int:post_id>/posted/", "posts/<int:post_id>/coach/",
    "findings/<int:result_id>/<int:index>/dismiss/", "sign-out/",
    "guidance/manage/<str:kind>/<slug:slug>/restore/", "guidance/<slug:slug>/read/",
    "api/v1/auth/token", "api/v1/posts/<int:post_id>/submit",
    "api/v1/posts/<int:post_id>/claim", "api/v1/posts/<int:post_id>/decision",
    "api/v1/check",
}
# Pages no link leads to: typed in, or read by a program.
UNLINKED = ["/sign-in/", "/no-such-page/", "/posts/999999/", "/api/docs", "/api/schema",
            "/api/v1/posts", "/api/v1/queue", "/api/v1/principles", "/healthz"]


def policy(header: str) -> dict[str, list[str]]:
    """A Content-Security-Policy header as {directive: [sources]}."""
    directives = (part.split() for part in header.split(";") if part.strip())
    return {name: sources for name, *sources in directives}


class PageReader(HTMLParser):
    """What a strict policy refuses in a page, and the same-site addresses it leads to."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.refused: list[str] = []
        self.style_attributes: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        for name, value in attributes.items():
            if name.startswith("on"):
                self.refused.append(f"<{tag} {name}=…>")
            elif name == "style":
                self.style_attributes.append(value)
            elif value.strip().lower().startswith("javascript:"):
                self.refused.append(f"<{tag} {name}=javascript:…>")
        if tag == "script" and not attributes.get("src"):
            self.refused.append("inline <script>")
        elif tag == "style":
            self.refused.append("<style>")
        if tag == "a" and "href" in attributes:
            self.links.append(attributes["href"])
        elif "hx-get" in attributes:
            self.links.append(attributes["hx-get"])
        elif tag == "form" and attributes.get("method", "get").lower() == "get":
            self.links.append(attributes.get("action", ""))


@dataclass
class Answer:
    status: int
    policy: dict[str, list[str]] | None
    refused: list[str] = field(default_factory=list)


def allows_by_hash(policy: dict[str, list[str]], style: str) -> bool:
    """Whether the policy lets this one style attribute through, by its hash."""
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    sources = policy.get("style-src-attr", [])
    return "'unsafe-hashes'" in sources and f"'sha256-{digest}'" in sources


def route_of(path: str) -> str:
    try:
        return resolve(path).route
    except Resolver404:
        return path


def crawl(client: Client, roots: list[str], *, within: str = "/", outside: str = "/admin/",
          per_route: int = 60) -> dict[str, Answer]:
    """GET every same-site address reachable from ``roots`` under ``within`` (but not under
    ``outside``), at most ``per_route`` for each route: the answers, by address."""
    answers: dict[str, Answer] = {}
    visits: Counter[str] = Counter()
    queue = deque(roots)
    while queue:
        address = queue.popleft()
        path = urlsplit(address).path
        if (address in answers or not path.startswith(within)
                or (outside and path.startswith(outside)) or path.startswith("/static/")
                or visits[route_of(path)] >= per_route):
            continue
        visits[route_of(path)] += 1
        response = client.get(address)
        header = response.headers.get(HEADER)
        answer = answers[address] = Answer(response.status_code, header and policy(header))
        if response.status_code in (301, 302):
            queue.append(urljoin(address, response.headers["Location"]))
        if response.headers.get("Content-Type", "").startswith("text/html"):
            reader = PageReader()
            reader.feed(response.content.decode())
            answer.refused = reader.refused + [
                f"style={style!r}" for style in reader.style_attributes
                if not allows_by_hash(answer.policy or {}, style)]
            for link in reader.links:
                target = urlsplit(urljoin("http://testserver" + address, link))
                if target.netloc == "testserver":
                    queue.append(target.path + (f"?{target.query}" if target.query else ""))
    return answers


@pytest.fixture(scope="module")
def every_answer(django_db_setup, django_db_blocker) -> dict[str, Answer]:
    """The site crawled over the demo data by each kind of person, once for the module.

    The demo's posts are checked when their transaction commits, so the data is really
    saved, then flushed as pytest-django does after a transactional test.
    """
    with django_db_blocker.unblock():
        try:
            people = make_demo()
            post, principle = DraftPost.objects.first(), Principle.objects.first()
            # Typed in or read by programs; then the pages the browser tours visit.
            roots = ["/", *UNLINKED, f"/api/v1/posts/{post.pk}",
                     f"/api/v1/principles/{principle.slug}"]
            tours = {"signed-out": [], "official": official_pages(people),
                     "mentor": mentor_pages(people), "admin": admin_pages(people)}
            clients = {who: Client() for who in tours}
            for who in ("official", "mentor", "admin"):
                clients[who].force_login(people[who])
            crawls = [(who, crawl(clients[who], roots + pages)) for who, pages in tours.items()]
            crawls.append(("admin", crawl(clients["admin"], ["/admin/"], within="/admin/",
                                          outside="", per_route=3)))
        finally:
            call_command("flush", interactive=False, verbosity=0)
    return {f"{who} {address}": answer for who, answers in crawls
            for address, answer in answers.items()}


def test_every_page_answers_with_a_policy_that_allows_no_inline_script_or_eval(every_answer):
    unsafe = {address: answer.policy for address, answer in every_answer.items()
              if answer.policy is None
              or answer.policy.get("script-src") != ["'self'"]}

    assert unsafe == {}
    assert len(every_answer) > 150


def test_the_policy_is_strict_for_every_kind_of_content(every_answer):
    assert every_answer["official /posts/"].policy == {
        "default-src": ["'self'"], "script-src": ["'self'"], "style-src": ["'self'"],
        "img-src": ["'self'"], "font-src": ["'self'"], "connect-src": ["'self'"],
        "form-action": ["'self'"], "frame-ancestors": ["'none'"], "base-uri": ["'self'"],
        "object-src": ["'none'"]}


def test_no_page_holds_inline_script_style_or_event_handlers(every_answer):
    refused = {address: answer.refused for address, answer in every_answer.items()
               if answer.refused}

    assert refused == {}


def test_the_crawl_reached_every_page_route_and_the_django_admin(every_answer):
    addresses = [visit.split()[1] for visit in every_answer]
    reached = {route_of(urlsplit(address).path) for address in addresses}

    assert set(project_routes()) - POST_ONLY - reached == set()
    assert sum(address.startswith("/admin/") for address in addresses) > 30
    statuses = Counter(answer.status for answer in every_answer.values())
    assert statuses[200] > 150
