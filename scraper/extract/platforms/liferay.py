"""F1 Liferay Portal: HCMC neoportal, legacy Hanoi / Hải Phòng / Thái Nguyên
ward portals, Long Biên, Đồng Tháp, Quảng Trị and the Đà Nẵng DNICT news portlet.

Liferay draws every piece of a page as a portlet (`.portlet-boundary`, with
`section.portlet` inside). An article is a journal (web content) article
shown by an Asset Publisher in `.asset-full-content`, its text in
`div.journal-content-article`; menus and visitor counters in the side columns
are journal content too, so the article is the biggest one. The vendors'
journal templates print a metadata line near the title ("Ngày đăng
30/09/2020 | 16:00  | Lượt xem: 147", "View count: 551", or a raw Java
timestamp "2020-08-22 09:10:00.0") with no class anyone agrees on: it is found
by its text, inside the article's own portlet.

One article has many URLs: Liferay appends the listing it came from
(`redirect=`, with the listing's own paging state inside), portlet state
(`p_p_*`, `_101_INSTANCE_<id>_viewMode`) and a locale prefix (`/en_US/`).
`canonical_url` keeps only what names the article and still shows it.

Đà Nẵng's DNICT news portlet is a custom Liferay module with its own DOM
([code] in portals.md): `header.title-article`, `p.the-article-summary`,
`span.the-article-timecreate`, `.the-article-body`; articles at
`?dinhdanh=<id>`, listings at `?danhmuc=<cat>&p=<n>`.
"""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit, urlunsplit

from ward_scraper.extract import body as body_mod, dates

from ward_scraper.util import urls
from ward_scraper.util.page import Page, text_of
from ward_scraper.util.text import has_word_chars, squash, squashes_longer_than
from ward_scraper.extract.platforms import register
from ward_scraper.extract.platforms.base import (Parser, ParseContext, field, heading_text, in_linked_list,
                                                 without_null_prefix)

# Liferay serves every page under a locale prefix too; `/vi/` included (the
# shared rule leaves `/vi/` alone because NukeViet's `/vi/` is content).
_LOCALE_PREFIX = re.compile(r"^/(?:en|en_US|en_GB|vi|vi_VN)(?=/|$)")
# Detection's evidence in the page's scripts and in its links (compiled once: asked of every link).
_LIFERAY_SCRIPT = re.compile(r"Liferay\.(?:Portlet|ThemeDisplay|Browser|Util)\b")
_LIFERAY_LINK = re.compile(r"/-/asset_publisher/|[?&]p_p_id=|/-/view_content/|/-/view-article/")

# Path forms that name an article by themselves (the query is only state):
# (a) and (d) /<page>/-/asset_publisher/<instance>/content/<urlTitle>[/<id>] or /content/id/<id>,
# (c) /<page>/-/view_content/<id>-<slug>.html, (e) /chi-tiet/-/view-article/1/<catMs>/<articleMs>,
# (g) HCMC city /-/<slug>.
_ARTICLE_PATH = re.compile(r"/-/asset_publisher/[^/?]+/content/[^?]+|/-/view_content/\d+|/-/view-article/\d+"
                           r"|^/-/[^/?]+/?$")
# Đồng Tháp's /content/id/<id> is shown in the layout named by `plidlayout`.
_PATH_FORM_PARAMS = ("plidlayout",)

# (b) ?p_p_id=101&_101_struts_action=/asset_publisher/view_content&_101_assetEntryId=<n>...
# The Asset Publisher's parameters are namespaced `_101_`, `_101_INSTANCE_<id>_` (Liferay 6)
# or `_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_<id>_` (Liferay 7).
_PORTLET_PARAM = re.compile(
    r"^_(?:101|com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet)(?:_INSTANCE_[A-Za-z0-9]+)?_(\w+)$")
_VIEW_CONTENT_ACTION = "/asset_publisher/view_content"

# (f) DNICT: /chi-tiet-tin-tuc?dinhdanh=<id>&cat=<catId>; `cat` only picks the breadcrumb.
_DNICT_ARTICLE = "dinhdanh"
_DNICT_LISTING = ("danhmuc", "p")
# DNICT's notices for an unpublished, deleted or unknown article, served with a 200.
_REMOVED_NOTICES = {"Bài viết ngừng xuất bản", "Bài viết đã bị gỡ.",
                    "Không có bài viết với định danh trên"}

# The journal templates' metadata line: a labelled or weekday-led date, a bare
# date(-time), a raw Java timestamp or the display date in RFC 822 (a velocity
# template's `$reserved-article-display-date.data`: "Sat, 22 Aug 2020 02:10:00
# +0000"), or a view counter of its own.
_DATE = (r"(?:\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2}\s+\d{1,2}:\d{2}"
         r"|[A-Z][a-z]{2},\s+\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\s+\d{2}:\d{2}:\d{2}\s+[+-]\d{4})")
