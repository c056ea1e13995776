"""The suppression log and the public copy, as stored (archive/publish.py
has the rules and commands; docs/publishing.md explains them).

A suppression hides a whole article, or blanks some of its fields, in
everything that leaves the machine. Which fields can be blanked, and which
columns and tables hold them, comes from the field registry.
"""
from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

from ward_scraper.extract import fields
from ward_scraper.util.urls import canonicalize

from ward_archive.storage import doctexts, officials
from ward_archive.storage.schema import SchemaError, check_version, migrate
from ward_archive.storage.search import rebuild_index

SUPPRESSIONS_DDL = """
CREATE TABLE IF NOT EXISTS suppressions (
    id INTEGER PRIMARY KEY,
    canonical_url TEXT NOT NULL,
    fields TEXT,
    reason TEXT NOT NULL,
    suppressed_by TEXT NOT NULL,
    suppressed_at TEXT NOT NULL,
    lifted_at TEXT,
    lifted_by TEXT,
    lift_reason TEXT
);
CREATE INDEX IF NOT EXISTS suppressions_url ON suppressions(canonical_url);
"""

# Redactable field -> the `articles` columns that hold it (the body is stored
# twice, as text and sanitised HTML: redacting it blanks both; a ROWS field
# has no column: its rows are deleted).
REDACTABLE = {f.name: fields.redacted_columns(f) for f in fields.REDACTABLE}
# ROWS field -> (its table, the `articles` column counting its rows)
CHILD_TABLES = {f.name: (f.name, fields.count_column(f)) for f in fields.ROWS}
JSON_LIST_COLUMNS = fields.names(fields.JSON_LISTS)

# The suppression log names staff and says why something was hidden, which
# may itself reveal what was hidden: it never leaves the machine.
PRIVATE_TABLES = ("suppressions",)


# ---- the log -----------------------------------------------------------------

def open_log(db_path: str) -> sqlite3.Connection:
    """A writing connection to an existing archive, migrated first (a
    suppression is a write)."""
    if not Path(db_path).exists():
        raise SchemaError(f"{db_path} does not exist")
    migrate(db_path)
    conn = sqlite3.connect(db_path, timeout=30)
    conn.execute("PRAGMA journal_mode=WAL")
    ensure_suppressions(conn)
    return conn


def ensure_suppressions(conn: sqlite3.Connection) -> None:
    with conn:
        conn.executescript(SUPPRESSIONS_DDL)


def resolve_article(conn: sqlite3.Connection, url: str) -> str | None:
    """The canonical URL of the archived article that `url` names: its
    canonical URL, any URL form of it, or a URL it was once fetched from."""
    row = conn.execute("SELECT canonical_url FROM articles WHERE canonical_url IN (?, ?) OR url = ? LIMIT 1",
                       (url, canonicalize(url), url)).fetchone()
    if row is None:
        row = conn.execute("SELECT canonical_url FROM article_versions WHERE url = ? LIMIT 1", (url,)).fetchone()
    return row[0] if row else None


def log_suppression(conn: sqlite3.Connection, row: dict) -> int:
    """Insert a suppression row (canonical_url, fields, reason, suppressed_by, suppressed_at)."""
    ensure_suppressions(conn)
    with conn:
        return conn.execute("INSERT INTO suppressions (canonical_url, fields, reason, suppressed_by, "
                            "suppressed_at) VALUES (:canonical_url, :fields, :reason, :suppressed_by, "
                            ":suppressed_at)", row).lastrowid


def active_suppression_ids(conn: sqlite3.Connection, key: str) -> list[int]:
    ensure_suppressions(conn)
    return [row[0] for row in conn.execute(
        "SELECT id FROM suppressions WHERE canonical_url = ? AND lifted_at IS NULL ORDER BY id", (key,))]


