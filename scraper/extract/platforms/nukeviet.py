"""F5 NukeViet (PHP, VINADES): the `news` module of many Đồng Nai, Tây Ninh,
Bình Phước and Hà Tĩnh ward and commune portals.

An article page of the NukeViet 4 default theme (and of its many clones)::

    <div class="news_column panel"><div class="panel-body">
      <h1>title</h1>  <span class="h5">Thứ ba - 23/12/2025 20:46</span>
      <div class="hometext">sapo</div>  [<figure class="article center">home image</figure>]
      <div id="news-bodyhtml" class="bodytext">the article as typed</div>
      <div class="news-download-file">attachments</div>
      <div class="margin-bottom-lg">
        <p class="text-right"><strong>Tác giả bài viết: </strong>Hữu Anh</p>
        <p class="text-right"><strong>Nguồn tin: </strong>danviet.vn</p></div>
    </div></div>
    ... keywords, rating, "Ý kiến bạn đọc", "Những tin mới hơn / cũ hơn" panels

NukeViet 3 (`#news_detail`, `span.time`, `#hometext`) and the print and
save views (`#print`, `#bodytext`, `#author`) keep the same fields under
other names. The author and source sit *outside* the body as labelled
paragraphs, and so may the home image: the `credit_line` and `images`
fields add them to what the shared body reading found.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

import lxml.etree

from ward_scraper.extract import body as body_mod, leads
from ward_scraper.util import urls
from ward_scraper.util.page import XML_DECLARATION, Page
from ward_scraper.util.text import squash
from ward_scraper.extract.platforms import register
from ward_scraper.extract.platforms.base import Parser, ParseContext, credit_after_body, field

# /vi/news/<cat>/<slug>-<id>.html, /vi/<subsite>/<cat>/..., /<Cat-Alias>/<Slug>-<id>.html,
# each also under savefile/ or print/. A listing's page-<n> is never an article.
_ARTICLE_URL = re.compile(r"""^/
    (?:[a-z]{2}/)?                       # language
    (?:[\w-]+/)?                         # module: news, or a sub-site's module
    (?:(?:savefile|print)/)?             # save and print views
    [\w-]+/                              # category alias
    (?!page-\d+\.html)[\w-]+-(?P<id>\d+)\.html$""", re.X)
_VIEW_SEGMENT = re.compile(r"/(?:savefile|print)/")
# A filled-in labelled credit paragraph: "<strong>Nguồn tin: </strong>danviet.vn".
_LABELLED = re.compile(r"^[^:]{2,30}:\s*\S")
# Every NukeViet page declares its JS globals: nv_base_siteurl (v4), nv_siteroot (v3),
# as a whole word (`_has_core_script` checks the word boundary before it).
_CORE_SCRIPT = re.compile(r"nv_(?:base_siteurl|siteroot)\s*=")
_WORD_CHAR = re.compile(r"\w")
# The sapo's texts outside the home image box and its note (compiled once).
_TEXTS_BESIDE_HOME_IMAGE = lxml.etree.XPath(
    ".//text()[not(ancestor::*[@id='imghome' or contains(@class, 'imghome') or contains(@class, 'imgcaption')"
    " or self::figure])]")


@register
class NukeVietParser(Parser):
    name = "nukeviet"
    family = "F5"
    label = "NukeViet (VINADES) news module"

    title_css = (".news_column .panel-body h1", "div.detail h1", "#news_detail h1",
                 "#print #content h1", "h1")
    # (A NukeViet 3 skin's `h2.content-hometext` in `div.short_content`.)
    lead_css = ("div.hometext", "#hometext", "p.hometext", ".short_desc", ".content-hometext")
    body_css = ("#news-bodyhtml", "div.hnewsdetail", "div.bodytext", "#bodytext")
    # The header line: "Thứ ba - 23/12/2025 20:46" (span.h5), "- 23/12/2025 20:46:00"
    # in clones (ul.list-inline), span.time in NukeViet 3, the first li in print views.
    date_css = (".news_column .panel-body span.h5", "div.detail ul.list-inline li",
                "#news_detail span.time", "#print ul.list-inline li")
    category_css = (".breadcrumbs-wrap .breadcrumbs li:last-child", "ol.breadcrumb li:last-child")
    # Theme clones put related lists, comments and share buttons inside the body box.
    noise_css = ("ul.related", "#news-related", ".other-news", "#idcomment", ".socialicon", ".fb-like")
    # Category pages list items in `.news_column` panels (viewcat_page) or a
    # `.list-group` (viewcat_list); "other news" of the category in ul.related.
    listing_css = ".news_column a[href], .list-group a[href], ul.related a[href]"
    pager_css = "ul.pagination a[href]"
    article_url_re = _ARTICLE_URL

    # The download panel after the body (NukeViet 3's `div.news_download`: "Tải tệp đính kèm:").
    attachment_box_css = (".news-download-file", "div.news_download")
    # Outside the body: the credit paragraphs and the home image.
    # NukeViet 3 themes align them by an inline style, after `div.bodytext` in `div.content`.
    credit_css = ("p.text-right", "#author p", "div.author", "#news_detail > p", "div.content > p[style*=right]")
    home_image_css = "figure.article, #imghome, div.imghome"
    v3_sapo_css = ("#hometext", "div.hometext")

    layout_css = ("#news-bodyhtml", "div.bodytext", "#bodytext", "#news_detail", "div.hnewsdetail",  # articles
                  ".news_column")                                                               # listings

    # ---- detection --------------------------------------------------------
    @classmethod
    def detect(cls, page: Page) -> list[str]:
        evidence = []
        generator = page.meta("generator") or ""
        if "nukeviet" in generator.lower():
            evidence.append(f"meta generator {generator!r}")
        if "vinades" in (page.meta("copyright") or "").lower():
            evidence.append("meta copyright names VINADES")
        if page.first("#news-bodyhtml") is not None:
            evidence.append("div#news-bodyhtml")
        if _has_core_script(page.html):
            evidence.append("NukeViet core script variables (nv_base_siteurl / nv_siteroot)")
        return evidence

    # ---- URLs -------------------------------------------------------------
    def article_id(self, url: str) -> str | None:
        """The trailing `-<id>`: the key that survives category, print and save views."""
        match = _ARTICLE_URL.search(urlsplit(url).path)
        return match["id"] if match else None

    def canonical_url(self, url: str) -> str:
        """Save and print views collapse to the normal view; queries never name an article."""
        if self.article_id(url) is None:
            return urls.canonicalize(url)
        parts = urlsplit(urls.canonicalize(url, keep_params=()))
        path = _VIEW_SEGMENT.sub("/", parts.path, count=1)
        return urlunsplit((parts.scheme, parts.netloc, path, "", ""))

    def page_canonical_url(self, page: Page) -> str:
        """NukeViet's `<link rel=canonical>` names the article's main category,
        which may differ from the category it was reached through."""
        declared = page.canonical_link()
        declared_id = self.article_id(declared) if declared else None
        if declared_id and declared_id == self.article_id(page.url) and urls.same_site(declared, page.url):
            return self.canonical_url(declared)
        return self.canonical_url(page.url)

    # ---- listings ---------------------------------------------------------
    def article_links(self, page: Page) -> list[str]:
        """Listing pages, and also the RSS feeds `/vi/news/rss/<cat>/`."""
        if _is_feed(page):
            return _feed_item_links(page, self)
        return super().article_links(page)

    def feed_links(self, page: Page) -> list[str]:
        """The RSS feeds a page announces (every NukeViet page names its category's)."""
        return page.links("link[rel=alternate][type='application/rss+xml']")

    # ---- article fields ---------------------------------------------------
    @field
    def credit_line(self, context: ParseContext) -> str | None:
        """The body's credit, then the labelled credit paragraphs NukeViet
        prints after the body."""
        # Its own reading of what follows the body replaces the shared one.
        lines = [context.body.credit_line, *self.credit_paragraphs(context)]
        # Else a credit set apart after the body as any skin does (right-aligned, unlabelled).
        return "\n".join(line for line in lines if line) or credit_after_body(context.body_end)

    @field
    def images(self, context: ParseContext) -> list[dict]:
        """The body's images, after the home image shown above the body."""
        found = super().images(context)
        home = self.home_image(context.page)
        # The left-floated variant may be a thumbnail of a body picture, served from another folder.
        if home and _file_name(home["src"]) not in {_file_name(image["src"]) for image in found}:
            return [home, *found]
        return found

    @field
    def lead(self, context: ParseContext) -> str | None:
        """The sapo, without the home image box NukeViet 3 and print views
        put inside it (`#imghome` / `.imghome` with the image note)."""
        element = context.page.first(*self.lead_css)
        if element is None:
            return leads.bold_block_over(context.body_element, context.value("title"))
        texts = [text for text in _TEXTS_BESIDE_HOME_IMAGE(element) if not _in_a_picture_box(text, element)]
        return squash("".join(texts)) or None

    def credit_paragraphs(self, context: ParseContext) -> list[str]:
        """The "<strong>Label: </strong>value" paragraphs after the body, in order.

        Themes print the artist line whether or not it was filled in, so a
        label with nothing after it is skipped.
        """
        page, body = context.page, context.body_element
        for selector in self.credit_css:
            # (A paragraph's lines apart: "Tác giả: Ngọc Hân<br>Nguồn tin: …" is not "Ngọc HânNguồn".)
            found = [body_mod.one_line(paragraph) for paragraph in page.css(selector)
                     if paragraph.find("strong") is not None and not _inside(paragraph, body)]
            found = [text for text in found if _LABELLED.match(text)]
            if found:
                return found
        return []

    def home_image(self, page: Page) -> dict | None:
        """The home image shown above the body (`figure.article.center`, or the
        small left-floated `figure.article.left`, which may repeat a body
        picture); NukeViet 3 puts it in the sapo: an `#imghome` box with its
        note, or a picture floated at the head of `#hometext` with an
        `em.imgcaption` under it."""
        box = page.first(self.home_image_css)
        if box is None:
            sapo = page.first(*self.v3_sapo_css)
            first = next(sapo.iter("img"), None) if sapo is not None else None
            box = first if first is not None and body_mod.is_picture(first, page) else None
            # (The picture's own box in the sapo, `div.fl` with its note under it, the picture maybe in a link.)
            holder = next((block for block in box.iterancestors() if block is sapo or block.tag == "div"), None) \
                if box is not None else None
            if _picture_box(holder, sapo):
                box = holder
            if box is None and sapo is not None \
                    and _picture_with_its_note(before := body_mod.previous_element(sapo), page):
                box = before    # NukeViet 2: a table of the picture and its note (`td.imgtext`) over the sapo
        if box is None:
            return None
        image = box if box.tag == "img" else box.find(".//img")
        src = body_mod.image_source(image, page) if image is not None else None
        if src is None or body_mod.is_thumbnail(src) and not _opens_its_full_size(image, page):
            return None     # the list's thumbnail of the picture, not the picture
        return {"src": src, "caption": _home_image_note(box)}


def _opens_its_full_size(image, page: Page) -> bool:
    """A thumbnail in a link to the full-size picture (`a[rel=shadowbox]`) that
    the page shows nowhere else: the article's picture as the page shows it,
    not a list's teaser nor a copy of a picture in the text."""
    link = image.getparent()
    if link is None or link.tag != "a" or not body_mod.links_a_picture(link):
        return False
    full = body_mod.picture_key(page.absolute(link.get("href")) or "")
    return not any(body_mod.picture_key(page.absolute(shown.get("src") or "") or "") == full
                   for shown in page.tree.iter("img") if shown is not image)


def _picture_box(block, sapo) -> bool:
    """A block of the sapo's that holds one picture and its note (a theme's
    `div.fl` floated beside the sapo's words), not the sapo itself nor its
    words' wrapper (the sapo has words outside it)."""
    return block is not None and block is not sapo and block.tag == "div" and len(block.findall(".//img")) == 1 \
        and len(squash(sapo.text_content())) - len(squash(block.text_content())) >= _SAPO_WORDS_OUTSIDE


# The fewest characters of the sapo's own words beside its picture's box.
_SAPO_WORDS_OUTSIDE = 20


def _picture_with_its_note(block, page: Page) -> bool:
    """A block of one picture (not an icon: a date line's clock, a print
    button) and at most a caption's words."""
    pictures = block.findall(".//img") if block is not None and block.tag in ("table", "div") else []
    return len(pictures) == 1 and body_mod.is_picture(pictures[0], page) \
        and len(squash(block.text_content())) <= body_mod.CAPTION_BOX_CHARS


def _in_a_picture_box(text, sapo) -> bool:
    """Whether a text of the sapo is inside its picture's box (the note under the picture)."""
    node = text.getparent()
    if text.is_tail:
        node = node.getparent()
    while node is not None and node is not sapo:
        if _picture_box(node, sapo):
            return True
        node = node.getparent()
    return False


def _home_image_note(box) -> str | None:
    """The home image's caption: its figure's `figcaption`, the note in its
    `#imghome` box, or the `em.imgcaption` right after a bare picture. Never
    its alt text (the writers read none there)."""
    if box.tag == "img":
        following = box.getnext()
        while following is not None and following.tag == "br":
            following = following.getnext()
        note = following if following is not None and "imgcaption" in (following.get("class") or "") else None
    else:
        note = box.find(".//figcaption")
        if note is None and box.tag != "figure":
            note = box
            # ... or the note printed right after the box (`div.imghome` + `p.imgcap`)
            following = box.getnext()
            if not squash(box.text_content()) and following is not None \
                    and _NOTE_NAMES.search(following.get("class") or ""):
                note = following
    if note is None:
        return None
    return squash(note.text_content()) or None


_NOTE_NAMES = re.compile(r"cap|note|chu-?thich", re.I)


def _file_name(url: str) -> str:
    return urlsplit(url).path.rsplit("/", 1)[-1].lower()


def _inside(element, container) -> bool:
    return container is not None and any(parent is container for parent in element.iterancestors())


def _is_feed(page: Page) -> bool:
    return "<rss" in page.html[:500]


def _feed_item_links(page: Page, parser: NukeVietParser) -> list[str]:
    """`<item><link>` of an RSS 2.0 feed (an HTML parser would drop `<link>` text)."""
    # The text is decoded already, so its XML declaration must not re-declare an encoding.
    source = XML_DECLARATION.sub("", page.html, count=1)
    feed = lxml.etree.fromstring(source, parser=lxml.etree.XMLParser(recover=True))
    found: dict[str, str] = {}
    for link in feed.iterfind(".//item/link") if feed is not None else ():
        url = page.absolute(link.text)
        if url and urls.same_site(url, page.url) and parser.is_article_url(url):
            found.setdefault(parser.canonical_url(url), url)
    return list(found.values())


def _has_core_script(html: str) -> bool:
    """NukeViet's JS globals declared in `html`, as `\\bnv_(base_siteurl|siteroot)\\s*=`
    would find them. A pattern that opens with `\\b` is tried at every position
    of the page (a third of a millisecond a page); one that opens with text is
    looked for with a fast string search, and the word boundary is checked
    at each find."""
    return any(found.start() == 0 or not _WORD_CHAR.match(html, found.start() - 1)
               for found in _CORE_SCRIPT.finditer(html))
