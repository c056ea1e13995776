"""The parser contract: one small class per CMS platform, each article field a declared method.

A platform parser knows three things about its platform:
  * listings: which links on a section page are articles, and how the
    section paginates (`article_links`, `next_pages`);
  * URLs: which URLs are articles and how one article's many URLs collapse
    to one canonical URL (`is_article_url`, `canonical_url`);
  * articles: how each field of `ARTICLE_FIELDS` is read. Every field is a
    method named after it and marked `@field`, taking the `ParseContext` of
    the parse under way. The base class's field methods read the CSS selector
    tuples (`title_css`, `lead_css`, `body_css`, `date_css`, `category_css`),
    so most platforms only set selectors and declare a `@field` of their own
    where a field needs more (calling `super()` to post-process the shared
    answer).
What happens inside the body (paragraphs, captions, credit line, noise,
attachments) is the same on every platform and lives in `extract.body`;
a platform only declares its own shapes for it (`noise_css`,
`attachment_box_css`, `auto_caption`) and may fix up the body's working copy
in `prepare_body`.

`parse(page)` extracts every field on its own and returns an `Extraction`:
a field whose method raises is recorded in `errors` and left empty, and the
other fields are still read (a broken date never loses the body).

The page's tree is shared (the spider detects the platform on it and asks
for the canonical URL after the parse): nothing here changes it. The body
is read from one working copy that the base class makes per parse.
"""
from __future__ import annotations

import copy
import itertools
import re
from dataclasses import dataclass
from dataclasses import field as data_field
from typing import Callable, ClassVar
from urllib.parse import urlsplit

import lxml.etree

from ward_scraper.extract import body as body_mod
from ward_scraper.extract import credits
from ward_scraper.extract import dates
from ward_scraper.extract import leads
from ward_scraper.extract.fields import EXTRACTED, names
from ward_scraper.util import urls
from ward_scraper.util.page import Page, class_and_id, text_of, wrapper_above
from ward_scraper.util.text import squash

# The fields a parser extracts from one article page, in the order `parse` gives
# them: those the field registry declares as extracted by a parser.
ARTICLE_FIELDS = names(EXTRACTED)
# One-line texts: white space squashed, and an empty answer is no answer.
_ONE_LINE_FIELDS = frozenset(("title", "lead", "category"))
# What a field holds when it has no value (or its method failed); None otherwise.
_EMPTY = {"body_text": "", "body_html": "", "authors": list, "images": list, "attachments": list}


def empty_value(name: str):
    empty = _EMPTY.get(name)
    return empty() if callable(empty) else empty


def field(method: Callable) -> Callable:
    """Declare `method` as the extraction of the article field it is named after."""
    if method.__name__ not in ARTICLE_FIELDS:
        raise TypeError(f"@field {method.__name__!r} is not an article field ({', '.join(ARTICLE_FIELDS)})")
    method.is_article_field = True
    return method


@dataclass
class Extraction:
    """What one parse gives: every field of `ARTICLE_FIELDS` (empty where it
    failed), for each failed field its error message, and the parser's own
    doubts about fields it did read ({field: [reason]}: a date found only
    away from the article), which the chain turns into a `degraded` verdict."""
    fields: dict
    errors: dict[str, str]
    doubts: dict[str, list[str]] = data_field(default_factory=dict)


