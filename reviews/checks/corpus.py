"""Reading posts in the corpus format: one JSON object per line."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from .base import PLATFORMS, Author, Post

# Older exports name X by its former name.
PLATFORM_ALIASES = {"twitter": "x"}


class BadLine(ValueError):
    """A line that is not a post, with a message that says why."""


@dataclass(frozen=True)
class Entry:
    line_number: int
    id: str
    post: Post
    expected: dict[str, bool] | None


def parse_line(line: str, line_number: int) -> Entry:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise BadLine(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(data, dict):
        raise BadLine("expected a JSON object with at least a 'text' key")
    text = data.get("text")
    if text is None:
        raise BadLine("no 'text' key")
    if not isinstance(text, str):
        raise BadLine(f"'text' must be a string, not {_json_type(text)}")
    platform = data.get("platform", "x")
    if isinstance(platform, str):
        platform = PLATFORM_ALIASES.get(platform, platform)
    if not isinstance(platform, str) or platform not in PLATFORMS:
        raise BadLine(f"'platform' must be one of {', '.join(PLATFORMS)}")
    author = data.get("author", {})
    if author is not None and not isinstance(author, dict):
        raise BadLine(f"'author' must be an object, not {_json_type(author)}")
    post_id = data.get("id", f"line-{line_number}")
    if not isinstance(post_id, str | int) or isinstance(post_id, bool):
        raise BadLine(f"'id' must be a string or a number, not {_json_type(post_id)}")
    expected = data.get("expected")
    expected = {k: bool(v) for k, v in expected.items()} if isinstance(expected, dict) else None
    return Entry(line_number, str(post_id), Post(text, platform, Author.from_dict(author)),
                 expected)


def read_entries(lines: Iterable[str]) -> Iterator[Entry | tuple[int, BadLine]]:
    """Each non-blank line as an Entry, or (line number, error) when it is not a post."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield parse_line(line, number)
        except BadLine as error:
            yield number, error


def _json_type(value: Any) -> str:
    names = {str: "a string", bool: "true/false", int: "a number", float: "a number",
             list: "a list", dict: "an object", type(None): "null"}
    return names.get(type(value), type(value).__name__)
