"""F2: SharePoint / ASP.NET "portal/pages" sites (HCMC, Hà Tĩnh, Ninh Thuận, Tây Ninh, Đồng Nai).

One platform, several URL shapes (portals.md, F2):
  (a) blog post     /<site>/Lists/Posts/Post.aspx?ItemID=<n>&Mode=1&Source=/<site>
                    (also ?ID=<n>); the blog template prints the day above the post
                    (`.ms-PostDate`) and the time in its footer ("Đăng lúc 3:15 CH
                    bởi …"); customised templates (Quận 4) print neither
  (b) news page     /portal/pages/<y-m-d>/<Title-Slug-cut-at-50>-<id>.aspx, the date
                    unpadded (2024-2-16); or /portal/pages/<yyyy>/<lower-slug>-<id>.aspx;
                    print view /portal/pages/print.aspx?p=<id>. A publishing page
                    has several rich-text fields (`.ms-rtestate-field`): the
                    summary (`.ArticleSummary`) comes before the content
  (c) list item     /Lists/TinTuc/DispForm.aspx?ID=<n>&ContentTypeId=0x0100…; the
                    fields sit in a `table.ms-formtable`, the date only in the text
  (d) HCMC district /<cat>/…/<slug>-<id>.html
Canonical keys: ItemID (a), the trailing id (b, d), the list path plus ID (c).

Listing pagination was not observed. ASP.NET pagers usually post back
(`javascript:__doPostBack`, which a crawler cannot follow); we follow the GET
forms these portals use elsewhere: `?Page=<n>` / `?pageindex=<n>` on news
pages and SharePoint's own `?Paged=TRUE&…&PageFirstRow=<n>` on list views.
"""
from __future__ import annotations

import re
from itertools import islice, takewhile
from urllib.parse import parse_qsl, urlsplit

import lxml.etree
from lxml.cssselect import CSSSelector

from ward_scraper.extract import credits, dates, leads
from ward_scraper.extract.body import image_source, is_thumbnail, one_line

from ward_scraper.util import urls
from ward_scraper.util.page import Page
from ward_scraper.util.text import match_key, squash
from ward_scraper.extract.platforms import register
from ward_scraper.extract.platforms.base import Parser, ParseContext, field, named_credit_in

_BLOG_POST = re.compile(r"/Lists/Posts/Post\.aspx$", re.I)
_LIST_ITEM = re.compile(r"/Lists/[^/]+/DispForm\.aspx$", re.I)
_PRINT_VIEW = re.compile(r"/pages/print\.aspx$", re.I)
# (b): date folder, slug, and the id after the slug's last hyphen.
_NEWS_PAGE = re.compile(r"/pages/(\d{4})(?:-(\d{1,2})-(\d{1,2}))?/[^/]+-([A-Za-z0-9]+)\.aspx$", re.I)
# The site's language, English (United States): its menu's locale id. (Not the `/_layouts/1033/`
# folder: the files of an English install, which Vietnamese sites serve too.)
_US_ENGLISH_SITE = re.compile(r'L_Menu_LCID\s*=\s*"1033"')
# A dateline the writer puts before the first sentence: "(Website Văn phòng) –",
# "(HCM CityWeb) -". It names the website, not an author, and is not prose.
_DATELINE = re.compile(r"^\s*\([^()]{2,40}\)\s*[-–—]\s*")

# Labels of the list-form rows (DispForm), compared accent- and case-free.
_TITLE_LABELS = {"tieu de", "title", "tieu de tin"}
_LEAD_LABELS = {"tom tat", "trich yeu", "mo ta", "trich dan"}
_BODY_LABELS = {"noi dung", "noi dung tin", "chi tiet", "body"}
_DATE_LABELS = {"ngay xuat ban", "ngay dang", "ngay dang tin", "ngay phat hanh", "thoi gian dang", "ngay dang bai"}
_PICTURE_LABELS = {"hinh anh", "anh", "anh minh hoa", "hinh anh minh hoa"}
# The list's representative picture: the item's picture where it has no picture row.
_REPRESENTATIVE_LABELS = {"hinh dai dien", "anh dai dien", "hinh anh dai dien"}
_CAPTION_LABELS = {"chu thich anh", "chu thich", "chu thich hinh anh"}
_WRITER_LABELS = {"tac gia", "nguoi viet", "but danh", "tac gia bai viet"}
_SOURCE_LABELS = {"nguon", "nguon tin"}


