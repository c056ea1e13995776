"""Fallback for layouts no platform parser knows (the F8 regional portals and
anything new), plus three layout heuristics the blog CMS parsers reuse.

Finding the article on an unknown page, fastest first:
  1. a known article container (`[itemprop=articleBody]`, `.content-detail`,
     `article` ...) that holds real paragraphs;
  2. the densest text block: paragraph text scored by length and commas, links
     discounted, credited to the parent and half to the grandparent
     (the readability idea);
  3. trafilatura, only when both fail: it is several times slower than 1 and 2.
Whatever the element, `scraper.body.extract` then does paragraphs, captions,
credit and attachments exactly as for the known platforms.

Listings: a link is an article when its URL looks like one (long slug,
trailing id, .html/.aspx, an id in the query) and its text reads like a
headline; pagination is found by `rel=next`, "Trang sau"/"»" and page numbers.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import islice
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import lxml.etree

from ward_scraper.extract import credits, dates
from ward_scraper.extract.body import (BAR_SEPARATORS, DATE_LINE_CHARS, DATE_LINE_WORDS, DOCUMENT_KINDS, HEADINGS,
                                       HIDDEN_STYLE, OTHER_ARTICLES_WORDS, RELATED_MARKERS, STATE_MOTTO,
                                       continued_parts, documents_in, document_boxes_after, ends_with_a_credit,
                                       is_picture, one_line, headed_as_other_articles, headline_line,
                                       holds_running_text, inline_texts, opened_by_a_read_on_link, previous_element,
                                       shown_by_a_script, text_parted_by_pictures, without_document_kind)
from ward_scraper.extract.units import PROVINCE_NAMES, UNIT_NAME_KEY
from ward_scraper.extract.leads import (SUBTITLE_NAMES, bold_block_over, bold_intro, described_block_over,
                                        first_line_element, in_a_slider, in_other_articles, introduction_over,
                                        is_lead_name, lead_text, names_a_lead, subtitle_lead_over)

from ward_scraper.util import urls
from ward_scraper.util.page import Page, class_and_id, text_of
from ward_scraper.util.text import (case_blind_search, fold, has_digit, has_letters, has_word_chars, match_key,
                                    may_hold_a_word, squash, squashes_longer_than, where_it_opens)
from ward_scraper.extract.platforms import register
from ward_scraper.extract.platforms.base import (SCREEN_READER_ONLY, Parser, ParseContext, field, holds_only,
                                                 in_linked_list, wholly_one_link, without_null_prefix)
from ward_scraper.extract.platforms.hanoi import HanoiParser
from ward_scraper.extract.platforms.liferay import LiferayParser
from ward_scraper.extract.platforms.nukeviet import NukeVietParser
from ward_scraper.extract.platforms.slugid import SlugIdParser

# ---- shared heuristics (also used by the WordPress and Joomla parsers) --------

_DIACRITIC_LETTER = re.compile(r"[^\x00-\x7f]")
_ASCII_WORD = re.compile(r"[A-Za-z]{2,}")
_KEYWORD_SEPARATORS = re.compile(r"\s*[,;|]\s*")


def _is_hidden(element) -> bool:
    return bool(HIDDEN_STYLE.search(element.get("style") or ""))


# Class names that hide an element in every CSS framework the portals use.
_HIDING_CLASSES = frozenset(("hidden", "hide", "d-none", "invisible")) | SCREEN_READER_ONLY


def _is_invisible(element) -> bool:
    """Not shown to the reader: hidden by its style, its `hidden` attribute or a hiding class."""
    return _is_hidden(element) or element.get("hidden") is not None \
        or not _HIDING_CLASSES.isdisjoint((element.get("class") or "").split())


def _foreign_links(element, page_url: str) -> int:
    """Links leaving the portal for a non-government host."""
    count = 0
    for link in element.iter("a"):
        host = (urlsplit(link.get("href") or "").hostname or "").lower()
        if host and not urls.same_site("http://" + host, page_url) and not host.endswith(".gov.vn"):
            count += 1
    return count


def _is_seo_spam(element, page_url: str) -> bool:
    """Injected SEO text: Vietnamese prose always carries diacritics, the
    injected keyword lists ("chung cu times city, to chuc su kien, tai zalo")
    never do. Kept conservative: a short ASCII name ("Thu Trang") or a lone
    link line is never spam. A block hidden off-screen by an inline style is
    never article text, whatever its language: injected links hide that way
    (and when the page's closing tags are lost, the hidden block swallows
    the page's tail, which is not article text either); but a tab panel or a
    pager's page hidden until clicked holds the article's pictures or text."""
    if _is_hidden(element):
        return not shown_by_a_script(element, element.get("class"))
    text = squash(text_of(element))
    if not text or _DIACRITIC_LETTER.search(text):
        return False
    words = _ASCII_WORD.findall(_without_addresses(text))
    if len(words) < 4:
        return False
    phrases = [p for p in _KEYWORD_SEPARATORS.split(text.strip(" .…")) if p]
    lowercase = sum(word.islower() for word in words) / len(words)
    keyword_list = len(phrases) >= 3 and all(len(p.split()) <= 6 for p in phrases) and lowercase >= 0.7
    return keyword_list or _foreign_links(element, page_url) >= 2


def _without_addresses(text: str) -> str:
    """The text without its URLs, host names and e-mail addresses (words with a
    dot or an @ inside). Word by word: the regex `\\S+[@.]\\S+` took minutes
    over a hostile page's one 2 MB word, trying each of its positions."""
    return " ".join(word for word in text.split() if "." not in word[1:-1] and "@" not in word[1:-1])


def drop_seo_spam(element, page_url: str) -> None:
    """Remove injected SEO blocks and hidden blocks (portals.md 4.5) from an
    article body. Only paragraphs, list items, leaf divs and styled elements
    are judged: a wrapper is never spam for what one of its children holds."""
    if element is None:
        return
    candidates = [block for block in element.iter("p", "li", "div", "ul", "span", "a")
                  if block is not element and (block.tag in ("p", "li") or block.get("style") is not None
                                               or not any(child.tag in _BLOCK_TAGS for child in block))]
    spam: list = []
    for block in candidates:
        # (Its ancestors are walked only once a block was found spam: most bodies hold none.)
        if spam and any(ancestor in spam for ancestor in block.iterancestors()):
            continue
        if _is_seo_spam(block, page_url):
            spam.append(block)
    for block in spam:
        block.drop_tree()


# ---- finding the article element ------------------------------------------------

# Specific article containers: `article`, `[itemprop=articleBody]` and these
# classes. Broad wrappers such as `#content` or `main` also hold sidebars, so
# they are left to the scoring.
KNOWN_CONTAINER_CLASSES = frozenset((
    "field--name-body", "field-name-body", "content-detail", "news-detail", "detail-content",
    "article-content", "article-body", "news-content", "content-news", "post-content", "entry-content", "noidung", "noi-dung",
    "chitiet", "chi-tiet", "ndtin",
))
# ... and the same in BEM's spelling, an article block's body element ("gl-article__body", "news-detail__content").
_BEM_BODY = re.compile(r"(?:article|news|post|detail|entry)[\w-]*__(?:body|content)$", re.I)
# Substring tests on class names, as CSS `[class*=...]` would do them; a
# title's also on ids (WebForms' `span#lblTieuDe`). Vietnamese templates name
# the headline "tiêu đề" or "tên tin/bài" (`th.tentin`); Odoo its post's name (`div#o_wblog_post_name`,
# under `div.o_wblog_post_title` that also holds the subtitle).
TITLE_NAMES = re.compile(r"title|tieu[-_]?de|heading|headline|ten[-_]?(?:tin|bai)|(?:^|[\s_-])tit(?:[-_\s]|$)|"
                         r"post_name$", re.I)
_DATE_NAMES = re.compile(r"date|time|ngay|created|publish|meta", re.I)
# Titles that name a page of the site, never one article (compared by `match_key`).
GENERIC_TITLES = frozenset(match_key(title) for title in (
    "Home", "Trang chủ", "Trang chu", "Tin tức", "Tin tức - Sự kiện", "Tin tức sự kiện", "Tin hoạt động",
    "Chi tiết bài viết", "Chi tiết tin", "Chi tiết tin tức", "Chi tiết", "Xem chi tiết", "Bài viết", "Tin bài",
    "Thông báo", "Giới thiệu", "Liên hệ", "News", "News detail", "Article", "Xem tin", "Nội dung",
    "Untitled", "Untitled document", "Trang thông tin điện tử", "Cổng thông tin điện tử", "Bài đăng",
    "Posts", "Blog", "Tin mới", "Tin nổi bật", "Văn bản", "Hoạt động", "Sự kiện", "Null", "Default",
    # a box's or a view's name
    "Tin mới nhất", "Tin mới cập nhật", "Tin xem nhiều", "Tin đọc nhiều", "Tin liên quan", "Tin khác",
    "Các tin khác", "Tin cùng chuyên mục", "Bài viết mới", "Tin tiêu điểm", "Tin nóng", "Tin ảnh",
    "Phiên bản di động", "Bản in", "Trang in", "In bài viết", "Print", "Mobile",
))
MIN_ARTICLE_CHARS = 200
# A detail view's name, alone or with its section's ("Chi tiết bài viết Tin tức", a Liferay
# portlet's title; "Xem chi tiết tin tức", an ASP.NET portal's `<title>` on every article).
_DETAIL_VIEW_NAMES = tuple(match_key(name) + " " for name in (
    "Chi tiết bài viết", "Chi tiết tin tức", "Chi tiết tin", "Chi tiết", "Xem chi tiết", "News detail"))
_SECTION_WORDS = 4


def is_generic_title(key: str) -> bool:
    """Whether a match key is a page's, a view's or a box's name (`GENERIC_TITLES`,
    or a detail view's with its section's), not an article's headline."""
    if key in GENERIC_TITLES:
        return True
    view = next((name for name in _DETAIL_VIEW_NAMES if key.startswith(name)), None)
    return view is not None and len(key.split()) - len(view.split()) <= _SECTION_WORDS


_PARAGRAPH_TAGS = ("p", "div", "td", "pre", "blockquote", "li", "font", "span", "dd")
_BLOCK_TAGS = frozenset(("p", "div", "td", "table", "tr", "tbody", "ul", "ol", "li", "section", "article",
                         "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "form", "header", "footer",
                         "nav", "aside", "main", "figure", "pre"))
CHROME_TAGS = frozenset(("nav", "footer", "aside", "header", "form", "script", "style", "noscript",
                         "marquee"))     # (a scrolling banner: "Nhiệt liệt chào mừng …")
CHROME_NAMES = re.compile(
    r"(?:^|[\s_-])(?:header|top|topbar|banner|footer|menu|mainmenu|sidebar|nav|navbar|logo|breadcrumbs?|"
    r"copyright|thongke|thong-ke|counter|widget|module-left|module-right|right-col|col-right)"
    r"(?:$|[\s_-])", re.I)


def visible_chars(text: str) -> int:
    """Visible characters, white space not counted (a fast length for scoring)."""
    # Without its line breaks, tabs and no-break spaces, a printable text has
    # no white space but plain spaces: counted, it needs no splitting (most
    # texts are so: the no-break space is the portals' commonest other).
    if not text.isprintable():
        text = text.replace("\n", "").replace("\t", "").replace("\r", "").replace("\xa0", "")
        if not text.isprintable():
            return len("".join(text.split()))
    return len(text) - text.count(" ")


def link_chars(element) -> int:
    """Visible characters of the links under `element`."""
    return sum(visible_chars(text_of(a)) for a in element.iter("a"))


def _own_text_length(element) -> tuple[int, int]:
    """(text length, link text length) of one element, all descendants."""
    links = link_chars(element)
    return visible_chars(text_of(element)), links


def text_without_links(element) -> int:
    length, links = _own_text_length(element)
    return length - links


def in_chrome(element) -> bool:
    """Inside the page's header, menus, sidebars or footer."""
    node = element
    while node is not None and node.tag not in ("body", "html"):
        if not isinstance(node.tag, str):
            return False
        if is_chrome_node(node):
            return True
        node = node.getparent()
    return False


def is_chrome_node(node) -> bool:
    """One element that is page furniture by its tag or its names. A `header`
    or `footer` inside an `article` is the article's own (Drupal's node meta),
    so is a `header` with next to no links (a mobile template's headline and
    date, outside any `article`: a site's header links its logo and menus),
    and the form an ASP.NET WebForms page wraps itself in (right under
    `<body>`, or under a `<main>` holding its `__VIEWSTATE`) holds the whole page. The `<body>`'s own classes are not looked
    at: WordPress names it `wp-custom-logo`."""
    tag = node.tag
    if tag in CHROME_TAGS:
        if tag in ("header", "footer") and _in_article(node):
            return False
        if tag == "header" and _is_article_header(node):
            return False
        return not (tag == "form" and _wraps_the_page(node))
    # An ARIA landmark of the page's furniture, where names say nothing (a site builder's
    # "dZA9kd ynRLnc" footer, role="contentinfo").
    if node.get("role") in _CHROME_ROLES:
        return not _in_article(node)
    css_class, element_id = node.get("class") or "", node.get("id") or ""
    if not _chrome_names(css_class, element_id):
        return False
    if ("eader" in css_class or _ARTICLE_TOP.search(f"{css_class} {element_id}")) and _heads_the_article(node):
        # A theme's own name for the article's header (Newsup's `mg-header`: category, h1; Odoo's
        # `o_wblog_post_top` and `blog_header`: the post's cover, headline, author and day).
        return False
    # A layout slot named a sidebar only by where the skin puts it, holding the
    # page's headline, is the article's column (a DotNetNuke skin's wide
    # "dnn_SidebarPane" beside a narrow "ContentPane" of other articles).
    return not (_named_only_a_sidebar(css_class, element_id) and next(node.iterdescendants("h1"), None) is not None)


# The top of a post, named so (not the page's `#top`, which may hold a slogan set as an h1, nor
# "news-top", a box of top news).
_ARTICLE_TOP = re.compile(r"(?:post|article|entry|blog|detail)[-_]?top(?:$|[\s_-])", re.I)


def _wraps_the_page(form) -> bool:
    """A form under `<body>` (or under wrappers that hold nothing else: Oracle
    ADF's `div.af_panelStretchLayout`), or one holding a server framework's
    page state (ASP.NET's `__VIEWSTATE`, JSF's `javax.faces.ViewState`)."""
    node, inner = form.getparent(), form
    while node is not None and node.tag != "body" and holds_only(node, inner):
        node, inner = node.getparent(), node
    return node is not None and node.tag == "body" or any(
        form.find(f".//input[@name='{state}']") is not None for state in _PAGE_STATE_FIELDS)


_PAGE_STATE_FIELDS = ("__VIEWSTATE", "javax.faces.ViewState")


_CHROME_ROLES = frozenset(("banner", "navigation", "contentinfo", "complementary", "search"))


@lru_cache(maxsize=256)
def _named_only_a_sidebar(css_class: str, element_id: str) -> bool:
    names = f"{css_class} {element_id}"
    return "idebar" in names.lower() and not _SEARCH_CHROME_NAMES(_SIDEBAR_WORD.sub(" ", names))


# The same wrappers are asked about again for every element under them, and a
# page repeats its class names: each pair of names is matched once.
@lru_cache(maxsize=512)
def _chrome_names(css_class: str, element_id: str) -> bool:
    if "elementor-" in css_class:
        # Elementor names every block of a page, the post's title and text too, "elementor-widget-…",
        # and every section of it "elementor-top-section" (not its header's "elementor-location-header").
        css_class = " ".join(name for name in css_class.split()
                             if not name.startswith(_ELEMENTOR_LAYOUT_NAMES))
    if css_class.startswith("widget Blog"):
        return False    # Blogger's posts column is its "Blog" widget (`div.widget.Blog#Blog1`)
    names = f"{css_class} {element_id}"
    if "eader" in names:
        # The article's own header, named so (NukeViet's `header-details`, `entry-header`), is no page header.
        names = ARTICLE_HEADER_NAME.sub(" ", names)
    return bool(_SEARCH_CHROME_NAMES(names))


_ELEMENTOR_LAYOUT_NAMES = ("elementor-widget", "elementor-top-", "elementor-inner-")
_SEARCH_CHROME_NAMES = case_blind_search(CHROME_NAMES)
_SIDEBAR_WORD = re.compile(r"sidebar", re.I)
ARTICLE_HEADER_NAME = re.compile(
    r"(?:^|(?<=\s))(?:(?:news|article|post|entry|detail|details|content|tin|baiviet|chitiet)[_-]header|"
    r"header[_-](?:details?|news|article|post|entry|title|content|tin|baiviet|chitiet))(?=\s|$)", re.I)


def _heads_the_article(block) -> bool:
    """A block named a header that holds an `h1` (or a block named as the
    title) worded as news and few links, no menu nor logo: the article's header (its category, headline), not the
    page's (whose `h1` is the site's name: "Cổng thông tin điện tử phường …")."""
    headline = next(block.iter("h1"), None)
    if headline is None:
        # (Or a block named as the title, the innermost: Odoo 17's `div.o_wblog_post_title`.)
        headline = min((node for node in block.iter("div", "span", "p") if node is not block
                        and TITLE_NAMES.search(class_and_id(node))
                        and one_line(node)), key=lambda node: len(one_line(node)), default=None)
    # (A picture is a logo or a banner, but for an author's avatar beside the byline.)
    if headline is None or next(block.iter("nav", "ul"), None) is not None \
            or any(not _is_avatar(image) for image in block.iter("img")):
        return False
    words = squash(text_of(headline))
    if len(words.split()) < _NEWS_TITLE_WORDS or _PORTAL_BANNER.match(fold(words)):
        return False
    return _few_links(block)


_AVATAR = re.compile(r"avatar", re.I)


def _is_avatar(image) -> bool:
    """An author's picture by its alt, its address or its holder's class (Odoo's `o_wblog_author_avatar`)."""
    holder = image.getparent()
    return bool(_AVATAR.search(" ".join((image.get("alt") or "", image.get("src") or "", image.get("class") or "",
                                         holder.get("class") or "" if holder is not None else ""))))


def _is_article_header(header) -> bool:
    if _chrome_names(header.get("class") or "", header.get("id") or "") or next(header.iter("nav", "img"), None) is not None:
        return False
    return _few_links(header)


def _few_links(block) -> bool:
    """Some text, a quarter of it in links at most: a headline and its category's link, no menu."""
    text = visible_chars(block.text_content())
    return text > 0 and link_chars(block) <= text / 4


def _in_article(element) -> bool:
    return any(ancestor.tag in ("article", "main") for ancestor in element.iterancestors())


@dataclass
class _Scan:
    known: list      # specific article containers
    titles: list     # h1-h4 and title-classed elements
    dated: list      # `time` and date-classed elements
    leads: list      # sapo-classed elements
    labelled: list   # elements whose text opens with a date label ("Đăng lúc", "Cập nhật:")


# What a publish date line opens with, wherever the template puts it (under
# the title, in the post's footer): "Đăng lúc 08:35 ngày ...", "Cập nhật: ...",
# "Ngày đăng: ...", "Ngày 5 tháng 6 năm 2012", Drupal's "Gửi bởi ... vào ...",
# also in brackets at the foot of a pasted text ("(Đăng ngày 15/4/2026)"), or in an old WordPress
# theme's post meta sentence ("Bài viết này được đăng vào Thứ hai, Tháng Mười 12, 2009 lúc 9:15 sáng …"),
# SharePoint's list form's "Đã phát hành" field (its value in the next block).
_DATE_LABEL = re.compile(r"^\s*[(\[]?\s*(?:(?:bài\s+viết\s+(?:này\s+)?(?:được\s+)?)?đăng\s+(?:lúc|ngày|vào)|ngày\s+đăng|(?:ngày\s+)?cập\s+nhật|ngày\s+tạo|"
                         r"(?:ngày\s+)?xuất\s+bản|thời\s+gian\s+đăng|gửi\s+bởi|đăng\s+bởi|posted|(?:đã|được)\s+tạo\s+(?:vào|lúc)|"
                         r"(?:đã|ngày)\s+phát\s+hành|"
                         r"created\s+(?:at|on)|ngày\s+viết|ngày\s+duyệt|ngày\s+đưa\s+tin|ngày\s+gửi|"
                         r"ngày\s*:?\s*\d)", re.I)
# The letters its labels open with, in either case (no other character folds to one of them).
_DATE_LABEL_OPENINGS = frozenset("đĐnNcCxXtTgGpPbB")


def _opens_with_date_label(text: str) -> bool:
    """`_DATE_LABEL.match(text)`, tried only on a text whose first letter
    (after white space and one bracket) can open a label: the scan asks it of
    every element's text, and the case-blind alternatives cost a microsecond."""
    rest = text.lstrip()
    if rest[:1] in ("(", "["):
        rest = rest[1:].lstrip()
    return rest[:1] in _DATE_LABEL_OPENINGS and _DATE_LABEL.match(text) is not None


def _scan(page: Page) -> _Scan:
    """One walk over the tree for the kinds of landmark the fallback looks
    for (each CSS substring selector would cost a walk of its own). A parse
    walks once and hands the scan on; the finders walk for themselves when
    called alone."""
    scan = _Scan([], [], [], [], [])
    # (No element carries an itemprop the page's source does not spell.)
    itemprops = page.may_have(("itemprop",))
    roles = page.may_have(("role",))
    for element in page.elements:
        tag = element.tag
        opening = _own_first_text(element)
        if opening and _opens_with_date_label(opening):
            scan.labelled.append(element)
        css_class = element.get("class")
        # (Most elements have no class, nor an id: none of the four kinds then.)
        known, title, dated, lead = _landmark_classes(css_class) if css_class else _NO_LANDMARK_CLASSES
        element_id = element.get("id")
        id_title, id_dated = _title_and_date_names(element_id) if element_id else (False, False)
        if tag == "article" or known or itemprops and element.get("itemprop") == "articleBody" \
                or css_class and "-noidung" in css_class and _a_module_s_text(css_class, page) \
                or css_class and "-content" in css_class and _the_content_of_its_container(element, css_class):
            scan.known.append(element)
        if tag in _TITLE_TAGS or title or id_title or roles and element.get("role") == "heading" \
                or tag == "img" and _TITLE_PICTURE.search(element.get("src") or "") and element.get("alt"):
            scan.titles.append(element)
        if tag == "time" or dated or id_dated:
            scan.dated.append(element)
        # (A lead named by its id only: DotNetNuke's "dnn_ctr1487_ChiTietTin_divMoTa"; not a
        # summary tab with its "Xem toàn văn »" link, "TabContainer1_TabTomTat".)
        if lead or element_id and names_a_lead(element_id) and element.find(".//a") is None:
            scan.leads.append(element)
    return scan


_NO_LANDMARK_CLASSES = (False, False, False, False)


def _a_module_s_text(css_class: str, page: Page) -> bool:
    """A module's text named with its prefix, whose headline is named so too:
    DotNetNuke's news module, `div.cttdt-noidung` under `h1.cttdt-tieude`
    holding the article's headline. (Not a side box's `div.box-noidung`,
    whose `box-tieude` is a box's name of a few words.)"""
    for word in css_class.split():
        prefix, _, last = word.rpartition("-")
        if last == "noidung" and prefix and any(
                len(squash(text_of(title)).split()) >= _MODULE_HEADLINE_WORDS
                for title in page.css(f".{prefix}-tieude")):
            return True
    return False


# A headline has more words than a box's name ("Giới thiệu chung", "Thông báo mới").
_MODULE_HEADLINE_WORDS = 6
# A headline set as a picture of its words, its file named as a title ("images/tieude/tieude_khaigiang0708.gif",
# a 2000s static site's): its `alt` holds the words.
_TITLE_PICTURE = re.compile(r"(?:^|/)(?:tieu-?de|title)[\w-]*\.(?:gif|png|jpe?g)$|/(?:tieu-?de|titles?)/", re.I)
# Headings by their tag; also the name of the table or fieldset a home-made
# template sets the article in (`<caption>`, `<legend>`).
_TITLE_TAGS = frozenset(("h1", "h2", "h3", "h4", "caption", "legend"))


def _own_first_text(element) -> str:
    """The words an element opens with: its text, or the tail of an empty
    anchor it opens with (SharePoint's `<h3><a name="SPBookmark_NgayDang"></a>Ngày đăng</h3>`)."""
    text = element.text     # (each read of .text makes a new string)
    if text and text.strip():
        return text
    first = element[0] if len(element) else None
    if first is not None and first.tag == "a" and not first.text and not len(first):
        return first.tail or ""
    return ""


# Most elements have no class, and the others repeat a few: each class value is read once.
@lru_cache(maxsize=512)
def _landmark_classes(names: str) -> tuple[bool, bool, bool, bool]:
    """(an article container's, a title's, a date's, a lead's) class, by a class value."""
    words = names.split()
    # (Also a name's last part after an underscore: "chitiet_noidung" beside "chitiet_tieude".)
    known = not KNOWN_CONTAINER_CLASSES.isdisjoint(words) or "__" in names and any(map(_BEM_BODY.search, words)) \
        or "_" in names and any(word.rpartition("_")[2] in KNOWN_CONTAINER_CLASSES for word in words)
    return (known, *_title_and_date_names(names), is_lead_name(names))


def _the_content_of_its_container(element, css_class: str) -> bool:
    """A block named as a known container's content, inside that container: the
    text's own block (`div.news-detail` > h1, h2 subtitle, date line,
    `div.news-detail-content`, an ASP.NET portal of Quảng Ninh's). (Not one
    named so anywhere else: a side box's `div.noidung-content`.)"""
    named = {word[:-len("-content")] for word in css_class.split() if word.endswith("-content")}
    named &= KNOWN_CONTAINER_CLASSES
    return bool(named) and any(not named.isdisjoint((ancestor.get("class") or "").split())
                               for ancestor in element.iterancestors())


# TITLE_NAMES and _DATE_NAMES (lower-case patterns, IGNORECASE) tried on an
# ASCII name lower-cased, without IGNORECASE, which folds the case of every
# character it tries (a third of the cost); any other name as it is.
_TITLE_NAMES_IN_LOWER_CASE = re.compile(TITLE_NAMES.pattern)
_DATE_NAMES_IN_LOWER_CASE = re.compile(_DATE_NAMES.pattern)


def _title_and_date_names(names: str) -> tuple[bool, bool]:
    """Whether TITLE_NAMES, and whether _DATE_NAMES, find something in a class value or an id."""
    if names.isascii():
        lowered = names.lower()
        return bool(_TITLE_NAMES_IN_LOWER_CASE.search(lowered)), bool(_DATE_NAMES_IN_LOWER_CASE.search(lowered))
    return bool(TITLE_NAMES.search(names)), bool(_DATE_NAMES.search(names))


def known_container(page: Page, min_chars: int = MIN_ARTICLE_CHARS, scan: _Scan | None = None):
    """The tightest specific article container holding the page's prose.

    Containers nest (`.news-detail` > `.news-content`): the outer one also
    holds the title, date line and toolbars. The smallest candidate holding
    at least 80% of the best candidate's prose wins."""
    scan = scan or _scan(page)
    # (Not one in a box of other articles: "Tin cùng chuyên mục" over a `div.content-news` of teasers.)
    found = {element: _article_prose(element, scan) for element in scan.known if not in_other_articles(element)}
    if not found or max(found.values()) < min_chars:
        return None
    enough = 0.75 * max(found.values())
    candidates = [element for element, prose in found.items() if prose >= enough]
    tightest = min(candidates, key=lambda element: _own_text_length(element)[0])
    # (A paragraph so named beside others of its name is one of the text's: a template's
    # `p.noidung` on each of them. One alone, its lines broken by `<br>`, is the text.)
    holder = tightest.getparent()
    if tightest.tag == "p" and holder is not None and sum(
            1 for sibling in holder if sibling.tag == "p" and sibling.get("class") == tightest.get("class")) > 1:
        return holder
    return tightest


# Landmarks longer than these are not a headline, a date line or a lead.
_LANDMARK_CHARS = {"title": 300, "date": DATE_LINE_CHARS, "lead": 1200}


def _article_prose(container, scan: _Scan) -> int:
    """A container's prose without the headline, date line and lead it holds:
    an outer wrapper (`.news-detail` > title, date, sapo, `.news-content`)
    must not outweigh the body it wraps by its header alone, which a long
    sapo over a short article would otherwise do."""
    # (Not its data's text: a Blogger post wraps its JSON-LD with the text, a thousand characters.)
    prose = text_without_links(container) - sum(visible_chars(script.text or "") for script in container.iter("script")
                                                 if script.get("type") == "application/ld+json")
    marks = [(mark, kind) for kind, found in (("title", scan.titles), ("date", scan.dated), ("lead", scan.leads))
             for mark in found if container in mark.iterancestors()]
    inside = {mark for mark, _ in marks}
    for mark, kind in marks:
        if any(ancestor in inside for ancestor in mark.iterancestors()):
            continue    # counted with the landmark holding it
        text = text_without_links(mark)
        if text <= _LANDMARK_CHARS[kind]:
            prose -= text
    if len(scan.known) > 1 and any(container in other.iterancestors() for other in scan.known):
        # (A wrapper of the text's own container: its boxes beside that text, each under a title of
        # its own, are the site's, "Giới thiệu xã Tùng Vài" under `news-detail__content`.)
        prose -= sum(text_without_links(child) for child in container if isinstance(child.tag, str)
                     and _opens_with_a_box_title(child) and not _holds_a_known(child, scan))
    return prose


def _holds_a_known(element, scan: _Scan) -> bool:
    return any(other is element or element in other.iterancestors() for other in scan.known)


# Text of its own (outside its child blocks) that makes a wrapper a paragraph too.
_OWN_TEXT_CHARS = 200


def _own_text(element) -> str:
    """The text an element holds itself: its text, and its children's tails."""
    return squash((element.text or "") + " ".join(child.tail or "" for child in element))


def densest_block(page: Page, min_chars: int = MIN_ARTICLE_CHARS):
    """The element collecting the most paragraph weight (readability-style)."""
    scores: dict = {}
    lone_cells: dict = {}
    lone_weight: dict = {}
    for element in page.tree.iter(*_PARAGRAPH_TAGS):
        if element.tag != "p" and any(isinstance(c.tag, str) and c.tag in _BLOCK_TAGS for c in element):
            # A wrapper, not a paragraph: its children are scored instead. But
            # a table cell or a div may hold the text itself, between its
            # blocks (running text with a credit div at its foot).
            text = _own_text(element)
            if len(text) < _OWN_TEXT_CHARS:
                continue
        else:
            text = _without_scripts(element, text_of(element))
        if len(text) < 25 or (length := visible_chars(text)) < 25:     # (the raw length bounds the visible one)
            continue
        links = link_chars(element)
        if links > length / 2:
            continue
        weight = 1 + text.count(",") + min(length // 100, 3)
        parent = element.getparent()
        if parent is None:
            continue
        if (table := _table_of_a_lone_cell(element, parent)) is not None and _ends_a_sentence(text):
            lone_cells[table] = lone_cells.get(table, 0) + 1
            lone_weight[table] = lone_weight.get(table, 0) + weight
        scores[parent] = scores.get(parent, 0) + weight
        grandparent = parent.getparent()
        # (<body> scores only the paragraphs it holds itself: a page with no
        # wrapper, a Google Docs export or a print view. Half of every wrapper's
        # would make it outscore the wrappers.)
        if grandparent is not None and grandparent.tag not in ("body", "html"):
            scores[grandparent] = scores.get(grandparent, 0) + weight / 2
    for table, cells in lone_cells.items():
        if cells > 1:   # (the other half: each row's paragraph counts for the table wholly)
            scores[table] = scores.get(table, 0) + lone_weight[table] / 2
    best, best_score, best_prose = None, 0.0, 0
    for element, score in scores.items():
        # Links only take from a score: one already no better than the best
        # stays so, and its text is not read.
        if score <= best_score or element.tag == "html" or in_chrome(element):
            continue
        length, links = _own_text_length(element)
        score *= 1 - links / max(length, 1)
        if score > best_score:
            best, best_score, best_prose = element, score, length - links
    if best is None or best_prose < min_chars:
        return None
    return _with_the_text_it_ends(_with_the_panes_around(_with_the_paragraphs_around_its_list(
        _with_the_paragraphs_around_its_table(best, scores))))


def _with_the_text_it_ends(best):
    """The densest block hidden until a "Xem tiếp" link shows it gives way to
    the block holding it: the text's first paragraphs, shown, are there."""
    holder = best.getparent()
    if _is_hidden(best) and opened_by_a_read_on_link(best) and holder is not None \
            and holder.tag not in ("body", "html") and not in_chrome(holder):
        return holder
    return best


# The classes of a widget that sets the article's text in panes shown one at a
# time (Bootstrap's accordion and tabs, jQuery UI's).
_PANE_GROUPS = frozenset(("panel-group", "accordion", "tab-content", "tabs-content", "ui-tabs", "ui-accordion"))
# How far above the densest block such a widget is looked for (p > panel-body > collapse > panel > group).
_PANE_LEVELS = 4


def _with_the_panes_around(best):
    """The densest block inside a pane of an accordion or of tabs gives way to
    the block holding the whole widget: the other panes and the text around
    them are the article's too ("Bước 1", "Bước 2", … each in its panel)."""
    for level, node in enumerate(best.iterancestors()):
        if level >= _PANE_LEVELS or node.tag in ("body", "html"):
            break
        if not _PANE_GROUPS.isdisjoint((node.get("class") or "").split()) or node.get("id") == "accordion" \
                or _holds_its_tab_links(node):
            holder = node.getparent()
            return holder if holder is not None and holder.tag not in ("body", "html") and not in_chrome(holder) else node
    return best


def _holds_its_tab_links(node) -> bool:
    """Tabs served before their script names them (jQuery UI's `.tabs()` adds `ui-tabs`
    in the browser): a list of links to "#…" ids, two at least, each a pane under `node`
    holding words of its own (`div#tabs-noidung > ul > li > a[href="#tab-thong-tin"]`, then
    `div#tab-thong-tin`; not EasyDNNNews' tabs of the text, its pictures and its files)."""
    tab_list = next((child for child in node if child.tag in ("ul", "ol")), None)
    links = [link.get("href") or "" for link in tab_list.iter("a")] if tab_list is not None else []
    targets = {href[1:] for href in links if href.startswith("#") and len(href) > 1}
    panes = [pane for pane in node if pane.get("id") in targets]
    return len(targets) >= 2 and len(panes) == len(targets) \
        and all(text_without_links(pane) >= _PANE_OWN_CHARS for pane in panes)


# A tab's own words at the least, besides its links (a table's row, a paragraph).
_PANE_OWN_CHARS = 40


def _without_scripts(element, text: str) -> str:
    """The text without the code of the scripts it holds: a banner's cell calling
    `AC_FL_RunContent('codebase', …, 'width', '900', …)` holds commas, not prose."""
    if "(" not in text:     # (no call, no script worth reading: most paragraphs)
        return text
    for script in element.iter("script", "style"):
        if script.text:
            text = text.replace(script.text, "", 1)
    return text


def _table_of_a_lone_cell(cell, row):
    """The table whose row holds `cell` alone. Old table-layout pages set each
    paragraph in a row of its own: two or more such rows of running text make
    the table the article's block, as paragraphs make their div (one row
    alone is a cell holding the whole text, under a headline's row). The
    paragraph may be the cell's one child (`<tr><td><p class="MsoNormal">`:
    a print view of a text pasted from Word)."""
    if cell.tag == "p" and row.tag == "td" and len(row) == 1:
        cell, row = row, row.getparent()
        if row is None:
            return None
    if cell.tag != "td" or row.tag != "tr" or len(row) != 1:
        return None
    table = row.getparent()     # (a tbody stands for its table: it took the row's grandparent score)
    return table if table is not None and table.tag in ("table", "tbody") else None


def _ends_a_sentence(text: str) -> bool:
    """A paragraph's last character (a headline in a row of its own has none of these)."""
    return text.rstrip().endswith((".", "!", "?", "…", ";", ":", '"', "”", ")"))


def _with_the_paragraphs_around_its_table(best, scores: dict):
    """A row of a table set inside the article (paragraphs in cells beside
    their pictures), or the one cell of a framed box (a document quoted
    whole), gives way to the block holding that table and paragraphs of its
    own: the article's text runs around the table."""
    if best.tag not in ("tr", "tbody") and not _only_cell_of_its_table(best) and not _cell_beside_pictures(best):
        return best
    table = next((node for node in best.iterancestors() if node.tag == "table"), None)
    holder = table.getparent() if table is not None else None
    if holder is None or holder.tag in ("body", "html", "td", "tr") or in_chrome(holder) or not scores.get(holder):
        return best
    return holder


def _with_the_paragraphs_around_its_list(best):
    """A list set inside the article (the points of a training, between the
    paragraphs that announce and follow them) scores by its items' commas;
    the nearest block a few levels up that also holds paragraphs of running
    text of its own, around the list, is the article's."""
    if best.tag not in ("ul", "ol"):
        return best
    for level, holder in enumerate(best.iterancestors()):
        if level >= _LIST_HOLDER_LEVELS or holder.tag in ("body", "html", "td", "tr") or in_chrome(holder):
            break
        around = sum(len(text) for paragraph in holder.iter("p")
                     if best not in paragraph.iterancestors() and _ends_a_sentence(text := squash(text_of(paragraph))))
        if around >= _AROUND_A_LIST_CHARS:
            return holder
    return best


# How far up a list's holder is looked for, and how much running text of its own it holds.
_LIST_HOLDER_LEVELS, _AROUND_A_LIST_CHARS = 3, 200


def _cell_beside_pictures(cell) -> bool:
    """A cell of text whose row's other cells hold a picture and its caption
    only: a table set in the text to put a paragraph beside a photo."""
    row = cell.getparent()
    if cell.tag != "td" or row is None or row.tag != "tr" or next(cell.iter("h1", "h2", "h3"), None) is not None:
        return False    # (a cell holding the headline holds the whole article: a layout table's)
    others = [other for other in row if isinstance(other.tag, str) and other is not cell]
    return bool(others) and all(next(other.iter("img"), None) is not None
                                and len(squash(text_of(other))) <= _CAPTION_CHARS
                                and all(_PICTURE_FILE.search(link.get("href") or "") for link in other.iter("a"))
                                for other in others)


# A picture's caption beside the text it illustrates is a line or two; the picture links
# to nothing but its own file (a side column's pictures link to services).
_CAPTION_CHARS = 200
_PICTURE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp)(?:$|\?)", re.I)


def _only_cell_of_its_table(cell) -> bool:
    row = cell.getparent()
    table = _table_of_a_lone_cell(cell, row) if row is not None else None
    return table is not None and len(table) == 1


def trafilatura_document(page: Page):
    """trafilatura's reading of the page: its XML `<doc>` (metadata as
    attributes, the text it found in `<main>`), or None."""
    import lxml.etree
    import trafilatura

    xml = trafilatura.extract(page.html, url=page.url, output_format="xml", include_images=True,
                              include_tables=True, include_comments=False, favor_recall=True, with_metadata=True)
    return lxml.etree.fromstring(xml.encode("utf-8")) if xml else None


def container_by_trafilatura(page: Page, document=None):
    """Last resort: let trafilatura find the prose, then take the deepest
    element of OUR tree that holds most of the paragraphs it found."""
    found = document if document is not None else trafilatura_document(page)
    if found is None:
        return None
    wanted = {match_key(p.xpath("string()")) for p in found.iter("p")}
    wanted = {key for key in wanted if len(key) >= 30}
    hits = {el: len(key) for el in page.tree.iter("p", "div", "td", "li", "blockquote")
            if (key := match_key(el.text_content())) in wanted}
    return _holder_of_most(hits)


def _common_ancestor(first, second):
    """The smallest element holding both (None when they are in different trees)."""
    mine = {first, *first.iterancestors()}
    return next((node for node in (second, *second.iterancestors()) if node in mine), None)


def _holder_of_most(weights: dict, share: float = 0.6):
    """The deepest element holding `share` of the matched text (a stray match
    in a header or sidebar must not widen the answer to `<body>`)."""
    total = sum(weights.values())
    held: dict = {}
    for element, weight in weights.items():
        if any(ancestor in weights for ancestor in element.iterancestors()):
            continue    # a wrapper with the same text was counted already
        for ancestor in element.iterancestors():
            held[ancestor] = held.get(ancestor, 0) + weight
    holders = [element for element, weight in held.items() if weight >= share * total]
    return max(holders, key=lambda element: sum(1 for _ in element.iterancestors())) if holders else None


def find_article_element(page: Page, scan: _Scan | None = None):
    """Fast structural guesses first, trafilatura last; a short article
    (a notice and its PDF) is taken from whichever structure holds any text."""
    scan = scan or _scan(page)
    finders = (lambda: known_container(page, scan=scan), lambda: densest_block(page),
               lambda: container_by_trafilatura(page),
               lambda: known_container(page, min_chars=1, scan=scan), lambda: densest_block(page, min_chars=1))
    for finder in finders:
        element = finder()
        if element is not None:    # (an lxml element without children is falsy)
            return element
    return None


# ---- titles -------------------------------------------------------------------

# What separates the article's title from the site's name in `<title>`.
TITLE_SEPARATORS = re.compile(r"\s+(?:-|–|—|\||::|»|›|>|:)\s+")


def title_parts(whole: str, host_word: str) -> list[str]:
    """The parts of a `<title>` between its separators; but a unit's name that
    runs on over a separator stays one part: Hà Nội's ward "Văn Miếu - Quốc Tử
    Giám" heads "Phường Văn Miếu - Quốc Tử Giám khai mạc …", whose first part
    alone would read as the site's name. The site's address spells the name
    whole (vanmieuquoctugiam.hanoi.gov.vn): that tells it from a separator."""
    return list(_title_parts(whole, host_word))


@lru_cache(maxsize=16)      # (a page's `<title>` is split by the checks and the readers, several times)
def _title_parts(whole: str, host_word: str) -> tuple[str, ...]:
    parts = TITLE_SEPARATORS.split(whole)
    if len(parts) < 2 or not host_word:
        return tuple(parts)
    joined = [parts[0]]
    for separator, part in zip(TITLE_SEPARATORS.findall(whole), parts[1:]):
        if _name_runs_on(joined[-1], part, host_word):
            joined[-1] += separator + part
        else:
            joined.append(part)
    return tuple(joined)


def _name_runs_on(before: str, after: str, host_word: str) -> bool:
    """Whether the last words of `before` and the first of `after`, run
    together, spell `host_word` (each side giving at least one whole word)."""
    words_before, words_after = fold(before).split(), fold(after).split()
    for count in range(1, len(words_before) + 1):
        tail = "".join(words_before[-count:])
        if len(tail) >= len(host_word) or not host_word.startswith(tail):
            continue
        rest, spelled = host_word[len(tail):], ""
        for word in words_after:
            spelled += word
            if spelled == rest:
                return True
            if not rest.startswith(spelled):
                break
    return False


_SITE_NAME_WORDS = where_it_opens(re.compile(
    r"cong thong tin|trang thong tin|cong ttdt|trang ttdt|ubnd|uy ban nhan dan|website|portal|trang chu|"
    r"dang bo|mat tran|mttq", re.I))


def title_from_title_tag(page: Page, whole: str | None = None) -> str | None:
    """`<title>` (or `whole`) without the portal name, which sits before or
    after a separator."""
    whole = squash(whole or page.text("title") or page.meta("og:title"))
    if not whole:
        return None
    host_word = site_host_word(page.url)
    parts = title_parts(whole, host_word)
    # The longest part is the article's title even when it names the ward
    # ("Phường Ninh Sơn: Trung tâm ... - Cổng thông tin điện tử phường Ninh Sơn").
    longest = max(parts, key=len)

    def names_no_article(part: str) -> bool:
        # the site's name, or a section's or a view's ("Tin tức - Sự kiện" between site and article)
        return looks_like_site_name(part, host_word) or is_generic_title(match_key(part))
    # (A unit named in lower case after the site's name is the site's district: "… - UBND xã Nhơn
    # Hậu - thị xã An Nhơn"; alone after the headline, it may end it: "Giao lưu … giữa phường Tân
    # Định - phường Đa Kao".)
    while len(parts) > 1 and parts[-1] is not longest and (names_no_article(parts[-1]) or len(parts) > 2
                                                           and _a_unit_in_lower_case(parts[-1])
                                                           and names_no_article(parts[-2])):
        parts.pop()
    while len(parts) > 1 and parts[0] is not longest and names_no_article(parts[0]):
        parts.pop(0)
    # Cut the original string, so that the title keeps its own dashes.
    start = whole.find(parts[0])
    end = whole.rfind(parts[-1]) + len(parts[-1])
    title = whole[start:end] if start >= 0 and end > start else whole
    # SharePoint's mobile view names a list item "<the list's name>: <its title>" ("Tin tức: Phường 10 …").
    # (Not a document's kind, "Thông báo: Lịch tiếp công dân …": the title's own first words.)
    label, colon, rest = title.partition(": ")
    listed = colon and rest and len(label.split()) <= _LIST_NAME_WORDS and (key := match_key(label)) \
        and is_generic_title(key) and key not in DOCUMENT_KINDS and not _ARTICLE_FORMAT.match(key)
    return rest if listed else title


_LIST_NAME_WORDS = 4
# (Nor the article's own format, "Tin ảnh: …", "Phóng sự: …": its headline's first words.)
_ARTICLE_FORMAT = re.compile(r"^(?:tin anh|anh|video|clip|phong su|chuyen de|ghi chep|tin van)\b")


@lru_cache(maxsize=2)     # the page's own URL, asked by the title's readers and checks
def site_host_word(url: str) -> str:
    """The first label of the page's host, folded ("pleiku" of pleiku.gialai.gov.vn):
    a part of `<title>` that holds it names the site."""
    return fold((urlsplit(url).hostname or "").split(".")[0])


def looks_like_site_name(part: str, host_word: str) -> bool:
    # (Its key without spaces, as a host is spelt: "Phường Văn Miếu - Quốc Tử Giám" holds vanmieuquoctugiam.)
    return bool(_SITE_NAME_WORDS.search(fold(part))) or is_place_name(part) \
        or (bool(host_word) and host_word in match_key(part).replace(" ", ""))


def is_place_name(text: str) -> bool:
    """A unit's name alone ("Xã Ma Thì Hồ", "Huyện Nghi Lộc") or a province's
    ("Nghệ An"): what a site calls itself, never a news title."""
    return bool(_UNIT_ONLY.match(squash(text))) or match_key(text) in _PROVINCE_KEYS


_PROVINCE_KEYS = frozenset(match_key(name) for name in PROVINCE_NAMES)


# A unit's name alone, capitalised as names are ("Xã Ma Thì Hồ", "Phường 7", "UBND xã Ia Grai"): a
# site's name in its <title>. With its diacritics: "xã hội" (society) and "phương án" are no units.
_UNIT_ONLY = re.compile(r"^(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân) (?:xã|phường|thị trấn)|Xã|XÃ|Phường|PHƯỜNG|"
                        r"Thị trấn|THỊ TRẤN|Thị xã|Huyện|Quận|Thành phố|Tỉnh)(?! [Hh]ội\b)(?: [\w'’]+){1,4}$")
# A unit's name in lower case, as a `<title>`'s last part names the district ("… - thị xã An
# Nhơn"): each word of the name capitalised (or a number: "quận 4").
_UNIT_IN_LOWER_CASE = re.compile(r"^(?:xã|phường|thị trấn|thị xã|huyện|quận|thành phố|tỉnh) (.+)$")


def _a_unit_in_lower_case(text: str) -> bool:
    named = _UNIT_IN_LOWER_CASE.match(text)
    words = named[1].split() if named else []
    return 1 <= len(words) <= 4 and all(word[0].isupper() or word.isdigit() for word in words)


# Headline candidates: how far each kind of evidence moves a candidate's score.
_HEADING_TAG_WEIGHT = {"h1": 3.0, "h2": 2.0, "h3": 1.0, "h4": 0.5}
_NAMED_WEIGHT = 1.5          # an element whose class names a title (`div.TieuDe`, `span.Title_Detail`)
_AGREEMENT_WEIGHT = 6.0      # times the word overlap with og:title / <title> without the site's name
_BEFORE_BODY_WEIGHT = 2.0    # above the body, in the article's own block
_NEAREST_WEIGHT = 1.5        # the last candidate above the body: the headline sits right on it
_AFTER_BODY_PENALTY = 4.0    # under the body: "Tin khác", comment forms
_IN_BODY_PENALTY = 2.0       # a sub-heading of the article
_IN_LIST_PENALTY = 5.0       # a linked item of a list: another article's title
_SHORT_NAME_PENALTY = 1.5    # a name of a few words: a section's or a box's ("TIN HOẠT ĐỘNG")
_NEWS_TITLE_WORDS = 5        # news titles say what happened: rarely fewer words


def _headline_the_name_shortens(name: str, visual_in_body):
    """The line set as a headline in capitals at the body's top that a page's
    short name (a few words) shortens, all its words in it, the line twice as long: a
    Google Sites page named "Đối thoại năm 2023" over its text box's "XÃ ĐỒNG
    TÂM TỔ CHỨC HỘI NGHỊ ĐỐI THOẠI … NĂM 2023"."""
    words = match_key(name).split()
    if len(words) > _PAGE_NAME_WORDS:
        return None     # (most headlines: the line is not looked for)
    visual = visual_in_body()
    line = one_line(visual) if visual is not None else ""
    key = match_key(line).split()
    # (Set in capitals, as a headline: not a bold sapo or a notice's opening line, "… như sau:".)
    return visual if len(key) >= 2 * len(words) and set(words) <= set(key) and _worded_as_news(line) \
        and line.isupper() and not line.endswith(":") else None


# A page's short name, at the most.
_PAGE_NAME_WORDS = 5


def _worded_as_news(text: str) -> bool:
    """Words enough for a news title, not a site's, a section's or a box's name,
    nor a menu's names set in a row ("Trang chủ | Giới thiệu | Tin tức | …"), nor
    mostly figures: a visit counter's digits set apart ("0 0 1 2 8 4 7"), a labelled
    counter or phone number ("Tổng truy cập: 128.470"). (A schedule's or a plan's
    "Lịch công tác tuần 49/2025" is news: four words and figures.)"""
    words = match_key(text).split()
    return len(words) >= _NEWS_TITLE_WORDS and not _a_row_of_names(text) \
        and sum(1 for word in words if not word.isdigit()) >= _NEWS_TITLE_WORDS - 1


def _a_row_of_names(text: str) -> bool:
    """Three names or more between bars, none longer than a menu's item."""
    if "|" not in text and "·" not in text and "•" not in text:
        return False    # (most lines: no bar to split at)
    names = BAR_SEPARATORS.split(text)
    return len(names) >= 3 and all(len(name.split()) <= _MENU_ITEM_WORDS for name in names)


_MENU_ITEM_WORDS = 3    # "Trang chủ", "Thủ tục hành chính"
# Below this word agreement, a candidate and a reference are different texts.
_AGREEING = 0.7
# A candidate whose words are this much of a reference's is the headline it names.
_NAMED_AGREEMENT = 0.8
# Below this, no candidate is trusted over og:title or <title>.
_TRUSTED_SCORE = 3.0
_HEADLINE_WORDS_RANGE = (3, 60)


@dataclass
class _Candidate:
    element: object
    text: str
    agreement: float
    score: float
    nearest_above: bool = False     # the last whole heading above the body
    another_articles: bool = False  # a linked list's item, or wholly a link elsewhere



def headline(page: Page, body=None, scan: _Scan | None = None) -> tuple[object | None, str | None]:
    """The on-page headline (element when there is one, and text).

    Every heading (`h1`-`h3`) and title-named element outside the page's
    chrome is a candidate, scored (`_rank_headings`) by its word agreement
    with the page's own names for the article (og:title, `<title>`, minus
    the site's name), its tag, and its place: just above the body in the
    article's block counts for it; under or inside the body, or as a linked
    item of a list, against it. Then, in order of trust:
      1. the candidate the references name (agreement >= 0.8);
      2. og:title without the portal name, unless `<title>` does not back
         it up and a trusted candidate (3) exists (the trusted candidate, if
         any, is kept as the headline element: the date line is looked for
         under it);
      3. the best candidate when its score is trusted (an `h1` or a
         title-named block right above the body, under a site-name `<title>`);
      4. `<title>` without the portal name; a visually set first line of the
         body when `<title>` is the site's name."""
    og_title = page_og_title(page)
    # (Read once, when a line set as a headline is first looked for: up to four lookups below.)
    large_classes = cache(lambda: _classes_set_large(body))
    # (The body's first line set as a headline: asked for by up to three of the paths below.)
    visual_in_body = cache(lambda: _visual_heading(body, large_classes))
    # (Not a `<title>` left with the site's name only: "Xã Hòa Thành" would name the site's own h1;
    # nor a generic page's name: "Tin tức" would name a box's "Tin tức khác".)
    references = [key for key in {match_key(text) for text in (
        og_title and title_from_title_tag(page, og_title), title_from_title_tag(page), og_title)
        if text and not is_place_name(text) and not _names_the_site_alone(text)}
        if key and not is_generic_title(key)]
    # (Nor a section's name the page's address passes through: "Tin hoạt động xã, thị trấn" would name
    # its portlet's heading. Asked of a short reference only: most pages' references are longer.)
    if any(len(key.split()) <= urls.SECTION_NAME_MOST_WORDS for key in references):
        sections = urls.section_steps(page.url, page.iter_links())
        references = [key for key in references if key not in sections]
    # (Nor a section's name the page's menu links: a `<title>` naming the category, "Tin huyện, thị xã,
    # thành phố", would name its `h1.cate-title`.)
    menu_names = cache(lambda: _menu_link_names(page))     # (read once, where it is asked)
    if any(len(key.split()) <= MENU_NAME_WORDS for key in references):
        references = [key for key in references if key not in menu_names()]
    ranked = _rank_headings((scan or _scan(page)).titles, references, body, _site_names(page),
                            lambda: _short_link_names(page) | menu_names(),
                            lambda link, loosely=False: links_to_the_page(link, page, loosely))
    # (Not another article's title: og:title may name a featured story the page also links.)
    named = [candidate for candidate in ranked if candidate.agreement >= _NAMED_AGREEMENT
             and not candidate.another_articles]
    if named:   # the best scored of those the references name
        # (Unless it is the page's short name for a headline the text sets out in full at its top.)
        fuller = _headline_the_name_shortens(named[0].text, visual_in_body)
        if fuller is not None:
            return fuller, one_line(fuller)
        return named[0].element, _in_its_own_case(named[0].text, named[1:])
    best = ranked[0] if ranked else None
    trusted = best if best is not None and best.score >= _TRUSTED_SCORE else None
    from_title_tag = title_from_title_tag(page)
    if trusted is not None and not _worded_as_news(trusted.text) and from_title_tag \
            and _worded_as_news(from_title_tag) and not _word_agreement(
                match_key(trusted.text), match_key(from_title_tag)):
        trusted = None      # a box's short name ("LIÊN KẾT WEB") against a `<title>` that names an article
    if trusted is not None and not _worded_as_news(trusted.text) and not og_title:
        # A side box's short name ("LỊCH TIẾP CÔNG DÂN") against a line set as a headline right
        # above the body, or over its first paragraph, and worded as news (a table layout's bold cell).
        visual = _visual_heading_above(body, large_classes)
        if visual is None:
            visual = visual_in_body()
        if visual is not None and _worded_as_news(one_line(visual)):
            return visual, one_line(visual)
    from_og = og_title and title_from_title_tag(page, og_title)
    # (Not "Phiên bản di động", a view's name; nor the site's name left of "Chi tiết tin - Phường Tự Lạn".)
    if from_og and not is_generic_title(match_key(from_og)) and not is_place_name(from_og) \
            and not _names_the_site_alone(from_og):
        # og:title that `<title>` does not back up (a template's stale or generic
        # og:title, an editor's other wording) loses to a trusted headline on the page.
        if trusted is None or _word_agreement(match_key(from_og), match_key(title_from_title_tag(page) or "")) \
                >= _AGREEING and not _shown_over_the_body(trusted):
            return (trusted.element if trusted is not None else None), from_og
    if trusted is not None:
        return trusted.element, trusted.text
    # (A `<title>` typed without diacritics, "Xa Hai Phuong - Hai Hau", as 2000s pages in font encodings
    # had to, and shown nowhere on the page: no headline the reader saw, whose line set as one on the
    # page is looked for first.)
    if not from_title_tag or looks_like_site_name(from_title_tag, site_host_word(page.url)) \
            or is_generic_title(match_key(from_title_tag)) or _a_section_of_the_unit(from_title_tag) \
            or not _worded_as_news(from_title_tag) \
            or from_title_tag.isascii() and not _printed_on_the_page(page, from_title_tag):
        # Right above the body first: a bold line inside it may be a banner pasted from Word.
        visual = _visual_heading_above(body, large_classes)
        if visual is None or not _worded_as_news(one_line(visual)):
            # A box's short name above the body (a side cell's "CÁC XÃ, THỊ TRẤN") gives way to a
            # headline worded as news at the body's top.
            leading = _leading_inline_heading(body)
            if leading is None or is_generic_title(match_key(one_line(leading))):
                # (Or a section's label at the body's top, "TIN TỨC - SỰ KIỆN", over the headline;
                # not a short headline, "THƯ CẢM ƠN" over its "Kính gửi: …" line.)
                found = visual_in_body()
                leading = found if found is not None else leading
            if leading is not None and (visual is None or _worded_as_news(one_line(leading))):
                visual = leading
        if visual is None:
            visual = visual_in_body()
        if visual is not None:
            return visual, one_line(visual)
        # A print view's headline: the nearest heading above the body, with no
        # wrapper of theirs but <body> (so no trusted score), worded as news.
        if best is not None and best.nearest_above and _worded_as_news(best.text):
            return best.element, best.text
        # A breadcrumb's last step, unlinked and worded as news: a template whose only headline it is.
        last_step = _breadcrumbs_last_step(page)
        if last_step is not None:
            return last_step, one_line(last_step)
    elif from_title_tag:
        # The headline the reader sees, set as a line right above the body (a table layout's
        # bold cell), saying all `<title>` says and more: an editor's older, shorter wording.
        # (Or the first line of the body set as a headline: a Word page's bold 15pt paragraph under
        # a `<title>` its author cut short.)
        # (The line in the body is looked for only where the line above it says less.)
        for find_visual in (_visual_heading_above, _visual_heading):
            visual = find_visual(body, large_classes)
            shown = one_line(visual) if visual is not None else ""
            # (All `<title>` says, or its opening words: a `<title>` cut short, "Làng nghề mây tre đan".)
            if shown and len(shown) > len(from_title_tag) and (_word_agreement(
                    match_key(shown), match_key(from_title_tag)) >= _NAMED_AGREEMENT
                    or match_key(shown).startswith(match_key(from_title_tag) + " ")):
                return visual, shown
    return None, from_title_tag


def _a_section_of_the_unit(text: str) -> bool:
    """A `<title>` naming the unit's news section and the unit ("Tin tức xã Tam Hiệp"): no headline.
    (An introduction's "Giới thiệu xã Tam Hiệp" is that page's title.)"""
    words = text.split()
    for cut in range(1, min(len(words), MENU_NAME_WORDS + 1)):
        rest = " ".join(words[cut:])
        if match_key(" ".join(words[:cut])) in _NEWS_SECTION_KEYS and is_place_name(rest[:1].upper() + rest[1:]):
            return True
    return False


_NEWS_SECTION_KEYS = frozenset(("tin tuc", "tin", "tin hoat dong", "thong bao", "tin tuc su kien", "hoat dong"))


def _the_office_s_name(text: str) -> bool:
    """An office's and its unit's name alone, as a banner sets it ("ỦY BAN NHÂN DÂN XÃ DUY VĨNH", "UBND
    phường Tân Định"): in capitals, or the unit's words capitalised as names are (not a short
    headline opening so, "Đảng ủy phường 3 ra quân")."""
    unit = UNIT_NAME_KEY.match(match_key(text))
    if unit is None or not unit["office"]:
        return False
    if text.isupper():
        return True
    words = text.split()
    level = next((at for at, word in enumerate(words) if match_key(word) in _LEVEL_WORDS), None)
    return level is not None and all(word[:1].isupper() or word[:1].isdigit() for word in words[level + 1:])


_LEVEL_WORDS = frozenset(("xa", "phuong", "tran", "huyen", "quan", "pho", "tinh", "tp"))


def _printed_on_the_page(page: Page, text: str) -> bool:
    """Whether the page shows `text` as it is (a headline its editor typed
    without diacritics, `<title>` repeating it)."""
    body = page.tree.find("body")
    return squash(text) in squash(text_of(body if body is not None else page.tree))


def _names_the_site_alone(text: str) -> bool:
    """A `<title>` that is the site's name and nothing else, a portal's or its
    owner's ("Ủy ban MTTQ Việt Nam thành phố Đà Nẵng"): a hero box's headline
    holding those words is no better named by it."""
    key = match_key(text)
    return is_portal_name(key) or bool((unit := UNIT_NAME_KEY.match(key)) and unit["office"])


# The arrows between a breadcrumb's steps ("TIN TỨC - SỰ KIỆN > Tin trong xã").
_PATH_ARROWS = re.compile(r"\s*(?:>|»|›|→|≫)\s*")


def is_section_path(text: str) -> bool:
    """A breadcrumb trail set as a heading: steps joined by arrows, each too
    short to be a news title (a headline with a ">" in it says more on one side)."""
    steps = _path_steps(text)
    return len(steps) >= 2 and all(not _worded_as_news(step) for step in steps)


def _ends_a_breadcrumb(text: str) -> bool:
    """A page's title row that ends with the article's title after the site's
    and the list's steps ("Phường 8 › Bài đăng › Phường 8 tổ chức Hội nghị …",
    SharePoint 2010's `h1.s4-titletext`): the trail, not where the headline is."""
    steps = _path_steps(text)
    return len(steps) >= 3 and all(not _worded_as_news(step) for step in steps[:-1])


def _path_steps(text: str) -> list[str]:
    return [step for step in _PATH_ARROWS.split(text) if step.strip()]



def _in_its_own_case(text: str, others) -> str:
    """A headline the page also sets in capitals (a banner's `h2` over the body
    repeating the `h1`): the words as the page writes them elsewhere, when
    another named candidate says the same in mixed case."""
    if not text.isupper():
        return text
    key = match_key(text)
    return next((other.text for other in others if not other.text.isupper() and match_key(other.text) == key), text)


def _shown_over_the_body(candidate: _Candidate) -> bool:
    """A heading set right over the body and worded as news: the title the
    reader sees, where og:title and `<title>` agree on another (an editor's
    older headline kept for search engines)."""
    return candidate.nearest_above and _a_top_heading(candidate.element) and _worded_as_news(candidate.text)


def _a_top_heading(element) -> bool:
    """An `h1` or `h2`, or all the words of one (Drupal's `h1.node__title > span.field--name-title`)."""
    if element.tag in ("h1", "h2"):
        return True
    holder = element.getparent()
    return holder is not None and holder.tag in ("h1", "h2") and squash(text_of(holder)) == squash(text_of(element))


def _site_names(page: Page) -> set[str]:
    """Match keys of the names the page gives its site: og:site_name, and the
    parts of `<title>` beside the article's that read as a site's name."""
    names = {match_key(page.meta("og:site_name") or "")} | title_site_names(page)
    names.discard("")
    return names


def title_site_names(page: Page) -> set[str]:
    """Match keys of the parts of `<title>` beside the article's (its longest
    part) that read as the site's name: "<title> - <section> - Cổng thông tin
    điện tử <ward>"."""
    whole = squash(page.text("title"))
    host_word = site_host_word(page.url)
    parts = title_parts(whole, host_word) if whole else []
    longest = max(parts, key=len) if parts else None
    return {match_key(part) for part in parts if part is not longest and looks_like_site_name(part, host_word)}


# A block named as the category's or section's heading ("tieude-chuyenmuc", "category-title").
_CATEGORY_TITLE_NAMES = re.compile(r"(?:^|[\s_-])(?:chuyen-?muc|danh-?muc|category|cate?-?title|section-?title)(?:$|[\s_-])",
                                   re.I)


def _named_as_a_category(element) -> bool:
    """A heading named as its section's (Sóc Trăng's `div.tieude-chuyenmuc` "Tin huyện, thị xã,
    thành phố" over the article): the section's name, whatever its length; an `h1` so named
    (`h1.cate-title`) only when a menu links its words."""
    return bool(_CATEGORY_TITLE_NAMES.search(class_and_id(element)))


# A menu's link names a section in this many words at most ("Tin huyện, thị xã, thành phố": seven;
# "Hoạt động của HĐND và UBND xã"); a section step of the address in fewer still (urls.SECTION_NAME_MOST_WORDS).
MENU_NAME_WORDS = 8


def _menu_link_names(page: Page) -> set[str]:
    """Match keys of the links in the page's menus (`nav`, or a block named a menu: `div#menu`):
    `_named_a_menu`'s, found by the page's index of names, each name tested once, where every
    element's names were joined, lower-cased and split again."""
    menus = (*page.tree.iter("nav"), *page.named(_is_navigation_name))
    return {match_key(text_of(link)) for node in menus for link in node.iter("a")}


def _short_link_names(page: Page) -> set[str]:
    """Match keys of the page's link texts of fewer words than a news title:
    its sections' and boxes' names, wherever the menus are ("Mặt trận - Đoàn
    thể" in a table of links, over the article as its category heading)."""
    names = set()
    for link in page.tree.iter("a"):
        key = match_key(text_of(link))
        if key and len(key.split()) < _NEWS_TITLE_WORDS:
            names.add(key)
    return names


def _rank_headings(elements, references: list[str], body, site_names: set[str] = frozenset(),
                   link_names=lambda: frozenset(), links_to_the_page=lambda link: False) -> list[_Candidate]:
    """The headline candidates among `elements`, best first. The site's name,
    a generic page name and a short text some link of the page carries (a
    section's name) are not candidates; `link_names` gives the latter, asked
    only if a candidate is that short. A headline linked to the page itself
    (old CMSes link the title to its own article) is not a list's item."""
    place = _places(body)
    candidates: list[_Candidate] = []
    above: list[_Candidate] = []
    short_links = None
    # "đẩy mạnh<br>chuyển đổi số": two words, not "mạnhchuyển".
    texts = {element: _without_kicker(element, headline_line(element)) for element in elements}
    low, high = _HEADLINE_WORDS_RANGE
    for element in elements:
        text = texts[element]
        if not low <= len(text.split()) <= high or _in_furniture(element) or _is_invisible(element):
            continue
        if any(_its_words_and_a_date(texts.get(child), text) for child in element.iterdescendants()):
            # The same words twice (`h1 > span.title`), or with the date line the box sets
            # under or over them (Bootstrap's `div.panel-heading > h3.panel-title + small`): the innermost counts.
            continue
        key = match_key(text)
        # The site's name over the page (a print view's portal name, named nowhere
        # else; its owner's, "ỦY BAN NHÂN DÂN XÃ DUY VĨNH" as the banner's `h1`), a box's
        # name, or a date line named like a title.
        if key in site_names or is_generic_title(key) or len(dates.strip_dates(text).split()) < low \
                or is_portal_name(key) or _the_office_s_name(text) or is_section_path(text) or _ends_a_breadcrumb(text):
            continue
        named_a_category = _named_as_a_category(element)
        if named_a_category and element.tag != "h1":
            continue
        if text.endswith(".") and element.tag != "h1" and _named_a_lead_not_a_title(element.get("class") or ""):
            continue    # the sapo set as a heading (`h2.sapo`, bold and larger than the `h1`), a sentence
        # (An h1 so named is the section's when a menu links its words: "Tin huyện, thị xã, thành phố".)
        if len(key.split()) < _NEWS_TITLE_WORDS or named_a_category and len(key.split()) <= MENU_NAME_WORDS:
            short_links = link_names() if short_links is None else short_links
            if key in short_links:
                continue    # a section's name, heading the article as its category
        agreement, reference = max(((_word_agreement(key, reference), reference) for reference in references),
                                   default=(0.0, ""))
        # Partial agreement is how a section name shares words with "<site> > <section>": no evidence.
        # Evidence is also weighed by how much of the candidate the reference says: a sapo set as a
        # heading holds the title's words among many of its own.
        evidence = agreement * own_words_in(key, reference) if agreement >= _AGREEING else 0.0
        score = _AGREEMENT_WEIGHT * evidence + _HEADING_TAG_WEIGHT.get(element.tag, _NAMED_WEIGHT)
        where = place(element)
        if where == "above":
            common = _common_ancestor(element, body)
            score += _BEFORE_BODY_WEIGHT if common is not None and common.tag not in ("body", "html") else 0.0
        elif where == "after":
            score -= _AFTER_BODY_PENALTY
        elif where == "inside":
            score -= _IN_BODY_PENALTY
        # (A heading that is wholly a link elsewhere: a hero box's other article.)
        another_articles = (in_linked_list(element) and not links_to_the_page(element)) or (
            (link := wholly_one_link(element)) is not None and not links_to_the_page(link, loosely=True))
        if another_articles:
            score -= _IN_LIST_PENALTY
        if len(key.split()) < _NEWS_TITLE_WORDS:
            score -= _SHORT_NAME_PENALTY
        candidate = _Candidate(element, text, agreement, score, another_articles=another_articles)
        candidates.append(candidate)
        if where == "above":
            above.append(candidate)
    # The nearest whole heading: a part of one (`h2 > span.title-main`) is not nearer than it.
    whole = [candidate for candidate in above
             if not any(other.element in candidate.element.iterancestors() for other in above)]
    if whole:
        nearest = whole[-1]
        # (A subtitle set right under an `h1` headline, Đắk Lắk's `h2.sub-title` under `h1.title-detail`,
        # or under a block named as the title, WebCenter's `div.ct-subtitle` under `div.ct-title`, is
        # the headline's second line: the headline sits nearest. Under a category's `h2`, it is the headline.)
        if len(whole) > 1 and _a_subtitle_under(nearest.element, whole[-2].element):
            nearest = whole[-2]
        nearest.score += _NEAREST_WEIGHT
        nearest.nearest_above = True
    return sorted(candidates, key=lambda candidate: -candidate.score)


def _a_subtitle_under(element, above) -> bool:
    """Whether `element` is a subtitle set right under the headline `above`
    (an `h1`, or a block named as the title). Each may be the words of a block
    they fill alone: DNN's `h2.cttdt-phude > span#…lblPhuDe` under
    `h1 > span#…lblTieuDe`, where the candidates are the spans."""
    block, title_block = _the_block_it_fills(element), _the_block_it_fills(above)
    return (title_block.tag == "h1" or _named_as_the_title(title_block) or _named_as_the_title(above)) \
        and bool(SUBTITLE_NAMES.search(class_and_id(block)) or SUBTITLE_NAMES.search(class_and_id(element))) \
        and previous_element(block) is title_block


def _the_block_it_fills(element):
    """The outermost block that holds `element`'s words and nothing else."""
    words, block = squash(text_of(element)), element
    for parent in element.iterancestors():
        if squash(text_of(parent)) != words:
            break
        block = parent
    return block


def _named_as_the_title(element) -> bool:
    """Named as the article's title (not a subtitle, not a category's: "title-cate")."""
    names = class_and_id(element).lower()
    return "title" in names and "cate" not in names and not SUBTITLE_NAMES.search(names) \
        and not _named_as_a_category(element)


def _its_words_and_a_date(inner: str | None, text: str) -> bool:
    """`text` is `inner`, or `inner` and a date line after it or before it."""
    if not inner:
        return False
    if text.startswith(inner):
        rest = text[len(inner):]
    elif text.endswith(inner):
        rest = text[:-len(inner)]
    else:
        return False
    return not rest or not has_word_chars(dates.strip_dates(rest))


# A candidate with fewer of its own words in the reference is another text that
# happens to repeat it (a sapo set as a heading).
_OWN_WORDS_IN_REFERENCE = 0.3


_ELLIPSIS = where_it_opens(re.compile(r"\s*(?:\.{3,}|…)$"))
# The words a cut headline keeps at least to be looked for whole; a whole
# headline has at most so many words (longer, a text opening with it is the lead).
_CUT_TITLE_WORDS, _TITLE_WORDS = 5, 45
_TEXTS_HOLDING = lxml.etree.XPath("//body//text()[contains(., $start)]")


def untruncated_title(page: Page, title: str | None) -> str | None:
    """A headline its box cut short ("… thành công tốt...") as the page
    prints it whole elsewhere: og:title or `<title>` without the site's
    name, an element the template hides (a read-aloud button's
    `span.title-full`) or a link to the page itself; never another
    article's (a linked list item's, a link elsewhere). The shortest whole
    text that opens with the cut one and says more; else the title as cut."""
    cut = _ELLIPSIS.sub("", title or "")
    if cut == title or len(cut.split()) < _CUT_TITLE_WORDS:
        return title
    og_title = page_og_title(page)
    candidates = [og_title and title_from_title_tag(page, og_title), title_from_title_tag(page)]
    for text in _TEXTS_HOLDING(page.tree, start=cut[:40]):
        owner = text.getparent()
        # (As the headline ranking judges a candidate: another article's title is in a linked list.)
        if owner is not None and not (in_linked_list(owner) and not links_to_the_page(owner, page)):
            candidates.append(squash(text))
    candidates += [squash(link.get("title")) for link in page.tree.iter("a")
                   if (link.get("title") or "").startswith(cut[:40]) and links_to_the_page(link, page)]
    whole = [text for text in candidates if text and text.startswith(cut) and len(text) > len(cut) + 1
             and not _ELLIPSIS.search(text) and len(text.split()) <= _TITLE_WORDS]
    return min(whole, key=len) if whole else title


def links_to_the_page(element, page: Page, loosely: bool = False) -> bool:
    """A headline that is, or sits in, a link to the page's own URL; `loosely`,
    also up to its scheme, a "www.", a trailing slash and query fields only one
    side has, or to the canonical address the page names: a print view's
    `?id=5&print=1` headline links back to `?id=5`, but on an ASP portal's
    `News.aspx?id=5` a heading linking `News.aspx?id=6` names another article."""
    link = element if element.tag == "a" else next((node for node in element.iterancestors() if node.tag == "a"), None)
    target = page.absolute(link.get("href")) if link is not None else None
    if not target:
        return False
    if not loosely:
        return urlsplit(target)._replace(fragment="") == urlsplit(page.url)._replace(fragment="")
    owns = (page.url, page.canonical_link(), None if stale_open_graph(page) else page.meta("og:url"))
    return any(_same_address(target, page.absolute(own) or own) for own in owns if own)


def stale_open_graph(page: Page) -> bool:
    """og:url names another page than the one the page is, by its address and
    its canonical link both, and one the page links: a template that kept
    another post's Open Graph tags (the previous post's, which the page links
    as "Bài trước"), whose og:title is that post's headline, not this one's.
    (An og:url on a staging host, which no link names, is only misconfigured.)"""
    og_url = page.meta("og:url")
    if not og_url:
        return False
    return page.once("stale open graph", lambda: _names_another_page(og_url, page))


def _names_another_page(og_url: str, page: Page) -> bool:
    canonical = page.canonical_link()
    if not canonical:
        return False
    og_url, canonical = urls.canonicalize(page.absolute(og_url) or og_url), urls.canonicalize(canonical)
    return not _same_address(og_url, canonical) and not _same_address(og_url, urls.canonicalize(page.url)) \
        and any(_same_address(urls.canonicalize(link), og_url) for link in page.iter_links())


def _same_address(one: str, other: str) -> bool:
    one, other = urlsplit(one), urlsplit(other)
    if urls.host_and_path(one) != urls.host_and_path(other):
        return False
    # Joomla links an article as "id=5:its-slug" from a page addressed "id=5".
    fields, other_fields = ({name: value.split(":")[0] for name, value in parse_qsl(parts.query)}
                            for parts in (one, other))
    return all(fields[name] == other_fields[name] for name in fields.keys() & other_fields.keys())


def _places(body):
    """A function telling where an element stands to the body: "above" it (or
    at its top, before its first paragraph: a body element that holds its own
    headline), "inside" it after its text begins (a sub-heading), "after" it,
    or None (no body, or a wrapper of it)."""
    if body is None:
        return lambda element: None
    # Where its running text begins: its first paragraph of running text's length (a Word page
    # sets its headline and date line as paragraphs too: `p.MsoTitle`, `p.MsoSubtitle`).
    # Or a div holding running text itself, between <br>s, where a template has no <p>; or a
    # table's cell of text alone, where rows are the paragraphs (`td.NoiDung`; not a layout
    # cell holding the headline and blocks too).
    # (Not a paragraph named as the title: a print view's `p.ptitle` of a long headline.)
    # (Or a block of no blocks whose sentences are in an inline element: ASP.NET's `span.lblNoiDung`;
    # not a print view's long headline in a div of its own.)
    first_text = next((block for block in body.iter("p", "div", "td") if block is not body
                       and not TITLE_NAMES.search(block.get("class") or "") and (
        block.tag != "td" or not any(child.tag in _BLOCK_TAGS for child in block)) and (
        len(block.text_content() if block.tag == "p" else _own_text(block)) >= _RUNNING_TEXT_CHARS
        or block.tag != "p" and not _holds_blocks(block) and _inline_sentences(block))),
        next(body.iter("p"), None))
    # (Each candidate is placed by its ancestors: numbering the whole page in
    # page order to compare a few elements cost more than the ranking itself.)
    body_line = _line_up(body)
    text_line = _line_up(first_text, body) if first_text is not None and first_text is not body else None

    def place(element):
        if element in body_line:
            return None     # the body itself, or a wrapper of it
        meeting, toward_element = _meeting(element, body_line)
        if meeting is None:
            return None     # not on this page
        if meeting is not body:
            return "above" if _comes_first(meeting, toward_element, body_line) else "after"
        if text_line is None or element is first_text:
            return "inside"
        if element in text_line:
            return "above"  # a wrapper of the first paragraph, inside the body
        meeting, toward_element = _meeting(element, text_line)     # (inside the first paragraph: after its start)
        return "above" if meeting is not first_text and _comes_first(meeting, toward_element, text_line) else "inside"
    return place


def _inline_sentences(block) -> bool:
    """Running text held in the block's inline elements: long, with a sentence's end in it."""
    text = squash(block.text_content())
    return len(text) >= _RUNNING_TEXT_CHARS and (". " in text or text.endswith("."))


def _line_up(element, top=None) -> dict:
    """`element` and its ancestors up to `top` (the root if None), each with
    the child it was reached from (None for `element`)."""
    line, below = {element: None}, element
    for node in element.iterancestors():
        line[node] = below
        if node is top:
            break
        below = node
    return line


def _meeting(element, line: dict):
    """The first ancestor of `element` on `line` (see `_line_up`), with its child
    toward `element`; (None, None) when none is."""
    below = element
    for node in element.iterancestors():
        if node in line:
            return node, below
        below = node
    return None, None


def _comes_first(meeting, toward_element, line: dict) -> bool:
    """Whether the branch of `meeting` toward an element comes before its branch
    toward the start of `line`: the element then comes first in page order."""
    return meeting.index(toward_element) < meeting.index(line[meeting])


def _word_agreement(key: str, reference: str) -> float:
    """How far a candidate says what a reference says: the share of the
    reference's words the candidate holds. A shortened `<title>` or og:title
    ("Hiến máu “Giọt hồng Cẩm Thành” 2026") is all in the page's full headline;
    a section name ("Tin hoạt động") holds only a part of "<site> | <section>"."""
    mine, theirs = key.split(), reference.split()
    if not mine or not theirs:
        return 0.0
    common = sum((Counter(mine) & Counter(theirs)).values())
    return common / len(theirs) if common / len(mine) >= _OWN_WORDS_IN_REFERENCE else 0.0


def own_words_in(key: str, reference: str) -> float:
    """The share of a candidate's words that the reference holds."""
    mine = key.split()
    return sum((Counter(mine) & Counter(reference.split())).values()) / len(mine) if mine else 0.0


# A kicker set over a headline inside its element: a few words, then a line break.
_KICKER_WORDS = 4
_NAMED_KICKER_WORDS = 10
_KICKER_NAMES = re.compile(r"kicker|sub-?title|pre-?title|super-?title|series|chuyen-?muc|category|(?:^|[\s_-])cat(?:$|[\s_-])",
                           re.I)
_BRACKETED = re.compile(r"^\[[^\]]+\]$")


def _without_kicker(element, text: str) -> str:
    """The headline's text without the kicker its element opens with
    (`<div id="TieuDe"><span class="MoTa">Y tế - Thú y</span><br />Phường …`)."""
    first = element[0] if len(element) and not (element.text or "").strip() else None
    if first is not None and (first.tail or "").strip() and (
            first.tag == "small" or _BRACKETED.match(one_line(first)) and _KICKER_NAMES.search(first.get("class") or "")):
        # A series' name set small over the title ("<small>Loạt bài: Chuyển đổi số ở cơ sở</small> Kỳ 2: …"),
        # a category's label in brackets before it (`<span class="tq-cat">[Chuyển đổi số]</span> Bài 2: …`).
        kicker = one_line(first)
        return text[len(kicker):].strip() if kicker and text.startswith(kicker) else text
    if first is None or not isinstance(first.tag, str) or (first.tail or "").strip():
        return text
    after = first.getnext()
    kicker = one_line(first)
    # (One named as a kicker may be longer: `span.sub-title` "Đại hội Đảng bộ xã lần thứ I".)
    longest = _NAMED_KICKER_WORDS if _KICKER_NAMES.search(first.get("class") or "") else _KICKER_WORDS
    if after is None or after.tag != "br" or not kicker or len(match_key(kicker).split()) > longest \
            or kicker.endswith(":"):
        return text     # ("Phường Kinh Bắc:<br>Cử tri nô nức …" is one headline over two lines)
    return text[len(kicker):].strip() if text.startswith(kicker) else text


def _in_furniture(element) -> bool:
    """In the page's chrome, by where it sits; by its own names only when
    they do not name a title (Google Sites' `h3#sites-page-title-header`)."""
    names = class_and_id(element)
    return in_chrome(element.getparent() if TITLE_NAMES.search(names) else element)


def _another_articles_day(element, title: str | None) -> bool:
    """A date in a list of other articles: a linked item, a listing's row,
    a related box."""
    return in_linked_list(element) or _in_listed_row(element, title) or _in_related_box(element) \
        or under_a_linked_heading(element, title)


def under_a_linked_heading(element, title: str | None) -> bool:
    """A date right under a heading that is wholly one link to another article:
    a teaser's (a media portlet's `h2 > a`, then `span.media-date`). The article's
    own headline, linked to its page, is no other title."""
    above = previous_element(element)
    link = wholly_one_link(above) if above is not None and above.tag in HEADINGS else None
    words = squash(text_of(link)) if link is not None else ""
    return len(words.split()) >= dates.TITLE_LINK_WORDS and _links_to_an_article(link) \
        and match_key(words) != match_key(title or "")



def _in_listed_row(element, title: str | None) -> bool:
    """A date in a table row beside a link worded as another title: another
    article's day ("<tr><td><a>Xuân Đan tổ chức …</a></td><td>20/02/2024</td></tr>").
    The article's own headline, linked to its page, is no other title."""
    row = next((node for node in element.iterancestors() if node.tag == "tr"), None)
    if row is None or len(text_of(row)) > _LISTED_ROW_CHARS:
        return False    # no row, or a layout's row that holds the whole article
    own = match_key(title or "")
    for link in row.iter("a"):
        words = squash(link.text_content())
        if len(words.split()) >= dates.TITLE_LINK_WORDS and _links_to_an_article(link) and match_key(words) != own:
            return True
    return False


def _links_to_an_article(link) -> bool:
    """A link to another page of the site (not a script, a mail, the page itself)."""
    href = (link.get("href") or "").strip()
    return bool(href) and not href.startswith(("#", "javascript:", "mailto:"))


# A listing's row holds a title, a date and little else.
_LISTED_ROW_CHARS = 300


# How far up a related box ("div.tinkhac" around a list made of <br>s) is looked for.
_RELATED_BOX_LEVELS = 4


def _in_related_box(element) -> bool:
    """Inside a box of other articles named so ("tinkhac", "tin-lien-quan",
    "related"): their days are theirs, even in a list made of links and <br>s."""
    for level, node in enumerate(element.iterancestors()):
        if level >= _RELATED_BOX_LEVELS or node.tag in ("body", "html"):
            return False
        if _RELATED_BOX_NAMES.search(class_and_id(node)):
            return True
        heading = next((child for child in node if isinstance(child.tag, str)), None)
        if heading is not None and heading.tag in _BOX_HEADING_TAGS and _names_other_articles(heading):
            return True     # unnamed, but headed so: Drupal's views block "<h2>Tin cùng chuyên mục</h2>"
    return False


_BOX_HEADING_TAGS = frozenset(("h2", "h3", "h4", "h5", "div", "span", "strong", "b", "p"))
def _names_other_articles(heading) -> bool:
    text = text_of(heading)
    return len(text) <= 40 and match_key(text) in RELATED_MARKERS


# Whole names of boxes of other articles (not a bare "other" or "comment", which wrappers use).
_RELATED_BOX_NAMES = re.compile(r"(?:^|[\s_-])(?:tin-?khac|bai-?khac|tin-?lien-?quan|related(?:-news|-posts)?|"
                                r"other-?news|news-?other|cung-?chuyen-?muc)(?:$|[\s_-])", re.I)


# Text this long is the article's running text, not a heading above it.
_RUNNING_TEXT_CHARS = 80


_VISUAL_BLOCKS = ("p", "div", "td", "th", "center")
_HEADING_TAGS = ("h1", "h2", "h3", "h4")


def _visual_heading(body, read_large_classes):
    """The headline of a page with no heading markup at all (FrontPage- and
    Word-era templates, whose `<title>` is the site's name): the first line of
    the article set wholly in bold or a large font, before its running text."""
    if body is None:
        return None
    large_classes = read_large_classes()    # (the page's, read once by the caller: `_classes_set_large`)
    # (A heading element counts too: a print view's page element is the body, and its `h3` inside.)
    label = None
    for block in body.iter(*_VISUAL_BLOCKS, *_HEADING_TAGS):
        first = first_line_element(block)
        if _holds_blocks(block):
            # (Its own first line may be the headline, over a `<br>`, the date line and the
            # text's blocks: a classic ASP cell's `<font size=3><b>…</b></font><br><i>Đăng lúc …</i><hr>`.)
            if first is None or first.tag in _BLOCK_TAGS or not _set_as_heading(first, *inline_texts(first)):
                continue
            heading, text = first, one_line(first)
        else:
            text, bold = inline_texts(block)
            if not text:
                continue
            if first is not None and _set_as_heading(first, *inline_texts(first)):
                heading = first     # the headline, then a <br> and its date line, in one paragraph
            elif _set_as_heading(block, text, bold, large_classes):
                heading = block
            elif len(_WEB_ADDRESS.sub("", text)) >= _RUNNING_TEXT_CHARS:
                return label    # (a print view's banner prints the article's long address: not text)
            else:
                continue
        if label is None and is_generic_title(match_key(text)):
            label = heading     # (a section's label set over the headline: "TIN TỨC - SỰ KIỆN")
            continue
        # (After such a label, only the next line set as a heading and worded as news.)
        return heading if label is None or _worded_as_news(one_line(heading)) else label
    return label


_WEB_ADDRESS = re.compile(r"https?://\S+")
# A large font's size: 14pt / 18px and up.
_LARGE_FONT_SIZE = r"font-size\s*:\s*(?:1[4-9]|[2-9]\d)(?:\.\d+)?pt|font-size\s*:\s*(?:1[89]|[2-9]\d)(?:\.\d+)?px"
# A style sheet's rule (selectors, declarations), a selector of one class alone (`.tt`, `div.tieude`),
# and a large font.
_STYLE_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_ONE_CLASS = re.compile(r"^\s*[a-z0-9]*\.([\w-]+)\s*$", re.I)
_LARGE_FONT = re.compile(_LARGE_FONT_SIZE + r"|(?<![\w-])font\s*:[^;]*?\b(?:1[89]|[2-9]\d)px", re.I)


def _classes_set_large(element) -> set[str]:
    """The classes the page's own style sheet sets in a large font: a print
    view's headline is a `<div class="tt">` its `<style>` makes 20px bold.
    (Bold alone is no sign: pages set menus and labels bold by class.)"""
    root = element.getroottree().getroot()
    sheets = " ".join(style.text or "" for style in root.iter("style"))
    large = {one_class[1] for selectors, rules in _STYLE_RULE.findall(sheets) if _LARGE_FONT.search(rules)
             for selector in selectors.split(",") if (one_class := _ONE_CLASS.match(selector))}
    if not large:
        return large
    # (A class many blocks carry is the text's own: Word's `p.MsoNormal {font-size:14.0pt}`.)
    carried = Counter(name for node in root.iter() if isinstance(node.tag, str) for name in node.classes if name in large)
    return {name for name in large if carried[name] <= _HEADLINE_CLASS_USES}


_HEADLINE_CLASS_USES = 2


def _leading_inline_heading(body):
    """The headline set inline at the very top of the body element, before
    its first paragraph (a frameset's content page: `<td><font size="4"><b>…`)."""
    if body is None or (body.text and body.text.strip()):
        return None
    for child in body:
        if not isinstance(child.tag, str) or child.tag == "br":
            continue
        if child.tag in _BLOCK_TAGS:
            return None
        text, bold = inline_texts(child)
        if text and _set_as_heading(child, text, bold):
            return child
        if text:
            return None
    return None


# How many lines above the body may be its headline (a category row, the
# headline, a date line).
_LINES_ABOVE_BODY = 3


# The blocks before an element (a headline set in a <font size=4> over the text too).
# (XPaths compiled once: `element.xpath(...)` compiles its expression on every call.)
_BLOCKS_BEFORE = lxml.etree.XPath("preceding::*[self::p or self::div or self::td or self::th or self::center"
                                  " or self::font]")


def _visual_heading_above(body, read_large_classes):
    """The same, in the lines right above the body, nearest first: a table
    layout puts the headline in a row of its own over the text's cell, under
    the category's name (set in bold too, but a section's)."""
    if body is None:
        return None
    lines = 0
    large_classes = read_large_classes()    # (the page's, read once by the caller: `_classes_set_large`)
    beside = _columns_beside(body)
    for block in reversed(_BLOCKS_BEFORE(body)):
        if _holds_blocks(block) or in_chrome(block) or _is_invisible(block) or block.find(".//marquee") is not None:
            continue
        if beside and not beside.isdisjoint(block.iterancestors()):
            continue    # (a side column's box, "ĐIỆN PHƯƠNG XƯA VÀ NAY", is before the text in the source, not over it)
        text, bold = inline_texts(block)
        if not text or len(dates.strip_dates(text).split()) < 3 or not has_letters(text):
            continue    # an empty cell, the date line, or a counter's figures
        if credits.is_writers_credit(text):
            continue    # the credit set in bold between the headline and the text ("Người viết: …")
        if link_chars(block) * 2 > visible_chars(text):
            continue    # a menu row ("Trang chủ | Giới thiệu | Tin hoạt động")
        if _set_as_heading(block, text, bold, large_classes) and not in_linked_list(block):
            return block
        lines += 1
        if lines >= _LINES_ABOVE_BODY:
            return None
    return None


def _columns_beside(body) -> set:
    """The cells of a layout table's row left of the column holding `body`."""
    return {cell for column in body.iterancestors("td") for cell in column.itersiblings("td", preceding=True)}


def _named_a_lead_not_a_title(css_class: str) -> bool:
    """A class naming a lead ("sapo") and no title ("news-title lead", "tomtat-title": a headline's)."""
    return is_lead_name(css_class) and not TITLE_NAMES.search(css_class)


def _holds_blocks(element) -> bool:
    return any(isinstance(child.tag, str) and child.tag in _BLOCK_TAGS for child in element)


# A portal's name in its banner ("CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN SƠN"), compared folded, and its length at most.
PORTAL_NAME_WORDS = 12
_PORTAL_BANNER = re.compile(r"(?:cong|trang) (?:thong tin|ttdt)|website|portal|uy ban nhan dan|ubnd")
# A portal's whole name, by its match key ("Cổng thông tin điện tử phường Đồng Thuận").
_PORTAL_NAME = re.compile(r"^(?:cong|trang) (?:thong tin(?: dien tu)?|ttdt)\b|^(?:website|portal)\b")


def is_portal_name(key: str) -> bool:
    return bool(_PORTAL_NAME.match(key)) and len(key.split()) <= PORTAL_NAME_WORDS
# Bold, also by the shorthand ("font: bold 16px Arial").
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)|(?<![\w-])font\s*:[^;]*?\b(?:bold|[6-9]00)\b", re.I)
# An inline style that sets a line as a heading: bold, or a large font.
_HEADING_STYLE = re.compile(_BOLD_STYLE.pattern + "|" + _LARGE_FONT_SIZE, re.I)