class ParseContext:
    """One parse of one page, alive for one `Parser.parse` call.

    Field methods read each other's values through `value` (each field is
    extracted once, its error recorded once), and share costly work through
    `once`: what is remembered belongs to this parse, never to the page or to
    the parser, which the crawler reuses for a whole portal.
    """

    def __init__(self, parser: "Parser", page: Page, given: dict | None = None):
        self.parser = parser
        self.page = page
        self.errors: dict[str, str] = {}
        self.doubts: dict[str, list[str]] = {}
        self._values: dict[str, object] = dict(given or {})    # fields decided elsewhere
        self._reading: set[str] = set()
        self._memo: dict[str, tuple[object, Exception | None]] = {}
        self._body_read = False

    def value(self, name: str):
        """The value of field `name`, extracted on first use. A field whose
        method raises reads as empty, and its error is kept in `errors`."""
        if name not in self._values:
            if name in self._reading:
                raise RuntimeError(f"field {name!r} depends on itself")
            self._reading.add(name)
            try:
                value = getattr(self.parser, name)(self)
                if name in _ONE_LINE_FIELDS:
                    value = squash(value) or None
                self._values[name] = value
            except Exception as exc:  # one field must not take the others down
                self.errors[name] = f"{type(exc).__name__}: {exc}"
                self._values[name] = empty_value(name)
            finally:
                self._reading.discard(name)
        return self._values[name]

    def doubt(self, name: str, reason: str) -> None:
        """Record that field `name` was read, but from where a reader would
        not look first: the answer stands, flagged."""
        self.doubts.setdefault(name, []).append(reason)

    def once(self, key: str, compute: Callable):
        """`compute()` the first time `key` is asked for in this parse, then its
        answer (or the same exception) again."""
        if key not in self._memo:
            try:
                self._memo[key] = (compute(), None)
            except Exception as exc:
                self._memo[key] = (None, exc)
        answer, error = self._memo[key]
        if error is not None:
            raise error
        return answer

    # ---- the body ---------------------------------------------------------
    @property
    def body_element(self):
        """The article's body as located in the page's tree: read it, never change it."""
        return self.once("body element", lambda: self.parser.body_element(self))

    @property
    def working_body(self):
        """This parse's one copy of the body element, after the platform's
        `prepare_body`. The body pass edits it, so only fields read before the
        body pass (the lead) may look at it."""
        if self._body_read:
            raise RuntimeError("the body's working copy was read by the body pass already")
        return self.once("working body", self._working_copy)

    @property
    def body_parts(self) -> tuple[list, list]:
        """The other parts of the article around the body element (before it,
        after it), as the platform finds them: read, never change them."""
        return self.once("body parts", lambda: self.parser.body_parts(self.body_element)
                         if self.body_element is not None else ([], []))

    @property
    def body_end(self):
        """The article's last block in the page's tree: its last part, or the
        body element (the credit a template prints under the text follows it)."""
        after = self.body_parts[1]
        return after[-1] if after else self.body_element

    def _working_copy(self):
        element = self.body_element
        if element is None:
            return None
        working = copy.deepcopy(element)
        before, after = self.body_parts
        for part in reversed(before):
            working.insert(0, _marked_copy(part))
        if before:      # the body's own leading words stay after the parts put before it
            before_last = working[len(before) - 1]
            before_last.tail, working.text = working.text, None
        for part in after:
            working.append(_marked_copy(part))
        self.parser.prepare_body(working, self)
        return working

    @property
    def body(self) -> body_mod.Body:
        """The body pass over the working copy (text, html, images,
        attachments, credit line), run once per parse."""
        return self.once("body", self._read_body)

    def _read_body(self) -> body_mod.Body:
        title, lead = self.value("title"), self.value("lead")   # both may read the working copy first
        working = self.working_body
        self._body_read = True
        return body_mod.read_working_copy(working, page=self.page, title=title, lead=lead,
                                          rules=self.parser.body_rules)


def _without_own_host(reading, url: str):
    """A credit reading without a "source" that is the portal's own address
    ("Nguồn tin: thachlinh.thanhphohatinh.gov.vn"): it names no unit."""
    people, units = reading
    if not units:
        return reading
    host = _bare_host(urlsplit(url).hostname or "")
    return people, [unit for unit in units if not host or _bare_host(unit.strip(" /").lower()) != host]


def _bare_host(host: str) -> str:
    return host.lower().removeprefix("https://").removeprefix("http://").removeprefix("www.")


def _shown_date(element) -> str:
    """A date element's text, or the machine date a `<time>` holds when its
    text shows none ("1 năm trước", WordPress's relative dates). A label for
    screen readers only is no part of it (Twenty Twenty's "Post date", glued
    to the day: "Post dateOctober 7, 2025 3:45 pm")."""
    text = squash(text_of(_without_screen_reader_labels(element)))
    held = element.get("datetime") if element.tag == "time" else None
    return held if held and not dates.parse_datetime_text(text) else text


# Classes that show a text to screen readers only (WordPress's, Bootstrap's).
SCREEN_READER_ONLY = frozenset(("screen-reader-text", "sr-only", "visually-hidden"))


def _without_screen_reader_labels(element):
    """`element`, or a copy of it without the labels shown to screen readers only."""
    if not any(map(_for_screen_readers, _descendants(element))):
        return element
    element = copy.deepcopy(element)
    for label in [node for node in _descendants(element) if _for_screen_readers(node)]:
        label.drop_tree()    # (its tail stays)
    return element


def _descendants(element):
    return (node for node in element.iter(lxml.etree.Element) if node is not element)