@register
class SharePointParser(Parser):
    name = "sharepoint"
    family = "F2"
    label = "SharePoint / ASP.NET \"portal/pages\" portals"

    # (Not a web part's own title, "Tin tức - Sự kiện" in `h2.ms-webpart-titleText`.)
    title_css = ("h1.title-news", ".news-detail h1", ".ms-PostTitle", ".ms-blog-postTitle",
                 "#contentBox h1:not(.ms-webpart-titleText)", "#contentBox h2:not(.ms-webpart-titleText)", "h1")
    lead_css = (".news-detail .sapo", ".sapo-news", ".sapo", ".ArticleSummary")
    # (A blog post's text block, then the post's box that also holds its title, metadata and commands.)
    body_css = (".content-detail .ms-rtestate-field", ".content-detail", ".ArticleContent", ".ms-PostBody",
                ".ms-blog-postBody-content", ".ms-blog-postBody-text", ".ms-blog-postBody")
    # Last, a list item's form (DispForm.aspx): its version line "Đã tạo lúc 9/15/2025 2:15 PM bởi …"
    # ("Created at"), the day the item was posted, where the form has no date field of its own.
    date_css = ("span.date", ".date-news", "#onetidinfoblockV")
    noise_css = (".view-count", ".tool-news", ".other-news", ".ms-PostFooter", ".ms-hide",
                 ".ms-blog-command", ".ms-metadata", "script", "style")
    # A list item's files (DispForm.aspx), in their own row of the form, under the body's.
    # A blog post's, under its text ("Attachments" over the file links).
    attachment_box_css = ("#idAttachmentsTable", ".ms-blog-attachments")
    # Numbered pagers of news pages and SharePoint list views (see above).
    pager_css = ("a[href*='Page='], a[href*='page='], a[href*='pageindex='], a[href*='PageIndex='], "
                 "a[href*='PageFirstRow=']")
    article_url_re = re.compile(
        r"/Lists/Posts/Post\.aspx\?(?:.*&)?(?:ItemID|ID)=\d+"
        r"|/pages/\d{4}(?:-\d{1,2}-\d{1,2})?/[^/?]+-[A-Za-z0-9]+\.aspx(?:\?|$)"
        r"|/Lists/[^/]+/DispForm\.aspx\?(?:.*&)?ID=\d+"
        r"|^/[^?]+/[^/?]+-\d{4,}\.html(?:\?|$)",
        re.I)

    layout_css = (".ms-rtestate-field", ".ms-PostBody", ".ms-blog-postBody", "table.ms-formtable",  # articles
                  ".ArticleContent", "#s4-workspace")   # the SharePoint 2010+ master page, listings too

    # ---- detection --------------------------------------------------------
    @classmethod
    def detect(cls, page: Page) -> list[str]:
        evidence = []
        generator = page.meta("GENERATOR", "generator") or ""
        if "sharepoint" in generator.lower():
            evidence.append("<meta name=GENERATOR content=Microsoft SharePoint>")
        if page.first(".ms-rtestate-field", ".ms-PostBody", "table.ms-formtable", "#s4-workspace") is not None:
            evidence.append("SharePoint markup (ms-rtestate-field, ms-PostBody, ms-formtable, s4-workspace)")
        path = urlsplit(page.url).path
        if any(shape.search(path) for shape in (_BLOG_POST, _LIST_ITEM, _PRINT_VIEW, _NEWS_PAGE)):
            evidence.append("SharePoint URL shape (Lists/…/*.aspx or /portal/pages/<date>/…-<id>.aspx)")
        if not evidence:
            return []
        # __VIEWSTATE alone would also fit any ASP.NET portal (F8), so it only adds weight.
        if page.first("input#__VIEWSTATE", "form#aspnetForm") is not None:
            evidence.append("ASP.NET WebForms (__VIEWSTATE)")
        return evidence

    # ---- URLs -------------------------------------------------------------
    def canonical_url(self, url: str) -> str:
        parts = urlsplit(urls.unescape_amp(url.strip()))
        if _BLOG_POST.search(parts.path):
            # ?ID= and ?ItemID= show the same post; Mode and Source are view state.
            query = dict(parse_qsl(parts.query))
            item = query.get("ItemID") or query.get("ID")
            if item:
                return urls.canonicalize(parts._replace(query=f"ItemID={item}").geturl(), keep_params=("ItemID",))
        if _LIST_ITEM.search(parts.path):
            # ContentTypeId names the item's type, the same for every news item
            # of the list: ID alone is the key.
            return urls.canonicalize(url, keep_params=("ID",))
        if _PRINT_VIEW.search(parts.path):
            return urls.canonicalize(url, keep_params=("p",))
        if self.is_article_url(url):
            return urls.canonicalize(url, keep_params=())
        return urls.canonicalize(url)

    def page_canonical_url(self, page: Page) -> str:
        """A print view is keyed by the article it prints, when it links it."""
        parts = urlsplit(page.url)
        printed = dict(parse_qsl(parts.query)).get("p") if _PRINT_VIEW.search(parts.path) else None
        for link in page.links() if printed else ():
            match = _NEWS_PAGE.search(urlsplit(link).path)
            if match and match.group(4) == printed and urls.same_site(link, page.url):
                return self.canonical_url(link)
        return self.canonical_url(page.url)

    # ---- article fields ---------------------------------------------------
    @field
    def title(self, context: ParseContext) -> str | None:
        row = _form_field(context.page, _TITLE_LABELS)
        if row is not None:
            return one_line(row) or None
        return super().title(context)

    @field
    def lead(self, context: ParseContext) -> str | None:
        row = _form_field(context.page, _LEAD_LABELS)
        if row is not None:
            return squash(row.text_content()) or None
        if _an_items_form(context.page):
            # A list form without a summary row: a first paragraph set in bold is its lead, as anywhere.
            # (A form of labelled rows: a skin may set its view counter in a `table.ms-formtable` too.)
            return leads.bold_intro(context.working_body, context.value("title"))
        return super().lead(context)

    @field
    def category(self, context: ParseContext) -> str | None:
        """The breadcrumb's last link. (Not `a:last-child`: SharePoint's
        SiteMapPath wraps every link in its own `<span>`, where each link is
        the last child.)"""
        links = context.page.css(".breadcrumb a")
        return squash(links[-1].text_content()) if links else None

    @field
    def published_at(self, context: ParseContext) -> str | None:
        """A list form's publish date row; the blog template's day and footer
        time read together; else the news page's printed date, markup or URL."""
        page = context.page
        header = self.date_lines(page)
        row = _form_field(page, _DATE_LABELS)     # a list item's DispForm: its publish date row
        if row is not None:
            header.insert(0, squash(row.text_content()))
        # (Its parts apart: the 2010 template sets weekday, day and month in blocks of their own,
        # "Thứ Năm" / "15" / "Tháng Ba 2012".)
        # (SharePoint 2013's blog: `div.ms-blog-postDate`, its time in the post's meta line, "Đăng bởi …
        # lúc 3:20 CH trong …".)
        post_day = next((line for element in page.css(".ms-PostDate, .ms-BlogDateHeader, .ms-PostDateHeader, "
                                                      ".ms-blog-postDate") if (line := one_line(element))), None)
        footer = page.text(".ms-PostFooter", ".ms-blog-postBoxMargin > .ms-metadata") or ""
        if post_day:
            # SharePoint 2010 prints the footer line straight in `.ms-PostFooter`, its time
            # perhaps as the post's link ("Được đăng vào <a>15:22</a> bởi …").
            clock = dates.time_of_day(page.text(".ms-PostFooter .ms-postfootercolor")) or dates.time_of_day(footer)
            header.insert(0, f"{post_day} {clock}" if clock else post_day)
        elif footer:
            # No day header: the footer's stamp is the post's ("Đăng bởi … lúc 12/06/2019 8:35 SA | Danh mục: …").
            header.append(footer.split("|")[0])
        # A site in English (United States) prints the days it writes itself month first
        # ("10/3/2015" over "Posted at 2:30 PM"); a form's date row is what an editor typed. (The menu's
        # language is not the site's regional settings: only its English clock tells they are en-US.)
        stamps = [footer, *header]
        in_us_english = row is None and bool(_US_ENGLISH_SITE.search(page.html)) \
            and any(dates.ENGLISH_CLOCK.search(stamp) for stamp in stamps)
        return dates.published_at(page, header_texts=header, url=page.url, month_first_site=in_us_english)

    @field
    def credit_line(self, context: ParseContext) -> str | None:
        """The text's own credit, else a list form's writer row ("Tác giả": a
        field of the item, not the "Đã tạo lúc … bởi" account that entered it)."""
        found = super().credit_line(context)
        row = _form_field(context.page, _WRITER_LABELS) if not found else None
        if row is not None:
            return squash(row.text_content()) or None
        return found or next(filter(None, map(named_credit_in, _web_parts_beside(context.body_element))), None)

    @field
    def source_unit(self, context: ParseContext) -> str | None:
        """The credit's unit, else a list form's source row ("Nguồn: UBND xã
        Thanh Điền", beside its "Tác giả" row) where it names a unit."""
        found = super().source_unit(context)
        row = _form_field(context.page, _SOURCE_LABELS) if not found else None
        source = squash(row.text_content()) if row is not None else ""
        return found or (source if credits.is_unit(source) else None)

    @field
    def images(self, context: ParseContext) -> list[dict]:
        """A list form's picture row ("Hình ảnh", a picture field) over the
        body's images, captioned by its caption row ("Chú thích ảnh") if any."""
        found = super().images(context)
        row = _form_field(context.page, _PICTURE_LABELS)
        captioned = row is not None
        if row is None:
            row = _form_field(context.page, _REPRESENTATIVE_LABELS)
        if row is None:
            return found
        seen = {image["src"] for image in found}
        # (A list's "Hình đại diện" row may hold the list's thumbnail of the picture: no picture shown.)
        pictures = [{"src": src, "caption": None} for img in row.iter("img")
                    if (src := image_source(img, context.page)) and src not in seen and not is_thumbnail(src)]
        caption = _form_field(context.page, _CAPTION_LABELS)
        if len(pictures) == 1 and caption is not None and captioned:
            pictures[0]["caption"] = squash(caption.text_content()) or None
        return pictures + found

    def body_element(self, context: ParseContext):
        element = _form_field(context.page, _BODY_LABELS)
        if element is None:
            element = super().body_element(context)
        if element is None:
            # Unknown layout: of the page's rich-text fields (summary, content,
            # side notes) the content is the one with the most text.
            element = max(context.page.css(".ms-rtestate-field"), key=lambda rich: len(rich.text_content()),
                          default=None)
        return element

    def body_parts(self, element) -> tuple[list, list]:
        before, after = super().body_parts(element)
        return (before, after) if before or after else ([], _publishing_fields_after(element))

    def prepare_body(self, element, context: ParseContext) -> None:
        _strip_dateline(element)


