"""Each plausibility check of `extract.quality`, on small pages written for it."""
from __future__ import annotations

from datetime import date

import pytest

from ward_scraper.extract.quality import (PageFacts, body_problems, date_problems, page_facts, problems,
                                          title_problems)
from ward_scraper.util.page import Page

PARAGRAPH = ("Sáng ngày 12/11/2025, Ủy ban nhân dân phường tổ chức hội nghị tiếp xúc cử tri, lắng nghe ý kiến, "
             "kiến nghị của người dân về trật tự đô thị, vệ sinh môi trường và cải cách hành chính. ")
TODAY = date(2025, 12, 4)


def portal_page(article: str = f"<p>{PARAGRAPH}</p>" * 4, head: str = "", top: str = "") -> Page:
    html = f"""<html><head><title>Tiêu đề bài viết - Cổng thông tin điện tử phường Tân Hưng</title>
    <meta property="og:site_name" content="Phường Tân Hưng" />{head}</head><body>
    <div class="header"><img src="/logo.png" alt="Trang thông tin điện tử phường Tân Hưng" />{top}</div>
    <ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin hoạt động</a></li>
      <li><a href="/van-hoa">Văn hóa - Xã hội</a></li></ul>
    <div class="content"><h1>Phường Tân Hưng tiếp xúc cử tri</h1><div class="body">{article}</div></div>
    <div class="footer">© UBND phường Tân Hưng</div></body></html>"""
    return Page("https://tanhung.hochiminhcity.gov.vn/tin-tuc/tiep-xuc-cu-tri-123.html", html)


@pytest.fixture(scope="module")
def facts() -> PageFacts:
    return page_facts(portal_page(), today=TODAY)


# ---- title ---------------------------------------------------------------------------

@pytest.mark.parametrize("title", ["Trang chủ", "Home", "TIN TỨC", "Chi tiết bài viết", "Tin tức - Sự kiện"])
def test_a_generic_page_name_is_not_a_title(title, facts):
    assert "generic page name" in title_problems(title, facts)[0]


@pytest.mark.parametrize("title", ["Phường Tân Hưng", "Cổng thông tin điện tử phường Tân Hưng",
                                   "Trang thông tin điện tử phường Tân Hưng", "UBND phường Tân Hưng"])
def test_the_site_name_is_not_a_title(title, facts):
    assert "site's name" in title_problems(title, facts)[0]


def test_a_section_name_from_the_menu_is_not_a_title(facts):
    assert "section name" in title_problems("Văn hóa - Xã hội", facts)[0]


def test_a_missing_or_paragraph_long_title_is_a_problem(facts):
    assert title_problems(None, facts) == ["no title"]
    assert "paragraph" in title_problems(PARAGRAPH * 3, facts)[0]


def test_an_article_title_naming_the_ward_passes(facts):
    assert title_problems("Phường Tân Hưng tiếp xúc cử tri trước kỳ họp HĐND", facts) == []
    assert title_problems("UBND phường Tân Hưng tổ chức hội nghị tổng kết năm 2025", facts) == []


# ---- body ----------------------------------------------------------------------------

def test_an_empty_body_is_a_problem(facts):
    assert body_problems({"body_text": "", "attachments": []}, facts) == ["body is empty"]


def test_a_notice_with_its_file_may_have_no_body():
    notice = page_facts(portal_page(article="<p>Xem văn bản đính kèm.</p>"), today=TODAY)
    assert body_problems({"body_text": "", "attachments": [{"url": "https://x.gov.vn/a.pdf"}]}, notice) == []


def test_a_fragment_of_the_page_main_text_is_a_problem(facts):
    assert facts.main_text_chars > 400
    reasons = body_problems({"body_text": PARAGRAPH[:80]}, facts)
    assert reasons and "of the page's main text" in reasons[0]
    assert body_problems({"body_text": "\n\n".join([PARAGRAPH.strip()] * 4)}, facts) == []


@pytest.mark.parametrize("line", ["Tin liên quan", "Lượt xem: 1.204", "Chia sẻ", "Bình luận"])
def test_boilerplate_lines_in_the_body_are_a_problem(line, facts):
    text = "\n\n".join([PARAGRAPH.strip()] * 4 + [line])
    assert "boilerplate" in body_problems({"body_text": text}, facts)[0]


