"""The archive a crawl writes to, as the crawl layer sees it.

The crawl never imports the storage layer. The WARD_STORE setting names a
factory (Scrapy's way of naming components: a dotted path), called with the
archive's path; what it returns must offer the methods of `ArchiveStore`.
"""
from __future__ import annotations

from pathlib import Path
from typing import Protocol

from scrapy.settings import BaseSettings
from scrapy.utils.misc import load_object


class ArchiveStore(Protocol):
    def upsert_portal(self, portal) -> None: ...
    def upsert_article(self, item: dict, portal_row: dict) -> str:
        """NEW, UPDATED or UNCHANGED; raises (an exception with a `kind`) for
        an article another portal holds: an article never changes portal."""
    def record_check(self, key: str, status: str, fetched_at: str, capture_id: int | None,
                     removal_checks: int) -> str: ...
    def mark_interrupted_runs(self) -> int: ...
    def start_run(self, run_id: str, portal_slug: str) -> int: ...
    def finish_run(self, row_id: int, counts: dict, status: str) -> None: ...
    def mark_section_complete(self, portal_slug: str, listing_url: str) -> None: ...
    def log_error(self, run_id: str, portal_slug: str, url: str, kind: str, message: str,
                  target: str = "page") -> None: ...
    def archived_articles(self, portal: str, keys: list[str], urls: list[str]) -> list:
        """The portal's archived articles (canonical_url, url, portal, removed_at,
        etag, last_modified) whose canonical URL is in `keys` or whose URL is in `urls`."""
    def portal_articles(self, portal_slugs: list[str]):
        """Every archived article of these portals, streamed."""
    def completed_sections(self) -> set[str]: ...
    def failed_urls(self, portal_slugs: list[str]) -> dict:
        """url -> failed, never-archived article URL with its retry budget
        (`may_retry(now)`, `section`, `unlinked_at`)."""
    def record_failure(self, portal_slug: str, url: str, error: str, attempts_allowed: int,
                       backoff: float, section: str | None = None) -> bool:
        """Count a failed attempt; True when it used up the URL's budget."""
    def note_failed_links(self, linked: dict[str, str], unlinked: list[str]) -> None: ...
    def known_files(self) -> dict:
        """url -> file fetched by an earlier crawl, with the validators of its
        capture (`etag`, `last_modified`): not fetched again but by a full pass."""
    def unfetched_files(self, portal_slugs: list[str], recheck: bool = False) -> list:
        """Files (`url`, `role`, `portal`) archived articles link that no crawl
        has fetched yet, or that are due another try (`recheck`: all of them)."""
    def record_file(self, url: str, state: dict) -> int:
        """What fetching a linked file gave, on every image/attachment row naming it."""
    def warc_recorder(self, directory: Path, max_bytes: int, info: dict | None = None):
        """`info`: the fields of each WARC file's warcinfo head."""
    def extract_attachment_texts(self) -> dict:
        """Read the text of the attachments captured since the last time (run when a crawl ends)."""
    def close(self) -> None: ...


def open_store(settings: BaseSettings) -> ArchiveStore:
    """Open the store named by WARD_STORE on the archive WARD_ARCHIVE_DB."""
    factory = load_object(settings.get("WARD_STORE"))
    return factory(settings.get("WARD_ARCHIVE_DB"))
