"""Word-by-word differences between two texts, marked up for a page."""

from __future__ import annotations

import difflib
import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

_DIFF_TOKEN = re.compile(r"\w+\s*|[^\w\s]\s*|\s+")


def word_diff(older: str, newer: str) -> SafeString:
    """The change from older to newer, word by word: a diff by character reads as
    noise once a sentence is rewritten."""
    before, after = _DIFF_TOKEN.findall(older), _DIFF_TOKEN.findall(newer)
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    parts = []
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op in ("replace", "delete"):
            parts.append(f"<del><span class='govuk-visually-hidden'>removed: </span>"
                         f"{escape(''.join(before[a0:a1]))}</del>")
        if op in ("replace", "insert"):
            parts.append(f"<ins><span class='govuk-visually-hidden'>added: </span>"
                         f"{escape(''.join(after[b0:b1]))}</ins>")
        if op == "equal":
            parts.append(escape("".join(before[a0:a1])))
    return mark_safe("".join(parts))  # every piece of text above is escaped
