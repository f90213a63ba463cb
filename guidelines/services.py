"""Every change to the guidance and to the checks' settings: one transaction each,
versioned by django-simple-history with who made it and a change note."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from guidelines.models import Acknowledgement, CheckSetting, GuidancePage, Principle
from reviews.checks.engine import CHECKS, SHARED_DEFAULTS, ConfigError, build_check, merge
from reviews.services.errors import InvalidInput

GUIDANCE_MODELS = {"page": GuidancePage, "principle": Principle}


def _require_editor(user) -> None:
    if not user.has_perm("guidelines.edit_guidance"):
        raise PermissionDenied("Only admins can change the guidance.")


def _save_with_note(instance, user, note: str) -> None:
    instance._history_user = user
    instance._change_reason = note.strip()[:100] or "No change note"
    instance.full_clean()
    instance.save()


@transaction.atomic
def save_guidance(instance: GuidancePage | Principle, fields: Mapping[str, Any], *, user,
                  note: str) -> GuidancePage | Principle:
    """Create or change a guidance page or principle.

    Side effects: saves the row and one history record naming user and note; the
    change shows on the next page view (findings link to the principle's versions).
    """
    _require_editor(user)
    for name, value in fields.items():
        setattr(instance, name, value)
    _save_with_note(instance, user, note)
    return instance


@transaction.atomic
def restore_guidance_version(instance: GuidancePage | Principle, history_id: int, *, user
                             ) -> GuidancePage | Principle:
    """Bring back the text of an earlier version as a new version.

    Side effects: saves the row with the old version's fields and writes one history
    record ("Restored version N"); earlier versions stay as they were.
    """
    _require_editor(user)
    locked = type(instance).objects.select_for_update().get(pk=instance.pk)
    versions = list(locked.history.order_by("history_date", "history_id")
                    .values_list("history_id", flat=True))
    if history_id not in versions:
        raise InvalidInput("That version does not belong to this page.", field="version")
    old = locked.history.get(history_id=history_id)
    for field in type(locked)._meta.concrete_fields:
        if field.primary_key or field.name == "updated":
            continue
        setattr(locked, field.attname, getattr(old, field.attname))
    _save_with_note(locked, user, f"Restored version {versions.index(history_id) + 1}")
    return locked


def validate_check_overrides(check_name: str, overrides: Mapping[str, Any]) -> None:
    """Raise InvalidInput when the engine cannot be built with these overrides."""
    if check_name not in CHECKS:
        raise InvalidInput(f"There is no check called {check_name!r}.", field="check_name")
    try:
        # Only this check: compiling (and copying the settings of) all seven would make
        # saving one slow.
        build_check(check_name, merge(CHECKS[check_name].DEFAULTS, overrides),
                    merge(SHARED_DEFAULTS, {}))
    except ConfigError as error:
        message = str(error).removeprefix(f"{check_name}: ")
        field = next((key for key in CHECKS[check_name].DEFAULTS if f"'{key}'" in message),
                     None)
        raise InvalidInput(message, field=field) from error


@transaction.atomic
def save_check_setting(check_name: str, overrides: Mapping[str, Any], *, user,
                       note: str) -> CheckSetting:
    """Replace an admin's changes to one check's configuration.

    Side effects: saves the CheckSetting row and one history record; the next check
    run (in any worker) builds its engine with the new configuration.
    """
    if not user.has_perm("guidelines.tune_checks"):
        raise PermissionDenied("Only admins can tune the checks.")
    validate_check_overrides(check_name, overrides)
    setting = (CheckSetting.objects.select_for_update().filter(check_name=check_name).first()
               or CheckSetting(check_name=check_name))
    setting.overrides = dict(overrides)
    setting.updated_by = user
    _save_with_note(setting, user, note)
    return setting


@transaction.atomic
def acknowledge_page(page: GuidancePage, *, user) -> Acknowledgement:
    """Record that user has read a published page (again, if it changed since).

    Side effects: one Acknowledgement per user and page, pointing at the version read.
    """
    if page.status != "published":
        raise InvalidInput("Only published guidance can be acknowledged.", field="page")
    version = page.history.order_by("-history_date", "-history_id").first()
    acknowledgement, _ = Acknowledgement.objects.update_or_create(
        user=user, page=page, defaults={"page_version": version, "created": timezone.now()})
    return acknowledgement
