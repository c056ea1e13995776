"""Who holds which office: officials named in the archived articles, stored and resolved to people.

Derived data (docs/officials.md): every article's title, lead and body are read by
ward_scraper.extract.officials when the article is stored (and by `ward-archive entities
--rebuild`), giving

  * `official_mentions`: one row per person named with positions in one article, with the
    sentence as evidence, the positions as written and the unit;
  * `mention_offices`: each position of a mention, as written and as an office (canonical:
    abbreviations expanded, "phường"/"xã" completed with the article's ward);
  * `people`: mentions resolved to people within one portal (one ward), never across wards.
    Two mentions of one name are one person when their units overlap (or one has none);
    a name whose mentions fall into disjoint sets of units gives several people, each
    marked `homonyms` > 1, so the ambiguity stays visible;
  * `office_terms` (a view): ward, office, person, first and last seen, articles.
"""
from __future__ import annotations

import json
import sqlite3

from ward_scraper.extract import officials, units

OFFICIAL_TABLES = """
CREATE TABLE IF NOT EXISTS people (
    id INTEGER PRIMARY KEY,
    portal TEXT NOT NULL REFERENCES portals(slug),
    ward_name TEXT,
    province TEXT,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    units TEXT NOT NULL DEFAULT '[]',
    homonyms INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS people_name ON people(portal, name_key);

CREATE TABLE IF NOT EXISTS official_mentions (
    id INTEGER PRIMARY KEY,
    article_url TEXT NOT NULL REFERENCES articles(canonical_url),
    position INTEGER NOT NULL,
    person_id INTEGER NOT NULL REFERENCES people(id),
    name TEXT NOT NULL,
    positions TEXT NOT NULL,
    unit TEXT,
    sentence TEXT NOT NULL,
    seen_on TEXT
);
CREATE INDEX IF NOT EXISTS official_mentions_article ON official_mentions(article_url);
CREATE INDEX IF NOT EXISTS official_mentions_person ON official_mentions(person_id);

CREATE TABLE IF NOT EXISTS mention_offices (
    mention_id INTEGER NOT NULL REFERENCES official_mentions(id),
    article_url TEXT NOT NULL REFERENCES articles(canonical_url),
    written TEXT NOT NULL,
    office TEXT NOT NULL,
    unit TEXT,
    PRIMARY KEY (mention_id, written)
);
CREATE INDEX IF NOT EXISTS mention_offices_office ON mention_offices(office);

CREATE VIEW IF NOT EXISTS office_terms AS
SELECT p.portal, p.ward_name, p.province, o.office, o.unit, p.id AS person_id, p.name, p.homonyms,
       min(m.seen_on) AS first_seen, max(m.seen_on) AS last_seen,
       count(DISTINCT m.article_url) AS articles
FROM mention_offices o
JOIN official_mentions m ON m.id = o.mention_id
JOIN people p ON p.id = m.person_id
GROUP BY p.id, o.office;
"""
# Tables a public copy must clean when an article's text is redacted (suppressions).
TEXT_FIELDS = ("title", "lead", "body_text")


def create_tables(conn: sqlite3.Connection) -> None:
    conn.executescript(OFFICIAL_TABLES)


def office_of(position: str, ward: str | None) -> str:
    """The office a position names, in one form: "PCT UBND phường" in "Phường Tân Định" ->
    "Phó Chủ tịch Ủy ban nhân dân phường Tân Định"."""
    office = units.expand_abbreviations(units.canonical_unit(position, ward) or position)
    return office[:1].upper() + office[1:]


def refresh_article(conn: sqlite3.Connection, key: str) -> int:
    """Re-read the officials of one stored article (in the caller's transaction):
    its old mentions go, today's extraction's come in, resolved to the ward's people.
    Returns the number of mentions stored."""
    row = conn.execute("SELECT portal, ward_name, province, title, lead, body_text, published_at, "
                       "first_fetched_at FROM articles WHERE canonical_url = ?", (key,)).fetchone()
    forget_article(conn, key)
    if row is None:
        return 0
    portal, ward, province, title, lead, body, published_at, first_fetched_at = row
    text = "\n".join(part for part in (title, lead, body) if part)
    seen_on = (published_at or first_fetched_at or "")[:10] or None
    found = officials.mentions(text, ward, province)
    for number, mention in enumerate(found):
        mention_units = _units_of(mention, ward, province)
        person_id = _person_for(conn, portal, ward, province, mention.name, mention_units)
        cursor = conn.execute(
            "INSERT INTO official_mentions (article_url, position, person_id, name, positions, unit, sentence, "
            "seen_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (key, number, person_id, mention.name, json.dumps(mention.positions, ensure_ascii=False),
             mention.unit, mention.sentence, seen_on))
        for position in dict.fromkeys(mention.positions):
            conn.execute("INSERT OR IGNORE INTO mention_offices (mention_id, article_url, written, office, unit) "
                         "VALUES (?, ?, ?, ?, ?)",
                         (cursor.lastrowid, key, position, office_of(position, ward),
                          officials.unit_of(position, ward, province)))
    return len(found)


