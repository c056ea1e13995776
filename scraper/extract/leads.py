"""Finding an article's lead (sapo), shared by every parser.

A lead is found two ways, whatever the platform:
  * an element whose class names a lead, in any vendor's spelling ("sapo",
    "news-sapo", "Sapo_Detail", "PrintSapo", "TomTat", "ArticleSummary",
    "wp-block-post-excerpt", DotNetNuke's "NewsDesc"; a picture's "image-desc" is
    a caption), in the article's own block, that is not
    itself the body nor a teaser in a list of other articles;
  * the body's first paragraph set wholly in bold (Vietnamese news style).
A platform parser reads its own `lead_css` first; these are what every
parser falls back on when its selectors find nothing (vendor skins).
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

import lxml.etree

from ward_scraper.extract import dates
from ward_scraper.extract.body import BLOCK_TAGS, OTHER_ARTICLES_NAME, aligned, headed_as_other_articles, \
    inline_texts, previous_element
from ward_scraper.util.page import class_and_id, text_of, wrapper_above
from ward_scraper.util.text import has_word_chars, key_length_at_least, match_key, squash

_SENTENCE_END = re.compile(r"[.!?…][\"”»)]?$")
# The words a lead's class name is made of. Vendors compose names freely
# (joined, camel-cased, with a prefix); the word stays.
LEAD_WORDS = frozenset(("sapo", "lead", "summary", "tomtat", "mota", "description", "desc", "excerpt",
                        "trichyeu", "trichdan",     # "trích yếu", "trích dẫn": the abstract
                        "hometext"))                # NukeViet's name for it, in any vendor skin
# "image-desc", "PhotoDesc": a picture's description is its caption, not a lead.
_PICTURE_WORDS = frozenset(("img", "image", "images", "photo", "pic", "picture", "anh", "hinh", "video", "thumb"))
_NAME_PIECES = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
# Every ASCII letter and digit of a name belongs to one of its pieces, and the
# pieces are nothing else: run together, the letters and digits of a class
# value hold each piece and each two neighbouring pieces of every name in it.
_NOT_IN_PIECES = re.compile(r"[^A-Za-z0-9]+")
_LEAD_WORD_INSIDE = re.compile("|".join(sorted(LEAD_WORDS)))
# A lead is one paragraph of at least this many words.
MIN_LEAD_WORDS = 8


# The lead's finder asks it of every class value in the article's block, and
# a page repeats a few class values (each paragraph's, each link's): each is
# read once.
@lru_cache(maxsize=512)
def is_lead_name(names: str) -> bool:
    """A class attribute naming a lead ("sapo", "Sapo_Detail", "TomTat"): one of
    its words, or two neighbouring words written together ("Tom" "Tat")."""
    return names_a_lead(names)


def names_a_lead(names: str) -> bool:
    """`is_lead_name` without its cache: for ids, each of a page's its own,
    which would push the repeated class values out of it."""
    # Most class values hold no lead word even run together: no need to split them.
    if not names or not _LEAD_WORD_INSIDE.search(_NOT_IN_PIECES.sub("", names).lower()):
        return False
    for name in names.split():
        words = _name_words(name)
        if not _PICTURE_WORDS.isdisjoint(words):
            continue
        # (A print view's one-letter prefix: "psapo" beside "ptitle", "pdate", "pcontent".)
        if not LEAD_WORDS.isdisjoint(words) or not LEAD_WORDS.isdisjoint(word[1:] for word in words) \
                or not LEAD_WORDS.isdisjoint(a + b for a, b in zip(words, words[1:])):
            return True
    return False


def _name_words(name: str) -> list[str]:
    """The words of one class or id name, lower-cased ("PhotoDesc" -> "photo", "desc")."""
    return [piece.lower() for piece in _NAME_PIECES.findall(name)]


# A slider of featured posts: its items' summaries are teasers, this article's too.
_SLIDER_NAMES = re.compile(r"(?:^|[\s_-])(?:owl-carousel|carousel|slider|slick|swiper|featured-posts)(?:$|[\s_-])", re.I)


def in_a_slider(element) -> bool:
    return any(_SLIDER_NAMES.search(class_and_id(node))
               for node in element.iterancestors() if node.get("class") or node.get("id"))


def lead_text(element, body) -> str | None:
    """The text of a lead-named element, when it reads as this article's lead:
    long enough, not the body itself or a wrapper of it (Drupal names its body
    field "text-with-summary") nor most of it, and not a teaser in a list ("Tin khác")."""
    if body is not None and (element is body or element in body.iterancestors()):
        return None
    if any(ancestor.tag == "li" for ancestor in element.iterancestors()):
        return None
    if any(ancestor.tag == "figure" for ancestor in islice(element.iterancestors(), _FIGURE_LEVELS)):
        return None     # a picture's description (Mobirise's `p.mbr-description` in `figure.mbr-figure`)
    text = squash(text_of(element))
    if len(text.split()) < MIN_LEAD_WORDS:
        return None
    if body is not None and body in element.iterancestors() and _holds_paragraphs(element) \
            and len(text) * 2 > len(squash(text_of(body))):
        return None     # most of the body in paragraphs: the text itself, so named (ColorMag's `div.cm-entry-summary`)
    if body is not None and body in element.iterancestors() and _after_a_paragraph(element, body):
        return None     # a quote box amid the text ("blockquote.trich-dan"): a sapo opens it
    return text


def _running_text(block) -> bool:
    if block.tag != "p" and (block.tag != "div" or block.find(".//p") is None):
        return False
    return block.find(".//img") is None and block.find(".//figure") is None \
        and len(text_of(block).split()) >= _PARAGRAPH_WORDS


# A paragraph of running text holds a sentence or two, more words than a long headline.
_PARAGRAPH_WORDS = 40


def _after_a_paragraph(element, body) -> bool:
    """Whether a paragraph of running text comes before `element` in `body`:
    a `<p>` of many words, or a block of such paragraphs (a field of the text);
    not a long headline, nor a picture's caption."""
    node = element
    while node is not body and node is not None:
        if any(_running_text(sibling) for sibling in node.itersiblings(preceding=True)):
            return True
        node = node.getparent()
    return False


