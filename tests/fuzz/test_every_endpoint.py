"""Every routed endpoint, found by walking the URL resolver: each is fuzzed by a test in
this folder (or takes no input but its address), a hostile address or method is never
a 500, and a body too large to read gets GovSocial's own clear answer."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from hypothesis import given
from hypothesis import strategies as st

# Imported, the fuzz modules register (hostile.fuzzes) the endpoints they cover.
from tests.fuzz import test_api, test_forms  # noqa: F401
from tests.fuzz.conftest import ROLES
from tests.fuzz.hostile import (
    FUZZ,
    FUZZED,
    assert_answered_safely,
    hostile_text,
    isolated,
    judge_json,
    judge_page,
    send_json,
    stored_rows,
    with_examples,
)
from tests.routes import filled, routed_patterns

# Routes that read nothing a person sends but their address (and the session).
ADDRESS_ONLY = {"home", "post_detail", "post_progress", "guidance_index", "manage_guidance",
                "guidance_page", "api_schema", "api_docs", "healthz"}
# The admin site is Django's: tests/fuzz/test_admin.py fuzzes every model registered in it.
ROUTES = routed_patterns()


def test_every_routed_endpoint_is_fuzzed():
    """A new URL fails here until a fuzz test registers it (hostile.fuzzes) or it is
    listed as taking no input but its address."""
    names = {route.name for route in ROUTES}
    assert None not in names, "every route needs a name to be registered by"
    unfuzzed = names - FUZZED - ADDRESS_ONLY
    assert unfuzzed == set(), f"routed, and no fuzz test registered for: {sorted(unfuzzed)}"
    not_routed = (FUZZED | ADDRESS_ONLY) - names
    assert not_routed == set(), f"registered, but no longer routed: {sorted(not_routed)}"
    fuzzed_and_address_only = FUZZED & ADDRESS_ONLY
    assert fuzzed_and_address_only == set()


def _address(world, route: str, value: str | None = None) -> str:
    """The route's path with its arguments filled in: real rows, or ``value``."""
    if value is not None:
        return filled(route, value)
    real = {"post_id": world.posts["draft"].pk, "result_id": world.finding.pk, "index": 0,
            "user_id": world.people["official"].pk, "kind": "page", "check_name": "length",
            "slug": world.principle.slug if "principles" in route else world.page.slug}
    return "/" + re.sub(r"<(?:\w+:)?(\w+)>", lambda m: str(real[m.group(1)]), route)


# Path arguments no route expects: for <str:...> arguments, anything but "/" arrives.
HOSTILE_SEGMENTS = ["0", "9" * 30, "%00", "%ED%A0%80", "%E2%80%AE", "-1", "NaN", "page",
                    "..", "%20"]
METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"]


@FUZZ
@given(role=st.sampled_from(["anonymous", *ROLES]),
       route=st.sampled_from(sorted(r.route for r in ROUTES)), method=st.sampled_from(METHODS),
       segment=st.one_of(st.none(), st.sampled_from(HOSTILE_SEGMENTS)), body=hostile_text)
@with_examples({"role": "official", "route": route.route, "method": "POST", "segment": None,
                "body": "<script>alert(1)</script>"}
               for route in ROUTES if route.name in ADDRESS_ONLY)
@with_examples({"role": "admin", "route": route.route, "method": "GET", "segment": segment,
                "body": ""}
               for route in ROUTES if "<" in route.route for segment in HOSTILE_SEGMENTS[:4])
# OPTIONS on the API's documentation page was a 500 (no template for the answer).
@with_examples({"role": "admin", "route": route.route, "method": "OPTIONS", "segment": None,
                "body": ""} for route in ROUTES if route.route.startswith("api/"))
def test_any_address_and_method_is_answered_safely(world, role, route, method, segment, body):
    """Address-only pages store nothing whatever is sent to them; a hostile argument in
    an address is a 404 (or a page), never a 500."""
    name = next(r.name for r in ROUTES if r.route == route)
    client = (world.api if route.startswith("api/") else world.pages)[role]
    with isolated():
        before = stored_rows()
        response = client.generic(method, _address(world, route, segment),
                                  body.encode("utf-8", "surrogatepass"),
                                  content_type="application/x-www-form-urlencoded")

        assert_answered_safely(response)
        if name in ADDRESS_ONLY or segment is not None:
            assert stored_rows() == before, (method, route)


TOO_LARGE = b"text=" + b"a" * (3 * 1024 * 1024)


@pytest.mark.parametrize("route", sorted({r.route for r in ROUTES}))
def test_a_body_too_large_to_read_is_refused_clearly(world, route):
    """Django refuses a body over DATA_UPLOAD_MAX_MEMORY_SIZE before any view runs: the
    person is told it was too large and nothing was saved, in a page or in JSON."""
    if route.startswith("api/"):
        client = world.api["admin"]
        if not route.startswith("api/v1/"):  # the schema and its documentation page
            with isolated():
                before = stored_rows()
                response = send_json(client, "POST", _address(world, route), TOO_LARGE)
                assert_answered_safely(response)
                assert response.status_code == 405 and stored_rows() == before
            return
    else:
        client = Client(enforce_csrf_checks=True)
        client.force_login(world.people["official"])
        # The CSRF check reads the body first, as in production.
        client.cookies["csrftoken"] = "a" * 32
    with isolated():
        before = stored_rows()
        if route.startswith("api/"):
            answer = judge_json(send_json(client, "POST", _address(world, route), TOO_LARGE),
                                before)
            # Submit and claim read no body, so never find it too large.
            reads_body = ("POST", filled(route, "{}")) in test_api.WRITES
            assert (answer.status == 400) is reads_body, answer.body
            if reads_body:
                assert answer.body == {"error": "too_large", "detail": (
                    "It is too large: GovSocial takes up to 2.5 MB at a time. "
                    "Nothing was saved.")}
        else:
            answer = judge_page(client.post(_address(world, route), TOO_LARGE,
                                            content_type="application/x-www-form-urlencoded"),
                                before)
            assert answer.status == 400, answer.status
            assert "It is too large: GovSocial takes up to 2.5 MB at a time." in answer.html
            assert "Nothing was saved." in answer.html
