"""Reads for the reviews app."""

from __future__ import annotations

from reviews.checks import Engine


def get_check_engine() -> Engine:
    """The check engine with the configuration in force.

    Built once per process; admins' overrides will be layered on here.
    """
    global _engine
    if _engine is None:
        _engine = Engine()
    return _engine


_engine: Engine | None = None