# `<font size>` from 4 up (of 1 to 7, 3 the default) is a heading's.
_LARGE_FONT_STEP, _DEFAULT_FONT_STEP = 4, 3


def _font_size(value: str | None) -> int:
    """A `<font size>` as a step of 1 to 7: "4", or relative to the default, "+1" (Netscape Composer's)."""
    value = (value or "").strip()
    if value[1:].isdigit() and value[:1] in "+-":
        return _DEFAULT_FONT_STEP + int(value)
    return int(value) if value.isdigit() else _DEFAULT_FONT_STEP


def _set_as_heading(block, text: str, bold: str, large_classes: set[str] = frozenset()) -> bool:
    """Set apart as a heading (bold, large, a heading cell, a class the page's
    style sheet sets large), of a headline's length, and not the site's name
    printed over a print view."""
    if _PORTAL_BANNER.match(fold(text)) or STATE_MOTTO.match(fold(text)) or text.rstrip().endswith("."):
        return False    # the portal's banner, an official text's motto; a sentence (a bold sapo), not a headline
    if all(UNIT_NAME_KEY.match(match_key(part)) for part in TITLE_SEPARATORS.split(text)):
        return False    # the site's banner: "PHƯỜNG BẮC LÝ - THÀNH PHỐ ĐỒNG HỚI"
    large = any(_font_size(font.get("size")) >= _LARGE_FONT_STEP for font in block.iter("font"))
    styled = bool(_HEADING_STYLE.search(block.get("style") or "")) or _bold_by_style_inside(block, text) \
        or not large_classes.isdisjoint(block.classes)
    return (bold == text or large or styled or block.tag == "th" or block.tag in _HEADING_TAGS) \
        and 3 <= len(text.split()) <= 60


