"""Storage layer: the SQLite archive and its WARC captures.

Everything that reads or writes the archive goes through here; no SQL lives
outside this package (tests/test_no_sql_outside_storage.py checks it). The
crawl layer (ward_scraper.crawl) never imports it: it is handed a store by
`open_store`, named in the WARD_STORE setting.

Opening never changes the schema: `migrate()` does, and writers call it first
(`open_store`, the `ward-archive` commands that write, `ward-archive migrate`).
Readers of an archive at another schema version get a SchemaError naming the
command to run.
"""
from __future__ import annotations

from ward_archive.storage.schema import SCHEMA_VERSION, SchemaError, migrate, unreadable_archive
from ward_archive.storage.store import Archive


def open_store(db_path: str) -> Archive:
    """The store a crawl writes to (the WARD_STORE setting names this
    function): the archive migrated to the current schema, then opened."""
    migrate(db_path)
    return Archive(db_path)


__all__ = ["Archive", "SCHEMA_VERSION", "SchemaError", "migrate", "open_store", "unreadable_archive"]
