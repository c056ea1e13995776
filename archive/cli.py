"""`ward-archive`: a thin click CLI over the scraper and archive libraries.

A mistake (a mistyped path, a taken port, an unreachable page, an unknown
platform) ends in one line on stderr and one of the exit codes below; the
README's table and every command's --help list the same codes. Known errors
are turned into that line in one place, `explain()`; anything else is a bug
in the project and keeps its traceback.
"""
from __future__ import annotations

import errno
import json
import sys
from pathlib import Path

import click

from ward_scraper.crawl.registry import DEFAULT_REGISTRY, RegistryError, load_registry

DEFAULT_DB = "data/archive.db"
# The demo's replica portals listen on 8101, 8102, ...: the same addresses on
# every run, so re-running `make demo` adds and changes nothing.
DEMO_REPLICA_PORT = 8101

OK = 0
FAILED = 1       # ran, but part of the work failed or what was asked for is not there
USAGE = 2        # a mistake in the command: option, file, archive, platform, registry
UNAVAILABLE = 69  # a port is taken or a page cannot be fetched (sysexits EX_UNAVAILABLE)
LOCKED = 75      # the archive is busy: another crawl holds it; try again later (EX_TEMPFAIL)
INTERRUPTED = 130  # Ctrl-C

# `\b` keeps click from re-wrapping the table.
EXIT_CODES_HELP = f"""\b
Exit codes:
  {OK:<4}done
  {FAILED:<4}done, but part of the work failed (crawl errors, verify problems)
      or what was asked for is not in the archive
  {USAGE:<4}a mistake in the command: an option, a missing file or archive (--db),
      an unknown platform, a bad registry
  {UNAVAILABLE:<4}a port is already in use, or a page cannot be fetched
  {LOCKED:<4}the archive is busy (another crawl holds it): try again later
  {INTERRUPTED:<4}interrupted (Ctrl-C)"""


def explain(exc: Exception) -> tuple[str, int] | None:
    """(one line, exit code) for an error a user's input can cause; None for
    anything else. The project's own errors carry their message; imported
    here, on the error path only, so a command loads what it uses."""
    from ward_archive.fetching import FetchError
    from ward_archive.serve import PortUnavailable
    from ward_archive.storage import SchemaError, unreadable_archive
    from ward_archive.storage.raw import RawNotFound
    from ward_scraper.crawl.run import CrawlLocked

    for kind, code in ((RegistryError, USAGE), (RawNotFound, FAILED), (FetchError, UNAVAILABLE),
                       (PortUnavailable, UNAVAILABLE), (CrawlLocked, LOCKED), (SchemaError, USAGE)):
        if isinstance(exc, kind):
            return str(exc), code
    if isinstance(exc, OSError) and exc.errno == errno.EADDRINUSE:
        return "a port this command listens on is already in use: choose another (0: any free port)", UNAVAILABLE
    if isinstance(exc, (FileNotFoundError, IsADirectoryError, NotADirectoryError, PermissionError)):
        return f"{exc.filename}: {exc.strerror}", USAGE
    unreadable = unreadable_archive(exc)  # e.g. --db names a file that is no archive
    if unreadable:
        message, busy = unreadable
        return message, LOCKED if busy else USAGE
    return None


def one_line(exc: click.ClickException) -> str:
    """Click's message without its usage block, pointing at the command's help."""
    message = exc.format_message()
    context = getattr(exc, "ctx", None)
    return f"{message} (see `{context.command_path} --help`)" if context else message


# Raised by click 8.2+ for a group called without a command (8.1 prints the help itself).
NO_ARGS_IS_HELP = getattr(click.exceptions, "NoArgsIsHelpError", ())