def _bold_by_style_inside(block, text: str) -> bool:
    """The whole line set bold by the inline style of an element inside it
    (`<td><span style="font-size:14pt;font-weight:bold">…</span></td>`)."""
    return any(_BOLD_STYLE.search(node.get("style")) and squash(text_of(node)) == text
               for node in block.iter() if node is not block and node.get("style"))


def page_og_title(page: Page) -> str | None:
    """og:title, unless it is the site's name: some portals give every page
    the portal's name as og:title, which `<title>` then prints beside the
    article's title ("<article> - Cổng thông tin điện tử phường Pleiku")."""
    og_title = page.meta("og:title")
    if og_title and stale_open_graph(page):
        return None     # another post's Open Graph tags
    if og_title and (_PORTAL_BANNER.match(fold(og_title)) and len(og_title.split()) <= PORTAL_NAME_WORDS
                     or is_generic_title(match_key(og_title))):
        return None     # the portal's name, or a page's ("Chi tiết tin"), on every page
    if og_title and all(is_generic_title(match_key(part)) or _PORTAL_BANNER.match(fold(part))
                        for part in TITLE_SEPARATORS.split(squash(og_title)) if part.strip()):
        return None     # "Chi tiết - Cổng thông tin điện tử xã Phấn Mễ": a view's and the portal's names
    parts = TITLE_SEPARATORS.split(squash(page.text("title")))
    if og_title and len(parts) > 1:
        longest = max(parts, key=len)
        if any(part is not longest and match_key(part) == match_key(og_title) for part in parts):
            return None
    return og_title


