"""Phrase lists matched fast: what checks built on admin-edited phrase lists share.

A check's tunable vocabulary is lists of regular expressions (see each module's
DEFAULTS), matched as whole words against the lower-cased post. This module holds
the generic parts:

- phrase_list, positive_int: read and validate a check's configuration, so that an
  admin gets a clear message;
- word_alternation, alternation: one pattern for a list, for asking about a clause
  or a sentence at a time;
- PhraseBook: many lists found together in one pass over a post, by anchor words
  derived from each phrase (see "Matching many phrase lists fast");
- quick_fold, SentenceIndex, spans, official_links, quoted: the lower-cased post,
  its sentences, spans of what matched, links to official sites, and words quoted in
  a message.

Nothing here knows about any one check.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from .text import fold, host_matches, url_host, urls


def phrase_list(config: Mapping[str, Any], key: str) -> tuple[str, ...]:
    """A config list of regular expressions, checked so an admin gets a clear message."""
    value = config.get(key)
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"'{key}' must be a list of phrases (text).")
    return tuple(v for v in value if v.strip())


def alternation(phrases: Sequence[str]) -> str:
    """The phrases as one regular-expression alternation, longest first."""
    return "|".join(sorted(phrases, key=len, reverse=True))


def word_alternation(phrases: Sequence[str]) -> re.Pattern[str] | None:
    """One pattern matching any phrase as whole words, or None.

    Posts are matched lower-cased, so the pattern ignores case only when a phrase
    has capitals in it; matching with case is several times faster.
    """
    if not phrases:
        return None
    flags = re.IGNORECASE if any(c.isupper() for c in "".join(phrases)) else 0
    # A phrase starts a word, or is the end of one after an apostrophe ("we'll").
    return re.compile(r"(?:(?<![\w'])|(?='))(?:" + alternation(phrases) + r")(?![\w])", flags)



# ---------------------------------------------------------------------------
# Reading a phrase's regular expression.
#
# Anchors are worked out from the structure of each phrase, so this reads the subset
# of regular-expression syntax that phrase lists use: literals and escapes, classes,
# ".", groups ("(...)", "(?:...)", "(?P<name>...)"), lookarounds, alternation,
# quantifiers and "^", "$", "\b", "\B". Anything else (inline flags, back-references,
# conditionals) raises PhraseSyntax, and the phrase is then searched for everywhere,
# which is slower but never misses. Python's own parser is private and changes between
# versions, so it is not used.
#
# A parsed phrase is a list of items, each (op, arg):
#   ("lit", char)                       one character
#   ("in", (chars, digit, negated))     a class: chars is a tuple of the characters
#                                       listed when it lists nothing else, else None;
#                                       digit when it includes \d
#   ("any", None)                       "."
#   ("at", None)                        ^ $ \b \B: matches no character
#   ("look", (direction, items))        (?=...) is 1, (?<=...) is -1
#   ("not", (direction, items))         (?!...) and (?<!...)
#   ("sub", items)                      a group
#   ("branch", [items, ...])            an alternation
#   ("repeat", (least, most, items))    a quantified item; most is UNBOUNDED for * and +

UNBOUNDED = 1 << 16


class PhraseSyntax(ValueError):
    """A phrase written with syntax the anchor reader does not follow."""


_CLASS_ESCAPES = {"d": "digit", "w": "word", "s": "space", "D": "other", "W": "other",
                  "S": "other"}
_CHAR_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
_QUANTITY = re.compile(r"\{(\d*)(?:(,)(\d*))?\}")


class _Reader:
    def __init__(self, source: str) -> None:
        self.source, self.at = source, 0

    def parse(self) -> list[Any]:
        items = self._alternation()
        if self.at != len(self.source):
            raise PhraseSyntax(f"unbalanced ')' at {self.at}")
        return items

    def _alternation(self) -> list[Any]:
        branches = [self._sequence()]
        while self.at < len(self.source) and self.source[self.at] == "|":
            self.at += 1
            branches.append(self._sequence())
        return branches[0] if len(branches) == 1 else [("branch", branches)]

    def _sequence(self) -> list[Any]:
        items: list[Any] = []
        source = self.source
        while self.at < len(source) and source[self.at] not in "|)":
            plain_group = source.startswith("(?:", self.at)
            item = self._atom()
            quantity = self._quantifier()
            if quantity is not None:
                if item[0] in ("at", "look", "not"):
                    raise PhraseSyntax("quantified assertion")
                items.append(("repeat", (quantity[0], quantity[1], [item])))
            elif plain_group:
                # "(?:...)" only groups: its items are read as part of this sequence.
                items.extend(item[1])
            else:
                items.append(item)
        return items

    def _quantifier(self) -> tuple[int, int] | None:
        source, at = self.source, self.at
        if at >= len(source):
            return None
        char = source[at]
        if char in "?*+":
            self.at += 1
            quantity = {"?": (0, 1), "*": (0, UNBOUNDED), "+": (1, UNBOUNDED)}[char]
        elif char == "{":
            match = _QUANTITY.match(source, at)
            if match is None or not (match.group(1) or match.group(3)):
                return None  # a literal "{", as Python reads it
            least = int(match.group(1) or 0)
            if match.group(2):
                most = int(match.group(3)) if match.group(3) else UNBOUNDED
            else:
                most = least
            self.at = match.end()
            quantity = (least, most)
        else:
            return None
        # Lazy and possessive forms match the same strings.
        if self.at < len(source) and source[self.at] in "?+":
            self.at += 1
        return quantity

    def _atom(self) -> Any:
        source = self.source
        char = source[self.at]
        self.at += 1
        if char == "(":
            return self._group()
        if char == "[":
            return self._class()
        if char == "\\":
            return self._escape(in_class=False)
        if char == ".":
            return ("any", None)
        if char in "^$":
            return ("at", None)
        if char in "*+?":
            raise PhraseSyntax("nothing to repeat")
        return ("lit", char)

    def _group(self) -> Any:
        source = self.source
        kind = "sub"
        if source.startswith("?", self.at):
            for prefix, made in (("?:", "sub"), ("?=", "look"), ("?!", "not"),
                                 ("?<=", "lookbehind"), ("?<!", "notbehind")):
                if source.startswith(prefix, self.at):
                    self.at += len(prefix)
                    kind = made
                    break
            else:
                if source.startswith("?P<", self.at):
                    close = source.find(">", self.at)
                    if close < 0:
                        raise PhraseSyntax("unterminated group name")
                    self.at = close + 1
                else:
                    raise PhraseSyntax("unsupported group")
        items = self._alternation()
        if self.at >= len(source) or source[self.at] != ")":
            raise PhraseSyntax("missing ')'")
        self.at += 1
        if kind == "lookbehind":
            return ("look", (-1, items))
        if kind == "notbehind":
            return ("not", (-1, items))
        if kind in ("look", "not"):
            return (kind, (1, items))
        return ("sub", items)

    def _escape(self, in_class: bool) -> Any:
        source = self.source
        if self.at >= len(source):
            raise PhraseSyntax("trailing backslash")
        char = source[self.at]
        self.at += 1
        if char in _CLASS_ESCAPES:
            return ("in", (None, char == "d", False))
        if not in_class and char in "bBAZ":
            return ("at", None)
        if char in _CHAR_ESCAPES:
            return ("lit", _CHAR_ESCAPES[char])
        if char in "xuU":
            size = {"x": 2, "u": 4, "U": 8}[char]
            digits = source[self.at:self.at + size]
            if len(digits) != size or any(c not in "0123456789abcdefABCDEF" for c in digits):
                raise PhraseSyntax("bad character escape")
            self.at += size
            return ("lit", chr(int(digits, 16)))
        if char.isalnum():
            # Back-references, named characters, octal: not read here.
            raise PhraseSyntax(f"unsupported escape \\{char}")
        return ("lit", char)

    def _class(self) -> Any:
        source = self.source
        negated = source.startswith("^", self.at)
        if negated:
            self.at += 1
        chars: list[str] | None = []
        digit = False
        first = True
        while True:
            if self.at >= len(source):
                raise PhraseSyntax("unterminated class")
            char = source[self.at]
            if char == "]" and not first:
                self.at += 1
                break
            first = False
            self.at += 1
            if char == "\\":
                item = self._escape(in_class=True)
                if item[0] == "in":
                    digit = digit or item[1][1]
                    chars = None
                    continue
                char = item[1]
            if (self.at + 1 < len(source) and source[self.at] == "-"
                    and source[self.at + 1] != "]"):
                # A range: its members are not listed one by one.
                self.at += 1
                if source[self.at] == "\\":
                    self.at += 1
                    self._escape(in_class=True)
                else:
                    self.at += 1
                chars = None
                continue
            if chars is not None:
                chars.append(char)
        if negated:
            chars, digit = None, False
        return ("in", (tuple(chars) if chars is not None else None, digit, negated))


def parse_phrase(phrase: str) -> list[Any]:
    """A phrase's regular expression as items (see above); PhraseSyntax if not read."""
    return _Reader(phrase).parse()


