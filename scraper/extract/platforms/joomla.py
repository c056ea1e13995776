"""F7: Joomla! portals (hoinongdan.hoabinh.gov.vn, <xa>.chomoi.angiang.gov.vn,
hoaminh.danang.gov.vn).

Four generations of com_content are in use, all handled here:
  * Joomla 4/5: `div.com-content-article` > `div[itemprop=articleBody]`;
  * Joomla 3:   `div.item-page` > `div[itemprop=articleBody]`, `dl.article-info`
                (`dd.published time[datetime]`, `dd.hits` "Lượt xem: …",
                `dd.createdby` "Viết bởi Quản trị": the CMS account, never the author),
                `ul.pager.pagenav` ("Tin mới / Tin cũ hơn");
  * Joomla 2.5: the text sits directly in `div.item-page`, next to the info block;
  * Joomla 1.5: `table.contentpaneopen` rows (`td.contentheading`, `td.createdate`);
  * K2, the content component many Vietnamese Joomla portals run instead:
    `div.itemView` > `h2.itemTitle`, `span.itemDateCreated`, `div.itemBody` (its
    picture block with `span.itemImageCaption`, `div.itemIntroText` (the sapo,
    where a `div.itemFullText` follows it), `div.itemFullText`, and
    `div.itemAttachmentsBlock`, whose links name no file type).

URLs are `/index.php/<menu-alias>/<cat-alias>/<id>-<slug>`; the aliases are
often broken ("ca-ng-ta-c-a-ng-oa-n", "tin-t-c-s-ki-n-khac", or a timestamp
"2012-11-27-12-52-23" where the alias came out empty), so only the numeric
id and the path identify an article. The print view
(`?tmpl=component&print=1&layout=default`, stored with `&amp;`) is the same
article. Category blogs paginate with `?start=<n>` (`limitstart` in 1.5).
"""
from __future__ import annotations

import copy
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import lxml.html
from lxml.cssselect import CSSSelector

from ward_scraper.extract import body as body_mod, dates

from ward_scraper.util import urls
from ward_scraper.util.page import Page
from ward_scraper.util.text import squash
from ward_scraper.extract.platforms import register
from ward_scraper.extract.platforms.base import Parser, ParseContext, field
from ward_scraper.extract.leads import bold_intro
from ward_scraper.extract.platforms.generic import drop_seo_spam

# Query parameters of another view of the same article (print, popup, page of
# a page-broken article) or of the listing it was reached from.
_VIEW_PARAMS = frozenset(("tmpl", "print", "layout", "page", "format", "showall", "start", "limitstart",
                          "Itemid", "catid", "lang"))
_LISTING_PARAMS = ("start", "limitstart")
# vi-VN date language strings: "28 Tháng 7 2017", "Thứ sáu, 28 Tháng 7 2017 08:12".
_VI_DATE = re.compile(r"(\d{1,2})\s+Tháng\s+(\d{1,2}),?\s+(\d{4})(?:\s+(\d{1,2}:\d{2}))?", re.I)


