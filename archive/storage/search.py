"""Vietnamese-aware search: a folded full-text index and the query rewriting that fits it.

The FTS5 table `article_search` (schema.SEARCH) holds, per article, `fold()`ed
copies of the title, lead and body (no tone marks, `đ` written `d`, lower
case: the tokenizer cannot fold `đ` itself), each followed by its aliases: one
token per abbreviation of archive/abbreviations.csv that the text mentions
written out or in another spelling ("Ủy ban nhân dân" adds `ubnd`). A user
query goes through `match_expression`, which folds it the same way and turns
each abbreviation, written either way, into that one token. One token instead
of a phrase of common words is what keeps ranking fast: BM25 scans every
phrase of the query over the whole index to weigh it.

docs/search.md explains the choices and the measurements behind them.
"""
from __future__ import annotations

import csv
import hashlib
import html
import re
import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable
from itertools import product
from pathlib import Path

from ward_scraper.extract import fields
from ward_scraper.extract.documents import normalise_number
from ward_scraper.util.text import fold, nfc

# The searchable article fields: their `articles` columns, and the columns of
# `article_search` that hold their folded copies (in the same order).
SEARCHED_COLUMNS = fields.names(fields.SEARCHABLE)
SEARCH_COLUMNS = tuple(fields.search_column(f) for f in fields.SEARCHABLE)

ABBREVIATIONS = Path(__file__).resolve().parent / "abbreviations.csv"

# Letters and digits, as FTS5's unicode61 tokenizer splits words (it treats
# "_" as a separator too).
_TOKEN = re.compile(r"[^\W_]+")
# A quoted phrase; an unclosed quote runs to the end of the query.
_QUOTED = re.compile(r'"([^"]*)"?')
# One phrase may have at most this many spellings: each one is a separate
# phrase query inside FTS5, and "UBND HĐND MTTQ ..." would multiply them.
MAX_SPELLINGS = 16
# An FTS5 expression that is valid and matches nothing (the empty phrase).
MATCH_NOTHING = '""'

# Bounds on the work of one call of the SQL functions (anyone may call them on
# the public server, on any text): a longer query is refused; `contains` reads
# the first MAX_DOCUMENT_CHARS of a text (~15 ms); a snippet reads windows of
# SNIPPET_WINDOW_CHARS from the start, up to MAX_SNIPPET_SCAN_CHARS, and shows
# the first window that holds a match (an 11 M-character article costs what
# a short one does).
MAX_QUERY_CHARS = 500
MAX_DOCUMENT_CHARS = 100_000
SNIPPET_WINDOW_CHARS = 20_000
MAX_SNIPPET_SCAN_CHARS = 100_000


class QueryTooLong(ValueError):
    """A search query over MAX_QUERY_CHARS characters."""

Words = tuple[str, ...]


def tokens(text: str) -> list[str]:
    """The folded words of a text, as the index sees them."""
    return _TOKEN.findall(fold(nfc(text)))


def _within(part: Words, whole: Words) -> bool:
    """True when `part` occurs as consecutive words of `whole`."""
    return any(whole[start:start + len(part)] == part for start in range(len(whole) - len(part) + 1))


# ---- the abbreviation table -------------------------------------------------

