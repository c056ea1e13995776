"""Writing to the archive: portals, articles (with versions), crawl bookkeeping.

An article is keyed on its canonical URL. A re-fetch whose `content_hash`
is unchanged only moves `fetched_at`; a changed one first copies the old row
to `article_versions`, so nothing that was archived is ever overwritten.
"""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import sqlite_utils

from ward_scraper.extract import fields
from ward_scraper.extract.fields import Shape
from ward_scraper.extract.units import canonical_unit

from ward_scraper.extract.doctext import Limits

from ward_archive.storage import doctexts, index, officials
from ward_archive.storage.schema import SchemaError, check_index, check_version, connect
from ward_archive.storage.search import SEARCHED_COLUMNS, index_article
from ward_archive.storage.warc import WarcRecorder, warc_dir

NEW, UPDATED, UNCHANGED = "new", "updated", "unchanged"
# Why a version exists (the version_cause column).
FETCH, REPARSE = "fetch", "reparse"
MISSING, REMOVED = "missing", "removed"


TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


def utc_now() -> str:
    return datetime.now(timezone.utc).strftime(TIME_FORMAT)


def retry_wait(attempts: int, backoff: float) -> float:
    """Seconds before a URL that failed `attempts` times is tried again: the
    next crawl retries a first failure (most are passing trouble), then each
    failure doubles the wait: backoff, 2 x backoff, 4 x backoff..."""
    return 0.0 if attempts <= 1 else backoff * 2 ** (attempts - 2)


class ArticleOwnedElsewhere(ValueError):
    """An upsert that would move an archived article to another portal."""
    kind = "portal_conflict"  # the crawl_errors kind the pipeline logs it under


def sort_key(published_at: str | None, canonical_url: str) -> str:
    """Newest-first order without ties: many articles share one date, and
    Datasette pages a descending sort on a non-unique column wrongly."""
    return f"{published_at or '0000-00-00'}|{canonical_url}"


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False)


# How the archive computes the fields it keeps itself (Origin.ARCHIVE), from
# the item, the portal's registry row and the version bookkeeping (`kept`).
ARCHIVE_VALUES = {
    "ward_name": lambda item, portal, kept: portal["ward_name"],
    "province": lambda item, portal, kept: portal["province"],
    "year": lambda item, portal, kept: int(item["published_at"][:4]) if item.get("published_at") else None,
    "image_count": lambda item, portal, kept: len(item.get("images") or []),
    "attachment_count": lambda item, portal, kept: len(item.get("attachments") or []),
    "first_fetched_at": lambda item, portal, kept: kept["first_fetched_at"],
    "changed_at": lambda item, portal, kept: item["fetched_at"],
    "version": lambda item, portal, kept: kept["version"],
    "sort_key": lambda item, portal, kept: sort_key(item.get("published_at"), item["canonical_url"]),
    "missing_checks": lambda item, portal, kept: 0,
    "removed_at": lambda item, portal, kept: None,
    "version_cause": lambda item, portal, kept: kept["cause"],
    "source_unit_canonical": lambda item, portal, kept: canonical_unit(item.get("source_unit"), portal["ward_name"]),
}
# Kept as they are when an article is rewritten (set only by record_check).
UNTOUCHED = ("removed_capture_id",)
_unmapped = {f.name for f in fields.FIELDS if f.origin is fields.Origin.ARCHIVE and f.is_column} \
    - ARCHIVE_VALUES.keys() - set(UNTOUCHED)
assert not _unmapped, f"fields.py declares archive fields the store does not fill: {_unmapped}"


def item_value(field: fields.Field, item: dict):
    """The `articles` cell of a field the parser or the crawl provides."""
    value = item.get(field.name)
    if field.shape is Shape.JSON_LIST:
        return _json(value or [])
    if field.shape is Shape.JSON_OBJECT:
        return _json(value or {})
    if field.not_null and not value and field.default not in (None, fields.REQUIRED):
        return field.default
    if not field.not_null and field.sql_type == "TEXT":
        return value or None  # a blank registry cell (ward_code) is unknown, not ""
    return value