def max_width(items: list[Any]) -> int:
    """The most characters a match of items can take (UNBOUNDED or more: no limit)."""
    total = 0
    for op, arg in items:
        if op in ("lit", "in", "any"):
            total += 1
        elif op == "sub":
            total += max_width(arg)
        elif op == "branch":
            total += max(max_width(branch) for branch in arg)
        elif op == "repeat":
            total += min(arg[1] * max_width(arg[2]), UNBOUNDED)
    return min(total, UNBOUNDED)


# ---------------------------------------------------------------------------
# Matching many phrase lists fast.
#
# Python's regular expressions try every alternative of a long alternation at every
# position of a post, which for long lists costs far more than the rules built on
# them. So each phrase is given an anchor: a word it must contain (its first
# KEY_LENGTH letters, or the whole of a shorter word), a character, or a digit, and
# how far before the anchor its match may start. One pass over the post finds where
# the anchors of all the phrases occur, and each phrase is then tried only there. A
# phrase with no usable anchor is searched through the whole post.

KEY_LENGTH = 4
_DIGIT_KEY = "#digit"
# A phrase that can reach further than this before its anchor is searched whole.
_MAX_REACH = 160
# Room past a phrase's longest match for what its lookahead reads ("land(?= in)").
_LOOKAHEAD_ROOM = 40
# Punctuation in most posts: no use as an anchor.
_PLAIN_PUNCTUATION = frozenset(".,;:!?\"()-/&*")
# Words in most posts: poor anchors, chosen only when a phrase has nothing better; the
# very commonest worst of all.
_COMMONEST_KEYS = frozenset([
    "the", "in", "for", "to", "of", "and", "a", "is", "on", "at", "by", "it", "that",
    "with", "as", "be", "i", "we", "you", "this", "from", "are", "our",
])
_COMMON_KEYS = frozenset([
    _DIGIT_KEY, "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "have", "i",
    "in", "is", "it", "of", "on", "or", "our", "s", "t", "that", "the", "this", "to", "we",
    "will", "with", "you", "not", "all", "but", "was", "has", "can", "my", "your", "='",
])
# Numbers, found by their first digit ("2025" once, not four times).
_DIGIT_START = re.compile(r"\d+")


