"""Load the guidance that ships with GovSocial (guidelines/content/) into the database.

Only what is missing is added, so admins' edits are never overwritten: run it after
every deploy.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from guidelines.models import GuidancePage, Principle, PublicationStatus

CONTENT = Path(__file__).resolve().parents[2] / "content"


def _read(folder: str) -> list[dict]:
    rows = []
    for path in sorted((CONTENT / folder).glob("*.yaml")):
        try:
            row = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as error:
            raise CommandError(f"{path.name} is not valid YAML: {error}") from error
        if not isinstance(row, dict) or row.get("slug") != path.stem:
            raise CommandError(f"{path.name} must hold a mapping whose slug is {path.stem!r}.")
        rows.append(row)
    return rows


class Command(BaseCommand):
    help = "Add the shipped guidance pages and principles that are not in the database yet."

    @transaction.atomic
    def handle(self, *args, **options):
        added = 0
        for row in _read("principles"):
            if Principle.objects.filter(slug=row["slug"]).exists():
                continue
            principle = Principle(
                slug=row["slug"], title=row["title"], summary=row["summary"],
                body=row["body"], check_name=row.get("check") or "",
                good_examples=row.get("good_examples") or [],
                bad_examples=row.get("bad_examples") or [], order=row.get("order", 0))
            principle._change_reason = "Shipped with GovSocial"
            principle.save()
            added += 1
        for row in _read("pages"):
            if GuidancePage.objects.filter(slug=row["slug"]).exists():
                continue
            page = GuidancePage(
                slug=row["slug"], title=row["title"], summary=row.get("summary", ""),
                body=row["body"], order=row.get("order", 0),
                status=PublicationStatus.PUBLISHED)
            page._change_reason = "Shipped with GovSocial"
            page.save()
            added += 1
        self.stdout.write(f"Added {added} guidance pages and principles.")