def _for_screen_readers(node) -> bool:
    return not SCREEN_READER_ONLY.isdisjoint((node.get("class") or "").split())


def _in_a_teasers_box(element) -> bool:
    """Inside a box of other articles a few levels up (a theme's related post,
    `div.single-related-posts` > `div.below-entry-meta` > … > `time`); a wrapper
    further up so named may hold the article itself."""
    return leads.in_other_articles(element, block=wrapper_above(element, _TEASER_BOX_LEVELS + 1))


_TEASER_BOX_LEVELS = 3


def _in_a_linked_list_item(element, rows: bool = False) -> bool:
    """In a list item that links elsewhere: another article's teaser ("Tin khác": its
    linked title and its day); with `rows`, also in a row of a list's table (a date in
    SharePoint's `table.ms-listviewtable` of "Tin đã đưa", a `td.ms-vb2` each: not a
    credit, whose row of a layout table may hold a "Quay lại" link). Not an item whose
    only links are the date itself, a theme's post meta (Twenty Twenty's `li.post-date > a`,
    the permalink on the day); nor a layout table's long row, which holds the article."""
    tags = ("li", "tr") if rows else ("li",)
    item = next((node for node in (element, *element.iterancestors()) if node.tag in tags), None)
    if item is None or item.tag == "tr" and not _a_row_of_teasers(item):
        return False
    return any(not _a_linked_date(link) for link in item.iterfind(".//a[@href]"))


def _a_row_of_teasers(row) -> bool:
    """A short row among others that each link somewhere: a list's table of other
    articles (a layout table's row holds far more; a list form's "Created at … by
    <account>" row is one of a kind)."""
    table = next((node for node in row.iterancestors() if node.tag == "table"), None)
    return len(text_of(row)) <= _TEASER_ROW_CHARS and table is not None and sum(
        1 for other in table.iter("tr") if other.find(".//a[@href]") is not None) >= _TEASER_ROWS


# A teaser's row: a linked title and its day; a list of them holds a few.
_TEASER_ROW_CHARS, _TEASER_ROWS = 300, 3


def _a_linked_date(link) -> bool:
    return dates.is_bare_date(text_of(link))


# A credit printed after the body is one of its next few siblings, set apart
# by a label ("Tác giả: …"), right alignment or an author-named class.
_CREDIT_SIBLINGS = 2
_FIELD_WRAPPERS = 2
_FIELD_LABEL_WORDS = 4
_AUTHOR_NAMES = re.compile(r"author|byline|tacgia|tac-gia|butdanh", re.I)
_RIGHT_ALIGNED = re.compile(r"text-align\s*:\s*right", re.I)


def _is_a_field(element) -> bool:
    """A `div` of a CMS's field markup (Drupal's `field`, `field-items`, `field-item`)."""
    return element.tag == "div" and "field" in (element.get("class") or "")


def holds_only(wrapper, inner) -> bool:
    """Whether `inner` is the one element `wrapper` holds."""
    return all(child is inner for child in wrapper if isinstance(child.tag, str))


def _marked_copy(part):
    """A copy of a part of the article beside the body element, marked so
    that the platform's noise selectors leave it (Joomla's `.moduletable`)."""
    part = copy.deepcopy(part)
    part.set(body_mod.CONTINUED_PART, "")
    return part


def _not_among(images: list[dict], shown: list[dict]) -> list[dict]:
    """Those of `images` that are none of the `shown` pictures in another size (`body.picture_key`).
    (The shown pictures' keys are made only where there are images to tell: most pages have none.)"""
    if not images:
        return []
    keys = {body_mod.picture_key(image["src"]) for image in shown}
    return [image for image in images if body_mod.picture_key(image["src"]) not in keys]


def _image_before_the_lead(body, page) -> dict | None:
    """The article's picture printed over its sapo, the sapo's box right over
    the body (EasyDNNNews: `div.edn_mediaContainer`, `div.edn_articleSummary`,
    `div.edn_articleContent`)."""
    lead = body_mod.previous_element(body) if body is not None else None
    if lead is None or not leads.is_lead_name(lead.get("class") or "") or next(lead.iter("img"), None) is not None:
        return None
    # (A box named for a picture: not a print button's, a QR code's or a "listen" button's box there.)
    box = body_mod.previous_element(lead)
    if box is None or not _PICTURE_BOX_NAMES.search(class_and_id(box)):
        return None
    picture = body_mod.image_before(lead, page)
    # (Not a thumbnail of the text's picture, `…/thumb/hoi-nghi.jpg` over the text opening with `hoi-nghi.jpg`.)
    return picture if picture is not None and not body_mod.is_thumbnail(picture["src"]) else None


