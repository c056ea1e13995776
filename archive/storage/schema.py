"""The archive's SQLite schema. A public interface: see docs/schema.md.

Written as plain DDL rather than sqlite-utils `create()` calls because two
details matter and are easy to lose:
  * the FTS5 index uses `unicode61 remove_diacritics 2`; the default
    (`remove_diacritics 1`) leaves letters with two marks (ệ, ồ, ườ) unfolded;
  * the FTS triggers fire only when an indexed column changes (`UPDATE OF`),
    so re-checking an unchanged article never rewrites the index.
Never call sqlite-utils `transform()` on `articles`: it drops these triggers.

`article_search` is the Vietnamese-aware index (docs/search.md): folded text
that only Python can produce, so archive/store.py writes it, not a trigger.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from ward_scraper.extract import fields

from ward_archive.storage import browse, doctexts, officials
from ward_archive.storage.search import SEARCH_COLUMNS, SEARCHED_COLUMNS, index_is_current, rebuild_index
from ward_archive.storage.wards import add_ward_tables, load_wards, wards_are_current

# `PRAGMA user_version` of an archive this code reads and writes. Bump it
# with a new entry in MIGRATIONS whenever the schema changes (docs/schema.md).
SCHEMA_VERSION = 12  # 2: article_search and the canned-query indexes; 3: extraction quality columns; 4: parser_version, version_cause; 5: failed_urls; 6: crawl_runs health counts; 7: captured files; 8: attachment_texts, attachment_search, documents; 9: wards, old_units, ward_succession, coverage views; 10: credits, canonical source units, officials (docs/officials.md); 11: articles_url index (crawl start-up looks articles up by URL); 12: articles.id, the short stable article id (storage/browse.py)
# index name -> the `articles` column it orders (facets and filters).
ARTICLE_INDEXES = {"articles_portal": "portal", "articles_published": "published_at",
                   "articles_province": "province", "articles_year": "year",
                   "articles_source_unit": "source_unit", "articles_source_unit_canonical": "source_unit_canonical"}

# The tables that are not about one article's fields.
TABLES = """
CREATE TABLE IF NOT EXISTS portals (
    slug TEXT PRIMARY KEY,
    ward_name TEXT NOT NULL,
    ward_code TEXT,
    province TEXT NOT NULL,
    platform TEXT NOT NULL,
    base_url TEXT NOT NULL,
    listing_paths TEXT NOT NULL,
    first_seen_at TEXT NOT NULL,
    last_crawled_at TEXT
);

CREATE TABLE IF NOT EXISTS captures (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL,
    status INTEGER NOT NULL,
    record_type TEXT NOT NULL,
    warc_file TEXT NOT NULL,
    warc_offset INTEGER NOT NULL,
    payload_digest TEXT NOT NULL,
    payload_file TEXT NOT NULL,
    payload_offset INTEGER NOT NULL,
    fetched_at TEXT NOT NULL,
    etag TEXT,
    last_modified TEXT
);
CREATE INDEX IF NOT EXISTS captures_url ON captures(url, id);

CREATE TABLE IF NOT EXISTS crawl_runs (
    id INTEGER PRIMARY KEY,
    run_id TEXT NOT NULL,
    portal TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    pages_fetched INTEGER NOT NULL DEFAULT 0,
    articles_new INTEGER NOT NULL DEFAULT 0,
    articles_updated INTEGER NOT NULL DEFAULT 0,
    articles_unchanged INTEGER NOT NULL DEFAULT 0,
    articles_degraded INTEGER NOT NULL DEFAULT 0,
    articles_unreadable INTEGER NOT NULL DEFAULT 0,
    files_captured INTEGER NOT NULL DEFAULT 0,
    files_oversize INTEGER NOT NULL DEFAULT 0,
    files_failed INTEGER NOT NULL DEFAULT 0,
    errors INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'running'
);
CREATE INDEX IF NOT EXISTS crawl_runs_run ON crawl_runs(run_id);

CREATE TABLE IF NOT EXISTS sections (
    listing_url TEXT PRIMARY KEY,
    portal TEXT NOT NULL,
    completed_at TEXT
);

