"""Plausibility checks: is what an extractor gave really this page's article?

A parser written for one layout reads nonsense from another without an
error: the site's name or "Trang chủ" as the title, an empty body or a
sidebar's three lines, the header's "today" as the publish date. Each check
here compares one field of an extraction with what the page itself shows,
and answers with reasons (empty: plausible). `extract.chain` uses them to
decide whether to ask the next extractor, and stores them with the article.

What the checks compare with is read from the page once (`PageFacts`): its
header, menus and `<title>`, found by class name without walking the tree in
Python, and a paragraph-count estimate of its main text. It is cheap next to
a parse, so every extraction is checked.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import cached_property, lru_cache
from itertools import islice
from datetime import date, datetime

import lxml.etree

from ward_scraper.extract import body as body_mod
from ward_scraper.extract import dates
from ward_scraper.extract.body import STATE_MOTTO, one_line
from ward_scraper.extract.platforms.generic import (ARTICLE_HEADER_NAME, CREATED_LABEL, MENU_NAME_WORDS,
                                                     NOT_POSTED_LABEL, TITLE_NAMES, TITLE_SEPARATORS, UPDATED_LABEL,
                                                     above_navigation, in_chrome, is_menu, is_place_name, is_portal_name,
                                                     is_generic_title, is_section_path, is_sentence,
                                                     label_score, link_chars, links_to_the_page, looks_like_site_name,
                                                     one_clock_one_day, own_words_in, page_og_title, site_host_word,
                                                     title_from_title_tag, title_parts, title_site_names,
                                                     under_a_linked_heading, visible_chars)
from ward_scraper.extract.units import OFFICE_KEY, UNIT_NAME_KEY, UPPER_LEVEL_KEY, WARD_LEVEL_KEY
from ward_scraper.util import urls
from ward_scraper.util.page import Page, class_and_id, text_of
from ward_scraper.util.text import fold, has_digit, has_letters, match_key, positions, squash, where_it_opens

# The whole title is an administrative unit's name ("UBND phường Tân Thành",
# "UBND PHƯỜNG THANH MINH - THỊ XÃ PHÚ THỌ": names have one to three syllables)
# or a portal's ("Cổng thông tin điện tử phường ..."). Compared folded.
_UNIT_NAME = re.compile(rf"^(?:{OFFICE_KEY})?\s*{WARD_LEVEL_KEY}(?:\s[a-z0-9]+){{1,3}}"
                        rf"(?:\s{UPPER_LEVEL_KEY}(?:\s[a-z0-9]+){{1,3}})?$")
# The slogan a portal's banner greets an anniversary with ("Nhiệt liệt chào mừng
# kỷ niệm 81 năm Ngày truyền thống…"); a news title says what happened first
# (none of the 901 gold and tuning titles opens so). Compared by match key.
_SLOGAN = re.compile(r"^(?:nhiet liet )?chao mung\b")
# A site's name, a unit's or a portal's, is a few words; an article's title more.
_SITE_NAME_WORDS = 8
# Class and id names of the page header, where portals print today's date and
# the site's name (whole names only: `entry-header` is the article's own).
# (Not "top": Joomla's Protostar names the wrapper of the whole page `#top`.)
_HEADER_NAMES = frozenset(("header", "site-header", "topbar", "top-bar", "header-top", "top-header", "banner",
                           "header-banner", "logo", "masthead", "site-branding", "ngayhientai", "today", "clock",
                           "date-now", "current-date"))
# A page header holding an h1 and no more text than this is the site's banner, not an article's wrapper.
_HEADER_WITH_H1_CHARS = 200
_YEAR = where_it_opens(re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)"))
_INLINE = frozenset(("a", "span", "b", "strong", "i", "em", "font", "time", "small", "u", "sup", "sub", "br",
                     "label", "abbr", "img"))
# A paragraph: shorter <p>s are labels, bylines and captions.
_PARAGRAPH_CHARS = 25
# A body shorter than this share of the page's main text is a fragment of it.
MIN_BODY_SHARE = 0.4
# Below this many characters, the page's "main text" is too small to compare with.
MIN_MAIN_TEXT = 400
LONGEST_TITLE = 400
# A page's own name reads as a headline from this many words; a title that shares fewer than
# this share of the shorter one's words with it says something else.
_REFERENCE_WORDS, _AGREEING_SHARE = 6, 0.3
# News titles say what happened: none of the 194 hand-checked titles of the
# gold set and the blind tuning pages has fewer than six words.
SHORTEST_TITLE_WORDS = 5


class PageFacts:
    """What the checks compare an extraction with, read from the page once;
    what only a rare check needs is read when it first asks."""

    def __init__(self, page: Page, today: date | None = None):
        self.page = page
        self.today = today or page.served_on or datetime.now(dates.ICT).date()
        self.site_names: set[str] = set()       # match keys
        self.header_days: set[str] = set()      # ISO days printed in the page header
        self.title_tag_key = ""                  # match key of the whole `<title>`

    @cached_property
    def section_names(self) -> set[str]:
        """Match keys of the menu and breadcrumb links (asked only of a title
        short enough to be a section's name: most titles are longer)."""
        found = set()
        for link in _menu_links(self.page):
            text = squash(text_of(link))
            if text and len(text.split()) <= MENU_NAME_WORDS:
                found.add(match_key(text))
        found.update(urls.section_steps(self.page.url, self.page.iter_links()))
        found.discard("")
        return found

    @cached_property
    def headline_references(self) -> list[str]:
        """What the page calls itself, when it reads as an article's headline:
        `<title>` without the site's name, and og:title; not a site's, a
        portal's or a section's name (asked of every title: most pages have one)."""
        host_word = site_host_word(self.page.url)

        def names_the_site(part: str) -> bool:
            key = match_key(part)
            return (key in self.site_names or is_portal_name(key) or key in self.section_names
                    or bool(UNIT_NAME_KEY.match(key))
                    or len(key.split()) <= _SITE_NAME_WORDS and looks_like_site_name(part, host_word))
        found = []
        for reference in (title_from_title_tag(self.page), page_og_title(self.page)):
            own_words = sum(len(match_key(part).split()) for part in TITLE_SEPARATORS.split(reference or "")
                            if not names_the_site(part))
            if own_words >= _REFERENCE_WORDS and reference not in found:
                found.append(reference)
        return found

    @cached_property
    def main_text_chars(self) -> int:
        """The page's main text, estimated cheaply: the paragraphs (`<p>`, `<dd>`,
        links not counted) of the parent holding the most of them, outside the
        page's furniture. Pages without `<p>` estimate 0: no fraction check."""
        held: dict = {}
        for paragraph in self.page.tree.iter("p", "dd"):    # (an article laid out as a <dl>: its <dd>s)
            text = text_of(paragraph)
            # Too short without counting its links (they only take from it); the
            # raw length bounds the visible one, and costs nothing to read.
            if len(text) < _PARAGRAPH_CHARS or (length := visible_chars(text)) < _PARAGRAPH_CHARS:
                continue
            chars = length - link_chars(paragraph)
            parent = paragraph.getparent()
            if parent is not None and parent.tag in ("td", "th"):
                # An article laid out one paragraph a row: its paragraphs are held by the table.
                parent = next((node for node in parent.iterancestors() if node.tag == "table"), parent)
            if chars >= _PARAGRAPH_CHARS and parent is not None:
                held[parent] = held.get(parent, 0) + chars
        for parent, chars in sorted(held.items(), key=lambda pair: -pair[1]):
            if not in_chrome(parent):
                return chars
        return 0

    @cached_property
    def paragraph_chars_at_most(self) -> int:
        """A bound of `main_text_chars` read without its work: every character
        of the page's `<p>` and `<dd>` texts. (Each paragraph counts for one
        parent, with its visible characters at most: no parent holds more.)"""
        return sum(len(text_of(paragraph)) for paragraph in self.page.tree.iter("p", "dd"))

    @cached_property
    def labelled_publish_dates(self) -> list[tuple[str, str]]:
        """(text, ISO date as read, with its time when printed) of each publish
        label with its date on the page (read once an answer is chosen: one
        regex over the page's HTML)."""
        html = self.page.html
        matches = {}
        # The regex is tried only around its labels' key words, found by plain
        # search: tried at every position of a page it was a tenth of the chain.
        for at in self._publish_word_places():
            match = _first_labelled_date(html, max(0, at - _LABEL_REACH), at + _MATCH_REACH)
            if match and not _inside_a_tag(html, match.start()):
                matches[match.start()] = match.group(0)
        found = []
        for _, raw in sorted(matches.items()):
            text = squash(_TAG_OR_ENTITY.sub(" ", raw))
            reading = dates.parse_datetime_text(text)
            if reading:
                found.append((text, reading))
        return found

    def _publish_word_places(self) -> list[int]:
        """Where the page's HTML lower-cased holds each of `_PUBLISH_WORDS`, word
        after word (`positions`): found in the page's bytes with their ASCII
        letters lower-cased (`Page.source_lower`), each place counted in
        characters. (Lower-casing the page cost 3% of an extraction's instructions.)"""
        html, source = self.page.html, self.page.source_lower
        if "\u0130" in html:
            # İ lower-cases to two characters: such a page's places are read, as
            # they always were, in its lower case, and taken for the HTML's own.
            return [at for word in _PUBLISH_WORDS for at in positions(self.html_lower, word)]
        places = [at for word in _PUBLISH_WORD_BYTES for at in _places_in(source, word)]
        characters_before = _characters_before(source, places)
        return [characters_before[at] for at in places]

    @cached_property
    def html_lower(self) -> str:
        """The page's HTML lower-cased, read once for the words that open the
        answer check's patterns where no publish date was read (a publish time,
        the crawl day's widget): lowering a page costs about 20 us."""
        return self.page.html.lower()

    @cached_property
    def own_publish_labels(self) -> list[tuple[str, str]]:
        """The publish labels but those under other articles' teasers (a box of
        notices prints each one's linked title, summary and "(Ngày đăng:
        08/07/2025)"): asked only when the answer's day is not among all labels'."""
        return [label for label in self.labelled_publish_dates if not _of_another_item(self.page, label[0])]

    @cached_property
    def other_days(self) -> set[str]:
        """ISO days printed anywhere but in the page header (asked only when a
        publish date is a header day)."""
        found: set[str] = set()
        for element in self.page.tree.iter():
            if isinstance(element.tag, str) and element.tag not in ("script", "style") and _is_leaf(element):
                day = _day_of(squash(text_of(element)))
                if day and not _in_page_header(element):
                    found.add(day)
        return found


def _places_in(source: bytes, word: bytes | re.Pattern):
    """Where `word` (bytes as they are, or a pattern of either case) occurs in `source`."""
    if isinstance(word, bytes):
        return positions(source, word)
    return (found.start() for found in word.finditer(source))


def _characters_before(source: bytes, places: list[int]) -> dict[int, int]:
    """The characters of UTF-8 `source` before each of `places` (each at a
    character's first byte), decoded once up the page: decoding the whole
    text before each place again read the page's head once per place."""
    counted, last, found = 0, 0, {}
    for at in sorted(set(places)):
        counted += len(source[last:at].decode("utf-8", "surrogatepass"))
        found[at], last = counted, at
    return found


def page_facts(page: Page, today: date | None = None) -> PageFacts:
    facts = PageFacts(page, today)
    for name in ("og:site_name", "application-name", "apple-mobile-web-app-title"):
        value = page.meta(name)
        if value:
            facts.site_names.add(match_key(value))
    facts.title_tag_key = match_key(squash(page.text("title")))
    facts.site_names |= title_site_names(page)
    for line in _header_lines(page):
        if line.tag == "img":
            text = squash(line.get("alt"))
        else:
            text = squash(text_of(line))
            day = _day_of(text)
            if day:
                facts.header_days.add(day)
        if line.tag == "h1":
            text = one_line(line)     # "TRƯỜNG THCS NGUYỄN NGHIÊM<br><small>PHƯỜNG NGHĨA LỘ …" as shown
        if text and len(text) <= 200 and (line.tag == "h1" or looks_like_site_name(text, "")):
            facts.site_names.add(match_key(text))
    facts.site_names.discard("")
    return facts


# Class and id names of menus and breadcrumbs, whose link texts are section
# names (a sidebar's "latest news" links are other articles' titles, this one's among them).
# Wider than generic's _named_a_menu (whole words, no breadcrumbs): a name taken here only
# casts doubt on a short title, where generic's keeps a headline from being chosen at all.
_MENU_NAMES = re.compile(r"menu|nav|breadcrumb|danh-?muc", re.I)
_HEADER_NAME = re.compile("^(?:" + "|".join(map(re.escape, sorted(_HEADER_NAMES))) + ")$", re.I)


def _menu_links(page: Page) -> list:
    links = [link for menu in (*page.tree.iter("nav"), *page.named(_MENU_NAMES)) for link in menu.iter("a")]
    return list(dict.fromkeys(links))


def _is_header_name(name: str) -> bool:
    """Whether `_HEADER_NAME` matches `name`: an ASCII name (nearly every one)
    is looked up lower-cased, a tenth of the cost of the regex, whose `$` also
    matches before a final line break (an id may end in one). IGNORECASE
    takes more than `str.lower` gives for some other letters (ſ for s)."""
    if not name.isascii():
        return bool(_HEADER_NAME.search(name))
    lowered = name.lower()
    return lowered in _HEADER_NAMES or lowered[-1:] == "\n" and lowered[:-1] in _HEADER_NAMES


def _comes_before_the_headings(element) -> bool:
    """Whether `element` comes before the page's first h1-h3 (or the page has none)."""
    for node in element.getroottree().getroot().iter(element.tag, "h1", "h2", "h3"):
        if node is element:
            return True
        if node.tag in ("h1", "h2", "h3"):
            return False
    return True


def _names_a_header_by_suffix(name: str) -> bool:
    """A name a site gives its header with a prefix of its own ("hcm-header")."""
    return name.lower().endswith(("-header", "_header"))


@lru_cache(maxsize=4096)
def _may_name_a_header(name: str) -> bool:
    """(Asked of every class name and id of every page: the same names, a
    theme's, come back page after page.)"""
    return _is_header_name(name) or _names_a_header_by_suffix(name)


def _page_headers(page: Page) -> list:
    """The outermost elements of the page header."""
    # (Each once: a `<header class="header">` is both, and its lines were read twice.)
    candidates = dict.fromkeys((*page.tree.iter("header"), *page.named(_may_name_a_header)))
    found = [element for element in candidates if _is_page_header(element)]
    chosen = set(found)
    return [element for element in found if not any(ancestor in chosen for ancestor in element.iterancestors())]


def _header_lines(page: Page):
    """The lines of text (and images) of the page header: its elements with
    inline children only, each once (not again for the inline elements inside)."""
    stack = list(reversed(_page_headers(page)))
    while stack:
        element = stack.pop()
        tag = element.tag       # (each read of .tag makes a new string)
        if not isinstance(tag, str) or tag in ("script", "style"):
            continue
        if tag == "img" or _is_leaf(element):
            yield element
            stack.extend(image for image in element.iter("img") if image is not element)
        else:
            stack.extend(reversed(element))


def _is_page_header(element) -> bool:
    if element.tag == "header":
        return not any(ancestor.tag in ("article", "main") for ancestor in element.iterancestors()) \
            and not TITLE_NAMES.search(  # the article's headline: <header class="title-article">
                class_and_id(element))
    names = class_and_id(element).lower().split()
    # A "header" that holds the article is a wrapper, not the page header; one that holds an
    # h1 and little text is the page header, its h1 the site's name ("TRƯỜNG THCS NGUYỄN NGHIÊM").
    # (One walk of its descendants looks for the three.)
    if _HEADER_NAMES.isdisjoint(names):
        # A site's own "hcm-header" is one too, with no heading in it and before the first (not
        # "tq-article-header" nor Liferay's "taglib-header", which hold or follow the article's).
        return any(map(_names_a_header_by_suffix, names)) and not ARTICLE_HEADER_NAME.search(
            " ".join(names)) and next(element.iterdescendants("main", "article", "h1", "h2", "h3"), None) is None \
            and _comes_before_the_headings(element)
    inner = next(element.iterdescendants("main", "article", "h1"), None)
    return inner is None or inner.tag == "h1" and next(element.iterdescendants("main", "article"), None) is None \
        and len(text_of(element)) <= _HEADER_WITH_H1_CHARS and bool(above_navigation([element]))


def _in_page_header(element) -> bool:
    return any(_is_page_header(node) for node in (element, *element.iterancestors()))


def _is_leaf(element) -> bool:
    """A line of text: an element with inline children only."""
    tags = (child.tag for child in element)
    return all(tag in _INLINE for tag in tags if isinstance(tag, str))


def _day_of(text: str) -> str | None:
    """The ISO day a short line of text prints, if any."""
    if not text or len(text) > 200 or not _YEAR.search(text):
        return None
    found = dates.parse_datetime_text(text)
    return found[:10] if found else None


# ---- the checks: each returns its reasons (empty: plausible) ------------------------

_OPENS_WITH_A_DATE = re.compile(r"[\[(]?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b")


def title_problems(title: str | None, facts: PageFacts) -> list[str]:
    title = squash(title)
    if not title:
        return ["no title"]
    if not has_letters(title):
        return [f"title {title!r} has no words: a counter's or a date's figures"]
    if _OPENS_WITH_A_DATE.match(title):
        # (No headline of the 5,089 gold and tuning answers opens with a whole date: a date line run into it.)
        return [f"title {title!r} opens with a date: its date line read with it?"]
    key = match_key(title)
    if is_generic_title(key):
        return [f"title {title!r} is a generic page name"]
    if key in facts.site_names or _UNIT_NAME.match(key) or is_portal_name(key) or is_place_name(title):
        return [f"title {title!r} is the site's name"]
    if is_section_path(title):
        return [f"title {title!r} is a breadcrumb trail"]
    if STATE_MOTTO.match(fold(title)):
        return [f"title {title!r} is the state's name over an official text"]
    if _SLOGAN.match(key):
        return [f"title {title!r} is a banner's slogan"]
    if len(title.split()) <= MENU_NAME_WORDS and key in facts.section_names:
        return [f"title {title!r} is a section name"]
    if _carries_site_name(title, facts):
        return [f"title {title!r} carries the site's name"]
    if _only_site_and_section_names(title, facts):
        return [f"title {title!r} names only the site and a section"]
    if len(title) > LONGEST_TITLE:
        return [f"title is a paragraph ({len(title)} characters)"]
    if len(key.split()) < SHORTEST_TITLE_WORDS:
        return [f"title {title!r} has {len(key.split())} words: a section's or a box's name?"]
    if title[0].islower():
        # A headline opens with a capital; a section's name set in lower case
        # for its CSS to capitalise (Liferay's `header-title` of a category) may not.
        return [f"title {title!r} opens in lower case: a section's name?"]
    return []


def _only_site_and_section_names(title: str, facts: PageFacts) -> bool:
    """A `<title>` with no article in it: "UBND xã Nghi Phong - Tin tức",
    "Phường Phú Xuân - Phiên bản di động", "Chi tiết sự kiện - Cổng thông tin
    điện tử phường Thuận Hóa" (each part a site's, a unit's, a portal's or a
    generic page's name)."""
    host_word = site_host_word(facts.page.url)
    parts = [part for part in title_parts(title, host_word) if part.strip()]
    if len(parts) < 2:
        return False

    def names_no_article(part: str) -> bool:
        key = match_key(part)
        return (is_generic_title(key) or key in facts.site_names
                or bool(_UNIT_NAME.match(key)) or is_portal_name(key)
                or len(key.split()) <= _SITE_NAME_WORDS and looks_like_site_name(part, host_word))
    return all(names_no_article(part) for part in parts)


def answer_title_problems(title: str | None, facts: PageFacts) -> list[str]:
    """Doubts about the answer's title that no extractor is asked to correct:
    where the page's own name for itself (`<title>`, og:title) says something
    else, the headline on the page may still be the right one (an HTTrack
    copy's shortened name, a section's name set as every page's `<title>`)."""
    if title and not _within_the_page_names(title, facts) and _says_another_thing(squash(title), facts):
        return [f"title {squash(title)!r} shares almost no words with the page's own name "
                f"{facts.headline_references[0]!r}"]
    return []


# Most titles are all in the page's `<title>` or og:title: then no name needs to be worked out.
_WITHIN_SHARE = 0.6


def _within_the_page_names(title: str, facts: PageFacts) -> bool:
    whole = match_key(title)
    if whole and whole in facts.title_tag_key:
        return True
    return any(own_words_in(whole, name) >= _WITHIN_SHARE
               for name in (facts.title_tag_key, match_key(facts.page.meta("og:title") or "")))


def _says_another_thing(title: str, facts: PageFacts) -> bool:
    """Another article's headline, a box's title, the site owner's name: the
    page's own name for itself (`<title>`, og:title) says something else. A
    headline and its page's name share most words, each way (one may be a
    shortened or a longer form of the other)."""
    key = match_key(title).split()
    for reference in facts.headline_references:
        theirs = match_key(reference).split()
        common = sum((Counter(key) & Counter(theirs)).values())
        if common >= _AGREEING_SHARE * min(len(key), len(theirs)):
            return False
    return bool(facts.headline_references)


def _carries_site_name(title: str, facts: PageFacts) -> bool:
    """The whole `<title>` taken as the title: "<article> - <ward> - Cổng
    thông tin điện tử", its first or last part (not the longest) naming the site."""
    if match_key(title) != facts.title_tag_key:
        return False
    parts = title_parts(title, site_host_word(facts.page.url))
    longest = max(parts, key=len)
    return any(part is not longest and match_key(part) in facts.site_names for part in (parts[0], parts[-1]))


def body_problems(fields: dict, facts: PageFacts) -> list[str]:
    text = fields.get("body_text") or ""
    chars = visible_chars(text)
    if not chars:
        # A notice and its file: the document is the article.
        if fields.get("attachments") and facts.main_text_chars < MIN_MAIN_TEXT:
            return []
        return ["body is empty"]
    problems = []
    # (A body of this share of all the page's paragraphs holds that share of its main text
    # too, whatever the estimate: most bodies do, and the estimate is not worked out.)
    if chars < MIN_BODY_SHARE * facts.paragraph_chars_at_most:
        main = facts.main_text_chars
        if main >= MIN_MAIN_TEXT and chars < MIN_BODY_SHARE * main:
            problems.append(f"body holds {100 * chars // main}% of the page's main text")
    leaked = [line for line in text.split("\n\n") if body_mod.boilerplate_marker(line)]
    if leaked:
        problems.append(f"boilerplate in the body: {leaked[0][:40]!r}")
    return problems


# A publish date the page prints behind its label ("Ngày đăng: 15/4/2026",
# "Đăng lúc 08:15 ngày 21/10/2025", "(Đăng ngày 15/4/2026)").
# Read over the page's HTML: a tag or an entity between label and date counts
# as one character ("<h3>Ngày đăng</h3></td><td class=…>15/11/2024").
_GAP = r"(?:<[^>]*>|&[#\w]+;|[^0-9<&])"
_LABELLED_PUBLISH_DATE = re.compile(
    r"(?:ngày\s+đăng|đăng\s+(?:lúc|ngày|vào)|ngày\s+xuất\s+bản|xuất\s+bản\s+(?:lúc|ngày)|thời\s+gian\s+đăng|"
    r"ngày\s+phát\s+hành|posted\s+on|published)" + _GAP + r"{0,40}(?:\d{1,2}\s*(?::|h|giờ)\s*\d{2}"
    + _GAP + r"{0,12})?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d{2}"
    # and the time printed after the day ("… 19/1/2026 lúc 07h05", "09/10/2025 2:15 CH")
    r"(?:" + _GAP + r"{0,8}?\d{1,2}\s*(?::|h|giờ)\s*\d{2}(?:\s*:\s*\d{2})?(?:\s*(?:SA|CH|AM|PM|sáng|chiều|tối)\b)?)?", re.I)
_TAG_OR_ENTITY = re.compile(r"<[^>]*>|&[#\w]+;")
# Every label holds one of these words; a label starts at most _LABEL_REACH
# characters before it ("ngày xuất bản"), and a match ends within _MATCH_REACH.
_PUBLISH_WORDS = ("đăng", "xuất bản", "phát hành", "posted", "published")


def _in_either_case(word: str) -> re.Pattern:
    """A word in lower case, as the UTF-8 of a text with its ASCII letters
    lower-cased writes it in any case: each other letter in either of its cases
    (no other character lower-cases to one of these words' letters, and no word
    overlaps itself: tests/test_quality.py)."""
    return re.compile(b"".join(re.escape(letter.encode()) if letter.isascii() else
                               b"(?:" + b"|".join(re.escape(case.encode()) for case in sorted({letter, letter.upper()})) + b")"
                               for letter in word))


# (An ASCII word is looked for as it is: a plain byte search costs a third of the regex's scan.)
_PUBLISH_WORD_BYTES = tuple(word.encode() if word.isascii() else _in_either_case(word) for word in _PUBLISH_WORDS)
_LABEL_REACH, _MATCH_REACH = 12, 600
# Words a line has at least to be running text, and the characters of a paragraph at most.
_SENTENCE_WORDS, _SENTENCE_CHARS = 12, 400
# The words every label of the regex opens with, and the characters that the
# regex's IGNORECASE takes for one of their letters though `str.lower` does
# not make them that letter (İ and ı for i, ſ for s).
_LABEL_OPENINGS = ("ngày", "đăng", "xuất", "thời", "posted", "published")
_CASE_FOLD_ODDITIES = ("\u0130", "\u0131", "\u017f")


def _inside_a_tag(html: str, at: int) -> bool:
    """Whether position `at` of the HTML is inside a tag: a class name
    ("unpublished-date") is no label a reader sees."""
    return html.rfind("<", 0, at) > html.rfind(">", 0, at)


def _first_labelled_date(html: str, start: int, end: int) -> re.Match | None:
    """`_LABELLED_PUBLISH_DATE.search(html, start, end)`, tried only where a
    label opens: a search tries the regex at each of the window's 600
    positions, which cost a twentieth of a whole extraction."""
    window = html[start:end]
    lowered = window.lower()
    if len(lowered) != len(window) or any(odd in window for odd in _CASE_FOLD_ODDITIES):
        return _LABELLED_PUBLISH_DATE.search(html, start, end)
    # Where a label can open, character for character as the regex reads it.
    openings = sorted({at for word in _LABEL_OPENINGS for at in positions(lowered, word)})
    for at in openings:
        match = _LABELLED_PUBLISH_DATE.match(html, start + at, end)
        if match:
            return match
    return None


def _of_another_item(page: Page, label: str) -> bool:
    """Whether every block printing the label's day also links, in words of
    a news title, to another page (the day of that article, not this one's),
    gives a clip's length (an embedded video's box: "Đăng ngày: 02/09/2025
    - Thời lượng: 03:12", the day the video was posted) or is a sentence."""
    day = dates.NUMERIC_DAY.search(label)
    if day is None:
        return False
    blocks = {_block_of(node) for node in _TEXTS_WITH(page.tree, word=day.group(0))}
    return bool(blocks) and None not in blocks and all(
        _links_to_another_article(block, page) or dates.DURATION_LABEL.search(text_of(block))
        or _is_a_sentence(text_of(block)) for block in blocks)


def _is_a_sentence(text: str) -> bool:
    """Running text, not a date line: a paragraph's worth of words ending as a
    sentence ends (a correction notice's sapo, "… trong bài viết đăng ngày
    20/01/2026.", the day another article was posted). Not a whole article's
    block, whose date line runs into its first paragraph."""
    text = squash(text)
    return _SENTENCE_WORDS <= len(text.split()) and len(text) <= _SENTENCE_CHARS and text[-1:] in ".!?…"


def _links_to_another_article(block, page: Page) -> bool:
    return any(len(match_key(text_of(link)).split()) >= dates.TITLE_LINK_WORDS and link.get("href")
               and not links_to_the_page(link, page) for link in block.iter("a"))


def date_problems(published_at: str | None, facts: PageFacts) -> list[str]:
    """A missing date is no problem (many pages show none); a wrong one is."""
    if not published_at:
        return []
    day = published_at[:10]
    try:
        shown = date.fromisoformat(day)
    except ValueError:
        return [f"publish date {published_at!r} is not a date"]
    if shown > facts.today:
        return [f"publish date {day} is in the future"]
    if day in facts.header_days and day not in facts.other_days:
        return [f"publish date {day} is the page header's today"]
    return []


# What an answer without a date says, first in each reason that tells why (the chain gives it alone).
NO_DATE_REASON = "no publish date read"


def answer_date_problems(published_at: str | None, facts: PageFacts) -> list[str]:
    """The final answer's date against the publish dates the page prints
    behind a label: none read though the page prints one, or a day that none
    of them gives. No extractor could do better, and the user must know."""
    labelled = facts.labelled_publish_dates
    if not published_at and body_mod.shows_crawl_day_widget(facts.page.html, facts.html_lower):
        # Unread on purpose (portals.md: the day it is served), but the reader sees a date there.
        return [f"{NO_DATE_REASON}; the page's \"Day … Month … Year …\" widget is the day it was served"]
    if not published_at and not labelled and (clock := _publish_clock(facts)):
        # "Đăng lúc: 9h05" beside a day badge no reader could place ("tháng 9 / 11", no year).
        return [f"{NO_DATE_REASON}, though the page prints a publish time {squash(_TAG_OR_ENTITY.sub(' ', clock[0]))!r}"]
    if not labelled or published_at and _gives_the_day(labelled, published_at[:10]):
        return []
    labelled = facts.own_publish_labels
    if not labelled:
        return []
    if not published_at:
        return [f"{NO_DATE_REASON}, though the page prints {labelled[0][0]!r}"]
    if not _gives_the_day(labelled, published_at[:10]):
        return [f"publish date {published_at[:10]} is not the one the page prints {labelled[0][0]!r}"]
    return []


# A publish label with a clock and no date after it ("Đăng lúc: <b>9h05</b>").
_PUBLISH_CLOCK = re.compile(r"(?:đăng\s+(?:vào\s+)?lúc|thời\s+gian\s+đăng)\s*:?\s*(?:<[^>]{0,80}>\s*){0,3}"
                            r"\d{1,2}\s*(?:h|:|giờ)\s*\d{2}(?!\d)(?!\s*(?:<[^>]{0,80}>\s*){0,3}(?:ngày\s*)?\d)", re.I)


def _publish_clock(facts: PageFacts) -> re.Match | None:
    """`_PUBLISH_CLOCK` searched in the page, where it may be: each of its
    labels holds "đăng", and no character but "Đăng"'s letters in either case
    is taken for one of them by the case-blind pattern. (Tried at each
    character of a page, the pattern cost 150 us on a page without a date.)"""
    if "đăng" not in facts.html_lower:
        return None
    return _PUBLISH_CLOCK.search(facts.page.html)


def _gives_the_day(labelled: list[tuple[str, str]], day: str) -> bool:
    """Whether a label gives the day, or gives it in an en-US template's
    order ("Created at 7/4/2019 9:15 AM" of a day read month first)."""
    swapped = dates.month_first(day)
    return any(reading[:10] == day or reading[:10] == swapped and dates.ENGLISH_CLOCK.search(text)
               for text, reading in labelled)


def printed_publish_date(facts: PageFacts) -> str | None:
    """The publish date the page prints behind its label, when every such
    label gives the same day: with its time when one of them shows it."""
    labelled = facts.own_publish_labels
    if not labelled or len({reading[:10] for _, reading in labelled}) != 1:
        return None
    return max((reading for _, reading in labelled), key=len)


# ---- the date lines beside the headline ------------------------------------------------
# Where portals print the article's date: in the few short lines right under
# its headline (up to the body's first paragraph), or, when none of those
# prints a day, right above it (a breadcrumb ending in the day, a blog's
# date header). An answer without the date those lines print is in doubt
# whichever reader gave it: the readers skip a line they cannot place, and
# this check, made after them, shows the user what they skipped.
_LINES_UNDER_HEADLINE, _LINES_ABOVE_HEADLINE = 8, 3
# A date line is short; the body's first paragraph is not.
_DATE_LINE_LONGEST = 100
# A line that prints several dates, each in its part: "Cập nhật: 03/12/2025 08:15 · Đăng: 01/12/2025".
_LINE_PARTS = where_it_opens(re.compile(r"\s*(?:[|·•]|\s[-–]\s)\s*"))
# Lines that give another day than the publication's by name, so a day
# differing from theirs is no doubt: updated, not posted (a document's signing,
# an event, a print), created (the day it was entered; generic's labels) and
# a document's own day ("Ngày văn bản"), which only this check needs.
_DOCUMENT_DAY_LABEL = re.compile(r"ngày\s+văn\s+bản", re.I)
_NOT_TEXT = frozenset(("script", "style", "noscript", "template", "title"))


def headline_date_problems(fields: dict, facts: PageFacts) -> tuple[list[str], str | None]:
    """The answer's date against the date lines printed beside its headline,
    and the date to take when no reader found one or its time: ([reasons],
    date or None). Asked only of an answer without a time (a reader that
    found the time has read a date line; most answers have one)."""
    published_at = fields.get("published_at")
    lines = _date_lines_beside_headline(facts, fields.get("title"))
    if not lines:
        return [], None
    if published_at and len(published_at) > 10:
        return _timed_answer_problems(published_at, lines), None
    readings = [reading for line in lines for reading in _readings(line)]
    if not published_at:
        return [f"{NO_DATE_REASON}, though {lines[0]!r} is printed beside the headline"], readings[0]
    same_day = [reading for reading in readings if reading[:10] == published_at]
    if same_day:
        if (another := _given_as_another_day(published_at, _labelled_readings(lines))) is not None:
            return [another], None
        timed = next((reading for reading in same_day if len(reading) > 10), None)
        if timed:
            return [f"publish time not read, though {timed[11:16]} is printed beside the headline"], timed
        return [], None
    # A day read month-first on purpose ("Thu, 08/10/2023": an English weekday settled it).
    month_first = dates.month_first(published_at)
    if any(reading[:10] == month_first for reading in readings) or all(map(_names_another_day, lines)):
        return [], None
    return [f"publish date {published_at} is not the day printed beside the headline ({lines[0]!r})"], None


def relative_publish_day(fields: dict, facts: PageFacts) -> tuple[str, str] | None:
    """(stamp, day) of a relative time printed as the posting's stamp under the
    headline (`<span class="detail-time">Đăng 3 ngày trước</span>`, an icon before
    it at most), counted back from the day the page was served: the one date some
    home-made and social-style templates print; with the exact time its element's
    tooltip gives, where it does. Not a relative time inside a caption's or a
    sentence's words, nor another article's (a list's item, a related box's).
    Asked only when no reader found a date (the readers read no relative time)."""
    headline = _headline_block(facts.page, squash(fields.get("title")))
    if headline is None:
        return None
    for text, owner, is_tail in islice(_texts_after(headline), _TEXTS_UNDER_HEADLINE):
        if len(text) > _DATE_LINE_LONGEST and len(squash(text)) > _DATE_LINE_LONGEST:
            return None     # (the text's first paragraph: the stamp is above it, or there is none)
        holder = owner.getparent() if is_tail else owner
        if holder is None or not dates.RELATIVE_TIME.search(text):
            continue
        stamp = squash(text_of(holder))
        day = dates.relative_stamp_day(stamp, facts.today)
        if day and not _another_items_stamp(holder):
            return stamp, _tooltip_time(holder, day) or day
    return None


def _another_items_stamp(element) -> bool:
    """A stamp in a list's item or a link, beside a link worded as a title (a
    teaser's `div.item > a + div.time`), or in a box of other articles: theirs."""
    return dates.beside_a_title_link(element) or any(
        ancestor.tag in ("li", "a") or body_mod.OTHER_ARTICLES_NAME.search(class_and_id(ancestor))
        for ancestor in (element, *element.iterancestors()))


def _tooltip_time(element, day: str) -> str | None:
    """The exact time a relative time's element gives in its tooltip, when it is
    of the day counted back or the day before (`<span title="05/12/2026 07:40">Đăng
    2 giờ trước</span>`; timeago's `<abbr class="timeago" title="2026-12-05T00:40:00Z">`)."""
    stamp = element.get("title") or element.get("datetime")
    exact = stamp and (dates.converted(stamp) or dates.parse_datetime_text(stamp))
    near = exact and abs((date.fromisoformat(exact[:10]) - date.fromisoformat(day)).days) <= 1
    return exact if near else None     # (a day off: "5 giờ trước" served just after midnight)


def _timed_answer_problems(published_at: str, lines: list[str]) -> list[str]:
    """A date with its time against the date lines beside the headline: a day
    none of them prints, a time none of that day's readings gives, or a day
    printed only where a label gives it as another day's (updated, an event)."""
    day, clock = published_at[:10], published_at[11:16]
    read = _labelled_readings(lines)
    same_day = [(part, reading) for part, reading in read if reading[:10] == day]
    if not same_day:
        return []
    if (another := _given_as_another_day(day, read)) is not None:
        return [another]
    # (The time of a line labelled as an update, "Cập nhật: 16:42 25/05/2024", is not the posting's.)
    timed = [reading for part, reading in same_day if len(reading) > 10 and label_score(part) >= 0]
    if timed and not any(_same_clock_face(reading[11:16], clock) for reading in timed):
        return [f"publish time {clock} is not the time printed beside the headline ({timed[0][11:16]})"]
    return []


def _labelled_readings(lines: list[str]) -> list[tuple[str, str]]:
    """(part, reading) of each labelled part of the lines ("Ngày tạo: … | Cập nhật: …" gives two)."""
    parts = [part for line in lines for part in (_LINE_PARTS.split(line) if _LINE_PARTS.search(line) else [line])]
    return [(part, reading) for part in parts for reading in _readings(part)]


def _given_as_another_day(day: str, read: list[tuple[str, str]]) -> str | None:
    """The reason to doubt a day that the lines beside the headline print only
    behind labels of another day's (an effective date, an event's, an update's)
    while another line posts the article otherwise, or only behind a label of
    a day that is no posting's at all. `read`: the lines' `_labelled_readings`
    (the caller has them already, or reads them once for this)."""
    same_day = [(part, reading) for part, reading in read if reading[:10] == day]
    if not same_day:
        return None
    scores = [label_score(part) for part, _ in same_day]
    posted_otherwise = any(label_score(part) > 0 for part, reading in read if reading[:10] != day)
    if all(score < 0 for score in scores) and (posted_otherwise or max(scores) < -1):
        return f"publish date {day} is the day {same_day[0][0]!r} gives as another day's"
    return None


def _same_clock_face(one: str, other: str) -> bool:
    """The same time, or twelve hours apart: a line's "04:40 CH" whose marker
    runs into the next word ("CHLượt xem") reads as the morning's."""
    return one[2:] == other[2:] and (int(one[:2]) - int(other[:2])) % 12 == 0


def _names_another_day(line: str) -> bool:
    return bool(UPDATED_LABEL.search(line) or NOT_POSTED_LABEL.search(line) or CREATED_LABEL.search(line)
                or _DOCUMENT_DAY_LABEL.search(line))


def _readings(line: str) -> list[str]:
    """The dates a line prints: the line read whole, then each of its parts;
    a day with the one clock its line prints apart from it ("Thứ Năm,
    13/02/2025 · Âm lịch: 16/01/Ất Tỵ · 08:30")."""
    found = [dates.parse_datetime_text(part) for part in (line, *_LINE_PARTS.split(line))]
    whole = found[0]
    if whole and len(whole) == 10 and one_clock_one_day(line):
        found.append(f"{whole}T{dates.time_of_day(line)}+07:00")
    return list(dict.fromkeys(reading for reading in found if reading))


def _date_lines_beside_headline(facts: PageFacts, title: str | None) -> list[str]:
    headline = _headline_block(facts.page, squash(title))
    if headline is None:
        return []
    under, label = [], ""
    # (Read line by line: the first line too long for a date, most often the body's, ends the search.)
    for line in islice(_text_lines(islice(_texts_after(headline), _TEXTS_UNDER_HEADLINE)), _LINES_UNDER_HEADLINE):
        if len(line) > _DATE_LINE_LONGEST:
            break
        if _is_date_line(line, facts):
            # A label in a cell of its own ("Ngày ban hành:" | "28/11/2025") is part of the line.
            under.append(f"{label} {line}" if label and not any(map(str.isdigit, label)) else line)
        label = line
    if under:
        return under
    # The nearest date line of the few lines right above it, read nearest first: the
    # lines farther up (the header's, the menus') are not made. (All thirty texts were
    # made lines in page order, to keep the last three.)
    nearest_first = _text_lines(islice(_texts_before(headline), _TEXTS_ABOVE_HEADLINE), nearest_first=True)
    above = next((line for line in islice(nearest_first, _LINES_ABOVE_HEADLINE)
                  if len(line) <= _DATE_LINE_LONGEST and _is_date_line(line, facts)), None)
    if not above or _over_a_menu(headline, above) or _another_items(headline, above, title):
        return []
    return [above]


def _another_items(headline, line: str, title: str | None) -> bool:
    """Whether `line` is another article's day: printed right under a heading that
    is wholly a link to that article (a teaser over the headline, a media portlet's)."""
    return any(under_a_linked_heading(node, title)
               for text, node, _ in islice(_texts_before(headline), _TEXTS_ABOVE_HEADLINE)
               if (words := squash(text)) and has_digit(words) and words in line)


def _over_a_menu(headline, line: str) -> bool:
    """Whether the site's menu comes between `line` and the headline: the
    line is then the page head's (a clock over the menu bar), not the article's."""
    menu_passed = False
    for text, node, _ in islice(_texts_before(headline), _TEXTS_ABOVE_HEADLINE):
        if not menu_passed and any(is_menu(element) for element in (node, *node.iterancestors())
                                   if element.tag not in ("body", "html")):
            menu_passed = True
        words = squash(text)
        if words and has_digit(words) and words in line:
            return menu_passed
    return False


# A sentence that opens with its day ("Chiều ngày 08/12/2025, Đảng ủy - HĐND - UBND …"), however few its words.
_OPENS_WITH_ITS_DAY = re.compile(r"^(?:sáng|chiều|tối|trưa|đêm|ngày)\s+(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}"
                                 r"(?:[/.-]\d{2,4})?\s*,", re.I)


def _is_date_line(line: str, facts: PageFacts) -> bool:
    day = _day_of(line)
    if not day or day in facts.header_days or is_sentence(line) or dates.is_place_dateline(line) \
            or _OPENS_WITH_ITS_DAY.match(line):
        return False
    # The day the page was served, printed by a clock widget outside the page header.
    return abs((date.fromisoformat(day) - facts.today).days) > 1


# The texts that hold the title's longest word: XPath runs in C, where a
# walk of the page's every text in Python cost a third of a millisecond.
_TEXTS_WITH = lxml.etree.XPath("//body//text()[contains(., $word)]")
# The texts under and above a headline read for its lines, at the most.
_TEXTS_UNDER_HEADLINE, _TEXTS_ABOVE_HEADLINE = 40, 30


def _texts_after(element):
    """(text, its element, whether it is that element's tail) of each text
    node after `element` in page order, its own left out: what XPath's
    `following::text()` selects, but lazily. The lines under a headline
    end at the first line too long for a date (most often the body's first),
    a few texts on; the XPath gathered all forty first (half the time)."""
    node = element
    while node is not None:
        if node.tail:
            yield node.tail, node, True
        for sibling in node.itersiblings():
            yield from _texts_of(sibling)
        node = node.getparent()


def _texts_before(element):
    """What `_texts_after` gives, for the text nodes before `element` (its
    ancestors' own texts included), nearest first: XPath's `preceding::text()`
    in the order its position counts them. (`preceding::text()[position() <=
    30]` gathered every text of the page above the headline first, the
    header's and the menus', to keep thirty: two thirds of the check's time
    where no date line is under the headline.)"""
    node = element
    while node is not None:
        for sibling in node.itersiblings(preceding=True):
            yield from _texts_of_reversed(sibling)
        node = node.getparent()
        if node is not None and node.text:
            yield node.text, node, False


def _texts_of_reversed(root):
    """`_texts_of(root)`, last first."""
    stack = [(root, False)]
    while stack:
        node, opened = stack.pop()
        if opened:
            if isinstance(node.tag, str) and node.text:
                yield node.text, node, False
            continue
        if node.tail:
            yield node.tail, node, True
        stack.append((node, True))
        stack.extend((child, False) for child in node)


def _texts_of(root):
    """The text nodes of `root`'s subtree and its tail, in page order (a
    comment's content is none, its tail is one). Each element's children
    are met one by one: the caller stops a few lines in, often at the first
    paragraph of a body whose other paragraphs it never needs."""
    if isinstance(root.tag, str) and root.text:
        yield root.text, root, False
    stack = [(root, iter(root))]
    while stack:
        node, children = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if node.tail:
                yield node.tail, node, True
            continue
        if isinstance(child.tag, str) and child.text:
            yield child.text, child, False
        stack.append((child, iter(child)))


def _headline_block(page: Page, title: str):
    """The block whose whole text is the title: a heading's first, else the first."""
    key = match_key(title)
    word = max(title.split(), key=len, default="")
    if len(word) < 3:
        return None
    for heading in page.tree.iter(*body_mod.HEADINGS):
        text = text_of(heading)
        if word in text and len(text) < 2 * len(title) + 20 and match_key(squash(text)) == key:
            return heading
    for node in _TEXTS_WITH(page.tree, word=word):
        # The block holding the text, or the inline element itself where the block holds more
        # (a table cell's `span.TieuDe` over its `div.NgayDang`).
        for element in (_block_of(node), None if node.is_tail else node.getparent()):
            if element is None or element.tag in _NOT_TEXT:
                continue
            text = text_of(element)
            if element.tag not in body_mod.HEADINGS and len(text) < 2 * len(title) + 20 \
                    and match_key(squash(text)) == key:
                return element
    return None


def _block_of(node):
    """The block element a text node's line belongs to (a tail belongs to its element's parent)."""
    return _block_holding(node.getparent(), node.is_tail)


def _block_holding(owner, is_tail: bool):
    """The block element holding the text or (`is_tail`) the tail of `owner`."""
    if owner is None:
        return None
    container = owner.getparent() if is_tail else owner
    while container is not None and container.tag in _INLINE:
        container = container.getparent()
    return container


def _text_lines(texts, nearest_first: bool = False):
    """Text nodes in document order, as (text, its element, whether it is that
    element's tail), as lines: the text of each block element up to a nested
    block or a `<br>` (yielded: the caller reads the first few). With
    `nearest_first`, the texts come last first (as `_texts_before` gives
    them), and so do the same lines, each read in page order."""
    parts: list[str] = []
    block_of_parts = None
    after_a_break = False   # (last first) whether the text after the parts is a `<br>`'s tail
    for node, owner, is_tail in texts:
        if owner is None or not is_tail and owner.tag in _NOT_TEXT:
            continue
        block = _block_holding(owner, is_tail)
        at_a_break = is_tail and owner.tag == "br"
        if parts and (block is not block_of_parts or (after_a_break if nearest_first else at_a_break)):
            text = squash("".join(reversed(parts) if nearest_first else parts))
            if text:
                yield text
            parts.clear()
        block_of_parts, after_a_break = block, at_a_break
        parts.append(node)
    text = squash("".join(reversed(parts) if nearest_first else parts))
    if text:
        yield text


def problems(fields: dict, facts: PageFacts) -> dict[str, list[str]]:
    """Every check on one extraction: {group: reasons} for the groups that fail."""
    found = {"title": title_problems(fields.get("title"), facts),
             "published_at": date_problems(fields.get("published_at"), facts),
             "body": body_problems(fields, facts)}
    return {group: reasons for group, reasons in found.items() if reasons}