# How far up from a lead-named element a picture's `<figure>` may hold it.
_FIGURE_LEVELS = 3


# A text's paragraphs, at least: a sapo is one (however long, over a notice's two short lines).
_TEXT_PARAGRAPHS = 3


# A subtitle's names: under a headline, its second line, or the sapo.
SUBTITLE_NAMES = re.compile(r"sub-?title|sub-?head|(?:^|[\s_-])(?:tieu-?de-?phu|phu-?de)(?:$|[\s_-])", re.I)
# A headline's second line is a phrase; a subtitle of so many words ending as a sentence is the sapo.
_SUBTITLE_LEAD_WORDS = 20


def subtitle_lead_over(body, description: str | None = None) -> str | None:
    """The sapo set as the headline's subtitle over the text (EasyDNNNews'
    `h2.edn_subTitle`), past the article's picture or its date line: a
    sentence, where a headline's second line so named is a phrase; or, ending
    as a phrase, the words the page's description gives (its CMS fills
    `<meta name="description">` with the sapo field: a Quảng Ninh portal's
    `h2.news-detail-subtitle` over `div.news-detail-date`)."""
    above = previous_element(body) if body is not None else None
    while above is not None and (not squash(text := text_of(above)) and above.find(".//img") is not None
                                 or _only_a_date(squash(text))):
        above = previous_element(above)     # (the article's picture, or the date line, set between them)
    if above is None or not SUBTITLE_NAMES.search(class_and_id(above)):
        return None
    text = squash(text_of(above))
    if len(text.split()) >= _SUBTITLE_LEAD_WORDS and (_SENTENCE_END.search(text) or text == squash(description)):
        return text
    return None


