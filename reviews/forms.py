from django import forms

from reviews.checks.base import PLATFORMS
from reviews.checks.length import PLATFORM_NAMES

MAX_POST_CHARACTERS = 50_000

PLATFORM_CHOICES = [(p, PLATFORM_NAMES[p].removeprefix("a ").capitalize()) for p in PLATFORMS]


class TryChecksForm(forms.Form):
    platform = forms.ChoiceField(choices=PLATFORM_CHOICES, initial="x")
    text = forms.CharField(
        label="Your draft post",
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=MAX_POST_CHARACTERS,
        strip=False,
        error_messages={
            "required": "Enter the text of your draft post.",
            "null_characters_not_allowed":
                "Your post contains a NUL character: remove it and try again.",
        },
    )
    profile = forms.CharField(
        label="The bio of the account you post from",
        required=False,
        max_length=500,
        help_text="Readers see this too: it can say who you work for.",
    )

    def clean_text(self) -> str:
        text = self.cleaned_data["text"]
        if not text.strip():
            raise forms.ValidationError("Enter the text of your draft post.")
        return text
