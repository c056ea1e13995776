"""A fetched HTML page: decoded text plus a parsed lxml tree, shared by parsers.

Decoding is done once here so that every parser sees NFC text whatever the
portal sent: a correct charset header, a wrong one, a `<meta charset>`,
windows-1258 with combining tone marks, or no declaration at all.
"""
from __future__ import annotations

import html as html_lib
import json
import re
import unicodedata
from datetime import date
from functools import cached_property, lru_cache
from typing import Callable
from urllib.parse import urlsplit

import lxml.etree
import lxml.html
from lxml.cssselect import CSSSelector
from bs4.dammit import EncodingDetector, UnicodeDammit

from ward_scraper.util.tcvn3 import decode_tcvn3, looks_like_tcvn3, read_as_latin
from ward_scraper.util.vni import decode_vni, looks_like_vni
from ward_scraper.util.text import nfc, squash
from ward_scraper.util.urls import same_portal, unescape_amp, web_url

# The hosts of web caches and archives that keep copies of others' pages.
_COPY_HOSTS = re.compile(r"^(?:webcache\.googleusercontent\.com|(?:web\.)?archive\.org|"
                         r"archive\.(?:ph|today|is|li|vn|fo|md))$", re.I)


def _html_parser(encoding: str | None = None) -> lxml.html.HTMLParser:
    """lxml.html's parser with its element classes chosen in C.

    lxml.html picks each element's Python class (a form, an input ...) in a
    Python callback, run every time the code touches an element it has not
    held before: on a parse that is a tenth of the time. Nothing here uses
    the form classes, so every element is a plain `HtmlElement` (the same
    methods: text_content, drop_tree, iterancestors ...). Nor does anything
    use libxml2's table of ids (XPath's id(); CSS `#x` is a test of @id), which
    the parser would otherwise fill as it goes. `encoding`: that of the bytes
    it is given (none for text)."""
    parser = lxml.html.HTMLParser(collect_ids=False, encoding=encoding)
    parser.set_element_class_lookup(lxml.etree.ElementDefaultClassLookup(
        element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment,
        pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity))
    return parser


_PARSER = _html_parser()
_UTF8_PARSER = _html_parser("utf-8")


@lru_cache(maxsize=1024)
def compiled_css(selector: str) -> lxml.etree.XPath:
    """`selector` compiled as lxml's `CSSSelector(selector, translator="html")`
    compiles it, once: parsers reuse a few dozen selectors on every page. Most
    are tag, class and id names (the body's noise, "ul.actions", ".share-post,
    #jp-relatedposts"), whose XPath is written here as cssselect writes it:
    its translation, in Python, costs ten times the compiling (some 50 us a
    selector, which the first pages of a batch pay for dozens of them)."""
    path = _simple_xpath(selector)
    return lxml.etree.XPath(path) if path is not None else CSSSelector(selector, translator="html")


def _simple_xpath(selector: str) -> str | None:
    """The XPath cssselect's HTML translator writes for a selector list whose
    selectors are `_COMPOUND`s (a tag, class names, an id, in that order)
    joined by spaces, or None for any other selector (tests/test_page_index.py
    holds the two to each other on every parser's selectors)."""
    if not selector.isprintable():
        return None     # (white space other than a plain space: cssselect's reading is its own)
    paths = []
    for alternative in selector.split(","):
        steps = []
        for part in alternative.split(" "):
            found = _COMPOUND.fullmatch(part) if part else None
            if part and found is None:
                return None
            if found is not None:
                conditions = [_CLASS_CONDITION.format(name) for name in found["classes"].split(".") if name]
                conditions += [f"@id = '{found['id']}'"] if found["id"] is not None else []
                steps.append((found["tag"] or "*") + _predicate(conditions))
        if not steps:
            return None
        paths.append("descendant-or-self::" + "/descendant::".join(steps))
    return " | ".join(paths)


# cssselect's test of a class name (its first `contains` only quickly rules elements out).
_CLASS_CONDITION = "@class and contains(@class, '{0}') and contains(concat(' ', normalize-space(@class), ' '), ' {0} ')"


def _predicate(conditions: list[str]) -> str:
    """The conditions as cssselect joins them: each added one and the ones before in brackets."""
    if not conditions:
        return ""
    joined = conditions[0]
    for condition in conditions[1:]:
        joined = f"({joined}) and ({condition})"
    return f"[{joined}]"


# XPath's white space, on which CSS class selectors split a class value.
_XPATH_SPACES = re.compile(r"[ \t\r\n]+")
# A selector that is one lower-case tag name ("title", "h1", "article").
_BARE_TAG = re.compile(r"[a-z][a-z0-9]*")
# One compound selector the page index answers: a tag name, class names, an id
# ("div.item-page", ".news-content", "#s4-workspace").
_COMPOUND = re.compile(r"(?P<tag>[a-z][a-z0-9]*)?(?P<classes>(?:\.-?[_a-zA-Z][\w-]*)*)"
                       r"(?:#(?P<id>-?[_a-zA-Z][\w-]*))?")
_ATTRIBUTE_TESTS = re.compile(r"\[[^\]]*\]")
_ATTRIBUTE_NAME = re.compile(r"\[\s*([\w-]+)")
# Pseudo-classes that only pick among the elements the rest selects.
_POSITIONS = re.compile(r":(?:first-child|last-child|only-child|first-of-type|last-of-type)(?![\w-])")
_CLASS_OR_ID = re.compile(r"([.#])([\w-]+)")