# ---- listings -------------------------------------------------------------------

_NOT_ARTICLE_PATH = re.compile(
    r"/(?:category|categories|tag|tags|author|page|chuyen-muc|danh-muc|chuyenmuc|danhmuc|search|tim-kiem|"
    r"lien-he|contact|rss|feed|login|dang-nhap|sitemap)(?:/|$)|/(?:page|trang)-?\d+(?:\.html?)?/?$|"
    r"\.(?:jpe?g|png|gif|pdf|docx?|xlsx?|zip|rar|mp[34])$", re.I)
# Paths that name one article by themselves (a listing's own address never does).
_ARTICLE_ID_PATH = re.compile(
    r"[-_/]\d{3,}(?:\.html?|\.aspx)?/?$"                     # trailing id: /slug-7440.html, /Article/Details/1220
    r"|[-_]p\d+n\d+\.html?$|-n\d{4,}$"                       # Quảng Ninh: -p13n53671.html, -p595651-c689369-n222139
    r"|/[^/]*(?:[-_][^/_-]+){4,}(?:\.html?|\.aspx|\.php)?/?$",  # a slug of five or more words
    re.I)
# Any page file: an article on many regional CMSs, but a section too on some.
_PAGE_FILE = re.compile(r"/[^/]+\.(?:html?|aspx)$", re.I)
_ID_PARAMS = re.compile(r"^(?:id|itemid|newsid|nid|tc|art|p|dinhdanh|articleid|postid|idtin|tinid)$", re.I)
_PAGER_PARAMS = frozenset(("page", "pageindex", "trang", "p", "pg", "start", "limitstart", "pagenum",
                           "cur", "paged"))