# A publishing page's field control, by the id SharePoint gives it
# ("ctl00_PlaceHolderMain_ctl05__ControlWrapper_RichHtmlField"): its placeholder, then its kind.
_PUBLISHING_FIELD_ID = re.compile(r"^(.+?)_ctl\d+__ControlWrapper_Rich(?:Html|Image)Field$")
# How far above the body's field its layout's block may sit (field, wrapper, block).
_FIELD_BLOCK_LEVELS = 3


def _publishing_fields_after(body) -> list:
    """A publishing page's text set in several rich fields of its layout (a
    content field, an image field with its caption, a second content zone):
    the blocks after the body's own that hold the next fields of its
    placeholder, up to the first block that holds none (the view counter,
    related news). The summary field before it is the sapo, no part."""
    field = _PUBLISHING_FIELD_ID.match(body.get("id") or "")
    if field is None:
        return []
    placeholder = field[1]
    node = body
    for _ in range(_FIELD_BLOCK_LEVELS):
        parts = list(takewhile(lambda block: _holds_a_field_of(block, placeholder),
                               (sibling for sibling in node.itersiblings() if isinstance(sibling.tag, str))))
        if parts:
            return parts
        node = node.getparent()
        if node is None or node.tag == "body":
            break
    return []


def _holds_a_field_of(block, placeholder: str) -> bool:
    return any((match := _PUBLISHING_FIELD_ID.match(element.get("id") or "")) and match[1] == placeholder
               for element in block.iter() if isinstance(element.tag, str))