@lru_cache(maxsize=1024)
def _required_names(selector: str) -> tuple[frozenset, frozenset] | None:
    """The class names and ids every match of `selector` needs on the page,
    or None when that cannot be said simply (a selector list, a negation)."""
    selector = _POSITIONS.sub("", selector)
    if "," in selector or ":" in selector:
        return None
    names = _CLASS_OR_ID.findall(_ATTRIBUTE_TESTS.sub("", selector))
    return (frozenset(name for mark, name in names if mark == "."),
            frozenset(name for mark, name in names if mark == "#"))


@lru_cache(maxsize=64)
def _with_required_names(selectors: tuple[str, ...]) -> tuple[tuple[str, tuple[frozenset, frozenset] | None], ...]:
    """Each of `selectors` with `_required_names` (a platform's layouts, read once)."""
    return tuple((selector, _required_names(selector)) for selector in selectors)


@lru_cache(maxsize=1024)
def _required_attributes(selector: str) -> frozenset[str]:
    """The attribute names every match of `selector` needs ("[data-role=content]"
    needs data-role), lower-cased as the HTML parser stores them; none for a
    selector list or a negation."""
    if "," in _POSITIONS.sub("", selector) or ":not" in selector:
        return frozenset()
    return frozenset(name.lower() for name in _ATTRIBUTE_NAME.findall(selector))


def class_tokens(value: str | None) -> list[str]:
    """The class names of a `class` value as a CSS selector reads them: split
    on XPath's white space only (a no-break space belongs to the name)."""
    if not value:
        return []
    if value.isprintable():     # no white space but plain spaces: str.split agrees
        return value.split()
    return [name for name in _XPATH_SPACES.split(value) if name]


class _Compound:
    """One compound selector: a tag (or None), class names, an id (or None),
    and whether it is `:last-child`."""

    __slots__ = ("tag", "classes", "id", "last_child", "indexed_whole")

    def __init__(self, tag: str | None, classes: tuple[str, ...], id_: str | None, last_child: bool = False):
        self.tag, self.classes, self.id, self.last_child = tag, classes, id_, last_child
        # One class name alone, or one id alone: every element the page index
        # lists under that name matches, with nothing left to test.
        self.indexed_whole = tag is None and len(classes) == (0 if id_ is not None else 1) and not last_child

    def matches(self, element) -> bool:
        if self.tag is not None and element.tag != self.tag:
            return False
        if self.id is not None and element.get("id") != self.id:
            return False
        if self.last_child and not _is_last_child(element):
            return False
        return not self.classes or set(self.classes) <= set(class_tokens(element.get("class")))

    @property
    def named(self) -> bool:
        """Whether it names a class or an id (the page index lists those)."""
        return bool(self.classes) or self.id is not None


@lru_cache(maxsize=1024)
def _indexed_chain(selector: str) -> tuple[_Compound, ...] | None:
    """`selector` as compound selectors joined by descendant combinators, when
    the last one names a class or an id, or is a tag name under one that does
    (".breadcrumb a"): the page index lists the elements carrying a name.
    None for any other selector, which XPath answers."""
    chain = []
    parts = selector.split()
    for index, part in enumerate(parts):
        # (The last may be `:last-child`, a breadcrumb's last item: "ol.breadcrumb li:last-child".)
        last_child = index == len(parts) - 1 and part.endswith(_LAST_CHILD)
        found = _COMPOUND.fullmatch(part.removesuffix(_LAST_CHILD) if last_child else part)
        if found is None:
            return None
        classes = tuple(name for name in found["classes"].split(".") if name)
        chain.append(_Compound(found["tag"], classes, found["id"], last_child))
    if chain and (chain[-1].named or len(chain) > 1 and chain[-1].tag is not None and chain[-2].named):
        return tuple(chain)
    return None


_LAST_CHILD = ":last-child"


def _is_last_child(element) -> bool:
    """No element follows it among its siblings (what `:last-child` tests: XPath's
    `following-sibling::*` counts elements, not the comments lxml also lists)."""
    return next((sibling for sibling in element.itersiblings() if isinstance(sibling.tag, str)), None) is None


@lru_cache(maxsize=1024)
def _selector_list(selector: str) -> tuple[str, ...] | None:
    """The selectors of a list ("figure.article, #imghome, div.imghome") when
    the page index answers each of them; None otherwise."""
    if "," not in selector:
        return None
    parts = tuple(part.strip() for part in selector.split(","))
    return parts if all(_indexed_chain(part) is not None for part in parts) else None


@lru_cache(maxsize=1024)
def _lone_name(selector: str) -> tuple[int, str] | None:
    """(1, class name) or (2, id) for a selector that is one class or one id
    alone ("`.news-content`", "`#bodytext`"): the page index lists its
    matches whole, under that name (`Page._index`'s second and third maps)."""
    chain = _indexed_chain(selector)
    if chain is None or len(chain) != 1 or not chain[0].indexed_whole:
        return None
    compound = chain[0]
    return (2, compound.id) if compound.id is not None else (1, compound.classes[0])


