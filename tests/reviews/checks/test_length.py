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


# -- X's count is twitter-text's, exactly ------------------------------------------------

def _twitter_text(text: str, limit: int) -> tuple[int, int]:
    """(weighted length, where the finding starts) as twitter-text's parser gives them."""
    from twitter_text import parse_tweet
    from twitter_text.config import config

    from reviews.checks.length import utf16_offset_to_index

    parsed = parse_tweet(text, {**config["defaults"], "max_weighted_tweet_length": limit})
    if parsed.weightedLength <= limit:
        return parsed.weightedLength, len(text)
    return parsed.weightedLength, utf16_offset_to_index(text, parsed.validRangeEnd + 1)


def _generated_posts(count: int, seed: int) -> list[str]:
    """Posts mixing what X weighs differently: links of every shape, emoji sequences and
    broken ones, CJK, combining marks (composed or not), other scripts, odd spaces,
    line endings and characters twitter-text calls invalid."""
    import random

    from twitter_text.regexp.emoji import emoji_list

    rng = random.Random(seed)
    emoji = [e.emoji for e in emoji_list]
    tlds = ["com", "co", "uk", "gov", "org", "io", "jp", "ly", "中国", "рф", "삼성", "कॉम",
            "xn--p1ai", "comm", "c", "onion", "ελ", "香港", "COM", "Co"]
    spaces = [" ", " ", " ", "\n", "\t", "\u3000", "\xa0", "\u180e", "\x1c", "\x85",
              "\u200b", "\u2028", "\r\n", "\r"]
    characters = [
        *"abcdeXYZ0189./:?#@-_!$%&*+,;=~()[]'\"<>\\^{}|`",
        "é", "e\u0301", "a\u0300\u0301", "\u0300", "ñ", "\u2126", "\u212b", "\u212a", "İ",
        "ſ", "ß", "日", "本", "한", "テ", "ж", "λ", "ς", "ع", "ש", "क", "ॉ", "\u0344",
        "\u0f73", "\u2adc", "\U0001d15e", "𝐀", "\U00020000", "©", "®", "™", "‼", "\u200d",
        "\ufe0f", "\ufe0e", "\u20e3", "\U0001f3fb", "\U0001f1ec", "\U0001f1e7", "\U000e0067",
        "\U000e007f", "\ufeff", "\ufffe", "\uffff", "\u202a", "\u200e", "\u201c", "\u2014",
        "\u2026", "\u2032", "\u2038", "\x00", "＠", "＃"]

    def link() -> str:
        text = rng.choice(["", "", "http://", "https://", "HTTPS://", "www.", "ftp://"])
        labels = ["".join(rng.choice("abxyz01-_日é") for _ in range(rng.randint(0, 8)))
                  for _ in range(rng.randint(1, 3))]
        text += ".".join(labels) + "." + rng.choice(tlds)
        if rng.random() < 0.3:
            text = "https://t.co"
        if rng.random() < 0.15:
            text += f":{rng.randint(0, 99999)}"
        if rng.random() < 0.6:
            text += "/" + "".join(rng.choice("abZ019/._-~()%+=#@!,;:'日жé")
                                  for _ in range(rng.choice([0, 3, 10, 39, 40, 41, 60])))
        if rng.random() < 0.3:
            text += "?" + "".join(rng.choice("ab1=&-_.,()/#!") for _ in range(rng.randint(0, 12)))
        return text + rng.choice(["", "", ".", ",", ")", "!", "\u201d"])

    posts = []
    for _ in range(count):
        parts = []
        for _ in range(rng.choice([3, 12, 40, 90, 160])):
            roll = rng.random()
            if roll < 0.15:
                parts.append(link())
            elif roll < 0.25:
                parts.append(rng.choice(emoji))
            elif roll < 0.3:
                parts.append(rng.choice(emoji)[: rng.randint(1, 3)] + rng.choice(emoji)[1:])
            elif roll < 0.5:
                parts.append(rng.choice(spaces))
            else:
                parts.append(rng.choice(characters))
        posts.append("".join(parts))
    return posts


@pytest.mark.parametrize("seed", range(3))
def test_the_x_count_and_cut_are_twitter_texts_on_generated_posts(seed):
    from reviews.checks.length import x_estimate, x_weighted_length

    for text in _generated_posts(30, seed):
        weight = _twitter_text(text, 10**6)[0]
        assert x_estimate(text) >= weight, text
        for limit in {1, 24, max(1, weight - 30), max(1, weight - 1), weight}:
            assert x_weighted_length(text, limit) == _twitter_text(text, limit), (text, limit)


def test_the_x_count_of_t_co_links_is_twitter_texts():
    from reviews.checks.length import x_weighted_length

    for slug in ("a", "AbC123", "x" * 40, "x" * 41):
        for scheme in ("https://t.co/", "http://t.co/", "HTTPS://T.CO/"):
            for end in ("", ".", ",", "!", "?", ")", "/x", "?a=1"):
                text = "word " * 55 + scheme + slug + end + " more"
                for limit in (280, 260):
                    assert x_weighted_length(text, limit) == _twitter_text(text, limit), text


def test_the_grouped_patterns_match_what_twitter_texts_own_match():
    from twitter_text.regexp.emoji import emoji, emoji_list
    from twitter_text.regexp.extract_url import extract_url

    from reviews.checks.length import _X_EMOJI_RE, _X_URL_RE

    every_emoji = " ".join(e.emoji for e in emoji_list) + "".join(e.emoji for e in emoji_list)
    assert [m.span() for m in _X_EMOJI_RE.finditer(every_emoji)] == [
        m.span() for m in emoji.finditer(every_emoji)]
    for text in _generated_posts(30, 99):
        assert [m.groups() for m in _X_URL_RE.finditer(text)] == [
            m.groups() for m in extract_url.finditer(text)]


def test_no_character_matches_two_groups_of_the_top_level_domains():
    """The grouped domain patterns try groups in any order, which is safe only when a
    character can start one group at most; and a domain starts with a letter."""
    import re

    from twitter_text.regexp.valid_cctld import valid_cctld
    from twitter_text.regexp.valid_gtld import valid_gtld

    domains = [domain for pattern in (valid_gtld, valid_cctld)
               for domain in pattern.pattern.split("(?:(?:")[1].split(")")[0].split("|")]
    alphabet = sorted({char for domain in domains for char in domain})
    for index, char in enumerate(alphabet):
        for other in alphabet[index + 1:]:
            if char.lower() != other.lower():
                assert not re.fullmatch(re.escape(char), other, re.IGNORECASE), (char, other)
    everything = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000)
    first = re.compile("[" + "".join({re.escape(domain[0]) for domain in domains}) + "]",
                       re.IGNORECASE)
    assert all(re.fullmatch(r"[^\W\d_]", char) for char in first.findall(everything))
