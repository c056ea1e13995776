"""The SQL of the Datasette pages (datasette/plugins/ward_archive.py).

Datasette owns its connections (threads, time limits, immutable files), so
the plugin runs these statements through `db.execute`; they live here so
that all SQL stays in the storage layer.
"""
from __future__ import annotations

from ward_scraper.extract import fields

ARTICLE = "SELECT * FROM articles WHERE canonical_url = ?"

# ROWS field (images, attachments) -> its rows of one article, in page order,
# with the capture of each file.
ROWS_OF = {f.name: f"SELECT {', '.join(part for part, _ in f.parts + f.capture_parts)} FROM [{f.name}] "
                   "WHERE article_url = ? ORDER BY position"
           for f in fields.ROWS}

VERSIONS = ("SELECT version, fetched_at, superseded_at FROM article_versions "
            "WHERE canonical_url = ? ORDER BY version DESC")

# Where the raw payload of a capture is kept in the WARC files.
CAPTURE = "SELECT payload_file, payload_offset, url FROM captures WHERE id = ?"

# A captured file served by the archive: where its bytes are, and the
# type its bytes showed when it was fetched (any row naming the capture says).
FILE = ("SELECT c.payload_file, c.payload_offset, c.url, c.status, "
        "coalesce((SELECT content_type FROM attachments WHERE capture_id = c.id LIMIT 1), "
        "(SELECT content_type FROM images WHERE capture_id = c.id LIMIT 1)) AS content_type "
        "FROM captures c WHERE c.id = ?")
