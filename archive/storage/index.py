"""What the archive already holds, read once at the start of a crawl."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class KnownArticle:
    canonical_url: str
    url: str
    portal: str
    removed_at: str | None
    etag: str | None
    last_modified: str | None


def known_articles(conn: sqlite3.Connection, portal_slugs: list[str]) -> dict[str, KnownArticle]:
    """canonical URL -> KnownArticle for the given portals."""
    marks = ",".join("?" * len(portal_slugs))
    rows = conn.execute(
        "SELECT a.canonical_url, a.url, a.portal, a.removed_at, c.etag, c.last_modified "
        "FROM articles a LEFT JOIN captures c ON c.id = a.capture_id "
        f"WHERE a.portal IN ({marks})", portal_slugs)
    return {row[0]: KnownArticle(*row) for row in rows}


def completed_sections(conn: sqlite3.Connection) -> set[str]:
    """Listing URLs whose pagination has been followed to the end once."""
    return {row[0] for row in conn.execute("SELECT listing_url FROM sections WHERE completed_at IS NOT NULL")}


@dataclass(frozen=True)
class FailedUrl:
    """An article URL that failed and was never archived, with its retry
    budget (the `failed_urls` row; the rule is in docs/schema.md)."""
    url: str
    portal: str
    section: str | None
    attempts: int
    next_attempt_at: str
    gave_up_at: str | None
    unlinked_at: str | None

    def may_retry(self, now: str) -> bool:
        """Within its budget and past its backoff (times are ISO 8601 UTC,
        so they compare as strings)."""
        return self.gave_up_at is None and self.next_attempt_at <= now


def failed_urls(conn: sqlite3.Connection, portal_slugs: list[str]) -> dict[str, FailedUrl]:
    """url -> FailedUrl of the given portals' failed, never-archived article URLs."""
    marks = ",".join("?" * len(portal_slugs))
    rows = conn.execute(
        "SELECT f.url, f.portal, f.section, f.attempts, f.next_attempt_at, f.gave_up_at, f.unlinked_at "
        f"FROM failed_urls f WHERE f.portal IN ({marks}) "
        "AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.canonical_url = f.url) "
        "ORDER BY f.portal, f.url", portal_slugs)
    return {row[0]: FailedUrl(*row) for row in rows}