_NEXT_TEXTS = frozenset(("trang sau", "trang tiep", "tiep", "tiep theo", "sau", "next", "»", "›", ">", ">>",
                         "cuoi", "cuoi »", "trang cuoi"))
_PAGER_URL = re.compile(r"[?&](?:page|pageindex|trang|p|pg|start|limitstart|pagenum|cur|paged)=\d+"
                        r"|/page/\d+|/(?:trang|page)-\d+|[-_/]trang\d+", re.I)
_PAGER_NAMES = re.compile(r"pag|phantrang|phan-trang|paging", re.I)
_HEADLINE_WORDS = 6


def looks_like_article_url(url: str) -> bool:
    parts = urlsplit(url)
    path = parts.path
    if _NOT_ARTICLE_PATH.search(path):
        return False
    if _ARTICLE_ID_PATH.search(path) or _PAGE_FILE.search(path):
        return True
    return any(_ID_PARAMS.match(key) and value.isdigit() and len(value) >= 3
               for key, value in parse_qsl(parts.query))


def _link_text(anchor) -> str:
    return squash(anchor.text_content()) or squash(anchor.get("title"))


@register
class GenericParser(Parser):
    name = "generic"
    family = "fallback"
    label = "Unknown layout (generic fallback)"
    # An unknown portal often runs a clone of a known platform's template:
    # the fallback knows every platform's attachment boxes and caption line.
    attachment_box_css = (*NukeVietParser.attachment_box_css, *LiferayParser.attachment_box_css,
                          *SlugIdParser.attachment_box_css)
    auto_caption = HanoiParser.auto_caption
    # Only names that never wrap an article; `scraper.body` removes the
    # widget-sized share, print, tag and comment boxes on its own.
    noise_css = (
        ".breadcrumb", ".breadcrumbs", ".tin-khac", ".tinkhac", ".other-news", ".othernews", ".related-news",
        ".tin-lien-quan", "#comments", ".visually-hidden", ".skip-link", ".node__links",
        # Drupal's name of a field set over its value ("Nội dung thông báo kết luận"): a label, no text
        ".field__label", ".field-label",
    )

    # ---- URLs -----------------------------------------------------------------
    def is_article_url(self, url: str) -> bool:
        return looks_like_article_url(url)

    def canonical_url(self, url: str) -> str:
        """Generic hygiene; on URLs whose path already names the article, the
        listing page the reader came from (`?PageIndex=12`, `?page=4`) is dropped."""
        url = urls.canonicalize(url)
        parts = urlsplit(url)
        if parts.query and _ARTICLE_ID_PATH.search(parts.path) and not _NOT_ARTICLE_PATH.search(parts.path):
            kept = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                    if k.lower() not in _PAGER_PARAMS]
            url = urlunsplit(parts._replace(query=urlencode(kept)))
        return url

    # ---- listings -------------------------------------------------------------
    def article_links(self, page: Page) -> list[str]:
        """Links that look like articles by URL and read like headlines, outside
        menus and footers, one per canonical URL, as linked."""
        found: dict[str, str] = {}
        for anchor in page.css("a[href]"):
            url = page.absolute(anchor.get("href"))
            if not url or not urls.same_site(url, page.url) or not self.is_article_url(url):
                continue
            if len(_link_text(anchor).split()) < _HEADLINE_WORDS or in_chrome(anchor):
                continue
            key = self.canonical_url(url)
            if key != self.canonical_url(page.url):
                found.setdefault(key, url)
        return list(found.values())

    def next_pages(self, page: Page) -> list[str]:
        """`rel=next`, "Trang sau"/"»" links and page numbers of a pager."""
        here = urls.canonicalize(page.url)
        found: dict[str, None] = {}
        for anchor in page.css("a[href], link[rel=next]"):
            url = page.absolute(anchor.get("href"))
            if not url or not urls.same_site(url, page.url) or urls.canonicalize(url) == here:
                continue
            if self._is_pager_link(anchor, url):
                found.setdefault(url, None)
        return list(found)

    @staticmethod
    def _is_pager_link(anchor, url: str) -> bool:
        if "next" in (anchor.get("rel") or "").split():
            return True
        text = fold(_link_text(anchor)).strip(" .")
        numbered = text.isdigit() and len(text) <= 4
        if not (numbered or text in _NEXT_TEXTS):
            return False
        if _PAGER_URL.search(url):
            return True
        parent = anchor.getparent()
        for node in (parent, parent.getparent() if parent is not None else None):
            if node is not None and _PAGER_NAMES.search(class_and_id(node)):
                return True
        return False

    # ---- article fields -------------------------------------------------------
    @field
    def title(self, context: ParseContext) -> str | None:
        reading = _reading(context)
        if reading.title and reading.headline is not None and _in_breadcrumb(reading.headline):
            context.doubt("title", "title read from the breadcrumb's last step: the page sets no headline of its own")
        return without_null_prefix(reading.title)

    @field
    def published_at(self, context: ParseContext) -> str | None:
        lines = _date_lines(context)
        found = published_at(context.page, [text for _, _, text in lines])
        if found and len(found) == len("yyyy-mm-dd"):
            found = _timed_in_a_meta_sentence(context, found) or _timed_in_a_tooltip(context, found) or found
        found = _published_before_the_update(context.page, found, lines) or found
        place = _place_of(found, lines)
        if found and place is None and found == dates.page_edit_stamp(context.page):
            context.doubt("published_at", f"publish date {found[:10]} is the day the page was last saved "
                                          "(FrontPage's timestamp): no line dates the article")
        if place is not None and place < _NEAR_ARTICLE:
            context.doubt("published_at", f"publish date {found[:10]} read away from the article "
                                          f"({'in the breadcrumb, a dateline or a tooltip' if place < 0 else 'elsewhere on the page'})")
        return found

    @field
    def lead(self, context: ParseContext) -> str | None:
        body = _reading(context).body
        for element in _landmarks(context).leads:
            text = lead_text(element, body)
            if text and not in_chrome(element) and not in_other_articles(element):
                return text
        title = context.value("title")
        return summary_field(context.page) or introduction_over(body, title, context.page) \
            or subtitle_lead_over(body, context.page.meta("description")) \
            or bold_block_over(body, title) or described_block_over(body, context.page.meta("description"), title) \
            or bold_intro(context.working_body, title)

    @field
    def credit_line(self, context: ParseContext) -> str | None:
        return super().credit_line(context) or _credit_over(context.body_element, _reading(context).headline)

    def body_element(self, context: ParseContext):
        body = _reading(context).body
        # (A pane of an Elementor widget, one of its tabs or toggles: the widget holds the text.)
        widget = _elementor_widget_of(body) if body is not None else None
        return widget if widget is not None else body

    def body_parts(self, element) -> tuple[list, list]:
        if element is None:
            return [], []
        # (Elementor first: its widgets are siblings of one kind, but not all of them hold running text.)
        # (Not the platforms' spilled paragraphs: `text_continued_further_down` reads those, and more.)
        found = elementor_widgets_around(element) or continued_parts(element)
        if found[0] or found[1]:
            return found
        before, after = text_begun_beside_its_picture(element), text_continued_further_down(element)
        return (before, after) if before or after else text_parted_by_pictures(element)

    @field
    def attachments(self, context: ParseContext) -> list[dict]:
        """The body's documents, a box of nothing but document links right after
        it, and those linked in the article's own block outside the body: a
        template's file row or field under the text (a table layout's "File đính
        kèm" row, Drupal's file field)."""
        found = context.body.attachments
        for box in document_boxes_after(context.body_element, context.page):
            found = documents_in(box, context.page, found)
        reading = _reading(context)
        for block in _article_blocks(reading):
            found = documents_in(block, context.page, found)
        return found

    def prepare_body(self, element, context: ParseContext) -> None:
        drop_seo_spam(element, context.page.url)
        _drop_the_headline_picture(element, _reading(context).headline)


