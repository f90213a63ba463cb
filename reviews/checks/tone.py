"""tone: placeholder until the check is written."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .base import Finding, Post

NAME = "tone"
PRINCIPLE = "conversational-tone"
DEFAULTS: dict[str, Any] = {"enabled": True, "severity": "warn"}


class Check:
    def __init__(self, config: Mapping[str, Any], shared: Mapping[str, Any]) -> None:
        self.config = config

    def find(self, post: Post) -> list[Finding]:
        return []
