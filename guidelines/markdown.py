"""Guidance Markdown to safe HTML: CommonMark rendered by markdown-it-py, then cleaned
by nh3, so nothing an editor writes (raw HTML, event handlers, `javascript:` links)
can run in a reader's browser."""

from __future__ import annotations

import nh3
from django.utils.safestring import SafeString, mark_safe
from markdown_it import MarkdownIt

_RENDERER = MarkdownIt("commonmark", {"html": False, "typographer": False}).enable(
    ["table", "strikethrough"])

_ALLOWED_TAGS = {
    "a", "abbr", "blockquote", "br", "code", "del", "em", "h2", "h3", "h4", "hr", "li",
    "ol", "p", "pre", "strong", "table", "tbody", "td", "th", "thead", "tr", "ul",
}
_ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "th": {"scope"}}
_URL_SCHEMES = {"http", "https", "mailto"}

# GOV.UK Frontend styles elements through classes, so each rendered tag gets its class.
_CLASSES = {
    "<h1>": '<h2 class="govuk-heading-l">', "</h1>": "</h2>",
    "<h2>": '<h2 class="govuk-heading-m">', "<h3>": '<h3 class="govuk-heading-s">',
    "<h4>": '<h4 class="govuk-heading-s">', "<p>": '<p class="govuk-body">',
    "<ul>": '<ul class="govuk-list govuk-list--bullet">',
    "<ol>": '<ol class="govuk-list govuk-list--number">',
    "<blockquote>": '<blockquote class="govuk-inset-text">',
    "<table>": '<table class="govuk-table">', "<a ": '<a class="govuk-link" ',
    "<hr>": '<hr class="govuk-section-break govuk-section-break--m govuk-section-break--visible">',
}


def render_markdown(source: str) -> SafeString:
    """source rendered and sanitised; the one way guidance text reaches a page."""
    html = nh3.clean(
        _RENDERER.render(source or ""),
        tags=_ALLOWED_TAGS | {"h1"},
        attributes=_ALLOWED_ATTRIBUTES,
        url_schemes=_URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
    for plain, styled in _CLASSES.items():
        html = html.replace(plain, styled)
    return mark_safe(html)  # cleaned by nh3 above; classes added are constants


def plain_text(source: str) -> str:
    """The words of source without markup, for summaries and search snippets."""
    return nh3.clean(_RENDERER.render(source or ""), tags=set()).strip()