def _credit_over(body, headline) -> str | None:
    """A labelled credit on a line of its own between the headline and the
    text: a table layout's row "Người viết: Trần Văn Lợi - Ban Văn hóa xã Xuân
    Hồng" over the text's row, read from the body's and its wrappers' blocks
    just before them, nearest first, up to the headline. (A writer's: not a
    caption's "Ảnh: …", nor a picture's source, "Nguồn: Internet".)"""
    node = body
    for _ in range(_WRAPPERS_OVER_A_CREDIT if body is not None else 0):
        for sibling in islice(node.itersiblings(preceding=True), _LINES_ABOVE_BODY):
            if not isinstance(sibling.tag, str):
                continue
            if headline is not None and (sibling is headline or sibling in headline.iterancestors()):
                return None
            line = squash(text_of(sibling))
            if credits.is_writers_credit(line):
                return line
        node = node.getparent()
        if node is None or node.tag == "body":
            return None
    return None


# The body's wrappers whose blocks before them are read for a credit: a `<font>` in a cell in a row.
_WRAPPERS_OVER_A_CREDIT = 3


def summary_field(page: Page) -> str | None:
    """A form's summary field: its label alone in its element, a colon after
    it ("Tóm tắt:", "Trích dẫn:"), its value in the next (SharePoint's mobile
    form, `div.ms-mobile-fieldname` over `div.ms-mobile-fieldvalue`, the label
    named so). (Not a document's "Trích yếu", its abstract, nor a viewer's
    "Tóm tắt nội dung" heading, nor a table's row in the text.)"""
    if not any(word in page.source_lower for word in _SUMMARY_WORDS):
        return None     # (most pages print no such label: no walk)
    for element in page.elements:
        label = element.text
        if not label or len(label) > _SUMMARY_LABEL_CHARS or len(element) or not label.rstrip().endswith(":") \
                or match_key(label) not in _SUMMARY_LABELS or not _FIELD_NAME.search(element.get("class") or ""):
            continue
        value = element.getnext()
        text = squash(text_of(value)) if value is not None else ""
        if len(text.split()) >= _SUMMARY_WORDS_AT_LEAST and not in_chrome(element):
            return text
    return None


_SUMMARY_WORDS = tuple(word.encode() for word in ("tóm tắt", "trích dẫn"))
_SUMMARY_LABELS = frozenset(("tom tat", "trich dan"))
# A form's field name, by its class ("ms-mobile-fieldname", "mblFieldLabel"): not a cell of a table in the
# text ("Tóm tắt: | Dự thảo gồm 5 chương …", a draft's or a book's summary row).
_FIELD_NAME = re.compile(r"field-?(?:name|label)", re.I)
_SUMMARY_LABEL_CHARS, _SUMMARY_WORDS_AT_LEAST = 24, 8


def _drop_the_headline_picture(element, headline) -> None:
    """A headline set as a picture of its words (a static site's
    `images/tieude/tin1212.gif`, the title read from its alt), printed inside
    the body's block, is the title: not one of the article's pictures."""
    if headline is None or headline.tag != "img" or not headline.get("src"):
        return
    for image in [image for image in element.iter("img") if image.get("src") == headline.get("src")]:
        image.drop_tree()


# How far up from the body, and across how many other blocks, the rest of a
# text set in another module of the page's column is looked for.
_FAR_LEVELS, _FAR_GAP = 8, 3
# Such a part is the article's running text: this much, in sentences, few links.
_FAR_PART_CHARS, _FAR_PART_SENTENCES, _FAR_PART_LINK_SHARE = 300, 2, 0.15
_FAR_PARAGRAPH_CHARS = 80
_SENTENCE_STOP = re.compile(r"[.!?…][\"”’)]?(?:\s|$)")


# The tools printed at an article's end: share and print bars, tags, comments, the next and previous links.
_ARTICLE_TOOLS_NAMES = re.compile(r"(?:^|[\s_-])(?:share|sharing|social|addthis|print|toolbar|tools?|tags?|keywords?|"
                                  r"comments?|binh-?luan|rating|nextprev|next-prev|prev-next)(?:$|[\s_-])", re.I)
# A column beside the article's ("#right", "colRight", "sidebar-left"): its boxes are the site's.
_SIDE_COLUMN_NAMES = re.compile(r"(?:^|[\s_-])(?:right|left|col-?right|col-?left|colright|colleft|side\w*)(?:$|[\s_-])",
                                re.I)
# A box's own title is short: "Giới thiệu xã Tràng Định", "Bài viết tiếp theo".
_BOX_TITLE_WORDS = 8


def _opens_with_a_box_title(element) -> bool:
    """A block that opens with a heading of its own (a box of the site, the next article), not
    with the text's next paragraph."""
    first = next((node for node in element.iter() if isinstance(node.tag, str) and node is not element
                  and (node.text or "").strip()), None)
    if first is None:
        return False
    names = class_and_id(first)
    headed = first.tag in HEADINGS or bool(TITLE_NAMES.search(names))
    return headed and len(one_line(first).split()) <= _BOX_TITLE_WORDS


_LINKED_HEADING = lxml.etree.XPath(".//article|.//*[self::h1 or self::h2 or self::h3 or self::h4][.//a[@href]]")


def _holds_another_article(element) -> bool:
    """An `<article>` or a linked headline: the next article ("Bài viết tiếp theo"), a teaser."""
    return bool(_LINKED_HEADING(element))


# The Elementor widgets an editor builds a post's content of: text, sub-headings, lists,
# pictures, boxes. Not the page's tools (share buttons, forms, post navigation, spacers).
_CONTENT_WIDGETS = frozenset(f"elementor-widget-{kind}" for kind in (
    "text-editor", "heading", "icon-list", "image", "image-gallery", "gallery", "image-carousel", "image-box",
    "icon-box", "accordion", "toggle", "tabs", "blockquote", "alert", "testimonial", "table"))


def _content_widget(element) -> bool:
    return not _CONTENT_WIDGETS.isdisjoint((element.get("class") or "").split())


def _elementor_widget_of(body):
    """The outermost Elementor content widget of a post's document that
    holds the body inside it, or None (the body is a widget, or no widget)."""
    return _post_widget(body.iterancestors())[0]


# Elementor's documents that hold a post's own text: the post built with Elementor, or the theme
# builder's single-post template an editor set the text in (not the header's or footer's).
_POST_DOCUMENTS = frozenset(("wp-post", "single-post"))


def _post_widget(nodes) -> tuple:
    """The outermost Elementor content widget among `nodes` (an element and
    its ancestors, innermost first) and the post's document holding it
    (`data-elementor-type="wp-post"`), or (None, None) when there is no such
    widget in a post's document (the theme's header or footer)."""
    # (The outermost: a text pasted from another Elementor site may hold widgets of its own.)
    widget = next((node for node in reversed(tuple(nodes)) if _content_widget(node)), None)
    document = next((node for node in widget.iterancestors() if node.get("data-elementor-type") in _POST_DOCUMENTS),
                    None) if widget is not None else None
    return (widget, document) if document is not None else (None, None)


def elementor_widgets_around(body) -> tuple[list, list] | None:
    """An Elementor post's content widgets around the one the body is in, in
    page order: an editor who builds the post with Elementor sets its text in
    several widgets (text, a list, a picture, a last text with the credit), in
    sections and columns of their own. Only those of the post's own document
    (`data-elementor-type="wp-post"`), not of the theme's header or footer."""
    widget, document = _post_widget((body, *body.iterancestors()))
    if document is None:
        return None
    widgets = [node for node in document.iter("div") if (_content_widget(node) or _closing_widget(node))
               and not any(_content_widget(outer) for outer in node.iterancestors())]
    at = widgets.index(widget)
    # (The post's tools close its text: in a theme builder's single-post template, the widgets after
    # its share buttons and related posts are the side column's: a hotline, statistics.)
    closing = next((index for index in range(at + 1, len(widgets)) if _closing_widget(widgets[index])), len(widgets))
    before = [node for node in widgets[:at] if not _closing_widget(node)]
    after = widgets[at + 1:closing]
    return (before, after) if before or after else None


# The widgets that close a post: its share buttons, related posts, the links to the next, comments.
_CLOSING_WIDGETS = frozenset(f"elementor-widget-{kind}" for kind in (
    "share-buttons", "posts", "post-navigation", "post-comments", "author-box"))


def _closing_widget(element) -> bool:
    return not _CLOSING_WIDGETS.isdisjoint((element.get("class") or "").split())


def text_continued_further_down(body) -> list:
    """The rest of a text its page sets apart from the body element, further
    down the same column: a portal's second module or portlet after a video's
    (DotNetNuke's HTML module, Liferay's "Part 2" portlet), Elementor's next
    section, the paragraphs a stray `</div>` pasted from Word left after the
    content's box. Looked for among the next blocks of the body's ancestors,
    nearest first, up to the column's end (page furniture); a part holds
    running text in sentences, not a box of other articles, a widget or a
    teaser, and a few other blocks (a video, a banner, a related box) may
    stand between."""
    if ends_with_a_credit(body):
        return []       # (the text is whole: its writer signed it)
    node = body
    for _ in range(_FAR_LEVELS):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html") or is_chrome_node(parent):
            return []
        parts, gap = [], 0
        for sibling in node.itersiblings():
            if not isinstance(sibling.tag, str):
                continue
            if is_chrome_node(sibling) or _ARTICLE_TOOLS_NAMES.search(class_and_id(sibling)):
                break       # (the article's tools close it: what follows is the site's)
            if _is_far_part(sibling) and not _holds_another_copy_of(sibling, body) \
                    or parts and sibling.tag == "p" and _is_credit_paragraph(sibling):
                parts.append(sibling)
                gap = 0
            else:
                gap += 1
                if gap > _FAR_GAP:
                    break
        if parts:
            return parts
        node = parent
    return []


def text_begun_beside_its_picture(body) -> list:
    """The text's first paragraph, which a template sets beside the article's
    picture in a block of its own right above the body (Huế's `div.tin-anh`:
    the picture floated left, the first paragraph beside it); not a lead's
    block, a slider's, the page's chrome or a box of other articles."""
    block = next((node for node in body.itersiblings(preceding=True) if isinstance(node.tag, str)), None)
    if block is None or block.tag != "div" or next(block.iter("img"), None) is None \
            or is_lead_name(class_and_id(block)) or in_a_slider(block) \
            or is_chrome_node(block) or _holds_another_article(block) or block.find(".//a[@href]") is not None:
        return []
    ends_a_sentence = any(_SENTENCE_STOP.search(squash(text_of(paragraph))) for paragraph in block.iter("p"))
    return [block] if ends_a_sentence and holds_running_text(block, _FAR_PARAGRAPH_CHARS, _FAR_PART_LINK_SHARE) \
        else []


def _holds_another_copy_of(block, body) -> bool:
    """A block holding (or being) a copy of the body's own template, named
    by the same first class word, with a heading of its own (in the copy, or
    in the block over it): the next article, loaded under this one
    ("news-next-loader", `div.news-detail.next-loaded` > h1, date, `div.news-detail-content`)."""
    kind = (body.get("class") or "").split()[:1]
    return bool(kind) and any((element.get("class") or "").split()[:1] == kind for element in block.iter(body.tag)) \
        and next(block.iter("h1", "h2", "h3"), None) is not None


def _is_far_part(element) -> bool:
    if element.tag in ("script", "style", "ul", "ol", "table", "form") \
            or headed_as_other_articles(element) or element.find(".//form") is not None \
            or _SIDE_COLUMN_NAMES.search(class_and_id(element)) \
            or _opens_with_a_box_title(element) or _holds_another_article(element):
        return False
    # (A paragraph left loose by a stray `</div>` is a part by itself: one sentence will do.)
    least_chars, least_sentences = (_FAR_PARAGRAPH_CHARS, 1) if element.tag == "p" \
        else (_FAR_PART_CHARS, _FAR_PART_SENTENCES)
    text = holds_running_text(element, least_chars, _FAR_PART_LINK_SHARE)
    return text is not None and len(_SENTENCE_STOP.findall(text)) >= least_sentences


def _is_credit_paragraph(element) -> bool:
    """The credit that closes such loose paragraphs ("Hoàng Vy - Trung tâm Văn hóa …", set right)."""
    aligned_right = element.get("align") == "right" or "right" in (element.get("style") or "")
    return credits.looks_like_credit(squash(text_of(element)), aligned_right=aligned_right)


# Boxes of other articles and their documents, inside the article's block.
_RELATED_NAMES = where_it_opens(re.compile(OTHER_ARTICLES_WORDS + r"|other|cung-?chuyen-?muc|same-?cat|comment", re.I))


def _article_blocks(reading) -> list:
    """The parts of the article's own block (the smallest element holding
    headline and body) outside the body, its chrome and its related boxes."""
    if reading.headline is None or reading.body is None:
        return []
    region = _common_ancestor(reading.headline, reading.body)
    if region is None or region.tag in ("body", "html") or region is reading.body:
        return []
    inside = {reading.body, *reading.body.iterancestors()}
    blocks = []
    for element in region.iterdescendants():
        # the outermost blocks beside the body's own line of ancestors
        if element not in inside and isinstance(element.tag, str) and element.getparent() in inside:
            blocks += _without_other_boxes(element)
    return blocks


def _is_other_box(element) -> bool:
    names = class_and_id(element)
    return is_chrome_node(element) or bool(_RELATED_NAMES.search(names))


def _without_other_boxes(block) -> list:
    """`block`, or its parts that hold no chrome and no related box."""
    if _is_other_box(block):
        return []
    if not any(_is_other_box(element) for element in block.iterdescendants() if isinstance(element.tag, str)):
        return [block]
    return [part for child in block if isinstance(child.tag, str) for part in _without_other_boxes(child)]


@dataclass
class _Reading:
    """What the fallback worked out about one page (title, lead, date and
    body all need it; working it out is most of the parse time)."""
    body: object | None
    headline: object | None
    title: str | None


def _landmarks(context: ParseContext) -> _Scan:
    return context.once("generic landmarks", lambda: _scan(context.page))


def _reading(context: ParseContext) -> _Reading:
    def read() -> _Reading:
        scan = _landmarks(context)
        body = find_article_element(context.page, scan)
        element, text = headline(context.page, body, scan)
        if text:
            # A day printed on the headline's own line ("<b>…</b> (15/10/2025)") is its date, not its title.
            text = _without_bracketed_day(text, element)
        if element is None and text:
            element = _printed_title(body, text)
        if element is not None and text:
            element, text = _printed_under_its_picture(element, text)
            text = _with_document_kind(element, text)
        return _Reading(body, element, text)
    return context.once("generic reading", read)


