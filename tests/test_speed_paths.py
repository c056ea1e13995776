"""The shortcuts of the speed rounds give what the work they replace gives.

Each shortcut answers a question the extraction asks of every page (the texts
above a headline, ...) with less
work; these tests hold each to the slower reading it replaced, on written
pages and on every gold page.
"""
from __future__ import annotations

import lxml.etree
import pytest

from ward_scraper.extract import evaluate, quality
from ward_scraper.util.page import Page, text_of

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


def _headline_texts(title: str) -> list[str]:
    """Texts a body's first lines may be beside its headline: the title with
    a date before, after or inside it, cut at either end, or another line."""
    words = title.split()
    half = len(words) // 2
    return [f"[05.06.2019] {title}", f"14:30 | 28/12/2017 {title}", f"{title} (Ngày đăng: 12/03/2025 08:15)",
            f"Thứ Hai, 08 Tháng Chín 2025 {title}", " ".join(words[:half] + ["21/10/2025"] + words[half:]),
            f"{' '.join(words[1:])} 09/09/2025", f"{' '.join(words[:-1])} lúc 16h30 ngày 2/6/2025",
            f"{title}: tiếp tục 01/01/2026", f"Sáng 12/11/2025, {title.lower()} tại hội trường"]


def test_a_text_told_not_the_title_is_not_the_title_once_its_dates_are_stripped(pages):
    """`_may_be_the_same_text` is false only where `_same_text(strip_dates(text), title)`
    is: on the gold titles with dates around, inside and cut off, and on each short
    line of the gold pages against their titles."""
    from ward_scraper.extract import body
    from ward_scraper.extract.dates import strip_dates
    from ward_scraper.util.page import text_of
    from ward_scraper.util.text import squash

    same = told_apart = 0
    for gold in evaluate.load_gold(evaluate.GOLD_DIR):
        title = gold.expected["title"]
        page = Page.from_bytes(gold.expected["url"], gold.html_path.read_bytes())
        lines = [squash(text_of(element)) for element in page.tree.iter("p", "h1", "h2", "div", "span", "td")]
        for text in _headline_texts(title) + [line for line in lines if line and len(line) <= 300]:
            if body._same_text(strip_dates(text), title):
                same += 1
                assert body._may_be_the_same_text(text, title), (text, title)
            told_apart += not body._may_be_the_same_text(text, title)
    assert same > 200 and told_apart > 1000


def test_a_text_told_apart_by_its_key_length_is_told_apart_by_its_key(pages):
    """`_same_text` answers, without folding a text whose key is certainly the
    longer, what comparing the two keys answers: on each line and paragraph of
    the gold pages against their titles and leads, and against each other."""
    from ward_scraper.extract import body
    from ward_scraper.util.page import text_of
    from ward_scraper.util.text import match_key, squash

    def compared(a, b):
        key_a, key_b = match_key(a), match_key(b)
        short, long_ = sorted((key_a, key_b), key=len)
        return bool(short) and (key_a == key_b or short in long_ and len(short) >= 0.9 * len(long_) and len(short) > 30)

    same = 0
    for gold in evaluate.load_gold(evaluate.GOLD_DIR):
        page = Page.from_bytes(gold.expected["url"], gold.html_path.read_bytes())
        lines = [line for line in (squash(text_of(element)) for element in page.tree.iter("p", "h1", "h2", "div")) if line]
        others = [gold.expected["title"], gold.expected.get("lead") or "", *lines[:20]]
        for text in lines:
            for other in others:
                assert body._same_text(text, other) == compared(text, other), (text[:80], other[:80])
                same += compared(text, other)
    assert same > 500