_PICTURE_BOX_NAMES = re.compile(r"media|image|img|photo|picture|avatar|(?:^|[-_\s])(?:anh|hinh)", re.I)


def credit_after_body(body) -> str | None:
    """The credit line a template prints right after the body element, outside
    it (Liferay skins: `<p class="the-article-author">Tác giả: Minh Thư</p>`).
    A credit printed one line per element ("Tác giả bài viết: …" then
    "Nguồn tin: …", two right-aligned paragraphs) is read whole."""
    sibling = body_mod.next_element(body.getnext() if body is not None else None)
    if sibling is None and body is not None and body.tag in ("td", "th") and body.getparent() is not None:
        # A table layout's body cell, its row's last: the credit is the next row (`<td align="right">`).
        sibling = body_mod.next_element(body.getparent().getnext())
    # A body alone in its wrappers or last in its field's (Drupal's `div.field-item` in
    # `div.field-items` in `div.field`): the credit is the block after them ("Cơ quan trả lời: …"
    # under an answer). (Not after a column the body only ends: its next block is the page's.)
    wrapper = body
    for _ in range(_FIELD_WRAPPERS if sibling is None and body is not None and body.tag == "div" else 0):
        inner, wrapper = wrapper, wrapper.getparent()
        if wrapper is None or wrapper.tag != "div" or not (_is_a_field(inner) or holds_only(wrapper, inner)):
            break
        sibling = body_mod.next_element(wrapper.getnext())
        if sibling is not None:
            break
    for _ in range(_CREDIT_SIBLINGS):
        if sibling is None:
            return None
        lines = _credit_lines(sibling)
        if lines:
            following = body_mod.next_element(sibling.getnext())
            while following is not None and len(lines) < _CREDIT_LINES and (more := _credit_lines(following)):
                lines += more
                following = body_mod.next_element(following.getnext())
            return "\n".join(lines)
        sibling = body_mod.next_element(sibling.getnext())
    return None


# How far up from the body the article's own header and footer are looked for.
_ARTICLE_LEVELS = 3
# (Also a source's field, Drupal's `field--name-field-nguon`: "Nguồn | Phòng Kinh tế, Hạ tầng và Đô thị".)
_AUTHOR_NAME_WORDS = ("author", "byline", "tacgia", "tac-gia", "field-nguon")
_AUTHOR_NAMED = lxml.etree.XPath(
    ".//*[contains(translate(concat(@class, ' ', @id), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'),"
    " 'author') or contains(@class, 'byline') or contains(@class, 'tacgia') or contains(@class, 'tac-gia')"
    " or contains(@class, 'field-nguon') or contains(@id, 'TacGia') or contains(@id, 'tacgia')]")


def named_credit(body, page) -> str | None:
    """A credit printed in the article's header or footer in an element named
    for it (`span.detail__author`, `p.tacgia`, `div.byline`), or the markup's
    author where the page shows that name on a short line of the article
    ("Ksor Thu · 17/12/2025"). Looked for from the body up, nearest first;
    never in a comment or a related-news box."""
    if body is None:
        return None
    regions = [body]
    for node in body.iterancestors():
        if node.tag in ("body", "html") or len(regions) > _ARTICLE_LEVELS:
            break
        regions.append(node)
    # (Most pages name no element so: the page's names say it before any walk.)
    named = page.once("author names", lambda: _names_an_author(page))
    for region in regions if named else ():
        if (line := named_credit_in(region)) is not None:
            return line
    for region in regions[:3]:
        if (segment := _labelled_writer(region)) is not None:
            return segment
    names = [name for name in _markup_authors(page) if credits.is_person(name)]
    for region in regions[:2] if names else ():
        # (Only an element whose own words hold the name has its whole text read.)
        for element in region.iter():
            name = next((name for name in names if name in (element.text or "")), None)
            if name and isinstance(element.tag, str) and len(text_of(element).split()) <= _SHORT_LINE_WORDS \
                    and not body_mod.in_a_widget(element):
                return name
    return None