def _holds_paragraphs(element) -> bool:
    return sum(1 for _ in zip(range(_TEXT_PARAGRAPHS), element.iter("p"))) >= _TEXT_PARAGRAPHS


# How far above the body the article's own block may start (body, its
# wrapper, the detail block holding title, sapo and body).
_BLOCK_LEVELS = 3


def named_lead_near(body) -> str | None:
    """A lead-named element in the article's own block: before the body, in
    one of its nearest wrappers (the sapo sits between headline and body),
    or at the body's top."""
    if body is None:
        return None
    block = wrapper_above(body, _BLOCK_LEVELS)
    body_end = _last_descendant(body)
    for element in block.iter():
        # A class, or an ASP.NET control's id ("ctl00_…_lblTomTat"); None on comments.
        names = element.get("class") or element.get("id")
        if names and is_lead_name(names) and not in_other_articles(element, block):
            text = lead_text(element, body)
            if text:
                return text
        if element is body_end:
            break       # after the body: other articles' summaries ("Tin cùng chuyên mục")
    return None


# "Giới thiệu" (introduction): DotNetNuke news modules name their sapo so (`div.cttdt-gioithieu`,
# `span#…_lblGioiThieu`), portals their side box introducing the ward ("GIỚI THIỆU XÃ …").
_INTRODUCTION_NAME = re.compile(r"gioi[-_]?thieu", re.I)
# The sapo is the body's near sibling: both under a block at most this far above the body.
_INTRODUCTION_LEVELS = 2


def introduction_over(body, title: str | None, page) -> str | None:
    """The sapo named as an introduction, between the headline and the body
    in their own block (the ward's introduction is named so too: a menu's
    item, a side box, before the headline or after the text, or far off)."""
    named = page.named(_INTRODUCTION_NAME) if body is not None and title else ()
    if not named:
        return None     # (most pages name nothing so: no walk)
    named = set(named)
    block, title_key, past_headline = wrapper_above(body, _INTRODUCTION_LEVELS), match_key(title), False
    for element in block.iter(lxml.etree.Element):
        if element is body:
            return None
        if not past_headline:
            past_headline = element.tag in _HEADLINE_TAGS and match_key(text_of(element)) == title_key
            continue
        if element in named and not in_other_articles(element, block):
            text = lead_text(element, body)
            if text and not _AN_INTRODUCTION_BOX.match(text):
                return text
    return None


# The headline's elements, and a box's own heading naming it the introduction ("GIỚI THIỆU XÃ …").
_HEADLINE_TAGS = frozenset(("h1", "h2", "h3", "h4", "div", "span", "p", "td"))
_AN_INTRODUCTION_BOX = re.compile(r"giới\s+thiệu\b", re.I)


def in_other_articles(element, block=None) -> bool:
    """Inside a box of other articles ("Tin cùng chuyên mục": `div.other-news`
    > `div.other-summary`, or a box headed "Tin đọc nhiều"), below `block`
    (or anywhere on the page)."""
    for ancestor in element.iterancestors():
        if ancestor is block:
            return False
        if OTHER_ARTICLES_NAME.search(class_and_id(ancestor)) \
                or headed_as_other_articles(ancestor):
            return True
    return False


def _last_descendant(element):
    while len(element):
        element = element[-1]
    return element


