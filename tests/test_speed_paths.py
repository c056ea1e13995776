"""The shortcuts of the eighth speed round give what the work they replace gives.

Each shortcut answers a question the extraction asks of every page (the texts
above a headline, ...) with less
work; these tests hold each to the slower reading it replaced, on written
pages and on every gold page.
"""
from __future__ import annotations

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