def _units_of(mention: officials.Mention, ward, province) -> set[str]:
    return {unit for unit in (officials.unit_of(p, ward, province) for p in mention.positions) if unit}


def _person_for(conn: sqlite3.Connection, portal: str, ward, province, name: str, mention_units: set[str]) -> int:
    """The person of the ward this mention names: the one of that name whose units
    overlap the mention's (a mention without units joins the first), else a new one.
    Several people of one name in one ward are all marked with their count."""
    name_key = officials.name_key(name)
    candidates = conn.execute("SELECT id, units FROM people WHERE portal = ? AND name_key = ? ORDER BY id",
                              (portal, name_key)).fetchall()
    for person_id, known in candidates:
        known_units = set(json.loads(known))
        if not mention_units or not known_units or known_units & mention_units:
            merged = sorted(known_units | mention_units)
            conn.execute("UPDATE people SET units = ? WHERE id = ?", (json.dumps(merged, ensure_ascii=False), person_id))
            return person_id
    cursor = conn.execute("INSERT INTO people (portal, ward_name, province, name, name_key, units) "
                          "VALUES (?, ?, ?, ?, ?, ?)",
                          (portal, ward, province, name, name_key,
                           json.dumps(sorted(mention_units), ensure_ascii=False)))
    if candidates:
        conn.execute("UPDATE people SET homonyms = ? WHERE portal = ? AND name_key = ?",
                     (len(candidates) + 1, portal, name_key))
    return cursor.lastrowid


def forget_article(conn: sqlite3.Connection, key: str) -> None:
    """Drop an article's mentions, and the people only it named."""
    people = [row[0] for row in conn.execute(
        "SELECT DISTINCT person_id FROM official_mentions WHERE article_url = ?", (key,))]
    conn.execute("DELETE FROM mention_offices WHERE article_url = ?", (key,))
    conn.execute("DELETE FROM official_mentions WHERE article_url = ?", (key,))
    conn.executemany("DELETE FROM people WHERE id = ? AND NOT EXISTS "
                     "(SELECT 1 FROM official_mentions WHERE person_id = people.id)", [(p,) for p in people])


def rebuild(conn: sqlite3.Connection, progress=lambda keys: keys) -> dict:
    """Every article's officials read again with today's code, people resolved afresh
    (in article order: oldest first, so a ward's people are numbered as they appeared)."""
    conn.execute("DELETE FROM mention_offices")
    conn.execute("DELETE FROM official_mentions")
    conn.execute("DELETE FROM people")
    keys = [row[0] for row in conn.execute("SELECT canonical_url FROM articles ORDER BY sort_key")]
    mentions = sum(refresh_article(conn, key) for key in progress(keys))
    people = conn.execute("SELECT count(*) FROM people").fetchone()[0]
    return {"articles": len(keys), "mentions": mentions, "people": people}


def refresh_source_units(conn: sqlite3.Connection) -> None:
    """The canonical issuing unit of every article (what the `source_unit` facet shows)."""
    rows = conn.execute("SELECT canonical_url, source_unit, ward_name FROM articles").fetchall()
    conn.executemany("UPDATE articles SET source_unit_canonical = ? WHERE canonical_url = ?",
                     [(units.canonical_unit(unit, ward), key) for key, unit, ward in rows])


def refresh_credits(conn: sqlite3.Connection) -> None:
    """Credit roles of every article read from its credit line (archives made before them)."""
    from ward_scraper.extract.credits import credit_roles

    rows = conn.execute("SELECT canonical_url, credit_line FROM articles").fetchall()
    conn.executemany("UPDATE articles SET credits = ? WHERE canonical_url = ?",
                     [(json.dumps(credit_roles(line), ensure_ascii=False), key) for key, line in rows])


def migrate_step(conn: sqlite3.Connection) -> None:
    """Schema version 10: credits and canonical source units on articles, the officials'
    tables, filled from what the archive holds."""
    for table, column, sql in (("articles", "credits", "credits TEXT NOT NULL DEFAULT '[]'"),
                               ("article_versions", "credits", "credits TEXT NOT NULL DEFAULT '[]'"),
                               ("articles", "source_unit_canonical", "source_unit_canonical TEXT")):
        present = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        if column not in present:
            conn.execute(f"ALTER TABLE {table} ADD COLUMN {sql}")
    conn.execute("CREATE INDEX IF NOT EXISTS articles_source_unit_canonical ON articles(source_unit_canonical)")
    create_tables(conn)
    refresh_credits(conn)
    refresh_source_units(conn)
    rebuild(conn)


def drop_redacted(conn: sqlite3.Connection, redactions: dict[str, frozenset[str]]) -> None:
    """A public copy: mentions quote the text, so an article whose text is redacted loses
    them; and people no article names any more (their articles suppressed) go too."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'official_mentions'").fetchone():
        return
    for key, names in redactions.items():
        if names & set(TEXT_FIELDS):
            forget_article(conn, key)
    conn.execute("DELETE FROM people WHERE NOT EXISTS (SELECT 1 FROM official_mentions WHERE person_id = people.id)")
