"""Answers for requests the app cannot serve as asked: the database unreachable (a
restart, a failover), a sign-in locked out after too many wrong passwords, or a web
address no view should read."""

from __future__ import annotations

import logging
import re

from django.conf import settings
from django.core.exceptions import SuspiciousOperation
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = "30"


# gunicorn refuses a longer request line (its limit_request_line): the development
# server must too, or SQLite gets search words longer than it can match.
MAX_QUERY_STRING = 4094


# The largest id a column holds. Django's admin passes a filter such as
# ?department__exact= to SQLite as it stands, which cannot take a larger number.
LARGEST_ID = 2**63 - 1
_WHOLE_NUMBER = re.compile(r"-?\d+")


class UnreadableAddress(SuspiciousOperation):
    """A web address GovSocial will not read; Django answers it with the 400 page
    (reviews.views.bad_request), whose message is this exception's."""


class UnreadableAddressMiddleware:
    """Refuse, before any view, an address holding a NUL character (PostgreSQL refuses
    one in any query: a search box or an admin filter would be a 500), an admin filter
    by a number no id can be, or an address longer than the server in front accepts."""

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if len(request.META.get("QUERY_STRING", "")) > MAX_QUERY_STRING:
            raise UnreadableAddress(f"Its web address is too long: GovSocial reads up to "
                                    f"{MAX_QUERY_STRING:,} characters after the “?”.")
        if "\x00" in request.path or any("\x00" in key or "\x00" in value
                                         for key, values in request.GET.lists()
                                         for value in values):
            raise UnreadableAddress("Its web address holds a NUL character (%00), which "
                                    "GovSocial cannot read.")
        # The admin's filters (its search words, "q", are text whatever they look like).
        if request.path.startswith("/admin/") and any(
                key != "q" and _WHOLE_NUMBER.fullmatch(value) and abs(int(value)) > LARGEST_ID
                for key, values in request.GET.lists() for value in values):
            raise UnreadableAddress("Its web address holds a number too large for GovSocial to "
                                    "look up.")
        return self.get_response(request)


class DatabaseUnavailableMiddleware:
    """A request that fails because the database is unreachable gets a 503 that says
    nothing was saved and to try again, not a 500.

    Every write is one transaction (the services), so a write that failed left nothing
    half-done. Django opens a new connection for the next request once the
    database is back (CONN_HEALTH_CHECKS), so no process needs restarting.
    """

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        logger.warning("Database unavailable for %s %s: %s", request.method, request.path,
                       exception)
        if request.path.startswith("/api/"):
            response: HttpResponse = JsonResponse(
                {"error": "unavailable", "detail": "The service cannot reach its database "
                 "just now; nothing was saved. Try again in a minute."}, status=503)
        else:
            # Rendered without the request: its context processors would ask the
            # database for the user.
            response = HttpResponse(render_to_string("503.html"), status=503)
        response["Retry-After"] = RETRY_AFTER_SECONDS
        return response


def sign_in_locked_out(request: HttpRequest, original_response: HttpResponse | None = None,
                       credentials: dict | None = None) -> HttpResponse:
    """django-axes' answer to a locked-out sign-in: the API keeps its JSON error shape,
    people get a page that says what happened and what to do."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    if request.path.startswith("/api/"):
        return JsonResponse({"error": "locked_out", "detail": "Too many wrong passwords for "
                             f"this username: signing in is paused for {minutes} minutes."},
                            status=429)
    return render(request, "registration/locked_out.html", {"minutes": minutes}, status=429)
