"""Storage layer: the SQLite archive and its WARC captures.

Everything that reads or writes the archive goes through here; no SQL lives
outside this package. The crawl layer (ward_scraper.crawl) never imports it:
it is handed a store by `open_store`, named in the WARD_STORE setting.
"""
from __future__ import annotations

from ward_archive.storage.store import Archive


def open_store(db_path: str) -> Archive:
    """The store a crawl writes to (the WARD_STORE setting names this function)."""
    return Archive(db_path)


__all__ = ["Archive", "open_store"]
