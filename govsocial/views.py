"""Pages that belong to the service as a whole rather than to one app."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe


@require_safe
@never_cache
def healthz(request: HttpRequest) -> HttpResponse:
    """Liveness for a load balancer or an uptime check: this web process answers.

    It touches neither the database nor the session, so a database outage does not take
    every web process out of rotation at once (the pages say so themselves, with a 503),
    and it is the floor every page pays for gunicorn and Django alone (bench/load).
    """
    return HttpResponse("ok", content_type="text/plain; charset=utf-8")
