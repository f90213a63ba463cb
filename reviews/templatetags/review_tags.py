"""Template filters for the review pages."""

from __future__ import annotations

from django import template

from reviews.forms import PLATFORM_CHOICES

register = template.Library()


@register.filter
def working_hours(hours: float | int | None) -> str:
    """A working-hours figure as people say it: "under 1 working hour", "1 working
    hour", "2.5 working hours"."""
    if hours is None:
        return ""
    if hours < 1:
        return "under 1 working hour"
    shown = f"{hours:g}" if isinstance(hours, int) else f"{hours:.1f}".removesuffix(".0")
    return f"{shown} working hour" if shown == "1" else f"{shown} working hours"


_PLATFORM_NAMES = dict(PLATFORM_CHOICES)


@register.filter
def platform_name(platform: str) -> str:
    """A platform as its users write it: "x" is "X", "linkedin" is "LinkedIn"."""
    return _PLATFORM_NAMES.get(platform, platform)
