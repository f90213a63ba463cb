"""The compiled stylesheet (built by `make install` from govsocial/assets/app.scss)."""

from pathlib import Path

CSS = Path(__file__).resolve().parent.parent / "govsocial" / "static" / "build" / "app.css"


def test_our_styles_use_resolved_govuk_helpers():
    css = CSS.read_text(encoding="utf-8")

    # An unresolved helper ends up in the CSS verbatim, and browsers drop the rule.
    assert [helper for helper in ("govuk-colour(", "govuk-spacing(", "govuk-font(")
            if helper in css] == []
    assert ".app-mark{background-color:#fd0" in css
    assert ".app-chart__bar--50{width:30%}" in css


def test_govuk_frontend_is_compiled_in_with_a_generic_font():
    css = CSS.read_text(encoding="utf-8")

    assert ".govuk-button{" in css
    assert "GDS Transport" not in css
