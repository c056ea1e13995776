"""The portal registry: one CSV row per ward portal.

Columns: slug,ward_name,ward_code,province,platform,base_url,listing_paths
(`listing_paths` is a space-separated list of the news sections to crawl).
A file is validated whole before anything is crawled: one bad row stops the
run with an error naming the row and the column.

`ward_code` is the unit's official code (the `wards` table, docs/schema.md),
or empty while nobody has looked it up. A code that is not a current unit's,
or whose unit has another name or province than the row says, is an error:
the official list (ward_archive.storage.wards) is the reference.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from ward_archive.storage.wards import unit_registry

COLUMNS = ("slug", "ward_name", "ward_code", "province", "platform", "base_url", "listing_paths")
DEFAULT_REGISTRY = Path(__file__).with_name("portals.csv")

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Commune-level codes of the General Statistics Office are five digits.
# Empty means "not yet looked up", which is better than an invented code.
_WARD_CODE = re.compile(r"^(\d{5})?$")


class RegistryError(ValueError):
    """A registry file that cannot be crawled; the message names row and column."""


@dataclass(frozen=True)
class Portal:
    slug: str
    ward_name: str
    ward_code: str
    province: str
    platform: str
    base_url: str
    listing_paths: tuple[str, ...]

    @property
    def listing_urls(self) -> list[str]:
        return [urljoin(self.base_url, path) for path in self.listing_paths]

    @property
    def host(self) -> str:
        return urlsplit(self.base_url).hostname or ""

    @classmethod
    def from_row(cls, row) -> "Portal":
        """The portal a row names, as `as_row` writes it (a registry row after
        validation, or the archive's `portals` row)."""
        return cls(row["slug"], row["ward_name"], row["ward_code"] or "", row["province"], row["platform"],
                   row["base_url"], tuple(row["listing_paths"].split()))

    def as_row(self) -> dict:
        return {"slug": self.slug, "ward_name": self.ward_name, "ward_code": self.ward_code,
                "province": self.province, "platform": self.platform, "base_url": self.base_url,
                "listing_paths": " ".join(self.listing_paths)}


def load_registry(path: str | Path = DEFAULT_REGISTRY, known_platforms=None) -> list[Portal]:
    """Read and validate a registry file; raise RegistryError on the first bad cell."""
    if known_platforms is None:
        from ward_scraper.extract.platforms import PARSERS
        known_platforms = set(PARSERS) | {"auto"}
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise RegistryError(f"{path}: registry file not found") from None
    except UnicodeDecodeError as exc:
        raise RegistryError(f"{path}: not UTF-8 ({exc.reason} at byte {exc.start})") from None
    reader = csv.DictReader(text.splitlines())
    missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise RegistryError(f"{path}: header lacks column(s) {', '.join(missing)}; "
                            f"expected {','.join(COLUMNS)}")
    portals, seen = [], set()
    for number, row in enumerate(reader, start=2):  # row 1 is the header
        portal = _validate_row(row, lambda column, msg: RegistryError(
            f"{path}: row {number}, column {column}: {msg}"), known_platforms)
        if portal.slug in seen:
            raise RegistryError(f"{path}: row {number}, column slug: {portal.slug!r} appears twice")
        seen.add(portal.slug)
        portals.append(portal)
    if not portals:
        raise RegistryError(f"{path}: no portal rows")
    return portals


def _validate_row(row: dict, error, known_platforms) -> Portal:
    if None in row:
        raise error("(extra)", f"more cells than the {len(COLUMNS)} columns: {row[None]!r}")
    cells = {column: (row.get(column) or "").strip() for column in COLUMNS}
    for column in ("slug", "ward_name", "province", "platform", "base_url", "listing_paths"):
        if not cells[column]:
            raise error(column, "empty")
    if not _SLUG.match(cells["slug"]):
        raise error("slug", f"{cells['slug']!r} is not lower-case ASCII words joined by '-'")
    if not _WARD_CODE.match(cells["ward_code"]):
        raise error("ward_code", f"{cells['ward_code']!r} is not a five-digit code (or empty)")
    if cells["ward_code"]:
        problem = unit_registry().reference_problem(cells["ward_code"], cells["ward_name"], cells["province"])
        if problem:
            raise error(*problem)
    if cells["platform"] not in known_platforms:
        raise error("platform", f"unknown platform {cells['platform']!r}; "
                                f"known: {', '.join(sorted(known_platforms))}")
    base = urlsplit(cells["base_url"])
    if base.scheme not in ("http", "https") or not base.hostname:
        raise error("base_url", f"{cells['base_url']!r} is not an http(s) URL")
    base_url = cells["base_url"] if base.path.endswith("/") else cells["base_url"] + "/"
    paths = tuple(cells["listing_paths"].split())
    for listing in paths:
        target = urlsplit(urljoin(base_url, listing))
        # Host and port alone are not enough: file://<portal host>/etc/... shares them.
        if target.scheme not in ("http", "https"):
            raise error("listing_paths", f"{listing!r} is not an http(s) URL")
        if target.hostname != base.hostname or target.port != base.port:
            raise error("listing_paths", f"{listing!r} leaves the portal's host")
    return Portal.from_row({**cells, "base_url": base_url})


def write_registry(portals, path: str | Path) -> None:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        for portal in portals:
            writer.writerow(portal.as_row() if isinstance(portal, Portal) else portal)