def _printed_under_its_picture(element, text: str) -> tuple[object, str]:
    """A headline drawn as a picture whose `alt` is typed without diacritics
    ("Hy Cuong san sang …", a 2006 page in a legacy encoding) and printed
    under it with them: the printed line, and its element."""
    if element.tag != "img" or not text.isascii():
        return element, text
    block = next((node for node in (element, *element.iterancestors()) if node.tag in _HEADING_BLOCKS), element)
    under = next((node for node in block.itersiblings() if isinstance(node.tag, str)), None)
    printed = one_line(under) if under is not None else ""
    if printed and not printed.isascii() and match_key(printed) == match_key(text):
        return under, printed
    return element, text


def _with_document_kind(element, text: str) -> str:
    """An official text's heading set on two lines, its kind in capitals over
    its subject ("THÔNG BÁO" / "Về việc tổ chức tiêm phòng …", a Word document
    saved as the page): the headline is both lines."""
    block = next((node for node in (element, *element.iterancestors()) if node.tag in _HEADING_BLOCKS), None)
    above = previous_element(block) if block is not None else None
    kind = one_line(above) if above is not None and above.find(".//a") is None else ""
    # (Not over a subject that names its own kind, "Kế hoạch tuyển chọn …": a category's label.)
    if kind.isupper() and match_key(kind) in DOCUMENT_KINDS and not match_key(text).startswith(tuple(DOCUMENT_KINDS)):
        return f"{kind} {text}"
    return text


_HEADING_BLOCKS = HEADINGS | {"p", "div", "td"}


_BRACKETED_DAY_AFTER = re.compile(r"\s*[(\[]\s*\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}(?:\s*[-,]?\s*\d{1,2}[:h]\d{2})?\s*[)\]]$")
# Or its stamp, in any spelling, in a small line of the headline's cell ("… Mậu Tý 2008<br><i>(Cập
# nhật ngày 5 tháng 3 năm 2008)</i>", a static page of 2008): a bracket that opens with a posting label.
_BRACKETED_STAMP_AFTER = re.compile(r"\s*[(\[]\s*((?:ngày\s+)?(?:đăng|cập\s+nhật)\b[^()\[\]]{4,60}?)\s*[)\]]$", re.I)
# A posting's stamp ("(Đăng ngày 05/3/2008)") is never a headline's words, wherever it is set; an
# update's is only on a line of its own ("Danh bạ điện thoại cán bộ (cập nhật ngày 15/8/2025)" as one
# line is a directory's headline, its words).
_POSTING_STAMP = re.compile(r"(?:ngày\s+)?đăng\b", re.I)


def _without_bracketed_day(text: str, element) -> str:
    stamp = _BRACKETED_STAMP_AFTER.search(text)
    if stamp and dates.parse_datetime_text(stamp[1]) and (_POSTING_STAMP.match(stamp[1]) or _set_apart(stamp[1], element)):
        text = text[:stamp.start()] or text
    return _BRACKETED_DAY_AFTER.sub("", text) or text


def _set_apart(stamp: str, headline) -> bool:
    """Whether `stamp` is an element of the headline's own (its small line), not words of its line."""
    return headline is not None and any(squash(text_of(node)).strip("()[] ") == stamp
                                        for node in headline.iterdescendants() if isinstance(node.tag, str))


# Where a title known from the page's names is printed as a styled line of the
# article (a text-only page's "<b>title</b><br><small>09/04/2018</small>"): the
# date line is looked for under it.
_TITLE_LINE_TAGS = ("b", "strong", "font", "span", "p", "div", "td")


