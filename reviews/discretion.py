"""Devolved discretion: which posts an official may publish without a mentor's review.

Level 0: every post goes to a mentor. Level 1: a post with no findings is cleared
automatically. Level 2: a post with only warnings is cleared too. A department caps the
level its officials may hold. Whatever the level, a post is never cleared during a
pre-election period, when it touches a sensitive topic, or when any check fails.
"""

from __future__ import annotations

from collections.abc import Sequence

from reviews.checks import Outcome, Report

LEVELS = (0, 1, 2)


def effective_level(profile, department) -> int:
    """The level an official acts at: their own, capped by their department's."""
    own = profile.discretion_level if profile else 0
    cap = department.max_discretion_level if department else 0
    return min(own, cap)


def clears_automatically(level: int, report: Report, *, topics: Sequence = (),
                         election_period: str = "") -> bool:
    if level <= 0 or topics or election_period:
        return False
    outcomes = {result.outcome for result in report.results.values() if result.raised}
    if Outcome.FAIL in outcomes:
        return False
    return not outcomes if level == 1 else True
