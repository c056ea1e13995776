"""Vietnam's commune-level units: the official registry the archive ties portals and articles to.

Three tables, loaded by migrate() from the vendored CSVs in wards_data/
(regenerated from pinned packages by wards_build.py; never from the network):
  * `wards`: every unit since 1 July 2025, one row per version (a rename or an
    xã -> phường reclassification closes a version: `valid_to`); the 3,321
    current units are the rows without `valid_to` (view `current_wards`);
  * `old_units`: the communes before 1 July 2025;
  * `ward_succession`: old code -> new code, whole or part.
`ward_coverage` (a view) says, per current unit, which portal covers it and
what the archive holds of it (docs/schema.md).

The same data, read straight from the CSVs, is the library API that the
portal registry check and portal discovery use (`unit_registry()`): no
archive is needed to know the units.
"""
from __future__ import annotations

import csv
import hashlib
import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ward_scraper.util.wardnames import name_key, split_type, ward_slug

DATA = Path(__file__).resolve().parent / "wards_data"
CSV_FILES = ("wards.csv", "old_units.csv", "ward_succession.csv")

WARD_TABLES = """
CREATE TABLE IF NOT EXISTS wards (
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    short_name TEXT NOT NULL,
    slug TEXT NOT NULL,
    province_code TEXT NOT NULL,
    province_name TEXT NOT NULL,
    latitude REAL,
    longitude REAL,
    valid_from TEXT NOT NULL,
    valid_to TEXT,
    change TEXT,
    PRIMARY KEY (code, valid_from)
);
CREATE INDEX IF NOT EXISTS wards_province_slug ON wards(province_code, slug);
CREATE TABLE IF NOT EXISTS old_units (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    district_code TEXT NOT NULL,
    district_name TEXT NOT NULL,
    province_code TEXT NOT NULL,
    province_name TEXT NOT NULL,
    latitude REAL,
    longitude REAL
);
CREATE TABLE IF NOT EXISTS ward_succession (
    old_code TEXT NOT NULL,
    new_code TEXT NOT NULL,
    extent TEXT NOT NULL,
    main INTEGER NOT NULL,
    PRIMARY KEY (old_code, new_code)
);
CREATE INDEX IF NOT EXISTS ward_succession_new ON ward_succession(new_code);
CREATE TABLE IF NOT EXISTS wards_state (data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS portals_ward_code ON portals(ward_code);
CREATE INDEX IF NOT EXISTS crawl_runs_portal ON crawl_runs(portal, id);

CREATE VIEW IF NOT EXISTS current_wards AS
    SELECT code, name, type, short_name, slug, province_code, province_name, latitude, longitude, valid_from
    FROM wards WHERE valid_to IS NULL;

-- One row per current unit. A crawl counts as successful when it finished
-- (status ok, or errors: some pages failed); health is the status of the
-- latest crawl of the unit's portals, 'unhealthy' when that crawl flagged
-- the portal (crawl_errors kind portal_unhealthy). newest_article is the
-- latest publication date archived.
CREATE VIEW IF NOT EXISTS ward_coverage AS
    SELECT w.province_code, w.province_name, w.code, w.name, w.type,
        (SELECT group_concat(p.slug, ' ') FROM portals p WHERE p.ward_code = w.code) AS portals,
        (SELECT group_concat(DISTINCT p.platform) FROM portals p WHERE p.ward_code = w.code) AS platform,
        (SELECT max(r.finished_at) FROM portals p JOIN crawl_runs r ON r.portal = p.slug
         WHERE p.ward_code = w.code AND r.status IN ('ok', 'errors')) AS last_successful_crawl,
        (SELECT count(*) FROM portals p JOIN articles a ON a.portal = p.slug
         WHERE p.ward_code = w.code) AS articles,
        -- sort_key starts with the publication date (undated: 0000-00-00),
        -- so the newest is one step down the (portal, sort_key) index.
        (SELECT max((SELECT a.published_at FROM articles a WHERE a.portal = p.slug
                     ORDER BY a.sort_key DESC LIMIT 1))
         FROM portals p WHERE p.ward_code = w.code) AS newest_article,
        (SELECT CASE WHEN EXISTS (SELECT 1 FROM crawl_errors e WHERE e.run_id = r.run_id
                                  AND e.portal = r.portal AND e.kind = 'portal_unhealthy')
                     THEN 'unhealthy' ELSE r.status END
         FROM portals p JOIN crawl_runs r ON r.portal = p.slug
         WHERE p.ward_code = w.code ORDER BY r.id DESC LIMIT 1) AS health,
        w.latitude, w.longitude
    FROM current_wards w;
"""

