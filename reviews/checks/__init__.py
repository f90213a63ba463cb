"""The check engine: plain Python, no Django, so it can be tested and benchmarked alone."""

from .base import Author, CheckResult, Finding, Outcome, Post, Report
from .engine import CHECK_NAMES, ConfigError, Engine, default_config

__all__ = [
    "CHECK_NAMES",
    "Author",
    "CheckResult",
    "ConfigError",
    "Engine",
    "Finding",
    "Outcome",
    "Post",
    "Report",
    "default_config",
]