def _inside(element, chain: tuple[_Compound, ...], within=None) -> bool:
    """Whether `element` lies inside an element matching `chain[-1]`, itself
    inside one matching `chain[-2]` ... (descendant combinators), all of them
    `within` itself or under it when it is given. Taking the nearest matching
    ancestor each time loses nothing: its ancestors include those of any farther one."""
    ancestors = element.iterancestors() if within is None else iter(_ancestors_up_to(element, within))
    return all(any(compound.matches(node) for node in ancestors) for compound in reversed(chain))


def _ancestors_up_to(element, top) -> list:
    """The ancestors of `element`, nearest first, up to `top` (given too): none
    when `top` is not one of them."""
    found = []
    for ancestor in element.iterancestors():
        found.append(ancestor)
        if ancestor is top:
            return found
    return []


def _is_under(element, top) -> bool:
    """Whether `element` is `top` or lies under it."""
    return element is top or any(ancestor is top for ancestor in element.iterancestors())


def text_of(element) -> str:
    """`element.text_content()`: every text under it, in order, comments and
    processing instructions left out; read by libxml2's text serialiser,
    which costs about half the XPath `string()` that `text_content` runs."""
    return lxml.etree.tostring(element, method="text", encoding="unicode", with_tail=False)


def wrapper_above(element, levels: int):
    """The element `levels` parents up, stopping below `<body>`: the block
    an article's parts share (headline, sapo, pictures, body)."""
    block = element
    for _ in range(levels):
        parent = block.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        block = parent
    return block


def class_and_id(element) -> str:
    """An element's class and id in one string ("box-tin tin-lienquan ctl00_Right"),
    as the name patterns (chrome, leads, related boxes, date fields) search them."""
    return f"{element.get('class') or ''} {element.get('id') or ''}"


def names_of(elements) -> tuple[frozenset[str], frozenset[str]]:
    """The class names and the ids of `elements` (a root's, listed already:
    `list(root.iter())`), read in one loop over the list, which costs less
    than two XPath walks of the tree on a body of a few dozen elements."""
    classes: set[str] = set()
    ids: set[str] = set()
    for element in elements:
        if not isinstance(element.tag, str):
            continue    # (a comment has no attributes)
        value = element.get("class")
        if value:
            classes.update(value.split())
        element_id = element.get("id")
        if element_id is not None:
            ids.add(element_id)
    return frozenset(classes), frozenset(ids)


def may_match(selector: str, names: tuple[frozenset[str], frozenset[str]]) -> bool:
    """False when `selector` needs a class name or an id that is not among
    `names` (`names_of` a root's elements): then it selects nothing under that root,
    and the walk of the tree it would cost is saved."""
    required = _required_names(selector)
    return not required or (required[0] <= names[0] and required[1] <= names[1])


# A legacy font's name in a style, a `<font face>` or a class: the ".Vn" fonts draw TCVN3's
# letters (".VnTime", ".VnArial"), the "VNI-" fonts VNI's ("VNI-Times").
_TCVN3_FONT = re.compile(r"(?:^|[\s,:'\"])\.vn[a-z]+|(?:^|\s)vn(?:time|arial)\w*", re.I)
_VNI_FONT = re.compile(r"(?:^|[\s,:'\"])vni[- ][a-z]+", re.I)
# Vietnamese letters beyond Latin-1 (ă, đ, ơ, ư, ạ …): a font's bytes read as Latin hold none.
_UNICODE_VIETNAMESE = re.compile("[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0"
                                 "\u1ea0-\u1ef9]")
# A paragraph is shorter than a page: fewer of its letters say the encoding.
_LEAST_ENCODED_LETTERS = 5


def _read_font_encoded_runs(tree) -> None:
    """Text typed in a legacy font encoding inside a Unicode page (a paragraph
    pasted from a Word file in .VnTime or VNI-Times: "Theo ®¸nh gi¸ cña …",
    "Naêm 2012, phong traøo …"), as the letters the font drew, which a
    reader with the font saw. Only where its element names the font and its
    text reads as that encoding; each text once (the outermost such element's).
    A run too short to tell by itself (a writer's name, "Leâ Thò Hoàng Nhung")
    is read where longer runs of the same font on the page were."""
    read: set = set()
    fonts_read: set = set()     # (the decodings of the fonts whose runs read as their encoding)
    short: list = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        names = " ".join(filter(None, (_font_names(element), element.get("class"))))
        if not names:
            continue
        decode = decode_tcvn3 if _TCVN3_FONT.search(names) else decode_vni if _VNI_FONT.search(names) else None
        if decode is None:
            continue
        text = element.text_content()
        looks = looks_like_tcvn3 if decode is decode_tcvn3 else looks_like_vni
        # (Not a text in Unicode's Vietnamese letters already: a whole page in the font, read so by its decoding.)
        if _UNICODE_VIETNAMESE.search(text) or not read.isdisjoint(element.iterancestors()):
            continue
        if looks(text, _LEAST_ENCODED_LETTERS):
            _read_run(element, decode)
            read.add(element)
            fonts_read.add(decode)
        elif looks(text, 1) and (decode is decode_tcvn3 or _VNI_ONLY.search(text)):
            short.append((element, decode))
    for element, decode in short:
        if decode in fonts_read and read.isdisjoint(element.iterancestors()):
            _read_run(element, decode)
            read.add(element)


