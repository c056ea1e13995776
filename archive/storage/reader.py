"""Reading the archive for exports and summaries: read-only, one snapshot.

A `Snapshot` holds one read transaction, so that counts, rows and a
manifest all describe the same state of a live archive.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date

from ward_scraper.extract import fields
from ward_scraper.extract.fields import Shape
from ward_scraper.util.text import match_key

from ward_archive.storage.schema import open_reader
from ward_archive.storage.suppressions import active_suppressions
from ward_archive.storage.wards import province_coverage


def ascii_slug(text: str | None) -> str:
    """'Thành phố Hồ Chí Minh' -> 'thanh-pho-ho-chi-minh' (export file names
    stay ASCII, and the export groups rows by the same slugs)."""
    words = match_key(text or "").encode("ascii", "ignore").decode().split()
    return "-".join(words) or "unknown"


@dataclass(frozen=True)
class Selection:
    """Which articles to read. A date filter leaves undated articles out:
    nobody can say they fall in the range."""
    provinces: tuple[str, ...] = ()
    wards: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None

    def where(self) -> tuple[str, list]:
        clauses, params = ["1 = 1"], []
        if self.provinces:
            clauses.append(f"ascii_slug(province) IN ({', '.join('?' * len(self.provinces))})")
            params += [ascii_slug(p) for p in self.provinces]
        if self.wards:
            marks = ", ".join("?" * len(self.wards))
            clauses.append(f"(ward_code IN ({marks}) OR portal IN ({marks}))")
            params += [*self.wards, *self.wards]
        if self.date_from:
            clauses.append("published_at >= ?")
            params.append(self.date_from.isoformat())
        if self.date_to:
            clauses.append("substr(published_at, 1, 10) <= ?")
            params.append(self.date_to.isoformat())
        return " AND ".join(clauses), params


class Snapshot:
    """A read-only view of one state of the archive."""

    def __init__(self, db_path: str):
        conn = open_reader(db_path)
        conn.close()  # checked: exists, current schema
        self.conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, isolation_level=None)
        self.conn.row_factory = sqlite3.Row
        self.conn.create_function("ascii_slug", 1, ascii_slug, deterministic=True)
        self.conn.execute("BEGIN")

    def close(self) -> None:
        self.conn.close()

    def has_province(self, province: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE ascii_slug(province) = ? LIMIT 1",
                                 (ascii_slug(province),)).fetchone() is not None

    def has_ward(self, ward: str) -> bool:
        """True when `ward` is the ward code or portal slug of an archived article."""
        return self.conn.execute("SELECT 1 FROM articles WHERE ward_code = ? OR portal = ? LIMIT 1",
                                 (ward, ward)).fetchone() is not None

    def facts(self) -> dict:
        articles, as_of = self.conn.execute("SELECT count(*), max(fetched_at) FROM articles").fetchone()
        return {"articles": articles, "as_of": as_of,
                "schema_version": self.conn.execute("PRAGMA user_version").fetchone()[0]}

    def count(self, selection: Selection) -> int:
        where, params = selection.where()
        return self.conn.execute(f"SELECT count(*) FROM articles WHERE {where}", params).fetchone()[0]

    def articles(self, selection: Selection):
        """Matching `articles` rows grouped by export file (province, portal,
        year: the slugs the file names use), each file's rows by date, then URL."""
        where, params = selection.where()
        return self.conn.execute(
            f"SELECT * FROM articles WHERE {where} "
            "ORDER BY ascii_slug(province), ascii_slug(portal), year IS NULL, year, published_at, canonical_url",
            params)

    def field_value(self, row: sqlite3.Row, field: fields.Field):
        """A field of an article as Python: lists decoded, ROWS fields read from their table."""
        if field.shape is Shape.JSON_LIST:
            return json.loads(row[field.name] or "[]")
        if field.shape is Shape.JSON_OBJECT:
            return json.loads(row[field.name] or "{}")
        if field.shape is Shape.ROWS:
            parts = [part for part, _ in field.parts]
            return [dict(zip(parts, values)) for values in self.conn.execute(
                f"SELECT {', '.join(parts)} FROM [{field.name}] WHERE article_url = ? ORDER BY position",
                (row["canonical_url"],))]
        return row[field.name]

    def hashed_fields(self, canonical_url: str) -> dict:
        """The fields that define an article's current version, as Python."""
        row = self.conn.execute("SELECT * FROM articles WHERE canonical_url = ?", (canonical_url,)).fetchone()
        return {field.name: self.field_value(row, field) for field in fields.HASHED}

    def suppressions(self) -> dict[str, frozenset[str] | None]:
        return active_suppressions(self.conn)