class Anchor:
    """Keys one of which a phrase's match contains, and how far into the match the
    key may start (None: too far to tell)."""

    __slots__ = ("before", "keys")

    def __init__(self, keys: frozenset[str], before: int | None) -> None:
        self.keys, self.before = keys, before

    def rank(self) -> tuple[bool, int, int, bool, int]:
        # "#digit" names any number: as weak as the shortest word.
        shortest = min(1 if k == _DIGIT_KEY else len(k) for k in self.keys)
        common = (2 if not self.keys.isdisjoint(_COMMONEST_KEYS)
                  else 1 if not self.keys.isdisjoint(_COMMON_KEYS) else 0)
        return (self.before is None, common, -shortest, bool(self.before), len(self.keys))


def _class_chars(arg: Any) -> list[str] | None:
    chars = arg[0]
    return list(chars) if chars is not None else None


def _edge_nonword(items: list[Any], last: bool, ends: bool = False) -> bool:
    """True when the first (or last) character these items match is never a letter;
    ends when they match nothing (only assertions)."""
    consuming = [(op, arg) for op, arg in items
                 if op not in ("at", "not") and not (op == "look" and arg[0] < 0)]
    if not consuming:
        return ends
    op, arg = consuming[-1] if last else consuming[0]
    if op == "look":
        return _edge_nonword(arg[1], last, ends)
    if op == "lit":
        return not arg.isalnum()
    if op == "in":
        chars = _class_chars(arg)
        return chars is not None and not any(c.isalnum() for c in chars)
    if op == "sub":
        return _edge_nonword(arg, last)
    if op == "branch":
        return all(_edge_nonword(branch, last) for branch in arg)
    if op == "repeat":
        return _edge_nonword(arg[2], last)
    return False


def _leading_letters(items: list[Any]) -> str:
    letters = ""
    for op, arg in items:
        if op != "lit" or not arg.isalnum():
            break
        letters += arg.lower()
    return letters


