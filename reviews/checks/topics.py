"""Sensitive topics: high-profile or emotive subjects an admin lists with their
keywords. A post that mentions one is not wrong, but always goes to a mentor, so the
finding says which topic it touches and why care is needed."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

PRINCIPLE = "take-care-with-sensitive-topics"


@dataclass(frozen=True)
class Topic:
    name: str
    keywords: tuple[str, ...]
    why: str


@dataclass(frozen=True)
class TopicFinding:
    topic: str
    start: int
    end: int
    text: str
    message: str

    def as_dict(self) -> dict[str, object]:
        return {"topic": self.topic, "start": self.start, "end": self.end, "text": self.text,
                "message": self.message, "principle": PRINCIPLE}


def _pattern(keywords: Iterable[str]) -> re.Pattern[str] | None:
    words = sorted({k.strip() for k in keywords if k.strip()}, key=len, reverse=True)
    if not words:
        return None
    # Whole words only: "strike" should not fire on "strikers" nor "airstrike".
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)",
                      re.IGNORECASE)


class TopicMatcher:
    """Finds the first mention of each topic in a post."""

    def __init__(self, topics: Iterable[Topic]) -> None:
        self.topics = [(topic, pattern) for topic in topics
                       if (pattern := _pattern(topic.keywords)) is not None]

    def find(self, text: str) -> list[TopicFinding]:
        found = []
        for topic, pattern in self.topics:
            match = pattern.search(text or "")
            if match:
                words = match.group()
                why = topic.why.strip()
                found.append(TopicFinding(
                    topic.name, match.start(), match.end(), words,
                    f"‘{words}’ touches on {topic.name}, a sensitive topic. {why} "
                    "A press-office mentor will always review a post on it.".replace("  ", " ")))
        return found
