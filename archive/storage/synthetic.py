"""Articles written straight into an archive, without a crawl: the search
evaluation's archive (ward_archive.search_eval) and the benchmark's million
articles (bench/search_scale.py). The real schema, the real indexes."""
from __future__ import annotations

import sqlite3

from ward_archive.storage.search import rebuild_index
from ward_archive.storage.store import sort_key

# The columns a synthetic article fills; the others keep their defaults.
COLUMNS = ("canonical_url", "url", "portal", "ward_name", "province", "platform", "title", "published_at",
           "year", "lead", "body_text", "body_html", "source_unit", "first_fetched_at", "fetched_at",
           "changed_at", "content_hash", "sort_key")
_INSERT = f"INSERT INTO articles ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
ARCHIVED_AT = "2026-01-01T00:00:00Z"


def add_portal(conn: sqlite3.Connection, slug: str, ward_name: str, province: str) -> None:
    with conn:
        conn.execute("INSERT OR IGNORE INTO portals (slug, ward_name, ward_code, province, platform, base_url, "
                     "listing_paths, first_seen_at) VALUES (?, ?, '', ?, 'generic', 'http://127.0.0.1/', '/', ?)",
                     (slug, ward_name, province, ARCHIVED_AT))


def article_row(url: str, portal: str, ward_name: str, province: str, title: str, published_at: str | None,
                lead: str | None, body: str, source_unit: str | None = None) -> tuple:
    """One row of COLUMNS."""
    year = int(published_at[:4]) if published_at else None
    return (url, url, portal, ward_name, province, "generic", title, published_at, year, lead, body, "",
            source_unit, ARCHIVED_AT, ARCHIVED_AT, ARCHIVED_AT, url, sort_key(published_at, url))


def insert_articles(conn: sqlite3.Connection, rows: list[tuple]) -> None:
    """Insert rows of COLUMNS in one transaction (the search index: `index_all`)."""
    with conn:
        conn.executemany(_INSERT, rows)


def index_all(conn: sqlite3.Connection) -> None:
    """Fill both full-text indexes once, after a bulk load."""
    with conn:
        conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')")
        rebuild_index(conn)