def _printed_title(body, title: str):
    if body is None:
        return None
    key = match_key(title)
    return next((element for element in body.iter(*_TITLE_LINE_TAGS)
                 if len(element.text or "") >= len(title) // 2 and match_key(one_line(element)) == key), None)


# Date line candidates: where a line is says how likely it is the article's own date.
_UNDER_HEADLINE, _ABOVE_HEADLINE, _LABELLED, _NEAR_ARTICLE, _ELSEWHERE, _IN_BREADCRUMB = 4.0, 3.0, 2.0, 1.0, 0.0, -0.5
# A breadcrumb ending in the article's day ("Tin địa phương » Thứ năm, 12/06/2025").
_BREADCRUMB_NAMES = re.compile(r"breadcrumb|crumb", re.I)
# What its label says: the publish date, or a later edit of the article.
# (Drupal's submitted line, "Gửi bởi bbt vào T6, 27/12/2019 - 14:37", "Submitted by … on …", is the posting's.)
# (A Q&A page is published with its answer: "Ngày trả lời: 30/10/2025".)
_PUBLISHED_LABEL = where_it_opens(re.compile(
    r"đăng|xuất\s+bản|phát\s+hành|ngày\s+đưa\s+tin|posted|published|gửi\s+bởi|submitted\s+by|"
    r"ngày\s+trả\s+lời|trả\s+lời\s+(?:ngày|lúc)", re.I))
# A creation line ("Ngày tạo: 08:10 25/05/2024") is the posting's against an update line over
# it, but not against a publish line beside it ("Ngày tạo: 06/05/2025 | Ngày đăng: 07/05/2025").
CREATED_LABEL = where_it_opens(re.compile(
    r"ngày\s+tạo|tạo\s+lúc|(?:đã|được)\s+tạo\s+vào|created|ngày\s+viết", re.I))
_CREATED_BONUS = 1.25
UPDATED_LABEL = where_it_opens(re.compile(r"cập\s+nhật|sửa|updated|modified", re.I))
_PUBLISHED_BONUS, _UPDATED_PENALTY = 1.5, 1.0
# Another day than the posting's, by its label: a document's own date on a
# notice page ("Ngày ban hành: 28/11/2025"), the event's ("Thời gian diễn ra:
# Thứ Tư, 20/08/2025 - 07:00", a Drupal event field under the headline), a
# print view's printing ("Ngày in: 05/12/2026 15:10"), a Q&A page's question ("Ngày gửi câu
# hỏi: 22/10/2025", answered later), a notice's expiry (Joomla's "Hết hạn: 31/10/2025"), a
# document's number and day ("Số 312/TB-UBND ngày 03/12/2025", a notice's first line: its signing).
NOT_POSTED_LABEL = where_it_opens(re.compile(
    r"ban\s+hành|ngày\s+ký|ký\s+ngày|hiệu\s+lực|diễn\s+ra|thời\s+gian\s+tổ\s+chức|tải\s+lên|"
    r"ngày\s+in\b|in\s+(?:lúc|ngày)\b|printed|câu\s+hỏi|ngày\s+hỏi|hết\s+hạn|"
    + dates.DOCUMENT_REFERENCE, re.I))
_NOT_POSTED_PENALTY = 2.0
# Where one line holds several labelled dates ("Ngày tạo: … | Cập nhật: …", a Q&A page's "Ngày
# hỏi: … | Ngày trả lời: …"), it is cut before each label.
_LABEL_START = re.compile(r"(?=\b(?:ngày\s+đăng|đăng\s+(?:lúc|ngày|vào)|(?<!ngày )(?<!duyệt )đăng(?=\s*:)|ngày\s+tạo|"
                          r"ngày\s+viết|ngày\s+duyệt|ngày\s+xuất\s+bản|xuất\s+bản|"
                          r"(?:ngày\s+)?cập\s+nhật|(?:ngày\s+)?sửa|ngày\s+trả\s+lời|ngày\s+hỏi|ngày\s+gửi|"
                          r"posted|published|updated|modified)\b)", re.I)
# A word each label `_LABEL_START` cuts before holds ("ngày" alone opens none).
_LABEL_WORDS = ("đăng", "tạo", "viết", "duyệt", "xuất", "cập", "sửa", "trả", "hỏi", "gửi", "posted", "published", "updated",
                "modified")


# A stamp of an edit, by its opening words ("Cập nhật" alone is how many portals label the posting).
_EDIT_STAMP = re.compile(r"^\s*(?:ngày\s+)?(?:sửa\s+đổi|chỉnh\s+sửa|hiệu\s+chỉnh)\b|^\s*(?:last\s+)?modified\b", re.I)
_POSTED_BY_AT = re.compile(r"^\s*đăng\s+bởi\s+.{1,80}?\s+(?:lúc|vào(?:\s+ngày)?)\s+(\d.{0,40}?)(?:\s+trong\s+.*)?$", re.I)


def _date_lines(context: ParseContext) -> list[tuple[float, float, str]]:
    return context.once("date lines", lambda: _ranked_date_lines(_reading(context), _landmarks(context), context.page))


# A post's meta sentence is short: longer, an element named "meta" is a wrapper.
_META_SENTENCE_CHARS = 300


def _timed_in_a_meta_sentence(context: ParseContext, day: str) -> str | None:
    """The day with its time, from the post's meta sentence that gives both
    (WordPress themes: "Bài viết này được đăng vào lúc 8:42 sáng, Thứ hai,
    27 Tháng Chín, 2010 trong mục Tin tức"), which as a sentence is no date line."""
    for element in _landmarks(context).dated:
        if in_chrome(element) or in_linked_list(element):
            continue
        text = squash(text_of(element))
        if len(text) > _META_SENTENCE_CHARS or _EDIT_STAMP.match(text):
            continue    # (nor an edit's line: "Sửa đổi lần cuối lúc 05/02/2020 9:12 SA" is no posting's time)
        found = dates.parse_datetime_text(text)
        if found and len(found) > len(day) and found[:10] == day:
            return found
    return None


def _timed_in_a_tooltip(context: ParseContext, day: str) -> str | None:
    """The day with its time, from the tooltip of the article's date element
    (`<span class="date-publish" title="Ngày đăng 27/11/2019 08:15:42">`, a
    date badge's "Đăng lúc 16:20 ngày 15/11/2025"), which the reader sees on
    hover. (Not a permalink's clock around the day, WordPress Twenty Ten's
    `<a rel="bookmark" title="7:45 chiều">`: most blind writers read no time shown.)"""
    for element in _landmarks(context).dated:
        tooltip = element.get("title")
        if not tooltip or in_chrome(element) or in_linked_list(element) or _EDIT_STAMP.match(tooltip):
            continue
        found = dates.parse_datetime_text(tooltip)
        if found and len(found) > len(day) and found[:10] == day:
            return found
    return None


def _place_of(found: str | None, lines: list[tuple[float, float, str]]) -> float | None:
    """Where the best line that gives the day `found` stands (its place, not
    its label's bonus), or None when no line gives it (markup, URL)."""
    if not found:
        return None
    return next((place for _, place, text in lines if (dates.parse_datetime_text(text) or "")[:10] == found[:10]), None)


def date_shown_with_the_article(context: ParseContext) -> bool:
    """Whether the day this reading gives is printed with the article: on a
    line under or over its headline, or behind a date label (not only on an
    element named like a date somewhere else on the page)."""
    place = _place_of(context.value("published_at"), _date_lines(context))
    return place is not None and place >= _NEAR_ARTICLE


def _ranked_date_lines(reading: _Reading, scan: _Scan, page: Page) -> list[tuple[float, float, str]]:
    """The page's date lines as (score, place, text), best first: each candidate is scored by its
    place (right under the headline; right above it; opening with a date
    label, under the title or in the post's footer; an element named like a
    date around the article, the smallest element holding headline and
    body; anywhere else) and by its label (a publish label for it, an
    "updated" label against it). Never the page header (Đắk Lắk prints the
    crawl date up there), never a linked list item (another article's day),
    and never the body's prose: a line longer than a date line is a
    paragraph, whose dates are only mentioned."""
    found: list[tuple[float, str]] = []
    heading = reading.headline
    if heading is not None:
        if heading.tail and heading.tail.strip():
            found.append((_UNDER_HEADLINE, _short_year_read(squash(heading.tail))))
        # A document's own dateline under its headline ("Tam Đường, ngày 06 tháng 02 năm 2026", beside
        # the state's motto of a plan pasted as the article) is the day it was signed, not posted.
        # (A line under it that opens with a publish label is the post's byline: "Đăng bởi admin vào ngày
        # 10/01/2021 @ 14:32 trong Quốc phòng - An ninh | Chưa có bình luận", WP-Print's.)
        found += [(_UNDER_HEADLINE, _short_year_read(_byline_clause(line)))
                  for line in _with_labels(_lines_under(heading, page)) if not dates.is_place_dateline(line)]
    region = _common_ancestor(heading, reading.body) if heading is not None and reading.body is not None else None
    if heading is None and reading.body is not None:
        # No headline on the page (its title from og:title): the line right above the body is where
        # the headline's date line would be ("21-06-2022 | 16:45" over a Bkav portal's text).
        above = previous_element(reading.body)
        if above is not None and not _is_invisible(above) and not in_chrome(above) and not len(above):
            found.append((_ABOVE_HEADLINE, squash(above.text_content())))
    if heading is not None:
        above = previous_element(heading)
        # (Named like chrome, "chitiet-top", but inside the article's own block, it is the article's.)
        if above is not None and not _is_invisible(above) and (not in_chrome(above) or _in_the_article_block(
                above, region)):
            found.append((_ABOVE_HEADLINE, _line_of_parts(above)))
    for element in scan.labelled:
        if _another_articles_day(element, reading.title) or dates.in_comments(element):
            continue    # "Tin khác": another article's day, however it is worded; a reader's comment's
        text = squash(element.text_content())
        if not has_digit(text):
            text = _labelled_value(element, text)
        # A "post-footer" inside the article's own block is the article's, not the page's.
        own = _in_the_article_block(element, region)
        text = _posting_clause(text)
        if (own or not in_chrome(element)) and not is_sentence(text):
            found.append((_LABELLED, text))
    # A date element's own name may read as chrome (Blogger's `h2.date-header`): only where it sits counts.
    dated = [element for element in scan.dated if not in_chrome(element.getparent())
             and not _another_articles_day(element, reading.title) and not dates.in_comments(element)]
    near = [element for element in dated if region is not None and region in element.iterancestors()]
    # Away from the article, a date in a list item is another article's ("Tin khác (09/11/2023)").
    elsewhere = [element for element in dated if element not in near
                 and not any(ancestor.tag == "li" for ancestor in element.iterancestors())]
    # Over the site's menu, away from the article, a day is the site's clock ("Thứ Sáu, 04/12/2026").
    above_menu = above_navigation(elsewhere)
    elsewhere = [element for element in elsewhere if element not in above_menu]
    found += [(_NEAR_ARTICLE, _shown_or_held_date(element, leaf=True)) for element in near]
    found += [(_ELSEWHERE, _shown_or_held_date(element)) for element in elsewhere]
    found += [(_IN_BREADCRUMB, squash(element.text_content())) for element in scan.dated
              if in_chrome(element) and _in_breadcrumb(element)]
    # Where no line but the breadcrumb's gives a date, the breadcrumb's last item and a
    # document's dateline at the body's foot may. (The texts longer than a date line,
    # wrappers of the whole article, are read for one last, and only where those have a
    # line to add: a 2,000-character text's date and words cost the gold pages nearly half
    # of the ranking's time.)
    short = [(place, text) for place, text in found if len(text) <= DATE_LINE_CHARS]
    if not any(_gives_a_date(place, text) for place, text in short):
        fallbacks = [*_breadcrumb_days(reading), *_foot_datelines(reading), *_labelled_tooltips(region, reading)]
        if fallbacks and not any(_gives_a_date(place, text) for place, text in found
                                 if len(text) > DATE_LINE_CHARS):
            found += [(_IN_BREADCRUMB, text) for text in fallbacks]
    # A body sentence that opens with a day ("Sáng ngày 11/4/2019, UBND xã …") is no date line, wherever it is.
    scored = [(place + label_score(part), place, part) for place, text in found
              if len(text) <= DATE_LINE_CHARS and (has_digit(text) or dates.may_spell_a_day(text))
              for part in map(_through_the_dated_field, _labelled_parts(text)) if not is_sentence(part)]
    scored.sort(key=lambda line: -line[0])     # stable: equal scores keep the page's order
    return scored


def _posting_clause(text: str) -> str:
    """A labelled line read as a sentence, cut to its clause that dates the post."""
    if not is_sentence(text):
        return text
    # A footer of fields ("Đăng lúc 9:15 SA bởi Quản trị viên | Thể loại: … | 0 Chú thích"): its first;
    # a post's meta sentence ("Bài viết này được đăng vào … lúc 9:15 sáng và được lưu trong mục …"):
    # its clause that dates the post.
    text = _POST_META_REST.split(text.split(" | ", 1)[0], 1)[0]
    if is_sentence(text):
        # A SharePoint blog post's "Đăng lúc 14:10 bởi Công an xã Tân Trụ trong An ninh - Trật tự":
        # its clock, before the author and the category; or, the other way round, "đăng bởi
        # Quản trị Cổng TTĐT Quận 4 lúc 30/08/2019 15:42 trong Tin phường": its clock after the author
        # (WP-Print's "Đăng bởi admin vào ngày 10/01/2021 @ 14:32 trong …" too).
        posted_by = _POSTED_BY_AT.match(text)
        text = f"Đăng lúc {posted_by[1]}" if posted_by else text.split(" bởi ", 1)[0]
    return text


def _byline_clause(line: str) -> str:
    """A line under the headline that opens with a publish label, cut to its
    posting clause where that clause dates it (WP-Print's "Đăng bởi admin vào
    ngày 10/01/2021 @ 14:32 trong …"); a meta bar whose first field is the
    poster ("Đăng bởi admin | 12/03/2024 07:42 | …") is read whole."""
    if not _PUBLISHED_LABEL.match(line):
        return line
    clause = _posting_clause(line)
    return clause if dates.parse_datetime_text(clause) else line


def _short_year_read(line: str) -> str:
    """A line beside the headline that is only a day with a two-digit year,
    bracketed or not ("(19/11/08)" in small print after a classic ASP page's
    headline), as its ISO day: its place is the label that makes the bare
    form a date (as an element's name does, `_shown_or_held_date`)."""
    return dates.short_year_alone(line.strip("()[] ")) or line


def _gives_a_date(place: float, text: str) -> bool:
    """A candidate above the breadcrumb that gives a date and is not all sentences."""
    # (A clock line alone, "Cập nhật lúc 15 giờ 10", dates nothing: the day may be in the byline box.)
    # (A line that is a sentence is no date line: "Văn bản đính kèm — Ngày tải lên: 02/06/2025".)
    return place > _IN_BREADCRUMB and bool(dates.parse_datetime_text(text)) \
        and not all(map(is_sentence, _labelled_parts(text)))


def _in_the_article_block(element, region) -> bool:
    """Inside the smallest element holding the headline and the body (when that is not the whole page)."""
    return region is not None and region.tag not in ("body", "html") and region in element.iterancestors()


# The site's main menu, by tag or by a whole class or id word.
_NAVIGATION_WORDS = frozenset(("nav", "navbar", "menu", "mainmenu", "main-menu", "topmenu", "top-menu", "menutop",
                               "menu-top", "main-nav", "navigation"))


def above_navigation(elements) -> set:
    """Those of `elements` that come before the page's first menu in reading
    order (none when the page has no menu)."""
    if not elements:
        return set()
    wanted, seen = set(elements), set()
    for node in elements[0].getroottree().getroot().iter():
        if not isinstance(node.tag, str):
            continue
        if is_menu(node):
            return seen
        if node in wanted:
            seen.add(node)
    return set()


def is_menu(node) -> bool:
    """The site's menu, by its tag, a whole class or id word, or its shape."""
    return _named_a_menu(node) or _a_row_of_links(node)


def _named_a_menu(node) -> bool:
    """A menu by its tag (`nav`) or a whole class or id word ("menu", "main-nav")."""
    return node.tag == "nav" or _is_navigation_name(class_and_id(node))


def _is_navigation_name(names: str) -> bool:
    """Whether one of the words of `names` (an element's class and id, or one of them) names a menu."""
    return not _NAVIGATION_WORDS.isdisjoint(names.lower().split())


# A menu by its shape, whatever its name (`div.mn`): this many links side by side at least.
_MENU_LINKS = 4


def _a_row_of_links(node) -> bool:
    """A block whose children are all links, or list items of one link each:
    a menu bar, by its shape."""
    if node.tag not in ("div", "ul", "td", "p") or len(node) < _MENU_LINKS:
        return False
    links = [child if child.tag == "a" else (child[0] if child.tag == "li" and len(child) == 1 else None)
             for child in node if isinstance(child.tag, str)]
    return len(links) >= _MENU_LINKS and all(link is not None and link.tag == "a" for link in links)


# A date element that shows a relative day ("1 năm trước") or nothing until a
# script fills it keeps the date in an attribute: a tooltip, or a data-
# attribute with the date or a Unix time ("data-publish=1652315400").
_EPOCH = re.compile(r"^\d{10}(?:\d{3})?$")     # seconds, or milliseconds (JavaScript's Date)
# A data- attribute named for a time ("data-publish", "data-time", "data-date"), not an id or a count.
_TIME_ATTRIBUTE = re.compile(r"time|date|publish|created|posted|ngay", re.I)


def _shown_or_held_date(element, leaf: bool = False) -> str:
    """A date element's text, or the date it holds in an attribute when its
    text shows none (or the day of its text alone with a two-digit year,
    "08/12/22", which its name labels as a date). A text longer than a date line, on an element with no
    attribute that may hold a date, is given unread: the ranking takes no
    line so long (a wrapper named like a date, around the whole article).
    With `leaf` (an element in the article's block), a day alone is read with
    its calendar leaf's month and year (a side column's leaf is today's)."""
    holders = [value for name, value in element.attrib.items()
               if name in ("title", "datetime") or name.startswith("data-") and _TIME_ATTRIBUTE.search(name)]
    shown = squash(element.text_content())
    if not holders and len(shown) > DATE_LINE_CHARS:
        return shown
    text = _line_of_parts(element, shown)
    if dates.parse_datetime_text(text):
        return text
    for value in holders:
        value = value.strip()
        if _EPOCH.match(value):
            held = dates.from_unix_time(int(value[:10]))
            if held:
                return held
        elif dates.parse_datetime_text(value):
            return value
    if leaf and _DAY_ALONE.fullmatch(shown):
        return _calendar_leaf(element) or text
    return dates.short_year_alone(text) or text


_DAY_ALONE = re.compile(r"\d{1,2}")
# A calendar leaf is small: its month, day and year in cells or spans of their own.
_LEAF_LEVELS, _LEAF_CHARS = 4, 40


def _calendar_leaf(element) -> str | None:
    """The whole date of a calendar leaf whose day is `element` alone (a table
    of three rows, "Tháng 6" / "05" / "2008", or spans side by side), read from
    its nearest small wrapper that gives a date."""
    for wrapper in islice(element.iterancestors(), _LEAF_LEVELS):
        text = squash(wrapper.text_content())
        if len(text) > _LEAF_CHARS:
            return None
        line = _line_of_parts(wrapper, text)
        if dates.parse_datetime_text(line):
            return line
    return None


# How far from the body's end a document's dateline may stand (above the signature).
_DATELINE_FROM_END = 4
# ... and the closing credit, the text's last line or the one above a note.
_CREDIT_FROM_END = 2


def _labelled_tooltips(region, reading) -> list[str]:
    """A publish date shown only on hover, as an icon's labelled tooltip in the
    article's block (`region`, the smallest element holding headline and body;
    a Liferay asset's `span.icon-calendar[title="Ngày đăng: 31/08/2023 14:20"]`),
    when the page prints no date line."""
    if region is None and reading.headline is None and reading.body is not None:
        region = reading.body.getparent()   # (no headline: the block holding the body has its icons)
    if region is None or region.tag in ("body", "html"):
        return []
    return [tooltip for element in _WITH_A_TOOLTIP(region) if not in_linked_list(element)
            if _DATE_LABEL.match(tooltip := squash(element.get("title"))) and dates.parse_datetime_text(tooltip)]


_WITH_A_TOOLTIP = lxml.etree.XPath(".//*[@title]")


def _foot_datelines(reading) -> list[str]:
    """A document's dateline at the body's foot ("Hoàng Đồng, ngày 25 tháng
    01 năm 2018", above the signature of a text pasted from Word): the day it
    was written, when the page prints no other."""
    if reading.body is None:
        return []
    last, unlinked = _foot_blocks(reading.body)
    found = [squash(block.text_content()) for block in last if dates.is_place_dateline(block.text_content())]
    # ... or the day the closing credit carries ("Nguồn: Đài Truyền thanh xã Tùng Vài, ngày 02/10/2025"),
    # under it only links (the tools, "Tin khác") where the body element holds them.
    found += [text for block in unlinked if (text := squash(block.text_content())) and dates.NUMERIC_DAY.search(text)
              and credits.looks_like_credit(text) and dates.parse_datetime_text(text)]
    # ... or in the signature box right after it (`div.post-sign`: dateline, then the signer),
    # where a byline may carry the day too ("Thanh Trúc - Thứ năm, ngày 02 tháng 10 năm 2025").
    # (Not a box of other articles, their titles linked and dated: "Tin khác".)
    after = reading.body.getnext()
    if after is not None and isinstance(after.tag, str):
        byline = not any(_worded_as_news(text_of(link)) for link in after.iter("a"))
        for block in [block for block in after.iter("p", "div", "td")
                      if has_word_chars(block.text_content()) and not _holds_blocks(block)][:2]:
            text = squash(block.text_content())
            if dates.is_place_dateline(text) or byline and not is_sentence(text) and dates.parse_datetime_text(text):
                found.append(text)
    return found


def _foot_blocks(body) -> tuple[list, list]:
    """The body's last `_DATELINE_FROM_END` blocks with words in them, and its
    last `_CREDIT_FROM_END` such blocks without a link, each in page order.
    (Read from the foot up, until both are found: the words of every block of
    the body, read to keep its last few, were a fifth of the date lines' ranking.)"""
    last, unlinked = [], []
    for block in reversed(list(body.iter("p", "div", "td"))):
        if len(last) == _DATELINE_FROM_END and len(unlinked) == _CREDIT_FROM_END:
            break
        if not has_word_chars(block.text_content()):
            continue
        if len(last) < _DATELINE_FROM_END:
            last.insert(0, block)
        if len(unlinked) < _CREDIT_FROM_END and next(block.iter("a"), None) is None:
            unlinked.insert(0, block)
    return last, unlinked


# The outermost elements whose class holds "crumb" in either case.
_OUTER_BREADCRUMBS = lxml.etree.XPath(
    "//*[contains(translate(@class, 'CRUMB', 'crumb'), 'crumb') and not(ancestor::*[contains("
    "translate(@class, 'CRUMB', 'crumb'), 'crumb')])]")


def _breadcrumbs_last_step(page: Page):
    """The last step of the page's breadcrumb trail when it is no link and is
    worded as news ("Trang chủ › Tin tức - Sự kiện › Xã Mường Ảng tổ chức …")."""
    for trail in _OUTER_BREADCRUMBS(page.tree):
        last = _last_step(trail)
        if last is None or last.tag == "a" or last.find(".//a[@href]") is not None:
            continue
        text = one_line(last)
        if _worded_as_news(text) and not is_section_path(text) \
                and not dates.parse_datetime_text(text):
            return last
    return None


def _last_step(trail):
    """A breadcrumb trail's last step with words in it, or None."""
    return next((child for child in reversed(trail) if isinstance(child.tag, str) and has_word_chars(child.text_content())),
                None)


def _breadcrumb_days(reading) -> list[str]:
    """The breadcrumb's last item when it is a day ("Tin tức › Năm 2025 ›
    22/11/2025"): a template that prints the article's date nowhere else."""
    if reading.body is None:
        return []
    days = []
    for trail in _OUTER_BREADCRUMBS(reading.body.getroottree()):
        step = _last_step(trail)
        last = squash(step.text_content()) if step is not None else ""
        if last and len(last.split()) <= DATE_LINE_WORDS and dates.strip_dates(last).strip(" ,-") == "" \
                and dates.parse_datetime_text(last):
            days.append(last)
    return days


def _in_breadcrumb(element) -> bool:
    """Inside the breadcrumb trail (chrome: its links are sections), not in
    other page furniture first (the page header, where a date is today's)."""
    for node in element.iterancestors():
        css_class, element_id = node.get("class") or "", node.get("id") or ""
        if _BREADCRUMB_NAMES.search(f"{css_class} {element_id}"):
            return True
        if node.tag in CHROME_TAGS or _chrome_names(css_class, element_id):
            return False
    return False


def _labelled_value(label, text: str) -> str:
    """A label alone in its cell ("Ngày xuất bản" in a SharePoint list form's
    left column), with the value in the cell after it, or, in a row of its
    own, in the next row's cell (SharePoint 2010's mobile form, `td.mblFieldLabel`
    over `td.mblFieldValue`)."""
    node = label
    while node.getnext() is None and node.getparent() is not None and node.tag not in ("td", "th", "tr", "body"):
        node = node.getparent()
    value = node.getnext()
    if value is None and node.tag in ("td", "th") and (row := node.getparent()) is not None \
            and (below := row.getnext()) is not None and below.tag == "tr" and len(below):
        value = below[0]
    return f"{text} {squash(value.text_content())}" if value is not None else text


# How many short lines under the headline may be its date line.
_LINES_UNDER_HEADLINE = 3


def _line_of_parts(element, text: str | None = None) -> str:
    """An element's text as one line, its parts kept apart when glued they
    read as no date (a date box of parts set apart by style alone:
    "<span>14</span><span>Tháng 07</span><span>2025</span>"). `text`: its
    text squashed, when the caller has it."""
    text = squash(element.text_content()) if text is None else text
    if dates.parse_datetime_text(text) is None:
        apart = squash(" ".join(element.itertext()))
        if dates.parse_datetime_text(apart) is not None:
            return _with_its_tooltip_label(element, apart)
    return _with_its_tooltip_label(element, text)


# A label of a few words, no date: what a date box's tooltip says of the day it shows.
_TOOLTIP_LABEL_CHARS = 30


def _with_its_tooltip_label(element, line: str) -> str:
    """A date box's line with the label its tooltip gives and its text lacks
    (`<div class="date-badge" title="Ngày đăng">` around "12 Tháng 07 2025"):
    the label ranks it as the posting's against an update line under the headline."""
    label = squash(element.get("title") or "")
    if not label or len(label) > _TOOLTIP_LABEL_CHARS or has_digit(label) or not label_score(label) \
            or label_score(line):
        return line
    return f"{label}: {line}"


def _lines_under(heading, page: Page) -> list[str]:
    """The short lines that follow the headline in reading order, before the
    article's running text or its first picture (whose caption may hold a
    day: "Quang cảnh hội nghị chiều 15/7/2025"): the date line's place,
    wherever the template nests it (the next element, or the next row of the
    table holding the headline). The lead is stepped over (some templates date
    the article under the sapo); hidden machine-readable copies (NukeViet's
    microdata) are not lines."""
    lines: list[str] = []
    for block in _following(heading):
        if not isinstance(block.tag, str) or _is_invisible(block) or is_lead_name(block.get("class") or ""):
            continue
        # One line with its blocks apart: a day and a time in two list items
        # ("03/03/2026", "9:15 sáng") must not be glued into "03/03/20269:15".
        # (A block its words show too long for a date line, most often the body
        # itself, is not made one line: that read the whole article's text.)
        long_words = len(block) and squashes_longer_than(text_of(block), DATE_LINE_CHARS)
        text = "" if long_words else one_line(block) if len(block) else squash(block.text)
        if long_words or len(text) > DATE_LINE_CHARS:
            # Running text: the lines at its top may still be short (a meta row
            # inside the article's wrapper); nothing after it is.
            for leaf in _leading_leaves(block, page):
                lines.append(leaf)
            break
        if any(is_picture(img, page) for img in block.iter("img")):
            break
        if text:
            lines.append(text)
        if len(lines) >= _LINES_UNDER_HEADLINE:
            break
    return lines[:_LINES_UNDER_HEADLINE]


def _with_labels(lines: list[str]) -> list[str]:
    """Lines with a label of their own line ("Thời gian diễn ra:", a field's
    label in its own element) put before the line they label, which its
    words tell apart (an event's day from the posting's)."""
    joined: list[str] = []
    for line in lines:
        if joined and joined[-1].endswith(":") and not has_digit(joined[-1]):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


def _following(element):
    """The elements after `element` in reading order, a subtree at a time: its
    next siblings, then its parent's, and so on up."""
    node = element
    while node is not None and node.tag not in ("body", "html"):
        yield from node.itersiblings()
        node = node.getparent()


def _leading_leaves(block, page: Page) -> list[str]:
    """The short text lines at the top of a block, before its first long one
    or its first picture."""
    lines: list[str] = []
    for element in block.iter():
        if element.tag == "img" and is_picture(element, page):
            break
        if not isinstance(element.tag, str) or any(isinstance(child.tag, str) for child in element):
            continue
        if _is_invisible(element) or is_lead_name(element.get("class") or ""):
            continue
        text = squash(element.text_content())
        if len(text) > DATE_LINE_CHARS or len(lines) >= _LINES_UNDER_HEADLINE:
            break
        if text:
            lines.append(text)
    return lines


def _labelled_parts(text: str) -> list[str]:
    """A line cut before each of its date labels, when it has two or more."""
    if not may_hold_a_word(text, _LABEL_WORDS):
        return [text]   # (the split tries its case-blind lookahead at every character: a long line's cost)
    parts = [part.strip(" |-–—,;") for part in _LABEL_START.split(text)]
    parts = [part for part in parts if part]
    return parts if len(parts) > 1 and sum(1 for part in parts if _LABEL_START.match(part)) > 1 else [text]


def _through_the_dated_field(text: str) -> str:
    """A bar of fields too wordy for a date line ("Đăng bởi btv | 2025-10-27
    07:42:10 | Chuyên mục: Phòng chống thiên tai | Lượt xem: 856") up to its
    dated field: the fields after it say nothing of the date."""
    if " | " not in text or not is_sentence(text):
        return text
    fields = text.split(" | ")
    dated = next((at for at, part in enumerate(fields) if dates.parse_datetime_text(part)), None)
    return " | ".join(fields[:dated + 1]) if dated is not None else text


def label_score(text: str) -> float:
    """How a date line's label weighs it as the posting's: up for a publish
    label, down for an update's, further down for another day's (an event's,
    a document's signing)."""
    label = text[:40]
    if NOT_POSTED_LABEL.search(label) and not _PUBLISHED_LABEL.search(label):
        return -_NOT_POSTED_PENALTY
    if UPDATED_LABEL.search(label) and not _PUBLISHED_LABEL.search(label):
        return -_UPDATED_PENALTY
    if _PUBLISHED_LABEL.search(label):
        return _PUBLISHED_BONUS
    return _CREATED_BONUS if CREATED_LABEL.search(label) else 0.0


# Where an old WordPress theme's post meta sentence goes on from the post's day to its category.
_POST_META_REST = re.compile(r"\s+(?:và\s+được\s+(?:lưu|xếp)|trong\s+mục|được\s+lưu)\b", re.I)     # ("… và được xếp vào Tin tức", Kubrick's)


def is_sentence(text: str) -> bool:
    """Words left in a line once its dates, times and labels are gone: a date
    line keeps a name or a counter ("Gửi bởi admin vào T5"), a sentence of the
    body that opens with a day ("Ngày 13/5/2026, Công an phường ...") many."""
    # (Separators are no words: "Tin tức - Sự kiện >> Hoạt động UBND | 26/11/2025 - 16:05" keeps seven.)
    # (Counted up to one word more than a date line keeps: a paragraph has hundreds.)
    words = (word for word in dates.strip_dates(text).split() if has_word_chars(word))
    return next(islice(words, DATE_LINE_WORDS, None), None) is not None


def _published_before_the_update(page: Page, found: str | None, lines) -> str | None:
    """Where the only line that dates the article is its update's ("Cập nhật:
    10:45 21/10/2025", an AMP page's), the publication the article's markup
    gives before it (JSON-LD's datePublished, article:published_time), on
    an earlier day or earlier the same day."""
    if not found:
        return None
    days = [(label_score(text), day[:10]) for _, _, text in lines if (day := dates.parse_datetime_text(text))]
    updated = {day for score, day in days if score == -_UPDATED_PENALTY}
    # (The update line's day may also be read alone, from a date element inside it.)
    if found[:10] not in updated or any(score > 0 or score == 0 and day not in updated for score, day in days):
        return None
    # (Only what names itself the publication: a `<time>` may be the update line's own.)
    named = [*page.meta_contents("article:published_time"), *dates.json_ld_published(page)]
    published = next((dates.converted(raw) or dates.parse_datetime_text(raw) for raw in named if raw), None)
    # (Earlier that day too, at a time the markup gives: "Cập nhật: 03/11/2025 15:10" over 07:20.)
    earlier = published and (published[:10] < found[:10] or len(published) > 10 and published[:10] == found[:10]
                             and len(found) > 10 and published < found)
    return published if earlier else None


def published_at(page: Page, texts: list[str]) -> str | None:
    """The date of the first date line, with its time: when the line gives
    a day only, a labelled line of the same page may give the time of that
    day ("Đăng lúc 4:20 CH" in a blog post's footer)."""
    found = dates.published_at(page, header_texts=texts, url=page.url)
    if not found or len(found) != 10:
        return found
    for text in texts:
        if not _DATE_LABEL.match(text):
            continue
        same_day = dates.parse_datetime_text(text)
        if same_day and same_day[:10] == found and len(same_day) > 10:
            return same_day
        # A clock under the label, with the day (or no date) further on: "Đăng lúc 2:45 CH bởi
        # Quản trị viên trên 19/11/2015", SharePoint's blog post footer. (One clock, one day.)
        clock = dates.time_of_day(text) if same_day is None or same_day == found and one_clock_one_day(text) else None
        if clock:
            return f"{found}T{clock}+07:00"
    clock = _clock_beside_the_day(texts, found)
    return f"{found}T{clock}+07:00" if clock else found


def _clock_beside_the_day(texts: list[str], day: str) -> str | None:
    """The time of a line that prints a clock time and no date, ranked right
    beside the day's own line (a day box and a clock-icon line under the
    headline, "16:45"), so it belongs to that day."""
    at = next((index for index, text in enumerate(texts) if (dates.parse_datetime_text(text) or "")[:10] == day), None)
    if at is None:
        return None
    # ... or a part of the day's own line ("Thứ Năm, 13/02/2025 · Âm lịch: 16/01/Ất Tỵ · 08:30").
    for text in [*texts[max(at - 1, 0):at + 2], *BAR_SEPARATORS.split(texts[at])[1:]]:
        if dates.parse_datetime_text(text) is None and dates.time_of_day(text) and _only_a_clock(text):
            return dates.time_of_day(text)
    # ... or the day's own line, a counter or an icon between the day and its one clock
    # ("T2, 2/6/2025 [eye] 563 [clock] 16:30", "Thứ sáu, 15.08.2025 — Đã xem: 611 lúc 16:35").
    # (Not a line of two days, where the clock may be the other's: "05-06-2024 Cập nhật: 07-06-2024 16:20".)
    # (What follows a day in digits is read alone: a byline may stand before it, "Người viết: Hoài Thương - …".)
    own = texts[at]
    if not one_clock_one_day(own):
        return None
    day_digits = dates.NUMERIC_DAY.search(own)
    after = own[day_digits.end():] if day_digits else own
    return dates.time_of_day(after) if _only_a_clock(after) else None


def one_clock_one_day(text: str) -> bool:
    """A line printing one clock and at most one day in digits: the clock is that day's."""
    return dates.clock_count(text) == 1 and len(dates.NUMERIC_DAY.findall(text)) <= 1



def _only_a_clock(text: str) -> bool:
    """A line that holds a time and little else: a label, a counter
    ("16:45 412"), not a sentence with hours in it ("từ 7h30 đến 11h")."""
    rest = _VIEW_COUNT.sub(" ", dates.strip_dates(text))
    return len([word for word in rest.split() if has_word_chars(word)]) <= _CLOCK_LINE_WORDS \
        and dates.clock_count(text) == 1


# A view counter beside the clock ("09:42 SA | Lượt xem: 1.207").
_VIEW_COUNT = re.compile(r"(?:số\s+)?(?:lượt xem|lượt đọc|lượt truy cập|đã xem|views?)\s*:?\s*[\d.,]+", re.I)
_CLOCK_LINE_WORDS = 3