class WardCLI(click.Group):
    """The command group; its `main` turns known mistakes into one line and an exit code."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except NO_ARGS_IS_HELP as exc:  # `ward-archive` alone prints the help, as click does
            exc.show()
            code = exc.exit_code
        except click.ClickException as exc:
            code = fail(one_line(exc), exc.exit_code)
        except click.Abort:
            code = fail("interrupted", INTERRUPTED)
        except Exception as exc:
            known = explain(exc)
            if known is None:
                raise
            code = fail(*known)
        code = code if isinstance(code, int) else OK
        if standalone_mode:
            sys.exit(code)
        return code


def fail(message: str, code: int) -> int:
    click.echo(f"error: {message}", err=True)
    return code


def existing_archive(ctx, param, value: str) -> str:
    """--db of a command that reads an archive: a mistyped path must fail, not
    be created as a new, empty archive."""
    if not Path(value).is_file():
        raise click.BadParameter(f"no archive at {value} (`ward-archive crawl` or `ward-archive demo` makes one)")
    return value


def known_platform(ctx, param, value: str) -> str:
    from ward_archive.fetching import check_platform

    try:
        check_platform(value)
    except KeyError as exc:
        raise click.BadParameter(exc.args[0]) from None
    return value


archive_option = click.option("--db", "db_path", default=DEFAULT_DB, show_default=True,
                              callback=existing_archive, help="The archive (SQLite file) to read.")


@click.group(cls=WardCLI, epilog=EXIT_CODES_HELP)
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
@archive_option
def summary(db_path):
    """Print what the archive holds: portals, articles, last run's errors."""
    from ward_archive.report import archive_summary

    click.echo(archive_summary(db_path))


@cli.command(name="show-raw")
@click.argument("url")
@archive_option
@click.option("--version", "version", type=int, default=None, help="Version number (default: current).")
@click.option("--max-mb", default=32, show_default=True, type=click.IntRange(min=1),
              help="Write at most this many MiB of the decoded page (a capture may inflate without bound).")
def show_raw(url, db_path, version, max_mb):
    """Print an article's page exactly as it was fetched (from the WARC capture)."""
    from ward_archive.storage.raw import raw_page

    page = raw_page(db_path, url, version, limit=max_mb * 1024 * 1024)
    for block in page:
        sys.stdout.buffer.write(block)
    if page.cut:
        click.echo(f"note: the page decodes to more than {max_mb} MiB; only the first {max_mb} MiB were written",
                   err=True)


@cli.command()
@archive_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True, type=int)
@click.option("--public", is_flag=True,
              help="Serve a read-only publication copy (suppressions applied, immutable, public limits); "
                   "see docs/publishing.md.")
def serve(db_path, host, port, public):
    """Serve the archive with Datasette (full-text search, facets, CSV)."""
    from ward_archive.serve import serve_datasette

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
    """Serve simulated ward portals on 127.0.0.1 (offline demo and tests; needs a checkout's replica)."""
    # A development part, imported by this command and `demo` only.
    from ward_replica.server import run

    run(port=port, portals_out=portals_out, edition=edition, faults=faults, fault_timeout=fault_timeout,
        verbose=verbose)


@cli.command()
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, help="The archive to create or update.")
@click.option("--port", default=8001, show_default=True, type=int, help="Datasette's port.")
@click.option("--replica-port", default=DEMO_REPLICA_PORT, show_default=True, type=int,
              help="First of the replica's ports, one per portal (0: any free ports). Fixed by default: "
                   "article URLs include the port, so a second demo finds the same articles.")
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

    name, evidence = detect_platform(load_page(target))
    click.echo(json.dumps({"platform": name, "evidence": evidence}, ensure_ascii=False))


@cli.command()
@click.argument("target", required=False)
@click.option("--url", help="A saved page's URL (for absolute links and URL evidence).")
@click.option("--platform", default="auto", show_default=True, callback=known_platform,
              help="Parser to use (auto: detect).")
@click.option("--batch", type=click.File("r", encoding="utf-8"),
              help="File of FILE<TAB>URL lines; prints one JSON object per line.")