CREATE TABLE IF NOT EXISTS crawl_errors (
    id INTEGER PRIMARY KEY,
    run_id TEXT NOT NULL,
    portal TEXT NOT NULL,
    url TEXT NOT NULL,
    target TEXT NOT NULL DEFAULT 'page',
    kind TEXT NOT NULL,
    message TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS crawl_errors_run ON crawl_errors(run_id);
"""

# ---- the article tables, derived from the field registry ----------------------

def _table(name: str, lines: list[str]) -> str:
    return f"CREATE TABLE IF NOT EXISTS {name} (\n    " + ",\n    ".join(lines) + "\n);\n"


def articles_ddl() -> str:
    return _table("articles", [f.column_sql() for f in fields.COLUMNS]) + "".join(
        f"CREATE INDEX IF NOT EXISTS {name} ON articles({column});\n" for name, column in ARTICLE_INDEXES.items())


def versions_ddl() -> str:
    """Earlier versions: the versioned fields (ROWS fields as JSON lists)
    and when each version was superseded."""
    columns = ["canonical_url TEXT NOT NULL REFERENCES articles(canonical_url)"]
    columns += [f.column_sql(in_versions=True) for f in fields.VERSIONED if f.name != "canonical_url"]
    return _table("article_versions", columns + ["superseded_at TEXT NOT NULL",
                                                  "PRIMARY KEY (canonical_url, version)"])


def rows_ddl() -> str:
    """One table per ROWS field (images, attachments), in page order, with
    the capture of the file each row names (fields.FILE_CAPTURE_PARTS)."""
    return "".join(_table(f.name, ["article_url TEXT NOT NULL REFERENCES articles(canonical_url)",
                                   "position INTEGER NOT NULL",
                                   *(f"{part} {sql}" for part, sql in f.parts + f.capture_parts),
                                   "PRIMARY KEY (article_url, position)"]) for f in fields.ROWS)


def file_indexes_ddl() -> str:
    """A file's capture is recorded on every row that names its URL; a
    payload already captured under another URL becomes a revisit (warc.py)."""
    return "CREATE INDEX IF NOT EXISTS captures_digest ON captures(payload_digest);\n" + "".join(f"CREATE INDEX IF NOT EXISTS {f.name}_link ON [{f.name}]({fields.link_part(f)});\n"
                   for f in fields.ROWS if f.capture_parts)


def fts_ddl() -> str:
    """`articles_fts`: the words as written, kept by triggers that fire only
    when a searchable column changes."""
    columns = ", ".join(SEARCHED_COLUMNS)
    new = ", ".join(f"new.{c}" for c in SEARCHED_COLUMNS)
    old = ", ".join(f"old.{c}" for c in SEARCHED_COLUMNS)
    return f"""
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    {columns},
    content=[articles], content_rowid=rowid,
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS articles_fts_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, {columns}) VALUES (new.rowid, {new});
END;
CREATE TRIGGER IF NOT EXISTS articles_fts_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, {columns}) VALUES ('delete', old.rowid, {old});
END;
CREATE TRIGGER IF NOT EXISTS articles_fts_au AFTER UPDATE OF {columns} ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, {columns}) VALUES ('delete', old.rowid, {old});
    INSERT INTO articles_fts (rowid, {columns}) VALUES (new.rowid, {new});
