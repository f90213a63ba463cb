"""Text helpers shared by the checks.

Every helper keeps character offsets into the original text, so a finding can
always point at the exact words that raised it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from urllib.parse import urlsplit

_PLAIN_PUNCTUATION = (("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'),
                      ("\u2013", "-"), ("\u2014", "-"), ("\u00a0", " "))

URL_RE = re.compile(
    r"(?:https?://|www\.)[^\s<>\"']+"
    r"|\b(?:[a-z0-9-]+\.)+(?:gov\.uk|gov|gc\.ca|gov\.au|govt\.nz|nhs\.uk|org|com|ca|uk)"
    r"(?:/[^\s<>\"']*)?",
    re.IGNORECASE,
)
MENTION_RE = re.compile(r"(?<![\w@])@[A-Za-z0-9_]{1,30}")
HASHTAG_RE = re.compile(r"(?<![\w#])#[^\W_][\w]*")
WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+|\n+")


def fold(text: str) -> str:
    """Lower-case text with curly quotes and dashes made plain, keeping its length.

    ``str.lower`` can change a string's length ("İ"), which would shift every
    offset after it, so characters whose lower case is longer stay as they are.
    """
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    if not text.isascii():
        for fancy, plain in _PLAIN_PUNCTUATION:
            if fancy in lowered:
                lowered = lowered.replace(fancy, plain)
    return lowered


def trim_url(url: str) -> str:
    """A URL without the punctuation that ends the sentence around it."""
    return url.rstrip(".,;:!?)]}'\"")


def urls(text: str) -> Iterator[tuple[int, int, str]]:
    for match in URL_RE.finditer(text):
        url = trim_url(match.group())
        yield match.start(), match.start() + len(url), url


def url_host(url: str) -> str:
    candidate = url if "://" in url else "https://" + url
    try:
        host = urlsplit(candidate).hostname or ""
    except ValueError:
        return ""
    return host.lower().removeprefix("www.")


def host_matches(host: str, domains: Iterable[str]) -> bool:
    """True when host is one of domains or a subdomain of one."""
    return any(host == d or host.endswith("." + d) for d in domains)


def words(text: str) -> Iterator[re.Match[str]]:
    return WORD_RE.finditer(text)


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the sentences (or lines) of text."""
    start = 0
    for match in SENTENCE_END_RE.finditer(text):
        if match.start() > start:
            yield start, match.start()
        start = match.end()
    if start < len(text):
        yield start, len(text)


def strip_links_and_handles(text: str) -> str:
    """Text with URLs, @mentions and #hashtags blanked out, keeping offsets."""
    def blank(match: re.Match[str]) -> str:
        return " " * len(match.group())

    text = URL_RE.sub(blank, text)
    text = MENTION_RE.sub(blank, text)
    return text


@lru_cache(maxsize=256)
def phrase_pattern(phrases: tuple[str, ...], flags: int = re.IGNORECASE) -> re.Pattern[str] | None:
    """One pattern that matches any phrase as whole words.

    A phrase is a regular expression; a plain phrase is matched literally enough
    because its characters are ordinary. Longer phrases are tried first.
    """
    if not phrases:
        return None
    alternatives = sorted(phrases, key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(alternatives) + r")(?![\w])", flags)


def first_match(pattern: re.Pattern[str] | None, text: str) -> re.Match[str] | None:
    return pattern.search(text) if pattern else None


def near(a: tuple[int, int], b: tuple[int, int], window: int) -> bool:
    """True when two spans are within window characters of each other."""
    return a[0] - window <= b[1] and b[0] - window <= a[1]
