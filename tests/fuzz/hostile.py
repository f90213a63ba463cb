"""Hostile input for the fuzz tests, and the checks every answer to it must pass: never
a 5xx or a traceback; a refusal says what is wrong (a GOV.UK error summary, a message,
or a JSON error naming the field) and writes nothing; an acceptance stores it whole.

Each Hypothesis example runs inside a transaction that is rolled back (``isolated``),
so every example starts from the same rows the test's fixtures made.
"""

from __future__ import annotations

import functools
import json
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from html import unescape
from typing import Any
from urllib.parse import urlencode

from django.apps import apps
from django.conf import settings as django_settings
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.db import connection, transaction
from hypothesis import HealthCheck, currently_in_test_context, example, note, settings
from hypothesis import strategies as st

from govsocial.middleware import LARGEST_ID, MAX_QUERY_STRING

settings.register_profile(
    "fuzz", max_examples=20, deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                           HealthCheck.data_too_large, HealthCheck.large_base_example])
# GOVSOCIAL_FUZZ_PROFILE=fuzz-deep for a long hunt on a quiet machine.
settings.register_profile("fuzz-deep", parent=settings.get_profile("fuzz"), max_examples=500)
FUZZ = settings.get_profile(os.environ.get("GOVSOCIAL_FUZZ_PROFILE", "fuzz"))

ONE_MB = 1024 * 1024

# One of each kind of trouble, each tried as an explicit example on every field of
# every form and API method (hostile_cases), so they run whatever Hypothesis draws.
HOSTILE_TEXT: dict[str, str] = {
    "empty": "",
    "blank": " \t\r\n ",
    "NUL": "before\x00after",
    "lone surrogates": "\ud800 and \udfff",
    "1 MB": "a" * ONE_MB,
    "HTML and script": '<b onclick="steal()">bold</b> <script>alert(document.cookie)</script>',
    "right-to-left override": "\u202eexe.txt",
    "zero-width": "\u200b\u200c\u200d\u2060\ufeff",
    "huge number": str(10**30),
    "negative": "-1",
    "overflowing float": "1e309",
    "NaN": "NaN",
}
# Trouble a field must refuse on its own: tried one field at a time, so that another
# field's error cannot hide a field that lets it through.
REFUSED_ALONE = ("empty", "NUL", "lone surrogates", "1 MB")

# Where JSON wants a string or a number: every other type, and numbers no column holds.
WRONG_JSON: dict[str, Any] = {
    "null": None, "true": True, "false": False, "empty list": [], "list": ["x"],
    "empty object": {}, "object": {"text": "x"}, "huge number": 10**30, "negative": -1,
    "zero": 0, "fraction": 1.5, "overflowing float": float("inf"), "NaN": float("nan"),
}

_TRICKY = "\x00\ud800\udfff\u202e\u200b\ufeff<>&\"'\r\n\t %+=;\\/"

hostile_text = st.one_of(
    st.sampled_from(list(HOSTILE_TEXT.values())),
    # characters() with no arguments includes lone surrogates and control characters.
    st.text(alphabet=st.characters(), max_size=60),
    st.text(alphabet=st.sampled_from(_TRICKY), max_size=20),
)
wrong_json = st.one_of(
    st.sampled_from(list(WRONG_JSON.values())),
    st.integers(), st.floats(),
    st.recursive(st.none() | st.booleans() | st.integers() | hostile_text,
                 lambda inner: st.lists(inner, max_size=3)
                 | st.dictionaries(hostile_text, inner, max_size=3),
                 max_leaves=6),
)

MISSING = object()


def form_input(fields: Mapping[str, st.SearchStrategy]) -> st.SearchStrategy[dict]:
    """A form's fields, each valid (from ``fields``), hostile, or left out.

    Never a body too large for Django to read at all (three fields of 1 MB): no view
    sees one, and test_every_endpoint proves every route refuses it clearly."""
    return st.fixed_dictionaries({
        name: st.one_of(valid, hostile_text, st.just(MISSING))
        for name, valid in fields.items()
    }).map(lambda data: {k: v for k, v in data.items() if v is not MISSING}).filter(
        lambda data: len(form_body(data)) <= django_settings.DATA_UPLOAD_MAX_MEMORY_SIZE)


def json_input(fields: Mapping[str, st.SearchStrategy]) -> st.SearchStrategy[Any]:
    """A JSON body: an object whose keys are each valid, hostile, of the wrong type or
    missing, with now and then a key nobody asked for; or not an object at all."""
    members = st.fixed_dictionaries({
        name: st.one_of(valid, hostile_text, wrong_json, st.just(MISSING))
        for name, valid in fields.items()
    }).map(lambda data: {k: v for k, v in data.items() if v is not MISSING})
    extra = st.dictionaries(hostile_text, wrong_json, max_size=2)
    return st.one_of(st.builds(lambda known, more: {**more, **known}, members, extra),
                     wrong_json)