# Coverage per province, for `ward-archive summary` and the dashboard.
PROVINCE_COVERAGE = """
SELECT province_code, province_name, count(*) AS units, count(portals) AS with_portal,
       sum(articles > 0) AS archived, sum(articles) AS articles
FROM ward_coverage GROUP BY province_code ORDER BY province_name
"""

# The coverage map (datasette/plugins/ward_map.py): every current unit with
# coordinates, with what the archive holds of it; one province or all.
MAP_POINTS = """
SELECT code, name, province_code, province_name, latitude, longitude, portals, articles, health
FROM ward_coverage
WHERE latitude IS NOT NULL AND longitude IS NOT NULL AND (:province = '' OR province_code = :province)
ORDER BY code
"""
MAP_PROVINCES = "SELECT DISTINCT province_code, province_name FROM current_wards ORDER BY province_code"


def data_fingerprint() -> str:
    """What the vendored data says, hashed: a different one means reload."""
    digest = hashlib.sha256()
    for name in CSV_FILES:
        digest.update((DATA / name).read_bytes())
    return digest.hexdigest()


def _rows(name: str) -> list[dict]:
    with open(DATA / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


# ---- in the archive ---------------------------------------------------------

def add_ward_tables(conn: sqlite3.Connection) -> None:
    """Schema step 9: the unit tables, the coverage views, and their data."""
    conn.executescript(WARD_TABLES)
    load_wards(conn)


def wards_are_current(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT data FROM wards_state").fetchone()
    return row is not None and row[0] == data_fingerprint()


def load_wards(conn: sqlite3.Connection) -> None:
    """Replace the unit tables' rows with the vendored data (a pinned-data
    update reaches an existing archive through migrate())."""
    for table in ("wards", "old_units", "ward_succession", "wards_state"):
        conn.execute(f"DELETE FROM {table}")
    for name, table in (("wards.csv", "wards"), ("old_units.csv", "old_units"),
                        ("ward_succession.csv", "ward_succession")):
        rows = _rows(name)
        columns = list(rows[0])
        conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                         ([row[c] if row[c] != "" else None for c in columns] for row in rows))
    conn.execute("INSERT INTO wards_state (data) VALUES (?)", (data_fingerprint(),))


def province_coverage(conn: sqlite3.Connection) -> list[tuple[str, int, int, int]]:
    """(province, units, units with a portal, units with an archived article)."""
    return [(name, units, with_portal, archived)
            for _code, name, units, with_portal, archived, _articles in conn.execute(PROVINCE_COVERAGE)]


# ---- the library API (no archive needed) -------------------------------------

@dataclass(frozen=True)
class Unit:
    """One version of a unit: a current one has no valid_to."""
    code: str
    name: str
    type: str
    short_name: str
    slug: str
    province_code: str
    province_name: str
    valid_from: str
    valid_to: str | None


@dataclass(frozen=True)
class OldUnit:
    code: str
    name: str
    district_name: str
    province_name: str


class UnitRegistry:
    """The units by code, province, name and slug; every lookup is exact or empty."""

    def __init__(self, ward_rows: list[dict], old_rows: list[dict], succession_rows: list[dict]):
        self.versions: dict[str, list[Unit]] = {}
        for row in ward_rows:
            unit = Unit(row["code"], row["name"], row["type"], row["short_name"], row["slug"],
                        row["province_code"], row["province_name"], row["valid_from"], row["valid_to"] or None)
            self.versions.setdefault(unit.code, []).append(unit)
        self.current = {code: versions[-1] for code, versions in self.versions.items()}
        self.old = {row["code"]: OldUnit(row["code"], row["name"], row["district_name"], row["province_name"])
                    for row in old_rows}
        self.successors: dict[str, list[str]] = {}
        self.predecessors: dict[str, list[str]] = {}
        for row in succession_rows:
            self.successors.setdefault(row["old_code"], []).append(row["new_code"])
            self.predecessors.setdefault(row["new_code"], []).append(row["old_code"])

    def unit(self, code: str) -> Unit | None:
        """The current version of the unit with this code ('226' and '00226' alike)."""
        return self.current.get(code.strip().zfill(5)) if code.strip().isdigit() else None

    def in_province(self, province_code: str) -> list[Unit]:
        return [unit for unit in self.current.values() if unit.province_code == province_code]

    def by_slug(self, province_code: str, slug: str) -> list[Unit]:
        """The province's current units whose host-name slug is `slug`: more
        than one means the slug is ambiguous there (Sơn Hà and Sơn Hạ are
        both `sonha`), and only the name can tell them apart."""
        return [unit for unit in self.in_province(province_code) if unit.slug == slug]

    def by_name(self, province_code: str, name: str) -> list[Unit]:
        """The province's current units called `name`, with or without its
        type word, in any version's spelling ('Xã Xuân Lộc' finds Phường Xuân Lộc)."""
        return [unit for unit in self.in_province(province_code)
                if any(same_name(name, version.name) for version in self.versions[unit.code])]

    def province_code(self, province_name: str) -> str | None:
        """'Đồng Nai', 'Thành phố Đồng Nai' or 'Tỉnh Đồng Nai' -> '75'."""
        wanted = name_key(_without_province_type(province_name))
        for unit in self.current.values():
            if name_key(_without_province_type(unit.province_name)) == wanted:
                return unit.province_code
        return None

    def former_units(self, code: str) -> list[OldUnit]:
        """The pre-reform communes that went (wholly or partly) into this unit."""
        return [self.old[old] for old in self.predecessors.get(code, []) if old in self.old]

    def reference_problem(self, code: str, name: str, province: str) -> tuple[str, str] | None:
        """(column, why) when a registry row's code is unknown or its name or
        province contradicts the code; None when they agree. The name may be
        any version's ('Xã Xuân Lộc' for 26425, a phường since 2026), with or
        without the type word, or a former unit's marked '(cũ)' ('Phường
        Thuận Phước (cũ)' for the ward it went into)."""
        unit = self.unit(code)
        if unit is None:
            return "ward_code", f"{code!r} is not the code of a current unit in the official list"
        if name_key(_without_province_type(province)) != name_key(_without_province_type(unit.province_name)):
            return "province", f"unit {code} ({unit.name}) is in {unit.province_name}, not {province!r}"
        former = name.strip().removesuffix("(cũ)")
        if former != name.strip():
            if any(same_name(former, old.name) for old in self.former_units(unit.code)):
                return None
            return "ward_name", f"{former.strip()!r} is not a former unit merged into {unit.code} {unit.name}"
        if any(same_name(name, version.name) for version in self.versions[unit.code]):
            return None
        return "ward_name", f"unit {code} is {unit.name}, not {name!r}"


def same_name(written: str, official: str) -> bool:
    """True when `written` names the unit called `official` ('Phường Bình Lộc'):
    the same short name in any spelling, with its type word or none."""
    written_type, written_short = split_type(written)
    official_type, official_short = split_type(official)
    return name_key(written_short) == name_key(official_short) and written_type in ("", official_type)


def _without_province_type(name: str) -> str:
    for prefix in ("thành phố ", "tỉnh "):
        if name.strip().lower().startswith(prefix):
            return name.strip()[len(prefix):]
    return name


@lru_cache(maxsize=1)
def unit_registry() -> UnitRegistry:
    """The vendored units, read once per process."""
    return UnitRegistry(_rows("wards.csv"), _rows("old_units.csv"), _rows("ward_succession.csv"))


__all__ = ["UnitRegistry", "Unit", "OldUnit", "unit_registry", "same_name", "ward_slug", "add_ward_tables", "load_wards",
           "wards_are_current", "province_coverage"]