# VNI's marks no Unicode Vietnamese text holds: Latin-1 letters Vietnamese has not (its hook
# "û", dot "ï", "ø" …), or a circumflex right after a vowel ("Leâ" for "Lê"). Without one, a
# short text in a VNI-named span may be Unicode typed in it ("Ngô Hoàng Anh", whose "oà" and
# "ô" VNI would read as "ồ" and "ơ").
_VNI_ONLY = re.compile("[øûïëäöñÿØÛÏËÄÖÑ]|[aeoAEO][âêôÂÊÔ]")


def _read_run(element, decode) -> None:
    for node in element.iter():
        if node.text and isinstance(node.tag, str):
            node.text = nfc(decode(node.text))
        if node is not element and node.tail:
            node.tail = nfc(decode(node.tail))


def _capitalised_fonts(tree) -> None:
    """Text set in a TCVN3 capitals font (.VnTimeH, .VnArialH: the "H" fonts
    draw the lower-case codes as capitals, a headline's habit) reads in
    capitals, as its reader saw it."""
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        if not _CAPITALS_FONT.search(_font_names(element)):
            continue
        # (Within the nearest element naming a font above it, when that is a capitals font, it is read already.)
        above = next((_font_names(ancestor) for ancestor in element.iterancestors()
                      if _FONT_NAMED.search(_font_names(ancestor))), "")
        if not _CAPITALS_FONT.search(above):
            _capitalise(element)


def _font_names(element) -> str:
    return " ".join(filter(None, (element.get("style"), element.get("face"))))


def _capitalise(element) -> None:
    """`element`'s text in capitals, but that of a descendant naming another
    font (a `.VnTime` line inside, or after a `.VnTimeH` heading left open)."""
    if element.text:
        element.text = element.text.upper()
    for child in element:
        if isinstance(child.tag, str):
            names = _font_names(child)
            if not (_FONT_NAMED.search(names) and not _CAPITALS_FONT.search(names)):
                _capitalise(child)
        if child.tail:
            child.tail = child.tail.upper()


# A font named in a style or a `face` (`font-family: …`, `face=".VnTime"`).
_FONT_NAMED = re.compile(r"font-family|\.vn|vni|arial|times", re.I)
# TCVN3's capitals fonts: ".VnTimeH", ".VnArialH", ".VnAvantH" (not ".VnHelvetIns").
_CAPITALS_FONT = re.compile(r"\.vn[a-z]*?h(?![a-z])", re.I)


# The look-alikes `nfc` repairs that a TCVN3 run keeps until it is read (`_decoded`).
_KEPT_LOOK_ALIKES = re.compile("[\u00ad\u00d0]")


def _repair_look_alikes(tree) -> None:
    """`nfc`'s repairs, made on the text outside the font's runs once they are read
    (an Eth for "Đ" in a Unicode page that also names a .Vn font)."""
    for node in tree.iter():
        if not isinstance(node.tag, str):
            continue
        if node.text and _KEPT_LOOK_ALIKES.search(node.text):
            node.text = nfc(node.text)
        if node.tail and _KEPT_LOOK_ALIKES.search(node.tail):
            node.tail = nfc(node.tail)


def _normalised(text: str) -> str:
    """A page's text in NFC with `nfc`'s repairs, save on a page naming a TCVN3 font: a run
    typed in it keeps its letters as they are until it is read (`_read_font_encoded_runs`,
    which repairs the rest after): its "ư" is the soft hyphen's byte, its "é" the Eth's."""
    return unicodedata.normalize("NFC", text) if text and (".Vn" in text or "vntime" in text) else nfc(text)


def decode_html(body: bytes, declared: str | None = None) -> str:
    """Decode raw page bytes to NFC text.

    Declarations are often wrong on ward servers (`charset=iso-8859-1` or
    `windows-1258` headers on UTF-8 pages), and a legacy single-byte codec
    "decodes" any bytes, silently into mojibake. So: bytes that are valid
    UTF-8 and contain multi-byte sequences are UTF-8 (legacy text is
    practically never valid UTF-8); otherwise the charset the server
    declared, then windows-1258 (Vietnam's legacy code page, whatever
    `<meta charset>` says: ward pages often declare Latin-1 for it), then
    `<meta charset>` and detection (UnicodeDammit). A page declared Latin-1
    that writes Vietnamese's letters as character references is Latin-1.
    Legacy bytes that read as TCVN3's look-alikes ("Xu©n Ninh") are TCVN3,
    and those that read as vowels followed by VNI's marks ("Xaõ Taân") VNI.
    """
    return _decoded(body, declared)[0]


def _decoded(body: bytes, declared: str | None) -> tuple[str, bytes | None]:
    """`decode_html`'s text, with `body` itself when the text is exactly its
    UTF-8 decoding (no byte order mark, NFC as sent: most pages), else None."""
    if not body:
        return "", None
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None and (not text.isascii() or not declared):
        normal = _normalised(text.removeprefix("\ufeff"))
        # (`nfc` answers the very string it was given when nothing in it changes.)
        return normal, body if normal is text else None
    if text is None and (mostly := _mostly_utf8(body)) is not None:
        return _normalised(mostly.removeprefix("\ufeff")), None
    latin = read_as_latin(body)
    if looks_like_vni(latin):
        return nfc(decode_vni(latin)), None
    if looks_like_tcvn3(latin):
        return nfc(decode_tcvn3(latin)), None
    if _latin_with_references(body, declared):
        return nfc(latin), None
    candidates = [c for c in (declared,) if c]
    dammit = UnicodeDammit(body, known_definite_encodings=candidates, user_encodings=["windows-1258"],
                           is_html=True)
    text = dammit.unicode_markup if dammit.unicode_markup is not None else body.decode("utf-8", "replace")
    return nfc(text), None


