"""Text no database column can hold: a NUL character (PostgreSQL refuses it in text
and in JSON) or half of a surrogate pair (not UTF-8 at all). Form fields already
refuse both in what a browser sends; these catch them where JSON is decoded, since
"\\u0000" and "\\ud800" are valid JSON escapes. And text a reader would see nothing
of."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from django.core.exceptions import ValidationError

_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def is_storable(value: Any) -> bool:
    """True when no string in value (or in its lists and mappings, keys included)
    holds a NUL or a lone surrogate."""
    if isinstance(value, str):
        return not _UNSTORABLE.search(value)
    if isinstance(value, list | tuple):
        return all(is_storable(item) for item in value)
    if isinstance(value, dict):
        return all(is_storable(key) and is_storable(item) for key, item in value.items())
    return True


def validate_storable(value: Any) -> None:
    if not is_storable(value):
        raise ValidationError(
            "This holds a character that cannot be saved: a NUL (\\u0000) or half of a "
            "surrogate pair (such as \\ud800). Remove it and try again.",
            code="unstorable")


# Spaces, line breaks, control and format characters (zero-width spaces and joiners,
# direction marks and overrides, the byte-order mark): a post made only of these shows
# nothing, so a mentor would be asked to review an empty post.
_INVISIBLE_CATEGORIES = frozenset({"Zs", "Zl", "Zp", "Cc", "Cf"})
INVISIBLE_ONLY_MESSAGE = ("Your post has only invisible characters, such as zero-width "
                          "spaces: enter the words you want to post.")


def has_visible_text(text: str) -> bool:
    """True when text holds at least one character a reader would see."""
    return any(unicodedata.category(character) not in _INVISIBLE_CATEGORIES
               for character in text)
