"""The parser contract: one small class per CMS platform, each field a named method.

A platform parser knows three things about its platform:
  * listings: which links on a section page are articles, and how the
    section paginates (`article_links`, `next_pages`);
  * URLs: which URLs are articles and how one article's many URLs collapse
    to one canonical URL (`is_article_url`, `canonical_url`);
  * articles: where the title, date, lead, body and category sit
    (`title`, `published_at`, `lead`, `body_element`, `category`).
What happens inside the body (paragraphs, captions, credit line, noise,
attachments) is the same on every platform and lives in `scraper.body`.
Subclasses usually only set the CSS selector tuples; they override a method
when the platform needs more than a selector.
"""
from __future__ import annotations

import re
from typing import ClassVar

from ward_scraper.extract import body as body_mod
from ward_scraper.extract import credits
from ward_scraper.extract import dates
from ward_scraper.util import urls
from ward_scraper.util.page import Page
from ward_scraper.util.text import squash


class Parser:
    name: ClassVar[str] = "base"      # the registry's `platform` value
    family: ClassVar[str] = ""         # F1..F7 in portals.md, or "fallback"
    label: ClassVar[str] = ""          # human name, for `detect` and docs

    # Selectors are tried in order; the first non-empty match wins.
    title_css: ClassVar[tuple[str, ...]] = ("h1",)
    lead_css: ClassVar[tuple[str, ...]] = ()
    body_css: ClassVar[tuple[str, ...]] = ("article", "main")
    date_css: ClassVar[tuple[str, ...]] = ()
    category_css: ClassVar[tuple[str, ...]] = ()
    # Removed from the body before it is read (share bars, related news ...).
    noise_css: ClassVar[tuple[str, ...]] = ()
    # Where a listing page keeps its article links and its pager.
    listing_css: ClassVar[str] = "a[href]"
    pager_css: ClassVar[str] = ""
    # Article URL shapes of this platform (matched against path + query).
    article_url_re: ClassVar[re.Pattern | None] = None

    # ---- detection --------------------------------------------------------
    @classmethod
    def detect(cls, page: Page) -> list[str]:
        """Evidence that `page` was made by this platform (empty: not ours)."""
        return []

    # ---- URLs -------------------------------------------------------------
    def is_article_url(self, url: str) -> bool:
        if self.article_url_re is None:
            return False
        return bool(self.article_url_re.search(urls.path_and_query(url)))

    def canonical_url(self, url: str) -> str:
        return urls.canonicalize(url)

    def page_canonical_url(self, page: Page) -> str:
        """The archive key of a fetched article; may use the page itself
        (e.g. `<link rel=canonical>` where the platform's is trustworthy)."""
        return self.canonical_url(page.url)

    # ---- listings ---------------------------------------------------------
    def article_links(self, page: Page) -> list[str]:
        """Article URLs linked from a listing page, as linked, in page order,
        one per canonical URL (the spider fetches them as the site links them)."""
        found: dict[str, str] = {}
        for link in page.links(self.listing_css):
            if urls.same_site(link, page.url) and self.is_article_url(link):
                found.setdefault(self.canonical_url(link), link)
        return list(found.values())

    def next_pages(self, page: Page) -> list[str]:
        """Further pages of the same listing (the platform's own pager)."""
        if not self.pager_css:
            return []
        return [link for link in page.links(self.pager_css)
                if urls.same_site(link, page.url) and not self.is_article_url(link)]

    # ---- article fields ---------------------------------------------------
    def title(self, page: Page) -> str | None:
        return page.text(*self.title_css) or page.meta("og:title")

    def published_at(self, page: Page) -> str | None:
        """ISO date or datetime (+07:00) from the header, markup or URL."""
        header = [page.text(css) for css in self.date_css]
        return dates.published_at(page, header_texts=[t for t in header if t], url=page.url)

    def lead(self, page: Page) -> str | None:
        return page.text(*self.lead_css) if self.lead_css else None

    def body_element(self, page: Page):
        return page.first(*self.body_css)

    def category(self, page: Page) -> str | None:
        return page.text(*self.category_css) if self.category_css else None

    def is_removed(self, page: Page) -> bool:
        """The platform's 'article removed' page, served with a 200."""
        return False

    # ---- assembly ---------------------------------------------------------
    def parse(self, page: Page) -> dict:
        """The extracted fields of `scraper.items.EXTRACTED_FIELDS`."""
        title = self.title(page)
        lead = self.lead(page)
        element = self.body_element(page)
        body = body_mod.extract(element, page=page, title=title, lead=lead,
                                noise_css=self.noise_css)
        authors, unit = credits.split_credit(body.credit_line)
        return {
            "title": squash(title) or None,
            "published_at": self.published_at(page),
            "lead": squash(lead) or None,
            "body_text": body.text,
            "body_html": body.html,
            "authors": authors,
            "source_unit": unit,
            "credit_line": body.credit_line,
            "images": body.images,
            "attachments": body.attachments,
            "category": squash(self.category(page)) or None,
        }
