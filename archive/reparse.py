"""`ward-archive reparse`: re-read archived captures with today's extraction code.

No network: each article's raw capture (WARC) is decoded and extracted again
exactly as the crawl would (the same chain, the same item builder). A result
whose content hash differs becomes a new version whose `version_cause` is
`reparse`, with today's `parser_version`; an equal result changes nothing.
This is how the archive benefits from every parser fix.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timezone

from w3lib.encoding import http_content_type_encoding

from ward_archive.storage import open_store
from ward_archive.storage.reader import ArchivedPage, Snapshot, archived_pages, portal_rows
from ward_archive.storage.warc import read_payload, warc_dir
from ward_scraper.crawl.items import HASHED_FIELDS, article_item, missing_essentials
from ward_scraper.crawl.registry import Portal
from ward_scraper.extract import chain
from ward_scraper.extract.platforms import get_parser
from ward_scraper.extract.version import parser_version
from ward_scraper.util.page import Page
from ward_scraper.util.vietnam_time import parse as parse_vietnam_time


@dataclass
class ReparseResult:
    articles: int = 0
    unchanged: int = 0
    changed: list[dict] = field(default_factory=list)   # {"url", "fields"} per re-extracted article
    failed: list[dict] = field(default_factory=list)    # {"url", "error"}: the archived version stays

    def summary(self, dry_run: bool) -> dict:
        return {"articles": self.articles, "unchanged": self.unchanged, "changed": len(self.changed),
                "failed": len(self.failed), "parser_version": parser_version(), "dry_run": dry_run}


def reparse(db_path: str, portal: str | None = None, since: str | None = None, dry_run: bool = False,
            progress=lambda pages: pages) -> ReparseResult:
    """Re-extract the archived articles (of `portal`, published since `since`);
    `progress` wraps the list of pages (e.g. a progress bar)."""
    pages = archived_pages(db_path, portal, since)
    portals = {slug: Portal.from_row(row) for slug, row in portal_rows(db_path).items()}
    store = None if dry_run else open_store(db_path)
    before = Snapshot(db_path)  # the versions as they were, for the list of changed fields
    now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    result = ReparseResult(articles=len(pages))
    try:
        for archived in progress(pages):
            item, error = _reextract(db_path, archived, portals[archived.portal])
            if error:
                result.failed.append({"url": archived.canonical_url, "error": error})
            elif item.content_hash == archived.content_hash:
                result.unchanged += 1
            else:
                new = item.to_dict()
                old = before.hashed_fields(archived.canonical_url)
                result.changed.append({"url": archived.canonical_url,
                                       "fields": [name for name in HASHED_FIELDS if old[name] != new[name]]})
                if store is not None:
                    store.reextract_article(item.to_dict(), portals[archived.portal].as_row(), now)
    finally:
        before.close()
        if store is not None:
            store.close()
    return result


def _day_in_vietnam(fetched_at: str | None) -> date | None:
    """The day in Vietnam of a capture's UTC fetch time (None: unknown, today is used)."""
    try:
        moment = parse_vietnam_time(fetched_at)
    except ValueError:
        return None
    return moment.date() if isinstance(moment, datetime) else moment


def _reextract(db_path: str, archived: ArchivedPage, portal: Portal):
    """(item, None), or (None, why) when the capture no longer gives an article."""
    try:
        _, headers, body = read_payload(warc_dir(db_path), archived.payload_file, archived.payload_offset)
    except (OSError, ValueError, StopIteration) as exc:
        return None, f"capture unreadable: {exc}"
    content_type = next((value for name, value in headers if name.lower() == "content-type"), "")
    page = Page.from_bytes(archived.capture_url, body, http_content_type_encoding(content_type))
    page.served_on = _day_in_vietnam(archived.fetched_at)   # the day its header clock showed
    parser = get_parser(archived.platform)
    try:
        extraction = chain.extract(page, parser)
    except Exception as exc:  # one page the new code cannot read must not stop the others
        return None, f"{type(exc).__name__}: {exc}"
    problem = missing_essentials(extraction.fields)
    if problem:
        return None, problem
    return article_item(page, parser, extraction.fields, portal, archived.fetched_at, archived.capture_id,
                        canonical_url=archived.canonical_url), None
