"""What the reader-facing pages need from the archive (datasette/plugins/ward_pages.py):
the home page's wards, the search page's filter choices, short article ids,
and the Vietnamese collation names are sorted with.

Short ids: `articles.id` is a number given once to each article and never
changed (schema step 12 adds it). The rowid is not enough: SQLite may
renumber the rowids of a table without an INTEGER PRIMARY KEY on VACUUM,
which the public copy runs (suppressions.write_public_copy), and `articles`
is keyed on its canonical URL.

Collation: Vietnamese dictionary order (a ă â b c d đ e ê ..., tones after
letters: ngang, huyền, hỏi, ngã, sắc, nặng), so Đà Nẵng comes before Hồ Chí
Minh and Ấp before Bình; byte order puts every Đ after Z.
"""
from __future__ import annotations

import sqlite3
import unicodedata
from functools import lru_cache

COLLATION = "vietnamese"

# Letters in Vietnamese alphabetical order after the space (so Hà Nội comes before
# Hải Phòng, syllable by syllable); f, j, w, z (foreign words and
# names) in their Latin places. Anything else sorts after, by code point.
_ALPHABET = " 0123456789aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_RANK = {letter: rank for rank, letter in enumerate(_ALPHABET)}
# The marks that make a letter of its own (ă â ê ô ơ ư), composed back onto it.
_LETTER_MARKS = frozenset("\u0306\u0302\u031b")
# Tones in dictionary order (no mark first): huyền, hỏi, ngã, sắc, nặng.
_TONE_RANK = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


@lru_cache(maxsize=65536)
def vietnamese_key(text: str) -> tuple:
    """The sort key of `text`: letters first (case and tone aside), then the
    tones, then the text itself (upper before lower), so only equal texts tie."""
    letters, tones = [], []
    for char in unicodedata.normalize("NFD", text.lower()):
        if char in _TONE_RANK:
            if tones:
                tones[-1] = _TONE_RANK[char]
        elif char in _LETTER_MARKS and letters:
            letters[-1] = unicodedata.normalize("NFC", letters[-1] + char)
        elif unicodedata.combining(char):
            continue
        else:
            letters.append(char)
            tones.append(0)
    ranks = tuple(_LETTER_RANK.get(c, len(_ALPHABET) + ord(c[0])) for c in letters)
    return ranks, tuple(tones), text


def compare_vietnamese(left: str, right: str) -> int:
    a, b = vietnamese_key(left), vietnamese_key(right)
    return (a > b) - (a < b)


def register_collation(conn: sqlite3.Connection) -> None:
    """`COLLATE vietnamese` on this connection (Datasette registers it on each of its own)."""
    conn.create_collation(COLLATION, compare_vietnamese)


# ---- short, stable article ids (schema step 12) ------------------------------

ARTICLE_IDS = """
CREATE UNIQUE INDEX IF NOT EXISTS articles_id ON articles(id);
-- The table page's default order (newest first) and its sort by date
-- (datasette/plugins/ward_pages.py SORT_KEYS) read 50 rows, not every article.
CREATE INDEX IF NOT EXISTS articles_sort_key ON articles(sort_key);
-- Sorting the table by ward (then the key, as the plugin pages it) reads 50 rows.
CREATE INDEX IF NOT EXISTS articles_ward_sort ON articles(ward_name, canonical_url);
-- A new article gets the next number. Never the rowid: a number must not
-- come back after a VACUUM renumbered the rowids (the module's docstring).
CREATE TRIGGER IF NOT EXISTS articles_id_ai AFTER INSERT ON articles WHEN new.id IS NULL BEGIN
    UPDATE articles SET id = (SELECT coalesce(max(id), 0) + 1 FROM articles) WHERE rowid = new.rowid;
END;
"""


def add_article_ids(conn: sqlite3.Connection) -> None:
    """Schema step 12: `articles.id`, numbered as the rowids are now, so the
    ids the ranked search has shown so far keep meaning the same articles."""
    present = {row[1] for row in conn.execute("PRAGMA table_info(articles)")}
    if "id" not in present:
        conn.execute("ALTER TABLE articles ADD COLUMN id INTEGER")
    conn.execute("UPDATE articles SET id = rowid WHERE id IS NULL")
    conn.executescript(ARTICLE_IDS)


ID_DESCRIPTION = "The article's short, stable number: /a/<id> is its citable address"
ARTICLE_BY_ID = "SELECT canonical_url FROM articles WHERE id = ?"
ARTICLE_ID = "SELECT id FROM articles WHERE canonical_url = ?"

# ---- the home page and the search page's filters ------------------------------

# Each ward portal with its article count and newest article (the
# articles_portal_sort index makes each a short step).
WARDS_WITH_NEWEST = f"""
SELECT p.slug, p.ward_name, p.province, p.ward_code,
    (SELECT count(*) FROM articles WHERE portal = p.slug) AS articles,
    n.id AS newest_id, n.title AS newest_title, n.published_at AS newest_published_at
FROM portals p
LEFT JOIN articles n ON n.rowid = (
    SELECT rowid FROM articles WHERE portal = p.slug AND removed_at IS NULL ORDER BY sort_key DESC LIMIT 1)
ORDER BY p.province COLLATE {COLLATION}, p.ward_name COLLATE {COLLATION}, p.slug
"""
ARTICLE_TOTAL = "SELECT count(*) FROM articles"

PROVINCES = f"SELECT DISTINCT province FROM portals ORDER BY province COLLATE {COLLATION}"
WARDS = f"SELECT DISTINCT ward_name, province FROM portals ORDER BY ward_name COLLATE {COLLATION}, province"
UNITS = (f"SELECT source_unit FROM articles WHERE source_unit IS NOT NULL GROUP BY source_unit "
         f"ORDER BY count(*) DESC, source_unit COLLATE {COLLATION} LIMIT 200")
