"""Departments, people, draft posts and their immutable versions, check runs, decisions
and the audit trail."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from reviews.states import ACTIVE_FOR_AUTHOR, Action, PostStatus


class Department(models.Model):
    name = models.CharField(max_length=200, unique=True)
    short_name = models.CharField(max_length=30, unique=True)
    policy_areas = models.JSONField(default=list, blank=True,
                                    help_text=_("Topics the department's officials work on."))
    target_turnaround_hours = models.PositiveSmallIntegerField(
        default=4, help_text=_("Working hours a post may wait for a mentor's review."))
    max_discretion_level = models.PositiveSmallIntegerField(
        default=2, choices=[(0, "0"), (1, "1"), (2, "2")],
        help_text=_("The highest discretion level a mentor may give its officials."))
    mentors = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True,
                                     related_name="mentored_departments",
                                     help_text=_("Press officers who review its posts."))

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Role(models.TextChoices):
    OFFICIAL = "official", _("Official")
    PRESS_OFFICER = "press_officer", _("Press officer")
    ADMIN = "admin", _("Admin")


class Profile(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                related_name="profile")
    department = models.ForeignKey(Department, on_delete=models.PROTECT, null=True, blank=True,
                                   related_name="members")
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.OFFICIAL)
    job_title = models.CharField(max_length=200, blank=True)
    policy_areas = models.JSONField(default=list, blank=True)
    account_bio = models.CharField(max_length=500, blank=True,
                                   help_text=_("The bio of the social account they post from."))
    discretion_level = models.PositiveSmallIntegerField(
        default=0, choices=[(0, "0"), (1, "1"), (2, "2")],
        help_text=_("0: every post goes to a mentor; 1: posts with no findings are cleared "
                    "automatically; 2: posts with only warnings are cleared too."))

    def __str__(self) -> str:
        return f"{self.user} ({self.get_role_display()})"


class DraftPost(models.Model):
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT,
                               related_name="posts")
    department = models.ForeignKey(Department, on_delete=models.PROTECT, related_name="posts")
    status = models.CharField(max_length=20, choices=PostStatus.choices,
                              default=PostStatus.DRAFT)
    platform = models.CharField(max_length=20)
    text = models.TextField(help_text=_("The working text; submitted versions are kept apart."))
    current_version = models.ForeignKey("PostVersion", on_delete=models.SET_NULL, null=True,
                                        blank=True, related_name="+")
    created = models.DateTimeField(default=timezone.now)
    updated = models.DateTimeField(default=timezone.now)
    submitted_at = models.DateTimeField(null=True, blank=True,
                                        help_text=_("When the current version was submitted."))
    claimed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   null=True, blank=True, related_name="claimed_posts")
    claimed_until = models.DateTimeField(null=True, blank=True)
    live_url = models.URLField(max_length=500, blank=True)
    posted_at = models.DateTimeField(null=True, blank=True)
    cleared_automatically = models.BooleanField(
        default=False, help_text=_("Approved by the author's discretion level, unseen by a "
                                   "mentor; mentors can review it afterwards."))
    # The review queue's sort key, kept by reviews.services.transitions: a column, so
    # the queue reads in index order, however long it is.
    waiting_since = models.DateTimeField(
        null=True, blank=True, editable=False,
        help_text=_("While the post awaits review: since when (its version's submission)."))

    class Meta:
        ordering = ["-updated"]
        indexes = [
            # Each list reads its page in the order of one of these, stopping after it.
            models.Index(fields=["waiting_since", "id"], name="post_waiting_idx",
                         condition=Q(status=PostStatus.AWAITING_REVIEW)),
            models.Index(fields=["department", "waiting_since", "id"],
                         name="post_department_waiting_idx",
                         condition=Q(status=PostStatus.AWAITING_REVIEW)),
            # Claims are few: counting them reads only the claimed posts, not the queue.
            models.Index(fields=["claimed_until"], name="post_claimed_idx",
                         condition=Q(status=PostStatus.AWAITING_REVIEW)),
            models.Index(fields=["author", "-updated", "-id"], name="post_author_updated_idx"),
            # "My posts" needing action: an author's few active posts, however many are
            # posted or waiting, without reading past the others.
            models.Index(fields=["author", "-updated", "-id"], name="post_author_active_idx",
                         condition=Q(status__in=sorted(ACTIVE_FOR_AUTHOR))),
            models.Index(fields=["-updated", "-id"], name="post_cleared_idx",
                         condition=Q(cleared_automatically=True)),
            models.Index(fields=["-updated", "-id"], name="post_updated_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=(Q(status=PostStatus.AWAITING_REVIEW, waiting_since__isnull=False)
                           | (~Q(status=PostStatus.AWAITING_REVIEW)
                              & Q(waiting_since__isnull=True))),
                name="waiting_since_while_awaiting_review"),
        ]

    def __str__(self) -> str:
        return f"Post {self.pk} ({self.get_status_display()})"


class PostVersion(models.Model):
    """The text as submitted. Never changed: an edit after return makes a new version."""

    post = models.ForeignKey(DraftPost, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    platform = models.CharField(max_length=20)
    text = models.TextField()
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["post", "number"]
        # The dashboard reads its 12 weeks from here, not every version ever submitted.
        indexes = [models.Index(fields=["created"], name="version_created_idx")]
        constraints = [
            models.UniqueConstraint(fields=["post", "number"], name="unique_version_number"),
        ]

    def __str__(self) -> str:
        return f"Post {self.post_id} v{self.number}"


class CheckRunStatus(models.TextChoices):
    PENDING = "pending", _("Waiting to start")
    RUNNING = "running", _("Running")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")


class CheckRun(models.Model):
    version = models.OneToOneField(PostVersion, on_delete=models.CASCADE,
                                   related_name="check_run")
    status = models.CharField(max_length=10, choices=CheckRunStatus.choices,
                              default=CheckRunStatus.PENDING)
    queued_at = models.DateTimeField(default=timezone.now)
    started = models.DateTimeField(null=True, blank=True)
    finished = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    error = models.TextField(blank=True)
    # Sensitive topics the version touches (reviews.checks.topics), stored with the
    # results: such a post always goes to a mentor.
    topics = models.JSONField(default=list, blank=True)
    # Set when the checks ran during a pre-election period for the post's department.
    election_period = models.CharField(max_length=150, blank=True)

    class Meta:
        indexes = [models.Index(fields=["status", "queued_at"], name="checkrun_stale_idx")]

    def __str__(self) -> str:
        return f"Checks for {self.version} ({self.status})"


class CheckOutcome(models.TextChoices):
    PASS = "pass", _("Pass")
    WARN = "warn", _("Warning")
    FAIL = "fail", _("Fail")


class CheckResult(models.Model):
    run = models.ForeignKey(CheckRun, on_delete=models.CASCADE, related_name="results")
    check_name = models.CharField(max_length=30)
    outcome = models.CharField(max_length=4, choices=CheckOutcome.choices)
    principle = models.CharField(max_length=100)
    # The principle as it stood when the checks ran, so a past decision shows the
    # guidance its findings cited then, not as it has been edited since.
    principle_version = models.ForeignKey(
        "guidelines.HistoricalPrinciple", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", db_constraint=False)
    findings = models.JSONField(default=list)

    class Meta:
        ordering = ["run", "id"]
        constraints = [
            models.UniqueConstraint(fields=["run", "check_name"], name="one_result_per_check"),
        ]

    def __str__(self) -> str:
        return f"{self.check_name}: {self.outcome}"


class DecisionOutcome(models.TextChoices):
    APPROVE = "approve", _("Approve")
    APPROVE_WITH_COACHING = "approve_with_coaching", _("Approve with coaching")
    RETURN = "return", _("Return with coaching")
    REJECT = "reject", _("Reject")


class Decision(models.Model):
    post = models.ForeignKey(DraftPost, on_delete=models.CASCADE, related_name="decisions")
    version = models.ForeignKey(PostVersion, on_delete=models.CASCADE, related_name="decisions")
    outcome = models.CharField(max_length=30, choices=DecisionOutcome.choices)
    notes = models.TextField(blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT,
                                   related_name="decisions")
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created", "id"]
        indexes = [models.Index(fields=["created"], name="decision_created_idx")]
        constraints = [
            # One decision per version: two mentors racing each other cannot both win.
            models.UniqueConstraint(fields=["version"], name="one_decision_per_version"),
        ]

    def __str__(self) -> str:
        return f"{self.get_outcome_display()} on {self.version}"


class NotificationKind(models.TextChoices):
    AWAITING_REVIEW = "awaiting_review", _("Post awaiting review, to its mentors")
    DECISION = "decision", _("Mentor's decision, to the author")


class Notification(models.Model):
    """An email owed, written in the same transaction as the change it reports (a
    transactional outbox). Sending happens after commit; one left unsent because the
    broker or the mail server was down is sent later by the sweep, so an outage delays
    mail but never loses it."""

    kind = models.CharField(max_length=20, choices=NotificationKind.choices)
    post = models.ForeignKey(DraftPost, on_delete=models.CASCADE, related_name="notifications")
    recipients = models.JSONField(default=list)
    # The email as it was when the change was made: sending later sends the same words.
    subject = models.TextField()
    body = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)
    queued_at = models.DateTimeField(default=timezone.now,
                                     help_text=_("When it was last handed to the task queue."))
    claimed_until = models.DateTimeField(
        null=True, blank=True, help_text=_("A worker is sending it: no other may until then."))
    sent_at = models.DateTimeField(null=True, blank=True,
                                   help_text=_("When the mail server accepted it."))
    failed_at = models.DateTimeField(
        null=True, blank=True, help_text=_("When the mail server refused it for good; it is "
                                           "not tried again unless an admin sends it again."))
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["queued_at"], name="notification_unsent_idx",
                         condition=Q(sent_at__isnull=True, failed_at__isnull=True)),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} about post {self.post_id}"


class FindingDismissal(models.Model):
    """A mentor's judgement that a finding was a false alarm; counted per check."""

    result = models.ForeignKey(CheckResult, on_delete=models.CASCADE, related_name="dismissals")
    finding_index = models.PositiveSmallIntegerField()
    reason = models.TextField()
    dismissed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT,
                                     related_name="+")
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["created"], name="dismissal_created_idx")]
        constraints = [
            models.UniqueConstraint(fields=["result", "finding_index"],
                                    name="one_dismissal_per_finding"),
        ]

    def __str__(self) -> str:
        return f"Dismissed finding {self.finding_index} of {self.result}"


