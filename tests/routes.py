"""Every URL the project routes, found by walking the resolver, so that tests which must
cover every endpoint (CSRF, fuzzing) notice a new one the day it is added."""

from __future__ import annotations

import re
from typing import NamedTuple

from django.urls import URLPattern, URLResolver, get_resolver


class Route(NamedTuple):
    name: str | None
    route: str  # as written in the urls modules, e.g. "posts/<int:post_id>/edit/"


def routed_patterns(*, admin: bool = False) -> list[Route]:
    """Every URL pattern of the project, Django's admin site only when asked."""
    found = []

    def walk(patterns, prefix: str) -> None:
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                if admin or not route.startswith("admin/"):
                    walk(pattern.url_patterns, route)
            elif isinstance(pattern, URLPattern):
                found.append(Route(pattern.name, route))

    walk(get_resolver().url_patterns, "")
    return found


def filled(route: str, value: str = "1") -> str:
    """The path of a route with every ``<converter:argument>`` given ``value``."""
    return "/" + re.sub(r"<[^>]+>", value, route.lstrip("^").rstrip("$"))


def project_routes() -> list[str]:
    """Every route outside the Django admin as written in its ``path()`` (for example
    ``posts/<int:post_id>/``), which is what ``resolve(…).route`` answers for a URL."""
    return [route.route for route in routed_patterns()]
