"""Working hours waited: the same answers as counting day by day, at any span, and the
moment past which a post is overdue."""

import random
import time as clock
from datetime import datetime, timedelta

import pytest
from django.utils import timezone

from reviews.turnaround import DAY_END, DAY_START, working_hours_before, working_hours_between


def counted_day_by_day(start: datetime, end: datetime) -> float:
    """The plain definition: each weekday's 09:00–17:00 overlap with the span."""
    start, end = timezone.localtime(start), timezone.localtime(end)
    total = timedelta()
    day = start.date()
    while day <= end.date():
        if day.weekday() < 5:
            opens = timezone.make_aware(datetime.combine(day, DAY_START))
            closes = timezone.make_aware(datetime.combine(day, DAY_END))
            total += max(min(closes, end) - max(opens, start), timedelta())
        day += timedelta(days=1)
    return round(total.total_seconds() / 3600, 1)


def at(text: str) -> datetime:
    return timezone.make_aware(datetime.fromisoformat(text))


@pytest.mark.parametrize(("start", "end", "hours"), [
    ("2025-03-03 10:00", "2025-03-03 12:30", 2.5),   # within a Monday
    ("2025-03-07 16:00", "2025-03-10 10:00", 2.0),   # over a weekend
    ("2025-03-08 12:00", "2025-03-09 12:00", 0.0),   # a weekend only
    ("2025-03-03 07:00", "2025-03-03 20:00", 8.0),   # before opening to after closing
    ("2025-03-03 09:00", "2025-03-17 09:00", 80.0),  # two whole weeks
    ("2025-03-28 16:00", "2025-03-31 10:00", 2.0),   # over the clocks going forward
])
def test_working_hours_count_only_weekdays_from_nine_to_five(start, end, hours):
    assert working_hours_between(at(start), at(end)) == hours


def test_working_hours_match_counting_day_by_day_over_any_span():
    rng = random.Random(8)
    base = at("2024-01-01 00:00")
    for _ in range(3000):
        start = base + timedelta(minutes=rng.randint(0, 60 * 24 * 700))
        end = start + timedelta(minutes=rng.randint(0, 60 * 24 * rng.choice([1, 9, 400])))
        assert working_hours_between(start, end) == counted_day_by_day(start, end)


def test_a_post_waiting_for_years_costs_no_more_than_one_waiting_an_hour():
    start = at("2001-06-01 10:00")
    end = at("2025-06-02 11:00")
    began = clock.perf_counter()
    for _ in range(1000):
        hours = working_hours_between(start, end)
    elapsed = clock.perf_counter() - began

    assert hours == counted_day_by_day(start, end)
    assert elapsed < 0.5  # day by day, 24 years a thousand times takes seconds


@pytest.mark.parametrize(("now", "target", "moment"), [
    ("2025-03-05 14:00", 4, "2025-03-05 10:00"),  # same day
    ("2025-03-05 13:00", 4, "2025-03-04 17:00"),  # the night before counts as its close
    ("2025-03-05 10:00", 4, "2025-03-04 14:00"),  # back into the day before
    ("2025-03-10 10:00", 4, "2025-03-07 14:00"),  # back over a weekend
    ("2025-03-10 09:00", 8, "2025-03-06 17:00"),  # a whole day back ends at a close
    ("2025-03-08 12:00", 40, "2025-02-28 17:00"),  # from a Saturday, a whole week
])
def test_the_overdue_moment_is_the_target_in_working_hours_before_now(now, target, moment):
    assert working_hours_before(at(now), target) == at(moment)


def test_posts_waiting_since_before_the_overdue_moment_are_the_ones_past_target():
    rng = random.Random(4)
    base = at("2025-01-06 00:00")
    for _ in range(2000):
        now = base + timedelta(minutes=rng.randint(0, 60 * 24 * 90))
        target = rng.choice([1, 4, 8, 24, 40])
        moment = working_hours_before(now, target)
        just_before = moment - timedelta(seconds=1)

        assert working_hours_between(moment, now) == target
        assert counted_day_by_day(just_before, now) >= target
        # Past the moment, a post has waited the target at most.
        later = moment + timedelta(minutes=rng.randint(1, 600))
        assert working_hours_between(later, now) <= target