_METADATA_LINE = re.compile(
    rf"^(?:(?:Ngày đăng(?: tin)?|Ngày cập nhật|Đăng ngày|Cập nhật(?: lúc)?|Ngày tạo)\s*:?\s*{_DATE}"
    rf"|(?:Thứ \w+|Chủ nhật),?\s*{_DATE}"
    rf"|{_DATE}[\s\d:.,|APMSCH]*$"
    r"|(?:Lượt xem|View count)\s*:?\s*[\d.]+$)",
    re.IGNORECASE)
_METADATA_MAX_CHARS = 120
_UPDATED = re.compile(r"^(?:Ngày cập nhật|Cập nhật)", re.I)

# A related asset that is a document: a file name with a document extension, last
# or before Liferay's uuid (/documents/<group>/<folder>/<name>.pdf/<uuid>), or
# Liferay 6.0's /c/document_library/get_file.
_DOCUMENT_PATH = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|zip|rar)(?:/[^/]*)?$"
                            r"|^/c/document_library/get_file", re.IGNORECASE)



@register
class LiferayParser(Parser):
    name = "liferay"
    family = "F1"
    label = "Liferay Portal (Asset Publisher / journal content, DNICT news portlet)"
    title_tag_names_the_article = False

    title_css = (
        "header.title-article",                      # DNICT
        # Asset Publisher full content: the asset's own title when the portlet shows it
        # ("show-asset-title"; the header over it then names the category), else the header.
        ".asset-full-content.show-asset-title .asset-title",
        ".taglib-header .header-title",
        ".asset-full-content .asset-title",
        "h3.header-title",
        ".journal-content-article h1",               # title printed by the journal template
        ".journal-content-article h2",
        ".portlet-body h1",                          # vendor detail portlets (Hải Phòng, Quảng Trị)
    )
    # DNICT's sapo; the legacy journal templates print the article's summary as `.sapo`.
    lead_css = ("p.the-article-summary", ".journal-content-article .sapo")
    body_css = (
        ".the-article-body",                         # DNICT
        ".asset-full-content .journal-content-article",
        ".journal-content-article",
        ".asset-full-content .asset-content",
    )
    date_css = (
        "span.the-article-timecreate",               # DNICT "Ngày đăng tin: dd/MM/yyyy HH:mm"
        ".asset-full-content .metadata-publish-date",
    )
    category_css = ("#breadcrumbs li:last-child", ".breadcrumbs li:last-child", ".breadcrumbs .last",
                    ".category-breadcrump li.last-li")
    noise_css = (
        ".sapo",                                     # the lead, printed inside the journal content
        # Asset Publisher and DNICT widgets that templates put inside the content.
        ".asset-links", ".taglib-social-bookmarks", ".taglib-ratings", ".lfr-discussion",
    )
    # DNICT's "Tệp đính kèm:" line under the article.
    attachment_box_css = (".the-article-attachment",)
    # Related documents ("Tài liệu đính kèm") are Asset Publisher related assets
    # outside the journal content.
    related_assets_css = ".asset-full-content .asset-links a[href]"
    article_url_re = re.compile(
        r"/-/asset_publisher/[^/?]+/content/"
        r"|/-/view_content/\d+"
        r"|/-/view-article/"
        r"|[?&]dinhdanh=\d+"
        r"|_struts_action=(?:/|%2F)asset_publisher(?:/|%2F)view_content"
        r"|[?&]_101(?:_INSTANCE_[A-Za-z0-9]+)?_assetEntryId=\d+"
        r"|^(?:/[a-z]{2}(?:_[A-Z]{2})?)?/-/[^/?]+/?(?:\?|$)")

    layout_css = (".the-article-body", ".asset-full-content", ".journal-content-article",   # articles
                  ".body-list-article", ".main-list-article", ".asset-abstract", ".taglib-page-iterator")  # listings

    # ---- detection --------------------------------------------------------
    @classmethod
    def detect(cls, page: Page) -> list[str]:
        evidence = []
        if page.first(".portlet-boundary", "section.portlet") is not None:
            evidence.append("Liferay portlet markup (.portlet-boundary)")
        if page.first(".journal-content-article", ".asset-full-content", ".asset-abstract") is not None:
            evidence.append("Liferay journal / Asset Publisher content")
        if page.first("header.title-article", ".the-article-timecreate", ".body-list-article") is not None:
            evidence.append("DNICT news portlet (header.title-article)")
        if _LIFERAY_SCRIPT.search(page.html):
            evidence.append("Liferay JavaScript (Liferay.Portlet / Liferay.ThemeDisplay)")
        if any(_LIFERAY_LINK.search(link) for link in page.iter_links()):
            evidence.append("Liferay friendly URLs or portlet parameters in links")
        return evidence

    # ---- URLs -------------------------------------------------------------
    def canonical_url(self, url: str) -> str:
        """One URL per article: no locale prefix, no portlet or redirect state,
        but every parameter the article needs to be shown again."""
        url = _without_locale(urls.unescape_amp(url.strip()))
        return urls.canonicalize(url, keep_params=_identifying_params(url))

    def next_pages(self, page: Page) -> list[str]:
        """Pager links of this listing, cut down to the parameters that page.

        Asset Publisher pages by `_101_INSTANCE_<id>_cur` (with `_delta`, and
        the `p_p_id` that routes both to the portlet); DNICT by
        `?danhmuc=<cat>&p=<n>`. Page 1 is the listing's plain URL, so the
        crawler does not fetch it twice. Only links back to this page's own
        path count: pagers of other layouts are other sections.
        """
        here = _without_locale(page.url)
        found: dict[str, None] = {}
        for link in page.links():
            link = _without_locale(link)
            if (self.is_article_url(link) or not urls.same_site(link, page.url)
                    or urlsplit(link).path.rstrip("/") != urlsplit(here).path.rstrip("/")):
                continue
            paging = _paging_params(link)
            if paging is not None:
                found.setdefault(urls.canonicalize(link, keep_params=paging), None)
        found.pop(urls.canonicalize(here, keep_params=_paging_params(here) or ()), None)
        return list(found)

    # ---- article fields ---------------------------------------------------
    @field
    def title(self, context: ParseContext) -> str | None:
        """The article portlet's title first: side columns have headings too."""
        page = context.page
        portlet = self._article_portlet(page)
        title = (heading_text(page, self.title_css, root=portlet) if portlet is not None else None) \
            or super().title(context)
        return without_null_prefix(title)

    @field
    def published_at(self, context: ParseContext) -> str | None:
        page = context.page
        # The article portlet's date line first: a page may show full articles in
        # two Asset Publishers (a "Tin tiêu điểm" one above the one asked for).
        portlet = self._article_portlet(page)
        header = (self.date_lines(page, root=portlet) if portlet is not None else []) or self.date_lines(page)
        # The header's date is the first of its lines that gives one: the template's
        # metadata line, last, counts only where no date line gives a date, and is
        # looked for only there (a walk of the article's portlet, some 50 us).
        if not any(map(dates.parse_datetime_text, header)):
            metadata = self._metadata_line(page)
            header.append(metadata)
            # The template's date element may hold the locale's short form alone ("1/11/23"): its name
            # makes it a date, and an English locale's (`<html lang="en-US">`, Java's M/d/yy) puts the
            # month first, where Vietnamese's (dd/MM/yy) puts the day first. (Looked for only where no
            # line gives a date: the metadata line is the only one not read yet.)
            short = next((day for text in header if text and (day := dates.short_year_alone(text))), None)
            if short and not (metadata and dates.parse_datetime_text(metadata)):
                return dates.published_at(page, header_texts=[short], url=page.url,
                                          month_first_site=_english_locale(page))
        return dates.published_at(page, header_texts=[text for text in header if text], url=page.url)

    @field
    def attachments(self, context: ParseContext) -> list[dict]:
        """The body's documents, plus the related documents listed under the
        journal content ("Tài liệu đính kèm": Asset Publisher related assets)."""
        page = context.page
        found = list(super().attachments(context))
        known = {attachment["url"] for attachment in found}
        for link in page.css(self.related_assets_css):
            url = page.absolute(link.get("href"))
            if url and url not in known and _DOCUMENT_PATH.search(urlsplit(url).path):
                known.add(url)
                found.append({"url": url, "title": squash(link.text_content()) or None})
        return found

    def body_element(self, context: ParseContext):
        return self._article(context.page)

    def prepare_body(self, element, context: ParseContext) -> None:
        """Drop Đồng Tháp's "null <title>" heading (the prefix hides it from
        the shared title-repeat check)."""
        for heading in [h for h in element.iter("h1", "h2", "h3") if _is_null_heading(h)]:
            heading.drop_tree()

    def is_removed(self, page: Page) -> bool:
        return any(squash(h3.text_content()) in _REMOVED_NOTICES for h3 in page.css("h3"))

    # ---- helpers ----------------------------------------------------------
    def _article(self, page: Page):
        """The article's journal content. Side columns hold journal content too
        (menus, counters), so of several matches the one with most text wins.
        (Found once a page: the title, the date line and the body ask for it,
        and each candidate's text is read to weigh it.)"""
        return page.once(("liferay article", self.body_css), lambda: self._largest_article(page))

    def _largest_article(self, page: Page):
        for selector in self.body_css:
            # (A side column's banners are no article: a vendor portlet's beside it is the generic reading's.)
            candidates = [element for element in page.css(selector) if not _banners_only(element)]
            if candidates:
                return max(candidates, key=lambda element: len(text_of(element)))
        return None

    def _article_portlet(self, page: Page):
        """The portlet that shows the article (the article itself if none)."""
        article = self._article(page)
        if article is None:
            return None
        return next((ancestor for ancestor in article.iterancestors()
                     if "portlet-boundary" in (ancestor.get("class") or "")), article)

    def _metadata_line(self, page: Page) -> str | None:
        """The template's date line, looked for in the article's own portlet
        (the sidebars' "Tin mới (28/09/2020)" lists are other portlets)."""
        portlet = self._article_portlet(page)
        if portlet is None:
            return None
        found = []
        for element in portlet.iter():
            if not isinstance(element.tag, str) or element.tag in ("a", "img", "script", "style"):
                continue
            text = text_of(element)
            # The outer elements hold the whole article: their first words tell
            # them too long, without squashing the article once per element.
            if len(text) > 2 * _METADATA_MAX_CHARS and squashes_longer_than(text, _METADATA_MAX_CHARS):
                continue
            text = squash(text)
            # (Not another article's day in a linked list under it: a "TIN TỨC MEDIA" item's.)
            if text and len(text) <= _METADATA_MAX_CHARS and _METADATA_LINE.match(text) \
                    and not in_linked_list(element):
                # Its parts apart: "04:40 CH" then "Lượt xem", two spans with no space between.
                line = squash(" ".join(element.itertext()))
                if not _UPDATED.match(line):
                    return line
                found.append(line)
        # Only an update's line ("Cập nhật lúc: …"), or it and a creation's further on: the latter.
        return found[0] if found else None


