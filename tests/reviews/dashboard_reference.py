"""The dashboard's figures the slow way, as reviews.dashboard computed them before it
counted in the database: every row read into Python and counted there. The tests compare
the two on varied data, so the faster way is held to exactly the same figures."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta

from django.db.models import Count
from django.utils import timezone

from reviews.dashboard import COACHING, DECISIONS, WEEKS, Table, _percentile, _week_start
from reviews.models import AuditEvent, CheckResult, Decision, FindingDismissal, PostVersion
from reviews.selectors import departments_reviewed_by
from reviews.states import Action
from reviews.turnaround import working_hours_between


def build_row_by_row(user, *, now: datetime | None = None, weeks: int = WEEKS) -> dict[str, Table]:
    now = now or timezone.now()
    since = now - timedelta(weeks=weeks)
    departments = departments_reviewed_by(user)
    in_scope = {"post__department__in": departments}
    week_keys = sorted({_week_start(now - timedelta(weeks=n)) for n in range(weeks)})

    submitted = Counter(_week_start(created) for created in PostVersion.objects.filter(
        created__gte=since, **in_scope).values_list("created", flat=True))
    events = list(AuditEvent.objects.filter(created__gte=since, **in_scope,
                                            action__in=[Action.CHECKS_DONE, Action.AUTO_CLEAR,
                                                        *DECISIONS])
                  .values_list("action", "created"))
    cleared = Counter(_week_start(c) for a, c in events if a == Action.AUTO_CLEAR)
    checked = Counter(_week_start(c) for a, c in events
                      if a in (Action.AUTO_CLEAR, Action.CHECKS_DONE))
    volume = Table("volume", "Posts submitted and cleared automatically",
                   ["Week starting", "Submitted", "Cleared automatically",
                    "Share cleared automatically (%)"])
    for week in week_keys:
        share = round(100 * cleared[week] / checked[week]) if checked[week] else 0
        volume.rows.append([week, submitted[week], cleared[week], share])

    turnaround = Table("turnaround", "Time to a mentor's decision (working hours)",
                       ["Department", "Decisions", "Median", "90th percentile", "Target",
                        "Share within target (%)"])
    hours_by_department: dict[str, list[float]] = {}
    targets = {}
    for decision in (Decision.objects.filter(created__gte=since, **in_scope)
                     .select_related("version", "post__department")):
        department = decision.post.department
        targets[department.short_name] = department.target_turnaround_hours
        hours_by_department.setdefault(department.short_name, []).append(
            working_hours_between(decision.version.created, decision.created))
    for name in sorted(hours_by_department):
        hours = hours_by_department[name]
        within = sum(h <= targets[name] for h in hours)
        turnaround.rows.append([name, len(hours), _percentile(hours, 0.5),
                                _percentile(hours, 0.9), targets[name],
                                round(100 * within / len(hours))])

    results = list(CheckResult.objects.filter(run__version__created__gte=since,
                                              run__version__post__department__in=departments)
                   .exclude(outcome="pass")
                   .values_list("check_name", "findings", "run__version__created"))
    findings_by_week: dict[str, Counter[str]] = {}
    finding_counts: Counter[str] = Counter()
    for check, findings, created in results:
        findings_by_week.setdefault(_week_start(created), Counter())[check] += len(findings)
        finding_counts[check] += len(findings)
    checks = sorted(finding_counts)
    by_check = Table("findings", "Findings by check", ["Week starting", *checks])
    for week in week_keys:
        by_check.rows.append([week, *[findings_by_week.get(week, Counter())[c] for c in checks]])

    dismissed = Counter(dict(FindingDismissal.objects.filter(
        created__gte=since, result__run__version__post__department__in=departments)
        .values_list("result__check_name").annotate(n=Count("id"))))
    false_alarms = Table("false_alarms", "Findings mentors dismissed as false alarms",
                         ["Check", "Findings", "Dismissed", "False-alarm rate (%)"])
    for check in checks:
        total = finding_counts[check]
        false_alarms.rows.append([check, total, dismissed[check],
                                  round(100 * dismissed[check] / total) if total else 0])

    raised_versions = set(CheckResult.objects.filter(
        run__version__created__gte=since, run__version__post__department__in=departments)
        .exclude(outcome="pass").values_list("run__version_id", flat=True))
    coached = list(Decision.objects.filter(created__gte=since, outcome__in=COACHING, **in_scope)
                   .values_list("version_id", "created"))
    added = Table("mentor_added", "Coaching on posts no check raised",
                  ["Week starting", "Coached posts", "Of which no check raised anything"])
    coached_by_week = Counter(_week_start(c) for _, c in coached)
    unraised_by_week = Counter(_week_start(c) for v, c in coached if v not in raised_versions)
    for week in week_keys:
        added.rows.append([week, coached_by_week[week], unraised_by_week[week]])

    backlog = Table("backlog", "Backlog: posts awaiting review at the end of each week",
                    ["Week starting", "Entered review", "Decided", "Awaiting at week end"])
    all_events = (AuditEvent.objects.filter(**in_scope,
                                            action__in=[Action.CHECKS_DONE, *DECISIONS])
                  .values_list("action", "created"))
    entered, left = Counter(), Counter()
    waiting_before = 0
    for action, created in all_events:
        if created < since:
            waiting_before += 1 if action == Action.CHECKS_DONE else -1
            continue
        (entered if action == Action.CHECKS_DONE else left)[_week_start(created)] += 1
    waiting = waiting_before
    for week in week_keys:
        waiting += entered[week] - left[week]
        backlog.rows.append([week, entered[week], left[week], max(waiting, 0)])

    return {t.slug: t for t in (volume, turnaround, by_check, false_alarms, added, backlog)}
