"""Text hygiene shared by every parser: NFC, legacy look-alikes, whitespace.

Vietnamese pages arrive as NFC, NFD (combining tone marks, common in
windows-1258 pages) or with legacy-font residue such as U+00D0 (Icelandic
Eth) standing in for U+0110 (Đ). The archive stores one form only: NFC.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from re import _constants as _sre, _parser as _sre_parser
from typing import Callable

# Legacy-font conversions put the Icelandic Eth where Vietnamese Đ belongs;
# soft hyphens and zero-width joiners are invisible and only split words.
_LOOKALIKES = (("\u00d0", "\u0110"), ("\u00ad", ""), ("\u200c", ""), ("\u200d", ""))
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
# The same, line breaks included: `squash` runs on every text the parsers read.
_SPACES_AND_BREAKS = re.compile(r"[ \t\r\n\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
# The characters on which `str.split()` and `_SPACES_AND_BREAKS` disagree:
# white space to one and not to the other.
_SPLIT_DISAGREES = re.compile(r"[\x0b\x0c\x1c-\x1f\x85\u1680\u2028\u2029\u200b\ufeff]")
_WORD = re.compile(r"\w", re.UNICODE)
_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)


def nfc(text: str | None) -> str | None:
    """NFC-normalise and repair legacy look-alike letters."""
    if text is None:
        return None
    for old, new in _LOOKALIKES:
        if old in text:
            text = text.replace(old, new)
    return unicodedata.normalize("NFC", text)


def squash(text: str | None) -> str:
    """One line of text: NFC, runs of any white space folded to one space."""
    if not text:
        return ""
    return _squashed(text)


# One extraction squashes the same texts again and again (an element's text
# read by detection, the checks and the parser): half of its squashing is
# repeats. The cache holds about one page's texts (a page squashes some 30
# different ones): it stays small, and a second pass over the same pages (a
# benchmark) does not find the first pass's texts in it.
@lru_cache(maxsize=128)
def _squashed(text: str) -> str:
    text = nfc(text)
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        # One line already (most texts are): a printable text has no white
        # space but plain spaces, and none of `_SPLIT_DISAGREES`.
        return text
    if _SPLIT_DISAGREES.search(text):
        return _SPACES_AND_BREAKS.sub(" ", text).strip()
    # Where the two agree on what white space is, splitting and joining gives
    # the same line three to six times faster than the substitution (a
    # character class with ranges costs the regex engine on every character).
    return " ".join(text.split())


# What `squash` may drop from a text besides white space: the invisible
# look-alikes `nfc` removes, and the two characters only its substitution
# takes for white space.
_MAY_VANISH = "\u00ad\u200c\u200d\u200b\ufeff"


def squashes_longer_than(text: str, limit: int) -> bool:
    """True when `squash(text)` is certainly longer than `limit` characters,
    told from the text's first words without squashing it all (for a check
    of short lines run over every element of a page, whose outer elements
    hold the whole page's text); False when it may not be.

    Each word (a run between `str.split`'s white space) that holds a
    character `squash` keeps gives it at least that character and, between
    two such words, one separator: neither NFC nor the substitution glues or
    empties them (white space composes with nothing)."""
    words = text.split(None, limit // 2 + 1)[:limit // 2 + 1]
    if any(character in text for character in _MAY_VANISH):
        kept = sum(1 for word in words if word.strip(_MAY_VANISH))
    else:
        kept = len(words)       # (most texts: then every word keeps its characters)
    return 2 * kept - 1 > limit


def clean_lines(text: str) -> list[str]:
    """Non-empty, squashed lines of a block of text."""
    return [line for line in (squash(part) for part in text.splitlines()) if line]


def _fold_table() -> dict[int, str | None]:
    """Latin letters with diacritics -> base letter; combining marks -> nothing."""
    table: dict[int, str | None] = {}
    for code in range(0xC0, 0x2000):
        char = chr(code)
        if unicodedata.combining(char):
            table[code] = None
            continue
        base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
        if base != char and base.isascii():
            table[code] = base
    table.update({ord("đ"): "d", ord("Đ"): "D", ord("\u00d0"): "D"})
    return table


def _as_sequence(table: dict[int, str | None]) -> list[str | None]:
    """The same translation as a list indexed by code point (each character
    beyond it is left as it is, as by the dict): `str.translate` reads a list
    three times faster than it hashes into a dict."""
    return [table.get(code, chr(code)) for code in range(max(table) + 1)]


_FOLD = _as_sequence(_fold_table())


@lru_cache(maxsize=128)     # one extraction folds the same lines again (the noise, credit and end-marker tests)
def fold(text: str) -> str:
    """Accent-, case- and đ-insensitive key, for matching only (never stored).
    A translation table, not a per-character loop: it runs on every line."""
    return text.translate(_FOLD).lower()


# The ASCII characters that are neither letters nor digits, as bytes.
_ASCII_NOT_ALNUM = bytes(code for code in range(128) if not chr(code).isalnum())


def key_length_at_least(text: str) -> int:
    """A lower bound of `len(match_key(text))`, told without folding the text:
    its ASCII letters and digits, each of which its key keeps (the body's first
    paragraph, compared with a title, has a key far longer than the title's)."""
    return len(text.encode("ascii", "ignore").translate(None, _ASCII_NOT_ALNUM))


def has_digit(text: str) -> bool:
    """Whether a character of `text` is a digit (`str.isdigit`), each tested
    in C: a generator's `any(ch.isdigit() for ch in text)` ran a Python step
    per character of every line it was asked of."""
    return any(map(str.isdigit, text))


def has_word_chars(text: str) -> bool:
    """True when the text holds at least one letter or digit (not only
    punctuation, bars, dots or emoji)."""
    return bool(_WORD.search(text))


def has_letters(text: str) -> bool:
    """True when the text holds a letter: not figures alone ("0 0 1 2 8 4 7", a visit counter's)."""
    return any(map(str.isalpha, text))


# The ASCII characters `_NOT_WORD` matches (all but letters and digits), each made a space
# (a table read as a list, as `_FOLD`: for an ASCII text only).
_ASCII_NOT_WORD = [chr(code) if chr(code).isalnum() else " " for code in range(128)]
# Each character up to the general punctuation block's end that `_NOT_WORD`
# matches (typographic quotes, dashes, the ellipsis, the no-break space ...)
# made a space, the others left as they are (a list, as `_FOLD`).
_PUNCTUATION_TO_SPACE = [" " if _NOT_WORD.fullmatch(chr(code)) else chr(code) for code in range(0x2070)]


@lru_cache(maxsize=128)     # repeats within a page, as for `squash`
def match_key(text: str) -> str:
    """`fold` with every run of punctuation, symbols and spaces reduced to one
    space: "✨✨PHƯỜNG 1 TỔ CHỨC…✨✨" and "Phường 1 tổ chức" share a key."""
    folded = fold(text)
    if not folded.isascii():
        # Typographic punctuation ("…", "–", "“ ”") is all that keeps most other
        # texts from ASCII: as spaces, they take the same path.
        spaced = folded.translate(_PUNCTUATION_TO_SPACE)
        if not spaced.isascii():
            return _NOT_WORD.sub(" ", folded).strip()
        folded = spaced
    # Most keys (Vietnamese folds to ASCII): a translation and a split cost
    # a quarter of the Unicode character class run over every character.
    return " ".join(folded.translate(_ASCII_NOT_WORD).split())


# Emoji stored through a legacy MySQL `utf8` (3-byte) column come back as
# "????": a run of question marks at the start of a line or after a space.
# A real question mark follows a word ("Tại sao??") and is kept.
_LOST_EMOJI = re.compile(r"(^|\s)\?{2,}(?=\s|\w|$)")


def drop_lost_emoji(text: str) -> str:
    if "??" not in text:
        return text
    return _SPACES.sub(" ", _LOST_EMOJI.sub(r"\1", text)).strip()


def case_blind_search(pattern: re.Pattern) -> Callable[[str], re.Match | None]:
    """`pattern.search` for a case-blind pattern written in lower case, with
    an ASCII text searched lower-cased by the pattern read as written:
    IGNORECASE folds the case of every character it tries (a third of the
    time or more). Any other text is searched as before: IGNORECASE takes
    more than `str.lower` gives for a few letters (the Kelvin sign for k,
    ſ for s, İ for i). A match's groups are then lower-case, as the callers
    read them."""
    if not pattern.flags & re.IGNORECASE or any(ch.isupper() for ch in re.sub(r"\\.", "", pattern.pattern)):
        raise ValueError(f"not a case-blind pattern written in lower case: {pattern.pattern!r}")
    as_written = re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)

    def search(text: str) -> re.Match | None:
        return as_written.search(text.lower()) if text.isascii() else pattern.search(text)
    return search


# Letters a case-blind regex takes for an ASCII letter though `str.lower` does
# not make them that letter (İ and ı for i, ſ for s).
_CASE_FOLD_ODDITIES = ("\u0130", "\u0131", "\u017f")


def may_hold_a_word(text: str, words: tuple[str, ...]) -> bool:
    """False only when a case-blind pattern every match of which holds one of
    `words` (lower case) cannot match `text`: a plain search of the text
    lower-cased costs less than the pattern tried at each of its characters."""
    if any(odd in text for odd in _CASE_FOLD_ODDITIES):
        return True
    lowered = text.lower()
    return any(word in lowered for word in words)


def positions(text: str, word: str):
    """Each index at which `word` occurs in `text`, overlapping ones too, by plain search."""
    at = text.find(word)
    while at != -1:
        yield at
        at = text.find(word, at + 1)


# ---- regexes tried only where a match can open -----------------------------------------

def where_it_opens(pattern: re.Pattern) -> re.Pattern:
    """`pattern`, with the regex engine sent on at once from every character
    no match can open with. A pattern opening with a literal or a class is
    searched so already, by a scan in C; one opening with a case-blind word
    ("ngày đăng|cập nhật|…"), a word boundary or a lookbehind is tried in
    full from each character (each branch folding its case): two to three
    times the time. The same matches and groups: the lookahead put first only
    holds the characters every match opens with, read from the pattern."""
    openings = _openings(_sre_parser.parse(pattern.pattern, pattern.flags))
    return re.compile(f"(?=[{''.join(dict.fromkeys(openings))}])(?:{pattern.pattern})", pattern.flags)


class _NoOpenings(ValueError):
    """The pattern may match the empty text, or opens with what a class cannot list."""


_CATEGORIES = {_sre.CATEGORY_DIGIT: r"\d", _sre.CATEGORY_NOT_DIGIT: r"\D", _sre.CATEGORY_SPACE: r"\s",
               _sre.CATEGORY_NOT_SPACE: r"\S", _sre.CATEGORY_WORD: r"\w", _sre.CATEGORY_NOT_WORD: r"\W"}
_ZERO_WIDTH = (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)


def _openings(items) -> list[str]:
    """The class items (as a character class writes them) a match of the
    parsed `items` can open with; `_NoOpenings` if it may match the empty text."""
    found: list[str] = []
    if _may_be_empty(items, found):
        raise _NoOpenings("the pattern may match the empty text")
    return found


def _may_be_empty(items, found: list[str]) -> bool:
    """Add to `found` what the parsed `items` can open with; whether they may match nothing."""
    for op, value in items:
        if op in _ZERO_WIDTH:
            continue        # (a boundary or a look-around: the next item opens the match)
        if op is _sre.LITERAL:
            found.append(_class_char(value))
        elif op is _sre.IN:
            found.extend(_class_item(item_op, item) for item_op, item in value)
        elif op is _sre.SUBPATTERN:
            if value[1] or value[2]:
                # (A group's own flags, "(?i:ngày) đăng": the class put first would not share them.)
                raise _NoOpenings("a group with flags of its own")
            if _may_be_empty(value[3], found):
                continue
        elif op is _sre.BRANCH:
            empties = [_may_be_empty(alternative, found) for alternative in value[1]]
            if any(empties):
                continue
        elif op in _REPEATS:
            if _may_be_empty(value[2], found) or value[0] == 0:
                continue
        else:
            raise _NoOpenings(f"a pattern opening with {op}")
        return False
    return True


def _class_item(op, value) -> str:
    if op is _sre.LITERAL:
        return _class_char(value)
    if op is _sre.RANGE:
        return f"{_class_char(value[0])}-{_class_char(value[1])}"
    if op is _sre.CATEGORY and value in _CATEGORIES:
        return _CATEGORIES[value]
    raise _NoOpenings(f"a class holding {op}")      # (a negated class: all but a few characters)


def _class_char(code: int) -> str:
    return re.escape(chr(code))     # (escapes "]", "^", "-" and "\\" as a class needs)
