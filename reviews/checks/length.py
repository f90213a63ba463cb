"""length: the post fits the platform it is written for.

X counts characters the way twitter-text does (links weigh 23, most emoji and
CJK characters 2), so the count is twitter-text's, made with its own patterns and
rules (see "X's count" below). Other platforms count Unicode code points; a blog
has no limit.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from twitter_text.config import config as twitter_text_config
from twitter_text.extract_urls import (
    default_protocol,
    is_valid_url,
    max_tco_slug_length,
)
from twitter_text.regexp.emoji import emoji
from twitter_text.regexp.extract_url import extract_url
from twitter_text.regexp.invalid_chars_group import invalid_chars_group
from twitter_text.regexp.invalid_url_without_protocol_preceding_chars import (
    invalid_url_without_protocol_preceding_chars,
)
from twitter_text.regexp.spaces_group import spaces_group
from twitter_text.regexp.valid_ascii_domain import valid_ascii_domain
from twitter_text.regexp.valid_cctld import valid_cctld
from twitter_text.regexp.valid_gtld import valid_gtld
from twitter_text.regexp.valid_punycode import valid_punycode
from twitter_text.regexp.valid_tco_url import valid_tco_url

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


# -- X's count ----------------------------------------------------------------------------
#
# twitter-text's parse_tweet takes milliseconds a post: it runs a 90 KB emoji pattern
# and a link pattern that tries 1,500 top-level domains one by one (under IGNORECASE)
# at every position of the text. What follows gives exactly its weighted length and
# valid range, walking the same units (a link weighs 23, an emoji 2, any other
# character 1 or 2 by its code point), with these shortcuts:
# - both patterns are rebuilt with their alternatives grouped by leading character, in
#   their original order within each group, so they match exactly what the originals
#   match while testing each character once instead of once per alternative;
# - the link pattern runs only on the words that hold a dot followed by a top-level
#   domain (every link has one, and no link crosses white space);
# - the emoji pattern runs only where an emoji weighs other than its characters: where
#   a sequence of several code points could start, and at "©" and "®" (light
#   characters that are emoji); any other emoji is one heavy character weighing 2.
# tests/reviews/checks/test_length.py compares the results with twitter-text's.

# Characters twitter-text weighs 1 (its default config's ranges); everything else weighs 2.
_X_HEAVY_CHAR_RE = re.compile("[^\u0000-\u10ff\u2000-\u200d\u2010-\u201f\u2032-\u2037]")
_X_INVALID_CHAR_RE = re.compile(f"[{invalid_chars_group}]")
_X_LINK_WEIGHT = twitter_text_config["defaults"]["transformed_url_length"]
# The shortest link twitter-text finds, a one-letter name and a two-letter domain:
# a link adds at most 23 - 4 to the count of its characters.
_X_SHORTEST_LINK = len("a.co")


def _grouped_alternation(alternatives: list[str], key: Callable[[str], str]) -> str:
    """A pattern matching what "|".join(alternatives) matches, trying them in the same order.

    The alternatives become a trie: grouped by leading character (``key`` of it: lower
    case under IGNORECASE), in their order within each group. Only those whose leading
    character matches can succeed, so the engine tries the same ones in the same order,
    but rejects a group with one test instead of one test per alternative. An empty
    alternative matches before any that follow it, so groups never reach across one.
    (test_length checks that no character matches the leading characters of two groups.)
    """
    parts: list[str] = []
    run: list[str] = []

    def close_run() -> None:
        groups: dict[str, list[str]] = {}
        for alternative in run:
            groups.setdefault(key(alternative[0]), []).append(alternative)
        # A character matches one group at most, so their order is free: plain letters
        # first, which most text holds.
        for _, members in sorted(groups.items()):
            if len(members) == 1:
                parts.append(re.escape(members[0]))
            else:
                rest = _grouped_alternation([member[1:] for member in members], key)
                parts.append(f"{re.escape(members[0][0])}(?:{rest})")
        run.clear()

    for alternative in alternatives:
        if alternative:
            run.append(alternative)
        else:
            close_run()
            parts.append("")
    close_run()
    return "|".join(parts)


def _grouped_tld_pattern(pattern: re.Pattern[str]) -> str:
    """twitter-text's pattern of top-level domains, grouped by leading letters."""
    head, tail = "(?:(?:", ")(?=[^0-9a-zA-Z@+-]|$))"
    body = pattern.pattern[len(head):-len(tail)]
    if (not pattern.pattern.startswith(head) or not pattern.pattern.endswith(tail)
            or re.search(r"[\\()\[\]?*+.^$]", body)):
        return pattern.pattern  # not the shape expected: keep it as it is
    return head + _grouped_alternation(body.split("|"), str.lower) + tail


