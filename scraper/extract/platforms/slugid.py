"""F4 "slug-id" provincial portal platform (Hải Phòng, Sơn La, Bình Thuận,
Nghệ An, Đắk Nông, Lào Cai): `/<cat-slug>/<slug>-<6–7 digit id>`, no extension.

What portals.md observed on its pages, and what this parser relies on:
  * a bare "dd/mm/yyyy" line ABOVE the title, and "Lượt xem: 276" after it;
  * titles often in capitals, sometimes repeated as the first body line,
    sometimes preceded by a unit slogan line ("Năm 2025 đẩy mạnh …");
  * paragraphs indented with runs of spaces, or hard-wrapped mid-sentence;
  * captions emitted twice (the image's alt text, then a caption line);
  * the credit right-aligned after "./.": "BBT." or a bare name;
  * noise: an "image banner" image, "Tin tức khác" lists, share/print bars;
  * attachments listed under "File đính kèm:" after the body;
  * slugs truncated, or an MD5 hash (`/tin-tuc-su-kien/d12cbc0a…-402310`), and
    categories carrying an id (`/trang-chu-66859/`);
  * Lào Cai keeps legacy `/<n>/<n>/<n>/<n>/<cat>/<slug>` URLs for articles
    that also have a slug-id URL; only the page itself can tell the pair.
The DOM class names are not in the survey; the selectors below cover the
theme variants of our frozen pages, and the date line is found by its place
(the nearest text before the title), not by a class name.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

import lxml.etree

from ward_scraper.extract import dates
from ward_scraper.util import urls
from ward_scraper.util.page import Page
from ward_scraper.util.text import squash
from ward_scraper.extract.platforms import register
from ward_scraper.extract.platforms.base import Parser, ParseContext, field

_SLUG_ID = r"/[a-z0-9-]+/[a-z0-9-]*?-?(?P<id>\d{6,7})/?"
_ARTICLE_URL = re.compile(rf"""^(?:
    {_SLUG_ID}                                   # /<cat>/<slug>-<id>
  | /(?:\d+/){{4}}[a-z0-9-]+/[a-z0-9-]+/?        # Lào Cai legacy /<n>/<n>/<n>/<n>/<cat>/<slug>
  | /vi/bai-viet/\d+                            # Lào Cai /vi/bai-viet/<id>
)$""", re.X)
_SLUG_ID_URL = re.compile(rf"^{_SLUG_ID}$")
_BARE_DATE = re.compile(r"^\d{1,2}/\d{1,2}/\d{4}$")
_SIX_DIGITS = re.compile(r"\d{6}")


def _may_end_in_an_id(url: str) -> bool:
    """Whether the path and query `urls.path_and_query` reads from `url` may
    end in a six- or seven-digit id: they are a slice of the URL once it
    drops any tab or line break. (Most of a page's links hold no six digits
    in a row: not split.)"""
    return _SIX_DIGITS.search(url) is not None or "\t" in url or "\n" in url or "\r" in url
# The theme's banner image, detection's evidence (compiled once, as the XPath below).
_BANNER_IMAGES = lxml.etree.XPath("//img[@alt='image banner']")
# The four nearest non-blank text pieces before an element (compiled once: detection and the date ask it).
_TEXTS_BEFORE = lxml.etree.XPath("preceding::text()[normalize-space()]"
                                 "[not(ancestor::script or ancestor::style)][position() <= 4]")


@register
class SlugIdParser(Parser):
    name = "slugid"
    family = "F4"
    label = "Slug-ID provincial portal platform"

    # Three theme variants: 2025 (.news-*), pre-2025 district-hosted (.*-news), Lào Cai (.post-*).
    title_css = (".news-detail h1", ".news-detail .title-news", ".detail-news .title-news", ".post-detail .post-title", "h1")
    lead_css = (".news-sapo",)
    body_css = (".news-content", ".content-news", ".post-content", "article")
    date_css = (".news-date", ".date-news", ".post-date")
    category_css = ("ol.breadcrumb li:last-child", ".breadcrumb-news a:last-child")
    noise_css = (".news-other", ".tin-khac", ".other-news", ".news-tools", ".news-views", ".post-view")
    # The pager is not in the survey: these sites use a plain `?page=<n>` link list.
    pager_css = "ul.pagination a[href], .paging a[href]"
    article_url_re = _ARTICLE_URL
    # The "File đính kèm:" box after the body.
    attachment_box_css = (".file-dinh-kem", ".news-attach")

    layout_css = (".news-detail .news-content", ".detail-news .content-news", ".post-detail .post-content",  # articles
                  ".list-news")                                                                          # listings

    # ---- detection --------------------------------------------------------
    @classmethod
    def detect(cls, page: Page) -> list[str]:
        evidence = []
        if _SLUG_ID_URL.match(urls.path_and_query(page.url)):
            evidence.append("URL /<cat>/<slug>-<id> without extension")
        # The shape first: most links fail it, and it costs less than comparing hosts.
        slug_id_links = [link for link in page.links() if _may_end_in_an_id(link)
                         and _SLUG_ID_URL.match(urls.path_and_query(link)) and urls.same_site(link, page.url)]
        if len(slug_id_links) >= 3:
            evidence.append(f"{len(slug_id_links)} links of the shape /<cat>/<slug>-<id>")
        if _BANNER_IMAGES(page.tree):
            evidence.append('banner image with alt "image banner"')
        if "Lượt xem:" in page.html:
            evidence.append('"Lượt xem:" view counter')
        if cls().date_line(page):
            evidence.append("bare dd/mm/yyyy line above the title")
        return evidence

    # ---- URLs -------------------------------------------------------------
    def canonical_url(self, url: str) -> str:
        """Articles take no query and no trailing slash; listings keep `?page=`."""
        if not _ARTICLE_URL.match(urlsplit(url).path):
            return urls.canonicalize(url, keep_params=("page",))
        return urls.canonicalize(url, keep_params=()).rstrip("/")

    def page_canonical_url(self, page: Page) -> str:
        """A legacy Lào Cai URL has no id: trust the page's own canonical or
        og:url when it names a slug-id URL of the same site."""
        declared = page.canonical_link() or page.absolute(page.meta("og:url"))
        if (declared and urls.same_site(declared, page.url)
                and _SLUG_ID_URL.match(urls.path_and_query(declared))
                and self._same_article(declared, page.url)):
            return self.canonical_url(declared)
        return self.canonical_url(page.url)

    def _same_article(self, declared: str, fetched: str) -> bool:
        """Same id, or a fetched URL without one (legacy) to be resolved."""
        fetched_match = _SLUG_ID_URL.match(urls.path_and_query(fetched))
        declared_match = _SLUG_ID_URL.match(urls.path_and_query(declared))
        return fetched_match is None or fetched_match["id"] == declared_match["id"]

    # ---- article fields ---------------------------------------------------
    def date_line(self, page: Page) -> str | None:
        """The bare "dd/mm/yyyy" line just above the title, wherever the theme puts it.

        Looks at the few nearest non-blank text pieces before the title, so a
        slogan or breadcrumb between them does not hide it. (Read once a page:
        detection and the date ask for it.)
        """
        return page.once(("slug-id date line", self.title_css), lambda: self._date_line(page))

    def _date_line(self, page: Page) -> str | None:
        title = page.first(*self.title_css)
        if title is None:
            return None
        before = _TEXTS_BEFORE(title)
        for text in reversed(before):
            if _BARE_DATE.match(squash(text)):
                return squash(text)
        return None

    @field
    def published_at(self, context: ParseContext) -> str | None:
        page = context.page
        header = [self.date_line(page)] + self.date_lines(page)
        return dates.published_at(page, header_texts=[t for t in header if t], url=page.url)