def test_a_key_through_the_punctuation_table_is_the_unicode_class_key(pages):
    """`match_key` takes a text whose only non-ASCII characters (once folded)
    are punctuation through the ASCII path: the same key as the Unicode
    character class gives, on every text of the gold pages and on texts
    written with each character the table makes a space or keeps."""
    import random

    from ward_scraper.util.page import text_of
    from ward_scraper.util.text import _NOT_WORD, fold, match_key

    def by_the_class(text):
        return _NOT_WORD.sub(" ", fold(text)).strip()

    texts = ["“Phường 1” – tổ chức… hội nghị", "Tin tức » Thời sự", "«Xuân» • 2026 ©", "日本 – “x”", "a_b—c",
             "\u00a0Sáng\u202fnay\u3000", "Ǆ–ǅ", "x\u0301–y"]
    texts += [text_of(element) for page in pages for element in page.tree.iter("p", "h1", "h2", "a", "title")]
    rng = random.Random(8)
    alphabet = [chr(code) for code in range(0x20, 0x2100)] + ["\U0001f600", "ä", "ơ"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))) for _ in range(20000)]
    for text in texts:
        assert match_key.__wrapped__(text) == by_the_class(text), text


def _index_as_written(tree):
    """The page index as the plain walk builds it: each element's class words
    (deduplicated) and id, name by name in page order."""
    from ward_scraper.util.page import class_tokens

    by_name, by_class, by_id = {}, {}, {}
    for element in tree.iter():
        value, id_ = element.get("class"), element.get("id")
        words = dict.fromkeys(value.split()) if value else {}
        for name in words:
            by_name.setdefault(name, []).append(element)
        for name in words if value and value.isprintable() else dict.fromkeys(class_tokens(value or "")):
            by_class.setdefault(name, []).append(element)
        if id_ is not None:
            by_id.setdefault(id_, []).append(element)
            if id_ and id_ not in words:
                by_name.setdefault(id_, []).append(element)
    return by_name, by_class, by_id


def test_the_page_index_is_the_plain_walks(pages):
    """The same names, in the same order, each with the same elements in page order."""
    odd = Page("https://a.gov.vn/", "<html><body><div class='a b a' id='b'>x</div><p class=' ' id=''>y</p>"
                                   "<span class='c\u00a0d\te' id='c'>z</span><i id='i'></i><!-- c --></body></html>")
    for page in [odd, *pages]:
        expected = _index_as_written(page.tree)
        assert [list(part.items()) for part in page._index] == [list(part.items()) for part in expected], page.url


@pytest.mark.parametrize("src", ["https://a.gov.vn/Icons/pdf.gif", "https://a.gov.vn/Uploads/Banner/x.JPG",
                                 "https://a.gov.vn/images/LOGO-new.PNG", "https://a.gov.vn/_LAYOUTS/images/x.png",
                                 "https://a.gov.vn/Skins/Default/a.jpg", "https://a.gov.vn/uploads/2025/anh-1.jpg",
                                 "https://a.gov.vn/print-icon.GIF", "https://a.gov.vn/images/Download_btn.GIF",
                                 "https://a.gov.vn/uploads/EMOJI.png", "https://a.gov.vn/ads/b.jpg"])
def test_an_ascii_url_is_told_no_content_as_the_case_blind_pattern_tells_it(src):
    from ward_scraper.extract import body

    assert body._names_no_content(src) == bool(body._NOT_CONTENT_IMAGE.search(src))


def test_every_gold_picture_is_told_no_content_as_the_case_blind_pattern_tells_it(pages):
    from ward_scraper.extract import body

    sources = {value for page in pages for img in page.tree.iter("img")
               for value in (img.get("src"), img.get("data-src")) if value}
    assert len(sources) > 150
    for src in sources:
        assert body._names_no_content(src) == bool(body._NOT_CONTENT_IMAGE.search(src)), src


def test_a_page_whose_names_hold_no_author_word_has_no_author_named_element(pages):
    """The page's names tell every page on which `_AUTHOR_NAMED` finds an element."""
    from ward_scraper.extract.platforms import base

    odd = Page("https://a.gov.vn/", "<html><body><p class='x Detail__AUTHOR'>Minh Thư</p>"
                                   "<p id='BylineTop'>y</p></body></html>")
    assert base._names_an_author(odd) and base._AUTHOR_NAMED(odd.tree)
    told = 0
    for page in pages:
        if base._AUTHOR_NAMED(page.tree):
            assert base._names_an_author(page), page.url
            told += 1
    assert told >= 5


