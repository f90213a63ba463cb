import base64
import hashlib

from csp.decorators import csp_update
from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from guidelines.models import ElectionPeriod, SensitiveTopic

# django-simple-history's history list draws its paginator with this style attribute.
HISTORY_LIST_STYLE = "border-top: 0"
_digest = hashlib.sha256(HISTORY_LIST_STYLE.encode()).digest()
HISTORY_LIST_STYLE_HASH = f"'sha256-{base64.b64encode(_digest).decode()}'"


class HistoryAdmin(SimpleHistoryAdmin):
    """The admin with a history of changes. The Content-Security-Policy allows the one
    style attribute of its history list, by its hash, on that page alone."""

    @csp_update({"style-src-attr": ["'unsafe-hashes'", HISTORY_LIST_STYLE_HASH]})
    def history_view(self, request, object_id, extra_context=None):
        return super().history_view(request, object_id, extra_context)


@admin.register(ElectionPeriod)
class ElectionPeriodAdmin(HistoryAdmin):
    list_display = ("name", "starts_on", "ends_on")
    filter_horizontal = ("departments",)
    search_fields = ("name",)


@admin.register(SensitiveTopic)
class SensitiveTopicAdmin(HistoryAdmin):
    list_display = ("name", "active")
    list_filter = ("active",)
    search_fields = ("name", "keywords")
