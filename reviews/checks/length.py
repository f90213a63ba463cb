"""length: the post fits the platform it is written for.

X counts characters the way twitter-text does (links weigh 23, most emoji and
CJK characters 2), so the count uses the twitter-text library. Other platforms
count Unicode code points; a blog has no limit.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Any

from twitter_text import parse_tweet
from twitter_text.config import config as twitter_text_config
from twitter_text.extract_urls import extract_urls_with_indices

from .base import Finding, Post, finding

NAME = "length"
PRINCIPLE = "fit-the-platform"
DEFAULTS: dict[str, Any] = {
    "enabled": True,
    "severity": "fail",
    # Characters allowed per platform; null means no limit.
    "limits": {
        "x": 280,
        "bluesky": 300,
        "mastodon": 500,
        "threads": 500,
        "linkedin": 3000,
        "facebook": 63206,
        "blog": None,
    },
}

PLATFORM_NAMES = {
    "x": "X", "bluesky": "Bluesky", "mastodon": "Mastodon", "threads": "Threads",
    "linkedin": "LinkedIn", "facebook": "Facebook", "blog": "a blog",
}


def utf16_offset_to_index(text: str, units: int) -> int:
    """The index in text of the character that starts at UTF-16 code unit ``units``."""
    count = 0
    for index, char in enumerate(text):
        if count >= units:
            return index
        count += 2 if ord(char) > 0xFFFF else 1
    return len(text)


# Characters twitter-text weighs 1 (its default config's ranges); everything else weighs 2.
_X_HEAVY_CHAR_RE = re.compile("[^\u0000-\u10ff\u2000-\u200d\u2010-\u201f\u2032-\u2037]")
_X_LINK_RE = re.compile(
    r"(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:[/?#][a-z0-9._~:/?#@!$&*+,;=%-]*)?",
    re.IGNORECASE,
)
# Characters that make an emoji of several code points (joiners, variation selectors,
# skin tones, keycaps, flags, tags) or an emoji in the light ranges ("©", "®"):
# twitter-text weighs such a sequence 2 in all.
_X_COMPOSED_EMOJI_RE = re.compile(
    "[\u00a9\u00ae\u200d\u20e3\ufe0e\ufe0f\U0001f1e6-\U0001f1ff\U0001f3fb-\U0001f3ff"
    "\U000e0020-\U000e007f]")
_X_DOTTED_TOKEN_RE = re.compile(r"\S*\.\S+")
# How far the estimate may fall short of twitter-text's count: "©" and "®" can be
# emoji (weight 2), and its link detection may end a link a character or two apart.
_X_ESTIMATE_SLACK = 10


def x_estimate(text: str) -> int:
    """Close to X's weighted length without twitter-text's costly emoji scan.

    Emoji sequences are counted per code point, which only ever overestimates.
    """
    heavy = 0 if text.isascii() else len(_X_HEAVY_CHAR_RE.findall(text))
    weight = len(text) + heavy
    if "." in text:
        for match in _X_LINK_RE.finditer(text):
            weight += 23 - len(match.group().rstrip(".,;:!?"))
    return weight + text.count("\u00a9") + text.count("\u00ae")


def _x_char_weight(char: str) -> int:
    return 2 if _X_HEAVY_CHAR_RE.match(char) else 1


def _x_links(text: str) -> list[tuple[int, int]]:
    """twitter-text's links, found token by token: a link never spans white space, and
    its finder is slow over a whole post. Gives the same links (checked on every dev
    and real post)."""
    links = []
    for token in _X_DOTTED_TOKEN_RE.finditer(text):
        for link in extract_urls_with_indices(token.group()):
            start, end = link["indices"]
            links.append((token.start() + start, token.start() + end))
    return links


def _x_heavy(text: str) -> int:
    return 0 if text.isascii() else len(_X_HEAVY_CHAR_RE.findall(text))


def x_weighted_length(text: str, limit: int) -> tuple[int, int]:
    """(weighted length, index of the first character past limit, or len(text)).

    twitter-text's own parse scans for emoji with one enormous pattern (about a
    millisecond a post). A text whose emoji, if any, are single code points weighs
    the same counted here: 1 or 2 a character by twitter-text's ranges, 23 a link.
    """
    if "\r" in text or _X_COMPOSED_EMOJI_RE.search(text) \
            or not unicodedata.is_normalized("NFC", text):
        parsed = parse_tweet(text, {**twitter_text_config["defaults"],
                                    "max_weighted_tweet_length": limit})
        if parsed.weightedLength <= limit:
            return parsed.weightedLength, len(text)
        # twitter-text reports ranges in UTF-16 code units, as JavaScript counts them.
        return parsed.weightedLength, utf16_offset_to_index(text, parsed.validRangeEnd + 1)
    links = _x_links(text) if "." in text else []
    total = len(text) + _x_heavy(text)
    for start, end in links:
        total += 23 - (end - start) - _x_heavy(text[start:end])
    if total <= limit:
        return total, len(text)
    return total, _x_cut(text, links, limit)


def _x_cut(text: str, links: list[tuple[int, int]], limit: int) -> int:
    """Index of the first character that takes the weighted count past limit."""
    running, position = 0, 0
    for start, end in [*links, (len(text), len(text))]:
        segment = text[position:start]
        weight = len(segment) + _x_heavy(segment)
        if running + weight > limit:
            if segment.isascii():
                return position + limit - running
            for index, char in enumerate(segment, start=position):
                running += _x_char_weight(char)
                if running > limit:
                    return index
        running += weight
        if start < end:
            running += 23
            if running > limit:
                return start
        position = end
    return len(text)


def platform_length(text: str, platform: str, limit: int) -> tuple[int, int]:
    """(length as the platform counts it, offset where the text first goes over limit)."""
    if platform == "x":
        return x_weighted_length(text, limit)
    return len(text), min(limit, len(text))


class Check:
    def __init__(self, config: Mapping[str, Any], shared: Mapping[str, Any]) -> None:
        limits = config["limits"]
        if not isinstance(limits, Mapping):
            raise ValueError("'limits' must map each platform to a number of characters.")
        for platform, limit in limits.items():
            if limit is not None and (not isinstance(limit, int) or limit <= 0):
                raise ValueError(f"the limit for {platform} must be a positive whole number.")
        self.limits = dict(limits)

    def find(self, post: Post) -> list[Finding]:
        limit = self.limits.get(post.platform)
        if limit is None:
            return []
        if post.platform == "x" and x_estimate(post.text) + _X_ESTIMATE_SLACK <= limit:
            return []
        counted, cut = platform_length(post.text, post.platform, limit)
        if counted <= limit:
            return []
        over = counted - limit
        name = PLATFORM_NAMES.get(post.platform, post.platform)
        how = " (each link counts as 23)" if post.platform == "x" else ""
        message = (
            f"This post is {counted:,} characters{how}, {over:,} over the {limit:,} that "
            f"{name} allows, so it would be cut off or refused. The highlighted part is what "
            "goes over: shorten the post, or split it into a thread."
        )
        return [finding(post.text, cut, len(post.text), message)]
