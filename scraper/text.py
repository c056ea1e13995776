"""Text hygiene shared by every parser: NFC, legacy look-alikes, whitespace.

Vietnamese pages arrive as NFC, NFD (combining tone marks, common in
windows-1258 pages) or with legacy-font residue such as U+00D0 (Icelandic
Eth) standing in for U+0110 (Đ). The archive stores one form only: NFC.
"""
from __future__ import annotations

import re
import unicodedata

# Legacy-font conversions put the Icelandic Eth where Vietnamese Đ belongs.
_LOOKALIKES = str.maketrans({"\u00d0": "\u0110"})
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def nfc(text: str | None) -> str | None:
    """NFC-normalise and repair legacy look-alike letters."""
    if text is None:
        return None
    return unicodedata.normalize("NFC", text.translate(_LOOKALIKES))


def squash(text: str | None) -> str:
    """One line of text: NFC, runs of any white space folded to one space."""
    if not text:
        return ""
    return _SPACES.sub(" ", nfc(text).replace("\r", " ").replace("\n", " ")).strip()


def clean_lines(text: str) -> list[str]:
    """Non-empty, squashed lines of a block of text."""
    return [line for line in (squash(part) for part in text.splitlines()) if line]


def fold(text: str) -> str:
    """Accent-, case- and đ-insensitive key, for matching only (never stored)."""
    decomposed = unicodedata.normalize("NFD", nfc(text).lower().replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
