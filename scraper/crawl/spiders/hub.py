"""The hub spider: every link a province portal lists, with its text.

Reads the province portal's home page and the directory pages it links
("Liên kết website", "Cổng thành phần", ...), with the crawl's politeness
and nothing archived. A link is an <a href> or an <option value> of a
<select> of sites; its text is what a person reads next to it (the link
text, or the table row it sits in). `spider.links` holds (text, url) pairs
and `spider.errors` the pages that could not be read, once the crawl closed.
"""
from __future__ import annotations

import re

import scrapy

from ward_scraper.crawl.responses import html_page
from ward_scraper.crawl.spiders.probe import failure_text
from ward_scraper.util.text import fold
from ward_scraper.util.urls import is_web_url, same_site

# Menu labels of the pages where province portals list their units' sites.
DIRECTORY_LABELS = re.compile(r"lien ket|cong thanh phan|trang thanh phan|website|phuong,? xa|xa,? phuong")


class HubSpider(scrapy.Spider):
    name = "hub"

    def __init__(self, url: str = "", **kwargs):
        super().__init__(**kwargs)
        if not is_web_url(url):
            raise ValueError(f"not an http(s) URL: {url!r}")
        self.url = url
        self.links: list[tuple[str, str]] = []
        self.errors: list[dict] = []

    async def start(self):
        yield scrapy.Request(self.url, callback=self.parse_home, errback=self.on_error)

    def parse_home(self, response):
        page = self._collect(response)
        if page is None:
            return
        for anchor in page.css("a[href]"):
            url = page.absolute(anchor.get("href"))
            if url and same_site(url, self.url) and DIRECTORY_LABELS.search(fold(anchor.text_content())):
                yield scrapy.Request(url, callback=self._collect, errback=self.on_error)

    def _collect(self, response):
        page, content_type = html_page(response)
        if page is None:
            self.errors.append({"url": response.url, "error": f"not HTML: {content_type}"})
            return None
        for element in page.css("a[href], option[value]"):
            url = page.absolute(element.get("href") or element.get("value"))
            if url:
                self.links.append((_label(element), url))
        return page

    def on_error(self, failure):
        self.errors.append({"url": failure.request.url, "error": failure_text(failure)})


def _label(element) -> str:
    """The words a reader sees for a link: its own text, or, when that is
    only the address (a directory table), the text of its table row."""
    text = " ".join(element.text_content().split())
    if element.tag == "a" and (not text or is_web_url(text) or text.startswith("www.")):
        row = next((parent for parent in element.iterancestors("tr")), None)
        if row is not None:
            cells = [cell for cell in row if element not in cell.iterdescendants()]
            text = " | ".join(" ".join(cell.text_content().split()) for cell in cells)
    return text