def with_examples(cases: Iterable[Mapping[str, Any]]) -> Callable:
    """Hypothesis @example for each case: explicit inputs that run every time."""
    def decorate(test):
        for case in reversed(list(cases)):
            test = example(**case)(test)
        return test
    return decorate


def hostile_cases(valid: Mapping[str, Any], fields: Iterable[str] | None = None, *,
                  alone: Iterable[str] | None = None,
                  kinds: Mapping[str, Any] = HOSTILE_TEXT) -> list[dict[str, Any]]:
    """Explicit cases for a form or a JSON body: the valid input; each kind of trouble
    in every field of ``fields`` at once (1 MB in each would be too large a request
    for any of them to be read); each field left out; and, one field of ``alone`` (the
    free-text ones; all of ``fields`` unless given) at a time, the trouble it must
    refuse on its own."""
    fields = list(valid if fields is None else fields)
    cases = [dict(valid)]
    cases.extend({**valid, **dict.fromkeys(fields, value)}
                 for name, value in kinds.items() if name != "1 MB")
    cases.extend({k: v for k, v in valid.items() if k != field} for field in fields)
    for field in fields if alone is None else alone:
        cases.extend({**valid, field: kinds[name]} for name in REFUSED_ALONE if name in kinds)
    return cases


def shows_nothing(text: str) -> bool:
    """Text a reader sees nothing of: only spaces, line breaks, control and format
    characters (zero-width spaces and joiners, direction marks, the byte-order mark).
    A post must be refused for it."""
    return all(unicodedata.category(character) in ("Zs", "Zl", "Zp", "Cc", "Cf")
               for character in text)


# --- Sending ---------------------------------------------------------------------

def received(value: str) -> str:
    """The text a server reads from a form field sent as ``value``: a lone surrogate
    cannot be sent as UTF-8, so it arrives as bytes no decoder accepts, which Django
    reads as U+FFFD."""
    return value.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


def form_body(data: Mapping[str, str | list[str]]) -> bytes:
    """URL-encoded, as a browser (or anything else) sends a form."""
    pairs = []
    for key, value in data.items():
        for one in value if isinstance(value, list) else [value]:
            pairs.append((key.encode("utf-8", "surrogatepass"),
                          one.encode("utf-8", "surrogatepass")))
    return urlencode(pairs).encode("ascii")


def _note(method: str, path: str, sent: Any) -> None:
    # Hypothesis here prints a failing example's arguments blank: say what was sent.
    if currently_in_test_context():
        note(f"{method} {path} {sent!r:.500}")


def post_form(client, path: str, data: Mapping[str, str | list[str]]):
    _note("POST", path, data)
    # Messages left in the cookie by an earlier example would read as this one's.
    client.cookies.pop("messages", None)
    return client.post(path, form_body(data), content_type="application/x-www-form-urlencoded")


def get_page(client, path: str, query: Mapping[str, str]):
    _note("GET", path, query)
    client.cookies.pop("messages", None)
    return client.get(f"{path}?{form_body(query).decode()}" if query else path)


def unreadable_address(query: Mapping[str, str], *, admin: bool = False) -> bool:
    """A query GovSocial refuses before any view reads it (UnreadableAddressMiddleware)."""
    def too_large(key: str, value: str) -> bool:
        return (admin and key != "q" and re.fullmatch(r"-?\d+", value) is not None
                and abs(int(value)) > LARGEST_ID)

    return (len(form_body(query)) > MAX_QUERY_STRING
            or any("\x00" in received(key) + received(value) or too_large(key, value)
                   for key, value in ((received(k), received(v)) for k, v in query.items())))


def json_body(value: Any) -> bytes:
    """JSON as a client may send it: NaN and Infinity as JavaScript writes them, a lone
    surrogate as the \\ud800 escape that JSON allows."""
    return json.dumps(value, allow_nan=True).encode()


def send_json(client, method: str, path: str, body: Any = MISSING, *,
              content_type: str = "application/json"):
    _note(method, path, (body, content_type))
    data = b"" if body is MISSING else body if isinstance(body, bytes) else json_body(body)
    return client.generic(method, path, data, content_type=content_type)


# --- What was stored ---------------------------------------------------------------

_STORED_APPS = ("reviews", "guidelines", "authtoken", "auth")


@functools.cache
def _snapshot_sql() -> str:
    """One query for every row of GovSocial's own tables and the people's, each row as
    text: compared before and after a request, so an update counts as a write as much
    as an insert does (one round trip keeps hundreds of examples quick)."""
    models = [m for app in _STORED_APPS
              for m in apps.get_app_config(app).get_models(include_auto_created=True)]
    quote = connection.ops.quote_name
    selects = []
    for model in models:
        row = " || '|' || ".join(f"COALESCE(CAST({quote(field.column)} AS TEXT), '~')"
                                 for field in model._meta.concrete_fields)
        selects.append(f"SELECT '{model._meta.label}', {row} FROM {quote(model._meta.db_table)}")
    return " UNION ALL ".join(selects)


