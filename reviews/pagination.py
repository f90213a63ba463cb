"""Keyset pagination: a page is the rows after (or before) the last row seen, in the
list's own order, so reading page 2,000 costs what reading page 1 does.

A cursor holds that row's sort key, signed (per list), so it cannot be forged into a
different query; an altered or unreadable one is refused with InvalidCursor, which the
pages answer with the first page and the API with a 404.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.core import signing
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db.models import Q, QuerySet

PAGE_SIZE = 50
FORWARD, BACKWARD = "after", "before"


class InvalidCursor(Exception):
    """A cursor that was altered, belongs to another list, or no longer reads."""


@dataclass(frozen=True)
class KeysetOrder:
    """A list's order: model fields ("-" for descending), the last one unique (the
    primary key), and the salt that keeps its cursors apart from other lists'."""

    fields: tuple[str, ...]
    salt: str

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(field.lstrip("-") for field in self.fields)

    def reversed(self) -> tuple[str, ...]:
        return tuple(field[1:] if field.startswith("-") else f"-{field}"
                     for field in self.fields)


@dataclass(frozen=True)
class Page:
    items: list
    next_cursor: str | None
    previous_cursor: str | None


def _key(order: KeysetOrder, item) -> list:
    return [getattr(item, name) for name in order.names]


def _encode(order: KeysetOrder, direction: str, key: list) -> str:
    key = [value.isoformat() if hasattr(value, "isoformat") else value for value in key]
    return signing.dumps({"d": direction, "k": key}, salt=f"govsocial.page.{order.salt}")


def _decode(order: KeysetOrder, model, cursor: str) -> tuple[str, list]:
    try:
        data = signing.loads(cursor, salt=f"govsocial.page.{order.salt}")
        direction, raw = data["d"], data["k"]
        if direction not in (FORWARD, BACKWARD) or len(raw) != len(order.names):
            raise InvalidCursor
        key = [model._meta.get_field(name).to_python(value)
               for name, value in zip(order.names, raw, strict=True)]
    except (signing.BadSignature, ValueError, TypeError, KeyError, ValidationError,
            FieldDoesNotExist) as error:
        raise InvalidCursor from error
    if any(value is None for value in key):
        raise InvalidCursor
    return direction, key


def _beyond(fields: tuple[str, ...], key: list) -> Q:
    """Rows strictly after ``key`` in the order ``fields``, with the first field's bound
    stated on its own as well, so the database starts its index scan there."""
    names = [field.lstrip("-") for field in fields]
    ops = ["lt" if field.startswith("-") else "gt" for field in fields]
    alternatives = [
        Q(**{f"{n}": v for n, v in zip(names[:i], key[:i], strict=True)},
          **{f"{names[i]}__{ops[i]}": key[i]})
        for i in range(len(fields))
    ]
    first_bound = Q(**{f"{names[0]}__{ops[0]}e": key[0]})
    return first_bound & reduce(or_, alternatives)


def paginate(queryset: QuerySet, order: KeysetOrder, cursor: str | None = None,
             size: int = PAGE_SIZE) -> Page:
    """The page of ``queryset`` the cursor points to (the first page without one).

    One query; a second only when going back finds fewer rows than a page before the
    cursor (some have gone since): then the first page is read instead.
    """
    if not cursor:
        rows = list(queryset.order_by(*order.fields)[:size + 1])
        return Page(rows[:size], _encode(order, FORWARD, _key(order, rows[size - 1]))
                    if len(rows) > size else None, None)
    direction, key = _decode(order, queryset.model, cursor)
    if direction == FORWARD:
        rows = list(queryset.filter(_beyond(order.fields, key))
                    .order_by(*order.fields)[:size + 1])
        items = rows[:size]
        more = len(rows) > size
        # An empty page (its rows went since the link was made) still leads back.
        return Page(items, _encode(order, FORWARD, _key(order, items[-1])) if more else None,
                    _encode(order, BACKWARD, _key(order, items[0]) if items else key))
    rows = list(queryset.filter(_beyond(order.reversed(), key))
                .order_by(*order.reversed())[:size + 1])
    if len(rows) < size:
        return paginate(queryset, order, None, size)
    items = rows[:size][::-1]
    return Page(items, _encode(order, FORWARD, _key(order, items[-1])),
                _encode(order, BACKWARD, _key(order, items[0])) if len(rows) > size else None)
