"""The page's class and id index answers whole-page CSS selectors exactly as
lxml's CSSSelector does: the same elements, in the same order."""
from __future__ import annotations

import lxml.etree
import pytest
from lxml.cssselect import CSSSelector

from ward_scraper.extract.evaluate import BLIND_BATCHES, GOLD_DIR, load_gold
from ward_scraper.extract.platforms import PARSERS
from ward_scraper.util.page import Page, _indexed_chain, _simple_xpath, class_tokens, compiled_css

TRICKY = """<html><body>
<div class="wrap Main" id="top">
  <div class="news-detail"><div class="x"><p class="news-content lead">one</p></div></div>
  <p class="news-content">outside</p>
  <div class="a\u00a0b">no-break space</div><div class="a\tb  c">tab</div>
  <div class="a\x0cb">form feed</div>
  <span id="dup" class="c c">first</span><span id="dup">second</span>
  <section class="news-detail"><div class="news-detail"><i class="news-content">nested</i></div></section>
  <table class="ms-formtable"><tr><td class="ms-formbody">cell</td></tr></table>
</div></body></html>"""
TRICKY_SELECTORS = (".a", ".b", ".c", "div.a", "span.c", "#dup", "span#dup", "div#dup", ".Main", ".main",
                    "div.wrap.Main", ".news-detail .news-content", "div .news-content", "section .news-detail .x",
                    ".news-detail .x .news-content", "#top .news-content", "table.ms-formtable .ms-formbody",
                    ".missing", "#missing", ".wrap .missing", "p.news-content.lead", "i.news-content",
                    ".news-detail i", ".news-detail p", "#top span", "div.wrap .news-detail i", ".wrap td",
                    "table.ms-formtable tr", ".x p", ".missing p", "section .news-detail i")


def _page_selectors() -> list[str]:
    """Every selector the platform parsers declare."""
    found: dict[str, None] = {}
    for parser in PARSERS.values():
        for name in ("layout_css", "title_css", "lead_css", "body_css", "date_css", "category_css",
                     "noise_css", "attachment_box_css"):
            found.update(dict.fromkeys(getattr(parser, name, ())))
    return [*found, *_CODE_SELECTORS]


# Whole-page selectors the parsers' code asks besides those they declare: selector lists.
_CODE_SELECTORS = ("figure.article, #imghome, div.imghome",)


def _page_bytes() -> list[tuple[str, bytes]]:
    """(URL, bytes as fetched) of the gold pages and the blind tuning pages."""
    gold = load_gold(GOLD_DIR)
    for _label, folder in BLIND_BATCHES:
        gold += [page for page in load_gold(folder) if page.platform == "tuning"]
    return [(page.expected["url"], page.html_path.read_bytes()) for page in gold]


def _pages() -> list[Page]:
    return [Page.from_bytes(url, body) for url, body in _page_bytes()]


def _xpath_answer(selector: str, page: Page) -> list:
    return CSSSelector(selector, translator="html")(page.tree)


def test_the_index_answers_tricky_class_names_as_css_does():
    page = Page("http://example.gov.vn/", TRICKY)
    for selector in TRICKY_SELECTORS:
        assert _indexed_chain(selector) is not None, selector
        assert page.css(selector) == _xpath_answer(selector, page), selector
        assert page.first(selector) is next(iter(_xpath_answer(selector, page)), None), selector


def test_selectors_of_attributes_and_positions_are_answered_as_xpath_does():
    """A selector needing an attribute the source never writes, or a class the
    page lacks, is not walked for; the answers stay XPath's."""
    page = Page("http://example.gov.vn/", '<html><body><div DATA-Role="content"><ol class="breadcrumb">'
                                           '<li>Trang chủ</li><li>Tin tức</li></ol></div></body></html>')
    for selector in ("[data-role=content]", "[data-role]", "[data-zone-id]", "ol.breadcrumb li:last-child",
                     ".breadcrumbs li:last-child", "a[rel~=category]", "div:not([data-x]) li"):
        assert page.css(selector) == _xpath_answer(selector, page), selector
    assert page.text("ol.breadcrumb li:last-child") == "Tin tức"


LISTS_AND_LAST = """<html><body><ol class="breadcrumb"><li>a</li><li>b</li><!-- c --></ol>
<ul class="breadcrumb"><li>x</li><li>y<ul><li>z</li></ul></li><li class="q">w</li>text</ul>
<figure class="article">1</figure><div id="imghome"><a>2</a><a>3</a><?pi x?></div></body></html>"""


def test_selector_lists_and_last_children_are_answered_as_xpath_does():
    """A list of which one selector (or none) matches is answered by the index,
    and a last child by its following siblings, comments and instructions not counted."""
    page = Page("http://example.gov.vn/", LISTS_AND_LAST)
    for selector in ("ol.breadcrumb li:last-child", ".breadcrumb li:last-child", "ul.breadcrumb li:last-child",
                     ".q:last-child", "li.q:last-child", "#imghome a:last-child", ".breadcrumb:last-child",
                     "figure.article, #imghome, div.imghome", "#imghome, div.imghome", ".missing, #missing",
                     "figure.article, .nothing", ".nothing, .breadcrumb li:last-child", "li:last-child"):
        assert page.css(selector) == _xpath_answer(selector, page), selector
        assert page.first(selector) is next(iter(_xpath_answer(selector, page)), None), selector
    assert page.text("ol.breadcrumb li:last-child") == "b"


def test_the_index_answers_under_an_element_of_the_page_as_css_does():
    """Under an element of the page's own tree, `root` itself may match, and
    every element a descendant combinator names must be under it too."""
    page = Page("http://example.gov.vn/", TRICKY)
    for root in (page.tree, *page.tree.iter("div", "section", "table", "p")):
        for selector in TRICKY_SELECTORS:
            assert page.css(selector, root) == CSSSelector(selector, translator="html")(root), selector


