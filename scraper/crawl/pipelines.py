"""Item pipeline: every article item, re-check and file outcome goes into the archive store."""
from __future__ import annotations

import logging

from scrapy import signals

from ward_scraper.crawl.store import open_store

from ward_scraper.crawl.items import CheckItem, FileItem

log = logging.getLogger("ward-archive")


class ArchivePipeline:
    """Opens the store (WARD_STORE, WARD_ARCHIVE_DB settings) and upserts items."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.archive = None
        self.removal_checks = crawler.settings.getint("WARD_REMOVAL_CHECKS", 3)

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = cls(crawler)
        # Pipelines close before the close reason is known; spider_closed has it.
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self, spider=None):
        spider = spider or self.crawler.spider
        self.archive = open_store(self.crawler.settings)
        spider.ledger.archive = self.archive
        for portal in spider.portals:
            self.archive.upsert_portal(portal)
            spider.ledger.open_portal(portal.slug)

    def process_item(self, item, spider=None):
        spider = spider or self.crawler.spider
        try:
            self._store(item, spider)
        finally:
            spider.item_stored(item)
        return item

    def _store(self, item, spider) -> None:
        if isinstance(item, FileItem):
            self.archive.record_file(item.url, item.state)
            return
        if isinstance(item, CheckItem):
            outcome = self.archive.record_check(item.canonical_url, item.status, item.fetched_at,
                                                item.capture_id, self.removal_checks)
            spider.ledger.outcome(item.portal, outcome)
            return
        fields = item.to_dict()
        portal = spider.portal_by_slug[fields["portal"]]
        try:
            outcome = self.archive.upsert_article(fields, portal.as_row())
        except Exception as exc:  # a bad row must not stop the crawl or lose others
            # The store names what it refused (e.g. `portal_conflict`: the
            # article belongs to another portal); anything else is a storage error.
            kind = getattr(exc, "kind", None)
            spider.ledger.error(portal.slug, fields["url"], kind or "storage", str(exc) if kind else repr(exc))
            return
        spider.ledger.outcome(portal.slug, outcome)
        spider.ledger.article_read(portal.slug, fields.get("quality"))

    def spider_closed(self, spider, reason):
        spider.ledger.close(reason)
        # Only after a crawl that ran to its end: OCR may take minutes, not
        # something to start past a deadline or after a stop signal.
        if reason == "finished" and self.crawler.settings.getbool("WARD_ATTACHMENT_TEXT", True):
            try:
                counts = self.archive.extract_attachment_texts()
                log.info("attachment texts: %s", counts)
            except Exception as exc:  # the crawl's articles are stored; the next run or `doctext` retries
                log.error("attachment texts were not read: %r", exc)
        self.archive.close()
