"""The API's lists a page at a time, by cursor (reviews.pagination): ``next`` and
``previous`` are links, or null; there is no total count, which would mean counting
every row of a long list on every request."""

from __future__ import annotations

from rest_framework.exceptions import NotFound
from rest_framework.pagination import BasePagination
from rest_framework.response import Response
from rest_framework.utils.urls import replace_query_param

from reviews.pagination import PAGE_SIZE, InvalidCursor, paginate

STALE_CURSOR = ("That page link is out of date or was changed: start again from the "
                "first page (the address without a cursor).")


class KeysetPagination(BasePagination):
    """Pages in the order the view names as ``keyset_order`` (a KeysetOrder)."""

    cursor_query_param = "cursor"

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        try:
            self.page = paginate(queryset, view.keyset_order,
                                 request.query_params.get(self.cursor_query_param))
        except InvalidCursor:
            raise NotFound(STALE_CURSOR) from None
        return self.page.items

    def _link(self, cursor: str | None) -> str | None:
        if cursor is None:
            return None
        return replace_query_param(self.request.build_absolute_uri(),
                                   self.cursor_query_param, cursor)

    def get_paginated_response(self, data):
        return Response({"next": self._link(self.page.next_cursor),
                         "previous": self._link(self.page.previous_cursor),
                         "results": data})

    def get_paginated_response_schema(self, schema):
        link = {"type": "string", "nullable": True, "format": "uri"}
        return {"type": "object", "required": ["next", "previous", "results"],
                "properties": {
                    "next": {**link, "description": f"The next {PAGE_SIZE}, if any."},
                    "previous": {**link, "description": "The page before, if any."},
                    "results": schema}}

    def get_schema_operation_parameters(self, view):
        return [{"name": self.cursor_query_param, "required": False, "in": "query",
                 "description": "Where the page starts: take it from a response's next or "
                                "previous link.",
                 "schema": {"type": "string"}}]
