import io

import pytest
from rest_framework.exceptions import ParseError

from reviews.api.parsers import JSONParser


@pytest.mark.parametrize("body", [b"[" * 100_000 + b"]" * 100_000,
                                  b'{"a":' * 50_000 + b"1" + b"}" * 50_000])
def test_json_nested_too_deeply_to_read_is_malformed(body):
    with pytest.raises(ParseError) as refused:
        JSONParser().parse(io.BytesIO(body))

    assert str(refused.value.detail) == "JSON parse error - it is nested too deeply to read."


def test_ordinary_json_is_read():
    assert JSONParser().parse(io.BytesIO(b'{"text": "Hello"}')) == {"text": "Hello"}
