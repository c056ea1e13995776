"""Ranking search results the way a Vietnamese reader expects.

Recall stays with the folded index (search.py: no tone marks, đ = d,
abbreviations both ways): every article that holds every part of the query
is a match. The order is ours, not BM25's, because a Vietnamese word is
several syllables and the folded index sees only syllables: BM25 ranks
"Hội Cựu chiến binh ... Vào hồi 14h00 ... đại biểu" above an article titled
"Đại hội", and `bão` (storm) below every "thông báo". So a match scores, in
this order of weight (`score`):

* the syllables the reader typed next to each other occur next to each
  other (as a phrase), in the title above the text;
* the words typed with diacritics occur with exactly those diacritics
  (`bão` is not `báo` or `bảo`; either tone placement, `hoà` = `hòa`);
* the parts of the query occur in the title;
and equal scores go to the newest article first.

Scoring reads the texts in Python, so it runs on a bounded set of candidates
(`RANKED_SQL`): the newest matches overall, and, among the newest 20,000,
matches in the title and matches of the typed runs as phrases. An article
that matches in none of these texts (only in another indexed column) scores
0 and ranks below every title or text match. docs/search.md has the
measurements behind the bounds and the judged query set that tuned the weights.
"""
from __future__ import annotations

import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ward_archive.storage import search
from ward_scraper.util.text import fold, nfc

# The five Vietnamese tone marks (as combining characters). The other marks
# (the hat of â, the horn of ơ, the breve of ă) belong to the letter.
TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_VOWELS = frozenset("aăâeêioôơuưy")
# Scores weigh only the start of each text: the phrase and diacritics a
# reader looks for are in the title and the first paragraphs, and a bounded
# read keeps the cost of a candidate that of a short article.
RANKED_TEXT_CHARS = 2_000
# Candidates per source (newest matches, title matches, phrase matches), and
# how far back the title and phrase sources look: among the newest
# CANDIDATE_WINDOW matches of the whole query. See RANKED_SQL.
CANDIDATES_PER_SOURCE = 60
CANDIDATE_WINDOW = 20_000
RESULTS = 50

# The weights (tuned on tests/ranking/judged_queries.json, docs/search.md).
# Each outweighs all the lighter ones together: a phrase typed side by side
# found side by side beats any scatter of its syllables however well
# spelled ("đại hội" in the text beats "Ngày hội đại đoàn kết" in the title).
WEIGHTS = {"phrase_title": 16.0, "phrase_text": 8.0, "exact_title": 4.0, "exact_text": 2.0,
           "parts_title": 1.0}


def exact_key(word: str) -> str:
    """A word with its diacritics but without where the tone mark sits:
    `hoà` and `hòa` share a key, `hội` and `hồi` do not."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = "".join(c for c in decomposed if c in TONE_MARKS)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONE_MARKS)) + tones


def has_diacritics(word: str) -> bool:
    """True when the reader typed marks (or đ): then they mean something."""
    return fold(word) != word.lower()


def _placements(word: str) -> list[str]:
    """Every spelling of `word` with its tone mark on one of its vowels (NFC,
    lower case): the old and new placements of `hoà`/`hòa`, `thuý`/`thúy`."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = [c for c in decomposed if c in TONE_MARKS]
    letters = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONE_MARKS))
    if len(tones) != 1:
        return [unicodedata.normalize("NFC", word.lower())]
    vowel_positions = [i for i, c in enumerate(letters) if fold(c) in _VOWELS or c in _VOWELS]
    return list(dict.fromkeys(
        unicodedata.normalize("NFC", letters[:i + 1] + tones[0] + letters[i + 1:]) for i in vowel_positions))


def _word_pattern(spellings: list[str]) -> str:
    """A regex alternation of whole words (letters or digits on neither side)."""
    return r"(?<![^\W_])(?:" + "|".join(re.escape(s) for s in spellings) + r")(?![^\W_])"


@lru_cache(maxsize=1)
def _letter_classes() -> dict[str, str]:
    """Folded letter -> a regex class of every letter that folds to it (any
    case, any marks): `d` -> [dDđĐ], `a` -> [aAàÀáÁ...]. Matching folded words
    in the original text this way costs no folding of the text."""
    members: dict[str, set[str]] = {}
    for code in range(0x20, 0x2000):
        char = chr(code)
        folded = fold(char)
        if len(folded) == 1 and folded.isalnum():
            members.setdefault(folded, set()).add(char)
    return {letter: "[" + "".join(re.escape(c) for c in sorted(chars)) + "]" for letter, chars in members.items()}


