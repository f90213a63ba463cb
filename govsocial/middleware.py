"""Answers for requests the app cannot serve as asked: the database unreachable (a
restart, a failover), or a sign-in locked out after too many wrong passwords."""

from __future__ import annotations

import logging

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = "30"


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
