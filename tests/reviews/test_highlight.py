from reviews.highlight import Segment, segments


def test_text_without_spans_is_one_plain_segment():
    assert segments("hello", []) == [Segment("hello")]


def test_overlapping_spans_cut_the_text_at_every_boundary():
    result = segments("abcdef", [(1, 4), (3, 5)])

    assert result == [Segment("a"), Segment("bc", (0,)), Segment("d", (0, 1)),
                      Segment("e", (1,)), Segment("f")]


def test_spans_outside_the_text_are_clipped():
    assert segments("abc", [(2, 99), (-5, 1)]) == [Segment("a", (1,)), Segment("b"),
                                                   Segment("c", (0,))]
