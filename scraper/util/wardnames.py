"""Names of administrative units: type words, ASCII slugs, comparison keys.

Pure functions shared by the ward registry (ward_archive.storage.wards), the
portal registry check and portal discovery, which matches directory links to
units by name and by the slug ward portals use as their host name.
"""
from __future__ import annotations

import re
import unicodedata

from ward_scraper.util.text import fold, match_key, nfc, squash

# Commune-level unit types since 1 July 2025, and the older ones (thị trấn
# until then); longest first, so "đặc khu" is never read as a one-word type.
UNIT_TYPES = ("đặc khu", "thị trấn", "phường", "xã")
# Letters and digits, tone marks included (as FTS5 splits words).
_WORD = re.compile(r"[^\W_]+")


def split_type(name: str) -> tuple[str, str]:
    """'Phường Bình Lộc' -> ('phường', 'Bình Lộc'); ('', name) without a type word.
    Case-insensitive: the official list has one 'xã Bắc Sơn'."""
    name = squash(name)
    lowered = name.lower()
    for unit_type in UNIT_TYPES:
        if lowered.startswith(unit_type + " "):
            return unit_type, name[len(unit_type) + 1:].strip()
    return "", name


def ward_slug(short_name: str) -> str:
    """The host-name form of a unit's short name: 'Văn Miếu - Quốc Tử Giám' ->
    'vanmieuquoctugiam' (lower-case ASCII, đ -> d, no separators), as in
    binhloc.dongnai.gov.vn. Not a key on its own: units of one province share some."""
    return "".join(match_key(short_name).encode("ascii", "ignore").decode().split())


def name_key(name: str) -> str:
    """A key under which two spellings of one name are equal: case, spacing,
    punctuation ('–', '-', '’', "'") and where the tone mark sits ('Hoà' and
    'Hòa') do not matter, but the marks themselves do ('Sơn Hà' is not
    'Sơn Hạ'): each word becomes its folded letters plus its sorted marks."""
    keys = []
    for word in _WORD.findall(nfc(name).lower()):
        marks = sorted(c for c in unicodedata.normalize("NFD", word) if unicodedata.combining(c))
        keys.append(fold(word) + "".join(marks) + "đ" * word.count("đ"))
    return " ".join(keys)