def test_a_link_whose_path_ends_in_an_article_id_is_never_passed_over(pages):
    """Hanoi's detection splits only the links that may end in ".htm": every
    link whose path ends in the creation-time id is one of them."""
    from urllib.parse import urlsplit

    from ward_scraper.extract.platforms import hanoi

    links = {link for page in pages for link in (page.url, *page.iter_links())}
    links |= {"https://phohue.hanoi.gov.vn/tin-tuc/le-hoi-202512041230456789.htm",
              "https://a.hanoi.gov.vn/x-2025120412304567\n89.htm", "https://a.hanoi.gov.vn/x-20251204123045678.h\ttm?a=1"}
    found = [link for link in links if hanoi.ARTICLE_ID.search(urlsplit(link).path)]
    assert len(found) >= 3
    assert all(hanoi._may_end_in_htm(link) for link in found)


def test_a_link_whose_path_ends_in_a_slug_id_is_never_passed_over(pages):
    """The slug-id platform's detection reads the path of the links that may
    end in a six- or seven-digit id only: every link of that shape is one."""
    from ward_scraper.extract.platforms import slugid
    from ward_scraper.util import urls

    links = {link for page in pages for link in (page.url, *page.iter_links())}
    links |= {"https://a.gov.vn/tin-tuc/hoi-nghi-123456", "https://a.gov.vn/tin-tuc/hoi-nghi-123\n4567/",
              "https://a.gov.vn/tin/x-12345\t6?b=1"}
    found = [link for link in links if slugid._SLUG_ID_URL.match(urls.path_and_query(link))]
    assert len(found) >= 3
    assert all(slugid._may_end_in_an_id(link) for link in found)


def test_a_case_blind_search_finds_what_the_pattern_finds():
    """On every class value, id and style of the gold pages, and on written ones with
    the letters IGNORECASE folds apart (K, ſ, İ), each searcher gives the pattern's
    match: the same span, its groups the same but for case."""
    import re

    from ward_scraper.extract import body
    from ward_scraper.extract.platforms import generic
    from ward_scraper.util.text import case_blind_search

    searchers = {generic.CHROME_NAMES: generic._SEARCH_CHROME_NAMES, body._NOISE_CLASS: body._SEARCH_NOISE_CLASS,
                 body._CAPTION_CLASS: body._SEARCH_CAPTION_CLASS, body._ALIGN_CLASS: body._SEARCH_ALIGN_CLASS,
                 body._ALIGN_STYLE: body._SEARCH_ALIGN_STYLE, body.HIDDEN_STYLE: body._SEARCH_HIDDEN_STYLE,
                 body._ITALIC_STYLE: body._SEARCH_ITALIC_STYLE, body._BOLD_STYLE: body._SEARCH_BOLD_STYLE}
    texts = {"Box-HEADER top", "Text-Center", "TEXT-ALIGN: RIGHT", "font-weight:BOLD", "Display : None", "ſhare",
             "cloc\u212a", "\u0130mage-desc", "Chu_Thich photo-Desc", "FONT-STYLE: Italic", "col-RIGHT x", "MENU", "margin-LEFT:-120px", "TEXT-INDENT: -9999PX"}
    for page in (Page.from_bytes(gold.expected["url"], gold.html_path.read_bytes())
                 for gold in evaluate.load_gold(evaluate.GOLD_DIR)):
        for element in page.tree.iter(lxml.etree.Element):
            texts.update(value for value in (element.get("class"), element.get("id"), element.get("style")) if value)
    found = 0
    for pattern, search in searchers.items():
        for text in texts:
            expected, got = pattern.search(text), search(text)
            assert (expected is None) == (got is None), (pattern.pattern, text)
            if expected:
                found += 1
                assert expected.span() == got.span() and [group and group.lower() for group in expected.groups()] \
                    == list(got.groups()), (pattern.pattern, text)
    assert found > 100
    with pytest.raises(ValueError):
        case_blind_search(re.compile("[A-Z]+", re.I))