def _folded_word(word: str) -> str:
    classes = _letter_classes()
    return "".join(classes.get(c, re.escape(c)) for c in word)


def folded_words_pattern(words: tuple[str, ...]) -> re.Pattern:
    """Folded words, next to each other with only spaces or punctuation
    between, as they may be written in the original text."""
    return re.compile(r"(?<![^\W_])" + r"[\W_]+".join(_folded_word(w) for w in words) + r"(?![^\W_])")


@dataclass(frozen=True)
class ReaderQuery:
    """What the reader typed, beyond what the folded match needs:
    `runs`: the folded syllables typed next to each other (two or more);
    `typed`: folded word -> a pattern of it as typed, for each word typed
    with diacritics (either tone placement, any case);
    `parts`: per required part of the query (search.parse_query), a pattern
    of any of its spellings."""
    runs: tuple[tuple[str, ...], ...]
    typed: dict[str, re.Pattern]
    parts: tuple[re.Pattern, ...]

    @property
    def exact(self) -> tuple[re.Pattern, ...]:
        return tuple(self.typed.values())

    @property
    def run_patterns(self) -> tuple[re.Pattern, ...]:
        return tuple(folded_words_pattern(run) for run in self.runs)


@lru_cache(maxsize=256)
def reader_query(query: str | None) -> ReaderQuery:
    text = nfc(str(query or ""))
    runs, typed = [], {}
    for segment in re.split(r'"', text):
        words = search._TOKEN.findall(segment.lower())
        folded = tuple(fold(w) for w in words)
        if len(folded) >= 2:
            runs.append(folded)
        for word in words:
            if has_diacritics(word):
                typed[fold(word)] = re.compile(_word_pattern(_placements(word)), re.IGNORECASE)
    parts = tuple(re.compile("|".join(folded_words_pattern(spelling).pattern for spelling in unit.spellings))
                  for unit in search.parse_query(query))
    return ReaderQuery(tuple(dict.fromkeys(runs)), typed, parts)


@lru_cache(maxsize=256)
def _run_patterns(query: str | None) -> tuple[re.Pattern, ...]:
    return reader_query(query).run_patterns


def _fraction(patterns: tuple[re.Pattern, ...], text: str) -> float:
    return sum(1 for p in patterns if p.search(text)) / len(patterns) if patterns else 0.0


def score(query: str | None, title: str | None, lead: str | None, body: str | None) -> float:
    """How well one matching article fits what the reader typed (higher is
    better). Reads the original texts (NFC, as stored) with patterns that
    fold as the index does, so no text is folded here."""
    reader = reader_query(query)
    runs = _run_patterns(query)
    # Bounded reads: anyone may call ward_rank on any text (docs/search.md).
    title = (title or "")[:RANKED_TEXT_CHARS]
    text = (lead or "")[:RANKED_TEXT_CHARS] + "\n" + (body or "")[:RANKED_TEXT_CHARS]
    features = {
        "phrase_title": _fraction(runs, title),
        "phrase_text": _fraction(runs, text),
        "exact_title": _fraction(reader.exact, title),
        "exact_text": _fraction(reader.exact, text),
        "parts_title": _fraction(reader.parts, title),
    }
    return sum(WEIGHTS[name] * value for name, value in features.items())


# ---- which hits a snippet marks -------------------------------------------

def reader_hits(query: str | None):
    """A filter for search.snippet's hits: what the reader would call a hit.
    Where a typed run occurs as a phrase, its words are marked only there
    (`hồi` in "Vào hồi 14h00" is not a hit of `đại hội`); a word typed with
    diacritics is marked only where it is written that way, unless the
    window has no such spelling of it (then the folded matches show why
    the article matched)."""
    reader = reader_query(query)

    def keep(hits: list, spans: list, window: str) -> list:
        in_phrase = _phrase_positions(reader.runs, spans)
        if in_phrase:
            run_units = {hit.unit for hit in hits if hit.first in in_phrase}
            hits = [h for h in hits if h.unit not in run_units or (h.first in in_phrase and h.last in in_phrase)]
        return _as_typed(hits, spans, window, reader.typed)
    return keep


