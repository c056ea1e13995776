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

from ward_archive.storage.search import index_is_current, rebuild_index

SCHEMA_VERSION = 2  # 2: article_search and the canned-query indexes

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

CREATE TABLE IF NOT EXISTS articles (
    canonical_url TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    portal TEXT NOT NULL REFERENCES portals(slug),
    ward_code TEXT,
    ward_name TEXT,
    province TEXT,
    platform TEXT,
    title TEXT NOT NULL,
    published_at TEXT,
    year INTEGER,
    lead TEXT,
    body_text TEXT NOT NULL,
    body_html TEXT NOT NULL,
    authors TEXT NOT NULL DEFAULT '[]',
    source_unit TEXT,
    credit_line TEXT,
    category TEXT,
    image_count INTEGER NOT NULL DEFAULT 0,
    attachment_count INTEGER NOT NULL DEFAULT 0,
    first_fetched_at TEXT NOT NULL,
    fetched_at TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    content_hash TEXT NOT NULL,
    -- Unique sort key: newest first without ties (see docs/schema.md).
    sort_key TEXT NOT NULL UNIQUE,
    capture_id INTEGER REFERENCES captures(id),
    missing_checks INTEGER NOT NULL DEFAULT 0,
    removed_at TEXT,
    removed_capture_id INTEGER REFERENCES captures(id)
);
CREATE INDEX IF NOT EXISTS articles_portal ON articles(portal);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published_at);
CREATE INDEX IF NOT EXISTS articles_province ON articles(province);
CREATE INDEX IF NOT EXISTS articles_year ON articles(year);
CREATE INDEX IF NOT EXISTS articles_source_unit ON articles(source_unit);

CREATE TABLE IF NOT EXISTS article_versions (
    canonical_url TEXT NOT NULL REFERENCES articles(canonical_url),
    version INTEGER NOT NULL,
    fetched_at TEXT NOT NULL,
    superseded_at TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    url TEXT NOT NULL,
    title TEXT NOT NULL,
    published_at TEXT,
    lead TEXT,
    body_text TEXT NOT NULL,
    body_html TEXT NOT NULL,
    authors TEXT NOT NULL,
    source_unit TEXT,
    credit_line TEXT,
    category TEXT,
    images TEXT NOT NULL,
    attachments TEXT NOT NULL,
    capture_id INTEGER REFERENCES captures(id),
    PRIMARY KEY (canonical_url, version)
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

CREATE TABLE IF NOT EXISTS images (
    article_url TEXT NOT NULL REFERENCES articles(canonical_url),
    position INTEGER NOT NULL,
    src TEXT NOT NULL,
    caption TEXT,
    PRIMARY KEY (article_url, position)
);

CREATE TABLE IF NOT EXISTS attachments (
    article_url TEXT NOT NULL REFERENCES articles(canonical_url),
    position INTEGER NOT NULL,
    url TEXT NOT NULL,
    title TEXT,
    PRIMARY KEY (article_url, position)
);

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

FTS = """
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    title, lead, body_text,
    content=[articles], content_rowid=rowid,
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS articles_fts_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, lead, body_text)
    VALUES (new.rowid, new.title, new.lead, new.body_text);
END;
CREATE TRIGGER IF NOT EXISTS articles_fts_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, lead, body_text)
    VALUES ('delete', old.rowid, old.title, old.lead, old.body_text);
END;
CREATE TRIGGER IF NOT EXISTS articles_fts_au AFTER UPDATE OF title, lead, body_text ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, lead, body_text)
    VALUES ('delete', old.rowid, old.title, old.lead, old.body_text);
    INSERT INTO articles_fts (rowid, title, lead, body_text)
    VALUES (new.rowid, new.title, new.lead, new.body_text);
END;
"""

# Folded copies of title, lead and body with abbreviation aliases
# (archive/search.py), keyed on articles.rowid. A plain FTS5 table, not
# external content: it keeps the exact text it indexed, so a later change to
# the folding or the abbreviation table cannot corrupt deletes.
# article_search_state records the abbreviation table the index was built with.
SEARCH = """
CREATE VIRTUAL TABLE IF NOT EXISTS article_search USING fts5(
    title, lead, body,
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


def connect(path: str) -> sqlite3.Connection:
    """Open (creating if needed) an archive database in WAL mode."""
    conn = sqlite3.connect(path, timeout=30)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=ON")
    ensure_schema(conn)
    return conn


def ensure_schema(conn: sqlite3.Connection) -> None:
    found_version = conn.execute("PRAGMA user_version").fetchone()[0]
    with conn:
        conn.executescript(TABLES + FTS + SEARCH)
        # An archive from before article_search, or an edited abbreviation
        # table: (re)fill the index once.
        if found_version < 2 or not index_is_current(conn):
            rebuild_index(conn)
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