class Abbreviations:
    """The rows of the table, with every spelling of each and its index token.

    A row's spellings are its abbreviation, its expansion, and the expansion
    with other rows' expansions inside it abbreviated: the UBMTTQVN row is also
    spelled "ủy ban MTTQ Việt Nam" and "UBMTTQ Việt Nam", as portals write it.
    A row's alias is the token the index stores for any of its spellings: the
    abbreviation's letters (`ubnd`, `ktxh` for KT-XH), numbered when one
    abbreviation has two meanings (CT: `ct1` chủ tịch, `ct2` chỉ thị), so that
    "chủ tịch" never finds "chỉ thị".
    """

    def __init__(self, rows: list[tuple[str, str]]):
        abbreviations = [tuple(tokens(abbr)) for abbr, _ in rows]
        expansions = [tuple(tokens(expansion)) for _, expansion in rows]
        self._abbreviations_of: dict[Words, list[Words]] = {}
        for abbr, expansion in zip(abbreviations, expansions):
            self._abbreviations_of.setdefault(expansion, []).append(abbr)
        self.spellings: list[list[Words]] = [
            list(dict.fromkeys([abbr] + self._respellings(expansion)))
            for abbr, expansion in zip(abbreviations, expansions)]
        self._rows_of: dict[Words, list[int]] = {}
        for number, spellings in enumerate(self.spellings):
            for spelling in spellings:
                self._rows_of.setdefault(spelling, []).append(number)
        self.aliases = self._aliases(abbreviations, expansions)
        # A mention of a row mentions the rows inside it: UBMTTQVN holds MTTQ.
        self.inside = [[other for other, shorter in enumerate(expansions)
                        if len(shorter) < len(expansion) and _within(shorter, expansion)]
                       for expansion in expansions]
        self.holding = [[other for other in range(len(rows)) if row in self.inside[other]]
                        for row in range(len(rows))]
        self.longest = max((len(s) for s in self._rows_of), default=0)
        self.fingerprint = hashlib.sha256(repr(rows).encode("utf-8")).hexdigest()[:16]

    @classmethod
    def from_csv(cls, path: Path = ABBREVIATIONS) -> "Abbreviations":
        with open(path, encoding="utf-8", newline="") as handle:
            return cls([(row["abbr"], row["expansion"]) for row in csv.DictReader(handle)])

    @staticmethod
    def _aliases(abbreviations: list[Words], expansions: list[Words]) -> list[str]:
        meanings: dict[str, list[Words]] = {}
        for abbr, expansion in zip(abbreviations, expansions):
            known = meanings.setdefault("".join(abbr), [])
            if expansion not in known:
                known.append(expansion)
        aliases = []
        for abbr, expansion in zip(abbreviations, expansions):
            known = meanings["".join(abbr)]
            aliases.append("".join(abbr) + (str(known.index(expansion) + 1) if len(known) > 1 else ""))
        return aliases

    def _respellings(self, words: Words, start: int = 0) -> list[Words]:
        """`words` with any proper part that is another row's expansion abbreviated."""
        if start == len(words):
            return [()]
        found = [(words[start],) + rest for rest in self._respellings(words, start + 1)]
        for end in range(start + 1, len(words) + 1):
            if end - start == len(words):
                continue  # the whole expansion is this row's own business
            for abbr in self._abbreviations_of.get(words[start:end], ()):
                found += [abbr + rest for rest in self._respellings(words, end)]
        return found

    def rows_spelled(self, words: Words) -> list[int]:
        return self._rows_of.get(words, [])

    def longest_match(self, words: list[str], start: int) -> int:
        """Length of the longest spelling that starts at `start` (0 if none)."""
        for length in range(min(self.longest, len(words) - start), 0, -1):
            if tuple(words[start:start + length]) in self._rows_of:
                return length
        return 0

    def aliases_in(self, words: list[str]) -> list[str]:
        """The alias tokens a text needs: one per mention of an abbreviation,
        unless the mention is the alias itself (the text's "UBND" is `ubnd`)."""
        found = []
        start = 0
        while start < len(words):
            length = self.longest_match(words, start)
            if not length:
                start += 1
                continue
            span = tuple(words[start:start + length])
            rows = self.rows_spelled(span)
            mentioned = [self.aliases[row] for row in rows]
            mentioned += [self.aliases[inner] for row in rows for inner in self.inside[row]]
            found += [alias for alias in dict.fromkeys(mentioned) if (alias,) != span]
            start += length
        return found

    def highlight_spellings(self, rows: list[int]) -> list[Words]:
        """What to mark in a text for these rows: their spellings and those of
        the longer names that hold them (MTTQ marks UBMTTQVN too)."""
        rows = rows + [outer for row in rows for outer in self.holding[row]]
        return list(dict.fromkeys(s for row in rows for s in self.spellings[row]))


@lru_cache(maxsize=1)
def abbreviations() -> Abbreviations:
    return Abbreviations.from_csv()


# ---- queries ----------------------------------------------------------------

@dataclass(frozen=True)
class Unit:
    """One required part of a query. The index matches it when any of `terms`
    (words or phrases of index tokens) occurs; a text shows it where any of
    `spellings` occurs (snippets, `contains`)."""
    terms: tuple[Words, ...]
    spellings: tuple[Words, ...]


