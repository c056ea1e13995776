"""Read archived raw pages back from the WARC files (`ward-archive show-raw`)."""
from __future__ import annotations

from ward_scraper.util.urls import canonicalize

from ward_archive.storage.schema import open_reader
from ward_archive.storage.warc import MAX_DECODED_BYTES, PayloadReader, warc_dir


class RawNotFound(LookupError):
    pass


def raw_page(db_path: str, url: str, version: int | None = None,
             limit: int = MAX_DECODED_BYTES) -> PayloadReader:
    """The body as the server sent it (content-encoding undone, at most
    `limit` bytes: see PayloadReader.cut) of an article's current version,
    or of `version` N, to iterate block by block."""
    conn = open_reader(db_path)
    try:
        row = conn.execute("SELECT canonical_url, version, capture_id FROM articles "
                           "WHERE canonical_url IN (?, ?) OR url = ? LIMIT 1",
                           (url, canonicalize(url), url)).fetchone()
        if row is None:
            raise RawNotFound(f"no archived article for {url}")
        key, current, capture_id = row
        if version is not None and version != current:
            found = conn.execute("SELECT capture_id FROM article_versions WHERE canonical_url = ? "
                                 "AND version = ?", (key, version)).fetchone()
            if found is None:
                raise RawNotFound(f"{key} has no version {version} (current: {current})")
            capture_id = found[0]
        if capture_id is None:
            raise RawNotFound(f"{key} version {version or current} has no raw capture")
        payload_file, payload_offset = conn.execute(
            "SELECT payload_file, payload_offset FROM captures WHERE id = ?", (capture_id,)).fetchone()
    finally:
        conn.close()
    return PayloadReader(warc_dir(db_path), payload_file, payload_offset, limit)
