"""Forms for editing guidance and tuning the checks."""

from __future__ import annotations

import json
import re
from typing import Any

from django import forms
from django.core.validators import validate_slug

from govsocial.forms import GovukForm
from govsocial.validators import is_storable
from guidelines.models import CHECK_CHOICES, PublicationStatus
from reviews.checks.base import PLATFORMS
from reviews.checks.engine import CHECKS

EXAMPLE_SEPARATOR = "---"


def examples_to_text(examples: list[dict[str, str]]) -> str:
    """Example posts as an editor writes them: blocks split by a "---" line, each
    "platform: x" first, the post, then "Why: ..." last."""
    blocks = []
    for example in examples or []:
        lines = [f"platform: {example.get('platform', 'x')}", example.get("text", "").strip()]
        if example.get("why"):
            lines.append(f"Why: {example['why'].strip()}")
        blocks.append("\n".join(lines))
    return f"\n{EXAMPLE_SEPARATOR}\n".join(blocks)


def text_to_examples(text: str) -> list[dict[str, str]]:
    """The inverse of examples_to_text; raises ValidationError naming the bad block."""
    examples = []
    blocks = re.split(rf"^\s*{re.escape(EXAMPLE_SEPARATOR)}\s*$", text or "", flags=re.M)
    for number, block in enumerate(blocks, start=1):
        lines = [line for line in block.strip().splitlines()]
        if not lines:
            continue
        platform = "x"
        first = re.match(r"\s*platform\s*:\s*(\S+)\s*$", lines[0], re.I)
        if first:
            platform = first.group(1).lower()
            lines = lines[1:]
        if platform not in PLATFORMS:
            raise forms.ValidationError(
                f"Example {number}: the platform must be one of {', '.join(PLATFORMS)}.")
        why = ""
        if lines and re.match(r"\s*why\s*:", lines[-1], re.I):
            why = lines[-1].split(":", 1)[1].strip()
            lines = lines[:-1]
        post = "\n".join(lines).strip()
        if not post:
            raise forms.ValidationError(f"Example {number} has no post text.")
        examples.append({"platform": platform, "text": post, "why": why})
    return examples


class _GuidanceForm(GovukForm):
    title = forms.CharField(max_length=150)
    summary = forms.CharField(max_length=300, required=False,
                              help_text="One line, shown in lists and search results.")
    order = forms.IntegerField(min_value=0, max_value=1000, initial=0,
                               help_text="Lower numbers come first.")
    body = forms.CharField(widget=forms.Textarea(attrs={"rows": 18}),
                           help_text="Markdown: ## for a heading, - for a list, "
                                     "[words](https://...) for a link.")
    change_note = forms.CharField(max_length=100, label="Change note",
                                  help_text="What you changed and why, for the version "
                                            "history.")

    def __init__(self, *args, creating: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if not creating:
            del self.fields["slug"]

    def clean_body(self) -> str:
        body = self.cleaned_data["body"]
        if "\x00" in body:
            raise forms.ValidationError("The text cannot contain NUL characters.")
        return body


class VersionForm(forms.Form):
    """A version of a page or principle, by its history id (restore, or a finding's
    link to the principle as it stood)."""

    version = forms.IntegerField(min_value=1)


class PageForm(_GuidanceForm):
    slug = forms.CharField(max_length=80, validators=[validate_slug],
                           help_text="The page's web address: lower case, words joined "
                                     "by hyphens.")
    status = forms.ChoiceField(choices=PublicationStatus.choices, widget=forms.RadioSelect,
                               label="Who can read it")
    field_order = ["title", "slug", "summary", "order", "status", "body", "change_note"]


class PrincipleForm(_GuidanceForm):
    slug = forms.CharField(max_length=80, validators=[validate_slug])
    summary = forms.CharField(max_length=300, help_text="One line: what the principle asks.")
    check_name = forms.ChoiceField(choices=[("", "None"), *CHECK_CHOICES], required=False,
                                   label="The check it backs")
    good_examples = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 8}), required=False,
        help_text='One example post per block, blocks split by a line of "---". Start a '
                  'block with "platform: x" and end it with "Why: ..." if you like.')
    bad_examples = forms.CharField(widget=forms.Textarea(attrs={"rows": 8}), required=False,
                                   help_text="Written the same way as the good examples.")
    field_order = ["title", "slug", "summary", "check_name", "order", "body", "good_examples",
                   "bad_examples", "change_note"]

    def clean_good_examples(self) -> list[dict[str, str]]:
        return text_to_examples(self.cleaned_data["good_examples"])

    def clean_bad_examples(self) -> list[dict[str, str]]:
        return text_to_examples(self.cleaned_data["bad_examples"])


# --- Tuning a check ---------------------------------------------------------------

# Several times the longest default (the tone check's word lists), and patterns not
# much longer than the longest default one: the checks compile every line, and a
# huge pattern would hold up the save (and every check run) for minutes.
SETTING_MAX_LENGTH = 50_000
SETTING_LINE_MAX_LENGTH = 1_000

_SEVERITY_CHOICES = [("warn", "Warn: the author and mentor are told"),
                     ("fail", "Fail: must be fixed or dismissed")]


def _label(key: str) -> str:
    return key.replace("_", " ").capitalize()


def _mapping_to_text(mapping: dict[str, Any]) -> str:
    return "\n".join(f"{key}: {json.dumps(value) if not isinstance(value, int | float) else value}"
                     for key, value in mapping.items())