def article_row(item: dict, portal_row: dict, version: int, first_fetched_at: str,
                cause: str = FETCH) -> dict:
    """The `articles` row of an item (every column of the registry but UNTOUCHED)."""
    kept = {"version": version, "first_fetched_at": first_fetched_at, "cause": cause}
    row = {}
    for field in fields.COLUMNS:
        if field.name in UNTOUCHED:
            continue
        if field.is_item_field:
            row[field.name] = item_value(field, item)
        else:
            row[field.name] = ARCHIVE_VALUES[field.name](item, portal_row, kept)
    return row


class Archive:
    """The archive's writer. Open it with `open_store`, which migrates first:
    an archive at another schema version is refused, never rebuilt here."""

    def __init__(self, path: str):
        self.path = str(path)
        if not Path(self.path).exists():
            raise SchemaError(f"{self.path} does not exist: open it with open_store, which creates it")
        self.conn = connect(self.path)
        try:
            check_version(self.conn, self.path)
            check_index(self.conn, self.path)
        except BaseException:
            self.conn.close()
            raise
        self.db = sqlite_utils.Database(self.conn)

    def close(self) -> None:
        self.conn.close()

    # ---- what a crawl needs to know before it starts ----------------------
    def archived_articles(self, portal: str, keys: list[str], urls: list[str]) -> list:
        return index.archived_articles(self.conn, portal, keys, urls)

    def portal_articles(self, portal_slugs: list[str]):
        return index.portal_articles(self.conn, portal_slugs)

    def completed_sections(self) -> set[str]:
        return index.completed_sections(self.conn)

    def failed_urls(self, portal_slugs: list[str]) -> dict:
        return index.failed_urls(self.conn, portal_slugs)

    def warc_recorder(self, directory, max_bytes: int, info: dict | None = None) -> WarcRecorder:
        """A recorder writing raw captures to `directory`, indexed in this archive;
        `info` is each file's warcinfo head (warc.warcinfo_fields)."""
        return WarcRecorder(directory, self.path, max_bytes, info)

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
        if old is not None and old["portal"] != item["portal"]:
            # One article, one owner: a link of another portal that leads here
            # must not re-own it (and flip it back on the owner's next crawl).
            raise ArticleOwnedElsewhere(f"{key} belongs to portal {old['portal']}, "
                                        f"not to {item['portal']}: not stored")
        # One transaction for the row, its children and its search entry
        # (sqlite-utils nests its own writes as savepoints inside it).
        with self.db.atomic():
            self.conn.execute("DELETE FROM failed_urls WHERE url IN (?, ?)", (item["url"], key))
            if old is None:
                self.db["articles"].insert(article_row(item, portal_row, version=1,
                                                       first_fetched_at=item["fetched_at"]))
                self._replace_children(key, item)
                self._index_text(key)
                officials.refresh_article(self.conn, key)
                return NEW
            if old["content_hash"] == item["content_hash"]:
                # Only bookkeeping columns change: the FTS triggers stay quiet.
                self.conn.execute(
                    "UPDATE articles SET fetched_at = ?, url = ?, capture_id = ?, missing_checks = 0, "
                    "removed_at = NULL WHERE canonical_url = ?",
                    (item["fetched_at"], item["url"], item.get("capture_id") or old["capture_id"], key))
                return UNCHANGED
            self._new_version(old, item, portal_row, superseded_at=item["fetched_at"], cause=FETCH)
            return UPDATED

    def reextract_article(self, item: dict, portal_row: dict, at: str) -> str:
        """Store a re-reading of an archived capture (`ward-archive reparse`):
        a changed result becomes a new version caused by `reparse`, superseding
        the old one at `at`; the same result changes nothing. Return UPDATED or
        UNCHANGED."""
        old = self._article(item["canonical_url"])
        if old is None or old["content_hash"] == item["content_hash"]:
            return UNCHANGED
        with self.db.atomic():
            self._new_version(old, item, portal_row, superseded_at=at, cause=REPARSE)
        return UPDATED

    def _new_version(self, old: dict, item: dict, portal_row: dict, superseded_at: str, cause: str) -> None:
        """Keep the current row as a version, then write `item` over it (in the caller's transaction)."""
        key = old["canonical_url"]
        self._keep_version(old, superseded_at=superseded_at)
        row = article_row(item, portal_row, version=old["version"] + 1, first_fetched_at=old["first_fetched_at"],
                          cause=cause)
        self.db["articles"].update(key, row)
        self._replace_children(key, item)
        if any(old[column] != row[column] for column in SEARCHED_COLUMNS):
            self._index_text(key)
        officials.refresh_article(self.conn, key)

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
        index_article(self.conn, key)

    def _article(self, key: str) -> dict | None:
        rows = list(self.db.query("SELECT * FROM articles WHERE canonical_url = ?", [key]))
        return rows[0] if rows else None

    def _keep_version(self, old: dict, superseded_at: str) -> None:
        """Copy the current row, with its ROWS fields as JSON lists, to article_versions."""
        key = old["canonical_url"]
        row = {f.name: old[f.name] for f in fields.VERSIONED if f.is_column}
        for field in fields.VERSIONED:
            if field.shape is Shape.ROWS:
                row[field.name] = _json(self._child_rows(field, key))
        self.db["article_versions"].insert({**row, "superseded_at": superseded_at})

    def _child_rows(self, field: fields.Field, key: str) -> list[dict]:
        parts = ", ".join(part for part, _ in field.parts)
        return [dict(r) for r in self.db.query(
            f"SELECT {parts} FROM [{field.name}] WHERE article_url = ? ORDER BY position", [key])]

    def _replace_children(self, key: str, item: dict) -> None:
        """The article's images and attachments as the item lists them (a
        file the archive has fetched already keeps its capture), then the
        documents it cites, which read its text and its attachments."""
        for field in fields.ROWS:
            values = item.get(field.name) or []
            captured = self._file_states(field, [value.get(fields.link_part(field)) for value in values])
            self.conn.execute(f"DELETE FROM [{field.name}] WHERE article_url = ?", (key,))
            self.db[field.name].insert_all(
                ({"article_url": key, "position": n, **{part: value.get(part) for part, _ in field.parts},
                  **captured.get(value.get(fields.link_part(field)), {})}
                 for n, value in enumerate(values)), pk=("article_url", "position"))
        doctexts.refresh_documents(self.conn, key)

    def _file_states(self, field: fields.Field, urls: list[str]) -> dict[str, dict]:
        """url -> its capture columns, for the URLs of `urls` some row already records."""
        link, parts = fields.link_part(field), [part for part, _ in field.capture_parts]
        wanted = sorted({url for url in urls if url})
        if not parts or not wanted:
            return {}
        marks = ",".join("?" * len(wanted))
        rows = self.conn.execute(f"SELECT {link}, {', '.join(parts)} FROM [{field.name}] "
                                 f"WHERE {link} IN ({marks}) AND fetch_status IS NOT NULL", wanted)
        return {row[0]: dict(zip(parts, row[1:])) for row in rows}

    # ---- linked files (images, attachments, stylesheets) ------------------
    def record_file(self, url: str, state: dict) -> int:
        """What fetching the file at `url` gave (some of fields.FILE_CAPTURE_PARTS),
        on every image and attachment row that names it; returns the rows updated."""
        updated = 0
        with self.conn:
            for field in fields.ROWS:
                # only what the fetch said: a 304 leaves size, type and digest as they were
                parts = [part for part, _ in field.capture_parts if part in state]
                if not parts:
                    continue
                assignments = ", ".join(f"{part} = ?" for part in parts)
                updated += self.conn.execute(
                    f"UPDATE [{field.name}] SET {assignments} WHERE {fields.link_part(field)} = ?",
                    [state.get(part) for part in parts] + [url]).rowcount
        return updated

    def known_files(self) -> dict:
        return index.known_files(self.conn)

    def unfetched_files(self, portal_slugs: list[str], recheck: bool = False) -> list:
        return index.unfetched_files(self.conn, portal_slugs, recheck)

    # ---- attachment texts ---------------------------------------------------
    def extract_attachment_texts(self, limits: Limits = Limits(), warc_directory: Path | None = None,
                                 progress=lambda url, found: None) -> dict:
        """Read the text of every attachment whose latest captured file has
        none yet (docs/search.md, "Attachments"), one transaction per file so
        an interruption loses at most the file being read. The crawl runs this
        when it ends; `ward-archive doctext` runs it on demand. Returns counts."""
        directory = Path(warc_directory) if warc_directory else warc_dir(self.path)
        counts = {"files": 0, "with_text": 0, "errors": 0}
        for pending in doctexts.pending_files(self.conn):
            found = doctexts.read_file(directory, pending, limits)
            with self.conn:
                doctexts.store_text(self.conn, pending, found, utc_now())
            counts["files"] += 1
            counts["with_text"] += bool(found.text)
            counts["errors"] += found.error is not None
            progress(pending.url, found)
        return counts

    def forget_failed_texts(self) -> int:
        """Drop the texts whose reading failed or was partial, so the next
        extract_attachment_texts reads those files again; returns how many."""
        with self.conn:
            return self.conn.execute("DELETE FROM attachment_texts WHERE error IS NOT NULL").rowcount

    # ---- officials (derived from the stored text) -------------------------
    def rebuild_officials(self, progress=lambda keys: keys) -> dict:
        """Read every article's officials again with today's code (`ward-archive
        entities --rebuild`): mentions, offices and people, in one transaction."""
        with self.conn:
            return officials.rebuild(self.conn, progress)

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
                "articles_updated = ?, articles_unchanged = ?, articles_degraded = ?, articles_unreadable = ?, "
                "files_captured = ?, files_oversize = ?, files_failed = ?, errors = ?, status = ? WHERE id = ?",
                (utc_now(), counts.get("pages_fetched", 0), counts.get(NEW, 0), counts.get(UPDATED, 0),
                 counts.get(UNCHANGED, 0), counts.get("quality_degraded", 0) + counts.get("quality_failed", 0),
                 counts.get("unreadable", 0), counts.get("files_captured", 0) + counts.get("files_revisit", 0),
                 counts.get("files_oversize", 0),
                 counts.get("files_error", 0) + counts.get("files_mismatch", 0)
                 + counts.get("files_blocked_by_robots", 0),
                 counts.get("errors", 0), status, row_id))

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

    # ---- failed article URLs: a retry budget across crawls -----------------
    def record_failure(self, portal_slug: str, url: str, error: str, attempts_allowed: int,
                       backoff: float, section: str | None = None) -> bool:
        """One more failed attempt at an article URL never archived. Returns
        True when this attempt used up its budget (`gave_up_at` is set then)."""
        now = datetime.now(timezone.utc)
        with self.conn:
            row = self.conn.execute("SELECT attempts, gave_up_at FROM failed_urls WHERE url = ?",
                                    (url,)).fetchone()
            attempts = (row[0] if row else 0) + 1
            gives_up = attempts >= attempts_allowed and (row is None or row[1] is None)
            at = now.strftime(TIME_FORMAT)
            next_at = (now + timedelta(seconds=retry_wait(attempts, backoff))).strftime(TIME_FORMAT)
            self.conn.execute(
                "INSERT INTO failed_urls (url, portal, section, attempts, first_failed_at, last_failed_at, "
                "next_attempt_at, last_error, gave_up_at, last_linked_at) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(url) DO UPDATE SET attempts = attempts + 1, last_failed_at = excluded.last_failed_at, "
                "next_attempt_at = excluded.next_attempt_at, last_error = excluded.last_error, "
                "section = coalesce(excluded.section, section), "
                "gave_up_at = coalesce(gave_up_at, excluded.gave_up_at), "
                "last_linked_at = coalesce(excluded.last_linked_at, last_linked_at), unlinked_at = NULL",
                (url, portal_slug, section, at, at, next_at, error[:2000], at if gives_up else None,
                 at if section is not None else None))
        return gives_up

    def note_failed_links(self, linked: dict[str, str], unlinked: list[str]) -> None:
        """After a crawl read its listings: failed URLs a listing linked again
        (url -> section), and those a complete read of their section no
        longer links (never retried again unless a listing links them)."""
        at = utc_now()
        with self.conn:
            self.conn.executemany("UPDATE failed_urls SET section = ?, last_linked_at = ?, unlinked_at = NULL "
                                  "WHERE url = ?", [(section, at, url) for url, section in linked.items()])
            self.conn.executemany("UPDATE failed_urls SET unlinked_at = ? WHERE url = ? AND unlinked_at IS NULL",
                                  [(at, url) for url in unlinked])