def _abbreviation_unit(words: Words) -> Unit | None:
    """A unit for words that spell an abbreviation (either way), else None."""
    rows = abbreviations().rows_spelled(words)
    if not rows:
        return None
    aliases = tuple(dict.fromkeys((abbreviations().aliases[row],) for row in rows))
    return Unit(aliases, tuple([words] + abbreviations().highlight_spellings(rows)))


def _phrase_unit(words: list[str], literal: bool) -> Unit:
    """A quoted phrase (or a word with punctuation inside, like 12/KH-UBND): the
    cross product of its parts' spellings. Document numbers are `literal`: their
    parts (QĐ, UBND in 123/QĐ-UBND) are never written out."""
    if not literal and (unit := _abbreviation_unit(tuple(words))):
        return unit
    parts: list[list[Words]] = []
    start = 0
    while start < len(words):
        length = 0 if literal else abbreviations().longest_match(words, start)
        if length:
            span = tuple(words[start:start + length])
            rows = abbreviations().rows_spelled(span)
            parts.append(list(dict.fromkeys([span] + [s for row in rows for s in abbreviations().spellings[row]])))
            start += length
        else:
            parts.append([(words[start],)])
            start += 1
    spellings = []
    for combination in product(*parts):
        spellings.append(tuple(word for part in combination for word in part))
        if len(spellings) == MAX_SPELLINGS:
            break
    return Unit(tuple(spellings), tuple(spellings))


def _word_units(words: list[str]) -> list[Unit]:
    """Bare words: each is required on its own, except that a run of words
    spelling an abbreviation's expansion ("ủy ban nhân dân") is one unit."""
    units = []
    start = 0
    while start < len(words):
        length = abbreviations().longest_match(words, start) or 1
        span = tuple(words[start:start + length])
        units.append(_abbreviation_unit(span) or Unit((span,), (span,)))
        start += length
    return units


def _bare_units(text: str) -> list[Unit]:
    units: list[Unit] = []
    run: list[str] = []
    for word in text.split():
        parts = tokens(word)
        if len(parts) == 1:
            run += parts
            continue
        units += _word_units(run)
        run = []
        if parts:  # "123/QĐ-UBND", "KT-XH": a phrase of its parts
            units.append(_phrase_unit(parts, literal=any(p.isdigit() for p in parts)))
    return units + _word_units(run)


@lru_cache(maxsize=512)
def parse_query(query: str | None) -> tuple[Unit, ...]:
    """A user's query as units. Nothing in it is FTS5 syntax: quotes make
    phrases, everything else is words; operators and stray symbols are text."""
    if query is not None and len(str(query)) > MAX_QUERY_CHARS:
        raise QueryTooLong(f"a search query may have at most {MAX_QUERY_CHARS} characters")
    units: list[Unit] = []
    position = 0
    text = nfc(str(query)) if query is not None else ""
    for quoted in _QUOTED.finditer(text):
        units += _bare_units(text[position:quoted.start()])
        words = tokens(quoted.group(1))
        if words:
            units.append(_phrase_unit(words, literal=False))
        position = quoted.end()
    units += _bare_units(text[position:])
    return tuple(dict.fromkeys(units))


def _fts_term(words: Words) -> str:
    # Tokens hold only letters and digits, so no quote can end the string early.
    return '"' + " ".join(words) + '"'


def match_expression(query: str | None) -> str:
    """An FTS5 MATCH expression for `article_search`; never a syntax error."""
    parts = []
    for unit in parse_query(query):
        terms = [_fts_term(term) for term in unit.terms]
        parts.append(terms[0] if len(terms) == 1 else "(" + " OR ".join(terms) + ")")
    return " AND ".join(parts) or MATCH_NOTHING


# ---- matching in the original text: snippets and filters --------------------

@dataclass(frozen=True)
class _Hit:
    first: int  # index of the first word
    last: int   # index of the last word
    unit: int


def _words_with_spans(text: str) -> list[tuple[str, int, int]]:
    """(folded word, start, end) with offsets into the original text."""
    folded = fold(text)
    if len(folded) == len(text):  # one character for one: offsets carry over
        return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(folded)]
    # A character folded to nothing (a stray combining mark) or to two: fold word by word.
    found = []
    for match in re.finditer(r"[^\W_][\w\u0300-\u036f]*", text):
        for word in _TOKEN.findall(fold(match.group())):
            found.append((word, match.start(), match.end()))
    return found