@dataclass(frozen=True)
class ArchiveSummary:
    portals: int
    articles: int
    by_platform: list[tuple[str, int, int]]      # platform, articles, portals
    last_run: str | None
    last_run_counts: tuple | None                # pages, new, updated, unchanged, errors
    last_run_errors: list[tuple[str, int]]       # kind, count
    by_quality: list[tuple[str | None, int]]     # extraction verdict (None: archived before checks), articles
    portal_health: list["PortalHealth"]
    coverage: list[tuple[str, int, int, int]]    # province, units, units with a portal, units archived


@dataclass(frozen=True)
class PortalHealth:
    """A portal as its last crawl left it."""
    portal: str
    finished_at: str | None
    status: str
    new: int
    updated: int
    unchanged: int
    degraded: int
    unreadable: int
    errors: int
    empty_sections: int
    unhealthy: list[str]                         # the portal_unhealthy messages


def portal_health(conn: sqlite3.Connection) -> list[PortalHealth]:
    rows = conn.execute(
        "SELECT r.portal, r.finished_at, r.status, r.articles_new, r.articles_updated, r.articles_unchanged, "
        "r.articles_degraded, r.articles_unreadable, r.errors, "
        "(SELECT count(*) FROM crawl_errors e WHERE e.run_id = r.run_id AND e.portal = r.portal "
        " AND e.kind = 'empty_section'), r.run_id "
        "FROM crawl_runs r WHERE r.id = (SELECT max(id) FROM crawl_runs l WHERE l.portal = r.portal) "
        "ORDER BY r.portal").fetchall()
    return [PortalHealth(*row[:10], [message for (message,) in conn.execute(
        "SELECT message FROM crawl_errors WHERE run_id = ? AND portal = ? AND kind = 'portal_unhealthy' "
        "ORDER BY id", (row[10], row[0]))]) for row in rows]


def archive_summary(db_path: str) -> ArchiveSummary:
    """What the archive holds, and what its last crawl did."""
    conn = open_reader(db_path)
    try:
        portals = conn.execute("SELECT count(*) FROM portals").fetchone()[0]
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        by_platform = conn.execute("SELECT platform, count(*), count(DISTINCT portal) FROM articles "
                                   "GROUP BY platform ORDER BY platform").fetchall()
        last = conn.execute("SELECT run_id FROM crawl_runs ORDER BY id DESC LIMIT 1").fetchone()
        counts, errors = None, []
        if last:
            counts = conn.execute(
                "SELECT sum(pages_fetched), sum(articles_new), sum(articles_updated), "
                "sum(articles_unchanged), sum(errors) FROM crawl_runs WHERE run_id = ?", last).fetchone()
            errors = conn.execute("SELECT kind, count(*) FROM crawl_errors WHERE run_id = ? GROUP BY kind",
                                  last).fetchall()
        by_quality = conn.execute("SELECT quality, count(*) FROM articles GROUP BY quality "
                                  "ORDER BY quality IS NULL, quality").fetchall()
        return ArchiveSummary(portals, articles, by_platform, last[0] if last else None, counts, errors,
                              by_quality, portal_health(conn), province_coverage(conn))
    finally:
        conn.close()


@dataclass(frozen=True)
class ArchivedPage:
    """An archived article's current version and where its raw capture is."""
    canonical_url: str
    url: str
    portal: str
    platform: str
    content_hash: str
    fetched_at: str
    capture_id: int
    capture_url: str
    payload_file: str
    payload_offset: int


def archived_pages(db_path: str, portal: str | None = None, since: str | None = None) -> list[ArchivedPage]:
    """Every article with a raw capture (of `portal`; published on or after
    `since`), oldest first: what `ward-archive reparse` re-reads."""
    conn = open_reader(db_path)
    try:
        where, args = ["a.capture_id IS NOT NULL"], []
        if portal:
            where.append("a.portal = ?")
            args.append(portal)
        if since:
            where.append("a.published_at >= ?")
            args.append(since)
        rows = conn.execute(
            "SELECT a.canonical_url, a.url, a.portal, a.platform, a.content_hash, a.fetched_at, a.capture_id, "
            "c.url, c.payload_file, c.payload_offset FROM articles a JOIN captures c ON c.id = a.capture_id "
            f"WHERE {' AND '.join(where)} ORDER BY a.sort_key", args).fetchall()
        return [ArchivedPage(*row) for row in rows]
    finally:
        conn.close()


def portal_rows(db_path: str) -> dict[str, dict]:
    """slug -> the portal's registry row as the archive keeps it."""
    conn = open_reader(db_path)
    try:
        conn.row_factory = sqlite3.Row
        return {row["slug"]: dict(row) for row in conn.execute("SELECT * FROM portals")}
    finally:
        conn.close()
