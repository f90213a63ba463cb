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
from .base import CheckResult, Outcome, Post, Report, finding
from .learned import MESSAGES, THRESHOLDS, LearnedModel, shipped_model
from .phrases import share_locators

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
    checks = {name: copy.deepcopy(module.DEFAULTS) for name, module in CHECKS.items()}
    # The learned signal's thresholds belong to the shipped model (a retrained model may
    # need others), so they are kept with it rather than in each check's defaults.
    for name, threshold in THRESHOLDS.items():
        checks[name]["learned_threshold"] = threshold
    return {"shared": copy.deepcopy(SHARED_DEFAULTS), "checks": checks}


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
    if "learned_signal" in config and not isinstance(config["learned_signal"], bool):
        raise ConfigError(f"{name}: 'learned_signal' must be true or false.")
    threshold = config.get("learned_threshold", 0.5)
    if isinstance(threshold, bool) or not isinstance(threshold, int | float) or not (
            0 < threshold <= 1):
        raise ConfigError(f"{name}: 'learned_threshold' must be a number above 0 and at "
                          "most 1.")


def build_check(name: str, check_config: Mapping[str, Any], shared: Mapping[str, Any]):
    """One check compiled for its configuration, or ConfigError saying what is wrong."""
    _validate_common(name, check_config)
    try:
        return CHECKS[name].Check(check_config, shared)
    except re.error as exc:
        raise ConfigError(
            f"{name}: a pattern is not a valid regular expression ({exc})."
        ) from exc
    except (TypeError, ValueError, LookupError) as exc:
        raise ConfigError(f"{name}: {exc}") from exc
    except RecursionError as exc:
        # Word lists are compiled into tries, a level per letter.
        raise ConfigError(f"{name}: a word or phrase is too long to compile; shorten it."
                          ) from exc


class Engine:
    """All seven checks compiled for one configuration; build once, run many times."""

    def __init__(self, overrides: Mapping[str, Any] | None = None,
                 learned: LearnedModel | None = None) -> None:
        self.config = merge(default_config(), overrides)
        unknown = set(self.config["checks"]) - set(CHECKS)
        if unknown:
            raise ConfigError(f"Unknown check(s): {', '.join(sorted(unknown))}.")
        shared = self.config["shared"]
        self._checks = []
        for name, module in CHECKS.items():
            check_config = self.config["checks"][name]
            instance = build_check(name, check_config, shared)
            self._checks.append((name, module, check_config, instance))
        share_locators(check.book for *_, check in self._checks if hasattr(check, "book"))
        self._learned = learned
        self._learned_thresholds = {
            name: check_config["learned_threshold"]
            for name, _, check_config, _ in self._checks
            if check_config.get("learned_signal") and name in MESSAGES}
        if self._learned_thresholds and learned is None:
            self._learned = shipped_model()
        # A check may narrow which posts its model judges, and so learns from
        # (affiliation: only where nobody says who the author works for)...
        self._learned_applies = {
            name: instance.learned_applies for name, _, _, instance in self._checks
            if hasattr(instance, "learned_applies")}
        # ...or only where it raises, having learned from every post (personal data:
        # only posts that name someone).
        self._learned_may_raise = {
            name: instance.learned_may_raise for name, _, _, instance in self._checks
            if hasattr(instance, "learned_may_raise")}
        # What run needs per check, worked out once. Results are frozen, so a passing
        # (or disabled) check's result is one object that every report shares.
        self._plan = [
            (name, instance.find if check_config["enabled"] else None,
             Outcome(check_config["severity"]), module.PRINCIPLE,
             CheckResult(name, Outcome.PASS, module.PRINCIPLE,
                         enabled=check_config["enabled"]),
             name in self._learned_thresholds)
            for name, module, check_config, instance in self._checks]

    def run(self, post: Post) -> Report:
        results: dict[str, CheckResult] = {}
        unraised = []
        for name, find, severity, principle, passed, learned in self._plan:
            if find is None:
                results[name] = passed
                continue
            findings = tuple(find(post))
            if findings:
                results[name] = CheckResult(name, severity, principle, findings)
            else:
                results[name] = passed
                if learned:
                    unraised.append(name)
        if unraised and post.text:
            self._add_learned(post, unraised, results)
        return Report(results)

    def learned_applies(self, name: str, post: Post) -> bool:
        """Whether the check's model judges this post at all (and learns from it)."""
        applies = self._learned_applies.get(name)
        return applies is None or applies(post)

    def learned_may_raise(self, name: str, post: Post) -> bool:
        """Whether the learned signal may raise the check on this post."""
        may_raise = self._learned_may_raise.get(name)
        return self.learned_applies(name, post) and (may_raise is None or may_raise(post))

    def _add_learned(self, post: Post, names: list[str],
                     results: dict[str, CheckResult]) -> None:
        """A warning, on its heaviest sentence, for each check the model scores high."""
        model = self._learned
        probabilities = model.probabilities(post.text)
        for name in names:
            if probabilities[name] < self._learned_thresholds[name]:
                continue
            if not self.learned_may_raise(name, post):
                continue
            start, end = model.heaviest_sentence(post.text, name)
            if start == end:
                continue
            # A warning, whatever the check's severity: the model weighs a whole
            # sentence, so it cannot be as sure as a rule that names the words.
            results[name] = CheckResult(
                name, Outcome.WARN, results[name].principle,
                (finding(post.text, start, end, MESSAGES[name]),))
