"""What the archive already holds, read once at the start of a crawl."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class KnownArticle:
    canonical_url: str
    url: str
    portal: str
    removed_at: str | None
    etag: str | None
    last_modified: str | None


def known_articles(db_path: str, portal_slugs: list[str]) -> dict[str, KnownArticle]:
    """canonical URL -> KnownArticle for the given portals ({} for a new archive)."""
    if not Path(db_path).exists() or not portal_slugs:
        return {}
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'articles'").fetchone():
            return {}
        marks = ",".join("?" * len(portal_slugs))
        rows = conn.execute(
            "SELECT a.canonical_url, a.url, a.portal, a.removed_at, c.etag, c.last_modified "
            "FROM articles a LEFT JOIN captures c ON c.id = a.capture_id "
            f"WHERE a.portal IN ({marks})", portal_slugs)
        return {row[0]: KnownArticle(*row) for row in rows}
    finally:
        conn.close()


def completed_sections(db_path: str) -> set[str]:
    """Listing URLs whose pagination has been followed to the end once."""
    if not Path(db_path).exists():
        return set()
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sections'").fetchone():
            return set()
        return {row[0] for row in conn.execute("SELECT listing_url FROM sections WHERE completed_at IS NOT NULL")}
    finally:
        conn.close()


def unfinished_articles(db_path: str, portal_slugs: list[str]) -> list[tuple[str, str]]:
    """(portal, url) of article pages that failed in earlier crawls and were
    never archived since: a crawl retries them first, whatever its mode."""
    if not Path(db_path).exists() or not portal_slugs:
        return []
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'crawl_errors'").fetchone():
            return []
        marks = ",".join("?" * len(portal_slugs))
        return conn.execute(
            "SELECT DISTINCT e.portal, e.url FROM crawl_errors e "
            f"WHERE e.target = 'article' AND e.portal IN ({marks}) "
            "AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.url = e.url OR a.canonical_url = e.url) "
            "ORDER BY e.portal, e.url", portal_slugs).fetchall()
    finally:
        conn.close()