def _phrase_positions(runs: tuple[tuple[str, ...], ...], spans: list) -> set[int]:
    """Indexes of the words (of `spans`) inside an occurrence of a typed run."""
    words = [w for w, _, _ in spans]
    found: set[int] = set()
    for run in runs:
        for start in range(len(words) - len(run) + 1):
            if words[start] == run[0] and tuple(words[start:start + len(run)]) == run:
                found.update(range(start, start + len(run)))
    return found


def _as_typed(hits: list, spans: list, window: str, typed: dict[str, re.Pattern]) -> list:
    """Drop a one-word hit spelled otherwise than the reader typed it, when
    the same part of the query has a hit spelled as typed."""
    def verdict(hit) -> bool | None:
        word = window[spans[hit.first][1]:spans[hit.last][2]]
        pattern = typed.get(fold(word)) if hit.first == hit.last else None
        return None if pattern is None else bool(pattern.fullmatch(word))
    verdicts = [verdict(hit) for hit in hits]
    typed_units = {hit.unit for hit, ok in zip(hits, verdicts) if ok}
    return [hit for hit, ok in zip(hits, verdicts) if not (ok is False and hit.unit in typed_units)]


# ---- the ranked query -------------------------------------------------------

def title_match_expression(query: str | None) -> str:
    """The query's MATCH expression limited to the title column."""
    expression = search.match_expression(query)
    if expression == search.MATCH_NOTHING:
        return expression
    title_column = search.SEARCH_COLUMNS[search.SEARCHED_COLUMNS.index("title")]
    return "{" + title_column + "} : (" + expression + ")"


def phrase_match_expression(query: str | None) -> str:
    """The query's MATCH expression with every typed run (two or more bare
    syllables side by side) required as a phrase; MATCH_NOTHING when the
    query has no such run (its candidates come from the other sources)."""
    expression = search.match_expression(query)
    # A run that is one part of the query (an abbreviation written out) is
    # already one token of the index: no phrase to ask for.
    runs = [run for run in _bare_runs(query) if len(search.parse_query(" ".join(run))) > 1]
    if expression == search.MATCH_NOTHING or not runs:
        return search.MATCH_NOTHING
    return "(" + expression + ") AND " + " AND ".join('"' + " ".join(run) + '"' for run in runs)


def _bare_runs(query: str | None) -> list[tuple[str, ...]]:
    """Runs of two or more unquoted, plain syllables (no punctuation inside a word)."""
    text = nfc(str(query or ""))
    runs = []
    for number, segment in enumerate(text.split('"')):
        if number % 2:  # inside quotes: already a phrase
            continue
        run: list[str] = []
        for word in segment.split():
            parts = search.tokens(word)
            if len(parts) == 1:
                run += parts
                continue
            if len(run) >= 2:
                runs.append(tuple(run))
            run = []
        if len(run) >= 2:
            runs.append(tuple(run))
    return runs


# Filters: an empty parameter means "any". Each source of candidates takes
# the newest CANDIDATES_PER_SOURCE matches that pass the filters: FTS5 reads
# its index backwards by rowid and stops there, so a source costs that many
# rows however common the words (BM25 would weigh every match). A title or
# phrase match may be rare among the matches, so those sources look only at
# the CANDIDATE_WINDOW newest matches (`window`), from the oldest of them
# forwards: otherwise a phrase found nowhere reads every match of its words
# (180 ms on a million articles; 1 ms within the window). Public: the saved
# search feeds (feeds.py) take the same filters.
FILTERS = """
        and (:province = '' or a.province = :province)
        and (:ward = '' or a.ward_name = :ward)
        and (:unit = '' or a.source_unit = :unit)
        and (:date_from = '' or a.published_at >= :date_from)
        and (:date_to = '' or substr(a.published_at, 1, 10) <= :date_to)"""


