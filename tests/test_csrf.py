"""CSRF on every form: a signed-in browser's POST without the token is refused before any
view runs, on every URL the project routes (pages and the session-authenticated API), and
nothing is written."""

import pytest
from django.test import Client

from reviews.models import AuditEvent, DraftPost
from tests.routes import filled, routed_patterns

pytestmark = pytest.mark.django_db

# Reached only with an API token (no cookie, so no CSRF to forge) or read-only.
TOKEN_ONLY = {"api/v1/auth/token"}
READ_ONLY_DOCS = {"/api/docs", "/api/schema"}


def routed_paths() -> list[str]:
    """Every URL pattern of the project, with 1 for each path argument."""
    paths = {filled(route) for _, route in routed_patterns()}
    return sorted(p for p in paths if p.lstrip("/") not in TOKEN_ONLY and "(?P" not in p)


PATHS = routed_paths()


def test_every_routed_path_is_covered():
    assert "/posts/1/submit/" in PATHS or any(p.endswith("/submit/") for p in PATHS)
    assert len(PATHS) > 40


@pytest.mark.parametrize("path", PATHS)
def test_a_post_without_the_csrf_token_is_refused(path, official):
    client = Client(enforce_csrf_checks=True)
    client.force_login(official)
    events_before = AuditEvent.objects.count()

    answer = client.post(path, {"text": "Forged", "platform": "x", "outcome": "approve"})

    assert answer.status_code == 403, path
    # Refused for the missing token (Django's page, or DRF's for its own views), not for
    # some other reason.
    # The API's documentation pages (read-only) answer with their own 403 page.
    body = answer.content.decode()
    if path not in READ_ONLY_DOCS:
        assert "Your session has expired" in body or "CSRF Failed" in body, path
    assert AuditEvent.objects.count() == events_before
    assert not DraftPost.objects.filter(text="Forged").exists()