def bold_intro(element, title: str | None = None) -> str | None:
    """The sapo of CMSs without a summary field: a first paragraph set in bold.

    Vietnamese news style bolds the lead paragraph, and ward editors keep doing
    so on WordPress and Joomla. The title repeated on top (the MTTQ banner
    style) and separator lines are skipped; capitals, bold labels and bold
    sub-headings (no sentence stop) are not leads.
    """
    if element is None:
        return None
    title_key = match_key(title or "")
    leading = _bold_first_line(element, title_key)
    if leading:
        return leading
    first = True
    blocks = list(_text_blocks(element))
    # (A block that holds the headline's own block starts after it: a saved copy's site line over it is no paragraph.)
    at_title = next((at for at, block in enumerate(blocks[:_TITLE_REACH])
                     if title_key and _the_headline_block(inline_texts(block)[0], title, title_key)), None)
    for paragraph in blocks[at_title + 1 if at_title is not None else 0:]:
        if paragraph.tag in _TITLE_HEADINGS:
            continue
        text, bold = inline_texts(paragraph)
        if paragraph.tag in _SAPO_HEADINGS:
            bold = text     # (a sapo set as a heading: `h4`, bold by the browser's style)
        if not has_word_chars(text) or (title_key and match_key(text) == title_key) or _only_a_date(text) \
                or _mostly_linked(paragraph, text):
            if paragraph.find(".//img") is not None:
                if paragraph.tag != "td":
                    return None     # (a picture over the bold line: its caption)
                first = False       # (a picture's cell: a bold cell after it is its caption; a p may still be the sapo)
            continue    # (a date line printed over the sapo: "06/11/2018"; a breadcrumb: "Trang chủ » Tin tức")
        # (A cell is a sapo's block only as the text's first: a layout table's row, `td > font > b`,
        # over the text's row; a bold cell further down is a table's in the text.)
        if _a_bold_sentence(text, bold) and (paragraph.tag != "td" or first):
            return text
        if paragraph.tag == "p":
            return None     # (the first paragraph, not bold: no sapo; a `div`, a cell or a heading that is none is passed)
        first = False
    return None


def _the_headline_block(text: str, title: str, title_key: str) -> bool:
    """The headline's block, alone or with its date line under a `<br>`
    ("XUÂN PHÚ: TIÊM PHÒNG …" <br> "Đăng ngày: 14/8/2006")."""
    if not text.startswith(title) and key_length_at_least(text) > len(title_key):
        # (Neither reading can hold: a key longer than the title's is not the title's, and the
        # headline with its date line opens with the title. The body's first paragraphs, long,
        # are not folded into keys for nothing.)
        return False
    key = match_key(text)
    return key == title_key or key.startswith(title_key) and text.startswith(title) \
        and _only_a_date(text[len(title):])


# How many blocks down the headline's own block may be (a Web Light copy's logo, clock,
# menu and section name over it: five).
_TITLE_REACH = 6


def _a_bold_sentence(text: str, bold: str) -> bool:
    """Bold all through, a sentence of some length, not a heading in capitals nor
    a speech's salutation ("Kính thưa các đồng chí …!")."""
    return bold == text and len(text.split()) >= MIN_LEAD_WORDS and _capitals_share(text) < 0.5 \
        and _SENTENCE_END.search(text) is not None and not _SALUTATION.match(text)


_SALUTATION = re.compile(r"(?:kính\s+)?(?:thưa|gửi)\b", re.I)


def bold_block_over(body, title: str | None = None) -> str | None:
    """The sapo as a bold block right over the body element, past empty ones
    such as `div.clear`: a NukeViet theme without the hometext block (a bold
    `p` over `div.bodytext`), a DotNetNuke module's `div.gioi-thieu > span > b`
    between the date line and `div.noi-dung`. A block holding its line itself,
    mostly not links (a sapo may link the document it speaks of); a picture in
    it may be a thumbnail beside the sapo, but not in a box named as a picture's
    nor over a line all in italics: that line is the picture's caption. In a
    layout table (a body that is its row's one cell), the block over it is the
    one cell of the row over it (`tr > td > font > b`, a home-made page's)."""
    node = _block_over(_its_row(body)) if body is not None else None
    if node is not None and node.tag == "tr":
        if _under_a_picture_row(node):
            return None     # (the line under a picture's row is its caption)
        node = _one_cell_block(node)
    if node is None or node.tag not in ("p", "div", "td") \
            or any(isinstance(child.tag, str) and child.tag in BLOCK_TAGS for child in node):
        return None
    text, bold = inline_texts(node)
    if node.find(".//img") is not None and (_names_a_picture(node) or _italic_all_through(node, text)
                                             or aligned(node, "center")):
        return None     # (a picture's box over the body, `div.anh-dai-dien`, or centred: its line is the caption)
    if title and match_key(text) == match_key(title) or _mostly_linked(node, text):
        return None
    if _in_italics(node, text) and node.find(".//img") is None and not _over_a_picture(node):
        bold = text     # (a sapo set in italics, as some templates style it: `p.italic` by Tailwind's class)
    return text if _a_bold_sentence(text, bold) else None