END;
"""

# Folded copies of title, lead and body with abbreviation aliases
# (archive/search.py), keyed on articles.rowid. A plain FTS5 table, not
# external content: it keeps the exact text it indexed, so a later change to
# the folding or the abbreviation table cannot corrupt deletes.
# article_search_state records the abbreviation table the index was built with.
SEARCH = f"""
CREATE VIRTUAL TABLE IF NOT EXISTS article_search USING fts5(
    {", ".join(SEARCH_COLUMNS)},
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TABLE IF NOT EXISTS article_search_state (abbreviations TEXT NOT NULL);
CREATE TRIGGER IF NOT EXISTS article_search_ad AFTER DELETE ON articles BEGIN
    DELETE FROM article_search WHERE rowid = old.rowid;
END;
-- For the canned queries in datasette/metadata.yml (latest_per_ward,
-- monthly_counts, removed_articles), which would otherwise scan every article.
CREATE INDEX IF NOT EXISTS articles_portal_sort ON articles(portal, sort_key);
CREATE INDEX IF NOT EXISTS articles_province_published ON articles(province, published_at);
CREATE INDEX IF NOT EXISTS articles_removed ON articles(removed_at) WHERE removed_at IS NOT NULL;
"""




# Article URLs that failed and were never archived: each one's retry budget
# across crawls (docs/schema.md, "failed_urls"). The step that adds it fills
# it from the crawl_errors of older crawls, which retried such URLs forever.
FAILED_URLS = """
CREATE TABLE IF NOT EXISTS failed_urls (
    url TEXT PRIMARY KEY,
    portal TEXT NOT NULL,
    section TEXT,
    attempts INTEGER NOT NULL,
    first_failed_at TEXT NOT NULL,
    last_failed_at TEXT NOT NULL,
    next_attempt_at TEXT NOT NULL,
    last_error TEXT NOT NULL,
    gave_up_at TEXT,
    last_linked_at TEXT,
    unlinked_at TEXT
);
CREATE INDEX IF NOT EXISTS failed_urls_portal ON failed_urls(portal);
INSERT OR IGNORE INTO failed_urls (url, portal, attempts, first_failed_at, last_failed_at, next_attempt_at,
                                   last_error)
    SELECT e.url, e.portal, count(DISTINCT e.run_id), min(e.at), max(e.at), max(e.at),
           (SELECT l.kind || ': ' || l.message FROM crawl_errors l
            WHERE l.url = e.url AND l.target = 'article' ORDER BY l.id DESC LIMIT 1)
    FROM crawl_errors e
    WHERE e.target = 'article'
      AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.url = e.url OR a.canonical_url = e.url)
    GROUP BY e.url;
"""


# ---- opening and migrating --------------------------------------------------

class SchemaError(RuntimeError):
    """An archive this code cannot read or write as it is (the message says what to do)."""


def _create_base(conn: sqlite3.Connection) -> None:
    conn.executescript(TABLES + articles_ddl() + versions_ddl() + rows_ddl() + file_indexes_ddl() + fts_ddl())


def _add_search(conn: sqlite3.Connection) -> None:
    conn.executescript(SEARCH)
    rebuild_index(conn)


def _add_quality_columns(conn: sqlite3.Connection) -> None:
    """The extraction chain's verdict and provenance (fields.CHECKED), added
    to the articles of an older archive; a new one has them already."""
    present = {row[1] for row in conn.execute("PRAGMA table_info(articles)")}
    for field in fields.CHECKED:
        if field.name not in present:
            conn.execute(f"ALTER TABLE articles ADD COLUMN {field.column_sql()}")


def _add_provenance_columns(conn: sqlite3.Connection) -> None:
    """Which code read each version and why it was made (fields.PROVENANCE),
    in articles and article_versions; earlier versions were all fetches."""
    for table in ("articles", "article_versions"):
        present = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        for field in fields.PROVENANCE:
            if field.name not in present:
                # With its DEFAULT: ADD COLUMN ... NOT NULL needs one for the existing rows.
                conn.execute(f"ALTER TABLE {table} ADD COLUMN {field.column_sql()}")


def _add_failed_urls(conn: sqlite3.Connection) -> None:
    conn.executescript(FAILED_URLS)


# Added to crawl_runs by schema version 6 (a new archive has them in its DDL).
HEALTH_COLUMNS = ("articles_degraded", "articles_unreadable")


def _add_missing_columns(conn: sqlite3.Connection, table: str, columns: dict[str, str]) -> None:
    """ALTER TABLE ADD COLUMN for each column (name -> SQL) `table` lacks:
    a new archive has them in its DDL already."""
    present = {row[1] for row in conn.execute(f"PRAGMA table_info([{table}])")}
    for name, sql in columns.items():
        if name not in present:
            conn.execute(f"ALTER TABLE [{table}] ADD COLUMN {name} {sql}")


def _add_health_columns(conn: sqlite3.Connection) -> None:
    """Per run and portal: articles stored with a degraded or failed
    extraction, and articles that could not be read at all."""
    _add_missing_columns(conn, "crawl_runs", dict.fromkeys(HEALTH_COLUMNS, "INTEGER NOT NULL DEFAULT 0"))


# Added to crawl_runs by schema version 7 (a new archive has them in its DDL).
FILE_COUNT_COLUMNS = ("files_captured", "files_oversize", "files_failed")


def _add_file_captures(conn: sqlite3.Connection) -> None:
    """The capture of each linked file (images, attachments: fields.FILE_CAPTURE_PARTS,
    NULL until a crawl fetches it) and the per-run file counts."""
    for field in fields.ROWS:
        _add_missing_columns(conn, field.name, dict(field.capture_parts))
    _add_missing_columns(conn, "crawl_runs", dict.fromkeys(FILE_COUNT_COLUMNS, "INTEGER NOT NULL DEFAULT 0"))
    conn.executescript(file_indexes_ddl())


def _add_url_index(conn: sqlite3.Connection) -> None:
    """A crawl looks archived articles up by the URL a listing links
    (storage.index.archived_articles) instead of loading them all at start-up."""
    conn.execute("CREATE INDEX IF NOT EXISTS articles_url ON articles(url)")


# version reached -> the step that reaches it from the version before.
MIGRATIONS = {1: _create_base, 2: _add_search, 3: _add_quality_columns, 4: _add_provenance_columns,
              5: _add_failed_urls, 6: _add_health_columns, 7: _add_file_captures, 8: doctexts.create,
              9: add_ward_tables, 10: officials.migrate_step,
              11: _add_url_index, 12: browse.add_article_ids}


def connect(path: str) -> sqlite3.Connection:
    """Open an archive database in WAL mode (no schema work: see migrate)."""
    conn = sqlite3.connect(path, timeout=30)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(path: str) -> dict:
    """Bring the archive at `path` (created if missing) to SCHEMA_VERSION,
    refill the search index if it was built with another abbreviation table,
    and reload the unit tables if the vendored unit data changed.
    Writers call this first: the crawl's store factory, `ward-archive`
    commands that write, `ward-archive migrate`. Returns what was done."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    conn = connect(path)
    try:
        found = schema_version(conn)
        if found > SCHEMA_VERSION:
            raise SchemaError(f"{path} has schema version {found}, made by a newer ward-archive "
                              f"(this one knows up to {SCHEMA_VERSION})")
        with conn:
            for version in range(found + 1, SCHEMA_VERSION + 1):
                MIGRATIONS[version](conn)
                conn.execute(f"PRAGMA user_version={version}")
            if not wards_are_current(conn):  # the pinned unit data changed since
                load_wards(conn)
            rebuilt = found < 2  # the step to version 2 fills the index
            if not index_is_current(conn):
                rebuild_index(conn)
                doctexts.rebuild_search(conn)
                rebuilt = True
    finally:
        conn.close()
    return {"db": str(path), "from_version": found, "to_version": SCHEMA_VERSION,
            "search_index_rebuilt": rebuilt}


