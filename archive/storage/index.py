"""What the archive already holds, read once at the start of a crawl."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from ward_scraper.extract import fields


@dataclass(frozen=True)
class KnownArticle:
    canonical_url: str
    url: str
    portal: str
    removed_at: str | None
    etag: str | None
    last_modified: str | None


_KNOWN = ("SELECT a.canonical_url, a.url, a.portal, a.removed_at, c.etag, c.last_modified "
          "FROM articles a LEFT JOIN captures c ON c.id = a.capture_id ")
# SQLite allows 32,766 parameters; a listing page brings a few dozen links.
LOOKUP_BATCH = 500


def archived_articles(conn: sqlite3.Connection, portal: str, keys: list[str], urls: list[str]) -> list[KnownArticle]:
    """The portal's archived articles whose canonical URL is one of `keys` or
    whose fetched URL is one of `urls` (two index lookups per value: the
    crawl asks per listing page, never for everything)."""
    found: dict[str, KnownArticle] = {}
    for start in range(0, max(len(keys), len(urls)), LOOKUP_BATCH):
        key_batch, url_batch = keys[start:start + LOOKUP_BATCH], urls[start:start + LOOKUP_BATCH]
        rows = conn.execute(lookup_sql(len(key_batch), len(url_batch)), [*key_batch, *url_batch, portal])
        found.update((row[0], KnownArticle(*row)) for row in rows)
    return list(found.values())


def lookup_sql(keys: int, urls: int) -> str:
    """`+a.portal` keeps SQLite off the portal index, which would read every
    article of the portal: the canonical URL and URL indexes find the rows."""
    return (_KNOWN + f"WHERE (a.canonical_url IN ({','.join('?' * keys)}) "
            f"OR a.url IN ({','.join('?' * urls)})) AND +a.portal = ?")


def portal_articles(conn: sqlite3.Connection, portal_slugs: list[str]):
    """Every archived article of the given portals, streamed (a full pass
    re-checks them all; they are never all in memory at once)."""
    marks = ",".join("?" * len(portal_slugs))
    for row in conn.execute(_KNOWN + f"WHERE a.portal IN ({marks}) ORDER BY a.portal, a.canonical_url",
                            portal_slugs):
        yield KnownArticle(*row)


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


# ---- linked files (images, attachments, stylesheets) ---------------------------

# A file whose fetch met passing trouble (no answer, 5xx, 429) or a robots.txt
# refusal (its rules may change) is asked for again by the next crawl; every
# other outcome is final until a full pass re-checks it.
_RETRY_LATER = ("(fetch_status = 'blocked_by_robots' OR (fetch_status = 'error' "
                "AND (http_status IS NULL OR http_status >= 500 OR http_status = 429)))")


@dataclass(frozen=True)
class KnownFile:
    url: str
    etag: str | None
    last_modified: str | None


def _file_tables() -> list[tuple[str, str]]:
    """(table, its URL column) of the ROWS fields whose files the crawl fetches."""
    return [(f.name, fields.link_part(f)) for f in fields.ROWS if f.capture_parts]


def known_files(conn: sqlite3.Connection) -> dict[str, KnownFile]:
    """url -> KnownFile of every file a crawl need not fetch again: those with
    a 200 capture (with its validators, for a full pass's conditional
    request; article pages left out) and those whose fetch ended for good."""
    known = {row[0]: KnownFile(*row) for row in conn.execute(
        "SELECT c.url, c.etag, c.last_modified FROM captures c "
        "WHERE c.id IN (SELECT max(id) FROM captures WHERE status = 200 GROUP BY url) "
        "AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.url = c.url)")}
    for table, link in _file_tables():
        for (url,) in conn.execute(f"SELECT DISTINCT {link} FROM [{table}] "
                                   f"WHERE fetch_status IS NOT NULL AND NOT {_RETRY_LATER}"):
            known.setdefault(url, KnownFile(url, None, None))
    return known


@dataclass(frozen=True)
class UnfetchedFile:
    url: str
    role: str      # the table that links it: images or attachments
    portal: str


def unfetched_files(conn: sqlite3.Connection, portal_slugs: list[str],
                    recheck: bool = False) -> list[UnfetchedFile]:
    """Files the articles of these portals link that no crawl has fetched
    (archived before files were fetched) or that are due another try; with
    `recheck` (a full pass), every file they link."""
    marks = ",".join("?" * len(portal_slugs))
    due = "1" if recheck else f"(fetch_status IS NULL OR {_RETRY_LATER})"
    found: dict[str, UnfetchedFile] = {}
    for table, link in _file_tables():
        # (fetch_status and http_status are the file table's own: articles has neither)
        rows = conn.execute(
            f"SELECT DISTINCT f.{link}, a.portal FROM [{table}] f "
            "JOIN articles a ON a.canonical_url = f.article_url "
            f"WHERE a.portal IN ({marks}) AND {due} "
            f"ORDER BY f.{link}", portal_slugs)
        for url, portal in rows:
            found.setdefault(url, UnfetchedFile(url, table, portal))
    return list(found.values())
