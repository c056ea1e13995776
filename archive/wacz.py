"""The raw captures as one WACZ file (Web Archive Collection Zipped, 1.1.1):
what ReplayWeb.page opens and `wacz validate` checks.

    archive/*.warc.gz          the archive's closed WARC files, copied as they are
    indexes/index.cdxj         one line per response and revisit record, sorted
    pages/pages.jsonl          the archived articles: url, ts, title, text
    datapackage.json           every file above with its size and SHA-256
    datapackage-digest.json    the SHA-256 of datapackage.json

The WARC files are stored (not compressed again, as the format requires)
and streamed: a WACZ of a large archive never holds a file in memory. The
WACZ is reproducible: entries in a fixed order, dated by the archive's
newest capture, never by the clock.

Suppressed articles are left out of the page list and redacted titles or
texts blanked there, as in every export; the WARC files, copied whole, still
hold their raw pages (docs/export.md says so).
"""
from __future__ import annotations

import hashlib
import json
import os
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from importlib.metadata import version as package_version
from pathlib import Path

from ward_archive.storage.schema import SchemaError, open_reader
from ward_archive.storage.warc import cdxj_lines, closed_files, replay_pages, warc_dir

WACZ_VERSION = "1.1.1"
PAGES_HEADER = {"format": "json-pages-1.0", "id": "pages", "title": "Archived articles", "hasText": True}
CHUNK = 1 << 20


class WaczError(ValueError):
    """A WACZ that cannot be written (the message says why)."""


@dataclass
class WaczSummary:
    path: Path
    warc_files: int
    records: int
    pages: int
    left_out_suppressed: int
    open_files_left_out: list[str] = field(default_factory=list)


def wacz_path(target: str | Path, db_path: str) -> Path:
    """`--wacz FILE.wacz` is the file; any other path is a directory to put
    `<archive name>.wacz` in."""
    target = Path(target)
    if target.suffix == ".wacz":
        return target
    return target / (Path(db_path).stem + ".wacz")


class HashingZip:
    """A zip being written, remembering each entry's size and SHA-256 for the datapackage."""

    def __init__(self, path: Path, date_time: tuple):
        self.zip = zipfile.ZipFile(path, "w", allowZip64=True)
        self.date_time = date_time
        self.resources = []

    def write(self, name: str, chunks, size: int, stored: bool) -> None:
        info = zipfile.ZipInfo(name, self.date_time)
        info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
        info.file_size = size   # known ahead: zip64 fields only for an entry that needs them
        digest, size = hashlib.sha256(), 0
        with self.zip.open(info, "w") as entry:
            for chunk in chunks:
                digest.update(chunk)
                size += len(chunk)
                entry.write(chunk)
        self.resources.append({"name": Path(name).name.lower(), "path": name,
                               "hash": f"sha256:{digest.hexdigest()}", "bytes": size})

    def write_bytes(self, name: str, data: bytes) -> None:
        self.write(name, [data], len(data), stored=False)

    def close(self) -> None:
        self.zip.close()


def file_chunks(path: Path):
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            yield chunk


def sorted_index(files: list[Path]) -> tuple[bytes, int]:
    """The CDXJ index of the files, sorted as replay tools binary-search it."""
    lines = sorted(line for path in files for line in cdxj_lines(path))
    return "".join(line + "\n" for line in lines).encode("utf-8"), len(lines)


def page_lines(db_path: str, included: set[str]) -> tuple[list[str], int]:
    """pages.jsonl: its header, then one line per article whose capture is in
    the WACZ (suppressed ones left out, redacted fields left blank)."""
    lines, suppressed = [json.dumps(PAGES_HEADER)], 0
    for page in replay_pages(db_path):
        if page.redacted == "suppressed":
            suppressed += 1
            continue
        if not set(page.warc_files) <= included:
            continue
        redacted = page.redacted or frozenset()
        entry = {"id": hashlib.sha256(page.canonical_url.encode()).hexdigest()[:24], "url": page.url,
                 "ts": page.ts, "title": "" if "title" in redacted else page.title}
        if "body_text" not in redacted:
            entry["text"] = page.text
        lines.append(json.dumps(entry, ensure_ascii=False))
    return lines, suppressed


def datapackage(resources: list[dict], created: str) -> bytes:
    package = {"profile": "data-package", "resources": resources, "wacz_version": WACZ_VERSION,
               "title": "ward-archive raw captures", "created": created,
               "software": f"ward-archive {package_version('ward-archive')}"}
    return (json.dumps(package, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def export_wacz(db_path: str, target: str | Path) -> WaczSummary:
    """Write the archive's captures as a WACZ at `target` (see wacz_path);
    the file appears whole or not at all."""
    try:
        open_reader(db_path).close()
    except SchemaError as exc:
        raise WaczError(str(exc)) from None
    directory = warc_dir(db_path)
    files = closed_files(directory)
    if not files:
        raise WaczError(f"{directory} holds no finished WARC file: crawl first (ward-archive crawl)")
    left_open = sorted(p.name for p in directory.glob("*.warc.gz") if p not in files)
    out = wacz_path(target, db_path).resolve()
    if out.exists() and not out.is_file():
        raise WaczError(f"{out} exists and is not a file")
    out.parent.mkdir(parents=True, exist_ok=True)
    pages, suppressed = page_lines(db_path, {p.name for p in files})
    newest = max((json.loads(line)["ts"] for line in pages[1:]), default="1980-01-01T00:00:00Z")
    stamp = datetime.fromisoformat(newest.replace("Z", "+00:00"))
    index, records = sorted_index(files)
    partial = out.with_name(f".{out.name}.partial-{os.getpid()}")
    try:
        package = HashingZip(partial, stamp.timetuple()[:6])
        for path in files:
            package.write(f"archive/{path.name}", file_chunks(path), path.stat().st_size, stored=True)
        package.write_bytes("indexes/index.cdxj", index)
        package.write_bytes("pages/pages.jsonl", "".join(line + "\n" for line in pages).encode("utf-8"))
        described = datapackage(package.resources, stamp.strftime("%Y-%m-%dT%H:%M:%SZ"))
        package.zip.writestr(zipfile.ZipInfo("datapackage.json", stamp.timetuple()[:6]), described,
                             compress_type=zipfile.ZIP_DEFLATED)
        digest = {"path": "datapackage.json", "hash": "sha256:" + hashlib.sha256(described).hexdigest()}
        package.zip.writestr(zipfile.ZipInfo("datapackage-digest.json", stamp.timetuple()[:6]),
                             json.dumps(digest, indent=2) + "\n", compress_type=zipfile.ZIP_DEFLATED)
        package.close()
        partial.replace(out)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return WaczSummary(out, len(files), records, len(pages) - 1, suppressed, left_open)