@register
class JoomlaParser(Parser):
    name = "joomla"
    family = "F7"
    label = "Joomla!"

    title_css = (".itemView .itemTitle", ".item-page [itemprop=headline]", ".com-content-article [itemprop=headline]",
                 ".item-page .page-header h2", ".item-page > h2", ".item-page h2",
                 ".com-content-article .page-header h1", ".com-content-article h2",
                 "td.contentheading", ".contentheading", ".item-page h1", "h1")
    date_css = ("dd.published", "dd.create", ".article-info .published", "td.createdate", ".createdate",
                ".itemView .itemDateCreated")
    category_css = ("dd.category-name a", "dd.category-name [itemprop=genre]", "dd.category-name")
    noise_css = (
        # com_content's own furniture, inside `div.item-page` on Joomla 2.5 (the page-break
        # plugin's table of contents: `.article-index`, Joomla 1.5's `table.contenttoc`)
        ".page-header", ".item-page > h2", ".item-page > h1", ".icons", "ul.actions", ".buttonheading",
        ".article-info", "td.createdate", "td.modifydate", "ul.pager", ".pagenav", ".pagenavigation",
        ".pagenavcounter", ".article-index", ".contenttoc", ".items_more", ".tags", ".content_rating", ".content_vote",
        # K2's furniture inside its item body: the edit stamp, the picture's credit line, the hits
        # and rating lines of its content footer
        ".itemDateModified", ".itemImageCredits", ".itemContentFooter", ".itemHits", ".itemRatingBlock",
        # extensions: share buttons, related items, JComments
        ".addthis_toolbox", ".addthis_inline_share_toolbox", ".sharethis", ".itp-share", ".relateditems",
        ".related-items", "#jc", ".jcomments-links",
        # module positions and the footer follow the article; they fall inside
        # it only when the page lost its closing tags
        ".moduletable", "#aside", "footer", ".footer",
    )
    listing_css = (".blog .item h2 a, .blog .page-header h2 a, .items-leading h2 a, .items-row h2 a, "
                   ".blog-items h2 a, .com-content-category-blog h2 a, .blog .item-title a, "
                   "table.category td.list-title a, .category-list .list-title a, .com-content-category__table a, "
                   "p.readmore a, .readmore a, td.contentheading a, a.contentpagetitle, .blog_more a, a.readon")
    pager_css = ("div.pagination a, ul.pagination a, .pagination-list a, nav.pagination a, a.pagenav, "
                 ".com-content-category-blog__navigation a, .pagination__wrapper a, link[rel=next]")
    # The id segment "<id>-<alias>" of a SEF URL, or the non-SEF article view.
    article_url_re = re.compile(r"/\d+-[^/?]+(?:\.html)?/?(?:\?|$)|[?&]view=article(?:&|$)")

    # K2's attachments box: its links (`/item/download/45_<hash>`) name no file type; the
    # Attachments extension's list (`ul.attachmentsList`), maybe in a tab after the text.
    attachment_box_css = (".itemAttachmentsBlock", ".attachmentsList")

    layout_css = ("div.item-page", "div.com-content-article", "table.contentpaneopen", "div.itemView",  # articles
                  "div.blog", "div.com-content-category-blog", "table.category", ".category-list")  # listings

    # ---- detection --------------------------------------------------------
    @classmethod
    def detect(cls, page: Page) -> list[str]:
        """The generator meta or Joomla's own asset and component paths decide;
        com_content markup only adds weight."""
        evidence = []
        generator = page.meta("generator") or ""
        if generator.lower().startswith("joomla"):
            evidence.append(f'meta generator "{generator}"')
        assets = [marker for marker in ("/media/jui/", "/media/system/js/", "/media/templates/site/",
                                        "/templates/system/css/", "option=com_content", "/component/mailto/")
                  if marker in page.html]
        if assets:
            evidence.append("Joomla asset or component paths: " + ", ".join(assets))
        if not evidence:
            return []
        markup = [css for css in ("div.item-page", "div.com-content-article", "dl.article-info", "ul.pagenav",
                                  "table.contentpaneopen", "div.blog", "div.com-content-category-blog")
                  if page.css(css)]
        if markup:
            evidence.append("com_content markup: " + ", ".join(markup))
        return evidence

    # ---- URLs -------------------------------------------------------------
    def canonical_url(self, url: str) -> str:
        """The article path (menu, category, `<id>-<alias>`) without print,
        popup or listing parameters; the non-SEF form keeps only its id."""
        url = urls.canonicalize(url)
        parts = urlsplit(url)
        params = parse_qsl(parts.query, keep_blank_values=True)
        query = dict(params)
        if query.get("view") == "article" and query.get("id"):
            article_id = query["id"].split(":", 1)[0]
            kept = [("id", article_id), ("option", query.get("option", "com_content")), ("view", "article")]
        else:
            kept = [(k, v) for k, v in params if k not in _VIEW_PARAMS]
        return urlunsplit(parts._replace(query=urlencode(kept)))

    # ---- listings ---------------------------------------------------------
    def article_links(self, page: Page) -> list[str]:
        """Title and "read more" links of the category blog or list. Joomla 4
        can drop ids from URLs, so the listing markup, not the URL, says
        which links are articles."""
        found: dict[str, str] = {}
        for link in page.links(self.listing_css):
            if not urls.same_site(link, page.url) or "/component/" in link:
                continue
            if any(key in _LISTING_PARAMS for key, _ in parse_qsl(urlsplit(link).query)):
                continue
            found.setdefault(self.canonical_url(link), link)
        return list(found.values())

    # ---- article fields ---------------------------------------------------
    @field
    def published_at(self, context: ParseContext) -> str | None:
        """The printed date, whose vi-VN form "28 Tháng 7 2017 08:12" is
        rewritten as 28/07/2017 08:12; `scraper.dates` adds the time from
        `time[itemprop=datePublished]` (Joomla 3+) when the print has none."""
        page = context.page
        header = [_VI_DATE.sub(_numeric_date, text) for text in self.date_lines(page)]
        return dates.published_at(page, header_texts=header, url=page.url)

    @field
    def title(self, context: ParseContext) -> str | None:
        k2_title = context.page.first(".itemView .itemTitle")
        if k2_title is None:
            return super().title(context)
        # (K2 flags a featured item in its title with a `<sup>`, "Nổi bật" / "Featured": no words of it.)
        title = copy.deepcopy(k2_title)
        for flag in list(title.iter("sup")):
            flag.drop_tree()
        return body_mod.headline_line(title) or super().title(context)

    @field
    def lead(self, context: ParseContext) -> str | None:
        intro = _k2_intro(context.page)
        if intro is not None:
            return squash(intro.text_content()) or None
        return bold_intro(context.working_body, context.value("title"))

    def body_element(self, context: ParseContext):
        page = context.page
        element = page.first(".item-page [itemprop=articleBody]", ".com-content-article__body",
                             ".com-content-article [itemprop=articleBody]", "[itemprop=articleBody]",
                             ".itemView .itemBody")
        return element if element is not None else _legacy_body(page)

    def prepare_body(self, element, context: ParseContext) -> None:
        drop_seo_spam(element, context.page.url)
        _show_script_captions(element)
        if _k2_intro(context.page) is not None:
            for intro in element.find_class("itemIntroText"):
                intro.drop_tree()   # (the lead, read apart)


