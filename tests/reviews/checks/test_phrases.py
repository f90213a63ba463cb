"""Tests for phrases.py: phrase lists read, anchored and matched in one pass."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reviews.checks import phrases

# Phrases in the shapes the checks' lists use: stems with endings, optional words,
# lookarounds, classes, digits, money, contractions, emoji, capitals.
VARIED = [
    r"cut|cuts|cutting", r"rais(?:e|es|ed|ing)", r"go(?:es|ing|ne)? (?:up|down)",
    r"(?<!as )soon", r"(?<=, )(?:says|said) (?:the|a|an)", r"land(?= (?:on|next)\b)",
    r"[£$€]\s?\d[\d,.]*(?:\s?(?:k|m|bn|million))?", r"\d+(?:\.\d+)?\s?(?:%|per ?cent)",
    r"option [a-z0-9]", r"'ll(?: be)?", r"(?:is|are|'s) (?:now )?being", r"i'm",
    r"push(?:es|ed|ing)? (?:\w+ ){0,5}back", r"pregnan\w*", "\U0001f440",
    r"not (?:yet )?public(?: yet)?", r"(?:don't|do not) (?:share|forward)(?=\s*(?:[^\w\s]|$))",
    r"Official Use", r"next (?:week|month)(?:'s)?", r"\((?:restricted|internal)\)",
    r"heard (?:in|at) (?:the|a) (?:\w+ )?(?:meeting|board)", r"a|an", r"x{2,}",
]
TEXTS = [
    "Funding cuts: we'll be cutting it soon, as soon as rates are raised 4.5 per cent.",
    "Prices go up, then going down; it goes down by £3.5m, i.e. $12,000 or €4bn.",
    "The plan is now being pushed right back, and the report lands on Monday, says the "
    "minister. Lands next week, said a source; it's being done.",
    "Option B! They'll be pregnant with ideas 👀 – not yet public yet (restricted) "
    "(Internal). Don't share. do not forward, please. I'm told.",
    "Heard at the board meeting, heard in a long meeting: next week's figures, next month. "
    "for official use only. xxx, an a.",
]


@pytest.mark.parametrize("phrase", VARIED)
def test_phrase_book_misses_nothing_a_plain_search_finds(phrase):
    book = phrases.PhraseBook({"list": [phrase]})
    plain = phrases.word_alternation([phrase])
    for text in [*TEXTS, " ".join(TEXTS) * 4]:
        low = phrases.quick_fold(text)
        found = book.read(low)["list"].spans
        for match in plain.finditer(low):
            assert any(s <= match.start() < e for s, e in found), (phrase, match.group())


def test_phrase_book_matches_several_lists_together():
    book = phrases.PhraseBook({"verbs": [r"rais(?:e|es|ed|ing)"], "times": [r"next week"]},
                              late=["times"])
    found = book.read("we are raising it next week")
    assert found["verbs"].spans == [(7, 14)]
    assert found["times"].spans == [(18, 27)]
    assert found["missing"].spans == []


def test_books_sharing_one_locator_find_what_each_finds_alone():
    halves = [VARIED[::2], VARIED[1::2]]
    alone = [phrases.PhraseBook({"list": half}) for half in halves]
    shared = [phrases.PhraseBook({"list": half}) for half in halves]
    phrases.share_locators(shared)
    assert shared[0].word_locator is shared[1].word_locator
    for text in [*TEXTS, " ".join(TEXTS) * 4]:
        low = phrases.quick_fold(text)
        # Read in turn, as the checks of a post do, so the second reuses the first's pass.
        found = [book.read(low)["list"].spans for book in shared]
        assert found == [book.read(low)["list"].spans for book in alone]


def test_phrase_anchor_of_a_short_stem_lists_its_endings():
    anchor = phrases.phrase_anchor(r"cut(?:s|ting)?")
    assert anchor.keys == frozenset({"cut", "cuts", "cutt"})
    assert anchor.before == 0


def test_phrase_anchor_reaches_back_over_optional_words():
    anchor = phrases.phrase_anchor(r"(?:big )?announcement")
    assert anchor.keys == frozenset({"anno"})
    assert anchor.before == 4


def test_phrase_anchor_of_money_is_its_currency_signs():
    anchor = phrases.phrase_anchor(r"[£$€]\s?\d[\d,.]*")
    assert anchor.keys == frozenset({"=£", "=$", "=€"})
    assert anchor.before == 0


@pytest.mark.parametrize("phrase", [r"(?i:secret)", r"(a)\1", r"\N{BULLET}", r"(?#note)x"])
def test_syntax_the_reader_does_not_follow_is_searched_everywhere(phrase):
    assert phrases.phrase_anchor(phrase) is None
    book = phrases.PhraseBook({"list": [phrase]})
    assert book.scanned["list"]


def test_parse_reads_groups_classes_and_quantifiers():
    items = phrases.parse_phrase(r"a(?:b|c)[x-z]{2,3}?(?!d)")
    assert items == [
        ("lit", "a"),
        ("branch", [[("lit", "b")], [("lit", "c")]]),
        ("repeat", (2, 3, [("in", (None, False, False))])),
        ("not", (1, [("lit", "d")])),
    ]


def test_a_brace_that_is_not_a_quantifier_is_a_literal():
    assert phrases.parse_phrase(r"a{b") == [("lit", "a"), ("lit", "{"), ("lit", "b")]


@pytest.mark.parametrize(("phrase", "width"), [
    (r"abc", 3), (r"a(?:bc|d)?", 3), (r"\d{1,2}(?:st|nd)?", 4), (r"(?<=x)ab(?=c)", 2),
    (r"a+", phrases.UNBOUNDED),
])
def test_max_width(phrase, width):
    assert phrases.max_width(phrases.parse_phrase(phrase)) == width


def test_no_private_regular_expression_modules():
    source = Path(phrases.__file__).read_text(encoding="utf-8")
    assert "_parser" not in source.replace("parse_phrase", "")
    assert "sre_parse" not in source and "_constants" not in source


def test_word_alternation_matches_whole_words_and_contractions():
    pattern = phrases.word_alternation([r"will", r"'ll"])
    assert [m.group() for m in pattern.finditer("we'll go; willow will")] == ["'ll", "will"]
    assert phrases.word_alternation([]) is None


def test_phrase_list_and_positive_int_give_clear_errors():
    assert phrases.phrase_list({"k": ["a", " "]}, "k") == ("a",)
    with pytest.raises(ValueError, match="'k' must be a list of phrases"):
        phrases.phrase_list({"k": "a"}, "k")
    assert phrases.positive_int({"n": 2}, "n") == 2
    for bad in (0, True, "3", 1.5):
        with pytest.raises(ValueError, match="'n' must be a whole number"):
            phrases.positive_int({"n": bad}, "n")


def test_quick_fold_keeps_offsets():
    text = "İt’s “Done” – ok"
    low = phrases.quick_fold(text)
    assert len(low) == len(text)
    assert low.endswith("'s \"done\" - ok")


def test_sentence_index_finds_the_sentence_of_an_offset():
    where = phrases.SentenceIndex("One. Two!\nThree")
    assert where.spans == [(0, 4), (5, 9), (10, 15)]
    assert where.index(6) == 1
    assert where.index(14) == 2


def test_official_links_and_quoted():
    text = "See gov.uk/guidance and example.com/x."
    assert phrases.official_links(text, ["gov.uk"]) == [(4, 19)]
    assert phrases.quoted("a  b\nc") == "a b c"
    assert len(phrases.quoted("x" * 100)) == 60


def test_a_phrase_compiles_the_same_as_python_reads_it():
    for phrase in VARIED:
        re.compile(phrase)
        phrases.parse_phrase(phrase)