def described_block_over(body, description: str | None, title: str | None = None) -> str | None:
    """The sapo as a plain block right over the body (past its date line)
    whose words the page's description gives, whole or cut short ("… trên địa
    bàn phường..."): a React page's `div.sc-htpNat` between the date line and
    the text, its class names generated, no other sign of a sapo."""
    said = squash(description).rstrip(".… ") if description else ""
    if body is None or len(said.split()) < MIN_LEAD_WORDS:
        return None
    node = _block_over(_its_row(body))
    while node is not None and _only_a_date(squash(text_of(node))):
        node = _block_over(node)
    if node is None or node.tag not in ("p", "div") or node.find(".//img") is not None \
            or any(isinstance(child.tag, str) and child.tag in BLOCK_TAGS for child in node):
        return None
    text = squash(text_of(node))
    if title and match_key(text) == match_key(title):
        return None     # (the headline's block, when the description repeats the headline)
    return text if text.startswith(said) and _SENTENCE_END.search(text) and not _mostly_linked(node, text) else None


def _in_italics(element, text: str) -> bool:
    """Italic all through: by `<i>`/`<em>`, its inline style or a class that says so."""
    return _italic_all_through(element, text) or "italic" in (element.get("style") or "") \
        or "italic" in (element.get("class") or "").split()


def _over_a_picture(block) -> bool:
    """Whether the block over `block` shows a picture or a clip: `block` is then its caption."""
    above = block.getprevious()
    while above is not None and (not isinstance(above.tag, str) or not has_word_chars(text_of(above))
                                 and not _shows_a_picture(above)):
        above = above.getprevious()     # (past empty blocks, `div.clear`; a picture has no words)
    return above is not None and _shows_a_picture(above)


_SHOWN_MEDIA = ("img", "picture", "video", "iframe", "embed", "object")


def _shows_a_picture(element) -> bool:
    """A picture or a clip, in any element: an `img`, a video's frame, a picture drawn
    as a background (`style="background-image: …"`, a lazy loader's `data-bg`), a box
    named as a picture's (`div.anh-dai-dien`)."""
    return any(node.tag in _SHOWN_MEDIA or "background" in (node.get("style") or "") or node.get("data-bg")
               for node in element.iter() if isinstance(node.tag, str)) or _names_a_picture(element)


def _its_row(body):
    """The body, or in a layout table, where it is its row's one cell (or that cell's one
    element, the text's `font`), its row."""
    while body.tag not in ("td", "th") and body.getprevious() is None \
            and (cell := body.getparent()) is not None and cell.tag in ("td", "th") and len(cell) == 1:
        body = cell
    row = body.getparent() if body.tag in ("td", "th") else None
    return row if row is not None and row.tag == "tr" and len(row) == 1 else body


def _block_over(element):
    """The block before `element` that shows words, past empty ones (`div.clear`, a spacer row)."""
    node = element.getprevious()
    while node is not None and (not isinstance(node.tag, str) or not has_word_chars(text_of(node))):
        node = node.getprevious()
    return node


def _one_cell_block(row):
    """A layout table's row as a block: its one cell, or that cell's one paragraph (`td > p > font > b`)."""
    if len(row) != 1:
        return row
    cell = row[0]
    return cell[0] if len(cell) == 1 and cell[0].tag == "p" and not (cell.text or "").strip() else cell