def test_a_marker_word_inside_prose_is_not_boilerplate(facts):
    text = "\n\n".join([PARAGRAPH.strip()] * 3 + ["Bà Hương chia sẻ kinh nghiệm tuyên truyền tại khu phố."])
    assert body_problems({"body_text": text}, facts) == []


# ---- date ----------------------------------------------------------------------------

def test_a_date_in_the_future_is_a_problem(facts):
    assert "future" in date_problems("2026-01-15T08:00+07:00", facts)[0]
    assert date_problems("2025-11-12", facts) == []


def test_the_page_header_today_is_not_a_publish_date():
    page = portal_page(top='<span class="today">Thứ Năm, ngày 04/12/2025</span>')
    facts = page_facts(page, today=TODAY)
    assert "header's today" in date_problems("2025-12-04", facts)[0]


def test_today_shown_beside_the_article_too_is_a_real_date():
    page = portal_page(top='<span class="today">Thứ Năm, ngày 04/12/2025</span>',
                       article=f'<p class="date">Cập nhật: 04/12/2025 08:15</p><p>{PARAGRAPH}</p>' * 3)
    assert date_problems("2025-12-04T08:15+07:00", page_facts(page, today=TODAY)) == []


def test_no_date_is_no_problem(facts):
    assert date_problems(None, facts) == []


def test_problems_name_each_failing_group(facts):
    found = problems({"title": "Trang chủ", "published_at": "2030-01-01", "body_text": "", "attachments": []},
                     facts)
    assert set(found) == {"title", "published_at", "body"}
    assert problems({"title": "Phường Tân Hưng tiếp xúc cử tri", "published_at": "2025-11-12",
                     "body_text": "\n\n".join([PARAGRAPH.strip()] * 4)}, facts) == {}


# ---- the printed publish labels --------------------------------------------------------

LABEL_WINDOWS = [
    "<td>Ngày đăng</td><td class='v'>15/11/2024 08:30</td>",
    "x Đăng lúc 07h05 ngày 19/1/2026 lúc",
    "ngày   đăng: 3/4/2025, NGÀY XUẤT BẢN 4/4/2025",
    "Thời gian đăng: 21/10/2025 | Posted on 22/10/2025 2:15 PM",
    "published&nbsp;12.05.2024 and poſted on 13/05/2024",        # ſ: IGNORECASE reads it as s
    "İ Ngày đăng 1/2/2023",                                         # İ lower-cases to two characters
    "Xuất bản ngày 9/9/2019 - ngày\nphát hành 10/9/2019 - đăng vào 5 giờ 30 11/9/2019",
    "ngày đăng: chưa có; Đăng ngày 02/03/2022",
    "no label at all 12/12/2012",
    "ΟΔΟΣ ΣΑΣ Ngày đăng 1/2/2023 ΣΣ",                               # Σ lower-cases by its neighbours
]


@pytest.mark.parametrize("text", LABEL_WINDOWS)
def test_a_label_window_is_read_as_the_regex_searches_it(text):
    """The search tried only where a label opens finds what the regex's own
    search finds, in every window of the text."""
    from ward_scraper.extract.quality import _LABELLED_PUBLISH_DATE, _first_labelled_date

    def found(match):
        return match and (match.start(), match.group(0))
    for start in range(0, len(text), 3):
        for end in range(start, len(text) + 4, 5):
            assert found(_first_labelled_date(text, start, end)) == \
                found(_LABELLED_PUBLISH_DATE.search(text, start, end)), (start, end)


@pytest.mark.parametrize("name", ["header", "HEADER", "Site-Header", "header\n", "header\n\n", "xheader", "header-x",
                                  "ngayhientai", "clocK", "clo\u212ak", "\u017fite-header", "site-header\u0131",
                                  "top-bar", "topbar ", "", "\n", "date-now"])
def test_a_header_name_is_told_as_the_regex_tells_it(name):
    from ward_scraper.extract.quality import _HEADER_NAME, _is_header_name

    assert _is_header_name(name) == bool(_HEADER_NAME.search(name))


_FOLLOWING_TEXTS = ("<html><head><title>T</title><script>var a = 1;</script></head><body><div id='page'>"
                    "<h1 id='headline'>Tiêu đề <b>in đậm</b> cuối</h1>sau tiêu đề<!-- ghi chú -->sau ghi chú"
                    "<p class='date'>Thứ Năm, <span>13/02/2025</span><br>08:30</p><?pi x?>sau pi"
                    "<div><table><tr><td>Ngày đăng:</td><td>28/11/2025</td></tr></table></div></div>"
                    "<p id='foot'>cuối trang <i>nghiêng</i></p></body></html>")