def extract(target, url, platform, batch):
    """Print the article fields of a page (saved HTML file or URL) as JSON, with the
    documents it cites (`cited_documents`) and the officials its text names
    (`officials`: name, positions, unit, sentence)."""
    from ward_archive.fetching import extract_file

    if batch is not None:
        for number, line in enumerate(batch, start=1):
            if not line.strip():
                continue
            path, _, page_url = line.rstrip("\n").partition("\t")
            try:
                record = with_officials(with_cited_documents(extract_file(path, page_url or None, platform)))
            except (OSError, ValueError) as exc:
                record = {"file": path, "error": f"line {number}: {exc}"}
            click.echo(json.dumps(record, ensure_ascii=False))
        return
    if not target:
        raise click.UsageError("give FILE (with --url) or a URL, or --batch LIST")
    click.echo(json.dumps(with_officials(with_cited_documents(extract_file(target, url, platform))), ensure_ascii=False, indent=2))


def with_cited_documents(record: dict) -> dict:
    """A page's fields and the document numbers its title, lead and body cite."""
    from ward_scraper.extract.documents import cited_documents

    cited = []
    for part in ("title", "lead", "body_text"):
        for found in cited_documents(record.get(part) or ""):
            cited.append({"number": found.number, "type": found.type, "issuer": found.issuer,
                          "date_written": found.date_written, "date": found.date, "cited_in": part,
                          "sentence": found.sentence})
    return {**record, "cited_documents": cited}


def with_officials(record: dict) -> dict:
    """An extracted page with the officials its text names (docs/officials.md)."""
    from ward_archive.entities import page_officials

    return {**record, "officials": page_officials(record)}


@cli.command()
@click.argument("url")
@click.option("--articles", type=click.IntRange(1, 20), default=3, show_default=True,
              help="How many articles to read (one per section first).")
@click.option("--platform", default="auto", show_default=True, callback=known_platform,
              help="Parser to use (auto: detect from the home page).")
@click.option("--json", "as_json", is_flag=True, help="Print the report as one JSON object.")
@click.option("-s", "--set", "settings", multiple=True, callback=_setting, metavar="KEY=VALUE",
              help="Set a Scrapy setting for the probe (repeatable).")
def probe(url, articles, platform, as_json, settings):
    """Onboard a portal: platform, news sections, a few articles, a registry row.

    Fetches politely (robots.txt, delays, the crawler's identity) and archives
    nothing. Exit code 0: sections and articles found; 1: the portal answered
    but yielded no section or no clean article; 69: it could not be reached.
    """
    from ward_archive.probe import report_text, run_probe
    from ward_scraper.util.urls import is_web_url

    if not is_web_url(url):
        raise click.BadParameter(f"{url!r} is not an http(s) URL", param_hint="URL")
    report = run_probe(url, articles=articles, platform=platform, overrides=dict(settings))
    click.echo(json.dumps(report, ensure_ascii=False, sort_keys=True) if as_json else report_text(report))
    if not report["sections"] and not report["articles"] and report["errors"]:
        sys.exit(UNAVAILABLE)
    clean = [a for a in report["articles"] if a["verdict"] != "failed"]
    sys.exit(0 if report["sections"] and clean else 1)


@cli.command()
@click.option("--province", required=True, help="Province name ('Đồng Nai') or code ('75').")
@click.option("--portal", "portal_url", help="The province portal's address (default: the naming rule, "
              "https://<province>.gov.vn/).")
@click.option("--json", "as_json", is_flag=True, help="Print the report as one JSON object.")
@click.option("--write-registry", "registry_out", type=click.Path(dir_okay=False),
              help="Write the verified portals as registry rows (status, evidence) to FILE.")
@click.option("--db", "db_path", callback=lambda ctx, param, value: value and existing_archive(ctx, param, value),
              help="An archive: units whose portal it already has are not looked for again.")
@click.option("-s", "--set", "settings", multiple=True, callback=_setting, metavar="KEY=VALUE",
              help="Set a Scrapy setting for discovery (repeatable).")
