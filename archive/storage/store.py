"""Writing to the archive: portals, articles (with versions), crawl bookkeeping.

An article is keyed on its canonical URL. A re-fetch whose `content_hash`
is unchanged only moves `fetched_at`; a changed one first copies the old row
to `article_versions`, so nothing that was archived is ever overwritten.
"""
from __future__ import annotations

import json
from datetime import datetime, timezone

import sqlite_utils

from ward_archive.storage import index
from ward_archive.storage.schema import connect
from ward_archive.storage.search import index_article
from ward_archive.storage.warc import WarcRecorder

NEW, UPDATED, UNCHANGED = "new", "updated", "unchanged"
MISSING, REMOVED = "missing", "removed"
# The columns article_search indexes (archive/search.py).
SEARCHED_COLUMNS = ("title", "lead", "body_text")


def utc_now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def sort_key(published_at: str | None, canonical_url: str) -> str:
    """Newest-first order without ties: many articles share one date, and
    Datasette pages a descending sort on a non-unique column wrongly."""
    return f"{published_at or '0000-00-00'}|{canonical_url}"


class Archive:
    def __init__(self, path: str):
        self.path = str(path)
        self.conn = connect(self.path)
        self.db = sqlite_utils.Database(self.conn)

    def close(self) -> None:
        self.conn.close()

    # ---- what a crawl needs to know before it starts ----------------------
    def known_articles(self, portal_slugs: list[str]) -> dict:
        return index.known_articles(self.path, portal_slugs)

    def completed_sections(self) -> set[str]:
        return index.completed_sections(self.path)

    def unfinished_articles(self, portal_slugs: list[str]) -> list[tuple[str, str]]:
        return index.unfinished_articles(self.path, portal_slugs)

    def warc_recorder(self, directory, max_bytes: int) -> WarcRecorder:
        """A recorder writing raw captures to `directory`, indexed in this archive."""
        return WarcRecorder(directory, self.path, max_bytes)

    # ---- portals ----------------------------------------------------------
    def upsert_portal(self, portal) -> None:
        now = utc_now()
        row = portal.as_row()
        existing = self.conn.execute("SELECT first_seen_at FROM portals WHERE slug = ?",
                                     (portal.slug,)).fetchone()
        with self.conn:
            self.db["portals"].upsert({**row, "first_seen_at": existing[0] if existing else now,
                                       "last_crawled_at": now}, pk="slug")

    # ---- articles ---------------------------------------------------------
    def upsert_article(self, item: dict, portal_row: dict) -> str:
        """Store one article item; return NEW, UPDATED or UNCHANGED."""
        key = item["canonical_url"]
        old = self._article(key)
        # One transaction for the row, its children and its search entry
        # (sqlite-utils nests its own writes as savepoints inside it).
        with self.db.atomic():
            if old is None:
                self.db["articles"].insert(self._row(item, portal_row, version=1,
                                                     first_fetched_at=item["fetched_at"]))
                self._replace_children(key, item)
                self._index_text(key)
                return NEW
            if old["content_hash"] == item["content_hash"]:
                # Only bookkeeping columns change: the FTS triggers stay quiet.
                self.conn.execute(
                    "UPDATE articles SET fetched_at = ?, url = ?, capture_id = ?, missing_checks = 0, "
                    "removed_at = NULL WHERE canonical_url = ?",
                    (item["fetched_at"], item["url"], item.get("capture_id") or old["capture_id"], key))
                return UNCHANGED
            self._keep_version(old, superseded_at=item["fetched_at"])
            row = self._row(item, portal_row, version=old["version"] + 1, first_fetched_at=old["first_fetched_at"])
            self.db["articles"].update(key, row)
            self._replace_children(key, item)
            if any(old[column] != row[column] for column in SEARCHED_COLUMNS):
                self._index_text(key)
            return UPDATED

    def record_check(self, key: str, status: str, fetched_at: str, capture_id: int | None,
                     removal_checks: int) -> str:
        """A re-check that brought no new content: a 304 (UNCHANGED), or a
        404/410/removed page (MISSING, REMOVED once `removal_checks`
        consecutive checks said so). The row itself is never deleted."""
        with self.conn:
            if status == "not_modified":
                self.conn.execute("UPDATE articles SET fetched_at = ?, missing_checks = 0, removed_at = NULL "
                                  "WHERE canonical_url = ?", (fetched_at, key))
                return UNCHANGED
            self.conn.execute("UPDATE articles SET missing_checks = missing_checks + 1 WHERE canonical_url = ?",
                              (key,))
            marked = self.conn.execute(
                "UPDATE articles SET removed_at = ?, removed_capture_id = ? WHERE canonical_url = ? "
                "AND removed_at IS NULL AND missing_checks >= ?", (fetched_at, capture_id, key, removal_checks))
            return REMOVED if marked.rowcount else MISSING

    def _index_text(self, key: str) -> None:
        """Write the article's folded text to `article_search`, in the caller's
        transaction; only when the searched text is new or changed."""
        rowid, title, lead, body = self.conn.execute(
            "SELECT rowid, title, lead, body_text FROM articles WHERE canonical_url = ?", (key,)).fetchone()
        index_article(self.conn, rowid, title, lead, body)

    def _article(self, key: str) -> dict | None:
        rows = list(self.db.query("SELECT * FROM articles WHERE canonical_url = ?", [key]))
        return rows[0] if rows else None

    def _row(self, item: dict, portal_row: dict, version: int, first_fetched_at: str) -> dict:
        published = item.get("published_at")
        return {
            "canonical_url": item["canonical_url"],
            "url": item["url"],
            "portal": item["portal"],
            "ward_code": item.get("ward_code") or None,
            "ward_name": portal_row["ward_name"],
            "province": portal_row["province"],
            "platform": item["platform"],
            "title": item["title"],
            "published_at": published,
            "year": int(published[:4]) if published else None,
            "lead": item.get("lead"),
            "body_text": item.get("body_text") or "",
            "body_html": item.get("body_html") or "",
            "authors": json.dumps(item.get("authors") or [], ensure_ascii=False),
            "source_unit": item.get("source_unit"),
            "credit_line": item.get("credit_line"),
            "category": item.get("category"),
            "image_count": len(item.get("images") or []),
            "attachment_count": len(item.get("attachments") or []),
            "first_fetched_at": first_fetched_at,
            "fetched_at": item["fetched_at"],
            "changed_at": item["fetched_at"],
            "version": version,
            "content_hash": item["content_hash"],
            "sort_key": sort_key(published, item["canonical_url"]),
            "capture_id": item.get("capture_id"),
            "missing_checks": 0,
            "removed_at": None,
        }

    def _keep_version(self, old: dict, superseded_at: str) -> None:
        key = old["canonical_url"]
        images = [dict(r) for r in self.db.query(
            "SELECT src, caption FROM images WHERE article_url = ? ORDER BY position", [key])]
        attachments = [dict(r) for r in self.db.query(
            "SELECT url, title FROM attachments WHERE article_url = ? ORDER BY position", [key])]
        self.db["article_versions"].insert({
            "canonical_url": key, "version": old["version"], "fetched_at": old["fetched_at"],
            "superseded_at": superseded_at, "content_hash": old["content_hash"], "url": old["url"],
            "title": old["title"], "published_at": old["published_at"], "lead": old["lead"],
            "body_text": old["body_text"], "body_html": old["body_html"], "authors": old["authors"],
            "source_unit": old["source_unit"], "credit_line": old["credit_line"],
            "category": old["category"],
            "images": json.dumps(images, ensure_ascii=False),
            "attachments": json.dumps(attachments, ensure_ascii=False),
            "capture_id": old["capture_id"],
        })

    def _replace_children(self, key: str, item: dict) -> None:
        self.conn.execute("DELETE FROM images WHERE article_url = ?", (key,))
        self.conn.execute("DELETE FROM attachments WHERE article_url = ?", (key,))
        self.db["images"].insert_all(
            ({"article_url": key, "position": n, "src": image["src"], "caption": image.get("caption")}
             for n, image in enumerate(item.get("images") or [])), pk=("article_url", "position"))
        self.db["attachments"].insert_all(
            ({"article_url": key, "position": n, "url": a["url"], "title": a.get("title")}
             for n, a in enumerate(item.get("attachments") or [])), pk=("article_url", "position"))

    # ---- crawl bookkeeping ------------------------------------------------
    def start_run(self, run_id: str, portal_slug: str) -> int:
        with self.conn:
            cursor = self.conn.execute(
                "INSERT INTO crawl_runs (run_id, portal, started_at) VALUES (?, ?, ?)",
                (run_id, portal_slug, utc_now()))
        return cursor.lastrowid

    def finish_run(self, row_id: int, counts: dict, status: str) -> None:
        with self.conn:
            self.conn.execute(
                "UPDATE crawl_runs SET finished_at = ?, pages_fetched = ?, articles_new = ?, "
                "articles_updated = ?, articles_unchanged = ?, errors = ?, status = ? WHERE id = ?",
                (utc_now(), counts.get("pages_fetched", 0), counts.get(NEW, 0), counts.get(UPDATED, 0),
                 counts.get(UNCHANGED, 0), counts.get("errors", 0), status, row_id))

    def mark_section_complete(self, portal_slug: str, listing_url: str) -> None:
        """A section whose pagination was followed to its end at least once;
        until then an incremental crawl keeps paging past known articles."""
        with self.conn:
            self.conn.execute("INSERT INTO sections (listing_url, portal, completed_at) VALUES (?, ?, ?) "
                              "ON CONFLICT(listing_url) DO UPDATE SET completed_at = excluded.completed_at",
                              (listing_url, portal_slug, utc_now()))

    def mark_interrupted_runs(self) -> int:
        """Runs left 'running' by a process that died (the caller holds the crawl lock)."""
        with self.conn:
            return self.conn.execute("UPDATE crawl_runs SET status = 'interrupted' "
                                     "WHERE status = 'running'").rowcount

    def log_error(self, run_id: str, portal_slug: str, url: str, kind: str, message: str,
                  target: str = "page") -> None:
        with self.conn:
            self.conn.execute(
                "INSERT INTO crawl_errors (run_id, portal, url, target, kind, message, at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (run_id, portal_slug, url, target, kind, message[:2000], utc_now()))
