"""The table search (`/archive/articles?_search=`) at scale.

Datasette writes a search as `rowid in (select rowid from article_search
where article_search match ...)` and orders by sort_key: SQLite first
collects every match, so a word in most of a million articles costs 1-3 s
before the first row. The plugin (datasette/plugins/ward_search.py) puts
one of two clauses in its place, both giving exactly the same rows:

* few matches (under DENSE_MATCHES): collect them, as Datasette does; it is cheap;
* many: walk the articles in the page's order and ask the index about each
  (`MATCH_BY_PROBE`, one seek per article): with many matches the page
  fills after a few hundred articles.

`IS_DENSE_SQL` tells the two apart by asking for the DENSE_MATCHES-th
newest match, which reads that many index entries at most.
docs/search.md has the measurements.
"""
from __future__ import annotations

# Measured on the million-article bench archive (docs/search.md): collecting
# 20,000 matches takes ~15 ms; at that density (2%) a page of 50 needs
# ~2,500 seeks (~30 ms).
DENSE_MATCHES = 20_000
PARAMETER = "ward_search"

IS_DENSE_SQL = f"""select rowid from article_search where article_search match ward_match(:q)
order by rowid desc limit 1 offset {DENSE_MATCHES - 1}"""

MATCH_BY_SET = (f"rowid in (select rowid from article_search "
                f"where article_search match ward_match(:{PARAMETER}))")
MATCH_BY_PROBE = (f"exists (select 1 from article_search where article_search match ward_match(:{PARAMETER}) "
                  f"and article_search.rowid = articles.rowid)")


def clause(dense: bool) -> str:
    """The where clause for a search with many matches (`dense`) or few."""
    return MATCH_BY_PROBE if dense else MATCH_BY_SET
