"""F3: the new Hanoi ward and commune portals (from July 2025), a VCCorp-style CMS.

What is particular to them (portals.md, F3):
  * Article URLs are `/<cat-slug>[-<catId>]/<slug>-<id>.htm`, where the 18–19
    digit id is `<3–4 digit site prefix><yyMMddHHmmss><2–3 digits>`: the
    time the article was *created*. The displayed date can differ (Xuân Đỉnh
    shows 21:52 09/09/2025 for an id of 16:55 10/09/2025), so the id is only
    the fallback when a page shows no date (scraper.dates reads it).
  * The date line reads "[<author or unit>] HH:MM dd/mm/yyyy". The part before
    the time is the only credit these portals give, so it becomes the credit
    when the body has none at its foot.
  * The sapo is repeated as the first body paragraph (scraper.body drops it,
    as it does on every platform), and the CMS writes "<Article title>- Ảnh N."
    into every image's alt and sometimes as a line under the image (an SEO
    string, not a caption): `auto_caption` declares that shape to scraper.body.
  * Listings are category pages `/<cat-slug>[-<catId>].htm` or `/<cat-slug>[-<catId>]/`.
    Their pagination was not observed. We assume the usual VCCorp scheme: a
    "Xem thêm" button that loads `/timelinelist/<catId>/<n>.htm` fragments
    (n = 2, 3, ... until a fragment comes back empty), and accept numbered
    `/<cat>/trang-<n>.htm` pages too when a pager links them.
"""
from __future__ import annotations

import re
from itertools import chain
from urllib.parse import urlsplit

from ward_scraper.extract import dates
from ward_scraper.util import urls
from ward_scraper.util.page import Page
from ward_scraper.util.text import squash
from ward_scraper.extract.platforms import register
from ward_scraper.extract.platforms.base import Parser, ParseContext, field

# The date of the date line: "HH:MM dd/mm/yyyy" as the portals print it, or a bare day.
_SHOWN_DATE = re.compile(r"(?:\d{1,2}:\d{2}\s*,?\s*)?\d{1,2}/\d{1,2}/\d{4}(?:\s*[-,]?\s*\d{1,2}:\d{2})?")
_WEEKDAY_ALONE = re.compile(rf"^(?:{dates.WEEKDAY})$", re.I)
# The long creation-time id at the end of an article URL.
ARTICLE_ID = re.compile(r"-(\d{18,19})\.htm$")


def _may_end_in_htm(url: str) -> bool:
    """Whether the path `urlsplit` reads from `url` may end in ".htm": a
    slice of the URL, once it drops any tab or line break. (Most of a page's
    links do not name a .htm page: not split.)"""
    return ".htm" in url or "\t" in url or "\n" in url or "\r" in url


# Listing pages beyond the first (see the module docstring).
_TIMELINE = re.compile(r"^/timelinelist/(\d+)/(\d+)\.htm$")
_NUMBERED_PAGE = re.compile(r"/trang-\d+\.htm$")
# A category path that carries its id: /van-hoa-xa-hoi-65890/ or /van-hoa-xa-hoi-65890.htm
_CATEGORY_ID = re.compile(r"^/[a-z0-9-]+-(\d{3,7})(?:/|\.htm)$")


