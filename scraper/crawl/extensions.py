"""Scrapy extensions of the wards spider (enabled in its custom_settings)."""
from __future__ import annotations

import contextlib
import json
import logging
import os
import signal
import sys
from functools import partial
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import deferred_from_coro
from twisted.internet import reactor

from ward_scraper.crawl.files import OVERSIZE_META
from ward_scraper.crawl.middlewares import duration
from ward_scraper.crawl.run import EXIT_LOCKED, EXIT_STOPPED, CrawlLocked, crawl_lock, stop_before_crawling

log = logging.getLogger("ward-archive")
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
        if reason == "finished":  # health errors belong in the summary and the exit code
            spider.ledger.check_health()
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

    def __init__(self, recorder, info: dict):
        self.recorder = recorder
        self.info = info

    @classmethod
    def from_crawler(cls, crawler):
        directory = crawler.settings.get("WARD_WARC_DIR") or Path(_archive_path(crawler)).parent / "warc"
        info = warcinfo(crawler.settings)
        store = open_store(crawler.settings)  # the captures table exists before the first response
        recorder = store.warc_recorder(Path(directory),
                                       crawler.settings.getint("WARD_WARC_MAX_BYTES", 100 * 1024 * 1024), info)
        store.close()
        extension = cls(recorder, info)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.response_downloaded, signal=signals.response_downloaded)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def response_downloaded(self, response, request, spider):
        request_headers = {_text(k): ", ".join(_text(v) for v in values)
                           for k, values in request.headers.items()}
        response_headers = [(_text(k), _text(v)) for k, values in response.headers.items() for v in values]
        # A file over its cap (middlewares.FileSizeCap): its headers, not the part of its body that arrived.
        oversize = OVERSIZE_META in request.meta
        capture_id, capture = self.recorder.record(request.method, request.url, request_headers, response.status,
                                                   response_headers, b"" if oversize else response.body,
                                                   truncated="length" if oversize else None)
        request.meta["capture_id"] = capture_id
        request.meta["capture"] = capture

    def spider_opened(self, spider):
        """The run id is the spider's: known before the first file is opened."""
        ledger = getattr(spider, "ledger", None)
        if ledger is not None:
            self.info["isPartOf"] = f"ward-archive crawl run {ledger.run_id}"

    def spider_closed(self, spider):
        self.recorder.close()


def warcinfo(settings) -> dict:
    """What the crawl's settings tell the warcinfo head of its WARC files (the
    store adds the software, format and host): who runs it (WARD_OPERATOR,
    else the contact address the user agent names), as whom it fetches and
    how it treats robots.txt."""
    return {"operator": settings.get("WARD_OPERATOR") or settings.get("WARD_CONTACT_URL"),
            "http-header-user-agent": settings.get("USER_AGENT"),
            "robots": "obey" if settings.getbool("ROBOTSTXT_OBEY") else "ignore"}


class CrawlDeadline:
    """Every crawl ends: at its deadline (WARD_RUN_DEADLINE seconds), or within
    seconds of SIGINT or SIGTERM, and records why.

    Scrapy's own stop (what the first Ctrl-C does) waits for every request
    already on its way: a hostile server can hold one until DOWNLOAD_TIMEOUT,
    and a queued request waits out its server's Crawl-delay. So a stop gets
    WARD_STOP_GRACE seconds to close the usual way; after that the crawl is
    closed without those requests: the spider_closed signal is sent (the
    runs are marked `interrupted`, the summary line printed, the WARC files
    closed, the lock released) and the process ends with code 1.

    A crawl_errors row per portal says why it stopped: `run_deadline`, or
    `interrupted` with the signal's name.
    """

    def __init__(self, crawler, run_deadline: float, grace: float):
        self.crawler = crawler
        self.run_deadline = run_deadline
        self.grace = grace
        self.stopping = False
        self.closed = False
        self.timers = []

    @classmethod
    def from_crawler(cls, crawler):
        extension = cls(crawler, crawler.settings.getfloat("WARD_RUN_DEADLINE", 0),
                        crawler.settings.getfloat("WARD_STOP_GRACE", 5.0))
        crawler.signals.connect(extension.engine_started, signal=signals.engine_started)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def engine_started(self):
        if self.run_deadline > 0:
            self.timers.append(reactor.callLater(self.run_deadline, self.deadline_passed))
        # Scrapy installs its SIGINT/SIGTERM handlers once the reactor has
        # started; ours go around them after that.
        reactor.callWhenRunning(reactor.callLater, 0, self.watch_signals)

    def watch_signals(self):
        for signum in (signal.SIGINT, signal.SIGTERM):
            previous = signal.getsignal(signum)
            try:
                signal.signal(signum, partial(self.on_signal, previous))
            except ValueError:  # not the main thread (scrapy shell): Scrapy's handling only
                return

    def on_signal(self, previous, signum, frame):
        """Runs in the signal handler: only schedule work, then let Scrapy's handler
        start its own stop (it also makes a second signal kill the crawl)."""
        reactor.callFromThread(self.stop, "interrupted", f"stopped by {signal.Signals(signum).name}",
                               "shutdown")
        if callable(previous):
            previous(signum, frame)

    def deadline_passed(self):
        message = f"the crawl reached its {duration(self.run_deadline)} deadline (WARD_RUN_DEADLINE)"
        self.stop("run_deadline", message, "run_deadline")
        engine = self.crawler.engine
        if hasattr(engine, "close_spider_async"):   # Scrapy 2.14+
            deferred_from_coro(engine.close_spider_async(reason="run_deadline"))
        else:
            engine.close_spider(self.crawler.spider, "run_deadline")

    def stop(self, kind: str, message: str, reason: str):
        if self.stopping or self.closed:
            return
        self.stopping = True
        log.warning("%s: stopping; requests still on their way get %s", message, duration(self.grace))
        self._record(kind, message)
        self.timers.append(reactor.callLater(self.grace, self.end_now, reason))

    def _record(self, kind: str, message: str):
        spider = self.crawler.spider
        ledger = getattr(spider, "ledger", None)
        for portal in getattr(spider, "portals", []) if ledger is not None else []:
            ledger.error(portal.slug, portal.base_url, kind, message)

    def end_now(self, reason: str):
        """The grace has passed and the crawl is still closing: close it without
        the requests still on their way, then end the process."""
        if self.closed:
            return
        log.warning("requests still on their way after %s: ending the crawl without them",
                    duration(self.grace))
        self.crawler.signals.send_catch_log(signal=signals.spider_closed, spider=self.crawler.spider,
                                            reason=reason)
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(EXIT_STOPPED)

    def spider_closed(self, spider, reason):
        self.closed = True
        for timer in self.timers:
            if timer.active():
                timer.cancel()