def _grown_keys(word: str, op: str, arg: Any, rest: list[Any]) -> frozenset[str] | None:
    """Keys for a short stem and the endings after it ("cut(?:s|ting)?"), or None."""
    if op == "branch":
        branches, optional = list(arg), False
    elif op == "repeat" and arg[1] == 1:
        inner = arg[2]
        if len(inner) == 1 and inner[0][0] == "sub":
            inner = inner[0][1]
        alternatives = len(inner) == 1 and inner[0][0] == "branch"
        branches = list(inner[0][1]) if alternatives else [inner]
        optional = arg[0] == 0
    else:
        return None
    ends = _edge_nonword(rest, last=False, ends=True)
    keys = set()
    if optional:
        if not ends:
            return None
        keys.add(word)
    for branch in branches:
        lead = _leading_letters(branch)
        grown = word + lead
        if len(grown) >= KEY_LENGTH:
            keys.add(grown[:KEY_LENGTH])
        elif ((len(lead) == len(branch) and ends)
              or (len(lead) < len(branch)
                  and _edge_nonword(branch[len(lead):], last=False))):
            keys.add(grown)
        else:
            return None
    return frozenset(keys)


def _plus(offset: int | None, width: int) -> int | None:
    if offset is None or offset + width > _MAX_REACH:
        return None
    return offset + width


def _anchors(items: list[Any], boundary: bool, ends: bool,
             offset: int | None) -> list[Anchor]:
    """Every anchor a match of items must contain.

    boundary: a word starts where items start; ends: a word ends where they end;
    offset: how far into the match items start at most.
    """
    found: list[Anchor] = []
    word, word_starts, word_offset = "", False, offset

    def end_word(complete: bool) -> None:
        nonlocal word
        if word and word_starts and (complete or len(word) >= KEY_LENGTH):
            found.append(Anchor(frozenset([word[:KEY_LENGTH]]), word_offset))
        word = ""

    for position, (op, arg) in enumerate(items):
        if op == "lit":
            char = arg.lower()
            if char.isalnum():
                if not word:
                    word_starts, word_offset = boundary, offset
                word += char
                boundary = False
            else:
                end_word(True)
                if not char.isspace() and char not in _PLAIN_PUNCTUATION:
                    found.append(Anchor(frozenset(["=" + char]), offset))
                # After an apostrophe comes the rest of a word ("we'll"), not a new one.
                boundary = char != "'"
            offset = _plus(offset, 1)
            continue
        if op in ("at", "look", "not"):
            continue
        rest = items[position + 1:]
        if word and word_starts and len(word) < KEY_LENGTH:
            grown = _grown_keys(word, op, arg, rest)
            if grown:
                found.append(Anchor(grown, word_offset))
                word = ""
        if op == "repeat" and arg[0] == 0:
            # An optional part ends the word only if what may follow it also does.
            end_word(_edge_nonword([(op, arg)], last=False)
                     and _edge_nonword(rest, last=False, ends=ends))
        else:
            end_word(_edge_nonword([(op, arg)], last=False))
        after = _edge_nonword(rest, last=False, ends=ends)
        if op == "sub":
            found.extend(_anchors(arg, boundary, after, offset))
            boundary = _edge_nonword(arg, last=True)
        elif op == "branch":
            keys: set[str] = set()
            reach: int | None = 0
            for branch in arg:
                best = _best_anchor(_anchors(branch, boundary, after, offset))
                if best is None:
                    break
                keys |= best.keys
                reach = None if reach is None or best.before is None else max(reach,
                                                                              best.before)
            else:
                found.append(Anchor(frozenset(keys), reach))
            boundary = _edge_nonword([(op, arg)], last=True)
        elif op == "repeat":
            minimum, maximum, inner = arg
            if minimum >= 1:
                found.extend(_anchors(inner, boundary, after and maximum == 1, offset))
            boundary = _edge_nonword(inner, last=True) and (minimum >= 1 or boundary)
        elif op == "in":
            chars = _class_chars(arg)
            if chars and all(not c.isalnum() and not c.isspace()
                             and c not in _PLAIN_PUNCTUATION for c in chars):
                found.append(Anchor(frozenset("=" + c for c in chars), offset))
            elif arg[1] and not arg[2]:
                found.append(Anchor(frozenset([_DIGIT_KEY]), offset))
            boundary = chars is not None and not any(c.isalnum() for c in chars)
        else:
            boundary = False
        offset = _plus(offset, max_width([(op, arg)]))
    end_word(ends)
    return found


def _best_anchor(anchors: list[Anchor]) -> Anchor | None:
    return min(anchors, key=Anchor.rank, default=None)


def phrase_anchor(phrase: str) -> Anchor | None:
    """The anchor to find phrase by, or None if it must be searched for everywhere."""
    try:
        items = parse_phrase(phrase)
    except PhraseSyntax:
        return None
    anchors = _anchors(items, True, True, 0)
    if max_width(items) > _MAX_REACH:
        # With no end in sight, the match must be tried where the anchor is its start.
        anchors = [a for a in anchors if a.before == 0]
    best = _best_anchor(anchors)
    return best if best is not None and best.before is not None else None