def _with_grouped_tlds(pattern: re.Pattern[str]) -> re.Pattern[str]:
    source = pattern.pattern
    for tlds in (valid_gtld, valid_cctld):
        source = source.replace(tlds.pattern, _grouped_tld_pattern(tlds))
    return re.compile(source, pattern.flags)


_X_URL_RE = _with_grouped_tlds(extract_url)
_X_ASCII_DOMAIN_RE = _with_grouped_tlds(valid_ascii_domain)
# A dot followed by a top-level domain: every link holds one. A domain starts with a
# letter, which the lookahead tests at once, before trying the domains.
_X_TLD_DOT_RE = re.compile(
    rf"\.(?=[^\W\d_])(?:{_grouped_tld_pattern(valid_gtld)}|{_grouped_tld_pattern(valid_cctld)}"
    rf"|{valid_punycode.pattern})", re.IGNORECASE)
# A t.co link, the commonest on X, alone in its word but for a closing punctuation mark:
# twitter-text's link pattern takes it whole, to the end of its path (group 1).
_X_TCO_WORD_RE = re.compile(
    rf"((?i:https?://t\.co/)[A-Za-z0-9]{{1,{max_tco_slug_length}}})[.,;:!?]?")
# twitter-text's white space, which no link holds: the space before a word, and the end of
# a word.
_X_SPACE_BEFORE_RE = re.compile(f"(?s:.*)[{spaces_group}]")
_X_SPACE_RE = re.compile(f"[{spaces_group}]")


def _x_links_in(text: str) -> Iterator[tuple[int, str]]:
    """twitter-text's extract_urls_with_indices, step for step, with the grouped patterns:
    (start, url) of each link, url being the string whose length the parser skips."""
    for url_match in _X_URL_RE.finditer(text):
        _, before, url, protocol, domain, _, path, _ = url_match.groups()
        end_position = url_match.end()
        start_position = end_position - len(url)
        if not is_valid_url(url, protocol or default_protocol, domain):
            continue
        if protocol is None:
            if invalid_url_without_protocol_preceding_chars.match(before):
                continue
            last: tuple[int, str] | None = None
            for ascii_domain in _X_ASCII_DOMAIN_RE.finditer(domain):
                if last is not None:
                    yield last
                last = (start_position + ascii_domain.start(), ascii_domain.group())
            if last is None:
                continue
            if path:
                last = (last[0], url.replace(domain, last[1]))
            yield last
        else:
            tco_url_match = valid_tco_url.search(url)
            if tco_url_match:
                tco_url_slug = tco_url_match.group(1)
                if tco_url_slug and len(tco_url_slug) > max_tco_slug_length:
                    continue
                url = tco_url_match.group(0)
            yield start_position, url


