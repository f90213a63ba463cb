from html.parser import HTMLParser

import pytest

from guidelines.markdown import plain_text, render_markdown


@pytest.mark.parametrize("hostile", [
    "<script>alert(1)</script>",
    "Hello <script>alert(1)</script> there",
    '<img src="x" onerror="alert(1)">',
    '<a href="javascript:alert(1)">click</a>',
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](  javascript:alert(1))",
    "<javascript:alert(1)>",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    '<div onclick="alert(1)">x</div>',
    '<svg onload="alert(1)"></svg>',
    '<iframe src="https://evil.example"></iframe>',
    "[x](vbscript:msgbox(1))",
    '<a href="https://ok.example" onmouseover="alert(1)">x</a>',
    "<style>body{display:none}</style>",
])
def test_hostile_markdown_renders_nothing_that_can_run(hostile):
    elements = parsed_elements(str(render_markdown(hostile)))

    assert [tag for tag, _ in elements if tag in RUNNABLE_TAGS] == []
    assert [name for _, attrs in elements for name, _ in attrs if name.startswith("on")] == []
    assert [value for _, attrs in elements for name, value in attrs
            if name in ("href", "src") and not (value or "").startswith(SAFE_SCHEMES)] == []


RUNNABLE_TAGS = {"script", "iframe", "svg", "style", "img", "object", "embed", "form", "div"}
SAFE_SCHEMES = ("http://", "https://", "mailto:")


def parsed_elements(html: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    """Every element the browser would build from html, with its attributes."""
    found = []

    class Collector(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.append((tag, attrs))

    Collector().feed(html)
    return found


def test_markdown_gets_govuk_classes_and_safe_links():
    html = str(render_markdown(
        "# Title\n\nSome *words* and a [link](https://www.gov.uk).\n\n- one\n- two"))

    assert '<h2 class="govuk-heading-l">Title</h2>' in html
    assert '<p class="govuk-body">Some <em>words</em> and a <a class="govuk-link" ' in html
    assert 'href="https://www.gov.uk"' in html
    assert 'rel="noopener noreferrer"' in html
    assert '<ul class="govuk-list govuk-list--bullet">' in html


def test_raw_html_is_shown_as_text_not_markup():
    html = str(render_markdown("Use <b>bold</b> sparingly"))

    assert html == '<p class="govuk-body">Use &lt;b&gt;bold&lt;/b&gt; sparingly</p>\n'


def test_plain_text_drops_the_markup():
    assert plain_text("## Heading\n\nSome **bold** [link](https://x.example)") == \
        "Heading\nSome bold link"
