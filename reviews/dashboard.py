"""The evaluation dashboard: what GovSocial does for the press office, from the database.

Every figure covers the departments the viewer reviews (all of them for admins) over the
last WEEKS weeks, and each table is also a CSV download.

The database counts: each query groups the window's rows by week (in the site's time
zone) and reads them through an index on their date, so older posts cost next to
nothing and the page makes the same queries however many there are. Only the turnaround
reads a row per decision in the window, as working hours and percentiles need them.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db.models import Count, Exists, Func, IntegerField, OuterRef, Q, Sum
from django.db.models.functions import TruncWeek
from django.utils import timezone

from reviews.models import AuditEvent, CheckResult, Decision, FindingDismissal, PostVersion
from reviews.rules import is_admin
from reviews.selectors import departments_reviewed_by
from reviews.states import Action
from reviews.turnaround import working_hours_between

WEEKS = 12
DECISIONS = (Action.APPROVE, Action.APPROVE_WITH_COACHING, Action.RETURN, Action.REJECT)
COACHING = ("approve_with_coaching", "return", "reject")


@dataclass
class Table:
    slug: str
    title: str
    headers: list[str]
    rows: list[list] = field(default_factory=list)


class JSONArrayLength(Func):
    """How many items a JSON array column holds."""

    function = "JSON_ARRAY_LENGTH"
    output_field = IntegerField()

    def as_postgresql(self, compiler, connection, **extra):
        return super().as_sql(compiler, connection, function="JSONB_ARRAY_LENGTH", **extra)


def _week_start(moment: datetime) -> str:
    day = timezone.localtime(moment).date()
    return (day - timedelta(days=day.weekday())).isoformat()


def _week(truncated: datetime) -> str:
    """A TruncWeek value (midnight on the Monday, site time) as its date."""
    return truncated.date().isoformat()


def _percentile(values: list[float], share: float) -> float | None:
    if not values:
        return None
    if len(values) == 1:
        return round(values[0], 1)
    return round(statistics.quantiles(values, n=100, method="inclusive")[int(share * 100) - 1],
                 1)


def _in_scope(user, post_path: str) -> Q:
    """Rows about posts in the departments the user reviews; for admins, every row (no
    join to the posts at all)."""
    if is_admin(user):
        return Q()
    return Q(**{f"{post_path}__department__in": departments_reviewed_by(user)})


def build(user, *, now: datetime | None = None, weeks: int = WEEKS) -> dict[str, Table]:
    now = now or timezone.now()
    since = now - timedelta(weeks=weeks)
    week_keys = sorted({_week_start(now - timedelta(weeks=n)) for n in range(weeks)})
    # The window starts part-way through a week that is not shown: its rows count in
    # the totals (findings, false alarms) but in no week's row.

    submitted = {_week(row["week"]): row["n"] for row in PostVersion.objects.filter(
        _in_scope(user, "post"), created__gte=since)
        .annotate(week=TruncWeek("created")).values("week").annotate(n=Count("id")).order_by()}
    events = Counter()  # (action, week) -> how many, in the window
    for row in (AuditEvent.objects.filter(_in_scope(user, "post"), created__gte=since,
                                          action__in=[Action.CHECKS_DONE, Action.AUTO_CLEAR,
                                                      *DECISIONS])
                .annotate(week=TruncWeek("created")).values("action", "week")
                .annotate(n=Count("id")).order_by()):
        events[row["action"], _week(row["week"])] = row["n"]

    volume = Table("volume", "Posts submitted and cleared automatically",
                   ["Week starting", "Submitted", "Cleared automatically",
                    "Share cleared automatically (%)"])
    for week in week_keys:
        cleared = events[Action.AUTO_CLEAR, week]
        checked = cleared + events[Action.CHECKS_DONE, week]
        share = round(100 * cleared / checked) if checked else 0
        volume.rows.append([week, submitted.get(week, 0), cleared, share])

    turnaround = Table("turnaround", "Time to a mentor's decision (working hours)",
                       ["Department", "Decisions", "Median", "90th percentile", "Target",
                        "Share within target (%)"])
    hours_by_department: dict[str, list[float]] = {}
    targets = {}
    for name, target, submitted_at, decided_at in (
            Decision.objects.filter(_in_scope(user, "post"), created__gte=since)
            .order_by().values_list("post__department__short_name",
                         "post__department__target_turnaround_hours", "version__created",
                         "created")):
        targets[name] = target
        hours_by_department.setdefault(name, []).append(
            working_hours_between(submitted_at, decided_at))
    for name in sorted(hours_by_department):
        hours = hours_by_department[name]
        within = sum(h <= targets[name] for h in hours)
        turnaround.rows.append([name, len(hours), _percentile(hours, 0.5),
                                _percentile(hours, 0.9), targets[name],
                                round(100 * within / len(hours))])

    findings_by_week: dict[str, Counter[str]] = {}
    finding_counts: Counter[str] = Counter()
    for row in (CheckResult.objects.filter(_in_scope(user, "run__version__post"),
                                           run__version__created__gte=since)
                .exclude(outcome="pass")
                .annotate(week=TruncWeek("run__version__created"))
                .values("check_name", "week")
                .annotate(n=Sum(JSONArrayLength("findings"))).order_by()):
        findings_by_week.setdefault(_week(row["week"]), Counter())[row["check_name"]] += row["n"]
        finding_counts[row["check_name"]] += row["n"]
    checks = sorted(finding_counts)
    by_check = Table("findings", "Findings by check", ["Week starting", *checks])
    for week in week_keys:
        by_check.rows.append([week, *[findings_by_week.get(week, Counter())[c] for c in checks]])

    dismissed = Counter(dict(FindingDismissal.objects.filter(
        _in_scope(user, "result__run__version__post"), created__gte=since)
        .values_list("result__check_name").annotate(n=Count("id")).order_by()))
    false_alarms = Table("false_alarms", "Findings mentors dismissed as false alarms",
                         ["Check", "Findings", "Dismissed", "False-alarm rate (%)"])
    for check in checks:
        total = finding_counts[check]
        false_alarms.rows.append([check, total, dismissed[check],
                                  round(100 * dismissed[check] / total) if total else 0])

    # "Raised" means a finding on the version checked in the window, as the findings
    # table counts them: a version submitted before the window counts as not raised.
    raised = Exists(CheckResult.objects.filter(
        _in_scope(user, "run__version__post"), run__version=OuterRef("version"),
        run__version__created__gte=since).exclude(outcome="pass"))
    coached = {_week(row["week"]): row for row in (
        Decision.objects.filter(_in_scope(user, "post"), created__gte=since,
                                outcome__in=COACHING)
        .annotate(week=TruncWeek("created")).values("week")
        .annotate(coached=Count("id"), unraised=Count("id", filter=~raised)).order_by())}
    added = Table("mentor_added", "Coaching on posts no check raised",
                  ["Week starting", "Coached posts", "Of which no check raised anything"])
    for week in week_keys:
        row = coached.get(week, {"coached": 0, "unraised": 0})
        added.rows.append([week, row["coached"], row["unraised"]])

    backlog = Table("backlog", "Backlog: posts awaiting review at the end of each week",
                    ["Week starting", "Entered review", "Decided", "Awaiting at week end"])
    # Only what was still waiting when the window opened: one count, read off the index.
    before = AuditEvent.objects.filter(
        _in_scope(user, "post"), created__lt=since,
        action__in=[Action.CHECKS_DONE, *DECISIONS]).aggregate(
        entered=Count("id", filter=Q(action=Action.CHECKS_DONE)),
        decided=Count("id", filter=~Q(action=Action.CHECKS_DONE)))
    waiting = before["entered"] - before["decided"]
    for week in week_keys:
        entered = events[Action.CHECKS_DONE, week]
        left = sum(events[action, week] for action in DECISIONS)
        waiting += entered - left
        backlog.rows.append([week, entered, left, max(waiting, 0)])

    return {t.slug: t for t in (volume, turnaround, by_check, false_alarms, added, backlog)}