def _english_locale(page: Page) -> bool:
    """Whether the portal shows the page in an English locale (Liferay writes the
    visitor's locale as the root's `lang`: "en-US" under a /en/ address)."""
    return (page.tree.get("lang") or "").lower().startswith("en")


def _banners_only(element) -> bool:
    """A journal content of pictures linked elsewhere and no words: a side column's
    banners (a PDF viewer's `embed` with no words is an article's, DNICT's; so is a
    scanned notice, its picture linked to itself)."""
    pictures = element.findall(".//img")
    return bool(pictures) and all(_links_elsewhere(picture) for picture in pictures) \
        and not has_word_chars(text_of(element))


def _links_elsewhere(picture) -> bool:
    """A picture in a link to a page, not to a picture or a document file (a scan
    linked to itself or to its PDF; Liferay's `…/name.jpg/<uuid>` too)."""
    link = picture.getparent()
    path = (link.get("href") or "").lower().split("?")[0]
    return link.tag == "a" and not any(segment.endswith(body_mod.PICTURE_EXTENSIONS) for segment in path.split("/")) \
        and not body_mod.names_a_document_file(path)


def _is_null_heading(heading) -> bool:
    text = squash(heading.text_content())
    return without_null_prefix(text) != text


def _without_locale(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=_LOCALE_PREFIX.sub("", parts.path) or "/"))


