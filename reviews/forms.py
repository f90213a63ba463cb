"""Forms: input is checked here for the browser, and again by the services."""

from __future__ import annotations

from django import forms

from govsocial.forms import GovukForm
from govsocial.validators import INVISIBLE_ONLY_MESSAGE, has_visible_text
from reviews.checks.base import PLATFORMS
from reviews.checks.engine import CHECK_NAMES
from reviews.checks.length import DEFAULTS as LENGTH_DEFAULTS
from reviews.checks.length import PLATFORM_NAMES
from reviews.models import DecisionOutcome
from reviews.services.posts import MAX_POST_CHARACTERS

PLATFORM_CHOICES = [(p, PLATFORM_NAMES[p].removeprefix("a ")[:1].upper()
                     + PLATFORM_NAMES[p].removeprefix("a ")[1:]) for p in PLATFORMS]
CHECK_TITLES = {
    "announcement": "Announcement",
    "affiliation": "Who you are",
    "tone": "Tone",
    "political": "Political impartiality",
    "personal_data": "Personal data",
    "confidential": "Confidential material",
    "length": "Length",
}

class PostForm(GovukForm):
    platform = forms.ChoiceField(choices=PLATFORM_CHOICES, initial="x",
                                 error_messages={"invalid_choice": "Choose a platform."})
    text = forms.CharField(
        label="Your post",
        widget=forms.Textarea(attrs={"rows": 8, "data-character-count": "true",
                                     "data-limits": " ".join(
                                         f"{p}:{n or 0}" for p, n in
                                         LENGTH_DEFAULTS["limits"].items())}),
        max_length=MAX_POST_CHARACTERS,
        strip=False,
        error_messages={
            "required": "Enter the text of your post.",
            "null_characters_not_allowed":
                "Your post contains a NUL character: remove it and try again.",
            "max_length": f"Your post must be {MAX_POST_CHARACTERS:,} characters or fewer.",
        },
    )

    blank_message = "Enter the text of your post."

    def clean_text(self) -> str:
        text = self.cleaned_data["text"]
        if not text.strip():
            raise forms.ValidationError(self.blank_message)
        if not has_visible_text(text):
            raise forms.ValidationError(INVISIBLE_ONLY_MESSAGE)
        return text


class TryChecksForm(PostForm):
    blank_message = "Enter the text of your draft post."
    profile = forms.CharField(
        label="The bio of the account you post from",
        required=False,
        max_length=500,
        help_text="Readers see this too: it can say who you work for.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["text"].label = "Your draft post"
        self.fields["text"].error_messages["required"] = self.blank_message


class DecisionForm(GovukForm):
    outcome = forms.ChoiceField(choices=DecisionOutcome.choices, widget=forms.RadioSelect,
                                label="Your decision",
                                error_messages={"required": "Choose a decision."})
    notes = forms.CharField(
        label="Coaching notes for the author", required=False, max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="Say what to change and why. You can quote a finding or name a principle.",
    )
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)


class LiveUrlForm(GovukForm):
    live_url = forms.URLField(
        label="Web address of the live post", max_length=500, assume_scheme="https",
        error_messages={"required": "Enter the web address of the live post.",
                        "invalid": "Enter the full web address of the live post, "
                                   "starting https://"},
    )


class DismissFindingForm(GovukForm):
    reason = forms.CharField(label="Why is this a false alarm?", max_length=1000,
                             error_messages={"required": "Say why this finding is a false "
                                                         "alarm."})


class QueueFilterForm(GovukForm):
    department = forms.ChoiceField(required=False, label="Department")
    platform = forms.ChoiceField(required=False, label="Platform",
                                 choices=[("", "Any platform"), *PLATFORM_CHOICES])
    raised = forms.ChoiceField(required=False, label="Check raised",
                               choices=[("", "Any"), *((n, CHECK_TITLES[n]) for n in CHECK_NAMES)])
    older_than = forms.ChoiceField(required=False, label="Waiting longer than",
                                   choices=[("", "Any time"), ("1", "1 hour"), ("4", "4 hours"),
                                            ("24", "1 day")])

    def __init__(self, *args, departments=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["department"].choices = [("", "All my departments"),
                                             *((str(d.pk), d.name) for d in departments)]


class DiscretionForm(GovukForm):
    level = forms.TypedChoiceField(
        choices=[(0, "0: every post goes to a mentor"),
                 (1, "1: posts with no findings are cleared automatically"),
                 (2, "2: posts with only warnings are cleared too")],
        coerce=int, widget=forms.RadioSelect, label="Discretion level",
        error_messages={"required": "Choose a level."})
    reason = forms.CharField(label="Why", max_length=2000,
                             widget=forms.Textarea(attrs={"rows": 3}),
                             help_text="The official sees this in their learning record.",
                             error_messages={"required": "Give the reason for the change."})


class CoachForm(GovukForm):
    notes = forms.CharField(label="Coaching for the author", max_length=5000,
                            widget=forms.Textarea(attrs={"rows": 4}),
                            error_messages={"required": "Write the coaching for the author."})