def test_the_date_line_shortcuts_give_what_the_regex_and_the_count_give(pages):
    """On every element's text of the gold pages, and on written lines whose labels
    only IGNORECASE reads (the long s) or are all capitals, a line is cut before its
    labels as the split alone cut it, and told a sentence as counting all its words told."""
    from ward_scraper.extract import dates
    from ward_scraper.extract.platforms import generic
    from ward_scraper.util.text import has_word_chars, squash

    def cut_by_the_split(text: str) -> list[str]:
        parts = [part.strip(" |-–—,;") for part in generic._LABEL_START.split(text)]
        parts = [part for part in parts if part]
        return parts if len(parts) > 1 and sum(1 for part in parts if generic._LABEL_START.match(part)) > 1 else [text]

    texts = {"Poſted: 01/02/2020 | Publiſhed: 03/02/2020", "NGÀY TẠO: 06/05/2025 | CẬP NHẬT: 07/05/2025",
             "Ngày tạo: 08:10 25/05/2024 - Sửa: 09:00 26/05/2024", "Ngày tạo: 06/05/2025 | Ngày tạo: 07/05/2025", "Gửi bởi admin vào T5, 27/12/2019 - 14:37",
             "Ngày 13/5/2026, Công an phường tổ chức hội nghị tổng kết công tác năm với nhiều nội dung"}
    for page in pages:
        texts.update(squash(page_text) for page_text in (text_of(element) for element in page.tree.iter(
            lxml.etree.Element)) if page_text.strip())
    cut = 0
    for text in texts:
        parts = generic._labelled_parts(text)
        assert parts == cut_by_the_split(text), text
        cut += len(parts) > 1
        counted = sum(1 for word in dates.strip_dates(text).split() if has_word_chars(word))
        assert generic.is_sentence(text) == (counted > generic.DATE_LINE_WORDS), text
    assert cut >= 3


def test_the_lines_above_an_element_read_nearest_first_are_its_lines_in_page_order_reversed(pages):
    """Above every element of the gold pages (and of a written page with `<br>`s,
    comments and inline runs), the lines made of its thirty texts read nearest first
    are those made of them in page order, last first."""
    from itertools import islice

    lines_seen = 0
    for page in pages:
        for element in page.tree.iter(lxml.etree.Element):
            texts = list(islice(quality._texts_before(element), 30))
            in_page_order = list(quality._text_lines(texts[::-1]))
            assert list(quality._text_lines(iter(texts), nearest_first=True)) == in_page_order[::-1]
            lines_seen += len(in_page_order)
    assert lines_seen > 10000


def test_a_platform_layout_is_the_first_of_its_selectors_the_page_selects(pages):
    """`Page.first_selecting`, which rules a selector out by the names it needs,
    answers what asking `first` of each selector in turn answers, for every
    platform's layouts on every gold page (and on pages holding only a needed
    name's part, or a selector's attribute without its name)."""
    from ward_scraper.extract.platforms import PARSERS

    written = [Page("https://a.gov.vn/", "<html><body><div class='detail'><div class='news-content'>x</div></div>"
                                         "<div data-role='content'>y</div><table class='ms-formtable'></table>"
                                         "</body></html>"),
               Page("https://a.gov.vn/", "<html><body><div class='news-detail'><p class='news'>x</p></div>"
                                         "<span class='entry-content'>y</span></body></html>")]
    found = 0
    for page in [*written, *pages]:
        for parser in PARSERS.values():
            expected = next((css for css in parser.layout_css if page.first(css) is not None), None)
            assert page.first_selecting(parser.layout_css) == expected, (page.url, parser.name)
            found += expected is not None
    assert found >= 50


# A paragraph that opens with its day ("Ngày 20/11/2025, …"): a sentence, no date line.
_PARAGRAPH = ("Ngày 20/11/2025, Ủy ban nhân dân phường An Khánh tổ chức hội nghị tổng kết công tác năm 2025 "
              "và triển khai nhiệm vụ năm 2026 với sự tham dự của đại diện các ban, ngành, đoàn thể và nhân dân. ")


