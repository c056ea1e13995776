"""Datasette plugin: Vietnamese-aware search (archive/search.py) in Datasette.

* SQL functions on every connection: `ward_match(q)` (a user query as a safe
  FTS5 expression for `article_search`), `ward_snippet(text, q)` and
  `ward_contains(text, q)`; the canned queries in metadata.yml use them. They
  keep Datasette's SQL time limit, and on a public copy (an immutable
  database) a statement's result is bounded too (storage/serving.py).
* The table search box (`?_search=`) goes through the same rewriting:
  Datasette builds `... MATCH escape_fts(:search)`, so replacing its
  `escape_fts` function is enough, and the box keeps showing what was typed.
* The `snippet` column renders as HTML, reduced to text and <mark>.
"""
from __future__ import annotations

import nh3
from datasette import hookimpl
from markupsafe import Markup

from ward_archive.storage import ranking, serving
from ward_archive.storage.search import match_expression


# trylast: Datasette's own prepare_connection registers escape_fts; ours must
# run after it to replace it.
@hookimpl(trylast=True)
def prepare_connection(conn, database, datasette):
    serving.prepare_connection(conn, datasette.setting("sql_time_limit_ms"), is_public(datasette, database))
    conn.create_function("escape_fts", 1, match_expression, deterministic=True)
    ranking.register_functions(conn)


def is_public(datasette, database: str) -> bool:
    """A public copy is served immutable; the desk serves the archive mutable.
    A database Datasette opens for itself (`_memory`, for /-/versions) gets
    the public bounds too: they cost it nothing."""
    try:
        return not datasette.get_database(database).is_mutable
    except KeyError:
        return True


@hookimpl
def render_cell(value, column):
    """Any query may name a column `snippet`, so the value is not trusted as
    HTML: nh3 keeps only text and <mark>, which is all ward_snippet writes."""
    if column == "snippet" and isinstance(value, str):
        return Markup(nh3.clean(value, tags={"mark"}, attributes={}))
    return None