def _under_a_picture_row(row) -> bool:
    """Whether the row over `row` (past empty ones) holds a picture: `row` is its caption's."""
    above = row.getprevious()
    while above is not None and (not isinstance(above.tag, str) or not has_word_chars(text_of(above))
                                 and above.find(".//img") is None):
        above = above.getprevious()
    return above is not None and above.find(".//img") is not None


def _names_a_picture(element) -> bool:
    names = class_and_id(element)
    return any(not _PICTURE_WORDS.isdisjoint(_name_words(name)) for name in names.split())


def _italic_all_through(element, text: str) -> bool:
    return len(squash(" ".join(squash(text_of(node)) for node in element.iter("i", "em")))) >= len(text)


def _mostly_linked(paragraph, text: str) -> bool:
    """Most of its words are links: a breadcrumb or a menu row set as a paragraph, no text's."""
    return 2 * sum(len(squash(text_of(link))) for link in paragraph.iter("a")) > len(text)


# Headings a sapo may be set as, in the text (never `h1`-`h3`, the page's and the text's own headings).
_SAPO_HEADINGS = frozenset(("h4", "h5", "h6"))
_TITLE_HEADINGS = ("h1", "h2", "h3")     # (looked at for the headline only)


def first_line_element(block):
    """The one element that makes a block's first line, when a `<br>` ends it
    (`<p><b><font size=4>headline</font></b><br><font size=1>date</font></p>`)."""
    if block.text and block.text.strip():
        return None
    children = [child for child in block if isinstance(child.tag, str)]
    if len(children) < 2 or children[1].tag != "br" or (children[0].tail or "").strip():
        return None
    return children[0]


def _bold_first_line(element, title_key: str) -> str | None:
    """The text element's own first line, before its blocks, when a bold
    sentence makes it (a classic ASP cell: `<td><font><b>Sáng 16/11, …</b></font><br><br>`
    and the text's lines after it)."""
    first = first_line_element(element)
    if first is None or first.tag in BLOCK_TAGS or first.find(".//img") is not None:
        return None     # (a picture and the bold line under it: its caption)
    text, bold = inline_texts(first)
    if first.tag in ("b", "strong"):
        bold = text     # (the line's own element sets it in bold: `<div><strong>…</strong><br>…`)
    if _mostly_linked(first, text):
        return None     # (a document's name linked in bold: the attachment)
    return text if _a_bold_sentence(text, bold) and match_key(text) != title_key else None


def _text_blocks(element):
    """The text's blocks in reading order: its paragraphs, its headings, and the
    `div`s and table cells that hold a line themselves (a SharePoint post's `div > font > b`,
    a classic ASP page's row `td > font > b`), not wrappers."""
    for block in element.iter("p", "div", "td", *_SAPO_HEADINGS, *_TITLE_HEADINGS):
        if block.tag == "div" and (block is element or any(
                isinstance(child.tag, str) and child.tag in BLOCK_TAGS for child in block)):
            continue
        if block.tag == "td" and (block is element or any(
                isinstance(node.tag, str) and node.tag in BLOCK_TAGS for node in block.iterdescendants())):
            continue
        yield block


# A line of digits only: a day, maybe with its time ("06/11/2018", "06/11/2018 - 08:30").
_ONLY_A_DATE = re.compile(r"[\d/.:,|()\s-]{6,40}")


def _only_a_date(text: str) -> bool:
    """A day, or a date line with its label ("Ngày đăng: 07/09/2025", a print view's)."""
    return bool(_ONLY_A_DATE.fullmatch(text.strip())) or len(text) <= _DATE_LINE_CHARS and dates.is_bare_date(text)


_DATE_LINE_CHARS = 80


def _capitals_share(text: str) -> float:
    """The share of capitals among the letters (read letter by letter: only
    for a paragraph that is bold all through)."""
    letters = [ch for ch in text if ch.isalpha()]
    return sum(ch.isupper() for ch in letters) / max(len(letters), 1)
