import json

from reviews.api.renderers import JSONRenderer


def test_an_answer_holding_half_a_surrogate_pair_is_written_as_valid_json():
    data = {"error": "invalid", "detail": "\"\ud800\" is not a valid choice."}

    written = JSONRenderer().render(data)

    assert json.loads(written) == data


def test_other_answers_keep_their_characters_as_they_are():
    written = JSONRenderer().render({"detail": "Café – “quoted”"})

    assert written.decode() == '{"detail":"Café – “quoted”"}'
