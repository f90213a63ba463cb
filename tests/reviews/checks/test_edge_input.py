"""Every check copes with awkward input and keeps its spans honest."""

import pytest

from reviews.checks import Author, Engine, Post
from reviews.checks.base import PLATFORMS

AUTHOR = Author(
    name="Sam Example", role="Policy adviser, school funding",
    department="Department for Education",
    department_short="DfE", policy_areas=("school funding", "teachers"), profile="Runner.",
)

HOSTILE_CORE = ("EMBARGOED until Monday: we WILL cut school funding by £40m!!! Call Mrs Jane Doe "
                "on 07700 900123. Vote Labour! ")

EDGE_TEXTS = {
    "empty": "",
    "whitespace": " \n\t ",
    "emoji only": "🎉🔥👨‍👩‍👧🇬🇧" * 20,
    "right to left": "مرحبا بالعالم. שלום עולם. " * 10,
    "rtl override": "\u202eSECRET\u202c school funding",
    "nul bytes": "Draft\x00 OFFICIAL-SENSITIVE\x00 school funding\x00",
    "lone surrogate": "text with a lone surrogate \ud800 in it",
    "combining marks": "Z̷a̷l̷g̷o̷ school funding" * 5,
    "fifty thousand characters": (HOSTILE_CORE * 600)[:50_000],
    "one long word": "a" * 50_000,
    "many capitals": "NEVER " * 8000,
    "many dots": "." * 50_000,
    "many digits": "0123456789 " * 4500,
}


@pytest.fixture(scope="module")
def engine():
    return Engine()


@pytest.mark.parametrize("platform", PLATFORMS)
@pytest.mark.parametrize("kind", list(EDGE_TEXTS))
def test_every_check_keeps_its_spans_inside_the_text(engine, kind, platform):
    text = EDGE_TEXTS[kind]

    report = engine.run(Post(text, platform, AUTHOR))

    assert len(report.results) == 7
    for result in report.results.values():
        for found in result.findings:
            assert 0 <= found.start <= found.end <= len(text)
            assert text[found.start:found.end] == found.text
            assert found.message.strip() != ""


def test_empty_text_passes_every_check(engine):
    report = engine.run(Post("", "x", AUTHOR))

    assert report.outcome.value == "pass"


def test_a_post_that_breaks_every_guideline_is_raised_by_every_check(engine):
    report = engine.run(Post(HOSTILE_CORE, "bluesky", AUTHOR))

    raised = [name for name, result in report.results.items() if result.raised]
    assert raised == ["announcement", "affiliation", "tone", "political", "personal_data",
                      "confidential"]


def test_fifty_thousand_characters_are_checked_to_the_end(engine):
    report = engine.run(Post(EDGE_TEXTS["fifty thousand characters"], "bluesky", AUTHOR))

    assert all(result.raised for result in report.results.values())