def _mostly_utf8(body: bytes) -> str | None:
    """A UTF-8 page with a stray byte or two of another encoding (a footer's
    Latin-1 "©" in a PHP template, a cut sequence): its UTF-8 reading, the
    stray bytes replaced, where a legacy page read as UTF-8 fails on nearly
    every letter. None when the page is not mostly UTF-8."""
    text = body.decode("utf-8", "replace")
    stray = text.count("\ufffd") - body.count(b"\xef\xbf\xbd")   # (not those the page itself prints)
    letters = sum(1 for character in text if character > "\x7f") - stray
    return text if letters >= _UTF8_LETTERS_AT_LEAST and stray * _UTF8_LETTERS_PER_STRAY_BYTE <= letters else None


# A page of Vietnamese text has hundreds of UTF-8 letters; one stray byte for so many is a slip.
_UTF8_LETTERS_AT_LEAST, _UTF8_LETTERS_PER_STRAY_BYTE = 50, 50


def _latin_with_references(body: bytes, declared: str | None) -> bool:
    """A page declared Latin-1 that writes Vietnamese's own letters as character
    references ("Ti&#7871;n"): an editor saving in Latin-1 (Dreamweaver,
    FrontPage) writes so every letter Latin-1 lacks, and the others ("ã", "ò")
    as Latin-1's bytes, which windows-1258 would read as other letters ("ă", a
    tone mark). (Detection tries windows-1258 before a page's own declaration.)"""
    references = len(_VIETNAMESE_REFERENCE.findall(body, 0, _REFERENCE_WINDOW))
    if references < _VIETNAMESE_REFERENCES:
        return False
    if len(_WINDOWS_1258_TONE_MARK.findall(body, 0, _REFERENCE_WINDOW)) > references:
        return False    # (its text in windows-1258 bytes, only a pasted footer in references)
    charset = (declared or EncodingDetector.find_declared_encoding(body, is_html=True) or "").lower()
    return charset.replace("_", "-") in _LATIN_CHARSETS


# Vietnamese letters beyond Latin-1 as decimal or hex references: ă Ă đ Đ ơ Ơ ư Ư, U+1EA0-U+1EF9.
_VIETNAMESE_REFERENCE = re.compile(rb"&#(?:259|258|273|272|417|416|432|431|78[4-9]\d|79[0-2]\d|x1[eE][a-fA-F\d]{2}|"
                                   rb"x10[23]|x11[01]|x1[aA][01fF]|x1[bB]0);")
_VIETNAMESE_REFERENCES = 3
# A windows-1258 tone mark (a combining byte: grave, acute, hook, tilde, dot below) after a vowel:
# "Xa\xde" is "Xã". Latin-1 reads those bytes as letters a Vietnamese vowel rarely precedes (Ì ì Ò ò Þ:
# "quì" is one of the few): a windows-1258 text has more such pairs than references.
_WINDOWS_1258_TONE_MARK = re.compile(rb"[aeiouyAEIOUY\xe2\xea\xf4\xc2\xca\xd4\xe3\xc3\xf5\xd5\xfd\xdd][\xcc\xec\xd2\xde\xf2]")
_REFERENCE_WINDOW = 200_000
_LATIN_CHARSETS = frozenset(("iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "windows-1252", "cp1252",
                             "us-ascii", "ascii"))


XML_DECLARATION = re.compile(r"^\ufeff?\s*<\?xml[^>]*\?>")


def _inline_srcdocs(tree) -> None:
    """An `<iframe srcdoc="…">` shows the document in its attribute as part
    of the page (a portal that embeds the article so): its body takes the
    iframe's place, in a `div.iframe-srcdoc`, as the reader sees it."""
    for frame in list(tree.iter("iframe")):
        inner = (frame.get("srcdoc") or "").strip()
        if not inner:
            continue
        try:
            document = lxml.html.document_fromstring(inner, parser=_PARSER)
        except (lxml.etree.ParserError, ValueError):
            continue
        body = document.find("body")
        holder = lxml.html.Element("div", {"class": "iframe-srcdoc"})
        holder.extend(list(body) if body is not None else [])
        if body is not None and body.text:
            holder.text = body.text
        holder.tail = frame.tail
        frame.getparent().replace(frame, holder)