def _phrase_pattern(phrases: Sequence[str]) -> re.Pattern[str]:
    source = alternation(phrases)
    flags = re.IGNORECASE if any(c.isupper() for c in source) else 0
    return re.compile(r"(?:" + source + r")(?![\w])", flags)


def _trie_source(keys: Iterable[str]) -> str:
    """A pattern matching any key at a word start: keys of KEY_LENGTH letters begin a
    word, shorter ones are the whole word."""
    trie: dict[str, Any] = {}
    for key in keys:
        node = trie
        for char in key:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any], depth: int) -> str:
        branches = [re.escape(char) + build(child, depth + 1)
                    for char, child in sorted(node.items()) if char]
        if "" in node and depth < KEY_LENGTH:
            branches.append(r"(?!\w)")
        if not branches:
            return ""
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return build(trie, 0)


class PhraseBook:
    """All the phrase lists of a check, matched together in one pass over a post.

    Lists named in late are needed only once something has been found; their words
    are looked for in a second pass, made only when one of them is asked for.
    """

    def __init__(self, lists: Mapping[str, Sequence[str]],
                 late: Iterable[str] = ()) -> None:
        # anchor key -> list name -> [(pattern, reach before the anchor, longest match)]
        self.by_key: dict[str, dict[str, list[tuple[re.Pattern[str], int, int]]]] = {}
        self.keys_of: dict[str, frozenset[str]] = {}
        # A phrase searched through the whole post, with the keys it cannot match
        # without: one key of each set must be in the post, or the search is skipped.
        self.scanned: dict[str, list[tuple[re.Pattern[str], tuple[frozenset[str], ...]]]] = {}
        needed_by: dict[str, set[str]] = {}
        # Phrases sharing an anchor key and a list are tried as one alternation.
        merged: dict[tuple[str, str, bool], tuple[list[str], int, int]] = {}
        for name, phrases in lists.items():
            keys: set[str] = set()
            for phrase in phrases:
                anchor = phrase_anchor(phrase)
                width = max_width(parse_phrase(phrase)) if anchor is not None else 0
                if anchor is None or (anchor.before and width > _MAX_REACH):
                    required = _required_keys(phrase)
                    for key_set in required:
                        for key in key_set:
                            needed_by.setdefault(key, set()).add(name)
                    self.scanned.setdefault(name, []).append(
                        (_phrase_pattern([phrase]), required))
                    continue
                before = anchor.before or 0
                for key in anchor.keys:
                    members, reach, longest = merged.get((key, name, before > 0), ([], 0, 0))
                    members.append(phrase)
                    merged[key, name, before > 0] = (members, max(reach, before),
                                                     max(longest, min(width, _MAX_REACH)))
                keys |= anchor.keys
            self.keys_of[name] = frozenset(keys)
        for (key, name, _), (members, reach, longest) in merged.items():
            self.by_key.setdefault(key, {}).setdefault(name, []).append(
                (_phrase_pattern(members), reach, longest))
        # Lists needed only once something has been found. Their words are located with
        # all the others: the post's word index makes that nearly free, and words that
        # only late lists use cannot change what any other list finds.
        self.late = frozenset(late)
        lists_of = {k: set(v) for k, v in self.by_key.items()}
        for key, names in needed_by.items():
            lists_of.setdefault(key, set()).update(names)
        words = {k for k in lists_of if not k.startswith("=") and k != _DIGIT_KEY}
        # Keys are found in the post's words as bytes (PostWords); a key of any other
        # character (an admin's "été") is found in the text itself, more slowly.
        self.word_locator: re.Pattern[bytes] | None = None
        self.locator: re.Pattern[str] | None = None
        self.words = frozenset(words)
        if all(_ASCII_KEY.fullmatch(k) for k in words):
            self.word_locator = _word_locator(words)
        else:
            self.locator = _locator(words)
        self.chars = tuple(k for k in lists_of if k.startswith("="))
        self.digits = _DIGIT_KEY in lists_of

    def read(self, low: str) -> PostMatches:
        return PostMatches(self, low)


def share_locators(books: Iterable[PhraseBook]) -> None:
    """Let phrase books that read the same posts find their anchor words in one pass.

    Each book's locator would scan every word of the post again, and that scan (with
    the loop over what it finds) is most of what reading a post costs a book. A word
    starts at most one key (its first KEY_LENGTH letters, or the whole of a shorter
    word), so a locator of every book's keys finds each key exactly where the book's
    own would. Books with a key PostWords cannot read keep their own locator.
    """
    books = [book for book in books if book.word_locator is not None]
    if len(books) < 2:
        return
    shared = _word_locator(frozenset().union(*(book.words for book in books)))
    for book in books:
        book.word_locator = shared


