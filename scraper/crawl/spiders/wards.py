"""The one spider: crawls the news sections of every portal in a registry.

Listing pages go to the portal's platform parser for article links and the
next pages; article pages go to the same parser for fields. Nothing here
knows any platform: adding a platform is adding a parser module.

Two modes:
  * incremental (default): articles already archived are not fetched again,
    and a section stops at the first listing page (or `incremental_depth`
    pages) whose articles are all archived — listings are newest first;
  * full (`full=True`): every listing page and every article, with
    conditional requests (ETag / Last-Modified) for archived ones; archived
    articles no listing links any more are re-checked, and one that answers
    404/410 on `removal_checks` consecutive full passes is marked removed.

Either way, new article links are requested up to the caps of caps.py, and an
article URL that failed is retried within its budget (docs/schema.md,
`failed_urls`); an article is archived only under the portal whose host
served it.

Every article read is followed by its files (files.py): its images and
attachments and its page's stylesheets, each URL fetched once (a full pass
re-checks them with conditional requests), plus the files of archived
articles no crawl has fetched yet (a full pass: all of them), once the
listings are read.

From the project root, `scrapy crawl wards -a portals=FILE [-a full=1]
[-s KEY=VALUE]` runs the same crawl as `ward-archive crawl`; without
`portals` it reads the WARD_PORTALS setting (default: the seed registry).
"""
from __future__ import annotations

import uuid
from datetime import datetime, timezone
from pathlib import Path

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider, IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError

from ward_scraper.crawl.caps import PAGE, PORTAL, SECTION, LinkCaps
from ward_scraper.crawl import files
from ward_scraper.crawl.failures import RequestRefused, RobotsRefusal, download_failure, size_in_words
from ward_scraper.crawl.items import CheckItem, FileItem, article_item, missing_essentials
from ward_scraper.crawl.known import ArchivedIndex
from ward_scraper.crawl.ledger import CrawlLedger
from ward_scraper.crawl.registry import DEFAULT_REGISTRY, RegistryError, load_registry
from ward_scraper.crawl.run import EXIT_BAD_CONFIGURATION, stop_before_crawling
from ward_scraper.crawl.responses import html_page
from ward_scraper.crawl.store import open_store
from ward_scraper.util.page import Page
from ward_scraper.extract import chain
from ward_scraper.extract.platforms import detect_platform, get_parser
from ward_scraper.util.urls import same_site

GONE = (404, 410)


def utc_now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def failure_words(failure) -> tuple[str, str]:
    """(kind, message) of a failed request, as crawl_errors keeps them."""
    if failure.check(HttpError):
        status = failure.value.response.status
        return f"http_{status}", f"HTTP {status}"
    if failure.check(RequestRefused):
        return failure.value.kind, str(failure.value)
    if failure.check(IgnoreRequest):
        message = str(failure.value) or "ignored"
        return ("redirect_loop" if "redirections" in message else "ignored"), message
    return download_failure(failure.value, failure.request)


def _flag(value) -> bool:
    """A spider argument given as `-a full=1` arrives as a string."""
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)


