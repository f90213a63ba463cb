"""length: each platform's limit, counted the way the platform counts."""

import pytest

from reviews.checks import Engine, Post
from reviews.checks.length import DEFAULTS, Check


def find(text: str, platform: str, limits=None):
    config = {**DEFAULTS, "limits": {**DEFAULTS["limits"], **(limits or {})}}
    return Check(config, {}).find(Post(text, platform))


@pytest.mark.parametrize(
    ("platform", "limit"),
    [("x", 280), ("bluesky", 300), ("mastodon", 500), ("threads", 500), ("linkedin", 3000),
     ("facebook", 63206)],
)
def test_a_post_at_the_limit_passes_and_one_character_more_fails(platform, limit):
    assert find("a" * limit, platform) == []
    findings = find("a" * (limit + 1), platform)
    assert [(f.start, f.end, f.text) for f in findings] == [(limit, limit + 1, "a")]


def test_a_blog_post_has_no_limit():
    assert find("a" * 100_000, "blog") == []


def test_each_link_on_x_counts_as_23_characters():
    link = "https://www.gov.uk/government/publications/" + "a" * 200
    text = "b" * 256 + " " + link

    assert find(text, "x") == []
    assert find("b" * 257 + " " + link, "x")[0].message.startswith(
        "This post is 281 characters (each link counts as 23), 1 over the 280 that X allows")


def test_short_links_weigh_23_on_x_even_in_a_short_post():
    text = " ".join(["a.co"] * 13)

    assert len(text) < 140
    assert find(text, "x")[0].message.startswith("This post is 311 characters")


def test_emoji_weigh_two_on_x():
    assert find("🙂" * 140, "x") == []
    findings = find("🙂" * 141, "x")
    assert findings[0].message.startswith("This post is 282 characters")
    assert findings[0].text == "🙂"


def test_an_admin_limit_override_applies():
    assert find("a" * 150, "x", limits={"x": 140})[0].start == 140


def test_fifty_thousand_characters_with_nul_bytes_and_rtl_text():
    text = ("مرحبا\u0000 " * 8000)[:50_000]

    findings = find(text, "bluesky")

    assert findings[0].start == 300
    assert findings[0].end == 50_000


def test_empty_text_passes():
    assert Engine().run(Post("", "x")).results["length"].findings == ()


@pytest.mark.parametrize(
    "text",
    [
        "Plain words and a link https://www.gov.uk/government/news/some-long-page-name ok",
        "bare domains cdc.gov and ons.gov.uk/releases count as links",
        "Family 👨‍👩‍👧 and flags 🇬🇧🇨🇦 and keycaps 1️⃣ ©️ ® ™",
        "日本語のテキストと한국어 텍스트 and Ελληνικά",
        "Sentences. End. With dots.And no.spaces",
        "",
    ],
)
def test_the_cheap_x_estimate_never_falls_short_of_twitter_text(text):
    from twitter_text import parse_tweet

    from reviews.checks.length import _X_ESTIMATE_SLACK, x_estimate

    assert x_estimate(text) + _X_ESTIMATE_SLACK >= parse_tweet(text).weightedLength