def _required_keys(phrase: str) -> tuple[frozenset[str], ...]:
    """Sets of keys a match of phrase must contain one of each (none if not read)."""
    try:
        items = parse_phrase(phrase)
    except PhraseSyntax:
        return ()
    return tuple(anchor.keys for anchor in _anchors(items, True, True, 0))


def _word_locator(words: Iterable[str]) -> re.Pattern[bytes] | None:
    """The pattern finding keys in PostWords.words: a space, then the trie."""
    words = list(words)
    return re.compile(b" (?:" + _trie_source(words).encode("ascii") + b")") if words else None


def _locator(words: Iterable[str]) -> re.Pattern[str] | None:
    words = list(words)
    # ASCII word boundaries are a quarter cheaper to test. They hold wherever Unicode
    # ones do, so no key is missed; a key after a non-ASCII letter is dropped by _locate.
    return re.compile(r"\b" + _trie_source(words), re.ASCII) if words else None


class PostMatches(dict[str, "Found"]):
    """What each phrase list matches in one post, worked out when first asked for."""

    def __init__(self, book: PhraseBook, low: str) -> None:
        super().__init__()
        self.book, self.low = book, low
        words = post_words(low)
        self._at: dict[str, list[int]] = {}
        if book.word_locator is not None:
            last = _last_located[0]
            if last[0] is low and last[1] is book.word_locator:
                # Another book with the same (shared) locator read this post just now.
                # (The offset lists are never changed, so they can be shared.)
                self._at = dict(last[2])
            else:
                self._locate_words(book.word_locator, words.words)
                _last_located[0] = (low, book.word_locator, dict(self._at))
        else:
            self._locate(book.locator)
        present = set(self._at)
        present.update(key for key in book.chars if key[1:] in low)
        if book.digits and words.numbers():
            present.add(_DIGIT_KEY)
        self.present = present

    def _locate_words(self, locator: re.Pattern[bytes], words: bytes) -> None:
        low, at = self.low, self._at
        if low.isascii() and "'" not in low:
            # The byte before every word is then not a word character: no word to drop.
            for match in locator.finditer(words):
                start, end = match.span()
                key = low[start:end - 1]
                if key in at:
                    at[key].append(start)
                else:
                    at[key] = [start]
            return
        for match in locator.finditer(words):
            # The space before the word is at the word's own offset in low.
            start, end = match.span()
            # Only "don't" and a word after a non-ASCII letter ("déclaration") need
            # looking at: the byte before any other word is not a word character.
            if start and (low[start - 1] == "'" or not low[start - 1].isascii()):
                before = low[start - 1]
                if before.isalnum() or (start > 1 and low[start - 2].isalnum()
                                        and before == "'"):
                    continue
            key = low[start:end - 1]
            if key in at:
                at[key].append(start)
            else:
                at[key] = [start]

    def _locate(self, locator: re.Pattern[str] | None) -> None:
        """The anchor words of locator (the slower way, for keys PostWords cannot read)."""
        if locator is None:
            return
        low, at = self.low, self._at
        for match in locator.finditer(low):
            start = match.start()
            # The locator starts at a word boundary; only "don't" and a word after a
            # non-ASCII letter ("déclaration") need looking at.
            if start and (low[start - 1] == "'" or not low[start - 1].isascii()):
                before = low[start - 1]
                if before.isalnum() or (start > 1 and low[start - 2].isalnum()
                                        and before == "'"):
                    continue
            key = match.group()
            if key in at:
                at[key].append(start)
            else:
                at[key] = [start]

    def at(self, key: str) -> list[int]:
        """Where the words (or characters, or numbers) of an anchor key start."""
        found = self._at.get(key)
        if found is not None:
            return found
        low, found = self.low, []
        if key == _DIGIT_KEY:
            found = post_words(low).numbers()
        else:
            at = low.find(key[1], 0)
            while at >= 0:
                found.append(at)
                at = low.find(key[1], at + 1)
        self._at[key] = found
        return found

    def __missing__(self, name: str) -> Found:
        book, present = self.book, self.present
        keys = book.keys_of.get(name, _NO_KEYS).intersection(present)
        scanned = book.scanned.get(name)
        if not keys and not scanned:
            self[name] = _NOTHING
            return _NOTHING
        low, length, located = self.low, len(self.low), self._at
        spans_: list[tuple[int, int]] = []
        add = spans_.append
        for key in keys:
            offsets = located.get(key)
            if offsets is None:
                offsets = self.at(key)
            for pattern, before, width in book.by_key[key][name]:
                if before == 0:
                    match_at = pattern.match
                    for offset in offsets:
                        match = match_at(low, offset)
                        if match:
                            add(match.span())
                    continue
                search = pattern.search
                for offset in offsets:
                    start = offset - before if offset > before else 0
                    limit = start + width + _LOOKAHEAD_ROOM
                    if limit > length:
                        limit = length
                    match = search(low, start, limit)
                    while match and match.start() <= offset:
                        if ((match.end() < limit or limit == length)
                                and _starts_word(low, match.start())):
                            add(match.span())
                            if match.end() > offset:
                                break
                        match = search(low, match.start() + 1, limit)
        for pattern, required in scanned or ():
            if all(not key_set.isdisjoint(present) for key_set in required):
                spans_.extend(m.span() for m in pattern.finditer(low)
                              if _starts_word(low, m.start()))
        found = Found(low, _longest_first(spans_) if len(spans_) > 1 else spans_)
        self[name] = found
        return found


