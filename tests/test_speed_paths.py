"""The shortcuts of the eighth speed round give what the work they replace gives.

Each shortcut answers a question the extraction asks of every page (the texts
above a headline, whether the page prints a publish word, ...) with less
work; these tests hold each to the slower reading it replaced, on written
pages and on every gold page.
"""
from __future__ import annotations

import sys

import lxml.etree
import pytest

from ward_scraper.extract import evaluate, quality
from ward_scraper.util.page import Page

_TEXTS = ("<html><head><title>T</title><script>var a = 1;</script></head><body><div id='page'>"
          "<ul class='menu'><li><a href='/'>Trang chủ</a></li><li>Tin tức<!-- c --></li></ul>lời ngoài"
          "<p class='crumb'>Tin địa phương » <b>Thứ năm</b>, 12/06/2025</p><?pi x?>sau pi"
          "<h1 id='headline'>Tiêu đề <b>in đậm</b> cuối</h1>sau tiêu đề<!-- ghi chú -->sau ghi chú"
          "<div><table><tr><td>Ngày đăng:</td><td id='cell'>28/11/2025</td></tr></table></div></div>"
          "<p id='foot'>cuối trang <i>nghiêng</i></p></body></html>")


@pytest.fixture(scope="module")
def pages() -> list[Page]:
    written = [Page("https://a.gov.vn/tin/1", _TEXTS)]
    return written + [Page.from_bytes(gold.expected["url"], gold.html_path.read_bytes())
                      for gold in evaluate.load_gold(evaluate.GOLD_DIR)]


def test_the_texts_before_an_element_are_what_preceding_text_selects(pages):
    """The lazy walk above a headline gives the thirty text nodes XPath's
    `preceding::text()[position() <= 30]` gives (nearest first as they are
    counted; in page order once reversed), each with its element and whether
    it is that element's tail."""
    from itertools import islice

    preceding = lxml.etree.XPath("preceding::text()[position() <= 30]")
    for page in pages:
        for element in page.tree.iter(lxml.etree.Element):
            walked = list(islice(quality._texts_before(element), 30))[::-1]
            expected = [(str(node), node.getparent(), node.is_tail) for node in preceding(element)]
            assert walked == expected, (page.url, element.tag)


def test_the_publish_words_spelt_in_the_bytes_are_every_spelling_str_lower_reads():
    """A page's text holds a publish word once lower-cased exactly when its
    `source_lower` holds one of the byte spellings: no other character of
    Unicode is lowered to one of the words' letters."""
    letters = set("".join(quality._PUBLISH_WORDS)) - {" "}
    lowered_to = {letter: {letter} for letter in letters}
    for code in range(sys.maxunicode + 1):
        character = chr(code)
        lower = character.lower()
        if lower in letters and not (character.isascii() and character.isupper()):
            lowered_to[lower].add(character)
    for letter, characters in lowered_to.items():
        # (An ASCII letter is lower-cased in the bytes already: only its lower case is spelt.)
        assert characters <= ({letter} if letter.isascii() else {letter, letter.upper()}), letter
    spelt = set(quality._PUBLISH_WORD_BYTES)
    for word in quality._PUBLISH_WORDS:
        for variant in _cases(word):
            assert Page("https://a.gov.vn/", variant).source_lower in spelt, variant


def _cases(word: str):
    if not word:
        yield ""
        return
    for rest in _cases(word[1:]):
        for case in dict.fromkeys((word[0], word[0].upper())):
            yield case + rest


@pytest.mark.parametrize("text, holds", [
    ("<p>Ngày ĐĂNG: 12/11/2025</p>", True), ("<p>Ngày Đăng: 12/11/2025</p>", True),
    ("<p>XUẤT BẢN lúc 08:00 12/11/2025</p>", True), ("<p>Phát Hành 12/11/2025</p>", True),
    ("<p>POSTED ON 12/11/2025</p>", True), ("<p>Published 12/11/2025</p>", True),
    ("<p>Ngày dang: 12/11/2025</p>", False), ("<p>Cập nhật 12/11/2025</p>", False)])
def test_a_page_holds_a_publish_word_in_its_bytes_as_in_its_lowered_text(text, holds):
    page = Page("https://a.gov.vn/tin/1", f"<html><body>{text}</body></html>")
    lowered = page.html.lower()
    assert any(word in lowered for word in quality._PUBLISH_WORDS) is holds
    assert any(word in page.source_lower for word in quality._PUBLISH_WORD_BYTES) is holds


def test_every_gold_page_is_told_a_publish_word_alike(pages):
    for page in pages:
        lowered = page.html.lower()
        assert any(word in page.source_lower for word in quality._PUBLISH_WORD_BYTES) == \
            any(word in lowered for word in quality._PUBLISH_WORDS), page.url