def _web_parts_beside(body) -> list:
    """The web parts right before and after the article's own in its zone (a
    byline web part: "Tác giả: Phạm Hà | Ngày đăng: 14/07/2020")."""
    cell = next((node for node in body.iterancestors() if "ms-webpartzone-cell" in (node.get("class") or "")),
                None) if body is not None else None
    if cell is None:
        return []
    return [sibling for siblings in (cell.itersiblings(), cell.itersiblings(preceding=True))
            for sibling in islice((node for node in siblings if isinstance(node.tag, str)), 1)]


# A DispForm row's cells and a form's text boxes (compiled once: asked of every row).
_FORM_LABEL = CSSSelector("td.ms-formlabel", translator="html")
_FORM_VALUE = CSSSelector("td.ms-formbody", translator="html")
_TEXT_BOXES = lxml.etree.XPath(".//input | .//textarea | .//select")


def _an_items_form(page: Page) -> bool:
    """A list item's display form: a `table.ms-formtable` of labelled rows, not
    a skin's view counter so named nor an edit form's text boxes (a comment form)."""
    return any(_FORM_LABEL(form) and not _TEXT_BOXES(form) for form in page.css("table.ms-formtable"))


def _form_field(page: Page, labels: set[str]):
    """The value cell of a DispForm row whose label is one of `labels`. A
    cell holding a text box belongs to an edit form (the blog's "Thêm Bình
    luận" comment form has "Tiêu đề" and "Nội dung" rows too), not to the item."""
    for row in page.css("table.ms-formtable tr"):
        label = _FORM_LABEL(row)
        value = _FORM_VALUE(row)
        if label and value and match_key(label[0].text_content()) in labels \
                and not _TEXT_BOXES(value[0]):
            return value[0]
    return None


def _strip_dateline(element) -> None:
    """Cut a leading "(Website Văn phòng) –" from the first paragraph, keeping its markup."""
    for block in element.iter("p", "div"):
        if block.find(".//p") is not None or block.find(".//div") is not None:
            continue  # a wrapper; its first paragraph comes next
        text = block.text_content()
        if not text.strip():
            continue
        match = _DATELINE.match(text)
        if match:
            _cut_leading(block, match.end())
        return


def _cut_leading(block, count: int) -> None:
    """Remove the first `count` characters of `block`'s text, node by node."""
    for node, slot in _text_slots(block):
        value = getattr(node, slot) or ""
        taken = min(count, len(value))
        setattr(node, slot, value[taken:])
        count -= taken
        if count == 0:
            return


def _text_slots(element):
    """(node, "text"|"tail") pairs in the order text_content() reads them."""
    yield element, "text"
    for child in element:
        if isinstance(child.tag, str):
            yield from _text_slots(child)
        yield child, "tail"
