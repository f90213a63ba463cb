"""Form plumbing shared by the apps: GOV.UK Frontend classes and error wiring."""

from __future__ import annotations

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.core.validators import MaxLengthValidator

_WIDGET_CLASSES = {
    forms.TextInput: "govuk-input", forms.URLInput: "govuk-input",
    forms.PasswordInput: "govuk-input", forms.Textarea: "govuk-textarea",
    forms.Select: "govuk-select", forms.NumberInput: "govuk-input govuk-input--width-4",
}
_ERROR_CLASSES = {"govuk-input": "govuk-input--error", "govuk-textarea": "govuk-textarea--error",
                  "govuk-select": "govuk-select--error"}


class GovukForm(forms.Form):
    """Gives widgets the GOV.UK Frontend classes, and links hints and errors to them."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            css = next((c for w, c in _WIDGET_CLASSES.items()
                        if type(field.widget) is w), None)
            if css:
                field.widget.attrs["class"] = css
            if field.help_text:
                field.widget.attrs["aria-describedby"] = f"{self[name].auto_id}-hint"

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name not in self.fields:
                continue
            attrs = self.fields[name].widget.attrs
            described = [d for d in attrs.get("aria-describedby", "").split() if d]
            attrs["aria-describedby"] = " ".join([*described, f"{self[name].auto_id}-error"])
            base = attrs.get("class", "").split(" ")[0]
            if base in _ERROR_CLASSES:
                attrs["class"] = f"{attrs['class']} {_ERROR_CLASSES[base]}"


class SignInForm(GovukForm, AuthenticationForm):
    """Django's sign-in form in GOV.UK Frontend's dress, with errors that say what to do."""

    error_messages = {
        "invalid_login": "Enter a correct username and password. Both are case-sensitive.",
        "inactive": "This account cannot sign in. Ask an administrator to reactivate it.",
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].error_messages["required"] = "Enter your username."
        # Django sets the limit for the browser only: a longer name went on to the
        # sign-in throttle, whose record of it PostgreSQL refused (a 500).
        limit = self.fields["username"].max_length
        self.fields["username"].validators.append(MaxLengthValidator(
            limit, f"Enter your username: it is {limit} characters or fewer."))
        self.fields["password"].error_messages["required"] = "Enter your password."
        # GOV.UK asks services not to move the focus for the user on arrival.
        self.fields["username"].widget.attrs.pop("autofocus", None)