def discover(province, portal_url, as_json, registry_out, db_path, settings):
    """Find the ward portals of a province from its portal's site directory.

    Matches the directory's links to the province's official units, tries
    `<slug>.<province domain>` for units still missing, and verifies every
    candidate with the probe (robots.txt, one request at a time per server).
    Only verified portals become registry rows. Exit code 0: at least one
    portal verified or already archived; 1: none; 2: an unknown province.
    """
    from ward_archive.discover import DiscoveryError, discover as run_discovery, report_text, write_registry
    from ward_archive.storage.reader import portal_rows
    from ward_scraper.util.urls import is_web_url

    if portal_url is not None and not is_web_url(portal_url):
        raise click.BadParameter(f"{portal_url!r} is not an http(s) URL", param_hint="--portal")
    try:
        report = run_discovery(province, portal_url, overrides=dict(settings),
                               archived=portal_rows(db_path) if db_path else None)
    except DiscoveryError as exc:
        raise click.BadParameter(str(exc), param_hint="--province") from None
    click.echo(json.dumps(report, ensure_ascii=False, sort_keys=True) if as_json else report_text(report))
    if registry_out and report["verified"]:
        count = write_registry(report, registry_out)
        click.echo(f"{count} verified registry rows written to {registry_out}", err=as_json)
    sys.exit(0 if report["verified"] or report["archived"] else 1)


@cli.command()
@archive_option
@click.option("--portal", help="Only this portal (registry slug).")
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), help="Only articles published on or after this day.")
@click.option("--dry-run", is_flag=True, help="Print what would change; write nothing.")
def reparse(db_path, portal, since, dry_run):
    """Re-extract archived articles from their raw captures with today's parsers (no network).

    A changed result becomes a new version marked as a re-extraction
    (version_cause = reparse, with today's parser_version); an equal one
    changes nothing. Prints one line per changed article, then a JSON summary.
    Exit code 0: done; 1: some captures could not be re-read (listed).
    """
    from ward_archive.reparse import reparse as reparse_archive

    def progress(pages):
        with click.progressbar(pages, label="reparse", file=sys.stderr) as bar:
            yield from bar

    result = reparse_archive(db_path, portal, since.date().isoformat() if since else None, dry_run, progress)
    for change in result.changed:
        click.echo(f"{'would change' if dry_run else 'changed'}: {change['url']}: {', '.join(change['fields'])}")
    for failure in result.failed:
        click.echo(f"not re-read: {failure['url']}: {failure['error']}", err=True)
    click.echo(json.dumps(result.summary(dry_run), ensure_ascii=False, sort_keys=True))
    sys.exit(1 if result.failed else 0)


@cli.command()
@archive_option
@click.option("--retry-errors", is_flag=True,
              help="Read again the files whose reading failed or was partial (e.g. after installing Tesseract).")
@click.option("--max-mb", default=50, show_default=True, type=click.IntRange(min=1),
              help="Files larger than this are not read (the reason is recorded).")
@click.option("--max-pages", default=300, show_default=True, type=click.IntRange(min=1),
              help="Pages read from one PDF.")
@click.option("--max-ocr-pages", default=20, show_default=True, type=click.IntRange(min=0),
              help="Scanned pages sent to OCR from one PDF.")
@click.option("--timeout", default=120.0, show_default=True, type=click.FloatRange(min=1),
              help="Seconds allowed for each run of an external tool (pdftotext, pdftoppm, tesseract, antiword).")
def doctext(db_path, retry_errors, max_mb, max_pages, max_ocr_pages, timeout):
    """Read the text of captured attachments (PDF, scans by OCR, DOC, DOCX, XLS, XLSX, ODT) into the archive.

    Reads the captured files from the WARC files (no network), makes their
    words searchable and their cited document numbers part of `documents`.
    A crawl does this when it ends; run it for an older archive. Prints one
    line per file, then a JSON summary. A file that cannot be read gets its
    reason recorded (attachment_texts.error); the exit code is still 0.
    """
    from ward_scraper.extract.doctext import Limits

    from ward_archive.doctext import describe, extract_texts

    limits = Limits(max_bytes=max_mb * 1024 * 1024, max_pages=max_pages, max_ocr_pages=max_ocr_pages,
                    tool_timeout=timeout)
    counts = extract_texts(db_path, limits, retry_errors, progress=lambda url, found: click.echo(describe(url, found)))
    click.echo(json.dumps(counts, ensure_ascii=False, sort_keys=True))


