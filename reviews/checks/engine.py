"""Runs every check over a post with one configuration.

The configuration is plain data: ``{"shared": {...}, "checks": {name: {...}}}``.
Anything left out falls back to the defaults each check module declares, so
an admin's overrides only need to hold what they changed.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from types import ModuleType
from typing import Any

from . import (
    affiliation,
    announcement,
    confidential,
    length,
    personal_data,
    political,
    tone,
)
from .base import CheckResult, Outcome, Post, Report

CHECK_MODULES: tuple[ModuleType, ...] = (
    announcement, affiliation, tone, political, personal_data, confidential, length,
)
CHECKS: dict[str, ModuleType] = {module.NAME: module for module in CHECK_MODULES}
CHECK_NAMES: tuple[str, ...] = tuple(CHECKS)

SHARED_DEFAULTS: dict[str, Any] = {
    # Links to these sites point at something already public, and their inboxes
    # and helplines are published contact routes rather than personal data.
    "official_domains": [
        "gov.uk", "gov.scot", "gov.wales", "gov.ie", "nhs.uk", "nhs.net", "parliament.uk",
        "legislation.gov.uk", "police.uk", "canada.ca", "gc.ca", "gov.au", "govt.nz",
        "gov", "mil", "federalregister.gov", "europa.eu", "who.int", "un.org",
    ],
}


class ConfigError(ValueError):
    """A configuration value that cannot be used, with a message for an admin."""


def default_config() -> dict[str, Any]:
    return {
        "shared": copy.deepcopy(SHARED_DEFAULTS),
        "checks": {name: copy.deepcopy(module.DEFAULTS) for name, module in CHECKS.items()},
    }


def merge(base: Mapping[str, Any], override: Mapping[str, Any] | None) -> dict[str, Any]:
    """base with override laid over it; nested mappings merge, anything else replaces."""
    merged = copy.deepcopy(dict(base))
    for key, value in (override or {}).items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = merge(merged[key], value)
        else:
            merged[key] = copy.deepcopy(value)
    return merged


def _validate_common(name: str, config: Mapping[str, Any]) -> None:
    if not isinstance(config.get("enabled"), bool):
        raise ConfigError(f"{name}: 'enabled' must be true or false.")
    if config.get("severity") not in (Outcome.WARN.value, Outcome.FAIL.value):
        raise ConfigError(f"{name}: 'severity' must be 'warn' or 'fail'.")


class Engine:
    """All seven checks compiled for one configuration; build once, run many times."""

    def __init__(self, overrides: Mapping[str, Any] | None = None) -> None:
        self.config = merge(default_config(), overrides)
        unknown = set(self.config["checks"]) - set(CHECKS)
        if unknown:
            raise ConfigError(f"Unknown check(s): {', '.join(sorted(unknown))}.")
        shared = self.config["shared"]
        self._checks = []
        for name, module in CHECKS.items():
            check_config = self.config["checks"][name]
            _validate_common(name, check_config)
            try:
                instance = module.Check(check_config, shared)
            except re.error as exc:
                raise ConfigError(
                    f"{name}: a pattern is not a valid regular expression ({exc})."
                ) from exc
            except (TypeError, ValueError, KeyError) as exc:
                raise ConfigError(f"{name}: {exc}") from exc
            self._checks.append((name, module, check_config, instance))

    def run(self, post: Post) -> Report:
        results: dict[str, CheckResult] = {}
        for name, module, check_config, instance in self._checks:
            if not check_config["enabled"]:
                results[name] = CheckResult(name, Outcome.PASS, module.PRINCIPLE, enabled=False)
                continue
            findings = tuple(instance.find(post))
            outcome = Outcome(check_config["severity"]) if findings else Outcome.PASS
            results[name] = CheckResult(name, outcome, module.PRINCIPLE, findings)
        return Report(results)