def check_version(conn: sqlite3.Connection, path: str) -> None:
    """Refuse an archive at another schema version, with what to run."""
    found = schema_version(conn)
    if found < SCHEMA_VERSION:
        raise SchemaError(f"{path} has schema version {found}, this ward-archive needs {SCHEMA_VERSION}: "
                          f"run `ward-archive migrate --db {path}`")
    if found > SCHEMA_VERSION:
        raise SchemaError(f"{path} has schema version {found}, made by a newer ward-archive "
                          f"(this one knows up to {SCHEMA_VERSION})")


def check_index(conn: sqlite3.Connection, path: str) -> None:
    """Refuse to write beside a search index built with another abbreviation table."""
    if not index_is_current(conn):
        raise SchemaError(f"{path}: the search index was built with another abbreviation table: "
                          f"run `ward-archive migrate --db {path}`")


def open_reader(path: str) -> sqlite3.Connection:
    """A read-only connection to an existing archive at the current schema version."""
    if not Path(path).exists():
        raise SchemaError(f"{path} does not exist")
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        check_version(conn, path)
    except BaseException:
        conn.close()
        raise
    return conn


def unreadable_archive(exc: Exception) -> tuple[str, bool] | None:
    """(message, busy) when `exc` says the archive file cannot be read (not a
    database, corrupt, locked by another writer); None for any other error.
    The CLI turns it into one line without importing the database driver."""
    if not isinstance(exc, sqlite3.DatabaseError):
        return None
    busy = getattr(exc, "sqlite_errorcode", None) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    return f"the archive cannot be read: {exc}", busy
