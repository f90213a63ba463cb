"""Guidance that admins edit: principles that findings cite, pages officials read,
pre-election periods, sensitive topics and the checks' settings. Every save of these
is versioned (django-simple-history), with who made it and a change note."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from reviews.checks.engine import CHECK_NAMES

CHECK_CHOICES = [(name, name.replace("_", " ").capitalize()) for name in CHECK_NAMES]


class PublicationStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


class Principle(models.Model):
    """A rule of the guidelines that a check's findings cite."""

    slug = models.SlugField(max_length=80, unique=True)
    title = models.CharField(max_length=150)
    summary = models.CharField(max_length=300)
    body = models.TextField(help_text=_("Markdown."))
    check_name = models.CharField(max_length=30, blank=True, choices=CHECK_CHOICES,
                                  help_text=_("The check whose findings cite this principle."))
    good_examples = models.JSONField(default=list, blank=True)
    bad_examples = models.JSONField(default=list, blank=True)
    order = models.PositiveIntegerField(default=0)
    updated = models.DateTimeField(auto_now=True)
    history = HistoricalRecords(excluded_fields=["updated"])

    class Meta:
        ordering = ["order", "title"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("principle_detail", args=[self.slug])


class GuidancePage(models.Model):
    slug = models.SlugField(max_length=80, unique=True)
    title = models.CharField(max_length=150)
    summary = models.CharField(max_length=300, blank=True)
    body = models.TextField(help_text=_("Markdown."))
    order = models.PositiveIntegerField(default=0)
    status = models.CharField(max_length=10, choices=PublicationStatus.choices,
                              default=PublicationStatus.DRAFT)
    updated = models.DateTimeField(auto_now=True)
    history = HistoricalRecords(excluded_fields=["updated"])

    class Meta:
        ordering = ["order", "title"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("guidance_page", args=[self.slug])


class ElectionPeriod(models.Model):
    """A pre-election period: from its start to the end of its last day, posts by the
    departments it covers (every department when none is named) get stricter checks."""

    name = models.CharField(max_length=150)
    starts_on = models.DateField()
    ends_on = models.DateField()
    departments = models.ManyToManyField(
        "reviews.Department", blank=True, related_name="election_periods",
        help_text=_("Leave empty for every department."))
    history = HistoricalRecords(m2m_fields=[departments])

    class Meta:
        ordering = ["-starts_on"]
        constraints = [
            models.CheckConstraint(condition=models.Q(ends_on__gte=models.F("starts_on")),
                                   name="election_period_ends_after_it_starts"),
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The end date must be on or after the start "
                                                "date.")})

    def is_on(self, day=None) -> bool:
        day = day or timezone.localdate()
        return self.starts_on <= day <= self.ends_on


class SensitiveTopic(models.Model):
    """A high-profile or emotive topic: a post that touches it always goes to a mentor."""

    name = models.CharField(max_length=150, unique=True)
    keywords = models.TextField(help_text=_("One word or phrase per line."))
    why = models.TextField(help_text=_("Why care is needed, shown to the author."))
    active = models.BooleanField(default=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def keyword_list(self) -> list[str]:
        return [line.strip() for line in self.keywords.splitlines() if line.strip()]


class CheckSetting(models.Model):
    """An admin's changes to one check's configuration; what is left out keeps the
    default in the check's module."""

    check_name = models.CharField(max_length=30, unique=True, choices=CHECK_CHOICES)
    overrides = models.JSONField(default=dict, blank=True)
    updated = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    history = HistoricalRecords(excluded_fields=["updated"])

    class Meta:
        ordering = ["check_name"]

    def __str__(self) -> str:
        return self.get_check_name_display()


class Acknowledgement(models.Model):
    """An official's "I have read this" on a guidance page, at the version they read."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="guidance_acknowledgements")
    page = models.ForeignKey(GuidancePage, on_delete=models.CASCADE,
                             related_name="acknowledgements")
    page_version = models.ForeignKey("guidelines.HistoricalGuidancePage", null=True,
                                     on_delete=models.SET_NULL, related_name="+",
                                     db_constraint=False)
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "page"],
                                               name="one_acknowledgement_per_page")]

    def __str__(self) -> str:
        return f"{self.user} read {self.page}"