def _generic_date(wrapper_text: str) -> str | None:
    """The generic reading's date of a page whose breadcrumb ends in 22/11/2025 and
    whose element named like a date holds `wrapper_text`, longer than a date line."""
    from ward_scraper.extract.platforms import get_parser
    from ward_scraper.extract.platforms.base import ParseContext

    title = "Phường An Khánh tổng kết công tác năm 2025 và triển khai nhiệm vụ năm 2026"
    html = (f"<html><head><title>{title}</title></head><body><div class='breadcrumb'><a href='/'>Trang chủ</a>"
            f" › <a href='/tin'>Tin tức</a> › <span>22/11/2025</span></div><div class='main'><h1>{title}</h1>"
            f"<div class='post-date'>{wrapper_text}</div><div class='content'>{f'<p>{_PARAGRAPH}</p>' * 3}</div>"
            "</div></body></html>")
    return ParseContext(get_parser("generic"), Page("https://ankhanh.gov.vn/tin/tong-ket", html)).value("published_at")


def test_the_breadcrumb_day_is_read_as_before_where_a_long_text_is_read_last():
    """The texts longer than a date line are read for a date only where the
    breadcrumb or the body's foot has a line to add: a wrapper of sentences gives
    none, and the breadcrumb's day is taken; a long run of days gives one (though
    no line so long is ranked), and the breadcrumb's day is not added."""
    from ward_scraper.extract.platforms import generic

    assert len(_PARAGRAPH * 2) > generic.DATE_LINE_CHARS
    assert _generic_date(_PARAGRAPH * 2) == "2025-11-22"
    days = " | ".join(f"{day:02d}/11/2025" for day in range(1, 16))
    assert len(days) > generic.DATE_LINE_CHARS and not generic.is_sentence(days)
    assert _generic_date(days) is None


def test_the_generic_title_and_date_alone_are_those_of_its_whole_reading(pages):
    """Where a platform's answer fails a check of its title or date but not of
    its body, the chain reads the generic extractor's title and date without its
    body pass: on every gold page, the same title and date as its whole reading,
    with the same checks' reasons, errors and doubts for them."""
    from ward_scraper.extract import chain
    from ward_scraper.extract.platforms import get_parser

    dated = 0
    for page in pages:
        facts = quality.page_facts(page)
        whole = chain._attempt(get_parser("generic"), page, facts)
        alone = chain._title_and_date_attempt(page, facts)
        for name in ("title", "published_at"):
            assert alone.extraction.fields[name] == whole.extraction.fields[name], (page.url, name)
            assert alone.problems.get(name) == whole.problems.get(name), (page.url, name)
            assert alone.extraction.errors.get(name) == whole.extraction.errors.get(name), (page.url, name)
            assert alone.extraction.doubts.get(name) == whole.extraction.doubts.get(name), (page.url, name)
        assert "body" not in alone.problems and not alone.extraction.fields["body_text"]
        dated += bool(alone.extraction.fields["published_at"])
    assert dated >= 40


@pytest.mark.parametrize("html", [
    "<p>Đăng lúc: <b>9h05</b></p>", "<p>ĐĂNG LÚC 16:30</p>", "<span>Thời gian đăng:</span> <i>08:15</i>",
    "<p>THỜI GIAN ĐĂNG: 10h20</p>", "<p>đĂnG vào lúc 7:45</p>", "<p>Dang luc 9h05</p>",
    "<p>Đăng lúc: 9h05 ngày 12/03/2025</p>", "<p>Ngày đăng: 12/03/2025</p>"])
def test_the_publish_clock_is_searched_where_the_pattern_finds_it(html):
    """`_publish_clock` (the pattern, searched only in a page holding "đăng"
    in any case) finds what the case-blind pattern finds in the whole page."""
    facts = quality.PageFacts(Page("https://a.gov.vn/tin/1", f"<html><body>{html}</body></html>"))
    expected = quality._PUBLISH_CLOCK.search(facts.page.html)
    found = quality._publish_clock(facts)
    assert (found and found.group(0)) == (expected and expected.group(0))