def _hits(words: list[str], units: tuple[Unit, ...]) -> list[_Hit]:
    """Where each unit occurs among the document's words, longest spelling first."""
    starting_with: dict[str, list[tuple[Words, int]]] = {}
    for number, unit in enumerate(units):
        for spelling in unit.spellings:
            starting_with.setdefault(spelling[0], []).append((spelling, number))
    for candidates in starting_with.values():
        candidates.sort(key=lambda candidate: -len(candidate[0]))
    hits = []
    index = 0
    while index < len(words):
        for spelling, number in starting_with.get(words[index], ()):
            if tuple(words[index:index + len(spelling)]) == spelling:
                hits.append(_Hit(index, index + len(spelling) - 1, number))
                index += len(spelling) - 1
                break
        index += 1
    return hits


def contains(text: str | None, query: str | None) -> bool:
    """True when every part of the query occurs in the text (same folding and
    abbreviations as the index); only the first MAX_DOCUMENT_CHARS count."""
    units = parse_query(query)
    if not text or not units:
        return False
    words = [w for w, _, _ in _words_with_spans(_cut(str(text), MAX_DOCUMENT_CHARS))]
    return len({hit.unit for hit in _hits(words, units)}) == len(units)


def _cut(text: str, limit: int) -> str:
    """At most `limit` characters of `text`, ending at a space when one is
    near: a word is never cut in two (unless it is half the window long)."""
    if len(text) <= limit:
        return text
    space = text.rfind(" ", limit // 2, limit)
    return text[:space if space > 0 else limit]


def _best_start(hits: list[_Hit], width: int) -> int:
    """First word of the window of `width` words that shows the most distinct units."""
    best, best_count = 0, 0
    for number, hit in enumerate(hits[:200]):
        shown = {h.unit for h in hits[number:number + width] if h.last < hit.first + width}
        if len(shown) > best_count:
            best, best_count = hit.first, len(shown)
    return best


def snippet(text: str | None, query: str | None, width: int = 32, out_of_time=lambda: False,
            keep_hits=None) -> str:
    """HTML: the part of `text` that best shows the query's words, escaped, with
    the matched words in <mark>. Matching folds like the index, so "dang uy"
    marks "Đảng ủy" and "UBND" marks "Ủy ban nhân dân". Reads the text window
    by window (SNIPPET_WINDOW_CHARS) and stops at the first with a match, or
    after MAX_SNIPPET_SCAN_CHARS, or when `out_of_time()`; without a match
    the snippet is the start of the text. `keep_hits(hits, spans, window)`
    may narrow the folded hits to those the reader means (ranking.reader_hits)."""
    if not text:
        return ""
    units = parse_query(query)
    start = 0
    first_window = None
    while start < min(len(text), MAX_SNIPPET_SCAN_CHARS) and not out_of_time():
        window = _cut(text[start:start + SNIPPET_WINDOW_CHARS + 1], SNIPPET_WINDOW_CHARS)
        spans = _words_with_spans(window)
        hits = _hits([w for w, _, _ in spans], units)
        if hits and keep_hits:
            hits = keep_hits(hits, spans, window) or hits
        if hits:
            return _shown(text, start, window, spans, hits, width)
        first_window = first_window or (window, spans)
        start += len(window)
    window, spans = first_window or (_cut(text[:SNIPPET_WINDOW_CHARS + 1], SNIPPET_WINDOW_CHARS), None)
    return _shown(text, 0, window, spans if spans is not None else _words_with_spans(window), [], width)


def _shown(text: str, offset: int, window: str, spans: list, hits: list[_Hit], width: int) -> str:
    """The snippet of `window` (found at `offset` in `text`) around `hits`."""
    if not spans:
        return html.escape(window[:200])
    first = max(0, _best_start(hits, width) - 4) if hits else 0
    last = min(len(spans), first + width) - 1
    at_end = last == len(spans) - 1 and offset + len(window) == len(text)
    pieces = ["… " if first or offset else ""]
    position = spans[first][1] if first else 0
    for hit in hits:
        if hit.first < first or hit.last > last:
            continue
        start, end = spans[hit.first][1], spans[hit.last][2]
        pieces += [html.escape(window[position:start]), "<mark>", html.escape(window[start:end]), "</mark>"]
        position = end
    pieces += [html.escape(window[position:len(window) if at_end else spans[last][2]]), "" if at_end else " …"]
    return "".join(pieces)


# ---- keeping the index ------------------------------------------------------

def indexed_text(text: str | None) -> str:
    """What `article_search` stores for one field: the folded text, then its aliases."""
    folded = fold(text or "")
    aliases = abbreviations().aliases_in(_TOKEN.findall(folded))
    return folded + "\n" + " ".join(aliases) if aliases else folded


def search_row(*texts: str | None) -> tuple[str, ...]:
    """The `article_search` cells for the texts of SEARCHED_COLUMNS."""
    return tuple(indexed_text(text) for text in texts)


_COLUMNS = ", ".join(SEARCH_COLUMNS)
_MARKS = ", ".join("?" * (len(SEARCH_COLUMNS) + 1))
_INSERT = f"INSERT INTO article_search (rowid, {_COLUMNS}) VALUES ({_MARKS})"
_SELECT_TEXTS = f"SELECT rowid, {', '.join(SEARCHED_COLUMNS)} FROM articles"


def index_article(conn: sqlite3.Connection, key: str) -> None:
    """(Re)write the entry in `article_search` of the article keyed `key`
    (rowid = articles.rowid). The caller holds the transaction that wrote the article."""
    rowid, *texts = conn.execute(_SELECT_TEXTS + " WHERE canonical_url = ?", (key,)).fetchone()
    conn.execute("DELETE FROM article_search WHERE rowid = ?", (rowid,))
    conn.execute(_INSERT, (rowid, *search_row(*texts)))


def index_is_current(conn: sqlite3.Connection) -> bool:
    """False when the index was built with another abbreviation table (or never)."""
    row = conn.execute("SELECT abbreviations FROM article_search_state").fetchone()
    return row is not None and row[0] == abbreviations().fingerprint


def rebuild_index(conn: sqlite3.Connection) -> int:
    """Refill `article_search` from `articles`: after a schema upgrade, an edit
    of the abbreviation table, or a change of `fold`. Returns the number of articles."""
    conn.execute("DELETE FROM article_search")
    rows = conn.execute(_SELECT_TEXTS)
    cursor = conn.executemany(_INSERT, ((rowid, *search_row(*texts)) for rowid, *texts in rows))
    conn.execute("INSERT INTO article_search (article_search) VALUES ('optimize')")
    conn.execute("DELETE FROM article_search_state")
    conn.execute("INSERT INTO article_search_state (abbreviations) VALUES (?)", (abbreviations().fingerprint,))
    return cursor.rowcount


def register_functions(conn: sqlite3.Connection, out_of_time: Callable[[], bool] = lambda: False) -> None:
    """The SQL functions the canned queries use (Datasette registers them on
    every connection through datasette/plugins/ward_search.py). SQLite's time
    limit cannot stop a Python function, so each call first asks
    `out_of_time()` (storage/serving.py: the statement's time limit passed,
    and it has been interrupted) and then does no work."""
    # Imported here: ranking builds on this module.
    from ward_archive.storage.ranking import reader_hits

    def bounded_snippet(text, query):
        return "" if out_of_time() else snippet(text, query, out_of_time=out_of_time, keep_hits=reader_hits(query))

    def bounded_contains(text, query):
        return False if out_of_time() else contains(text, query)

    conn.create_function("ward_match", 1, match_expression, deterministic=True)
    conn.create_function("ward_snippet", 2, bounded_snippet, deterministic=True)
    # Not marked deterministic: SQLite would then push `ward_contains(unit, ?)`
    # down into by_source_unit's DISTINCT subquery and call it once per article
    # (measured: 500,000 calls, 3 s on a million articles) instead of once per unit.
    conn.create_function("ward_contains", 2, bounded_contains)
    # The documents canned queries: a number as typed, as documents.number_normalised holds it.
    conn.create_function("ward_document_number", 1, lambda number: normalise_number(str(number or "")),
                         deterministic=True)
