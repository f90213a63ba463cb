"""Every API error as JSON: {"error": "<code>", "detail": "<message>"}, with the right
status, whatever raised it (DRF, Django, or a service refusing)."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.http import Http404
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler

from reviews.models import DraftPost
from reviews.services.errors import (
    ClaimedByAnother,
    InvalidInput,
    ServiceError,
    StaleVersion,
    TransitionRefused,
)

_SERVICE_ERRORS = [
    (StaleVersion, status.HTTP_409_CONFLICT, "stale_version"),
    (ClaimedByAnother, status.HTTP_409_CONFLICT, "claimed"),
    (TransitionRefused, status.HTTP_409_CONFLICT, "invalid_state"),
    (InvalidInput, status.HTTP_400_BAD_REQUEST, "invalid"),
    (ServiceError, status.HTTP_409_CONFLICT, "refused"),
]

_DRF_CODES = {
    exceptions.NotAuthenticated: "not_authenticated",
    exceptions.AuthenticationFailed: "not_authenticated",
    exceptions.PermissionDenied: "forbidden",
    exceptions.NotFound: "not_found",
    exceptions.MethodNotAllowed: "method_not_allowed",
    exceptions.NotAcceptable: "not_acceptable",
    exceptions.UnsupportedMediaType: "unsupported_media_type",
    exceptions.Throttled: "throttled",
    exceptions.ParseError: "malformed",
    exceptions.ValidationError: "invalid",
}


def error(code: str, detail: str, status_code: int, **extra) -> Response:
    return Response({"error": code, "detail": detail, **extra}, status=status_code)


def _first_message(detail) -> str:
    if isinstance(detail, dict):
        for field, value in detail.items():
            message = _first_message(value)
            return message if field == "non_field_errors" else f"{field}: {message}"
        return "Invalid input."
    if isinstance(detail, list):
        return _first_message(detail[0]) if detail else "Invalid input."
    return str(detail)


def api_exception_handler(exc, context):
    for kind, status_code, code in _SERVICE_ERRORS:
        if isinstance(exc, kind):
            extra = {"field": exc.field} if isinstance(exc, InvalidInput) and exc.field else {}
            return error(code, str(exc), status_code, **extra)
    if isinstance(exc, Http404 | DraftPost.DoesNotExist):
        return error("not_found", "No such post, or you cannot see it.", 404)
    if isinstance(exc, DjangoPermissionDenied):
        return error("forbidden", str(exc) or "You cannot do that.", 403)
    response = exception_handler(exc, context)
    if response is None:
        return None
    code = next((c for kind, c in _DRF_CODES.items() if isinstance(exc, kind)), "error")
    detail = _first_message(response.data.get("detail", response.data)
                            if isinstance(response.data, dict) else response.data)
    body = {"error": code, "detail": detail}
    if isinstance(exc, exceptions.ValidationError) and isinstance(exc.detail, dict):
        body["fields"] = {k: [str(m) for m in v] if isinstance(v, list) else [str(v)]
                          for k, v in exc.detail.items()}
    response.data = body
    return response
