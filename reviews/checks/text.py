"""Text helpers shared by the checks.

Every helper keeps character offsets into the original text, so a finding can
always point at the exact words that raised it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from urllib.parse import urlsplit

_PLAIN_PUNCTUATION = (("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'),
                      ("\u2013", "-"), ("\u2014", "-"), ("\u00a0", " "))

URL_RE = re.compile(
    r"(?:https?://|www\.)[^\s<>\"']+"
    r"|\b(?:[a-z0-9-]+\.)+(?:gov\.uk|gov|gc\.ca|gov\.au|govt\.nz|nhs\.uk|org|com|ca|uk)"
    r"(?:/[^\s<>\"']*)?",
    re.IGNORECASE,
)
HASHTAG_RE = re.compile(r"(?<![\w#])#[^\W_][\w]*")


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
