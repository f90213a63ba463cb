"""Guidance rows for tests, saved through the services so each has its history."""

from __future__ import annotations

from guidelines.models import GuidancePage, Principle, PublicationStatus
from guidelines.services import save_guidance


def make_principle(editor, slug: str = "no-announcements", **fields) -> Principle:
    values = {"slug": slug, "title": "Leave announcements to the press office",
              "summary": "News is the press office's to release.",
              "body": "Share what is already published.", "check_name": "announcement",
              **fields}
    return save_guidance(Principle(), values, user=editor, note="First version")


def make_page(editor, slug: str = "starting-out", status: str = PublicationStatus.PUBLISHED,
              **fields) -> GuidancePage:
    values = {"slug": slug, "title": "Starting out", "summary": "For officials new to it.",
              "body": "Listen first, then join in.", "status": status, **fields}
    return save_guidance(GuidancePage(), values, user=editor, note="First version")
