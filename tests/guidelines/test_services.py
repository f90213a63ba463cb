import pytest
from django.core.exceptions import PermissionDenied

from guidelines.models import CheckSetting, GuidancePage
from guidelines.services import restore_guidance_version, save_check_setting, save_guidance
from reviews.selectors import get_check_engine
from reviews.services.errors import InvalidInput
from tests.factories import make_user
from tests.guidelines.factories import make_page, make_principle

pytestmark = pytest.mark.django_db


def test_every_save_keeps_a_version_with_who_and_why(admin_user):
    page = make_page(admin_user)

    save_guidance(page, {"body": "Listen first."}, user=admin_user, note="Shorter")

    versions = list(page.history.order_by("history_date", "history_id"))
    assert [(v.body, v.history_user, v.history_change_reason) for v in versions] == [
        ("Listen first, then join in.", admin_user, "First version"),
        ("Listen first.", admin_user, "Shorter"),
    ]


def test_restoring_a_version_adds_a_new_one_and_loses_none(admin_user):
    page = make_page(admin_user)
    first = page.history.get()
    save_guidance(page, {"body": "Changed."}, user=admin_user, note="Edit")

    restore_guidance_version(page, first.history_id, user=admin_user)

    page.refresh_from_db()
    assert page.body == "Listen first, then join in."
    assert [v.history_change_reason for v in page.history.order_by("history_id")] == [
        "First version", "Edit", "Restored version 1"]


def test_a_version_of_another_page_cannot_be_restored(admin_user):
    page = make_page(admin_user)
    other = make_page(admin_user, slug="other")

    with pytest.raises(InvalidInput) as refused:
        restore_guidance_version(page, other.history.get().history_id, user=admin_user)

    assert str(refused.value) == "That version does not belong to this page."


@pytest.mark.parametrize("role", ["official", "press_officer"])
def test_only_admins_change_the_guidance(admin_user, role):
    page = make_page(admin_user)

    with pytest.raises(PermissionDenied):
        save_guidance(page, {"body": "Mine now"}, user=make_user(role), note="x")

    assert GuidancePage.objects.get().body == "Listen first, then join in."


def test_a_bad_pattern_in_a_check_setting_is_refused_and_nothing_is_saved(admin_user):
    with pytest.raises(InvalidInput) as refused:
        save_check_setting("political", {"vote_verbs": "vot(e"}, user=admin_user, note="x")

    assert "not a valid regular expression" in str(refused.value)
    assert CheckSetting.objects.count() == 0


def test_a_negative_threshold_is_refused(admin_user):
    with pytest.raises(InvalidInput) as refused:
        save_check_setting("announcement", {"max_findings": -1}, user=admin_user, note="x")

    assert "max_findings" in str(refused.value)


def test_a_saved_setting_applies_to_the_next_run_without_a_restart(admin_user):
    before = get_check_engine()
    assert before.config["checks"]["tone"]["severity"] == "warn"

    save_check_setting("tone", {"severity": "fail", "enabled": False}, user=admin_user,
                       note="Stricter")

    after = get_check_engine()
    assert (after.config["checks"]["tone"]["severity"],
            after.config["checks"]["tone"]["enabled"]) == ("fail", False)
    assert after is not before
    assert CheckSetting.objects.get().history.get().history_change_reason == "Stricter"


def test_only_admins_tune_the_checks(admin_user):
    with pytest.raises(PermissionDenied):
        save_check_setting("tone", {"severity": "fail"}, user=make_user("press_officer"),
                           note="x")


def test_principle_history_is_kept_per_principle(admin_user):
    principle = make_principle(admin_user)
    save_guidance(principle, {"title": "No announcements"}, user=admin_user, note="Rename")

    assert principle.history.count() == 2
