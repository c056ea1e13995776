"""CSV / JSON Lines archives of the articles: one file per ward and year,
plus `manifest.json` with each file's row count and SHA-256.

Exports are reproducible: the same archive gives the same bytes, manifest
included. Rows and files come in a fixed order, and nothing in the output
depends on the clock, the machine or the locale; the one date in the
manifest (`archive.as_of`) is read from the archive itself.

Suppressed articles are left out, and redacted fields blanked (see
archive/publish.py), because an export is made to be shared.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import shutil
import sys
from contextlib import ExitStack
from datetime import date
from importlib.metadata import version as package_version
from pathlib import Path

import bagit
import click

from ward_scraper.extract import fields
from ward_scraper.util.vietnam_time import vietnam_time

from ward_archive.storage.reader import Selection, Snapshot, ascii_slug
from ward_archive.storage.schema import SchemaError
from ward_archive.wacz import WaczError, export_wacz

# The column order is a public interface (docs/export.md): the exported
# fields of the registry, by their `export_column`.
COLUMNS = fields.names(fields.EXPORTED)
LIST_COLUMNS = tuple(f.name for f in fields.EXPORTED if f.shape is not fields.Shape.VALUE)
# The registry names every time `*_at`. Exported in Vietnam time, RFC 3339
# (a date alone stays a date): ward_scraper.util.vietnam_time, docs/export.md.
TIME_COLUMNS = tuple(f.name for f in fields.EXPORTED if f.name.endswith("_at"))
FORMATS = ("csv", "jsonl")
MANIFEST = "manifest.json"
BAG_DECLARATION = "bagit.txt"
CHUNK = 1 << 20


class ExportError(ValueError):
    """An export that cannot be written (the message says why)."""


def file_path(row, fmt: str) -> str:
    year = row["year"] if row["year"] is not None else "undated"
    return f"{ascii_slug(row['province'])}/{ascii_slug(row['portal'])}/{year}.{fmt}"


# ---- reading the archive -----------------------------------------------------

def check_filters(snapshot: Snapshot, selection: Selection) -> None:
    """A misspelt province or ward would silently export nothing: say so."""
    for province in selection.provinces:
        if not snapshot.has_province(province):
            raise ExportError(f"--province {province!r} matches no article in the archive")
    for ward in selection.wards:
        if not snapshot.has_ward(ward):
            raise ExportError(f"--ward {ward!r} is neither the ward code nor the portal slug of an archived article")
    if selection.date_from and selection.date_to and selection.date_from > selection.date_to:
        raise ExportError(f"--from {selection.date_from} is after --to {selection.date_to}")


def record(snapshot: Snapshot, row, redacted: frozenset[str]) -> dict:
    """One article as exported: lists decoded, times at +07:00, redacted fields blanked."""
    values = {field.name: snapshot.field_value(row, field) for field in fields.EXPORTED}
    for name in TIME_COLUMNS:
        values[name] = vietnam_time(values[name])
    for name in redacted:
        values[name] = [] if name in LIST_COLUMNS else None
    return values


# ---- writing files -----------------------------------------------------------

class CsvFile:
    """UTF-8 with a byte order mark (so Excel reads Vietnamese right),
    RFC 4180 quoting, CRLF line ends. Lists of names (authors) are joined
    with '; ' (names never hold one); lists of rows (images, attachments)
    are JSON lists."""

    def __init__(self, path: Path):
        self.handle = open(path, "w", encoding="utf-8-sig", newline="")
        self.writer = csv.writer(self.handle, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        self.writer.writerow(COLUMNS)

    def write(self, values: dict) -> None:
        cells = dict(values)
        for field in fields.EXPORTED:
            if field.shape is fields.Shape.JSON_LIST:
                cells[field.name] = "; ".join(values[field.name])
            elif field.shape is fields.Shape.ROWS:
                cells[field.name] = json.dumps(values[field.name], ensure_ascii=False)
        self.writer.writerow(["" if cells[c] is None else cells[c] for c in COLUMNS])

    def close(self) -> None:
        self.handle.close()


class JsonLinesFile:
    """One JSON object per line, keys in column order, UTF-8 without BOM, LF."""

    def __init__(self, path: Path):
        self.handle = open(path, "w", encoding="utf-8", newline="\n")

    def write(self, values: dict) -> None:
        self.handle.write(json.dumps(values, ensure_ascii=False) + "\n")

    def close(self) -> None:
        self.handle.close()


WRITERS = {"csv": CsvFile, "jsonl": JsonLinesFile}


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def write_files(snapshot: Snapshot, rows, out_dir: Path, fmt: str, hidden: dict, advance) -> tuple[list[dict], dict]:
    """Stream the rows into their files (one open at a time); return the
    manifest entries and the counts of suppressed and redacted articles."""
    entries, counts = [], {"left_out_suppressed": 0, "redacted": 0}
    current, writer = None, None
    for row in rows:
        advance(1)
        key = row["canonical_url"]
        if key in hidden and hidden[key] is None:
            counts["left_out_suppressed"] += 1
            continue
        path = file_path(row, fmt)
        if path != current:
            if writer:
                writer.close()
            current = path
            (out_dir / path).parent.mkdir(parents=True, exist_ok=True)
            writer = WRITERS[fmt](out_dir / path)
            entries.append({"path": path, "rows": 0, "province": row["province"], "portal": row["portal"],
                            "ward_name": row["ward_name"], "ward_code": row["ward_code"], "year": row["year"]})
        redacted = hidden.get(key) or frozenset()
        counts["redacted"] += bool(redacted)
        writer.write(record(snapshot, row, redacted))
        entries[-1]["rows"] += 1
    if writer:
        writer.close()
    for entry in entries:
        entry["bytes"] = (out_dir / entry["path"]).stat().st_size
        entry["sha256"] = sha256_of(out_dir / entry["path"])
    return sorted(entries, key=lambda e: e["path"]), counts


def write_manifest(out_dir: Path, manifest: dict) -> None:
    text = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=2) + "\n"
    (out_dir / MANIFEST).write_text(text, encoding="utf-8", newline="\n")


def check_target(out_dir: Path) -> None:
    """An export replaces its directory whole: only an earlier export (or
    nothing) may be there, never someone's other files."""
    earlier = (out_dir / MANIFEST).exists() or (out_dir / BAG_DECLARATION).exists()
    if out_dir.exists() and any(out_dir.iterdir()) and not earlier:
        raise ExportError(f"{out_dir} is not empty and holds no {MANIFEST}: choose a new directory")