def named_credit_in(region) -> str | None:
    """The first credit of `region` printed in an element named for it."""
    for element in _AUTHOR_NAMED(region):
        line = _label_and_value(element)
        # (A bar holding the author, the time and the tools: its author's own element is read instead.)
        if line and len(line.split()) <= _words_of_a_credit_line(line) and not _CLOCK_OR_DAY.search(line) \
                and credits.looks_like_credit(line) \
                and not body_mod.in_a_widget(element) and not _in_a_linked_list_item(element):
            return line
    return None


def _names_an_author(page: Page) -> bool:
    """Whether a class word or an id of the page holds one of
    `_AUTHOR_NAME_WORDS` in any case: every element `_AUTHOR_NAMED` can find
    has one, as a word holds no space. (The page's names joined are a tenth
    of its source, which four byte searches read whole.)"""
    classes, ids = page.names
    joined = " ".join((*classes, *ids)).lower()
    return any(word in joined for word in _AUTHOR_NAME_WORDS)


def _label_and_value(element) -> str:
    """An element's text as one line; a label's block and its value's block
    side by side (Drupal's `field__label` "Tác giả" then `field__item`, with
    nothing between them) read as "Tác giả: Thanh Trúc", not glued."""
    parts = [child for child in element if isinstance(child.tag, str)]
    if len(parts) == 2 and not (element.text or "").strip() and all(part.tag in body_mod.BLOCK_TAGS for part in parts):
        label, value = (squash(text_of(part)) for part in parts)
        if credits.is_empty_credit(label.rstrip(":") + ":") and value:
            return f"{label.rstrip(':')}: {value}"
    return squash(text_of(element))


# A writer's label on the article's meta line, between its other parts
# ("Thứ hai, 09/04/2018 | Người viết: Phạm Thu Trang", "… Author: Huynh Kim Ngan  Views: 241"),
# and Joomla's "Viết bởi" (its colon optional), which names a person or the posting account.
_WRITER_LABELS = ("tác giả", "người viết", "author", "written by", "viết bởi")
_WRITER_SEGMENT = re.compile(r"(?:^|(?<=[\s|·•]))((?:tác giả|người viết|author|written by)\s*:\s*[^|·•:\d]+?|"
                             r"viết bởi\s*:?\s*[^|·•:\d]+?)\s*(?=[|·•]|$)", re.I)
_BY_LABEL = re.compile(r"^viết bởi\s*:?\s*", re.I)
_PART_GAP = re.compile(r"\s*\xa0[\s\xa0]*|\s{3,}")


def _labelled_writer(region) -> str | None:
    """The "Người viết: …" part of a short meta line of the region, when it
    names a person or a unit."""
    whole = text_of(region).lower()     # (most regions hold no such label: one read in C says so)
    if not any(label in whole for label in _WRITER_LABELS):
        return None
    for element in region.iter():
        if not isinstance(element.tag, str):
            continue
        # (Its label may be its first child's: `<li><span class="lbl">Tác giả:</span> Siu H'Blưn</li>`.)
        first = (element[0].text or "") if len(element) and not (element.text or "").strip() else ""
        own = " ".join([element.text or "", first] + [child.tail or "" for child in element]).lower()
        # (The label first: a walk of the element's ancestors for a widget's name costs more.)
        if not any(label in own for label in _WRITER_LABELS) or body_mod.in_a_widget(element):
            continue
        line = text_of(element)
        if len(line.split()) > 3 * _SHORT_LINE_WORDS:
            continue
        for match in _WRITER_SEGMENT.finditer(squash(_PART_GAP.sub(" | ", line))):
            segment = squash(match.group(1))
            if (by := _BY_LABEL.match(segment)) is not None:
                # (Joomla's "Viết bởi" names the posting account as often: only a person's name counts.)
                value = segment[by.end():]
                if credits.is_person(value) and not credits.is_posting_account(value):
                    return value    # (behind its label the credit would read as a posting account's)
                continue
            value = squash(segment.split(":", 1)[1])
            if value and (credits.is_person(value) or credits.is_unit(value)):
                return segment
    return None


_CLOCK_OR_DAY = re.compile(r"\d{1,2}\s*[:/h]\s*\d{2}")
# A byline or a meta line is short; a name in a longer text is a mention.
_SHORT_LINE_WORDS = 12
# A labelled credit may name a long unit: "Tác giả: Hồng Nhung (Trung tâm Truyền thông và Văn hóa thành phố)".
_LABELLED_LINE_WORDS = 20


def _words_of_a_credit_line(line: str) -> int:
    return _LABELLED_LINE_WORDS if credits.credit_label(line) else _SHORT_LINE_WORDS


