"""Reading posts in the corpus format."""

import pytest

from reviews.checks.base import Author
from reviews.checks.corpus import BadLine, parse_line, read_entries


def test_a_corpus_line_becomes_a_post_with_its_author_and_labels():
    line = ('{"id": "p1", "platform": "linkedin", "text": "Hi", "why": "ignored",'
            ' "author": {"name": "Ana", "policy_areas": ["rail", 5], "profile": "Rail @DfT"},'
            ' "expected": {"tone": true, "length": false}}')

    entry = parse_line(line, 1)

    assert entry.id == "p1"
    assert entry.post.platform == "linkedin"
    assert entry.post.author == Author(name="Ana", policy_areas=("rail",), profile="Rail @DfT")
    assert entry.expected == {"tone": True, "length": False}


def test_missing_platform_and_id_fall_back_to_x_and_the_line_number():
    entry = parse_line('{"text": "Hi"}', 7)

    assert (entry.id, entry.post.platform, entry.expected) == ("line-7", "x", None)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("[1, 2]", "expected a JSON object with at least a 'text' key"),
        ('{"text": null}', "no 'text' key"),
        ('{"text": "a", "author": "me"}', "'author' must be an object, not a string"),
        ('{"text": "a", "id": [1]}', "'id' must be a string or a number, not a list"),
        ('{"text": "a", "platform": 3}',
         "'platform' must be one of x, bluesky, mastodon, threads, linkedin, facebook, blog"),
    ],
)
def test_bad_lines_say_what_is_wrong(line, message):
    with pytest.raises(BadLine) as error:
        parse_line(line, 1)

    assert str(error.value) == message


def test_read_entries_skips_blank_lines_and_keeps_going_after_a_bad_one():
    items = list(read_entries(['{"text": "a"}', "", "   ", "{oops", '{"text": "b"}']))

    assert [getattr(i, "id", None) for i in items] == ["line-1", None, "line-5"]
    assert items[1][0] == 4


def test_twitter_is_read_as_x():
    assert parse_line('{"text": "Hi", "platform": "twitter"}', 1).post.platform == "x"
