"""Vietnamese typed in the VNI font encoding (VNI-Times, VNI-Helve), served as Latin text.

The other font encoding of the 1990s and 2000s beside TCVN3 (`tcvn3.py`),
common in the South. A VNI font draws a marked letter as its base letter
followed by one or two mark bytes, which a Latin code page reads as
look-alikes: "Xaõ Taân Laân" is "Xã Tân Lân", "ngöôøi" is "người". The
server declares windows-1252, iso-8859-1 or nothing; a browser with the
font showed Vietnamese, and the archive stores what the reader saw.
"""
from __future__ import annotations

import re

# The tones, by the mark byte (read as Latin) that follows a plain vowel, ơ or ư:
# huyền, sắc, hỏi, ngã, nặng. Capitals take the capital marks.
_TONES = {"ø": "\u0300", "ù": "\u0301", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
# After a, e, o: the circumflex, alone or with each tone in one byte; after a: the breve so too.
_CIRCUMFLEX = {"â": "", "à": "\u0300", "á": "\u0301", "å": "\u0309", "ã": "\u0303", "ä": "\u0323"}
_BREVE = {"ê": "", "è": "\u0300", "é": "\u0301", "ú": "\u0309", "ü": "\u0303", "ë": "\u0323"}
# Letters of one byte: ơ, ư, đ, and i with its tones, ỵ.
_SINGLE = {"ô": "ơ", "ö": "ư", "ñ": "đ", "ì": "ì", "í": "í", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ"}


def _sequences() -> dict[str, str]:
    """Every base-and-mark sequence, small and capital, with the letter it draws."""
    found: dict[str, str] = {}
    for small in (True, False):
        case = (lambda text: text) if small else str.upper
        for vowel in "aeiouy":
            for mark, tone in _TONES.items():
                found[case(vowel) + case(mark)] = case(vowel + tone)
        for horned in ("ô", "ö"):      # ơ, ư
            for mark, tone in _TONES.items():
                found[case(horned) + case(mark)] = case(_SINGLE[horned] + tone)
        for vowel in "aeo":
            for mark, tone in _CIRCUMFLEX.items():
                found[case(vowel) + case(mark)] = case(vowel + "\u0302" + tone)
        for mark, tone in _BREVE.items():
            found[case("a") + case(mark)] = case("a\u0306" + tone)
        for byte, letter in _SINGLE.items():
            found[case(byte)] = case(letter)
    return found


_LETTERS = _sequences()
# Two-byte sequences first, so that "ôø" is ờ and not ơ followed by a mark.
_SEQUENCE = re.compile("|".join(sorted(map(re.escape, _LETTERS), key=len, reverse=True)))
# A vowel (or ơ, ư) followed by a mark byte: what most of a VNI text's bytes beyond ASCII are,
# and few of a TCVN3 or a windows-1258 text's (their marked letters are bytes of their own).
_MARKED_VOWEL = re.compile(r"[aeiouyAEIOUYôöÔÖ][âêøùûõïàáåãäèéúüëÂÊØÙÛÕÏÀÁÅÃÄÈÉÚÜË]")
_LEAST_MARKED, _MARKED_SHARE = 20, 0.5


def looks_like_vni(text: str, least: int = _LEAST_MARKED) -> bool:
    """Whether Latin text is VNI read as Latin: many vowels followed by a mark
    byte (`least`), making most of its characters outside ASCII."""
    marked = len(_MARKED_VOWEL.findall(text))
    if marked < least:
        return False    # (too few marks whatever the share: the page's characters are not counted)
    beyond_ascii = sum(1 for char in text if "\xa0" <= char <= "\xff")
    return marked >= _MARKED_SHARE * beyond_ascii


def decode_vni(text: str) -> str:
    """Latin text (bytes read as windows-1252) as the letters the VNI font drew."""
    return _SEQUENCE.sub(lambda match: _LETTERS[match[0]], text)