def _k2_intro(page: Page):
    """K2's intro text, when its full text follows and it is one paragraph with no
    picture: the sapo (an intro of paragraphs and pictures is the text's opening)."""
    if page.first(".itemView .itemFullText") is None:
        return None
    intro = page.first(".itemView .itemIntroText")
    if intro is None or intro.find(".//img") is not None or sum(1 for _ in intro.iter("p", "div")) > 2:
        return None     # (itself and one paragraph at most: an editor's `div`s count as paragraphs)
    return intro


def _numeric_date(match: re.Match) -> str:
    day, month, year, clock = match.groups()
    return f"{int(day):02d}/{int(month):02d}/{year}" + (f" {clock}" if clock else "")


# What caption.js reads (compiled once: `cssselect` translates its CSS on every call).
_CAPTIONED_IMAGES = CSSSelector("img.caption[title]", translator="html")


def _show_script_captions(element) -> None:
    """Joomla's caption.js (`new JCaption('img.caption')`) prints an image's
    `title` under it; the HTML has it only as an attribute. Put it where a
    reader sees it, as a figure caption, so `scraper.body` finds it."""
    for img in _CAPTIONED_IMAGES(element):
        caption = squash(img.get("title"))
        img.set("class", " ".join(c for c in img.get("class", "").split() if c != "caption"))
        if not caption:
            continue
        figure = lxml.html.Element("figure")
        figcaption = lxml.html.Element("figcaption")
        figcaption.text = caption
        img.addprevious(figure)
        figure.tail, img.tail = img.tail, None   # text after the image stays after the figure
        figure.append(img)
        figure.append(figcaption)


def _legacy_body(page: Page):
    """Joomla 1.5 keeps the text in an unnamed cell of `table.contentpaneopen`;
    Joomla 2.5 puts it straight into `div.item-page`, next to the title, info
    block and pager that `noise_css` removes."""
    cells = [cell for cell in page.css("table.contentpaneopen td") if not cell.get("class")]
    # (Not a module's: the "Tin mới" newsflash prints other articles in `table.contentpaneopen` too.)
    cells = [cell for cell in cells if not _in_a_module(cell)] or cells
    if cells:
        best = max(cells, key=lambda cell: len(squash(cell.text_content())))
        table = _table_of_its_text_rows(best, cells)
        return table if table is not None else best
    return page.first("div.item-page", "div.com-content-article")


def _in_a_module(element) -> bool:
    """Inside a module's box (`div.moduletable`, `div.moduletable_menu`), not the component's."""
    return any("moduletable" in (node.get("class") or "") for node in element.iterancestors())


# A cell holding this much of the text is the article's running text, not a picture's row.
_TEXT_ROW_CHARS = 200


def _table_of_its_text_rows(best, cells):
    """The article's table when its text runs over several rows of it (an
    image row and a quote's row set between parts of the text): the named
    rows, the date's, are furniture `noise_css` drops."""
    table = next(best.iterancestors("table"), None)
    text_rows = [cell for cell in cells if next(cell.iterancestors("table"), None) is table
                 and len(squash(cell.text_content())) >= _TEXT_ROW_CHARS]
    return table if len(text_rows) > 1 else None
