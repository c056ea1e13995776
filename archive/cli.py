"""`ward-archive`: a thin click CLI over the scraper and archive libraries."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ward_scraper.crawl.registry import DEFAULT_REGISTRY, RegistryError, load_registry

DEFAULT_DB = "data/archive.db"


@click.group()
@click.version_option(package_name="ward-archive")
def cli():
    """Collect, keep and search the announcements of Vietnam's ward and commune portals."""


def _setting(_ctx, _param, values) -> dict:
    """`-s KEY=VALUE` pairs, as Scrapy's own `-s` takes them."""
    settings = {}
    for value in values:
        key, sep, setting = value.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"{value!r} is not KEY=VALUE")
        settings[key.strip()] = setting
    return settings


@cli.command()
@click.option("--portals", "portals_file", type=click.Path(dir_okay=False), default=str(DEFAULT_REGISTRY),
              show_default=True, help="Registry CSV of the portals to crawl.")
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, help="SQLite archive to write.")
@click.option("--only", multiple=True, help="Crawl only these portal slugs (repeatable).")
@click.option("--full", is_flag=True,
              help="Complete pass: every listing page and article (conditional requests), "
                   "re-check archived articles for removal.")
@click.option("--download-timeout", type=float, default=None,
              help="Seconds before a request times out (default 60).")
@click.option("--max-listing-pages", type=int, default=None,
              help="Stop a section after this many listing pages (trap guard).")
@click.option("--log-level", default="INFO", show_default=True,
              type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"]))
@click.option("-s", "--set", "settings", multiple=True, callback=_setting, metavar="KEY=VALUE",
              help="Set a Scrapy setting for this crawl (repeatable), e.g. -s WARD_CONTACT_URL=https://...")
def crawl(portals_file, db_path, only, full, download_timeout, max_listing_pages, log_level, settings):
    """Crawl the portals of a registry into the archive.

    Exit code 0: finished without errors; 1: finished, some pages failed
    (see the crawl_errors table); 2: bad configuration, nothing crawled;
    75: another crawl of the same archive is running (try again later).
    """
    from ward_archive.crawl_runner import run_crawl

    try:
        portals = load_registry(portals_file)
    except RegistryError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    if only:
        unknown = set(only) - {p.slug for p in portals}
        if unknown:
            click.echo(f"error: --only names unknown portal(s): {', '.join(sorted(unknown))}", err=True)
            sys.exit(2)
        portals = [p for p in portals if p.slug in only]
    overrides = {"DOWNLOAD_TIMEOUT": download_timeout} if download_timeout else {}
    overrides.update(settings)
    # The crawl prints its JSON summary line itself (as `scrapy crawl wards` does).
    summary = run_crawl(portals, db_path, log_level=log_level, max_listing_pages=max_listing_pages,
                        full=full, overrides=overrides)
    if summary is None or summary.get("finish_reason") != "finished":
        sys.exit(1)
    sys.exit(1 if summary["totals"].get("errors") else 0)


@cli.command()
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True)
def migrate(db_path):
    """Bring an archive to this version's schema (creating it if missing)."""
    from ward_archive.storage import SchemaError, migrate as migrate_archive

    try:
        click.echo(json.dumps(migrate_archive(db_path), ensure_ascii=False, sort_keys=True))
    except SchemaError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)


@cli.command()
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True)
def summary(db_path):
    """Print what the archive holds: portals, articles, last run's errors."""
    from ward_archive.report import archive_summary

    click.echo(archive_summary(db_path))


@cli.command(name="show-raw")
@click.argument("url")
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True)
@click.option("--version", "version", type=int, default=None, help="Version number (default: current).")
def show_raw(url, db_path, version):
    """Print an article's page exactly as it was fetched (from the WARC capture)."""
    from ward_archive.storage.raw import RawNotFound, raw_page

    try:
        body = raw_page(db_path, url, version)
    except RawNotFound as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    sys.stdout.buffer.write(body)


@cli.command()
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True, type=int)
@click.option("--public", is_flag=True,
              help="Serve a read-only publication copy (suppressions applied, immutable, public limits); "
                   "see docs/publishing.md.")