def _markup_authors(page) -> list[str]:
    """The names of the people the page's JSON-LD says wrote it."""
    names = []
    for item in page.json_ld:
        authors = item.get("author")
        for author in authors if isinstance(authors, list) else [authors]:
            if isinstance(author, dict) and author.get("@type") in (None, "Person"):
                author = author.get("name")
            if isinstance(author, str) and squash(author):
                names.append(squash(author))
    return names


# A credit set apart holds at most a few lines (writer, photographer, source).
_CREDIT_LINES = 3


def _credit_lines(element) -> list[str]:
    """An element's lines when every one is a credit set apart (labelled,
    right-aligned or in an author-named element), else []."""
    right = any(_is_right_aligned(node) for node in element.iter() if isinstance(node.tag, str))
    named = bool(_AUTHOR_NAMES.search(class_and_id(element)))
    # A credit box may hold one line per credit ("Tác giả: …", "Nguồn: …"): read apart, kept apart;
    # a label left empty (NukeViet's "Tác giả bài viết:" with no name) is no line of it.
    lines = [line for line in _lines_of(element) if not credits.is_empty_credit(line)]
    if lines and all((credits.credit_label(line) or right or named)
                     and credits.looks_like_credit(line, aligned_right=right) for line in lines):
        return lines
    # A print view's foot opens with the labelled credit lines, then the article's address and the
    # copyright (NukeViet 3: "Tác giả bài viết: …", "Nguồn tin: …", "URL của bài viết này: …", "© …").
    labelled = list(itertools.takewhile(
        lambda line: credits.credit_label(line) and credits.looks_like_credit(line, aligned_right=right), lines))
    return labelled if labelled and all(map(body_mod.is_site_foot_line, lines[len(labelled):])) else []


_RIGHT_CLASS = re.compile(r"(?:^|\s)(?:text-right|pull-right|align-right|right)(?:$|\s)", re.I)


def _is_right_aligned(element) -> bool:
    """Set right by style, by the old `align`, or by a theme's class (`p.text-right`)."""
    return bool(_RIGHT_ALIGNED.search(element.get("style") or "")) or element.get("align") == "right" \
        or bool(_RIGHT_CLASS.search(element.get("class") or ""))


def _lines_of(element) -> list[str]:
    """An element's lines: one per block child when it has block children."""
    blocks = [child for child in element if isinstance(child.tag, str) and child.tag in body_mod.BLOCK_TAGS]
    if not blocks:
        return body_mod.lines_between_breaks(element)
    lines = [line for child in blocks if (line := body_mod.one_line(child))]
    # A label in a block of its own, its value in the next (Drupal's `div.field-label` then
    # `div.field-items`), is one line.
    if len(lines) == 2 and lines[0].endswith(":") and len(lines[0].split()) <= _FIELD_LABEL_WORDS \
            and not credits.credit_label(lines[1]):
        return [f"{lines[0]} {lines[1]}"]
    return lines


def in_linked_list(element) -> bool:
    """Inside a link, or a list item holding a link: another article's title or day."""
    for node in (element, *element.iterancestors()):
        if node.tag == "a":
            return True
        if node.tag == "li":
            return node.find(".//a[@href]") is not None
    return False


# A template that prints a missing field as the literal "null " before the headline (Đồng Tháp's Liferay).
_NULL_PREFIX = re.compile(r"^null\s+(?=[^\W\d_])")


def without_null_prefix(title: str | None) -> str | None:
    """The headline without a template's "null " for an empty field before it."""
    return _NULL_PREFIX.sub("", title) if title else title


def heading_text(page: Page, selectors, root=None) -> str | None:
    """The text of the first non-empty match, as one line: a headline set on
    two lines (`<span>Phường Kinh Bắc:</span><br/><span>Liên hoan ...`) keeps
    the space between them that `text_content()` loses."""
    for selector in selectors:
        for element in page.css(selector, root=root):
            if selector.isalnum() and _wholly_a_link_elsewhere(element, page):
                continue
            if text := body_mod.headline_line(element):
                return text
    return None


def _wholly_a_link_elsewhere(element, page: Page) -> bool:
    """A heading that is one link to another page and nothing else: a featured
    story's `h1` in a box above or beside the article. (Asked of a bare tag,
    the selectors' last resort: a platform's own headline selector is trusted.)"""
    link = wholly_one_link(element)
    target = page.absolute(link.get("href")) if link is not None else None
    return bool(target) and not urls.same_page(target, page.url)