# ---------------------------------------------------------------------------
# The words and numbers of a post, read once for every phrase book that asks.
#
# A regular expression costs the most where it must try a pattern at every character
# ("\\b" then a trie of keys), and the least where it can skip ahead to a literal. So
# the post is first made into bytes with only its words left: encoded one byte a
# character ("?" for any that is not ASCII, so offsets are kept), with every byte that is
# not an ASCII word character made a space, and a space put in front. Each word then
# starts after a space, the literal a book's locator begins with, and its trie is tried
# only there: exactly where the ASCII "\\b" before a word character held.

_ASCII_KEY = re.compile(r"[a-z0-9]+")
_WORD_BYTES = bytes(c if chr(c).isascii() and (chr(c).isalnum() or chr(c) == "_") else 32
                    for c in range(256))
# Digits become "0", any other byte a space: a number starts where " 0" is.
_DIGIT_BYTES = bytes(48 if 48 <= c <= 57 else 32 for c in range(256))
_ASCII_BYTES = bytes(range(128))


class PostWords:
    """A post's words, as bytes made for locators, and where its numbers start."""

    __slots__ = ("_numbers", "low", "words")

    def __init__(self, low: str) -> None:
        self.low = low
        # words[i + 1] is low[i] if that is an ASCII word character, else a space.
        self.words = b" " + low.encode("ascii", "replace").translate(_WORD_BYTES)
        self._numbers: list[int] | None = None

    def numbers(self) -> list[int]:
        """Where the numbers (runs of digits) start, as _DIGIT_START finds them."""
        if self._numbers is None:
            self._numbers = self._find_numbers()
        return self._numbers

    def _find_numbers(self) -> list[int]:
        low = self.low
        if not low.isascii():
            # Other scripts' digits are digits too; the rare post with one is searched.
            others = (low.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES)
                      .decode("utf-8", "surrogatepass"))
            if _DIGIT_START.search(others):
                return [m.start() for m in _DIGIT_START.finditer(low)]
        # The words put every digit after a space or a word character, as in the post.
        digits = self.words.translate(_DIGIT_BYTES)
        found = []
        at = digits.find(b" 0")
        while at >= 0:
            found.append(at)
            at = digits.find(b" 0", at + 2)
        return found


def post_words(low: str) -> PostWords:
    """PostWords(low), kept for the same text while the checks of a post ask."""
    last = _last_words[0]
    if last[0] is low:
        return last[1]
    words = PostWords(low)
    _last_words[0] = (low, words)
    return words


_last_words: list[tuple[str | None, Any]] = [(None, None)]
# The keys a (shared) locator found in the last post read: (low, locator, key -> offsets).
_last_located: list[tuple[str | None, Any, dict[str, list[int]]]] = [(None, None, {})]


def _starts_word(low: str, start: int) -> bool:
    """True when a phrase at start begins a word (not inside one, nor after the
    apostrophe of "don't"), or is a contraction that starts with the apostrophe."""
    return start == 0 or low[start] == "'" or not (low[start - 1].isalnum() or low[start - 1] == "_"
                              or (low[start - 1] == "'" and start > 1
                                  and low[start - 2].isalnum()))