def log_lifting(conn: sqlite3.Connection, ids: list[int], at: str, by: str, reason: str) -> None:
    with conn:
        conn.executemany("UPDATE suppressions SET lifted_at = ?, lifted_by = ?, lift_reason = ? WHERE id = ?",
                         [(at, by, reason, id_) for id_ in ids])


def active_suppressions(conn: sqlite3.Connection) -> dict[str, frozenset[str] | None]:
    """canonical URL -> the redacted fields, or None when the whole article
    is hidden (a whole-article suppression outranks any redaction)."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'suppressions'").fetchone():
        return {}
    hidden: dict[str, frozenset[str] | None] = {}
    for key, names in conn.execute("SELECT canonical_url, fields FROM suppressions WHERE lifted_at IS NULL"):
        if names is None or hidden.get(key, frozenset()) is None:
            hidden[key] = None
        else:
            hidden[key] = hidden.get(key, frozenset()) | frozenset(json.loads(names))
    return hidden


# ---- the public copy -----------------------------------------------------------

def write_public_copy(db_path: str, target: Path) -> tuple[int, int]:
    """Write `target`: a snapshot of the archive with suppressed articles
    deleted, redacted fields blanked, the log dropped, every full-text index
    rebuilt and the file vacuumed. Returns (articles removed, articles redacted)."""
    snapshot(db_path, target)
    conn = sqlite3.connect(target)
    try:
        # Deleted rows must not linger in free pages of a file that is published.
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("PRAGMA secure_delete=ON")
        hidden = active_suppressions(conn)
        with conn:
            removed = remove_articles(conn, [key for key, names in hidden.items() if names is None])
            redacted = redact_articles(conn, {key: names for key, names in hidden.items() if names})
            doctexts.forget_unlinked_texts(conn)
            for table in PRIVATE_TABLES:
                conn.execute(f"DROP TABLE IF EXISTS [{table}]")
            if table_columns(conn, "article_search"):
                # Folded copies of the text, written by Python rather than by
                # triggers: refill them from the scrubbed articles.
                rebuild_index(conn)
            rebuild_full_text_indexes(conn)
        conn.execute("VACUUM")
    finally:
        conn.close()
    return removed, redacted


def snapshot(db_path: str, target: Path) -> None:
    """A consistent, self-contained copy of a live WAL-mode archive.

    The checkpoint moves committed rows from the WAL into the main file (and
    empties the WAL), so that even the archive itself could be opened
    immutable. While a crawl or a reader is busy it gives up after a second,
    reporting "busy"; the copy is complete all the same, because VACUUM INTO
    reads through this connection, which sees the WAL."""
    source = sqlite3.connect(db_path, timeout=30)
    try:
        check_version(source, db_path)
        source.execute("PRAGMA busy_timeout = 1000")
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        source.execute("PRAGMA busy_timeout = 30000")
        source.execute("VACUUM INTO ?", (str(target),))
    finally:
        source.close()


def article_tables(conn: sqlite3.Connection) -> dict[str, str]:
    """Every table holding per-article rows -> the column naming the article
    (images, attachments, article_versions, search tables added later, ...).
    External-content full-text tables are left out: they are rebuilt."""
    found = {}
    for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                                  "AND name NOT LIKE 'sqlite_%' ORDER BY name"):
        if is_full_text(sql) and fts_content(sql) is not None:
            continue
        columns = table_columns(conn, name)
        for column in ("canonical_url", "article_url"):
            if column in columns:
                found[name] = column
                break
    return found


def remove_articles(conn: sqlite3.Connection, keys: list[str]) -> int:
    """Delete whole articles with every row that refers to them, including
    raw captures and crawl errors whose URL is one of the article's."""
    if not keys:
        return 0
    urls, capture_ids = set(keys), set()
    for key in keys:
        for url, capture_id, removed_capture_id in conn.execute(
                "SELECT url, capture_id, removed_capture_id FROM articles WHERE canonical_url = ?", (key,)):
            urls.add(url)
            capture_ids |= {capture_id, removed_capture_id}
        for url, capture_id in conn.execute(
                "SELECT url, capture_id FROM article_versions WHERE canonical_url = ?", (key,)):
            urls.add(url)
            capture_ids.add(capture_id)
    tables = article_tables(conn)
    for table, column in tables.items():
        conn.executemany(f"DELETE FROM [{table}] WHERE [{column}] = ?", [(key,) for key in keys])
    # Bookkeeping rows (captures, crawl_errors) stay public, except those
    # whose URL would still name the article: a slug often carries the title.
    conn.executemany("DELETE FROM captures WHERE id = ?", [(id_,) for id_ in capture_ids if id_ is not None])
    for table in tables_with_column(conn, "url"):
        if table not in tables:
            conn.executemany(f"DELETE FROM [{table}] WHERE url = ?", [(url,) for url in sorted(urls)])
    return len(keys)


