"""How long a post has waited, in working hours (09:00 to 17:00, Monday to Friday).

Both directions count from a fixed Monday in whole weeks (40 working hours each) and
then days, so a post that has waited a year costs no more than one that waited an hour.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from django.utils import timezone

DAY_START, DAY_END = time(9), time(17)
_DAY = timedelta(hours=8)
_WORKING_DAYS = 5
_WEEK = _WORKING_DAYS * _DAY
_EPOCH = date(2001, 1, 1)  # a Monday


def _working_time_since_epoch(moment: datetime) -> timedelta:
    """Working time from the epoch's Monday, 09:00, to ``moment`` (site time)."""
    local = timezone.localtime(moment)
    weeks, weekday = divmod((local.date() - _EPOCH).days, 7)
    total = weeks * _WEEK + min(weekday, _WORKING_DAYS) * _DAY
    if weekday < _WORKING_DAYS:
        clock = timedelta(hours=local.hour, minutes=local.minute, seconds=local.second,
                          microseconds=local.microsecond)
        opens = timedelta(hours=DAY_START.hour)
        total += min(max(clock - opens, timedelta()), _DAY)
    return total


def working_hours_between(start: datetime, end: datetime | None = None) -> float:
    """Working hours from start to end (now), in the site's time zone."""
    end = end or timezone.now()
    if end <= start:
        return 0.0
    worked = _working_time_since_epoch(end) - _working_time_since_epoch(start)
    return round(worked.total_seconds() / 3600, 1)


def working_hours_before(end: datetime, hours: float) -> datetime:
    """The moment that splits posts by a target of ``hours`` working hours at ``end``:
    one waiting since before it has waited longer, one since it or later has not. (Of
    the moments with the same working time to go, the earliest: the evening before
    counts as its day's 17:00.)"""
    reached = _working_time_since_epoch(end) - timedelta(hours=hours)
    weeks, into_week = divmod(reached, _WEEK)
    if into_week == timedelta():  # the start of a week is the end of the Friday before
        weeks, into_week = weeks - 1, _WEEK
    # The day whose working time reaches it, counting a day's close (17:00) as its own.
    day_index = (into_week - timedelta(microseconds=1)) // _DAY
    into_day = into_week - day_index * _DAY
    day = _EPOCH + timedelta(days=7 * weeks + day_index)
    opens = timezone.make_aware(datetime.combine(day, DAY_START))
    return opens + into_day