def _identifying_params(url: str) -> tuple[str, ...] | None:
    """The query parameters that name the article at `url`; None when `url`
    is none of the article forms (the shared rules then apply)."""
    parts = urlsplit(url)
    params = dict(parse_qsl(parts.query, keep_blank_values=True))
    if _DNICT_ARTICLE in params:
        return (_DNICT_ARTICLE,)
    if _ARTICLE_PATH.search(parts.path):
        return _PATH_FORM_PARAMS
    portlet = {match.group(1): key for key in params if (match := _PORTLET_PARAM.match(key))}
    if params.get(portlet.get("struts_action")) != _VIEW_CONTENT_ACTION:
        return None
    # The entry id names the article; without it, its type and URL title do.
    names = ("assetEntryId",) if "assetEntryId" in portlet else ("type", "urlTitle", "groupId")
    return ("p_p_id", portlet["struts_action"], *(portlet[name] for name in names if name in portlet))


def _paging_params(url: str) -> tuple[str, ...] | None:
    """The query parameters that select a listing page (none for page 1,
    which is the listing's plain URL); None for a link that is not a pager's."""
    params = dict(parse_qsl(urlsplit(url).query, keep_blank_values=True))
    if all(key in params for key in _DNICT_LISTING):
        category, page_number = _DNICT_LISTING
        return (category,) if params[page_number] == "1" else _DNICT_LISTING
    portlet = [key for key in params if _PORTLET_PARAM.match(key)]
    cursors = [key for key in portlet if key.endswith("_cur")]
    if not cursors:
        return None
    if all(params[key] == "1" for key in cursors):
        return ()
    return ("p_p_id", *cursors, *(key for key in portlet if key.endswith("_delta")))