def serve(db_path, host, port, public):
    """Serve the archive with Datasette (full-text search, facets, CSV)."""
    from ward_archive.serve import serve_datasette

    if not Path(db_path).exists():
        click.echo(f"error: {db_path} does not exist; run `ward-archive crawl` first", err=True)
        sys.exit(2)
    serve_datasette(db_path, host=host, port=port, public=public)


@cli.command()
@click.option("--port", default=8300, show_default=True, type=int,
              help="First port; portal N listens on port+N (0: any free ports).")
@click.option("--portals-out", type=click.Path(dir_okay=False), default=None,
              help="Write a registry CSV that points at the replica.")
@click.option("--edition", default=1, show_default=True, type=int,
              help="Content edition (2: some articles edited, removed, added).")
@click.option("--faults", is_flag=True,
              help="Inject server faults (500s, timeouts, truncation, redirect loops, ...) on chosen pages.")
@click.option("--fault-timeout", default=3.0, show_default=True, type=float,
              help="How long a 'timeout' fault stays silent (seconds).")
@click.option("--verbose", is_flag=True, help="Log every request.")
def replica(port, portals_out, edition, faults, fault_timeout, verbose):
    """Serve simulated ward portals on 127.0.0.1 (offline demo and tests)."""
    from ward_replica.server import run

    run(port=port, portals_out=portals_out, edition=edition, faults=faults, fault_timeout=fault_timeout,
        verbose=verbose)


@cli.command()
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True)
@click.option("--port", default=8001, show_default=True, type=int, help="Datasette's port.")
@click.option("--replica-port", default=0, show_default=True, type=int,
              help="First replica port (0: any free ports).")
@click.option("--no-serve", is_flag=True, help="Stop after the crawl and the summary.")
def demo(db_path, port, replica_port, no_serve):
    """Offline demo: serve the replica, crawl it, then serve the archive."""
    from ward_archive.demo import run_demo

    sys.exit(run_demo(db_path, port, replica_port, serve=not no_serve))


@cli.command()
@click.argument("target")
def detect(target):
    """Name the platform of a portal page (URL or saved HTML file), with evidence."""
    from ward_scraper.extract.platforms import detect_platform

    from ward_archive.fetching import load_page

    page = load_page(target)
    name, evidence = detect_platform(page)
    click.echo(json.dumps({"platform": name, "evidence": evidence}, ensure_ascii=False))


@cli.command()
@click.argument("file", required=False, type=click.Path(exists=True, dir_okay=False))
@click.option("--url", help="The page's URL (for absolute links and URL evidence).")
@click.option("--platform", default="auto", show_default=True, help="Parser to use (auto: detect).")
@click.option("--batch", type=click.File("r", encoding="utf-8"),
              help="File of FILE<TAB>URL lines; prints one JSON object per line.")
def extract(file, url, platform, batch):
    """Print the article fields of a saved page as JSON."""
    from ward_archive.fetching import extract_file

    if batch is not None:
        for number, line in enumerate(batch, start=1):
            if not line.strip():
                continue
            path, _, page_url = line.rstrip("\n").partition("\t")
            try:
                record = extract_file(path, page_url or None, platform)
            except (OSError, ValueError) as exc:
                record = {"file": path, "error": f"line {number}: {exc}"}
            click.echo(json.dumps(record, ensure_ascii=False))
        return
    if not file:
        raise click.UsageError("give FILE (with --url) or --batch LIST")
    click.echo(json.dumps(extract_file(file, url, platform), ensure_ascii=False, indent=2))


@cli.command(name="eval")
@click.option("--gold", "gold_dir", type=click.Path(file_okay=False, exists=True), default=None,
              help="Gold set folder (default: tests/gold).")
def evaluate(gold_dir):
    """Score the extraction on the gold set and the blind sets (tuning; held-out as means), beside trafilatura."""
    from ward_scraper.extract.evaluate import GOLD_DIR, report

    click.echo(report(Path(gold_dir) if gold_dir else GOLD_DIR))


# Commands that live beside their library code.
from ward_archive.export import export_command, verify_command  # noqa: E402
from ward_archive.publish import public_copy_command, suppress_command, unsuppress_command  # noqa: E402

for _command in (export_command, verify_command, suppress_command, unsuppress_command, public_copy_command):
    cli.add_command(_command)