def test_the_texts_after_an_element_are_what_following_text_selects():
    """The lazy walk under a headline gives the text nodes XPath's following::text() gives, in
    the same order, with the element each belongs to and whether it is that element's tail."""
    import lxml.etree

    from ward_scraper.extract import evaluate, quality

    following = lxml.etree.XPath("following::text()")
    pages = [Page("https://a.gov.vn/tin/1", _FOLLOWING_TEXTS)]
    pages += [Page.from_bytes(gold.expected["url"], gold.html_path.read_bytes())
              for gold in evaluate.load_gold(evaluate.GOLD_DIR)]
    for page in pages:
        for element in page.tree.iter(lxml.etree.Element):
            walked = list(quality._texts_after(element))
            expected = [(str(node), node.getparent(), node.is_tail) for node in following(element)]
            assert walked == expected, (page.url, element.tag)


def test_a_header_tag_named_header_is_one_page_header():
    """`<header class="header">` is found both as a tag and by its name: one header, its lines read once."""
    from ward_scraper.extract import quality

    page = Page("https://a.gov.vn/tin/1", "<html><body><header class='header' id='top'><a href='/'>"
                                          "<img src='/logo.png' alt='Cổng thông tin điện tử phường Tân Hưng'></a>"
                                          "<div class='today'>Thứ Sáu, 04/12/2026</div></header>"
                                          f"<div class='content'><p>{PARAGRAPH}</p></div></body></html>")
    assert quality._page_headers(page) == page.css("header")
    assert [line.tag for line in quality._header_lines(page)] == ["a", "img", "div"]


@pytest.mark.parametrize("html, expected", [
    ("<p>POSTED ON 22/10/2025 2:15 PM</p>", [("POSTED ON 22/10/2025 2:15 PM", "2025-10-22T14:15+07:00")]),
    ("<p>Published: 12.05.2024</p>", [("Published: 12.05.2024", "2024-05-12")]),
    ("<p>Publİshed: 12.05.2024 - poſted 13/05/2024</p>", []),    # no English label a byte search misses
])
def test_an_english_publish_label_is_read_in_any_case(html, expected):
    from ward_scraper.extract.quality import page_facts
    from ward_scraper.util.page import Page

    assert page_facts(Page("https://x.gov.vn/tin/1", f"<html><body>{html}</body></html>")).labelled_publish_dates \
        == expected


def test_the_publish_words_are_found_where_the_page_lower_cased_holds_them():
    """The publish labels' words, looked for in the page's bytes, stand where a
    search of its lower case finds them, word after word: on written texts (an İ
    too) and on the gold pages. No character but a letter's own two cases
    lower-cases to a letter of theirs, and no word overlaps itself."""
    import sys

    from ward_scraper.extract import evaluate
    from ward_scraper.extract.quality import _PUBLISH_WORDS, PageFacts
    from ward_scraper.util.page import Page
    from ward_scraper.util.text import positions

    for letter in set("".join(_PUBLISH_WORDS)) - {" "}:
        assert {chr(code) for code in range(sys.maxunicode + 1) if chr(code).lower() == letter} \
            == {letter, letter.upper()}, letter
    assert all(word[cut:] != word[:-cut] for word in _PUBLISH_WORDS for cut in range(1, len(word)))
    texts = [*LABEL_WINDOWS, "đăngđăng ĐĂNGĐĂNG ĐăNg đĂng đă xuất bảnXUẤT BẢN phát hànhphát hành PHÁT HÀNH",
             "posted POSTED PoStEd published PUBLISHED poſted publiſhed Publİshed ΟΔΟΣ ΣΑΣ đăng", "\ud800 Đăng",
             *(gold.html_path.read_bytes().decode("utf-8", "replace") for gold in evaluate.load_gold(evaluate.GOLD_DIR))]
    for text in texts:
        facts = PageFacts(Page("https://x.gov.vn/tin/1", text))
        assert facts._publish_word_places() == [at for word in _PUBLISH_WORDS
                                                for at in positions(facts.page.html.lower(), word)], text[:60]
    bytes_page = Page.from_bytes("https://x.gov.vn/tin/1", "<p>Tiêu đề ĐĂNG ngày đăng: 1/2/2023</p>".encode())
    assert PageFacts(bytes_page)._publish_word_places() == list(positions(bytes_page.html.lower(), "đăng"))
