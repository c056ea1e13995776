"""Scrapy extensions of the wards spider (enabled in its custom_settings)."""
from __future__ import annotations

import contextlib
import json
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import NotConfigured

from ward_scraper.crawl.run import EXIT_LOCKED, CrawlLocked, crawl_lock, stop_before_crawling
from ward_scraper.crawl.store import open_store


def _archive_path(crawler) -> str:
    """The archive database; without one there is nothing to keep."""
    db_path = crawler.settings.get("WARD_ARCHIVE_DB")
    if not db_path:
        raise NotConfigured("WARD_ARCHIVE_DB not set")
    return db_path


def _text(value: bytes | str) -> str:
    return value.decode("latin-1") if isinstance(value, bytes) else value


class ArchiveRun:
    """The bookkeeping of one crawl of an archive (WARD_ARCHIVE_DB).

    Holds `<db>.lock` from before anything is opened until the crawl ends
    (a second crawl of the archive exits with code 75), marks the runs a
    killed crawl left `running` as interrupted, and prints the crawl's JSON
    summary line on standard output when the spider closes.
    """

    def __init__(self, crawler, lock: contextlib.ExitStack, interrupted: int):
        self.crawler = crawler
        self.lock = lock
        self.interrupted = interrupted

    @classmethod
    def from_crawler(cls, crawler):
        db_path = _archive_path(crawler)
        Path(db_path).parent.mkdir(parents=True, exist_ok=True)
        lock = contextlib.ExitStack()
        try:
            lock.enter_context(crawl_lock(db_path))
        except CrawlLocked as exc:
            stop_before_crawling(EXIT_LOCKED, str(exc))
        store = open_store(crawler.settings)
        interrupted = store.mark_interrupted_runs()
        store.close()
        extension = cls(crawler, lock, interrupted)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_closed(self, spider, reason):
        summary = spider.ledger.summary()
        summary.update(finish_reason=reason, previous_runs_interrupted=self.interrupted)
        spider.run_summary = summary
        print(json.dumps(summary, ensure_ascii=False, sort_keys=True), flush=True)
        self.lock.close()


class WarcCapture:
    """Write every downloaded exchange (robots.txt, listings, articles, files) to WARC.

    The files go to WARD_WARC_DIR, by default `warc/` beside the archive
    database (WARD_ARCHIVE_DB), where the storage layer reads them back. The
    capture id travels to the callback in `response.meta["capture_id"]`, so
    each article version can point at the exact bytes it was read from.
    """

    def __init__(self, recorder):
        self.recorder = recorder

    @classmethod
    def from_crawler(cls, crawler):
        directory = crawler.settings.get("WARD_WARC_DIR") or Path(_archive_path(crawler)).parent / "warc"
        store = open_store(crawler.settings)  # the captures table exists before the first response
        recorder = store.warc_recorder(Path(directory),
                                       crawler.settings.getint("WARD_WARC_MAX_BYTES", 100 * 1024 * 1024))
        store.close()
        extension = cls(recorder)
        crawler.signals.connect(extension.response_downloaded, signal=signals.response_downloaded)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def response_downloaded(self, response, request, spider):
        request_headers = {_text(k): ", ".join(_text(v) for v in values)
                           for k, values in request.headers.items()}
        response_headers = [(_text(k), _text(v)) for k, values in response.headers.items() for v in values]
        capture_id, _ = self.recorder.record(request.method, request.url, request_headers, response.status,
                                             response_headers, response.body)
        request.meta["capture_id"] = capture_id

    def spider_closed(self, spider):
        self.recorder.close()