class WardSpider(scrapy.Spider):
    name = "wards"
    # What writes the archive belongs to this spider, not to the project:
    # `scrapy shell` and other spiders leave the archive alone.
    custom_settings = {
        "ITEM_PIPELINES": {"ward_scraper.crawl.pipelines.ArchivePipeline": 300},
        "EXTENSIONS": {
            # lock, interrupted runs, summary line: first, before the WARC files are opened
            "ward_scraper.crawl.extensions.ArchiveRun": 100,
            # a deadline, and a stop within seconds of SIGINT/SIGTERM
            "ward_scraper.crawl.extensions.CrawlDeadline": 150,
            # raw captures (WARC) of every exchange
            "ward_scraper.crawl.extensions.WarcCapture": 500,
        },
    }

    def __init__(self, portals=None, run_id: str | None = None, full: bool = False,
                 max_listing_pages: int | None = None, incremental_depth: int = 1, **kwargs):
        """`portals`: Portal rows, or the path of a registry file (`-a portals=FILE`)."""
        super().__init__(**kwargs)
        self.registry_file = None if portals is None or not isinstance(portals, (str, Path)) else portals
        self._use_portals([] if portals is None or self.registry_file else portals)
        self.ledger = CrawlLedger(run_id or uuid.uuid4().hex[:12])
        self.run_summary: dict | None = None  # the JSON summary, once the crawl has ended
        self.full = _flag(full)
        self.max_listing_pages = None if max_listing_pages is None else int(max_listing_pages)
        self.incremental_depth = int(incremental_depth)
        self.known = ArchivedIndex()  # archived articles, looked up as listings link them
        self.completed_sections: set[str] = set()
        self.failed: dict = {}  # url -> FailedUrl: failed, never archived (retry budget)
        self.link_caps: LinkCaps | None = None
        self._linked_failed: dict[str, str] = {}  # failed URL -> the section that linked it this crawl
        self._read_to_end: set[str] = set()  # sections every page of which was read this crawl
        self._retries_scheduled = False
        self._parsers: dict[str, object] = {}
        self._seen_articles: set[str] = set()
        self._listing_pages: dict[str, int] = {}
        self._stale_pages: dict[str, int] = {}
        self._listing_urls: set[str] = set()
        self._outstanding: dict[str, int] = {}
        self._cut_sections: set[str] = set()
        self._empty_pages: dict[str, int] = {}
        self.trap_pages = 3
        self._rechecks_scheduled = False
        self._item_sections: dict[int, tuple[str, str | None]] = {}  # id(item) -> its portal and section
        self.known_files: dict = {}         # url -> KnownFile: fetched by an earlier crawl
        self.unfetched_files: list = []     # files of archived articles still to fetch
        self._files_requested: set[str] = set()
        self._unfetched_scheduled = False
        self.file_max_bytes = 0
        self.file_timeout = 0.0
        self.max_files_per_portal = 0
        self._files_per_portal: dict[str, int] = {}

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        if spider.max_listing_pages is None:
            spider.max_listing_pages = settings.getint("WARD_MAX_LISTING_PAGES", 200)
        if not spider.portals:
            spider._read_registry(spider.registry_file or settings.get("WARD_PORTALS") or DEFAULT_REGISTRY)
        spider.link_caps = LinkCaps.from_settings(settings)
        spider.ledger.retry_attempts = settings.getint("WARD_RETRY_ATTEMPTS")
        spider.ledger.retry_backoff = settings.getfloat("WARD_RETRY_BACKOFF")
        spider.ledger.max_bad_share = settings.getfloat("WARD_HEALTH_MAX_BAD_SHARE")
        spider.ledger.min_articles = settings.getint("WARD_HEALTH_MIN_ARTICLES")
        spider.file_max_bytes = settings.getint("WARD_FILE_MAX_BYTES")
        spider.file_timeout = settings.getfloat("WARD_FILE_DOWNLOAD_TIMEOUT")
        spider.max_files_per_portal = settings.getint("WARD_MAX_FILES_PER_PORTAL")
        crawler.signals.connect(spider.retry_failed, signal=signals.spider_idle)
        crawler.signals.connect(spider.schedule_rechecks, signal=signals.spider_idle)
        crawler.signals.connect(spider.schedule_unfetched_files, signal=signals.spider_idle)
        crawler.signals.connect(spider.on_dropped, signal=signals.request_dropped)
        return spider

    def _use_portals(self, portals) -> None:
        self.portals = list(portals)
        self.portal_by_slug = {portal.slug: portal for portal in self.portals}

    def _read_registry(self, path) -> None:
        try:
            self._use_portals(load_registry(path))
        except RegistryError as exc:
            stop_before_crawling(EXIT_BAD_CONFIGURATION, str(exc))

    def _read_archive(self) -> None:
        """What the archive already holds. Read when the crawl starts, once
        the crawl holds the archive's lock (extensions.ArchiveRun)."""
        if not self.settings.get("WARD_ARCHIVE_DB"):
            return
        store = open_store(self.settings)
        slugs = [p.slug for p in self.portals]
        self.completed_sections = store.completed_sections()
        self.failed = store.failed_urls(slugs)
        self.known_files = store.known_files()
        self.unfetched_files = store.unfetched_files(slugs, recheck=self.full)
        # The store stays open for the lookups; it is closed with the spider.
        self.known = ArchivedIndex(store)

    def closed(self, reason):
        self.known.close()

    async def start(self):
        self._read_archive()
        for portal in self.portals:
            self.ledger.open_portal(portal.slug, sections=len(portal.listing_urls))
            if portal.platform != "auto":
                self._parsers[portal.slug] = get_parser(portal.platform)
            for url in portal.listing_urls:
                yield self._listing_request(url, portal.slug, section=url)

    # ---- requests ---------------------------------------------------------
    def _listing_request(self, url, slug, section):
        self._listing_urls.add(url)
        self._outstanding[section] = self._outstanding.get(section, 0) + 1
        return scrapy.Request(url, callback=self.parse_listing, errback=self.on_error,
                              meta={"portal": slug, "section": section})

    def _article_request(self, url, slug, key, section=None):
        headers = {}
        known = self.known.get(key)
        if known is not None:
            # Only a full pass re-fetches archived articles; ask the server
            # to answer 304 when nothing changed.
            if known.etag:
                headers["If-None-Match"] = known.etag
            if known.last_modified:
                headers["If-Modified-Since"] = known.last_modified
        if section is not None:
            self._outstanding[section] += 1
        return scrapy.Request(url, headers=headers, callback=self.parse_article, errback=self.on_error,
                              meta={"portal": slug, "key": known.canonical_url if known else key,
                                    "article_section": section,
                                    "handle_httpstatus_list": [304, *GONE] if known else []})

    # ---- callbacks --------------------------------------------------------
    def parse_listing(self, response):
        slug, section = response.meta["portal"], response.meta["section"]
        self.ledger.page(slug)
        page = self._page(response)
        if page is not None:
            yield from self._read_listing(page, slug, section)
        self._section_work_done(slug, section)

    def _read_listing(self, page, slug, section):
        parser = self._parser_for(slug, page)
        links = parser.article_links(page)
        self.known.look_up(slug, links, parser.canonical_url)
        if not links and page.url == section:
            self.ledger.error(slug, page.url, "empty_section",
                              f"the section's first page lists no article for the {parser.name} parser: "
                              "moved, emptied, or a layout the parser does not know", "listing")
        fresh = unseen = new = 0
        over_cap: dict[str, int] = {}  # cap scope -> links of this page left over it
        for url in links:
            key = parser.canonical_url(url)
            if key in self._seen_articles:
                continue
            self._seen_articles.add(key)
            unseen += 1
            if key in self.known and not self.full:
                continue
            if not self._may_request(url, key, section):
                continue
            if key not in self.known:
                capped = self.link_caps.take(slug, section, new)
                if capped:
                    over_cap[capped] = over_cap.get(capped, 0) + 1
                    continue
                new += 1
            fresh += 1
            yield self._article_request(url, slug, key, section)
        if over_cap:
            self._cap_reached(slug, section, page.url, new, over_cap)
            if over_cap.keys() & {SECTION, PORTAL}:
                return  # the pages after this one would bring links over the same cap
        # Listings are newest first: once a section has been read to its end,
        # a page of archived articles means everything older is archived too.
        # (An interrupted first crawl never reached the end, so it pages on.)
        if not self.full and links and not fresh and section in self.completed_sections:
            self._stale_pages[section] = self._stale_pages.get(section, 0) + 1
            if self._stale_pages[section] >= self.incremental_depth:
                self._cut_sections.add(section)
                return
        if unseen == 0 and page.url != section and self._is_trap(slug, section, page.url):
            return
        for url in parser.next_pages(page):
            if url in self._listing_urls:
                continue  # pagers link back to pages already read
            # A calendar or pager that never ends is a trap, not a section.
            if self._listing_pages.get(section, 1) >= self.max_listing_pages:
                self._cut_sections.add(section)
                self.ledger.error(slug, url, "pagination_limit",
                                  f"section {section} reached {self.max_listing_pages} listing pages")
                return
            self._listing_pages[section] = self._listing_pages.get(section, 1) + 1
            yield self._listing_request(url, slug, section)

    def _may_request(self, url, key, section) -> bool:
        """A failed URL a listing links again is requested only within its
        retry budget; either way the listing still links it."""
        failed = self.failed.get(url) or self.failed.get(key)
        if failed is None:
            return True
        self._linked_failed[failed.url] = section
        return failed.may_retry(utc_now())

    def _cap_reached(self, slug, section, page_url, requested, over_cap: dict[str, int]) -> None:
        """Links over a cap are left for a later crawl: the section is not
        read to its end, and each cap hit is recorded once."""
        self._cut_sections.add(section)
        self.ledger.outcome(slug, "links_over_cap", sum(over_cap.values()))
        where = {PAGE: page_url, SECTION: section, PORTAL: slug}
        for scope, left in over_cap.items():
            if self.link_caps.first_hit(scope, where[scope]):
                self.ledger.error(slug, page_url, "link_cap",
                                  self.link_caps.message(scope, where[scope], requested, left), "listing")

    def _is_trap(self, slug, section, url) -> bool:
        """A pager whose pages bring no article this crawl has not seen
        (empty pages past the end, repeated fragments, a calendar) is a trap:
        a few such pages end the section long before the page limit."""
        self._empty_pages[section] = self._empty_pages.get(section, 0) + 1
        if self._empty_pages[section] < self.trap_pages:
            return False
        if section not in self._cut_sections:
            self._cut_sections.add(section)
            self.ledger.error(slug, url, "pagination_trap",
                              f"{self.trap_pages} listing pages of {section} brought no new article", "listing")
        return True

    def _section_work_done(self, slug, section):
        """A section is complete when every listing page it led to was read,
        every article they linked was handled (archived, or failed and logged
        for a retry), and nothing cut it short (trap guard, stale stop, a
        failed listing page). A crawl killed before that leaves it incomplete,
        so the next incremental crawl pages on instead of stopping early."""
        if section is None:
            return
        self._outstanding[section] -= 1
        if self._outstanding[section] == 0 and section not in self._cut_sections:
            self._read_to_end.add(section)
            self.ledger.section_complete(slug, section)

    def parse_article(self, response):
        """An article counts as handled for its section once the archive holds
        it: Scrapy may hand the item to the pipeline after this generator has
        ended, and a crawl killed in between must not leave its section
        marked complete without the article (see item_stored)."""
        slug, section = response.meta["portal"], response.meta.get("article_section")
        handed_on = False
        try:
            if self._served_elsewhere(response):
                return
            for item in self._read_article(response):
                if isinstance(item, scrapy.Request):   # one of the article's files
                    yield item
                    continue
                handed_on = True
                self._item_sections[id(item)] = (slug, section)
                yield item
        finally:
            if not handed_on:
                self._section_work_done(slug, section)

    def item_stored(self, item) -> None:
        """The pipeline has stored `item` (or logged why it could not)."""
        slug, section = self._item_sections.pop(id(item), (None, None))
        self._section_work_done(slug, section)

    def _read_article(self, response):
        slug = response.meta["portal"]
        self.ledger.page(slug)
        key = response.meta.get("key")
        capture = response.meta.get("capture_id")
        if response.status == 304:
            yield CheckItem(key, slug, "not_modified", utc_now(), capture)
            return
        if response.status in GONE:
            yield CheckItem(key, slug, "missing", utc_now(), capture)
            return
        page = self._page(response)
        if page is None:
            return
        parser = self._parser_for(slug, page)
        if parser.is_removed(page):
            if key in self.known:
                yield CheckItem(key, slug, "missing", utc_now(), capture)
            else:
                self.ledger.outcome(slug, "removed_pages")
            return
        try:   # the platform parser, checked, with the generic and library fallbacks (extract/chain.py)
            extraction = chain.extract(page, parser)
        except Exception as exc:  # one broken page must not stop the portal
            self.ledger.error(slug, response.url, "parse", f"{type(exc).__name__}: {exc}", "article")
            self.ledger.article_read(slug, None)
            return
        for name, message in extraction.errors.items():   # the other fields are still archived
            self.ledger.error(slug, response.url, f"field:{name}", message, "article")
        fields = extraction.fields
        problem = missing_essentials(fields)
        if problem:
            self.ledger.error(slug, response.url, "parse", problem, "article")
            self.ledger.article_read(slug, None)
            return
        portal = self.portal_by_slug[slug]
        yield article_item(page, parser, fields, portal, utc_now(), capture)
        linked = files.linked_files(fields) + [(files.STYLESHEETS, url)
                                               for url in files.stylesheet_urls(page, portal.base_url)]
        yield from self._file_requests(slug, linked)

    def _served_elsewhere(self, response) -> bool:
        """An article belongs to the portal whose host serves it: a link that
        redirected to another host (another portal's article, say) is
        recorded, never archived under this portal."""
        return self._left_portal(response.meta["portal"], response.url, response.request)

    def _left_portal(self, slug: str, final_url: str, request) -> bool:
        """True, and recorded as `cross_portal_redirect`, when redirects took
        an article link of `slug` to `final_url` on another host."""
        portal = self.portal_by_slug[slug]
        if same_site(final_url, portal.base_url):
            return False
        origin = (request.meta.get("redirect_urls") or [request.url])[0]
        self.ledger.error(slug, origin, "cross_portal_redirect",
                          f"redirected from {origin} to {final_url}, another host than {portal.base_url}: "
                          f"not archived under {slug}", self._article_target(request),
                          request.meta.get("article_section"))
        return True

    def _article_target(self, request) -> str:
        """`article` for an article never archived (its failure counts against
        its retry budget), `recheck` for an archived one."""
        return "recheck" if request.meta.get("key") in self.known else "article"

    def retry_failed(self, spider=None):
        """Once the listings are read: note which failed URLs they still link,
        and request the failed URLs they did not reach (an incremental crawl
        stops reading a section early) that are within their retry budget.
        A failed URL that a complete read of its section no longer links is
        not requested again (unless a listing links it again)."""
        if self._retries_scheduled:
            return
        self._retries_scheduled = True
        unlinked = [f.url for f in self.failed.values()
                    if f.url not in self._linked_failed and f.section in self._read_to_end]
        self.ledger.failed_links(self._linked_failed, unlinked)
        gone = set(unlinked)
        now, scheduled = utc_now(), False
        for failed in self.failed.values():
            if failed.url in gone or failed.url in self._linked_failed or failed.unlinked_at:
                continue
            parser = self._parsers.get(failed.portal)
            canonical = parser.canonical_url if parser else str
            key = canonical(failed.url)
            self.known.look_up(failed.portal, [failed.url], canonical)
            if key in self._seen_articles or key in self.known or not failed.may_retry(now):
                continue
            self._seen_articles.add(key)
            self.crawler.engine.crawl(self._article_request(failed.url, failed.portal, key))
            scheduled = True
        if scheduled:
            raise DontCloseSpider

    def schedule_rechecks(self, spider=None):
        """Full pass: re-check archived articles that no listing linked this time."""
        if not self.full or self._rechecks_scheduled:
            return
        self._rechecks_scheduled = True
        seen_rows = {self.known[key].canonical_url for key in self._seen_articles if key in self.known}
        scheduled = False
        for known in self.known.not_seen(list(self.portal_by_slug), seen_rows):
            self._seen_articles.add(known.canonical_url)
            self.known.remember(known)
            self.crawler.engine.crawl(self._article_request(known.url, known.portal, known.canonical_url))
            scheduled = True
        if scheduled:
            raise DontCloseSpider

    def schedule_unfetched_files(self, spider=None):
        """Once the listings are read: the files of archived articles that no
        crawl has fetched yet (archived before files were fetched) or that are
        due another try; in a full pass, every file of the archived articles
        (re-checked with conditional requests)."""
        if self._unfetched_scheduled:
            return
        self._unfetched_scheduled = True
        scheduled = False
        for unfetched in self.unfetched_files:
            if unfetched.portal not in self.portal_by_slug:
                continue
            # a file captured under another article's link but not recorded on this
            # one's row is re-checked (conditionally), which records it
            for request in self._file_requests(unfetched.portal, [(unfetched.role, unfetched.url)], recheck=True):
                self.crawler.engine.crawl(request)
                scheduled = True
        if scheduled:
            raise DontCloseSpider

    def on_dropped(self, request, spider=None):
        """The scheduler drops a redirect to a URL already requested. Back to
        one of its own hops it is a redirect loop; to another portal's host, a
        cross-portal redirect (the other portal archives that article); to a
        page of this portal already requested, a duplicate link. None of them
        may vanish without a word."""
        if not request.meta.get("redirect_times"):
            return
        slug = request.meta.get("portal", "?")
        is_article = "key" in request.meta
        section = request.meta.get("section") or request.meta.get("article_section")
        hops = request.meta.get("redirect_urls") or []
        if is_article and slug in self.portal_by_slug and self._left_portal(slug, request.url, request):
            self._section_work_done(slug, section)
            return
        if request.url in hops or not is_article:
            target = self._article_target(request) if is_article else "listing"
            origin = (hops or [request.url])[0]
            self.ledger.error(slug, origin, "redirect_loop",
                              f"redirects back to {request.url} after {request.meta['redirect_times']} hops",
                              target, request.meta.get("article_section"))
            if target == "listing":
                self._cut_sections.add(request.meta["section"])
        else:
            self.logger.debug("%s: %s redirects to %s, already requested", slug, hops[0], request.url)
        self._section_work_done(slug, section)

    def on_error(self, failure):
        request = failure.request
        slug = request.meta.get("portal", "?")
        if failure.check(HttpError):
            self.ledger.page(slug)
        kind, message = failure_words(failure)
        section = request.meta.get("section")
        target = "listing" if section is not None else (
            self._article_target(request) if "key" in request.meta else "page")
        url = request.url
        if target == "article" and request.meta.get("redirect_urls"):
            # the link the listing gave is what the retry budget counts
            url, message = request.meta["redirect_urls"][0], f"{message} (redirected to {request.url})"
        self.ledger.error(slug, url, kind, message, target, request.meta.get("article_section"))
        if section is not None:  # a listing page failed: the section is not known complete
            self._cut_sections.add(section)
        self._section_work_done(slug, section or request.meta.get("article_section"))

    # ---- linked files -----------------------------------------------------
    def _file_requests(self, slug: str, linked: list[tuple[str, str]], recheck: bool = False):
        """A request for each (role, url) not yet requested by this crawl nor
        fetched by an earlier one (a full pass, or `recheck`, re-checks those:
        conditionally)."""
        for role, url in linked:
            if not url or url in self._files_requested:
                continue
            self._files_requested.add(url)
            known = self.known_files.get(url)
            if known is not None and not (self.full or recheck):
                continue
            if self._file_cap_reached(slug, url):
                return
            headers = {}
            if known is not None and known.etag:
                headers["If-None-Match"] = known.etag
            if known is not None and known.last_modified:
                headers["If-Modified-Since"] = known.last_modified
            meta = {"portal": slug, "file_url": url, "file_role": role,
                    files.FILE_CAP_META: self.file_max_bytes,
                    # Scrapy's own cap only as a backstop: FileSizeCap stops at the file cap first
                    "download_maxsize": 2 * self.file_max_bytes, "download_warnsize": 0,
                    "download_timeout": self.file_timeout,
                    # every answer reaches parse_file (redirects are still followed)
                    "handle_httpstatus_list": [304, *range(400, 600)]}
            try:
                # not an http(s) URL: RequestLimits refuses it before any network (on_file_error)
                yield scrapy.Request(url, headers=headers, meta=meta, callback=self.parse_file,
                                     errback=self.on_file_error, dont_filter=True, priority=-10)
            except ValueError as exc:   # not even a URL Scrapy can hold
                self.ledger.error(slug, url, "not_web", f"not requested: {exc}", "file")

    def _file_cap_reached(self, slug: str, url: str) -> bool:
        """Count one more file request of the portal; True (recorded once) when
        its cap for this crawl is reached: a hostile page with 100,000 images
        must not hold the crawl. Files left over stay unfetched for a later crawl."""
        taken = self._files_per_portal.get(slug, 0)
        if taken < self.max_files_per_portal:
            self._files_per_portal[slug] = taken + 1
            return False
        if taken == self.max_files_per_portal:
            self._files_per_portal[slug] = taken + 1   # recorded once
            self.ledger.error(slug, url, "file_cap", f"WARD_MAX_FILES_PER_PORTAL={self.max_files_per_portal} "
                                                     "reached: the other files wait for a later crawl", "file")
        self._files_requested.discard(url)
        return True

    def parse_file(self, response):
        meta = response.meta
        slug, role, url = meta["portal"], meta["file_role"], meta["file_url"]
        state = {"http_status": response.status, "declared_type": files.declared_type(response.headers),
                 "capture_id": meta.get("capture_id"), "fetched_at": utc_now()}
        if response.status == 304:
            # capture_id, size, type and digest stay those of the capture it confirms
            # (the 304's own capture is a revisit record pointing at it)
            del state["capture_id"]
            state.update(fetch_status=files.REVISIT, fetch_reason="not modified since the last capture")
        elif response.status != 200:
            state.update(fetch_status=files.ERROR, fetch_reason=f"HTTP {response.status}")
            self.ledger.error(slug, url, f"http_{response.status}", f"HTTP {response.status} ({role})", "file")
        elif files.OVERSIZE_META in meta:
            size = meta[files.OVERSIZE_META]
            state.update(fetch_status=files.OVERSIZE, size=size, content_type=None, payload_digest=None,
                         fetch_reason=f"{size_in_words(size)} or more, over the {size_in_words(self.file_max_bytes)}"
                                      " cap (WARD_FILE_MAX_BYTES): headers kept, not the body")
        else:
            state.update(self._judged_body(slug, role, url, response, state["declared_type"]))
        self.ledger.outcome(slug, f"files_{state['fetch_status']}")
        yield FileItem(url, slug, role, state)

    def _judged_body(self, slug: str, role: str, url: str, response, declared: str | None) -> dict:
        """The state of a file that arrived whole: what its bytes are, and
        whether they are what the link promised."""
        body, capture = response.body, response.meta.get("capture")
        sniffed = files.sniff_type(body, declared, url)
        state = {"size": len(body), "content_type": sniffed or (declared if role == files.STYLESHEETS else None),
                 "payload_digest": capture.payload_digest if capture else None}
        problem = None if role == files.STYLESHEETS else files.content_mismatch(role, sniffed, body)
        if problem:
            reason = f"{problem}; declared {declared or 'no type'}"
            self.ledger.error(slug, url, "file_mismatch", reason, "file")
            return {**state, "fetch_status": files.MISMATCH, "fetch_reason": reason}
        if capture is not None and capture.record_type == "revisit":
            return {**state, "fetch_status": files.REVISIT,
                    "fetch_reason": "the same bytes as a capture already kept (a revisit record)"}
        return {**state, "fetch_status": files.CAPTURED, "fetch_reason": None}

    def on_file_error(self, failure):
        request = failure.request
        slug, role, url = request.meta.get("portal", "?"), request.meta["file_role"], request.meta["file_url"]
        kind, message = failure_words(failure)
        http_status = failure.value.response.status if failure.check(HttpError) else None
        status = (files.BLOCKED_BY_ROBOTS if failure.check(RobotsRefusal)
                  else files.NOT_WEB if kind == "scheme_refused" else files.ERROR)
        if status == files.BLOCKED_BY_ROBOTS:
            # The portal's choice, not a failure: counted and kept on the file's rows.
            self.logger.info("%s: %s not fetched: %s (%s)", slug, url, message, role)
        else:
            self.ledger.error(slug, url, kind, f"{message} ({role})", "file")
        self.ledger.outcome(slug, f"files_{status}")
        yield FileItem(url, slug, role, {"fetch_status": status, "fetch_reason": f"{kind}: {message}",
                                         "http_status": http_status, "fetched_at": utc_now()})

    # ---- helpers ----------------------------------------------------------
    def _page(self, response) -> Page | None:
        page, content_type = html_page(response)
        if page is None:
            self.ledger.error(response.meta["portal"], response.url, "not_html", content_type)
        return page

    def _parser_for(self, slug: str, page: Page):
        if slug not in self._parsers:
            name, evidence = detect_platform(page)
            self.logger.info("%s: platform auto-detected as %s (%s)", slug, name,
                             "; ".join(evidence) or "no evidence: generic fallback")
            self._parsers[slug] = get_parser(name)
        return self._parsers[slug]