def redact_articles(conn: sqlite3.Connection, redactions: dict[str, frozenset[str]]) -> int:
    """Blank the redacted fields wherever the article's rows hold them."""
    tables = article_tables(conn)
    for key, fields in redactions.items():
        columns = [column for field in sorted(fields) for column in REDACTABLE[field]]
        for table, key_column in tables.items():
            info = table_columns(conn, table)
            for column in (c for c in columns if c in info):
                conn.execute(f"UPDATE [{table}] SET [{column}] = ? WHERE [{key_column}] = ?",
                             (blank_value(column, info[column]), key))
        for field in fields & CHILD_TABLES.keys():
            child, count_column = CHILD_TABLES[field]
            conn.execute(f"DELETE FROM [{child}] WHERE article_url = ?", (key,))
            conn.execute(f"UPDATE articles SET [{count_column}] = 0 WHERE canonical_url = ?", (key,))
            conn.execute(f"UPDATE article_versions SET [{field}] = '[]' WHERE canonical_url = ?", (key,))
        doctexts.forget_redacted_citations(conn, key, fields)
    officials.drop_redacted(conn, redactions)   # mentions quote the redacted text
    return len(redactions)


def blank_value(column: str, not_null: bool) -> str | None:
    """What a redacted cell holds: an empty JSON list for a list (authors),
    an empty string where the schema forbids NULL, else NULL."""
    if column in JSON_LIST_COLUMNS:
        return "[]"
    return "" if not_null else None


def rebuild_full_text_indexes(conn: sqlite3.Connection) -> None:
    """Rebuild every FTS index from its content. Triggers keep an index in
    sync, but FTS 'delete' only adds tombstones: the words of a deleted row
    stay in older index segments until a rebuild."""
    for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall():
        if is_full_text(sql) and fts_content(sql) != "":  # a contentless index has nothing to rebuild from
            conn.execute(f"INSERT INTO [{name}]([{name}]) VALUES ('rebuild')")


def is_full_text(sql: str | None) -> bool:
    return bool(sql) and " using fts" in " ".join(sql.lower().split())


_CONTENT_OPTION = re.compile(r"""\bcontent\s*=\s*(?:'([^']*)'|"([^"]*)"|\[([^\]]*)\]|(\w+))""", re.IGNORECASE)


def fts_content(sql: str) -> str | None:
    """The `content=` option of a full-text table: the external content
    table, '' for a contentless index, None when the index keeps its own."""
    match = _CONTENT_OPTION.search(sql)
    return None if match is None else next(group for group in match.groups() if group is not None)


def table_columns(conn: sqlite3.Connection, table: str) -> dict[str, bool]:
    """column name -> NOT NULL?"""
    return {row[1]: bool(row[3]) for row in conn.execute(f"PRAGMA table_info([{table}])")}


def tables_with_column(conn: sqlite3.Connection, column: str) -> list[str]:
    names = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                            "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return [name for name in names if column in table_columns(conn, name)]