@pytest.mark.parametrize("page", _pages()[:30], ids=lambda page: page.url)
def test_every_parser_selector_under_the_parts_of_real_pages(page):
    """Asked under a part of the page (a portlet, a body), the index answers as XPath does."""
    selectors = _page_selectors()
    roots = {found[0]: None for selector in selectors if (found := page.css(selector))}
    for root in [*roots, page.tree.find("body")]:
        if root is None:
            continue
        for selector in selectors:
            assert page.css(selector, root) == CSSSelector(selector, translator="html")(root), selector


def test_simple_selectors_are_compiled_to_the_xpath_cssselect_writes():
    """The XPath written for tag, class and id selectors (and lists of them) is
    cssselect's own, for every selector the parsers declare, each with a descendant
    and in a list; any other selector is left to cssselect."""
    selectors = [*_page_selectors(), *TRICKY_SELECTORS, "script", "div p span", ".a.b.c", "p.a.b#x", ".a#x",
                 "a.b\u00e9", ".-a", "._a", "#a-1 .b", ".a , .b", "div.x,p"]
    written = 0
    for selector in [*selectors, *(f"{selector} p" for selector in selectors),
                     *(f"{a}, {b}" for a, b in zip(selectors, selectors[1:]))]:
        path = _simple_xpath(selector)
        if path is not None:
            written += 1
            assert path == CSSSelector(selector, translator="html").path, selector
    assert written > 100
    for selector in ("#x.y", "DIV.x", ".a > .b", "[data-role=content]", "a:not(.b)", ".a\u00a0b", ".a\tb", "", "a,",
                     "li:last-child", ".1a"):
        assert _simple_xpath(selector) is None, selector
    page = Page("http://example.gov.vn/", TRICKY)
    for selector in TRICKY_SELECTORS:
        assert compiled_css(selector)(page.tree) == CSSSelector(selector, translator="html")(page.tree), selector


def test_selectors_the_index_cannot_answer_go_to_xpath():
    for selector in ("div", "div p", "[data-role=content]", ".a, .b", "a:not(.b)",
                     ".item-page [itemprop=articleBody]", "DIV.x", "a[href]"):
        assert _indexed_chain(selector) is None, selector


def test_class_tokens_split_as_xpath_normalize_space_does():
    assert class_tokens("a  b\tc\nd") == ["a", "b", "c", "d"]
    assert class_tokens("a\u00a0b c") == ["a\u00a0b", "c"]
    assert class_tokens("a\x0cb") == ["a\x0cb"]
    assert class_tokens(None) == [] and class_tokens("  ") == []


@pytest.mark.parametrize("page", _pages(), ids=lambda page: page.url)
def test_every_parser_selector_on_real_pages(page):
    for selector in _page_selectors():
        expected = _xpath_answer(selector, page)
        assert page.css(selector) == expected, selector
        assert page.first(selector) is next(iter(expected), None), selector


@pytest.mark.parametrize("page", _pages()[:20], ids=lambda page: page.url)
def test_links_read_lazily_are_the_links_read_at_once(page):
    """A reader that stops early, then others, all see the links in page order, once each."""
    at_once = page._links("a[href]", None)
    first = next(page.iter_links(), None)
    both = list(zip(page.iter_links(), page.iter_links()))
    assert first == (at_once[0] if at_once else None)
    assert [a for a, _ in both] == [b for _, b in both] == at_once == page.links()


TRICKY_TEXT = ("<html><head><style>p{}</style><script>var x = '<b>';</script></head><body>"
               "<p>a<!-- a comment -->b<?pi x?>c&amp;&nbsp;d<br>e<span>f<i>g</i></span>h</p>tail"
               "<table><tr><td>\u0301x\u00adz</td></tr></table><p></p></body></html>")


@pytest.mark.parametrize("page", [Page("https://x.gov.vn/", TRICKY_TEXT), *_pages()], ids=lambda page: page.url)
def test_text_of_is_text_content(page):
    from ward_scraper.util.page import text_of
    for element in page.tree.iter():
        if isinstance(element.tag, str):
            assert text_of(element) == element.text_content(), element.tag


# Pages whose bytes are not their text as they are: a byte order mark, NFD tone marks, a look-alike
# letter, an XML declaration naming an encoding, a legacy charset declared beside UTF-8 bytes.
ODD_BYTES = ("\ufeff<html><body><p>Phường Hòa Xuân</p></body></html>".encode(),
             "<html><body><p>Phu\u031bo\u031b\u0300ng</p></body></html>".encode(),
             "<html><body><p>\u00d0oàn viên</p></body></html>".encode(),
             '<?xml version="1.0" encoding="utf-8"?><html><body><p>Xã Đông</p></body></html>'.encode(),
             '<html><head><meta charset="windows-1258"></head><body><p>Tin tức</p></body></html>'.encode())


@pytest.mark.parametrize("body", [*ODD_BYTES, *(body for _url, body in _page_bytes())],
                         ids=lambda body: str(hash(body)))
def test_a_page_parsed_from_its_bytes_is_the_page_parsed_from_its_text(body):
    """`Page.from_bytes` parses the bytes it was given where its text is exactly
    their decoding, and the text otherwise: the tree, and the lower-cased source, are the same."""
    from_bytes = Page.from_bytes("https://x.gov.vn/", body)
    from_text = Page("https://x.gov.vn/", from_bytes.html)
    assert lxml.etree.tostring(from_bytes.tree, encoding="unicode") == \
        lxml.etree.tostring(from_text.tree, encoding="unicode")
    assert from_bytes.source_lower == from_text.source_lower
