from django.contrib import admin

from reviews.models import (
    AuditEvent,
    CheckResult,
    CheckRun,
    Decision,
    Department,
    DraftPost,
    FindingDismissal,
    PostVersion,
    Profile,
)


@admin.register(Department)
class DepartmentAdmin(admin.ModelAdmin):
    list_display = ["name", "short_name", "target_turnaround_hours"]
    filter_horizontal = ["mentors"]
    search_fields = ["name", "short_name"]


@admin.register(Profile)
class ProfileAdmin(admin.ModelAdmin):
    list_display = ["user", "role", "department", "job_title"]
    list_filter = ["role", "department"]
    search_fields = ["user__username", "user__first_name", "user__last_name", "job_title"]


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
class DraftPostAdmin(admin.ModelAdmin):
    """Read-only here: every change to a post goes through the services, which audit it."""

    list_display = ["pk", "author", "department", "status", "platform", "updated"]
    list_filter = ["status", "department", "platform"]
    inlines = [VersionInline, AuditInline]

    def has_change_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False


@admin.register(CheckRun)
class CheckRunAdmin(admin.ModelAdmin):
    list_display = ["pk", "version", "status", "attempts", "queued_at", "finished"]
    list_filter = ["status"]
    readonly_fields = ["version", "status", "queued_at", "started", "finished", "attempts",
                       "error"]


admin.site.register([CheckResult, Decision, FindingDismissal])
