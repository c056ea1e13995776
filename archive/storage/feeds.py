"""The SQL of the Atom feeds and the dashboard (datasette/plugins/ward_feeds.py,
ward_dashboard.py; docs/feeds.md).

Datasette owns its connections, so the plugins run these statements through
`db.execute`; they live here so that all SQL stays in the storage layer.
A feed names a ward and a province by their official codes (current_wards),
which never change with a name, and reaches the articles through the
portals of those units.
"""
from __future__ import annotations

from ward_archive.storage import ranking

# Entries per feed: a feed reader polls for what is new, not for the archive.
FEED_ENTRIES = 50
# A summary is cut from this much of the text (the lead, or the body's start).
SUMMARY_SOURCE_CHARS = 600
# A search feed orders by publication date the newest matches (by archive
# order) up to this many: FTS5 reads them from the end of its index, so the
# cost stays that of a few hundred rows however common the words.
SEARCH_FEED_WINDOW = 1_000

_ENTRY_COLUMNS = f"""a.canonical_url, a.url, a.title, a.published_at, a.version,
  a.changed_at, a.authors, a.source_unit, a.ward_name, a.province,
  substr(coalesce(nullif(a.lead, ''), a.body_text), 1, {SUMMARY_SOURCE_CHARS}) AS summary_source"""

# A ward or a province by its code: its names (`ward`, `province`) and province code.
WARD = "SELECT code, name AS ward, province_code, province_name AS province FROM current_wards WHERE code = ?"
PROVINCE = ("SELECT province_code AS code, province_name AS province, province_code FROM current_wards "
            "WHERE province_code = ? LIMIT 1")

# The newest entries of some portals: each portal's newest FEED_ENTRIES read
# backwards from the (portal, sort_key) index, then merged. One ORDER BY over
# all the portals' articles would sort every one of them (2 s for a portal
# of a million articles; this takes a millisecond).
def _newest_of_portals(portals_where: str) -> str:
    return f"""SELECT {_ENTRY_COLUMNS}
FROM portals p JOIN articles a ON a.rowid IN (
  SELECT rowid FROM articles WHERE portal = p.slug ORDER BY sort_key DESC LIMIT {FEED_ENTRIES})
WHERE {portals_where}
ORDER BY a.sort_key DESC
LIMIT {FEED_ENTRIES}"""


WARD_ENTRIES = _newest_of_portals("p.ward_code = :code")
PROVINCE_ENTRIES = _newest_of_portals(
    "p.ward_code IN (SELECT code FROM current_wards WHERE province_code = :code)")

# The saved search: the ranked search's match and filters (ranking.RANKED_SQL,
# the `search` canned query), newest first rather than best first, because a
# feed tells what is new.
SEARCH_ENTRIES = f"""SELECT {_ENTRY_COLUMNS}
FROM (SELECT s.rowid AS rowid FROM article_search s JOIN articles a ON a.rowid = s.rowid
      WHERE article_search MATCH ward_match(:q){ranking.FILTERS}
      ORDER BY s.rowid DESC LIMIT {SEARCH_FEED_WINDOW}) found
JOIN articles a ON a.rowid = found.rowid
ORDER BY a.sort_key DESC
LIMIT {FEED_ENTRIES}"""
SEARCH_PARAMETERS = ("q", *ranking.FILTER_PARAMETERS)

# When the archive last changed: a feed with no entry is as new as that.
ARCHIVE_CHANGED = "SELECT max(changed_at) AS changed_at FROM articles"

# ---- the dashboard ----------------------------------------------------------

# Articles per portal and publication month (undated ones apart), read from
# the (portal, sort_key) index: sort_key starts with the publication date.
MONTHLY_BY_PORTAL = """
SELECT p.slug AS portal, p.ward_code, p.ward_name, w.province_code,
       coalesce(w.province_name, p.province) AS province_name, m.month, m.articles
FROM (SELECT portal, substr(sort_key, 1, 7) AS month, count(*) AS articles
      FROM articles WHERE sort_key >= '0001' GROUP BY portal, month) m
JOIN portals p ON p.slug = m.portal
LEFT JOIN current_wards w ON w.code = p.ward_code
"""
UNDATED_ARTICLES = "SELECT count(*) AS articles FROM articles WHERE sort_key < '0001'"