def test_the_publish_clock_of_every_gold_page_is_the_patterns(pages):
    for page in pages:
        expected = quality._PUBLISH_CLOCK.search(page.html)
        found = quality._publish_clock(quality.PageFacts(page))
        assert (found and found.span()) == (expected and expected.span()), page.url


def _strptime_or_error(stamp: str):
    from datetime import datetime
    try:
        return datetime.strptime(stamp, "%y%m%d%H%M%S")
    except ValueError:
        return ValueError


def _stamp_time_or_error(stamp: str):
    from ward_scraper.extract import dates
    try:
        return dates._stamp_time(stamp)
    except ValueError:
        return ValueError


def test_a_stamp_is_read_as_strptime_reads_it():
    """`dates._stamp_time` gives what `strptime(stamp, "%y%m%d%H%M%S")` gives
    (or refuses what it refuses) on twelve digits: every month and day from
    00 to 32 and 99, the centuries' edges, a leap day, hours, minutes and
    seconds at and over their ends, and non-ASCII digits."""
    from itertools import product

    stamps = ["".join(fields) for fields in product(
        ("00", "24", "25", "68", "69", "99"), [f"{n:02}" for n in (*range(0, 14), 19, 99)],
        [f"{n:02}" for n in (*range(0, 33), 99)], ("00", "09", "23", "24"), ("00", "59", "60"),
        ("00", "59", "60", "61", "62"))]
    stamps += ["٢٥٠١٠٢١٢٣٠٠٠", "25٠١02123000"]
    for stamp in stamps:
        assert _stamp_time_or_error(stamp) == _strptime_or_error(stamp), stamp


