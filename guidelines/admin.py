from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from guidelines.models import ElectionPeriod, SensitiveTopic


@admin.register(ElectionPeriod)
class ElectionPeriodAdmin(SimpleHistoryAdmin):
    list_display = ("name", "starts_on", "ends_on")
    filter_horizontal = ("departments",)
    search_fields = ("name",)


@admin.register(SensitiveTopic)
class SensitiveTopicAdmin(SimpleHistoryAdmin):
    list_display = ("name", "active")
    list_filter = ("active",)
    search_fields = ("name", "keywords")