def make_bag(directory: Path, manifest: dict) -> None:
    """Turn a finished export into a BagIt bag (RFC 8493): the files move
    under data/, and sha256 manifests of the payload and tag files are added.
    Dated by the archive (as_of), so the bag is as reproducible as the export."""
    as_of = manifest["archive"]["as_of"] or "1970-01-01"
    bagit.make_bag(str(directory), {
        "Bagging-Date": as_of[:10],
        "External-Description": f"ward-archive {manifest['format']} export: {manifest['rows']} articles, "
                                f"one file per ward and year; data/{MANIFEST} lists them",
        "External-Identifier": manifest["generator"]}, checksums=["sha256"])


def verify_bag(out_dir: Path) -> list[str]:
    """Problems in a bagged export: the bag's own checks (which stop at the
    first kind of fault), then the export's, which name every bad file."""
    problems = []
    try:
        bagit.Bag(str(out_dir)).validate()
    except bagit.BagError as exc:
        problems += [f"bag: {detail}" for detail in getattr(exc, "details", None) or [exc]]
    return problems + [f"data/{problem}" for problem in verify_export(out_dir / "data")]


def replace_dir(staging: Path, out_dir: Path) -> None:
    """Put a finished export in place of `out_dir`: the directory holds the
    earlier export or the new one, never a half-written one."""
    if out_dir.exists():
        old = out_dir.with_name(f".{out_dir.name}.old-{os.getpid()}")
        out_dir.rename(old)
        staging.rename(out_dir)
        shutil.rmtree(old)
    else:
        staging.rename(out_dir)