def stored_rows() -> dict[str, list[str]]:
    rows: dict[str, list[str]] = {}
    with connection.cursor() as cursor:
        cursor.execute(_snapshot_sql())
        for label, row in cursor.fetchall():
            rows.setdefault(label, []).append(row)
    return {label: sorted(found) for label, found in rows.items()}


def changed_tables(before: Mapping[str, list], after: Mapping[str, list]) -> list[str]:
    return sorted(label for label in {*before, *after} if after.get(label) != before.get(label))


def new_rows(before: Mapping[str, list], after: Mapping[str, list], label: str) -> int:
    return len(after.get(label, [])) - len(before.get(label, []))


@contextmanager
def isolated():
    """One example's requests, rolled back afterwards. Throttles and lock-outs start
    afresh too (their counts live in the cache)."""
    cache.clear()
    with transaction.atomic():
        try:
            yield
        finally:
            transaction.set_rollback(True)


# --- Judging the answer ------------------------------------------------------------

def assert_answered_safely(response) -> None:
    assert response.status_code < 500, (response.status_code, response.content[:800])
    assert b"Traceback" not in response.content


_SUMMARY = re.compile(r'<div class="govuk-error-summary".*?</ul>', re.S)
_SUMMARY_LINK = re.compile(r'<li><a href="#([^"]*)">(.*?)</a></li>', re.S)
# Every GovSocial page (the error pages included) and nothing else says this.
_OWN_PAGE = "– GovSocial</title>"


def error_summary(html: str) -> list[tuple[str, str]]:
    """(field id, message) for each error in the page's GOV.UK error summary."""
    summary = _SUMMARY.search(html)
    if not summary:
        return []
    return [(target, unescape(text).strip())
            for target, text in _SUMMARY_LINK.findall(summary.group())]


@dataclass
class PageAnswer:
    """How a page answered: ``stored`` is the tables it changed; ``errors`` the error
    summary as (field id, message); ``messages`` the flash messages as (level, text)."""

    status: int
    stored: list[str]
    errors: list[tuple[str, str]]
    messages: list[tuple[str, str]]
    html: str

    @property
    def error_fields(self) -> set[str]:
        return {target for target, _ in self.errors}


def judge_page(response, before) -> PageAnswer:
    """Assert the page answered as a person can act on; say what it stored.

    A refusal stores nothing and says why: the form again with a GOV.UK error summary
    whose every link leads to a field on the page, a redirect with a message, or one
    of GovSocial's own error pages.
    """
    assert_answered_safely(response)
    stored = changed_tables(before, stored_rows())
    html = response.content.decode("utf-8", "replace")
    notes = [(m.level_tag, str(m)) for m in get_messages(response.wsgi_request)]
    answer = PageAnswer(response.status_code, stored, error_summary(html), notes, html)
    if answer.errors or _SUMMARY.search(html):
        assert not stored, stored
        assert answer.status in (200, 400), answer.status
        assert answer.errors, "an error summary with no errors in it"
        for target, message in answer.errors:
            assert message, f"an empty error message for #{target}"
            assert f'id="{target}"' in html, f"the error summary links to a missing #{target}"
    elif answer.status in (301, 302, 303):
        if not stored:
            assert any(level in ("error", "warning", "info") and text.strip()
                       for level, text in notes), ("refused without a word", notes)
    elif answer.status >= 400:
        assert not stored, stored
        assert _OWN_PAGE in html, html[:500]
        assert re.search(r"<h1[^>]*>\S", html), html[:500]
    else:
        assert answer.status == 200, answer.status
        assert not stored, ("changed without a redirect", stored)
    return answer


@dataclass
class JsonAnswer:
    status: int
    stored: list[str]
    body: Any


def judge_json(response, before, *, fields: Iterable[str] = ()) -> JsonAnswer:
    """Assert the API answered in JSON, and that an error stored nothing and says
    what is wrong: {"error", "detail"}, with the fields named when a field is wrong."""
    assert_answered_safely(response)
    assert response["Content-Type"] == "application/json", response["Content-Type"]
    body = json.loads(response.content)
    stored = changed_tables(before, stored_rows())
    if response.status_code >= 400:
        assert not stored, stored
        assert isinstance(body, dict), body
        assert isinstance(body.get("error"), str) and body["error"], body
        assert isinstance(body.get("detail"), str) and body["detail"].strip(), body
        if body["error"] == "invalid":
            named = set(body.get("fields", {})) | ({body["field"]} if "field" in body else set())
            assert named, ("an invalid request that names no field", body)
            assert named <= {*fields, "non_field_errors"}, (named, body)
    return JsonAnswer(response.status_code, stored, body)


# --- Which endpoints are fuzzed ----------------------------------------------------

FUZZED: set[str] = set()


def fuzzes(*url_names: str) -> Callable:
    """Register the URL names a test fuzzes (tests/fuzz/test_every_endpoint.py fails
    for a routed endpoint that no test has registered)."""
    FUZZED.update(url_names)
    return lambda test: test