class Page:
    """One page, addressed by URL, with CSS helpers that return clean text."""

    # The page's UTF-8 bytes as fetched, when `html` is exactly their decoding
    # (`from_bytes`): parsed and searched as they are, not encoded again.
    _utf8: bytes | None = None
    # The day (in Vietnam) the page was served: a capture's, when it is read again
    # from the archive. The checks that compare a date with the reader's today
    # (a header clock's day, a date in the future) compare it with this day;
    # None is today.
    served_on: date | None = None

    def __init__(self, url: str, html: str):
        self.url = url
        self.html = _normalised(html)

    @classmethod
    def from_bytes(cls, url: str, body: bytes, declared: str | None = None) -> "Page":
        page = cls.__new__(cls)
        # `decode_html` answers NFC already: normalising the whole page again
        # would only read it once more.
        page.url = url
        page.html, page._utf8 = _decoded(body, declared)
        return page

    @cached_property
    def tree(self) -> lxml.html.HtmlElement:
        # An XHTML page's XML declaration names its encoding, which lxml refuses
        # in text already decoded ("Unicode strings with encoding declaration"):
        # the page would be read as empty.
        source = XML_DECLARATION.sub("", self.html or "", count=1) or "<html></html>"
        try:
            if self._utf8 is not None and source is self.html:
                # The same tree as from the text, which lxml would encode to UTF-8 again first.
                tree = lxml.html.document_fromstring(self._utf8, parser=_UTF8_PARSER)
            else:
                tree = lxml.html.document_fromstring(source, parser=_PARSER)
        except (lxml.etree.ParserError, ValueError):
            return lxml.html.document_fromstring("<html><body></body></html>", parser=_PARSER)
        if "srcdoc" in source:
            _inline_srcdocs(tree)
        if ".Vn" in source or "VNI" in source or "vntime" in source:
            _read_font_encoded_runs(tree)
            if _CAPITALS_FONT.search(source):
                _capitalised_fonts(tree)
            if _KEPT_LOOK_ALIKES.search(source):
                _repair_look_alikes(tree)
        return tree

    def css(self, selector: str, root=None) -> list:
        return list(self._matches(selector, root))

    def _matches(self, selector: str, root):
        """The elements `selector` selects under `root` (the page if None), in
        page order; lazily for a bare tag name, so that `first` and `text`
        stop at the first match instead of walking the whole page for it."""
        if root is None:
            # Detection and the parsers ask the whole page for dozens of class
            # names and ids, each an XPath walk of the tree (libxml2 builds a
            # string per element to test a class): the page's index answers
            # them, and a name the page never uses needs no walk at all. (Most
            # names asked for are not on the page: told first, by two set tests.)
            if not may_match(selector, self.names):
                return ()
            listed = _selector_list(selector)
            if listed is not None:
                answers = [found for found in (self._matches(part, None) for part in listed) if found]
                if len(answers) <= 1:
                    # (Of a list, most pages use one selector or none: its answer is the list's.)
                    return answers[0] if answers else ()
            chain = _indexed_chain(selector)
            if chain is not None:
                if len(chain) == 1 and chain[0].indexed_whole:
                    return self._listed(chain[0])   # (most selectors: the index's own list)
                return self._indexed_answer(selector, chain)
            if not self.may_have(_required_attributes(selector)):
                return ()
        elif root.getroottree().getroot() is self.tree:
            # A part of the page's own tree (a platform's article portlet, asked
            # for its title): the page's index answers there too.
            scoped = self._indexed_under(selector, root)
            if scoped is not None:
                return scoped
        root = root if root is not None else self.tree
        if _BARE_TAG.fullmatch(selector):
            return root.iter(selector)      # what the selector's descendant-or-self::tag selects
        return compiled_css(selector)(root)

    def _indexed_under(self, selector: str, root) -> list | None:
        """What `selector` selects under `root`, an element of the page's own
        tree, from the page's index: nothing where the page lacks a name it
        needs, else the whole page's answer less what is not under `root`
        (XPath's `descendant-or-self` from `root`: `root` itself may match, and
        the elements a descendant combinator names must be under it too).
        None for a selector the index does not answer."""
        if not may_match(selector, self.names):
            return []
        chain = _indexed_chain(selector)
        if chain is None:
            return None
        answer = self._matches(selector, None)
        if len(chain) == 1:
            return [element for element in answer if _is_under(element, root)]
        return [element for element in answer if _inside(element, chain[:-1], within=root)]

    def _indexed_answer(self, selector: str, chain: tuple[_Compound, ...]) -> list:
        """`_indexed(chain)`, worked out once per page: detection, the layout
        tests and the parser ask for many of the same selectors. (The index is
        read once too: nothing changes the page's tree.) Callers read the
        list, never change it."""
        answer = self._indexed_answers.get(selector)
        if answer is None:
            answer = self._indexed_answers[selector] = self._indexed(chain)
        return answer

    @cached_property
    def _indexed_answers(self) -> dict[str, list]:
        return {}

    def _indexed(self, chain: tuple[_Compound, ...]) -> list:
        """What a chain of compound selectors selects in the page, in page
        order (as its XPath would), from the index."""
        last = chain[-1]
        if len(chain) == 1:
            return self._carrying(last)
        if last.named:
            return [element for element in self._carrying(last) if _inside(element, chain[:-1])]
        # A tag under a name: the tags under the outermost elements carrying it
        # (their subtrees are apart and in page order, each tag met once).
        holders = self._carrying(chain[-2])
        held = set(holders)
        outermost = [holder for holder in holders if held.isdisjoint(holder.iterancestors())]
        return [element for holder in outermost for element in holder.iterdescendants(last.tag)
                if (not last.last_child or _is_last_child(element)) and _inside(element, chain[:-1])]

    def _listed(self, compound: _Compound) -> list:
        """The elements the page index lists under the compound's id, or else
        its first class name, in page order (callers read it, never change it)."""
        if compound.id is not None:
            return self._index[2].get(compound.id, [])
        return self._index[1].get(compound.classes[0], [])

    def _carrying(self, compound: _Compound) -> list:
        """The elements matching a compound selector that names a class or an id, in page order."""
        if compound.indexed_whole:
            return list(self._listed(compound))
        return [element for element in self._listed(compound) if compound.matches(element)]

    def may_have(self, attributes) -> bool:
        """False when one of `attributes` (lower-case names) is not even written
        in the page's source: no element can carry it, and the walk of the tree
        for it is saved. The HTML parser takes attribute names from the source
        with their ASCII letters lower-cased, and so does `bytes.lower`."""
        return all(name.encode() in self.source_lower for name in attributes)

    @cached_property
    def source_lower(self) -> bytes:
        """The page's HTML as UTF-8 with its ASCII letters lower-cased: a byte
        search of it costs less than a search of the text."""
        return (self._utf8 if self._utf8 is not None else self.html.encode("utf-8", "surrogatepass")).lower()

    def named(self, pattern: re.Pattern | Callable[[str], bool]) -> list:
        """Elements with a class name or id in which `pattern` finds something,
        or which passes `pattern`'s test (the names are matched once each, not
        once per element)."""
        test = pattern.search if isinstance(pattern, re.Pattern) else pattern
        found: dict = {}
        for name, elements in self._index[0].items():
            if test(name):
                found.update(dict.fromkeys(elements))
        return list(found)

    @cached_property
    def names(self) -> tuple[frozenset[str], frozenset[str]]:
        """The page's class names (as CSS selectors read them) and ids."""
        return frozenset(self._index[1]), frozenset(self._index[2])

    @cached_property
    def elements(self) -> list:
        """The page's elements (no comments or processing instructions) in page
        order, listed once: a walk of the list costs less than a walk of the
        tree, in which lxml looks each element's Python object up again.
        (Listed, those objects are kept for the page's life: lxml makes one
        each time an element no one holds is met again, and the readers meet
        the same elements again and again, by walks and by their ancestors.)
        Callers read the list, never change it."""
        return list(self.tree.iter(lxml.etree.Element))

    @cached_property
    def _index(self) -> tuple[dict[str, list], dict[str, list], dict[str, list]]:
        """One walk over the elements with a class or an id, read once per page:
        name (class or id) -> elements, for `named`; class name (as CSS reads
        it) -> elements and id -> elements, in page order, for selectors."""
        by_name: dict[str, list] = {}
        by_class: dict[str, list] = {}
        by_id: dict[str, list] = {}
        # A walk in Python, not the XPath //*[@class or @id]: on a page of a
        # hundred elements or so, XPath's setting up costs more than the walk.
        # (Comments and processing instructions have no names: not walked.)
        for element in self.elements:
            value, id_ = element.get("class"), element.get("id")
            if value:
                words = value.split()
                if len(words) > 1:
                    words = dict.fromkeys(words)
                if value.isprintable():
                    # The class names as CSS reads them are the words: both lists are
                    # filled in one loop. (`setdefault` would make an empty list on every
                    # call, most of them for a name listed already: an eighth of the walk.)
                    for name in words:
                        listed = by_name.get(name)
                        if listed is None:
                            by_name[name] = [element]
                        else:
                            listed.append(element)
                        listed = by_class.get(name)
                        if listed is None:
                            by_class[name] = [element]
                        else:
                            listed.append(element)
                else:
                    for name in words:
                        by_name.setdefault(name, []).append(element)
                    for name in dict.fromkeys(class_tokens(value)):
                        by_class.setdefault(name, []).append(element)
                if id_ is not None:
                    by_id.setdefault(id_, []).append(element)
                    if id_ and id_ not in words:
                        by_name.setdefault(id_, []).append(element)
            elif id_ is not None:
                by_id.setdefault(id_, []).append(element)
                if id_:
                    by_name.setdefault(id_, []).append(element)
        return by_name, by_class, by_id

    def first(self, *selectors: str, root=None):
        """First element matching any selector, in the order given."""
        for selector in selectors:
            lone = _lone_name(selector) if root is None else None
            if lone is not None:
                # (Most selectors asked of the whole page, the platforms' layouts
                # first, are one class or one id: the index's list answers.)
                listed = self._index[lone[0]].get(lone[1])
                if listed:
                    return listed[0]
                continue
            found = next(iter(self._matches(selector, root)), None)
            if found is not None:
                return found
        return None

    def first_selecting(self, selectors: tuple[str, ...]) -> str | None:
        """The first of `selectors` that selects an element of the page, or
        None: a platform's layout. Detection asks each platform's layouts of
        every page, and most of them name a class or an id the page does not
        use: each is ruled out by a set test of the names it needs, without
        the layers of `first` (they took 2% of a page's time in all)."""
        classes, ids = self.names
        for selector, required in _with_required_names(selectors):
            if required is not None and not (required[0] <= classes and required[1] <= ids):
                continue
            if self.first(selector) is not None:
                return selector
        return None

    def text(self, *selectors: str, root=None) -> str | None:
        """Squashed text of the first non-empty match of any selector."""
        if root is None:    # (the page's `<title>` is asked for by the checks, the fallback and its ranking)
            return self.once(("text", selectors), lambda: self._text(selectors, None))
        return self._text(selectors, root)

    def _text(self, selectors: tuple[str, ...], root) -> str | None:
        for selector in selectors:
            for element in self._matches(selector, root):
                value = squash(text_of(element))
                if value:
                    return value
        return None

    def meta(self, *names: str) -> str | None:
        """Content of the first `<meta name|property=...>` present, HTML-unescaped.

        NukeViet double-escapes titles (`&#x3A;`), so unescape after parsing.
        """
        for name in names:
            for value in self.meta_contents(name):
                if value and value.strip():
                    return squash(html_lib.unescape(value))
        return None

    def meta_contents(self, name: str) -> list[str | None]:
        """The raw `content` of every `<meta>` whose name, property or itemprop
        is `name`, in page order."""
        return self._meta_by_name.get(name, [])

    @cached_property
    def _meta_by_name(self) -> dict[str, list[str | None]]:
        """Meta name (also property, itemprop) -> contents: parsers and the
        date reader ask for a dozen names, and one walk answers them all."""
        by_name: dict[str, list[str | None]] = {}
        for element in self.tree.iter("meta"):
            content = element.get("content")
            for name in {element.get("name"), element.get("property"), element.get("itemprop")}:
                if name is not None:
                    by_name.setdefault(name, []).append(content)
        return by_name

    @cached_property
    def json_ld(self) -> list:
        """Every object of the page's JSON-LD scripts, nested ones too (a date
        reader and a credit reader both ask): each script's outer object first,
        then its nested ones, the last listed first."""
        found: list = []
        # (A tag name is looked for in C; an XPath test would be run on every element.)
        for script in self.tree.iter("script"):
            if script.get("type") == "application/ld+json":
                try:
                    stack = [json.loads(script.text or "")]
                except ValueError:
                    continue
                while stack:
                    item = stack.pop()
                    if isinstance(item, dict):
                        found.append(item)
                        stack.extend(item.values())
                    elif isinstance(item, list):
                        stack.extend(item)
        return found

    @cached_property
    def base_url(self) -> str:
        """What the page's relative addresses resolve against: its `<base
        href>` when it has one on the page's own site or portal (a mirrored or
        templated page; VNPortal's files host, `datafiles.nghean.gov.vn` under
        `quephong.nghean.gov.vn`), else its URL. A base on another host is not
        followed: it would send the page's own pictures and files elsewhere (a
        hostile page's trick), except on a web cache's or archive's copy, whose
        base is the original page's (Google's cache, archive.today)."""
        if b"<base" not in self.source_lower:      # (most pages have none: no walk for it)
            return self.url
        base = next((element.get("href") for element in self.tree.iter("base") if element.get("href")), None)
        resolved = web_url(unescape_amp(base.strip()), self.url) if base else None
        if resolved and (same_portal(resolved, self.url) or _COPY_HOSTS.match(urlsplit(self.url).hostname or "")):
            return resolved
        return self.url

    def canonical_link(self) -> str | None:
        """The address `<link rel=canonical>` declares, made absolute (None without one)."""
        link = self.first("link[rel=canonical]")
        return self.absolute(link.get("href")) if link is not None else None

    def absolute(self, href: str | None) -> str | None:
        """`href` made absolute against the page (its `<base href>` first), if
        it leads to an http(s) URL; None for every other scheme (see
        `urls.web_url`)."""
        if not href:
            return None
        # The same hrefs come back many times in one extraction (detection,
        # listing, body, attachments): each is resolved once per page.
        if href not in self._absolute_urls:
            # lxml has decoded entities already; unescaping again would turn
            # `?a=1&para=2` into `?a=1¶=2`. Only a literal `&amp;` left in a
            # stored URL is repaired.
            self._absolute_urls[href] = web_url(unescape_amp(href), self.base_url)
        return self._absolute_urls[href]

    @cached_property
    def _absolute_urls(self) -> dict[str, str | None]:
        return {}

    def once(self, key, compute):
        """`compute()` the first time `key` is asked of this page, then the same
        answer: for what is read from the tree, which nothing changes (the
        platform's layout, the markup's date), when several readers of one
        extraction (detection, the chain's attempts) ask for it."""
        if key not in self._derived:
            self._derived[key] = compute()
        return self._derived[key]

    @cached_property
    def _derived(self) -> dict:
        return {}

    def links(self, selector: str = "a[href]", root=None) -> list[str]:
        """Absolute hrefs under `selector`, in page order, without repeats."""
        if selector == "a[href]" and root is None:
            return list(self.iter_links())   # several platforms' detection reads them all
        return self._links(selector, root)

    def iter_links(self):
        """`links()` of the whole page, each resolved when it is first asked
        for (once for every reader): a detection that stops at its first
        telling link resolves no more of them (a URL join is the cost of a link)."""
        resolved, seen, elements = self._link_reading
        position = 0
        while True:
            if position < len(resolved):
                yield resolved[position]
                position += 1
                continue
            element = next(elements, None)
            if element is None:
                return
            url = self.absolute(element.get("href"))
            if url and url not in seen:
                seen.add(url)
                resolved.append(url)

    @cached_property
    def _link_reading(self) -> tuple[list[str], set[str], object]:
        """The page's links resolved so far, the same as a set, and the `<a href>` elements still to read."""
        # (What `a[href]` selects, without setting up its XPath for the page.)
        return [], set(), (anchor for anchor in self.tree.iter("a") if anchor.get("href") is not None)

    def _links(self, selector: str, root) -> list[str]:
        seen: dict[str, None] = {}
        for element in self.css(selector, root):
            url = self.absolute(element.get("href"))
            if url:
                seen.setdefault(url, None)
        return list(seen)
