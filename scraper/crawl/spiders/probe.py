"""The probe: onboarding one new portal, politely, without archiving anything.

From the home page it names the platform (with its evidence), finds the
news sections among the menu links (`ward_scraper.extract.sections`) and
keeps those whose page lists articles, then reads a few articles with the
parser a registry row would name. It runs with the crawl's politeness
(robots.txt, delays, identity) but none of its archive parts: no pipeline,
no WARC, no store.

The result is `spider.report` (a plain dict) once the crawl closed.
"""
from __future__ import annotations

import scrapy
from scrapy.spidermiddlewares.httperror import HttpError

from ward_scraper.crawl.failures import RequestRefused, download_failure
from ward_scraper.crawl.responses import html_page
from ward_scraper.extract import chain
from ward_scraper.extract.platforms import PARSERS, detect_platform, get_parser
from ward_scraper.extract.sections import innermost, section_candidates
from ward_scraper.util.page import Page
from ward_scraper.util.urls import is_web_url

# A section is a listing with at least this many article links.
MIN_SECTION_ARTICLES = 2


class ProbeSpider(scrapy.Spider):
    name = "probe"

    def __init__(self, url: str = "", articles: int = 3, platform: str = "auto", **kwargs):
        super().__init__(**kwargs)
        if not is_web_url(url):
            raise ValueError(f"not an http(s) URL: {url!r}")
        if platform != "auto" and platform not in PARSERS:
            raise ValueError(f"unknown platform {platform!r} (known: {', '.join(sorted(PARSERS))}, auto)")
        self.url = url
        self.article_budget = int(articles)
        self.parser = None if platform == "auto" else get_parser(platform)
        self.report = {"url": url, "platform": platform if self.parser else None, "evidence": [],
                       "sections": [], "articles": [], "errors": []}
        self._articles_asked = 0
        self.home_text = ""  # where the home page names its unit and province

    async def start(self):
        yield scrapy.Request(self.url, callback=self.parse_home, errback=self.on_error)

    def parse_home(self, response):
        page = self._page(response)
        if page is None:
            return
        self.home_text = " | ".join(filter(None, (
            page.text("title"), page.meta("og:site_name"), page.text("header", "#header", ".header", ".banner"),
            page.text("footer", "#footer", ".footer"))))
        if self.parser is None:
            name, evidence = detect_platform(page)
            self.parser = get_parser(name)
            self.report.update(platform=name, evidence=evidence)
        for candidate in section_candidates(page):
            if self.parser.is_article_url(candidate.url):  # a headline in a menu, not a section
                continue
            yield scrapy.Request(candidate.url, callback=self.parse_section, errback=self.on_error,
                                 cb_kwargs={"label": candidate.label, "position": candidate.position})

    def parse_section(self, response, label: str, position: int):
        page = self._page(response)
        if page is None:
            return
        links = self.parser.article_links(page)
        if len(links) < MIN_SECTION_ARTICLES:
            return
        self.report["sections"].append({"url": response.url, "label": label, "position": position,
                                        "articles_on_first_page": len(links),
                                        "next_pages": self.parser.next_pages(page)[:3]})
        # One article per section first, so the sample spans the portal.
        if self._articles_asked < self.article_budget:
            self._articles_asked += 1
            yield scrapy.Request(links[0], callback=self.parse_article, errback=self.on_error)

    def parse_article(self, response):
        page = self._page(response)
        if page is None:
            return
        detected, evidence = detect_platform(page)
        extraction = chain.extract(page, self.parser, evidence)
        self.report["articles"].append({
            "url": response.url, "canonical_url": self.parser.page_canonical_url(page),
            "detected_platform": detected, **extraction.fields,
            "field_errors": extraction.errors, "verdict": extraction.fields["quality"]})

    def closed(self, reason):
        """Sections in home-page order, parents of other sections left out."""
        sections = sorted(self.report["sections"], key=lambda section: section["position"])
        kept = set(innermost([section["url"] for section in sections]))
        self.report["sections"] = [section for section in sections if section["url"] in kept]

    def on_error(self, failure):
        self.report["errors"].append({"url": failure.request.url, "error": failure_text(failure)})

    def _page(self, response) -> Page | None:
        page, content_type = html_page(response)
        if page is None:
            self.report["errors"].append({"url": response.url, "error": f"not HTML: {content_type}"})
        return page



def failure_text(failure) -> str:
    """One line for a request that failed: an HTTP status, a refusal, a download failure."""
    if failure.check(HttpError):
        return f"HTTP {failure.value.response.status}"
    if failure.check(RequestRefused):
        return str(failure.value)
    return download_failure(failure.value, failure.request)[1]
