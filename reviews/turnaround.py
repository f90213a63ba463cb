"""How long a post has waited, in working hours (09:00 to 17:00, Monday to Friday)."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from django.utils import timezone

DAY_START, DAY_END = time(9), time(17)


def working_hours_between(start: datetime, end: datetime | None = None) -> float:
    """Working hours from start to end (now), in the site's time zone."""
    end = end or timezone.now()
    if end <= start:
        return 0.0
    start, end = timezone.localtime(start), timezone.localtime(end)
    total = timedelta()
    day = start.date()
    while day <= end.date():
        if day.weekday() < 5:
            opens = timezone.make_aware(datetime.combine(day, DAY_START), start.tzinfo)
            closes = timezone.make_aware(datetime.combine(day, DAY_END), start.tzinfo)
            overlap = min(closes, end) - max(opens, start)
            if overlap > timedelta():
                total += overlap
        day += timedelta(days=1)
    return round(total.total_seconds() / 3600, 1)