@cli.command()
@click.option("--text", "text_file", type=click.Path(dir_okay=False),
              help="A plain UTF-8 text file: print its officials and cited documents as JSON.")
@click.option("--ward", help='The ward the text is about ("Phường Tân Định"; default: the one it names most).')
@click.option("--province", help="The province (completes provincial units: Tỉnh ủy, Sở ...).")
@click.option("--rebuild", is_flag=True, help="Read the officials of every archived article again (--db).")
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, help="The archive, for --rebuild.")
def entities(text_file, ward, province, rebuild, db_path):
    """Officials (name, positions as written, unit) and cited documents of a text, as JSON.

    `--text FILE` prints {"officials": [{"name", "positions", "unit"}], "documents":
    [{"number", "type", "date", "issuer"}], "ward", "credits"}; an empty file gives empty
    lists, a binary, non-UTF-8 or oversized file one error line (exit code 2).
    `--rebuild --db PATH` re-reads the officials of every archived article with
    today's rules (docs/officials.md) and prints a JSON summary.
    """
    from ward_archive.entities import TextUnreadable, read_text, text_entities

    if bool(text_file) == bool(rebuild):
        raise click.UsageError("give --text FILE, or --rebuild (with --db)")
    if rebuild:
        from ward_archive.storage import open_store

        existing_archive(None, None, db_path)
        store = open_store(db_path)
        try:
            click.echo(json.dumps(store.rebuild_officials(), sort_keys=True))
        finally:
            store.close()
        return
    try:
        text = read_text(text_file)
    except TextUnreadable as exc:
        sys.exit(fail(str(exc), USAGE))
    click.echo(json.dumps(text_entities(text, ward, province), ensure_ascii=False, indent=2))


@cli.command(name="eval")
@click.option("--gold", "gold_dir", type=click.Path(file_okay=False, exists=True), default=None,
              help="Gold set folder (default: tests/gold of the checkout).")
@click.option("--officials", "officials_only", is_flag=True,
              help="Only the officials' scores (tests/blind/officials: samples, tuning, held-out).")
def evaluate(gold_dir, officials_only):
    """Score the extraction on the gold set and the blind sets (tuning; held-out as means), beside
    trafilatura; the search ranking on the judged query set, beside plain BM25; then the officials
    named in the annotated texts (precision and recall of (name, position) pairs, units and credit
    roles: docs/officials.md)."""
    from ward_archive import search_eval
    from ward_scraper.extract.evaluate import GOLD_DIR, OFFICIALS_DIR, load_gold, officials_report, report

    if officials_only:
        if not OFFICIALS_DIR.is_dir():
            raise click.UsageError("the annotated texts come with a checkout (tests/blind/officials)")
        click.echo(officials_report())
        return

    if not gold_dir and not GOLD_DIR.is_dir():  # an installed package has no tests/
        raise click.UsageError("the gold set comes with a checkout (tests/gold): run `ward-archive eval` "
                               "there, or give --gold DIR")
    gold = Path(gold_dir or GOLD_DIR)
    if not load_gold(gold):
        raise click.UsageError(f"no gold pages (PLATFORM/NAME.html with NAME.json) in {gold}")
    click.echo(report(gold))
    if search_eval.JUDGED.is_file():
        click.echo(search_eval.report())
    if OFFICIALS_DIR.is_dir():
        click.echo("\n" + officials_report())


# Commands that live beside their library code.
from ward_archive.export import export_command, verify_command  # noqa: E402
from ward_archive.publish import public_copy_command, suppress_command, unsuppress_command  # noqa: E402

for _command in (export_command, verify_command, suppress_command, unsuppress_command, public_copy_command):
    cli.add_command(_command)
for _command in cli.commands.values():
    _command.epilog = EXIT_CODES_HELP
