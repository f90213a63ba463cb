"""What the API reads and writes. Output shapes are declared field by field so the
OpenAPI schema says exactly what clients get."""

from __future__ import annotations

from django.core.validators import RegexValidator
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from reviews.checks.base import PLATFORMS
from reviews.checks.engine import CHECK_NAMES
from reviews.models import CheckRunStatus, DecisionOutcome
from reviews.services.posts import MAX_POST_CHARACTERS
from reviews.states import PostStatus

CHECK_STATUSES = ["pending", "running", "done", "failed"]


class StrictCharField(serializers.CharField):
    """Text that must arrive as a JSON string: 42 is a client's mistake, not "42".

    NUL characters are refused (as by every DRF CharField); the pattern says so in the
    schema, so clients (and the schema fuzzer) know before they send one.
    """

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.validators.append(RegexValidator(r"^[^\x00]*$",
                                              "Null characters are not allowed."))

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(data)


def choice_field(choices: list[str] | tuple[str, ...]) -> serializers.ChoiceField:
    """A choice whose error names the choices, not the wrong value (which may be 1 MB, or
    hold half a surrogate pair that no JSON answer can carry)."""
    return serializers.ChoiceField(choices=choices, error_messages={
        "invalid_choice": f"Choose one of: {', '.join(choices)}."})


class ErrorSerializer(serializers.Serializer):
    error = serializers.CharField(help_text="A stable code, e.g. not_found, stale_version.")
    detail = serializers.CharField(help_text="A message for a person.")


class TokenRequestSerializer(serializers.Serializer):
    username = StrictCharField(max_length=150)
    password = StrictCharField(max_length=4096, trim_whitespace=False)


class TokenSerializer(serializers.Serializer):
    token = serializers.CharField()


@extend_schema_field({
    "type": "string", "format": "visible-text", "minLength": 1,
    "maxLength": MAX_POST_CHARACTERS, "pattern": r"^[^\x00]*$",
    "description": "At least one character a reader would see: text of only spaces, line "
                   "breaks, control or format characters (zero-width spaces, direction "
                   "marks) is refused."})
class PostTextField(StrictCharField):
    """A post's text: the service refuses text that shows nothing (has_visible_text);
    the schema says so with its own string format."""


class PostWriteSerializer(serializers.Serializer):
    platform = choice_field(PLATFORMS)
    text = PostTextField(max_length=MAX_POST_CHARACTERS, trim_whitespace=False)


class PostCreateSerializer(PostWriteSerializer):
    draft = serializers.BooleanField(default=False, help_text="Only save it; do not submit.")


class FindingSerializer(serializers.Serializer):
    start = serializers.IntegerField()
    end = serializers.IntegerField()
    text = serializers.CharField()
    message = serializers.CharField()


class CheckResultSerializer(serializers.Serializer):
    outcome = serializers.ChoiceField(choices=["pass", "warn", "fail"])
    principle = serializers.CharField()
    findings = FindingSerializer(many=True)


class ChecksSerializer(serializers.Serializer):
    """One result per check, keyed by the check's name."""

    def get_fields(self):
        return {name: CheckResultSerializer() for name in CHECK_NAMES}


class VersionSerializer(serializers.Serializer):
    number = serializers.IntegerField()
    platform = serializers.CharField()
    text = serializers.CharField()
    created = serializers.DateTimeField()


class DecisionSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    outcome = serializers.ChoiceField(choices=DecisionOutcome.choices)
    notes = serializers.CharField(allow_blank=True)
    version = serializers.IntegerField(source="version.number")
    decided_by = serializers.CharField(source="decided_by.get_username")
    created = serializers.DateTimeField()


def check_status(post) -> str | None:
    version = post.current_version
    run = getattr(version, "check_run", None) if version else None
    if run is None:
        return None
    return {CheckRunStatus.PENDING: "pending", CheckRunStatus.RUNNING: "running",
            CheckRunStatus.DONE: "done", CheckRunStatus.FAILED: "failed"}[run.status]


class PostSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    status = serializers.ChoiceField(choices=PostStatus.choices)
    version = serializers.SerializerMethodField()
    platform = serializers.CharField()
    text = serializers.CharField(help_text="The working text (the current version once "
                                           "submitted, unless edited since).")
    created = serializers.DateTimeField()
    updated = serializers.DateTimeField()
    author = serializers.CharField(source="author.get_username")
    department = serializers.CharField(source="department.short_name")
    check_status = serializers.SerializerMethodField()
    live_url = serializers.CharField(allow_blank=True)

    @extend_schema_field(serializers.IntegerField(allow_null=True))
    def get_version(self, post):
        return post.current_version.number if post.current_version else None

    @extend_schema_field(serializers.ChoiceField(choices=CHECK_STATUSES, allow_null=True))
    def get_check_status(self, post):
        return check_status(post)


class PostDetailSerializer(PostSerializer):
    checks = serializers.SerializerMethodField()
    topics = serializers.SerializerMethodField()
    decisions = DecisionSerializer(many=True, source="decisions.all")
    versions = VersionSerializer(many=True, source="versions.all")
    claimed_by = serializers.CharField(source="claimed_by.get_username", allow_null=True,
                                       default=None)
    claimed_until = serializers.DateTimeField(allow_null=True)

    @extend_schema_field(ChecksSerializer(allow_null=True))
    def get_checks(self, post):
        if check_status(post) != "done":
            return None
        return {result.check_name: {"outcome": result.outcome, "principle": result.principle,
                                    "findings": [{k: f[k] for k in ("start", "end", "text",
                                                                    "message")}
                                                 for f in result.findings]}
                for result in post.current_version.check_run.results.all()}

    @extend_schema_field(serializers.ListField(child=serializers.CharField()))
    def get_topics(self, post):
        if check_status(post) != "done":
            return []
        return [topic["topic"] for topic in post.current_version.check_run.topics]


class DecisionRequestSerializer(serializers.Serializer):
    outcome = choice_field(DecisionOutcome.values)
    notes = StrictCharField(required=False, allow_blank=True, default="",
                                  max_length=20_000, trim_whitespace=False)
    version = serializers.IntegerField(min_value=1, max_value=2**31 - 1)


class CheckRequestSerializer(PostWriteSerializer):
    pass


class CheckReportSerializer(serializers.Serializer):
    outcome = serializers.ChoiceField(choices=["pass", "warn", "fail"])
    checks = ChecksSerializer()


class PrincipleSerializer(serializers.Serializer):
    slug = serializers.CharField()
    title = serializers.CharField()
    summary = serializers.CharField()
    check = serializers.CharField(source="check_name", allow_blank=True)
    url = serializers.CharField(source="get_absolute_url")


class ExampleSerializer(serializers.Serializer):
    platform = serializers.CharField()
    text = serializers.CharField()
    why = serializers.CharField(allow_blank=True, required=False)


class PrincipleDetailSerializer(PrincipleSerializer):
    body = serializers.CharField(help_text="Markdown.")
    good_examples = ExampleSerializer(many=True)
    bad_examples = ExampleSerializer(many=True)