def _x_links(text: str) -> dict[int, int]:
    """{start: characters the parser skips} of twitter-text's links in text.

    A link holds no space, so the link pattern runs only on the words that hold a dot
    and a top-level domain, each with the space before it, which the pattern looks at:
    the same links as running it over the whole text, without its cost.
    """
    links: dict[int, int] = {}
    word_end = 0
    for dot in _X_TLD_DOT_RE.finditer(text):
        if dot.start() < word_end:
            continue  # in the word just read
        space_before = _X_SPACE_BEFORE_RE.match(text, 0, dot.start())
        offset = space_before.end() - 1 if space_before else 0
        space_after = _X_SPACE_RE.search(text, dot.end())
        word_end = space_after.start() if space_after else len(text)
        tco = _X_TCO_WORD_RE.fullmatch(text, offset + 1 if space_before else 0, word_end)
        if tco:
            links[tco.start()] = len(tco.group(1))
            continue
        for start, url in _x_links_in(text[offset:word_end]):
            links[offset + start] = len(url)
    return links


def _char_class(chars: str) -> str:
    """A character class of chars, as ranges: the engine tests a list of astral
    characters one by one, but a range at once."""
    codes = sorted(set(map(ord, chars)))
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "[" + "".join(re.escape(chr(low)) + (f"-{re.escape(chr(high))}" if high > low else "")
                         for low, high in ranges) + "]"


def _x_emoji_parts() -> tuple[list[str], str]:
    """twitter-text's emoji of several code points, in its order, and its class of
    single-code-point emoji."""
    several, single = emoji.pattern.rsplit("|", 1)
    sequences = ["".join(chr(int(code, 16)) for code in re.findall(r"\\U([0-9A-Fa-f]{8})", item))
                 for item in several.split("|")]
    return sequences, single


_X_EMOJI_SEQUENCES, _X_SINGLE_EMOJI_CLASS = _x_emoji_parts()
_X_EMOJI_RE = re.compile(
    f"{_grouped_alternation(_X_EMOJI_SEQUENCES, str)}|{_X_SINGLE_EMOJI_CLASS}")
# Light characters (weight 1) that are emoji by themselves, and so weigh 2: "©", "®".
_X_LIGHT_EMOJI = "".join(
    char for char in map(chr, range(0x2040))
    if not _X_HEAVY_CHAR_RE.match(char) and re.fullmatch(_X_SINGLE_EMOJI_CLASS, char))
# The second code points of emoji sequences (joiner, variation selector, skin tones,
# keycap, regional indicators, tags): no sequence starts without one next.
_X_EMOJI_SECOND = "".join(sorted({sequence[1] for sequence in _X_EMOJI_SEQUENCES}))
_X_LIGHT_EMOJI_RE = re.compile(_char_class(_X_LIGHT_EMOJI))
# A text with none of these has no emoji but single heavy characters.
_X_EMOJI_HINT_RE = re.compile(_char_class(_X_LIGHT_EMOJI + _X_EMOJI_SECOND))
_X_EMOJI_START_RE = re.compile(
    f"(?={_char_class(_X_LIGHT_EMOJI)}|.{_char_class(_X_EMOJI_SECOND)})", re.DOTALL)


def _x_emoji(text: str) -> dict[int, int]:
    """{start: length} of twitter-text's emoji that weigh other than their characters.

    Its emoji finder takes, at each position, the first emoji that starts there. A
    single-code-point emoji elsewhere is a heavy character, which weighs 2 either way,
    and does not move where the finder looks next; so only the possible starts of
    sequences, and light emoji, need the pattern.
    """
    found: dict[int, int] = {}
    if not _X_EMOJI_HINT_RE.search(text):
        return found
    consumed = 0
    for candidate in _X_EMOJI_START_RE.finditer(text):
        start = candidate.start()
        if start < consumed:
            continue
        match = _X_EMOJI_RE.match(text, start)
        if match:
            found[start] = match.end() - start
            consumed = match.end()
    return found