def wholly_one_link(element):
    """The one link an element's text is all made of (a teaser's `h2 > a`), or None."""
    links = element.findall(".//a[@href]")
    return links[0] if len(links) == 1 and squash(text_of(links[0])) == squash(text_of(element)) else None


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
    # The platform's shapes the shared body code consults (see `body.BodyRules`):
    # containers removed before the body is read (share bars, related news ...),
    noise_css: ClassVar[tuple[str, ...]] = ()
    # boxes of the article's documents, inside the body or printed after it,
    attachment_box_css: ClassVar[tuple[str, ...]] = ()
    # and the caption line the CMS writes under every image by itself.
    auto_caption: ClassVar[re.Pattern | None] = None
    # Where a listing page keeps its article links and its pager.
    listing_css: ClassVar[str] = "a[href]"
    pager_css: ClassVar[str] = ""
    # Article URL shapes of this platform (matched against path + query).
    article_url_re: ClassVar[re.Pattern | None] = None
    # The platform's own layout: its article containers and its listing
    # containers. Detection names the platform only when one of them is on the
    # page; the generator meta or a view counter alone is evidence, not a
    # layout (older vendor skins of a CMS keep its generator but not its markup).
    layout_css: ClassVar[tuple[str, ...]] = ()
    # Whether the platform's `<title>` names the article: Liferay's names the
    # page of the portal the article is shown on ("<page> - <site>"), a section.
    title_tag_names_the_article: ClassVar[bool] = True

    def __init_subclass__(cls, **kwargs):
        """Hold platforms to the contract: fields are declared, and `parse` is the base's."""
        super().__init_subclass__(**kwargs)
        if "parse" in cls.__dict__:
            raise TypeError(f"{cls.__name__} overrides parse(): declare @field methods or prepare_body instead")
        for name in ARTICLE_FIELDS:
            method = cls.__dict__.get(name)
            if method is not None and not getattr(method, "is_article_field", False):
                raise TypeError(f"{cls.__name__}.{name} reads an article field: mark it @field")

    # ---- detection --------------------------------------------------------
    @classmethod
    def detect(cls, page: Page) -> list[str]:
        """Evidence that `page` was made by this platform (empty: not ours)."""
        return []

    @classmethod
    def layout(cls, page: Page) -> str | None:
        """The first of the platform's own containers found on `page` (its
        selector), or None: the page is in a layout this parser does not know."""
        return page.once(("layout", cls), lambda: page.first_selecting(cls.layout_css))

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

    # ---- articles ---------------------------------------------------------
    def parse(self, page: Page, given: dict | None = None) -> Extraction:
        """Every field of `ARTICLE_FIELDS`, each extracted on its own, but those
        `given` (decided by another extractor: the body is then read with them)."""
        context = ParseContext(self, page, given)
        fields = {name: context.value(name) for name in ARTICLE_FIELDS}
        return Extraction(fields=fields, errors=context.errors, doubts=context.doubts)

    def is_removed(self, page: Page) -> bool:
        """The platform's 'article removed' page, served with a 200."""
        return False

    @property
    def body_rules(self) -> body_mod.BodyRules:
        return body_mod.BodyRules(noise_css=self.noise_css, attachment_box_css=self.attachment_box_css,
                                  auto_caption=self.auto_caption)

    # -- hooks of the body
    def body_element(self, context: ParseContext):
        """The article's body element in the page's tree (read, never changed)."""
        return context.page.first(*self.body_css)

    def body_parts(self, element) -> tuple[list, list]:
        """The other parts of an article split around the body element
        (before it, after it): `body.continued_parts`, else the paragraphs a
        stray closer pushed out of it (`body.spilled_paragraphs`), else the
        other half of a text parted by a row of pictures (`body.text_parted_by_pictures`)."""
        before, after = body_mod.continued_parts(element)
        if before or after:
            return before, after
        spilled = body_mod.spilled_paragraphs(element)
        return ([], spilled) if spilled else body_mod.text_parted_by_pictures(element)

    def prepare_body(self, element, context: ParseContext) -> None:
        """Fix up this parse's working copy of the body before it is read
        (platform markup the shared body code cannot know). Edit `element`
        only: it is the copy, never the page."""

    # -- the fields
    @field
    def title(self, context: ParseContext) -> str | None:
        return heading_text(context.page, self.title_css)

    @field
    def published_at(self, context: ParseContext) -> str | None:
        """ISO date or datetime (+07:00) from the header, markup or URL."""
        page = context.page
        return dates.published_at(page, header_texts=self.date_lines(page), url=page.url)

    def date_lines(self, page: Page, root=None) -> list[str]:
        """The texts of the platform's date lines (`date_css`, each selector's
        first, under `root` if given), leaving out the lists of other articles a
        selector may also match: "Tin khác" items print a linked title and its
        day in one `li`, a theme's related posts each in a box of their own
        (`div.related-posts-wrapper` > `div.single-related-posts`, with the theme's
        own `time.entry-date`)."""
        lines = []
        for css in self.date_css:
            found = next((text for element in page.css(css, root=root)
                          if not _in_a_linked_list_item(element, rows=True) and not _in_a_teasers_box(element)
                          if (text := _shown_date(element))), None)
            if found:
                lines.append(found)
        return lines

    @field
    def lead(self, context: ParseContext) -> str | None:
        """The platform's lead selectors; on a vendor skin they find nothing,
        and the lead is what it is on any page (`extract.leads`)."""
        found = self._own_lead(context.page) if self.lead_css else None
        body, title = context.body_element, context.value("title")
        return found or leads.named_lead_near(body) or leads.introduction_over(body, title, context.page) \
            or leads.bold_intro(context.working_body, title)

    def _own_lead(self, page: Page) -> str | None:
        """The first lead the selectors find that is not a featured slider's
        teaser (a theme's slider prints each post's summary, this one's too)
        nor another article's in a box of them ("Tin cùng chuyên mục")."""
        for css in self.lead_css:
            found = page.css(css)
            for element in found:
                text = squash(text_of(element))
                # (One element so named is the article's: the teasers of a box print one each.)
                if text and not (leads.in_a_slider(element)
                                 or len(found) > 1 and leads.in_other_articles(element)):
                    return text
        return None

    @field
    def category(self, context: ParseContext) -> str | None:
        return context.page.text(*self.category_css) if self.category_css else None

    @field
    def body_text(self, context: ParseContext) -> str:
        return context.body.text

    @field
    def body_html(self, context: ParseContext) -> str:
        return context.body.html

    @field
    def images(self, context: ParseContext) -> list[dict]:
        """The body's images, after the picture printed right before the body
        (or an image field's over it) and before those of an image field
        printed after it (Drupal's "Hình ảnh" field)."""
        found = context.body.images
        fields_before, fields_after = body_mod.image_fields(context.body_element, context.page)
        body = context.body_element
        picture = body_mod.image_before(body, context.page) or _image_before_the_lead(body, context.page) \
            or body_mod.featured_image(body, context.page)
        before = [picture] if picture else fields_before
        # (Nor a size of a body picture: WordPress's "ra-mat-1080x675.jpg" over the text's "ra-mat.jpg".)
        found = _not_among(before, found) + found
        seen = {image["src"] for image in found}
        # (A gallery's thumbnail of a body picture is that picture: a theme's `-150x150` copies of the text's.)
        after = fields_after or _not_among(body_mod.gallery_after(context.body_end, context.page), found)
        return found + [image for image in after if image["src"] not in seen]

    @field
    def attachments(self, context: ParseContext) -> list[dict]:
        """The body's documents, then those of a labelled box of attached files
        beside the body ("Tập tin đính kèm"), whatever the skin calls it, and of
        a box right after it that holds nothing but document links."""
        found = context.body.attachments
        for box in [*body_mod.labelled_attachment_boxes(context.body_element, context.page),
                    *body_mod.document_boxes_after(context.body_element, context.page)]:
            found = body_mod.documents_in(box, context.page, found)
        return found

    @field
    def credit_line(self, context: ParseContext) -> str | None:
        return context.body.credit_line or credit_after_body(context.body_end) \
            or named_credit(context.body_element, context.page)

    @field
    def authors(self, context: ParseContext) -> list[str]:
        return credits.authors_and_unit(self._credit_reading(context))[0]

    @field
    def source_unit(self, context: ParseContext) -> str | None:
        return credits.authors_and_unit(self._credit_reading(context))[1]

    @field
    def credits(self, context: ParseContext) -> list[dict]:
        return credits.roles_of(self._credit_reading(context))

    def _credit_reading(self, context: ParseContext):
        """The people and units of the credit line, whichever platform wrote
        it, read once for the authors, the source unit and the roles."""
        return context.once("credit reading", lambda: _without_own_host(
            credits.read_credit(context.value("credit_line")), context.page.url))