def _source(match_function: str, windowed: bool) -> str:
    # A windowed source reads forwards from the window's oldest match: FTS5
    # reads backwards by loading whole doclists, which ignores the bound.
    window = "\n        and s.rowid >= (select oldest from window)" if windowed else ""
    return f"""
      select * from (
        select s.rowid as rowid from article_search s join articles a on a.rowid = s.rowid
        where article_search match {match_function}(:q){window}{FILTERS}
        order by s.rowid {"asc" if windowed else "desc"} limit {CANDIDATES_PER_SOURCE})"""


# The ranked search, as the `search` canned query runs it (serve.py puts it
# in the metadata): the candidates, their score (ward_rank), then the
# snippet for the RESULTS shown only.
RANKED_SQL = f"""with window as (
    select coalesce((select rowid from article_search where article_search match ward_match(:q)
                     order by rowid desc limit 1 offset {CANDIDATE_WINDOW - 1}), 0) as oldest
  ),
  candidates as ({_source("ward_match", windowed=False)}
    union{_source("ward_title_match", windowed=True)}
    union{_source("ward_phrase_match", windowed=True)}
  ),
  ranked as (
    select a.rowid as rowid, ward_rank(:q, a.title, a.lead, a.body_text) as score, a.sort_key as sort_key
    from candidates c join articles a on a.rowid = c.rowid
    order by score desc, sort_key desc
    limit {RESULTS}),
  -- then articles found only by the text of an attachment (docs/search.md)
  attachment_matches as (
    select rowid, row_number() over () as position from (
      select rowid from attachment_search where attachment_search match ward_match(:q)
      order by rank limit {RESULTS})
  )
select id, title, published_at, ward_name, province, snippet, canonical_url, matched_in from (
  select a.id as id, a.title, a.published_at, a.ward_name, a.province,
    ward_snippet(coalesce(a.lead || char(10), '') || a.body_text, :q) as snippet,
    a.canonical_url, 'article' as matched_in, 0 as tier, r.score as score, r.sort_key as sort_key
  from ranked r join articles a on a.rowid = r.rowid
  union all
  select a.id, a.title, a.published_at, a.ward_name, a.province, ward_snippet(t.text, :q),
    a.canonical_url, 'attachment: ' || t.url, 1, -min(found.position), a.sort_key
  from attachment_matches found
  join attachment_texts t on t.id = found.rowid
  join attachments f on f.url = t.url
  join articles a on a.canonical_url = f.article_url
  where a.rowid not in (select rowid from ranked){FILTERS}
  group by a.rowid)
order by tier, score desc, sort_key desc
limit {RESULTS}"""

FILTER_PARAMETERS = ("province", "ward", "unit", "date_from", "date_to")

# The baseline the judged set compares with: plain BM25 on the folded index.
BM25_SQL = """select a.canonical_url from article_search join articles a on a.rowid = article_search.rowid
where article_search match ward_match(:q) order by bm25(article_search), a.rowid desc limit :limit"""


def register_functions(conn: sqlite3.Connection) -> None:
    """The SQL functions RANKED_SQL needs beside search.register_functions."""
    conn.create_function("ward_rank", 4, score, deterministic=True)
    conn.create_function("ward_title_match", 1, title_match_expression, deterministic=True)
    conn.create_function("ward_phrase_match", 1, phrase_match_expression, deterministic=True)


def ranked_search(conn: sqlite3.Connection, query: str, limit: int = RESULTS, **filters: str) -> list[dict]:
    """The ranked matches of `query` (at most RESULTS), best first, as rows of
    RANKED_SQL (id, title, published_at, ward_name, province, snippet,
    canonical_url, matched_in: `article` or `attachment: <file URL>`). `filters`: any of FILTER_PARAMETERS (dates as YYYY-MM-DD)."""
    unknown = set(filters) - set(FILTER_PARAMETERS)
    if unknown:
        raise ValueError(f"unknown search filter(s): {', '.join(sorted(unknown))}")
    parameters = {"q": query, **{name: filters.get(name) or "" for name in FILTER_PARAMETERS}}
    cursor = conn.execute(RANKED_SQL, parameters)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchmany(limit)]


def bm25_search(conn: sqlite3.Connection, query: str, limit: int = 10) -> list[str]:
    """Canonical URLs in the order of plain BM25 on the folded index (the baseline)."""
    return [row[0] for row in conn.execute(BM25_SQL, {"q": query, "limit": limit})]

