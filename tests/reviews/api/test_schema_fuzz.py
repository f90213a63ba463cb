"""Schemathesis: generated requests to every API operation never give a 5xx, and every
response matches the OpenAPI schema (status, content type, body)."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from rest_framework.authtoken.models import Token
from schemathesis.checks import negative_data_rejection

from govsocial.validators import has_visible_text
from govsocial.wsgi import application
from reviews.states import PostStatus
from tests.factories import make_department, make_post, make_user

schema = schemathesis.openapi.from_wsgi("/api/schema", application)
# The schema's own format for a post's text (reviews/api/serializers.PostTextField): text
# a reader would see something of, with no NUL.
schemathesis.openapi.format("visible-text", st.text(min_size=1).filter(
    lambda text: "\x00" not in text and has_visible_text(text)))


@pytest.fixture
def in_process_requests():
    """Keep the test's database connection open across requests, as Django's own test
    client does: the WSGI handler would otherwise close it after each response."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def mentor_token(db, in_process_requests):
    department = make_department()
    mentor = make_user("press_officer", department, mentors=department)
    official = make_user("official", department)
    # Something real to find, decide and edit behind the generated ids.
    for state in (PostStatus.DRAFT, PostStatus.AWAITING_REVIEW, PostStatus.RETURNED):
        make_post(official, state)
    return Token.objects.create(user=mentor).key


@pytest.mark.django_db
@schema.parametrize()
@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.filter_too_much])
def test_every_operation_answers_within_its_schema(case, mentor_token):
    # Every default check but one: "negative data" counts a query string like
    # ?page[x]=1 as a bad "page"; the API, like Django, ignores a parameter it does not
    # know, which is harmless and not a schema violation.
    case.call_and_validate(headers={"Authorization": f"Token {mentor_token}"},
                           excluded_checks=[negative_data_rejection])
