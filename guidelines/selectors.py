"""Reads of the guidance, the pre-election periods, sensitive topics and check settings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from django.db.models import Count, Max, Q, QuerySet
from django.utils import timezone

from guidelines.models import (
    CheckSetting,
    ElectionPeriod,
    GuidancePage,
    Principle,
    PublicationStatus,
    SensitiveTopic,
)


def guidance_pages(*, include_drafts: bool = False) -> QuerySet[GuidancePage]:
    pages = GuidancePage.objects.all()
    return pages if include_drafts else pages.filter(status=PublicationStatus.PUBLISHED)


def principles() -> QuerySet[Principle]:
    return Principle.objects.all()


@dataclass(frozen=True)
class SearchHit:
    title: str
    summary: str
    url: str
    kind: str


def search_guidance(query: str, *, include_drafts: bool = False) -> list[SearchHit]:
    """Pages and principles holding every word of query, those with a word in the
    title first."""
    words = [w for w in query.split() if w][:10]
    if not words:
        return []
    hits = []
    for kind, rows, fields in (
            ("Guidance", guidance_pages(include_drafts=include_drafts),
             ("title", "summary", "body")),
            ("Principle", principles(), ("title", "summary", "body")),
    ):
        condition = Q()
        for word in words:
            any_field = Q()
            for field in fields:
                any_field |= Q(**{f"{field}__icontains": word})
            condition &= any_field
        for row in rows.filter(condition):
            in_title = sum(word.lower() in row.title.lower() for word in words)
            hits.append((-in_title, row.order, SearchHit(row.title, row.summary,
                                                          row.get_absolute_url(), kind)))
    return [hit for *_, hit in sorted(hits, key=lambda item: item[:2])]


def election_period_for(department_id: int | None, day: date | None = None
                        ) -> ElectionPeriod | None:
    """The pre-election period on for a department on day (today), if any."""
    day = day or timezone.localdate()
    periods = ElectionPeriod.objects.filter(starts_on__lte=day, ends_on__gte=day).annotate(
        covered=Count("departments"))
    condition = Q(covered=0)
    if department_id is not None:
        condition |= Q(departments=department_id)
    return periods.filter(condition).order_by("ends_on").first()


def election_periods_for_user(user, day: date | None = None) -> list[ElectionPeriod]:
    """Periods on today that cover a department the user mentors (or any, for admins),
    each with the short names of the departments it names."""
    from reviews.rules import is_admin

    day = day or timezone.localdate()
    periods = list(ElectionPeriod.objects.filter(starts_on__lte=day, ends_on__gte=day)
                   .prefetch_related("departments"))
    mentored = set() if is_admin(user) else set(
        user.mentored_departments.values_list("pk", flat=True))
    shown = []
    for period in periods:
        departments = list(period.departments.all())
        if is_admin(user) or not departments or mentored & {d.pk for d in departments}:
            period.department_names = [d.short_name for d in departments]
            shown.append(period)
    return shown


def active_sensitive_topics() -> list[SensitiveTopic]:
    return list(SensitiveTopic.objects.filter(active=True))


def check_settings_stamp() -> tuple[int, datetime | None]:
    """Changes whenever an admin saves a check setting: engines are rebuilt on change."""
    found = CheckSetting.objects.aggregate(count=Count("id"), last=Max("updated"))
    return found["count"], found["last"]


def check_overrides() -> dict[str, Any]:
    return {"checks": {row.check_name: row.overrides for row in CheckSetting.objects.all()
                       if row.overrides}}


def latest_principle_versions() -> dict[str, Any]:
    """Each principle's newest history record, by slug: what a finding stored now cites."""
    newest = (Principle.history.values("id").annotate(last=Max("history_id"))
              .values_list("last", flat=True))
    return {record.slug: record for record in
            Principle.history.filter(history_id__in=list(newest))}


def versions_of(instance) -> list[Any]:
    """instance's history records, oldest first, each with its version number."""
    records = list(instance.history.select_related("history_user")
                   .order_by("history_date", "history_id"))
    for number, record in enumerate(records, start=1):
        record.number = number
    return records


def starting_out_checklist(user) -> list[tuple[GuidancePage, bool]]:
    """Every published page, with whether the user has acknowledged its current text."""
    from guidelines.models import Acknowledgement

    read = {a.page_id: a for a in Acknowledgement.objects.filter(user=user)}
    return [(page, page.pk in read and read[page.pk].created >= page.updated)
            for page in guidance_pages()]
