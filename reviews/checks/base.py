"""The vocabulary every check shares: a post, its author, a finding, a result."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol


class Outcome(StrEnum):
    PASS = "pass"
    WARN = "warn"
    FAIL = "fail"

    @property
    def rank(self) -> int:
        return {"pass": 0, "warn": 1, "fail": 2}[self.value]


PLATFORMS = ("x", "bluesky", "mastodon", "threads", "linkedin", "facebook", "blog")


def _text_field(data: Mapping[str, Any], key: str) -> str:
    value = data.get(key)
    return value if isinstance(value, str) else ""


@dataclass(frozen=True)
class Author:
    name: str = ""
    role: str = ""
    department: str = ""
    department_short: str = ""
    policy_areas: tuple[str, ...] = ()
    profile: str = ""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> Author:
        """Build an author from loosely typed input, ignoring what is not text."""
        data = data if isinstance(data, Mapping) else {}
        areas = data.get("policy_areas")
        areas = tuple(a for a in areas if isinstance(a, str)) if isinstance(areas, list) else ()
        return cls(
            name=_text_field(data, "name"),
            role=_text_field(data, "role"),
            department=_text_field(data, "department"),
            department_short=_text_field(data, "department_short"),
            policy_areas=areas,
            profile=_text_field(data, "profile"),
        )


@dataclass(frozen=True)
class Post:
    text: str
    platform: str = "x"
    author: Author = field(default_factory=Author)


@dataclass(frozen=True)
class Finding:
    """Words in the post that raised a check, and what the author should do about them."""

    start: int
    end: int
    text: str
    message: str

    def as_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "message": self.message}


@dataclass(frozen=True)
class CheckResult:
    check: str
    outcome: Outcome
    principle: str
    findings: tuple[Finding, ...] = ()
    enabled: bool = True

    @property
    def raised(self) -> bool:
        return self.outcome is not Outcome.PASS

    def as_dict(self) -> dict[str, Any]:
        return {
            "outcome": self.outcome.value,
            "principle": self.principle,
            "findings": [f.as_dict() for f in self.findings],
        }


@dataclass(frozen=True)
class Report:
    """The results of every check on one post."""

    results: dict[str, CheckResult]

    @property
    def outcome(self) -> Outcome:
        return max((r.outcome for r in self.results.values()), key=lambda o: o.rank,
                   default=Outcome.PASS)

    def as_dict(self) -> dict[str, Any]:
        return {
            "outcome": self.outcome.value,
            "checks": {name: result.as_dict() for name, result in self.results.items()},
        }


def finding(text: str, start: int, end: int, message: str) -> Finding:
    """A finding over text[start:end]."""
    return Finding(start=start, end=end, text=text[start:end], message=message)


class Check(Protocol):
    """What a check module's ``Check`` class provides.

    It is built once per configuration (compiling patterns then), and ``find`` is
    called once per post. ``find`` returns no findings when the post passes.
    """

    def __init__(self, config: Mapping[str, Any], shared: Mapping[str, Any]) -> None: ...

    def find(self, post: Post) -> list[Finding]: ...