class AuditEvent(models.Model):
    """Append-only: who did what to a post, when, and what it changed."""

    post = models.ForeignKey(DraftPost, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True,
                              blank=True, related_name="+",
                              help_text=_("Empty when the system acted (the check worker)."))
    action = models.CharField(max_length=30, choices=Action.choices)
    from_status = models.CharField(max_length=20, choices=PostStatus.choices)
    to_status = models.CharField(max_length=20, choices=PostStatus.choices)
    version_number = models.PositiveIntegerField(null=True, blank=True)
    detail = models.JSONField(default=dict, blank=True)
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created", "id"]
        indexes = [
            models.Index(fields=["post", "created"], name="audit_post_idx"),
            # The dashboard counts events of a few kinds by date; with the post in the
            # index, the count before its window is read from the index alone.
            models.Index(fields=["action", "created", "post"], name="audit_action_created_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.get_action_display()} by {self.actor or 'system'}"

    def save(self, *args, **kwargs):
        if self.pk is not None and not kwargs.get("force_insert"):
            raise ValueError("Audit events are append-only.")
        super().save(*args, **kwargs)


class DiscretionChange(models.Model):
    """A mentor's change to an official's discretion level, with the reason: append-only."""

    official = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                 related_name="discretion_changes")
    old_level = models.PositiveSmallIntegerField()
    new_level = models.PositiveSmallIntegerField()
    reason = models.TextField()
    changed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT,
                                   related_name="+")
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created", "-id"]

    def __str__(self) -> str:
        return f"{self.official}: {self.old_level} → {self.new_level}"
