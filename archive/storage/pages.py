"""The SQL of the Datasette pages (datasette/plugins/ward_archive.py).

Datasette owns its connections (threads, time limits, immutable files), so
the plugin runs these statements through `db.execute`; they live here so
that all SQL stays in the storage layer.
"""
from __future__ import annotations

from ward_scraper.extract import fields

ARTICLE = "SELECT * FROM articles WHERE canonical_url = ?"
ARTICLE_TITLE = "SELECT title FROM articles WHERE canonical_url = ?"

# ROWS field (images, attachments) -> its rows of one article, in page order,
# with the capture of each file.
ROWS_OF = {f.name: f"SELECT {', '.join(part for part, _ in f.parts + f.capture_parts)} FROM [{f.name}] "
                   "WHERE article_url = ? ORDER BY position"
           for f in fields.ROWS}

VERSIONS = ("SELECT version, fetched_at, superseded_at, version_cause, capture_id FROM article_versions "
            "WHERE canonical_url = ? ORDER BY version DESC")

# One version's text (datasette/plugins/ward_versions.py: the diff page): an
# earlier one from article_versions, else the current one from articles.
VERSION_TEXT = """
SELECT version, title, published_at, lead, body_text, authors, credit_line, source_unit, category,
       fetched_at, capture_id, superseded_at, version_cause
FROM article_versions WHERE canonical_url = :key AND version = :version
UNION ALL
SELECT version, title, published_at, lead, body_text, authors, credit_line, source_unit, category,
       changed_at AS fetched_at, capture_id, NULL AS superseded_at, version_cause
FROM articles WHERE canonical_url = :key AND version = :version
"""

# Where the raw payload of a capture is kept in the WARC files.
CAPTURE = "SELECT payload_file, payload_offset, url, fetched_at FROM captures WHERE id = ?"

# For each URL of the JSON list :urls (an archived page's images and
# stylesheets), the archive's capture of it nearest to :at, the time the
# page was fetched (the latest one fetched by then, else the first after).
CAPTURES_NEAR = """
SELECT u.value AS url, c.id, c.payload_file, c.payload_offset
FROM json_each(:urls) u
JOIN captures c ON c.id = (
    SELECT n.id FROM captures n WHERE n.url = u.value AND n.status = 200
    ORDER BY n.fetched_at > :at, abs(julianday(n.fetched_at) - julianday(:at)) LIMIT 1)
"""

# The documents an article cites, with the archive's copy of the file
# that is the document (or whose text cites it) when the archive holds one.
ARTICLE_DOCUMENTS = """
SELECT d.number, d.type, d.date, d.date_written, d.issuer, d.cited_in, d.sentence,
       coalesce(d.document_url, d.attachment_url) AS file_url,
       (SELECT f.capture_id FROM attachments f WHERE f.article_url = d.article_url
          AND f.url = coalesce(d.document_url, d.attachment_url)
          AND f.fetch_status IN ('captured', 'revisit') LIMIT 1) AS file_capture_id
FROM documents d WHERE d.article_url = ? ORDER BY d.id
"""

# The officials an article names, in text order, with positions as written.
ARTICLE_OFFICIALS = ("SELECT m.person_id, m.name, m.positions, m.unit, m.sentence FROM official_mentions m "
                     "WHERE m.article_url = ? ORDER BY m.position")

# A captured file served by the archive: where its bytes are, and the
# type its bytes showed when it was fetched (any row naming the capture says).
FILE = ("SELECT c.payload_file, c.payload_offset, c.url, c.status, "
        "coalesce((SELECT content_type FROM attachments WHERE capture_id = c.id LIMIT 1), "
        "(SELECT content_type FROM images WHERE capture_id = c.id LIMIT 1)) AS content_type "
        "FROM captures c WHERE c.id = ?")

# ---- who holds which office (datasette/plugins/ward_officials.py, docs/officials.md) ----

WARDS_WITH_OFFICIALS = ("SELECT p.slug, p.ward_name, p.province, count(DISTINCT pe.id) AS people FROM portals p "
                        "JOIN people pe ON pe.portal = p.slug GROUP BY p.slug ORDER BY p.province, p.ward_name")
PORTAL = "SELECT slug, ward_name, province, base_url FROM portals WHERE slug = ?"
# For each office of the ward, whoever was named in it last (ties: all of them).
CURRENT_HOLDERS = """
SELECT t.office, t.unit, t.person_id, t.name, t.homonyms, t.first_seen, t.last_seen, t.articles
FROM office_terms t
WHERE t.portal = ? AND t.office NOT LIKE 'nguyên %' AND t.office NOT LIKE 'Nguyên %'
  AND t.last_seen = (SELECT max(u.last_seen) FROM office_terms u WHERE u.portal = t.portal AND u.office = t.office)
ORDER BY t.unit, t.office, t.name
"""
# The newest sentences that name a person in an office: the evidence.
EVIDENCE = """
SELECT m.article_url, m.sentence, m.seen_on, a.title
FROM mention_offices o JOIN official_mentions m ON m.id = o.mention_id
JOIN articles a ON a.canonical_url = m.article_url
WHERE m.person_id = ? AND o.office = ?
ORDER BY m.seen_on DESC LIMIT 3
"""
PERSON = "SELECT id, portal, ward_name, province, name, name_key, units, homonyms FROM people WHERE id = ?"
PERSON_TERMS = ("SELECT office, unit, first_seen, last_seen, articles FROM office_terms WHERE person_id = ? "
                "ORDER BY last_seen DESC, office")
PERSON_MENTIONS = """
SELECT m.article_url, m.sentence, m.seen_on, m.positions, a.title
FROM official_mentions m JOIN articles a ON a.canonical_url = m.article_url
WHERE m.person_id = ? ORDER BY m.seen_on DESC, m.article_url LIMIT 500
"""
NAMESAKES = "SELECT id, units FROM people WHERE portal = ? AND name_key = ? AND id != ? ORDER BY id"