def _x_normalized(text: str) -> str:
    """The text as twitter-text counts it: NFC, with every line ending a "\n"."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if "\r" in text:
        text = re.sub(r"\r\n|\r|\n", "\n", text)
    return text


def _x_heavy(text: str) -> int:
    return 0 if text.isascii() else len(_X_HEAVY_CHAR_RE.findall(text))


def x_estimate(text: str) -> int:
    """An upper bound of X's weighted length, cheap to count.

    Every character at its own weight (an emoji sequence weighs 2, less than its code
    points), plus 1 for each light emoji, plus for each dot before a top-level domain
    the most a link can add: 23 less the 4 characters of the shortest link.
    """
    text = _x_normalized(text)
    weight = len(text)
    if not text.isascii():
        weight += len(_X_HEAVY_CHAR_RE.findall(text)) \
            + len(_X_LIGHT_EMOJI_RE.findall(text))
    if "." in text:
        weight += len(_X_TLD_DOT_RE.findall(text)) * (_X_LINK_WEIGHT - _X_SHORTEST_LINK)
    return weight


# x_estimate is an upper bound, so it needs no slack.
_X_ESTIMATE_SLACK = 0


def _utf16_length(text: str) -> int:
    # A lone surrogate counts as one unit, as in JavaScript, rather than raising.
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def x_weighted_length(text: str, limit: int) -> tuple[int, int]:
    """(weighted length, index of the first character past limit, or len(text)).

    Exactly what twitter-text's parse_tweet gives (weightedLength, and validRangeEnd
    turned into an index of text), walking the text unit by unit as it does: a link,
    an emoji, or a character.
    """
    normalized = _x_normalized(text)
    links = _x_links(normalized) if "." in normalized else {}
    emoji_lengths = _x_emoji(normalized) if not normalized.isascii() else {}
    weight, position = 0, 0
    first_over: int | None = None  # where the unit that goes over the limit starts
    for start in sorted(links.keys() | emoji_lengths.keys()):
        if start < position:
            continue  # inside a unit already counted: the parser never looks there
        segment = normalized[position:start]
        segment_weight = len(segment) + _x_heavy(segment)
        if first_over is None and weight + segment_weight > limit:
            first_over = position + _x_crossing(segment, limit - weight)
        weight += segment_weight
        if start in links:
            weight += _X_LINK_WEIGHT
            position = start + links[start]
        else:
            weight += 2
            position = start + emoji_lengths[start]
        if first_over is None and weight > limit:
            first_over = start
    segment = normalized[position:]
    segment_weight = len(segment) + _x_heavy(segment)
    if first_over is None and weight + segment_weight > limit:
        first_over = position + _x_crossing(segment, limit - weight)
    weight += segment_weight
    if first_over is None:
        return weight, len(text)
    # The parser's valid range ends before the unit that goes over, or before an invalid
    # character (never part of a link or emoji), and holds at least the first character.
    invalid = _X_INVALID_CHAR_RE.search(normalized)
    last_valid = max(min(first_over, invalid.start() if invalid else first_over) - 1, 0)
    if normalized is text:
        return weight, last_valid + 1
    # twitter-text reports the range in UTF-16 code units of the normalised text, shifted
    # by the difference normalising made, as JavaScript counts them.
    valid_range_end = (_utf16_length(normalized[:last_valid + 1]) - 1
                       + _utf16_length(text) - _utf16_length(normalized))
    return weight, utf16_offset_to_index(text, valid_range_end + 1)


def _x_crossing(segment: str, budget: int) -> int:
    """Index in segment of the character that takes its running weight past budget.

    Light characters weigh 1, so between heavy ones the index follows from the budget.
    """
    heavy_before = 0
    for heavy in _X_HEAVY_CHAR_RE.finditer(segment):
        # The light characters before this heavy one weigh their index plus one, plus one
        # for each heavy character before them.
        if budget - heavy_before < heavy.start():
            break
        if heavy.start() + heavy_before + 2 > budget:
            return heavy.start()
        heavy_before += 1
    return budget - heavy_before


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
        if post.platform == "x" and x_estimate(post.text) <= limit:
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