def export_archive(db_path: str, out_dir: str | Path, fmt: str = "csv", provinces=(), wards=(),
                   date_from: date | None = None, date_to: date | None = None,
                   progress=None, bag: bool = False) -> dict:
    """Write the export; return its manifest. `progress(total)` is called
    once and returns a function called with the number of rows read."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose {' or '.join(FORMATS)}")
    out_dir = Path(out_dir).resolve()
    check_target(out_dir)
    staging = out_dir.with_name(f".{out_dir.name}.partial-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    try:
        snapshot = Snapshot(db_path)
    except SchemaError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise ExportError(str(exc)) from None
    try:
        selection = Selection(tuple(provinces), tuple(wards), date_from, date_to)
        check_filters(snapshot, selection)
        advance = progress(snapshot.count(selection)) if progress else (lambda n: None)
        entries, counts = write_files(snapshot, snapshot.articles(selection), staging, fmt,
                                      snapshot.suppressions(), advance)
        facts = snapshot.facts()
        manifest = {
            "archive": {**facts, "as_of": vietnam_time(facts["as_of"])},
            "columns": list(COLUMNS),
            "files": entries,
            "filters": {"province": sorted(provinces), "ward": sorted(wards),
                        "from": date_from.isoformat() if date_from else None,
                        "to": date_to.isoformat() if date_to else None},
            "format": fmt,
            "generator": f"ward-archive {package_version('ward-archive')}",
            "rows": sum(entry["rows"] for entry in entries),
            **counts,
        }
        write_manifest(staging, manifest)
        if bag:
            make_bag(staging, manifest)
        replace_dir(staging, out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    finally:
        snapshot.close()
    return manifest


# ---- verifying an export -----------------------------------------------------

def count_rows(path: Path) -> int:
    """Data rows in an export file (CSV: records after the header)."""
    text = path.read_text(encoding="utf-8-sig" if path.suffix == ".csv" else "utf-8")
    if path.suffix == ".csv":
        return max(sum(1 for _ in csv.reader(io.StringIO(text, newline=""))) - 1, 0)
    lines = [line for line in text.split("\n") if line]
    for line in lines:
        json.loads(line)
    return len(lines)


def check_file(out_dir: Path, entry: dict) -> str | None:
    """What is wrong with one listed file, or None."""
    path = entry.get("path", "")
    if Path(path).is_absolute() or ".." in Path(path).parts:
        return "path leaves the export directory"
    full = out_dir / path
    if not full.is_file():
        return "missing"
    if sha256_of(full) != entry.get("sha256"):
        return "SHA-256 differs from the manifest"
    try:
        rows = count_rows(full)
    except (UnicodeDecodeError, ValueError, csv.Error) as exc:
        return f"unreadable ({exc})"
    if rows != entry.get("rows"):
        return f"{rows} rows, the manifest says {entry.get('rows')}"
    return None


def verify_export(out_dir: str | Path) -> list[str]:
    """Problems found in an export directory, one line each ([] = all good)."""
    out_dir = Path(out_dir)
    if (out_dir / BAG_DECLARATION).exists():
        return verify_bag(out_dir)
    try:
        manifest = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
        entries = manifest["files"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return [f"{out_dir / MANIFEST}: unreadable manifest ({exc})"]
    problems = [f"{entry.get('path')}: {problem}" for entry in entries
                if (problem := check_file(out_dir, entry))]
    listed = {entry.get("path") for entry in entries} | {MANIFEST}
    problems += [f"{path}: not in the manifest" for path in sorted(
        p.relative_to(out_dir).as_posix() for p in out_dir.rglob("*") if p.is_file())
        if path not in listed]
    if sum(entry.get("rows", 0) for entry in entries) != manifest.get("rows"):
        problems.append(f"{MANIFEST}: file row counts do not add up to its total ({manifest.get('rows')})")
    return problems


# ---- commands (wired into `ward-archive` by archive/cli.py) ------------------

@click.command(name="export")
@click.option("--db", "db_path", default="data/archive.db", show_default=True)
@click.option("--out", "out_dir", type=click.Path(file_okay=False),
              help="Directory to write (replaced whole if it holds an earlier export).")
@click.option("--province", "provinces", multiple=True,
              help="Only this province: its name, any case, with or without diacritics "
                   "('Đồng Nai', 'dong nai', 'dong-nai'); repeatable.")
@click.option("--ward", "wards", multiple=True, help="Only this ward (GSO ward code or portal slug); repeatable.")
@click.option("--from", "date_from", type=click.DateTime(["%Y-%m-%d"]), metavar="YYYY-MM-DD",
              help="Published on or after this date (YYYY-MM-DD).")
@click.option("--to", "date_to", type=click.DateTime(["%Y-%m-%d"]), metavar="YYYY-MM-DD",
              help="Published on or before this date (YYYY-MM-DD).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="csv", show_default=True)
@click.option("--bagit", "bag", is_flag=True,
              help="Write --out as a BagIt bag (RFC 8493): the export under data/, sha256 manifests.")
@click.option("--wacz", "wacz_target", type=click.Path(),
              help="Also (or only) write the raw captures as a WACZ for replay tools: FILE.wacz, "
                   "or a directory to put <archive>.wacz in. Always the whole archive.")
def export_command(db_path, out_dir, provinces, wards, date_from, date_to, fmt, bag, wacz_target):
    """Write the articles as one file per ward and year, with manifest.json;
    with --wacz, the raw captures as a WACZ (docs/export.md)."""
    if not out_dir and not wacz_target:
        click.echo("error: say where to write: --out DIRECTORY, --wacz FILE.wacz, or both", err=True)
        sys.exit(2)
    if wacz_target and not out_dir and (provinces or wards or date_from or date_to):
        click.echo("error: --province, --ward, --from and --to choose the articles of --out; "
                   "a WACZ holds the whole archive", err=True)
        sys.exit(2)
    if bag and not out_dir:
        click.echo("error: --bagit bags the directory of --out: give --out DIRECTORY", err=True)
        sys.exit(2)
    if out_dir:
        export_files(db_path, out_dir, provinces, wards, date_from, date_to, fmt, bag)
    if wacz_target:
        export_wacz_file(db_path, wacz_target)


def export_wacz_file(db_path, wacz_target):
    try:
        summary = export_wacz(db_path, wacz_target)
    except WaczError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    for name in summary.open_files_left_out:
        click.echo(f"warning: {name} is not finished (a crawl is writing it, or died while writing it): "
                   "left out", err=True)
    click.echo(json.dumps({"wacz": str(summary.path), "warc_files": summary.warc_files,
                           "index_records": summary.records, "pages": summary.pages,
                           "left_out_suppressed": summary.left_out_suppressed}, ensure_ascii=False))


def export_files(db_path, out_dir, provinces, wards, date_from, date_to, fmt, bag):
    try:
        with ExitStack() as stack:
            def progress(total):
                bar = click.progressbar(length=total, label="Exporting", file=sys.stderr, show_pos=True)
                return stack.enter_context(bar).update

            manifest = export_archive(db_path, out_dir, fmt, provinces, wards,
                                      date_from.date() if date_from else None,
                                      date_to.date() if date_to else None, progress, bag)
    except ExportError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    click.echo(json.dumps({"out": str(out_dir), "files": len(manifest["files"]), "rows": manifest["rows"],
                           "left_out_suppressed": manifest["left_out_suppressed"],
                           "redacted": manifest["redacted"]}, ensure_ascii=False))


@click.command(name="verify")
@click.argument("out_dir", type=click.Path(file_okay=False, exists=True))
def verify_command(out_dir):
    """Check an export against its manifest.json (exit 1 naming each bad file)."""
    problems = verify_export(out_dir)
    for problem in problems:
        click.echo(f"BAD {problem}")
    if problems:
        click.echo(f"{len(problems)} problem(s) in {out_dir}", err=True)
        sys.exit(1)
    click.echo(f"ok: {out_dir} matches its manifest")