_SANITISER_CASES = [
    "<div>Đoạn<p>một&nbsp;hai <b>ba</b> &amp; &lt;bốn&gt;</p><p title='a &amp; b' lang='vi'>c</p></div>",
    "<div><p>a<div>khối trong đoạn</div>b</p></div>",                 # html5ever closes the p
    "<ul><li>a<span><li>b</li></span></li></ul>",                       # a list item in a list item
    "<ul><li>a<ul><li>b</li></ul></li></ul>",
    "<dl><dt>a<div><dd>b</dd></div></dt></dl>",
    "<div><h2>a<h3>b</h3></h2><h2><b><h3>c</h3></b></h2></div>",
    "<div><a href='https://a.gov.vn/1'>a<span><a href='https://a.gov.vn/2'>b</a></span></a></div>",
    "<div><table><tr><td>ô</td></tr></table>chữ</div>",
    "<div><pre>\nmột</pre><noscript><p class='x'>n</p></noscript><textarea>t</textarea></div>",
    "<div>a<!-- ghi chú -->b<!--x--!>c--><!-- <!- y -->d<?php x ?>e</div>",
    "<div><p title='&{x}'>a</p><img src='https://a.gov.vn/a.jpg' alt='Ảnh &quot;một&quot; ở đây'></div>",
    "<div><img src='https://a.gov.vn/a.jpg' alt=\"Ảnh 'một' &quot;hai&quot;\" title='t'></div>",
    "<div>dòng&#13;dòng<p>x\u00a0y</p></div>",
    "<div><a href='HTTPS://A.GOV.VN/x'>a</a><a href='https://xn--d-a.vn/'>b</a><a href='https://1.2.3.4/'>c</a>"
    "<a href='https://XN--d-a.vn/'>x</a><a href='https://a.gov.vn:99999/'>d</a>"
    "<a href='https://a.gov.vn:8080/x y?q=1&amp;r=2&s=é#f'>e</a>"
    "<a href='/tuong/doi'>f</a><a href='mailto:a@b.vn'>g</a><a>h</a></div>",
    "<div><p>a<o:p></o:p><st1:place>Huế</st1:place></p><span class='c' style='s'><em>b</em></span></div>",
    "<p class='x' alt='y'>a<br>b<img src='https://a.gov.vn/b.png' href='https://a.gov.vn/'></p>",
    "<section><h1>T</h1><hr><center>c</center><figure><img src='https://a.gov.vn/c.jpg'>"
    "<figcaption>chú thích</figcaption></figure><blockquote>q</blockquote></section>",
    "<hr>", "<span>chỉ chữ</span>", "<td>ô một</td>", "<img src='https://a.gov.vn/d.jpg' alt=''>",
    "<div><table class='t'>\n<tr><td colspan='2'>a</td></tr>\n<!-- giữa -->\n<tr><th>b</th><td></td></tr>\n"
    "<tfoot><tr><td>c</td></tr></tfoot>\n<tr><td>d</td></tr> </table>sau</div>",
    "<div><table><thead><tr><td>a</td></tr></thead><tbody><tr><td><p>b</p><table><tr><td>c</td></tr></table>"
    "</td></tr></tbody></table></div>",
    "<div><table><tr>chữ lạc<td>a</td></tr></table></div>",       # text in a row: html5ever moves it out
    "<div><table><tr><td>a</td></tr>chữ</table></div>",
    "<div><table><div>khối</div><tr><td>a</td></tr></table></div>",
    "<div><table><tbody><td>ô không hàng</td></tbody></table></div>",
    "<div><table><caption>c</caption><tr><td>a</td></tr></table></div>",
    "<div><p>đoạn<table><tr><td>a</td></tr></table></p><span><td>ô lạc</td></span><tbody>t</tbody></div>",
    "<div><ul><li>a<table><tr><td><li>b</li></td></tr></table></li></ul></div>",
    "<td title='t' colspan='2'><p>ô gốc</p><table><tr><td>trong</td></tr></table></td>", "<th>h</th>",
    "<tr><td>hàng gốc</td></tr>", "<tbody><tr><td>thân gốc</td></tr></tbody>", "<table><tr><td>bảng</td></tr></table>",
    # attribute names lxml reads as namespaced ("{{ attributes }}" a template left), a quote in an address
    "<div><p {{ attributes }}>Xin chào</p><p {}onclick='alert(1)' {a}b=2>x</p><p {x=1>y</p></div>",
    "<div><a href='https://x.com/a&quot;b'>z</a></div>",
]


def _sanitiser_cases(pages):
    """Written trees, and every element of the gold pages (its subtree), as
    the page has it and as the body pass tidies it for the HTML."""
    import copy

    import lxml.html

    from ward_scraper.extract import body

    for html in _SANITISER_CASES:
        yield lxml.html.fragment_fromstring(html, create_parent=False)
    for page in pages:
        for element in page.tree.iter(lxml.etree.Element):
            if element.tag in ("html", "head"):
                continue
            yield copy.deepcopy(element)
            tidied = copy.deepcopy(element)
            body._tidy_for_html(tidied)
            yield tidied


def test_a_trees_sanitised_html_is_what_nh3_gives_for_it(pages):
    """The plain trees' path (lxml takes out the tags and attributes, and writes
    the tree once) gives, to the character, nh3's answer for the tree as lxml
    writes it: on written trees (blocks in paragraphs, nested items, headings
    and links, tables, raw-text elements, comments html5ever reads otherwise,
    quotes, carriage returns, addresses nh3 drops or keeps) and on every
    element of the gold pages, as it is and tidied."""
    import copy

    import lxml.html

    from ward_scraper.extract import body, sanitise

    plain = 0
    for tree in _sanitiser_cases(pages):
        expected = body._SANITISER.clean_html(lxml.html.tostring(tree, encoding="unicode", with_tail=False))
        plain += sanitise._PlainReading(body._SANITISER._reading).read(copy.deepcopy(tree))
        assert body._SANITISER.clean_tree(tree) == expected, expected[:300]
    assert plain > 2000     # (most trees take the plain path)


