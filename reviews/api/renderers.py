"""How the API writes its answers."""

from __future__ import annotations

from rest_framework import renderers


class _AsciiJSONRenderer(renderers.JSONRenderer):
    ensure_ascii = True


class JSONRenderer(renderers.JSONRenderer):
    """DRF's JSON renderer, which fails (a 500) on half a surrogate pair, as a client can
    send in JSON ("\\ud800") and an error message might repeat: such an answer is
    written with every non-ASCII character escaped, which JSON can always carry."""

    def render(self, data, accepted_media_type=None, renderer_context=None):
        try:
            return super().render(data, accepted_media_type, renderer_context)
        except UnicodeEncodeError:
            return _AsciiJSONRenderer().render(data, accepted_media_type, renderer_context)