def _refuse_long_lines(text: str) -> None:
    for number, line in enumerate(text.splitlines(), start=1):
        if len(line) > SETTING_LINE_MAX_LENGTH:
            raise forms.ValidationError(
                f"Line {number} is {len(line):,} characters long: make each line "
                f"{SETTING_LINE_MAX_LENGTH:,} characters or fewer.")


class CheckSettingForm(GovukForm):
    """Every setting of one check, built from the defaults in its module."""

    enabled = forms.TypedChoiceField(
        choices=[("true", "On"), ("false", "Off")], widget=forms.RadioSelect,
        coerce=lambda value: value == "true", label="Is the check on?")
    severity = forms.ChoiceField(choices=_SEVERITY_CHOICES, widget=forms.RadioSelect,
                                 label="What a finding means")

    def __init__(self, check_name: str, current: dict[str, Any], *args, **kwargs):
        self.check_name = check_name
        self.defaults = CHECKS[check_name].DEFAULTS
        initial = {"enabled": "true" if current.get("enabled", True) else "false",
                   "severity": current.get("severity", "warn")}
        for key, default in self.defaults.items():
            if key in ("enabled", "severity"):
                continue
            value = current.get(key, default)
            if isinstance(default, list):
                initial[key] = "\n".join(str(item) for item in value)
            elif isinstance(default, dict):
                initial[key] = _mapping_to_text(value)
            elif isinstance(default, bool):
                initial[key] = "true" if value else "false"
            else:
                initial[key] = value
        # Fields are made per check before the form is built, so that GovukForm
        # styles them and wires their hints like any declared field.
        fields = dict(self.base_fields)
        for key, default in self.defaults.items():
            if key not in ("enabled", "severity"):
                fields[key] = self._field_for(key, default)
        fields["change_note"] = forms.CharField(
            max_length=100, label="Change note",
            help_text="What you changed and why, for the version history.")
        self.base_fields = fields
        super().__init__(*args, initial=initial, **kwargs)

    @staticmethod
    def _field_for(key: str, default: Any) -> forms.Field:
        label = _label(key)
        if isinstance(default, bool):
            return forms.TypedChoiceField(choices=[("true", "Yes"), ("false", "No")],
                                          widget=forms.RadioSelect,
                                          coerce=lambda value: value == "true", label=label)
        if isinstance(default, int):
            return forms.IntegerField(label=label, min_value=0, max_value=1_000_000,
                                      help_text=f"A whole number, 0 or more (default "
                                                f"{default}).")
        if isinstance(default, float):
            return forms.FloatField(label=label, min_value=-100, max_value=100,
                                    help_text=f"A number (default {default}).")
        if isinstance(default, list):
            return forms.CharField(label=label, required=False, max_length=SETTING_MAX_LENGTH,
                                   widget=forms.Textarea(attrs={"rows": 6}),
                                   help_text="One word, phrase or pattern per line.")
        if isinstance(default, dict):
            return forms.CharField(label=label, required=False, max_length=SETTING_MAX_LENGTH,
                                   widget=forms.Textarea(attrs={"rows": 6}),
                                   help_text='One "name: value" per line.')
        return forms.CharField(label=label, required=False, max_length=5000,
                               help_text="A regular expression.")

    def _clean_mapping(self, key: str, text: str) -> dict[str, Any]:
        default = self.defaults[key]
        out: dict[str, Any] = {}
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            name, colon, value = line.partition(":")
            if not colon or not name.strip():
                raise forms.ValidationError(f'Line {number}: write "name: value".')
            sample = next(iter(default.values()), 0)
            # Only where a default is below zero may an admin go there (a weight
            # that counts against, as opposed to a length).
            negatives = any(isinstance(v, int | float) and not isinstance(v, bool) and v < 0
                            for v in default.values())
            try:
                parsed = json.loads(value.strip())
            except json.JSONDecodeError:
                parsed = value.strip()
            if not is_storable(parsed):
                raise forms.ValidationError(
                    f"Line {number}: the value holds a character that cannot be saved "
                    "(a NUL, \\u0000, or half of a surrogate pair such as \\ud800).")
            # "null" stands for no limit where the default has none (a blog's length).
            allows_none = name.strip() in default and default[name.strip()] is None
            numeric = isinstance(sample, int | float) and not isinstance(sample, bool)
            is_number = isinstance(parsed, int | float) and not isinstance(parsed, bool)
            if numeric and not (parsed is None and allows_none) and (
                    not is_number or (parsed < 0 and not negatives)):
                raise forms.ValidationError(
                    f"Line {number}: the value for {name.strip()!r} must be a number"
                    f"{'' if negatives else ', 0 or more'}.")
            out[name.strip()] = parsed
        return out

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        for key, default in self.defaults.items():
            if key not in cleaned or key in ("enabled", "severity"):
                continue
            value = cleaned[key]
            try:
                if isinstance(default, list):
                    _refuse_long_lines(value)
                    cleaned[key] = [line.strip() for line in value.splitlines() if line.strip()]
                elif isinstance(default, dict):
                    cleaned[key] = self._clean_mapping(key, value)
                elif isinstance(default, str) and not isinstance(default, bool):
                    re.compile(value)
            except re.error as error:
                self.add_error(key, f"This is not a valid regular expression: {error}.")
            except forms.ValidationError as error:
                self.add_error(key, error)
        return cleaned

    def overrides(self) -> dict[str, Any]:
        """What differs from the defaults: all an admin's change needs to hold."""
        out = {}
        for key, default in self.defaults.items():
            value = self.cleaned_data.get(key, default)
            if value != default:
                out[key] = value
        return out
