"""Datasette plugin: Vietnamese-aware search (archive/search.py) in Datasette.

* SQL functions on every connection: `ward_match(q)` (a user query as a safe
  FTS5 expression for `article_search`), `ward_snippet(text, q)` and
  `ward_contains(text, q)`; the canned queries in metadata.yml use them. They
  keep Datasette's SQL time limit, and on a public copy (an immutable
  database) a statement's result is bounded too (storage/serving.py).
* The table search box (`?_search=`) goes through the same rewriting, and
  is fast at scale: on `articles` the request's `_search` becomes
  `_ward_search`, which `filters_from_request` turns into one of
  storage/table_search.py's clauses (Datasette's own clause collects every
  match before the first row: seconds for a common word on a million
  articles). The box keeps showing what was typed. Elsewhere (another
  table, `_searchmode=raw`) Datasette's search stays, with `escape_fts`
  replaced by `ward_match`.
* The `snippet` column renders as HTML, reduced to text and <mark>; in CSV
  it is plain text, and `?_bom=1` makes any CSV open right in Excel (ward_csv.py).
* `ward_rank` and the candidate expressions of the ranked `search` query
  (storage/ranking.py).
"""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode

import nh3
from datasette import hookimpl
from datasette.filters import FilterArguments
from markupsafe import Markup

from ward_archive.storage import ranking, serving, table_search
from ward_archive.storage.search import match_expression
from ward_datasette.plugins.ward_csv import excel_friendly_csv

# The table whose search this plugin answers itself, and the parameter it
# moves the typed search to (Datasette answers `_search` on its own).
SEARCHED_TABLE = "articles"
OUR_SEARCH = "_" + table_search.PARAMETER
_TABLE_PAGE = re.compile(r"^/(?P<database>[^/]+)/" + SEARCHED_TABLE + r"(\.json|\.csv)?$")


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
def asgi_wrapper(datasette):
    """The table search through our clauses; CSV for Excel (`?_bom=1`) and
    plain-text snippets in CSV (ward_csv.py)."""
    return lambda app: excel_friendly_csv(search_through_our_clause(app, datasette))


# A search page suggests no facets: the suggestions try every column (2 s for
# 5,000 matches on a million articles, and a suggestion's count over many
# matches fails the page). A search with many matches also leaves out the
# total and the facets, which would read every match (each into a time limit).
SEARCH_ARGS = ("_nosuggest",)
WHOLE_RESULT_ARGS = ("_nocount", "_nofacet")
DENSE = "ward_search_dense"  # the scope key that hands the verdict to filters_from_request


def search_through_our_clause(app, datasette):
    """`/<db>/articles?_search=X` becomes `?_ward_search=X` (a new search
    replaces the one a page link carried); raw FTS5 searches stay Datasette's.
    It also gets SEARCH_ARGS, and WHOLE_RESULT_ARGS when it has many matches."""
    async def wrapped(scope, receive, send):
        page = _TABLE_PAGE.match(scope.get("path", "")) if scope["type"] == "http" else None
        if page:
            args = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
            names = {name for name, _ in args}
            if dict(args).get("_searchmode") != "raw" and (names & {"_search", OUR_SEARCH}):
                if "_search" in names:
                    args = [(OUR_SEARCH if name == "_search" else name, value) for name, value in args
                            if name != OUR_SEARCH]
                dense = await _is_dense(datasette, page.group("database"), dict(args)[OUR_SEARCH])
                added = SEARCH_ARGS + (WHOLE_RESULT_ARGS if dense else ())
                args += [(name, "1") for name in added if name not in names]
                scope = {**scope, "query_string": urlencode(args).encode("latin-1"), DENSE: dense}
        return await app(scope, receive, send)
    return wrapped


async def _is_dense(datasette, route: str, query: str) -> bool | None:
    """True when the search has many matches (storage/table_search.py); None
    when it cannot be told here (an unknown database, an over-long query):
    Datasette then answers the request and reports what is wrong."""
    try:
        db = datasette.get_database(route=route)
        return (await db.execute(table_search.IS_DENSE_SQL, {"q": query})).first() is not None
    except Exception:  # noqa: BLE001 - reported by Datasette's own handling of the same request
        return None


@hookimpl
def filters_from_request(request, database, table, datasette):
    """The where clause of `_ward_search`: by collecting the matches when
    they are few, by asking the index article by article when they are many
    (storage/table_search.py)."""
    query = request.args.get(OUR_SEARCH)
    if table != SEARCHED_TABLE or query is None:
        return None

    async def inner():
        dense = request.scope.get(DENSE)
        if dense is None:
            db = datasette.get_database(database)
            dense = (await db.execute(table_search.IS_DENSE_SQL, {"q": query})).first() is not None
        described = f'search matches "{query}"' + (
            f" (more than {table_search.DENSE_MATCHES:,} articles: no total, no facets)" if dense else "")
        return FilterArguments([table_search.clause(dense)], {table_search.PARAMETER: query},
                               [described], {"search": query, "supports_search": True})
    return inner


@hookimpl
def render_cell(value, column):
    """Any query may name a column `snippet`, so the value is not trusted as
    HTML: nh3 keeps only text and <mark>, which is all ward_snippet writes."""
    if column == "snippet" and isinstance(value, str):
        return Markup(nh3.clean(value, tags={"mark"}, attributes={}))
    return None