def test_liferays_date_is_read_as_with_its_metadata_line_always_read(pages):
    """Liferay's metadata line is looked for only where no date line gives a
    date: its date is the one read with the line always among the header's
    texts, last (on every gold page, Liferay's or not)."""
    from ward_scraper.extract import dates
    from ward_scraper.extract.platforms import get_parser
    from ward_scraper.extract.platforms.base import ParseContext

    liferay = get_parser("liferay")
    skipped = 0
    for page in pages:
        header = [text for text in (*liferay.date_lines(page), liferay._metadata_line(page)) if text]
        always = dates.published_at(page, header_texts=header, url=page.url)
        assert ParseContext(liferay, page).value("published_at") == always, page.url
        skipped += any(map(dates.parse_datetime_text, liferay.date_lines(page)))
    assert skipped >= 4


def test_patterns_tried_where_they_open_find_what_the_patterns_find(pages):
    """On every element's text and class value of the gold pages, and on written
    lines in capitals or with the letters IGNORECASE folds apart (ſ, K, İ), each
    pattern sent on from where no match opens finds, and replaces, what it finds whole."""
    import re

    from ward_scraper.extract import body, credits, dates
    from ward_scraper.extract.platforms import generic
    from ward_scraper.util.text import where_it_opens

    opened = (dates._DATE_LINE_PARTS, dates._SHORT_YEAR_AFTER_LABEL, dates._SHORT_YEAR, dates._SHORT_YEAR_DOTTED,
              dates._SHORT_YEAR_DASHED, dates.RELATIVE_TIME, dates._ZONE_OR_WEEKDAY, generic._SITE_NAME_WORDS,
              generic.NOT_POSTED_LABEL, generic._PUBLISHED_LABEL, generic.UPDATED_LABEL, body._NUMBERED, quality._YEAR,
              dates._VIETNAMESE_WEEKDAY_BEFORE, dates._YMD_SLASH, dates._DMY, dates._ISO, generic._RELATED_NAMES,
              generic._ELLIPSIS, generic.CREATED_LABEL, body.BAR_SEPARATORS, body._NOT_CONTENT_IMAGE_LOWER,
              body._CONTENT_NAMES, quality._LINE_PARTS, credits._SEPARATOR)
    texts = {"NGÀY ĐĂNG: 13/11/23 9:02 SA", "Poſted 2 ngày trước", "THỨ HAI, 21/10/2024 - 15:42 (GMT+7)",
             "Cập nhật lúc: 13/02/2024 | Lượt xem: 1.234", "Ngày \u212aý: 01.02.25", "\u0130n lúc 10-04-24",
             "news-content-2", "UBND PHƯỜNG - CỔNG THÔNG TIN", "Hôm qua lúc 8:30", "a" * 30 + "2024",
             "THỨ 6 - ", "2024/5/6 và 2024-05-06T08:30", "Nguyễn An – Lê Bình; Trần Chi", "Tin khác...", "CN, ngày"}
    for page in pages:
        for element in page.tree.iter(lxml.etree.Element):
            texts.update(value for value in (text_of(element), element.get("class")) if value)
    for pattern in opened:
        whole = re.compile(pattern.pattern.split("])(?:", 1)[1][:-1], pattern.flags)
        assert pattern.pattern.startswith("(?=[") and whole.pattern, pattern.pattern
        for text in texts:
            assert [(found.span(), found.groups()) for found in pattern.finditer(text)] \
                == [(found.span(), found.groups()) for found in whole.finditer(text)], (whole.pattern, text)
            assert pattern.sub(" ", text) == whole.sub(" ", text)
    # ("(?i:ngày) đăng": a group's own flags would not reach the class put first.)
    for nowhere in ("a?", "[^a]b", ".x", r"\b", "(?i:ngày) đăng", "(?-i:x)y"):
        with pytest.raises(ValueError):
            where_it_opens(re.compile(nowhere))
    assert where_it_opens(re.compile(r"(?<!x)\s*(?:foo|[-\]^]?bar)", re.I)).pattern.startswith(r"(?=[\sf\-\]\^b])")
