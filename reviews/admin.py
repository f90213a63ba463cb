import json

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import models
from django.forms.fields import InvalidJSONInput
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from govsocial.validators import is_storable, validate_storable
from reviews.models import (
    AuditEvent,
    CheckResult,
    CheckRun,
    Decision,
    Department,
    DraftPost,
    FindingDismissal,
    Notification,
    PostVersion,
    Profile,
)


class PolicyAreasField(forms.JSONField):
    """Policy areas as the checks read them: a JSON list of text, [] when left empty
    (Django would store null, which the column refuses: a 500)."""

    def to_python(self, value):
        value = super().to_python(value)
        return [] if value is None else value

    def validate(self, value):
        super().validate(value)
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip()
                                                  for v in value):
            raise ValidationError('Write a list of policy areas in double quotes, such as '
                                  '["school funding", "teachers"].')
        validate_storable(value)

    def prepare_value(self, value):
        if isinstance(value, InvalidJSONInput) or is_storable(value):
            return super().prepare_value(value)
        # Shown again as escapes: half a surrogate pair (from "\ud800") cannot be
        # written into the page, which Django would try, and fail with a 500.
        return json.dumps(value, cls=self.encoder)


class RecordAdmin(admin.ModelAdmin):
    """Read-only here: the services write these, with the state change and the audit
    event each implies (a decision added by hand would not return the post)."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Department)
class DepartmentAdmin(admin.ModelAdmin):
    list_display = ["name", "short_name", "target_turnaround_hours"]
    filter_horizontal = ["mentors"]
    search_fields = ["name", "short_name"]
    formfield_overrides = {models.JSONField: {"form_class": PolicyAreasField}}


@admin.register(Profile)
class ProfileAdmin(admin.ModelAdmin):
    list_display = ["user", "role", "department", "job_title"]
    list_filter = ["role", "department"]
    search_fields = ["user__username", "user__first_name", "user__last_name", "job_title"]
    formfield_overrides = {models.JSONField: {"form_class": PolicyAreasField}}


class VersionInline(admin.TabularInline):
    model = PostVersion
    extra = 0
    can_delete = False
    readonly_fields = ["number", "platform", "text", "created"]

    def has_add_permission(self, request, obj=None):
        return False


class AuditInline(admin.TabularInline):
    model = AuditEvent
    extra = 0
    can_delete = False
    readonly_fields = ["created", "actor", "action", "from_status", "to_status",
                       "version_number", "detail"]

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(DraftPost)
class DraftPostAdmin(RecordAdmin):
    """Every change to a post goes through the services, which audit it."""

    list_display = ["pk", "author", "department", "status", "platform", "updated"]
    list_filter = ["status", "department", "platform"]
    inlines = [VersionInline, AuditInline]


@admin.register(CheckRun)
class CheckRunAdmin(RecordAdmin):
    list_display = ["pk", "version", "status", "attempts", "queued_at", "finished"]
    list_filter = ["status"]


class DeliveryFilter(admin.SimpleListFilter):
    title = _("delivery")
    parameter_name = "delivery"

    def lookups(self, request, model_admin):
        return [("unsent", _("Not sent yet")), ("refused", _("Refused for good")),
                ("sent", _("Sent"))]

    def queryset(self, request, queryset):
        return {
            "unsent": queryset.filter(sent_at__isnull=True, failed_at__isnull=True),
            "refused": queryset.filter(sent_at__isnull=True, failed_at__isnull=False),
            "sent": queryset.filter(sent_at__isnull=False),
        }.get(self.value(), queryset)


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    """The email outbox, read-only: what is still to send, what the mail server refused
    and why. Sending again is the one change, for after the cause is fixed."""

    list_display = ["pk", "kind", "post", "delivery", "attempts", "created_at", "sent_at",
                    "last_error"]
    list_filter = [DeliveryFilter, "kind"]
    search_fields = ["recipients", "subject"]
    readonly_fields = ["kind", "post", "recipients", "subject", "body", "created_at",
                       "queued_at", "claimed_until", "sent_at", "failed_at", "attempts",
                       "last_error"]
    actions = ["send_again"]

    @admin.display(description=_("Delivery"))
    def delivery(self, notification: Notification) -> str:
        if notification.sent_at:
            return _("Sent")
        if notification.failed_at:
            return _("Refused for good")
        return _("Not sent yet")

    @admin.action(description=_("Send the selected notifications again"),
                  permissions=["change"])
    def send_again(self, request, queryset):
        from reviews.services import resend_notifications

        count = resend_notifications(queryset.values_list("pk", flat=True))
        self.message_user(request, ngettext(
            "%(count)d notification will be sent again.",
            "%(count)d notifications will be sent again.", count) % {"count": count}
            + " " + _("Those already sent were left alone."))

    def has_add_permission(self, request):
        return False


admin.site.register([CheckResult, Decision, FindingDismissal], RecordAdmin)