@register
class HanoiParser(Parser):
    name = "hanoi"
    family = "F3"
    label = "New Hanoi ward and commune portals (VCCorp-style CMS, 2025)"

    # (Skins spell the classes two ways: "detail-time" and, BEM-style, "detail__time".)
    title_css = ("h1.detail-title", "h1.detail__title", "[data-role=title]", "h1")
    lead_css = ("h2.detail-sapo", ".detail-sapo", ".detail__sapo", "[data-role=sapo]")
    # (The text's own block first where it is marked so: a skin's `div.detail-content` may wrap
    # the title, the time and the sapo over `div.detail-cmain[data-role=content]`.)
    body_css = ("div.detail-cmain[data-role=content]", "div.detail-content", "[data-role=content]")
    date_css = ("[data-role=publishdate]", ".detail-time", ".detail__time")
    # Where the date line names a person or unit on its own.
    byline_css = ("[data-role=author]", ".detail-author")
    category_css = ("[data-role=cate-name]", ".detail-cate a")
    noise_css = (
        # Related-news boxes the CMS inserts inside the content.
        # (Not its attachment box, `[type=Attachment]`: "File đính kèm: <a>….pdf</a>".)
        "[type=RelatedNewsBox]", "[type=RelatedOneNews]", ".VCSortableInPreviewMode.link-content-footer:not([type=Attachment])",
        ".detail-related", ".box-related", ".detail-tags", ".detail-share",
        "script", "style", "noscript",
    )
    # "<Article title>- Ảnh 2.": written by the CMS under every image. (The lookahead
    # turns a line without an "Ả" away at once: the lazy group, tried at each of its
    # characters, cost 50 us on a paragraph, and every line of the body is asked.)
    auto_caption = re.compile(r"^(?=[^Ả]*+Ả)(.*?)\s*[-–]\s*Ảnh\s*\d+\s*\.?$")
    pager_css = "a.list__viewmore[href], .list__viewmore a[href], .btn-viewmore[href], .pagination a[href]"
    article_url_re = re.compile(r"^/[^/?]+/[^/?]+-\d{18,19}\.htm(?:\?|$)")

    layout_css = ("div.detail-content", "[data-role=content]",                       # articles
                  ".box-category-item", ".box-stream-item", ".list__viewmore")        # listings, timeline fragments

    # ---- detection --------------------------------------------------------
    @classmethod
    def detect(cls, page: Page) -> list[str]:
        evidence = []
        if page.first("[data-role=content]", ".detail-sapo", ".VCSortableInPreviewMode") is not None:
            evidence.append("VCCorp CMS markup (data-role=content, detail-sapo, VCSortableInPreviewMode)")
        if any(ARTICLE_ID.search(urlsplit(url).path) for url in chain([page.url], page.iter_links())
               if _may_end_in_htm(url)):
            evidence.append("article URLs ending in an 18–19 digit creation-time id")
        if page.first("a[href*='/timelinelist/']") is not None or _TIMELINE.match(urlsplit(page.url).path):
            evidence.append("VCCorp /timelinelist/ listing fragments")
        if not evidence:
            return []
        # New 2025 hosts have no district label: viethung.hanoi.gov.vn, not
        # phohue.haibatrung.hanoi.gov.vn (the legacy Liferay portals).
        if re.fullmatch(r"[a-z0-9-]+\.hanoi\.gov\.vn", urlsplit(page.url).hostname or ""):
            evidence.append("host <ward>.hanoi.gov.vn (post-2025 naming)")
        return evidence

    # ---- URLs -------------------------------------------------------------
    def canonical_url(self, url: str) -> str:
        # The id is the key; no query parameter ever selects content here
        # (only trackers such as fbclid or Zalo's gidzl arrive).
        if self.is_article_url(url):
            return urls.canonicalize(url, keep_params=())
        return urls.canonicalize(url)

    # ---- listings ---------------------------------------------------------
    def next_pages(self, page: Page) -> list[str]:
        fragment = _TIMELINE.match(urlsplit(page.url).path)
        if fragment:
            # No page links the next fragment: the "Xem thêm" script asks for
            # n+1 until a fragment comes back without articles.
            if not self.article_links(page):
                return []
            category, number = fragment.groups()
            return [page.absolute(f"/timelinelist/{category}/{int(number) + 1}.htm")]
        linked = [link for link in super().next_pages(page)
                  if _TIMELINE.match(urlsplit(link).path) or _NUMBERED_PAGE.search(urlsplit(link).path)]
        category = self._category_id(page)
        if not linked and category is not None:
            # A "Xem thêm" button without an href: start the fragments ourselves.
            linked = [page.absolute(f"/timelinelist/{category}/2.htm")]
        return linked

    @staticmethod
    def _category_id(page: Page) -> str | None:
        marked = page.first("[data-zone-id]")
        if marked is not None and marked.get("data-zone-id", "").isdigit():
            return marked.get("data-zone-id")
        match = _CATEGORY_ID.match(urlsplit(page.url).path)
        return match.group(1) if match else None

    # ---- article fields ---------------------------------------------------
    # published_at: the shared rule already prefers the displayed date and
    # falls back to the id's creation time (scraper.dates.date_from_url).

    def byline(self, page: Page) -> str | None:
        """The author or unit on the date line ("Trung tâm Văn hoá & Thể thao phường")."""
        named = page.text(*self.byline_css)
        if named:
            return named
        line = page.text(*self.date_css) or ""
        # (A relative time, "3 giờ trước", is the date's too, and a weekday's name left alone.)
        rest = squash(dates.RELATIVE_TIME.sub(" ", _SHOWN_DATE.sub(" ", line))).strip(" |-–,")
        if _WEEKDAY_ALONE.match(rest):
            return None
        # "Cập nhật:" left of the time is a label, not a credit.
        return rest if rest and not rest.endswith(":") else None

    @field
    def credit_line(self, context: ParseContext) -> str | None:
        """The body's foot credit, else the date line's author or unit (the
        usual case on these portals: their bodies end without one)."""
        return super().credit_line(context) or self.byline(context.page)
