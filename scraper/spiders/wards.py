"""The one spider: crawls the news sections of every portal in a registry.

Listing pages go to the portal's platform parser for article links and the
next pages; article pages go to the same parser for fields. Nothing here
knows any platform: adding a platform is adding a parser module.
"""
from __future__ import annotations

import uuid
from datetime import datetime, timezone

import scrapy
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import DNSLookupError, TCPTimedOutError, TimeoutError
from w3lib.encoding import http_content_type_encoding

from ..items import ArticleItem, content_hash
from ..ledger import CrawlLedger
from ..page import Page
from ..platforms import detect_platform, get_parser
from ..text import squash


class WardSpider(scrapy.Spider):
    name = "wards"

    def __init__(self, portals=(), run_id: str | None = None, max_listing_pages: int | None = None,
                 **kwargs):
        super().__init__(**kwargs)
        self.portals = list(portals)
        self.portal_by_slug = {portal.slug: portal for portal in self.portals}
        self.ledger = CrawlLedger(run_id or uuid.uuid4().hex[:12])
        self.max_listing_pages = max_listing_pages
        self._parsers: dict[str, object] = {}
        self._seen_articles: set[str] = set()
        self._listing_pages: dict[str, int] = {}

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        if spider.max_listing_pages is None:
            spider.max_listing_pages = crawler.settings.getint("WARD_MAX_LISTING_PAGES", 200)
        return spider

    async def start(self):
        for portal in self.portals:
            self.ledger.open_portal(portal.slug)
            if portal.platform != "auto":
                self._parsers[portal.slug] = get_parser(portal.platform)
            for url in portal.listing_urls:
                yield self._listing_request(url, portal.slug, section=url)

    # ---- requests ---------------------------------------------------------
    def _listing_request(self, url, slug, section):
        return scrapy.Request(url, callback=self.parse_listing, errback=self.on_error,
                              meta={"portal": slug, "section": section}, dont_filter=False)

    def _article_request(self, url, slug):
        return scrapy.Request(url, callback=self.parse_article, errback=self.on_error,
                              meta={"portal": slug})

    # ---- callbacks --------------------------------------------------------
    def parse_listing(self, response):
        slug, section = response.meta["portal"], response.meta["section"]
        self.ledger.page(slug)
        page = self._page(response)
        if page is None:
            return
        parser = self._parser_for(slug, page)
        for url in parser.article_links(page):
            key = parser.canonical_url(url)
            if key not in self._seen_articles:
                self._seen_articles.add(key)
                yield self._article_request(url, slug)
        for url in parser.next_pages(page):
            # A calendar or pager that never ends is a trap, not a section.
            count = self._listing_pages.get(section, 1)
            if count >= self.max_listing_pages:
                self.ledger.error(slug, url, "pagination_limit",
                                  f"section {section} reached {self.max_listing_pages} listing pages")
                break
            self._listing_pages[section] = count + 1
            yield self._listing_request(url, slug, section)

    def parse_article(self, response):
        slug = response.meta["portal"]
        self.ledger.page(slug)
        page = self._page(response)
        if page is None:
            return
        parser = self._parser_for(slug, page)
        if parser.is_removed(page):
            self.ledger.outcome(slug, "removed_pages")
            return
        try:
            fields = parser.parse(page)
        except Exception as exc:  # one broken page must not stop the portal
            self.ledger.error(slug, response.url, "parse", f"{type(exc).__name__}: {exc}")
            return
        problem = _missing_essentials(fields)
        if problem:
            self.ledger.error(slug, response.url, "parse", problem)
            return
        yield self._item(slug, parser, page, fields, response.meta.get("capture_id"))

    def on_error(self, failure):
        request = failure.request
        slug = request.meta.get("portal", "?")
        if failure.check(HttpError):
            status = failure.value.response.status
            self.ledger.page(slug)
            kind, message = f"http_{status}", f"HTTP {status}"
        elif failure.check(TimeoutError, TCPTimedOutError):
            kind, message = "timeout", str(failure.value)
        elif failure.check(DNSLookupError):
            kind, message = "dns", str(failure.value)
        else:
            kind, message = "download", f"{failure.type.__name__}: {failure.value}"
        self.ledger.error(slug, request.url, kind, message)

    # ---- helpers ----------------------------------------------------------
    def _page(self, response) -> Page | None:
        content_type = response.headers.get(b"Content-Type", b"").decode("latin-1").lower()
        if content_type and "html" not in content_type and "xml" not in content_type:
            self.ledger.error(response.meta["portal"], response.url, "not_html", content_type)
            return None
        declared = http_content_type_encoding(content_type)
        return Page.from_bytes(response.url, response.body, declared)

    def _parser_for(self, slug: str, page: Page):
        if slug not in self._parsers:
            name, evidence = detect_platform(page)
            self.logger.info("%s: platform auto-detected as %s (%s)", slug, name,
                             "; ".join(evidence) or "no evidence: generic fallback")
            self._parsers[slug] = get_parser(name)
        return self._parsers[slug]

    def _item(self, slug: str, parser, page: Page, fields: dict,
              page_capture_id: int | None = None) -> ArticleItem:
        portal = self.portal_by_slug[slug]
        item = ArticleItem(url=page.url, canonical_url=parser.page_canonical_url(page), portal=slug,
                           ward_code=portal.ward_code, platform=parser.name,
                           fetched_at=datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                           capture_id=page_capture_id, **fields)
        item.content_hash = content_hash(item.to_dict())
        return item


def _missing_essentials(fields: dict) -> str | None:
    if not squash(fields.get("title")):
        return "no title found"
    if not (fields.get("body_text") or fields.get("attachments")):
        return "no body text and no attachment found"
    return None