def _longest_first(spans_: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans in order, keeping the longest where several start together or overlap."""
    kept: list[tuple[int, int]] = []
    for span in sorted(set(spans_), key=lambda s: (s[0], -s[1])):
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


_NO_KEYS: frozenset[str] = frozenset()


class Hit:
    """A phrase found in a post, read like a regular-expression match."""

    __slots__ = ("_end", "_start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self._start, self._end = text, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end

    def group(self) -> str:
        return self.text[self._start:self._end]


class Found:
    """The spans one phrase list matched in a post."""

    __slots__ = ("spans", "text")

    def __init__(self, text: str, spans_: list[tuple[int, int]]) -> None:
        self.text, self.spans = text, spans_

    def __bool__(self) -> bool:
        return bool(self.spans)

    def finditer(self, text: str = "", pos: int = 0,
                 endpos: int = sys.maxsize) -> Iterator[Hit]:
        return (Hit(self.text, s, e) for s, e in self.spans if pos <= s and e <= endpos)

    def search(self, text: str = "", pos: int = 0, endpos: int = sys.maxsize) -> Hit | None:
        return next(self.finditer(text, pos, endpos), None)


_NOTHING = Found("", [])


_SPECIAL = re.compile("[\u2018\u2019\u201c\u201d\u2013\u2014\u00a0\u0130]")


def quick_fold(text: str) -> str:
    """text.fold, without its cost for the common post that has nothing to translate.

    The checks of one post ask in turn, so the last answer is kept for the same text.
    """
    last = _last_fold[0]
    if last[0] is text:
        return last[1]
    lowered = None
    if _SPECIAL.search(text) is None:
        lowered = text.lower()
        if len(lowered) != len(text):
            lowered = None
    if lowered is None:
        lowered = fold(text)
    _last_fold[0] = (text, lowered)
    return lowered


# One (text, folded) pair, replaced whole so a reader never sees half of two.
_last_fold: list[tuple[str | None, str]] = [(None, "")]


def spans(found: Found | re.Pattern[str] | None, text: str) -> list[tuple[int, int]]:
    if isinstance(found, Found):
        return found.spans
    return [m.span() for m in found.finditer(text)] if found else []


def official_links(text: str, domains: Iterable[str]) -> list[tuple[int, int]]:
    """Spans of links to official sites: what they point at is already public."""
    domains = tuple(domains)
    if "." not in text:
        return []
    return [(s, e) for s, e, url in urls(text)
            if _points_somewhere(url) and host_matches(url_host(url), domains)]


def _points_somewhere(url: str) -> bool:
    """True unless url is a bare official domain: "GOV.UK Wallet" names a service,
    and "canada.ca" alone points at no published item."""
    if "/" in url.rstrip("/") or url.lower().startswith("www."):
        return True
    return url.count(".") > 1


def positive_int(config: Mapping[str, Any], key: str) -> int:
    value = config.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"'{key}' must be a whole number of at least 1.")
    return value




# "[.!?]\s+|\n+", led by one character class so the search skips straight to the
# characters that can end a sentence.
_SENTENCE_BREAK = re.compile(r"[.!?\n](?:(?<=\n)\n*|\s+)")


class SentenceIndex:
    """Sentence (or line) spans of a text, to ask which sentence an offset falls in.

    The same sentences as text.sentences, found with a pattern that starts with the
    characters that can end one, which is several times faster on long posts.
    """

    def __init__(self, text: str) -> None:
        spans_, start = [], 0
        for match in _SENTENCE_BREAK.finditer(text):
            end, after = match.span()
            if text[end] != "\n":
                end += 1
            if end > start:
                spans_.append((start, end))
            start = after
        if start < len(text):
            spans_.append((start, len(text)))
        self.spans = spans_ or [(0, len(text))]
        self.starts = [s for s, _ in self.spans]

    def index(self, offset: int) -> int:
        return max(bisect_right(self.starts, offset) - 1, 0)


def sentence_index(text: str) -> SentenceIndex:
    """SentenceIndex(text), kept for the same text while the checks of a post ask."""
    last = _last_sentences[0]
    if last[0] is text:
        return last[1]
    where = SentenceIndex(text)
    _last_sentences[0] = (text, where)
    return where


_last_sentences: list[tuple[str | None, Any]] = [(None, None)]



# Anything that may be a link; official_links is only asked when there is one.
LINKISH = re.compile(r"https?://|www\.|\.(?:gov|uk|ca|au|nz|org|com|int|eu|mil|net)\b",
                      re.IGNORECASE)


def quoted(words: str) -> str:
    """Words for a message: on one line, and short."""
    words = " ".join(words.split())
    return words if len(words) <= _QUOTE_LENGTH else words[:_QUOTE_LENGTH - 1] + "…"


# Longest quotation of the post a message carries.
_QUOTE_LENGTH = 60
