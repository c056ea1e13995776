"""The generic fallback on layouts no platform parser knows (portals.md F8).

The frozen pages in tests/gold/generic/ are written by hand in the shapes of
the regional platforms: Huế's query-string CMS (windows-1258 with combining
tone marks, headline in a `div.TieuDe` under a site-name `<title>`, "Ngày cập
nhật" line, "Các tin khác"), Đắk Lắk (`/<slug>-<id>.html`, the crawl date
"Thứ sáu, Day 06 Month 06 Year 2025" in the top bar, "Cập nhật lúc:", "Lấy
link copy", "Mai viết Tăng"), Quảng Ninh (`-p13n53671.html`, ALL CAPS
headline, "Loading...", "(Một số hình ảnh …)"), Điện Biên (ASP.NET MVC,
`?PageIndex=` on article URLs, "Ð" U+00D0 for "Đ", "./." then "Nguồn tin:")
and An Giang on Drupal ("Skip to main content", the title twice).
"""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest
import trafilatura

from tests.gold_pages import gold_folder
from ward_scraper.util.page import Page
from ward_scraper.extract.platforms import generic, get_parser
from ward_scraper.extract.platforms.generic import bold_intro, drop_seo_spam, looks_like_article_url

FROZEN = Path(__file__).parent / "gold" / "generic"
ARTICLES = sorted(path.stem for path in FROZEN.glob("*.json")
                  if "title" in json.loads(path.read_text(encoding="utf-8")))
LISTINGS = sorted(path.stem for path in FROZEN.glob("listing-*.json"))
FIELDS = ("title", "published_at", "lead", "body_text", "authors", "source_unit", "credit_line",
          "images", "attachments")


@pytest.fixture(scope="module")
def parser():
    return get_parser("generic")


def expected(name: str) -> dict:
    return json.loads((FROZEN / f"{name}.json").read_text(encoding="utf-8"))


def frozen_bytes(name: str) -> bytes:
    return (FROZEN / f"{name}.html").read_bytes()


def frozen_page(name: str) -> Page:
    # No declared charset: the crawler often gets none (or a wrong one) from ward servers.
    return Page.from_bytes(expected(name)["url"], frozen_bytes(name))


@pytest.fixture(scope="module")
def parsed():
    return gold_folder("generic").parsed()


# ---- frozen article pages --------------------------------------------------------

def test_every_regional_shape_has_a_frozen_page():
    assert {"hue-huongxuan-tiep-xuc-cu-tri", "daklak-quangdien-chao-co", "quangninh-hongha-trung-thu",
            "dienbien-nasang-nhap-ngu", "angiang-vinhnguon-phu-nu"} <= set(ARTICLES)
    assert len(LISTINGS) >= 2


def test_windows_1258_page_with_combining_marks_reads_as_nfc(parsed):
    raw = frozen_bytes("hue-huongxuan-tiep-xuc-cu-tri")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"charset=windows-1258" in raw
    assert "\u0301" in raw.decode("cp1258")                  # tone marks stored as combining characters
    for value in parsed["hue-huongxuan-tiep-xuc-cu-tri"].values():
        if isinstance(value, str):
            assert unicodedata.is_normalized("NFC", value)


def test_icelandic_eth_becomes_vietnamese_d(parsed):
    assert "\u00d0" in frozen_bytes("dienbien-nasang-nhap-ngu").decode("utf-8")
    body = parsed["dienbien-nasang-nhap-ngu"]["body_text"]
    assert "\u00d0" not in body and "HĐND" in body and "Đảng ủy" in body


def test_crawl_date_in_the_top_bar_is_not_the_publish_date(parsed):
    assert parsed["daklak-quangdien-chao-co"]["published_at"] == "2024-02-13"     # not 2025-06-06


def test_headline_under_a_site_name_title(parsed):
    # <title> is only "UBND xã Hương Xuân - Thị xã Hương Trà": the headline is the div above the text.
    assert parsed["hue-huongxuan-tiep-xuc-cu-tri"]["title"].startswith("Tiếp xúc cử tri")


def test_drupal_skip_link_and_repeated_title_stay_out(parsed):
    fields = parsed["angiang-vinhnguon-phu-nu"]
    assert "Skip to main content" not in fields["body_text"]
    assert not fields["body_text"].startswith("Hội Liên hiệp Phụ nữ phường Vĩnh Ngơn họp mặt")


@pytest.mark.parametrize("name", ARTICLES)
def test_widget_text_stays_out_of_the_body(parsed, name):
    text = parsed[name]["body_text"]
    for noise in ("Các tin khác", "Xem tin theo ngày", "Chung nhan Tin Nhiem Mang", "Truy câp tổng", "Lấy link copy",
                  "Gửi Email", "AccessStatistics", "Thống kê hồ sơ", "ipv6 ready", "Loading...", "Tin tức khác",
                  "Tin cùng chuyên mục", "Cập nhật lúc", "Ngày cập nhật", "Tags"):
        assert noise not in text, noise


# ---- finding the article ---------------------------------------------------------

@pytest.mark.parametrize("name", ARTICLES)
def test_trafilatura_fallback_finds_the_same_container(name):
    page = frozen_page(name)
    assert generic.container_by_trafilatura(page) is generic.find_article_element(page)


@pytest.mark.parametrize("name", ARTICLES)
def test_structure_alone_finds_every_frozen_article(monkeypatch, name):
    """trafilatura is the slow last resort: the fast structural guesses do these pages."""
    def refuse(*args, **kwargs):
        raise AssertionError("trafilatura called")
    monkeypatch.setattr(trafilatura, "extract", refuse)
    assert generic.find_article_element(frozen_page(name)) is not None


def test_trafilatura_is_used_when_the_structure_gives_nothing(monkeypatch):
    page = frozen_page("dienbien-nasang-nhap-ngu")
    monkeypatch.setattr(generic, "known_container", lambda page, min_chars=0, scan=None: None)
    monkeypatch.setattr(generic, "densest_block", lambda page, min_chars=0: None)
    assert generic.find_article_element(page).get("class") == "noi-dung-tin"


def test_nested_containers_give_the_tightest_one():
    page = frozen_page("daklak-quangdien-chao-co")     # .news-detail holds title, tools and .news-content
    assert generic.known_container(page).get("class") == "news-content"


def test_densest_block_finds_an_unnamed_container():
    assert generic.densest_block(frozen_page("hue-huongxuan-tiep-xuc-cu-tri")).get("class") == "NoiDung"


def test_short_notice_still_has_a_body(parser):
    html = ('<html><head><title>Thông báo lịch tiếp công dân - UBND xã Tùng Vài</title></head><body>'
            '<div class="menu"><a href="/">Trang chủ</a></div><div class="khung"><h2>Thông báo lịch tiếp công dân</h2>'
            '<div class="nd"><p>UBND xã thông báo lịch tiếp công dân tháng 7/2025 như tệp đính kèm.</p>'
            '<p><a href="/files/lich-tiep-cong-dan-thang-7.pdf">Lịch tiếp công dân tháng 7</a></p></div></div>'
            '</body></html>')
    fields = parser.parse(Page("https://tungvai.tuyenquang.gov.vn/vi/tin-bai/thong-bao?id=179100&type=NEWS", html)).fields
    assert fields["body_text"] == "UBND xã thông báo lịch tiếp công dân tháng 7/2025 như tệp đính kèm."
    assert fields["attachments"][0]["url"].endswith("/files/lich-tiep-cong-dan-thang-7.pdf")
    assert fields["title"] == "Thông báo lịch tiếp công dân"


# ---- shared heuristics -----------------------------------------------------------

def _element(html: str):
    return Page("https://x.gov.vn/a", f'<div id="c">{html}</div>').first("#c")


def test_seo_spam_is_dropped_conservatively():
    body = _element(
        "<p>Ngày 28/7/2017, HĐND thành phố thông qua Nghị quyết sắp xếp tổ dân phố.</p>"
        "<p>Thu Trang</p>"
        "<p>Website: https://hoaminh.danang.gov.vn</p>"
        "<p>Video clip: COVID-19 vaccine update</p>"
        "<p>chung cu times city, to chuc su kien, tai zalo, may loc nuoc gia re</p>"
        '<div style="position:absolute;left:-9999px"><a href="http://a.example">rx online</a></div>'
        '<p><a href="http://a.example/">buy cheap viagra pills</a> <a href="http://b.example/">best casino bonus</a></p>')
    drop_seo_spam(body, "https://x.gov.vn/a")
    texts = [p.text_content() for p in body]
    assert texts == ["Ngày 28/7/2017, HĐND thành phố thông qua Nghị quyết sắp xếp tổ dân phố.", "Thu Trang",
                     "Website: https://hoaminh.danang.gov.vn", "Video clip: COVID-19 vaccine update"]


def test_a_capitalised_contact_line_is_not_spam():
    body = _element("<p>Email: ubnd@angiang.gov.vn, Fax: 0296 3852 111, Website: angiang.gov.vn</p>")
    drop_seo_spam(body, "https://x.gov.vn/a")
    assert len(body) == 1


@pytest.mark.parametrize("html, lead", [
    ("<p><strong>Sáng 27/6, Tổ đại biểu HĐND thành phố tiếp xúc cử tri phường Thanh Khê Tây.</strong></p><p>x</p>",
     "Sáng 27/6, Tổ đại biểu HĐND thành phố tiếp xúc cử tri phường Thanh Khê Tây."),
    ("<p><strong>✨✨PHƯỜNG 4 TỔ CHỨC HỘI NGHỊ✨✨</strong></p><p>……</p>"
     "<p><b>Hội nghị diễn ra sáng 18/4 với sự tham dự của hơn 120 hộ dân.</b></p>",
     "Hội nghị diễn ra sáng 18/4 với sự tham dự của hơn 120 hộ dân."),
    ("<p><strong>(Website Tân Bình) –</strong> Chiều ngày 28/02/2024, Phòng Tư pháp quận tổ chức tuyên truyền.</p>",
     None),
    ("<p><strong>I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025 CỦA UBND PHƯỜNG</strong></p>", None),
    ("<p><strong>Thời gian: 7 giờ 30, ngày 15/5/2024</strong></p>", None),
    ("<p><strong>Kết quả thực hiện các chỉ tiêu kinh tế xã hội chủ yếu năm 2025</strong></p>", None),
    ('<p><img src="/a.jpg"></p><p><strong>Sáng nay, hơn 200 đoàn viên ra quân dọn vệ sinh kênh rạch.</strong></p>',
     None),
    # A classic ASP page's rows: the sapo's cell over the text's; a bold cell of a table in the text is none.
    ("<table><tr><td><font><b>Chiều 27/9, Ban Chỉ huy Phòng thủ dân sự xã đã họp khẩn ứng phó với bão.</b></font>"
     "</td></tr><tr><td><div>Theo đó, xã yêu cầu các thôn kêu gọi tàu thuyền vào bờ.</div></td></tr></table>",
     "Chiều 27/9, Ban Chỉ huy Phòng thủ dân sự xã đã họp khẩn ứng phó với bão."),
    ("<div>Theo đó, xã yêu cầu các thôn kêu gọi tàu thuyền vào bờ trước 17 giờ.</div><table><tr><td><b>Các thôn "
     "ven biển đã hoàn thành việc sơ tán 218 hộ dân đến nơi an toàn.</b></td></tr></table>", None),
])
def test_bold_intro(html, lead):
    assert bold_intro(_element(html), "PHƯỜNG 4 TỔ CHỨC HỘI NGHỊ") == lead


# ---- listings and URLs -----------------------------------------------------------

def test_listing_links_in_any_parameter_order_are_one_article(parser):
    links = parser.article_links(frozen_page("listing-hue-tin-tuc"))
    keys = [parser.canonical_url(link) for link in links]
    assert len(keys) == len(set(keys)) == 6
    assert "https://huongxuan.thuathienhue.gov.vn/?cn=97&gd=7&tc=35455" in keys


@pytest.mark.parametrize("url, canonical", [
    ("https://huongan.thuathienhue.gov.vn/?gd=4&cn=130&tc=1787", "https://huongan.thuathienhue.gov.vn/?cn=130&gd=4&tc=1787"),
    ("https://dienbiendong.dienbien.gov.vn/TinTuc/View/Hop-chuan-bi-ky-hop-thu-nhat-HDND-huyen-khoa-VI-nhiem-ky-2021---2026?PageIndex=12",
     "https://dienbiendong.dienbien.gov.vn/TinTuc/View/Hop-chuan-bi-ky-hop-thu-nhat-HDND-huyen-khoa-VI-nhiem-ky-2021---2026"),
    ("http://ttkhcn.baria-vungtau.gov.vn/datdo/ManagementNews/DetailNew/275?page=4",
     "http://ttkhcn.baria-vungtau.gov.vn/datdo/ManagementNews/DetailNew/275"),
    ("https://tungvai.tuyenquang.gov.vn/vi/tin-bai/ky-hop-chuyen-de?id=167463&type=NEWS",
     "https://tungvai.tuyenquang.gov.vn/vi/tin-bai/ky-hop-chuyen-de?id=167463&type=NEWS"),
    ("https://binhduong.gov.vn:443/dau-tu-thong-tin-can-biet/2024/12/861-hoan-tiep-cong-dan?utm_source=fb",
     "https://binhduong.gov.vn/dau-tu-thong-tin-can-biet/2024/12/861-hoan-tiep-cong-dan"),
    ("https://traon.vinhlong.gov.vn/xem-chi-tiet-tin-tuc/id/219807#top", "https://traon.vinhlong.gov.vn/xem-chi-tiet-tin-tuc/id/219807"),
])
def test_generic_canonical_urls(parser, url, canonical):
    assert parser.canonical_url(url) == canonical


@pytest.mark.parametrize("url", [
    "http://quangdien.krongana.daklak.gov.vn/to-chuc-le-chao-co-dau-nam-moi-giap-thin-nam-2024-7440.html",
    "https://hongha.halongcity.gov.vn/to-9a-khu-1-phuong-hong-ha-to-chuc-tet-trung-thu-p13n53671.html",
    "https://mongcai.gov.vn/vi-vn/tin/dong-chi-bi-thu-dang-uy-phuong-du-ngay-hoi-p595651-c689369-n222139",
    "https://nasang.dienbien.gov.vn/TinTuc/View/NA-SANG-NANG-CAO-CHAT-LUONG-TUYEN-CHON-GOI-CONG-DAN-NHAP-NGU",
    "https://phonghai.thuathienhue.gov.vn/?cn=87&gd=16&tc=369",
    "https://tungvai.tuyenquang.gov.vn/vi/tin-bai/tung-bung-chuong-trinh-van-nghe?id=179091&type=NEWS",
    "https://traon.vinhlong.gov.vn/xem-chi-tiet-tin-tuc/id/219807",
    "http://duyvinh.gov.vn/Article/Details/1220",
    "https://vinhphu.thoaison.angiang.gov.vn/xa-vinh-phu-ra-quan-diet-lang-quang-phong-chong-sot-xuat-huyet",
    "https://trangdinh.langson.gov.vn/tin-tuc-su-kien/ubnd-xa-trang-dinh-to-chuc-chuong-trinh-gap-mat.html",
])
def test_regional_article_urls(url):
    assert looks_like_article_url(url)


@pytest.mark.parametrize("url", [
    "https://xuanphuoc.daklak.gov.vn/tin-tuc-su-kien?page=2",
    "https://huongxuan.thuathienhue.gov.vn/?cn=97&gd=7",
    "https://dakdoa.gialai.gov.vn/tin-tuc/tin-dia-phuong/page/2/",
    "https://kyanh.hatinh.gov.vn/vi/tuyen-truyen/trang-2.html",
    "https://xuanphuoc.daklak.gov.vn/category/tin-tuc/",
    "https://xuanphuoc.daklak.gov.vn/Uploads/News/2024/02/chao-co-dau-nam-quangdien.jpg",
    "https://xuanphuoc.daklak.gov.vn/Uploads/files/ke-hoach-so-12-kh-ubnd-2026.pdf",
])
def test_regional_listing_and_file_urls_are_not_articles(url):
    assert not looks_like_article_url(url)


@pytest.mark.parametrize("anchor, href", [
    ('<a href="/?cn=97&gd=7&page=2">Trang sau</a>', "https://h.gov.vn/?cn=97&gd=7&page=2"),
    ('<a href="/tin-tuc/trang-3.html">3</a>', "https://h.gov.vn/tin-tuc/trang-3.html"),
    ('<a href="/tin-tuc/page/2/">»</a>', "https://h.gov.vn/tin-tuc/page/2/"),
    ('<div class="phantrang"><a href="/tin-tuc.aspx?p=2">2</a></div>', "https://h.gov.vn/tin-tuc.aspx?p=2"),
    ('<a rel="next" href="/tin-tuc/nhung-tin-tiep-theo">Xem thêm</a>', "https://h.gov.vn/tin-tuc/nhung-tin-tiep-theo"),
])
def test_generic_pager_links(parser, anchor, href):
    page = Page("https://h.gov.vn/tin-tuc", f"<html><body>{anchor}<a href='/lien-he'>2024</a></body></html>")
    assert parser.next_pages(page) == [href]


# ---- dates on layouts nobody here wrote (issue 10) ---------------------------------

_PROSE = ("<p>Sáng ngày 04/10/2025, Tổ công tác liên ngành trật tự đô thị phường phối hợp với Công an phường "
          "ra quân kiểm tra, xử lý tình trạng lấn chiếm vỉa hè, lòng đường trên các tuyến phố chính.</p>") * 3


def _home_made(date_html: str, after_body: str = "", aside: str = "") -> Page:
    html = (f"<html><head><title>Phường ra quân lập lại trật tự vỉa hè</title></head><body>"
            f'<div class="top"><span>Thứ Sáu, 04/12/2026</span></div>'
            f"<main><h1>Phường ra quân lập lại trật tự vỉa hè</h1>{date_html}"
            f'<div class="noi-dung">{_PROSE}</div>{after_body}</main>{aside}</body></html>')
    return Page("https://tanhung.hochiminhcity.gov.vn/tin-tuc/ra-quan-trat-tu-via-he-2201.html", html)


def test_a_date_in_the_post_footer_is_read_with_its_time(parser):
    page = _home_made("", after_body='<div class="post-foot">Đăng lúc 08:35 ngày 21/11/2025 · Chuyên mục: '
                                     '<a href="/giao-duc">Giáo dục</a></div>')
    assert parser.parse(page).fields["published_at"] == "2025-11-21T08:35+07:00"


def test_a_spaced_date_with_a_12_hour_time_under_the_headline(parser):
    page = _home_made('<div class="text-sm"><span>Cập nhật: 06 10 2025 9:12 SA</span><span>👁 462</span></div>')
    assert parser.parse(page).fields["published_at"] == "2025-10-06T09:12+07:00"


def test_a_date_only_mentioned_in_the_body_or_in_other_news_is_never_taken(parser):
    aside = ('<div class="sidebar-news"><ul><li><a href="/tin-tuc/hoi-nghi-2194.html">Hội nghị triển khai kế '
             'hoạch chỉnh trang đô thị</a> <span class="date">(23/09/2025)</span></li></ul></div>')
    assert parser.parse(_home_made("", aside=aside)).fields["published_at"] is None


def test_a_blog_day_with_the_time_in_its_footer(parser):
    page = _home_made('<h3 class="post-date">Thứ Hai, 08 Tháng Chín 2025</h3>',
                      after_body='<div class="post-footer">Đăng lúc 4:20 CH bởi Nguyễn Thị Hoa</div>')
    assert parser.parse(page).fields["published_at"] == "2025-09-08T16:20+07:00"


@pytest.mark.parametrize("text", ["a b  c", " lead", "tab\there", "line\nbreak", "nb\u00a0sp", "ideo\u3000space",
                                  "zero\u200bwidth", "bom\ufeff", "Tổ chức hội nghị", "", "   "])
def test_visible_chars_counts_what_split_leaves(text):
    from ward_scraper.extract.platforms.generic import visible_chars
    assert visible_chars(text) == len("".join(text.split()))


def test_title_and_date_names_are_found_as_the_patterns_find_them():
    """An ASCII class value or id is lower-cased and searched without
    IGNORECASE: the same answer as the patterns' own, on random mixes of their
    words in every case (which holds while the patterns are written in lower case)."""
    import random

    from ward_scraper.extract.platforms.generic import _DATE_NAMES, TITLE_NAMES, _title_and_date_names

    assert TITLE_NAMES.pattern == TITLE_NAMES.pattern.lower() and TITLE_NAMES.flags & re.I
    assert _DATE_NAMES.pattern == _DATE_NAMES.pattern.lower() and _DATE_NAMES.flags & re.I
    pieces = ["title", "TieuDe", "tieu-de", "HEADING", "headLine", "ten_tin", "TenBai", "date", "TIME", "Ngay",
              "created", "Publish", "meta", "x", "-", "_", " ", "1", "news", "\u212a", "\u017f", "Ti\u0130tle"]
    draw = random.Random(13)
    for _ in range(5000):
        names = "".join(draw.choice(pieces) for _ in range(draw.randint(1, 5)))
        assert _title_and_date_names(names) == (bool(TITLE_NAMES.search(names)), bool(_DATE_NAMES.search(names))), names


def _places_by_page_order(body, first_text):
    """Where each element stands to `body`, told by numbering the whole page in order (what
    `generic._places` tells from ancestors): "above", "inside", "after", or None."""
    order = {element: index for index, element in enumerate(body.getroottree().iter())}
    start, wrappers = order[body], set(body.iterancestors())
    end = start + sum(1 for _ in body.iter())
    text_at = order.get(first_text, start)

    def place(element):
        at = order.get(element)
        if at is None or element in wrappers:
            return None
        if at < start or start < at < text_at:
            return "above"
        return "after" if at >= end else ("inside" if at > start else None)
    return place


PLACES = ("<html><body><div id='page'><header><h1 id='site'>Site</h1></header><div id='block'>"
          "<h2 id='kicker'>Tin tức</h2><h1 id='headline'>Headline</h1><div id='body'><div id='top'>"
          "<h3 id='in-top'>Lead</h3><!-- c --></div><p id='short'>x</p>"
          f"<div id='wrap'><p id='first'>{'Running text. ' * 8}<b id='in-first'>b</b></p></div>"
          "<h2 id='sub'>Sub</h2></div><h3 id='after'>Other</h3></div></div><p id='foot'>f</p></body></html>")


@pytest.mark.parametrize("body_id", ["body", "block", "wrap", "first", "page", "after"])
def test_an_elements_place_to_the_body_is_its_place_in_page_order(body_id):
    page = Page("https://a.gov.vn/tin/1", PLACES)
    body = page.first(f"#{body_id}")
    first_text = next((block for block in body.iter("p", "div") if block is not body and len(
        block.text_content() if block.tag == "p" else generic._own_text(block)) >= generic._RUNNING_TEXT_CHARS),
        next(body.iter("p"), None))
    place, expected = generic._places(body), _places_by_page_order(body, first_text)
    for element in page.tree.iter():
        assert place(element) == expected(element), (body_id, element.get("id"), element.tag)
    assert place(Page("https://a.gov.vn/", "<p>elsewhere</p>").tree.find(".//p")) is None
    if body_id == "body":
        assert [place(page.first(f"#{name}")) for name in ("kicker", "in-top", "short", "wrap", "in-first", "sub",
                                                           "after", "site")] == \
            ["above", "above", "above", "above", "inside", "inside", "after", "above"]


def test_a_long_date_element_is_read_only_for_the_date_its_attributes_hold():
    """A date-named element holding more than a date line is no date line: its text is given
    unread, but a date held in its attributes is still read (then the only date line it gives)."""
    text = "UBND phường tổ chức hội nghị tổng kết công tác năm. " * 5
    page = Page("https://a.gov.vn/tin/1", f"<html><body><div class='post-date' data-time='1652315400'>{text}</div>"
                                          f"<div class='post-date' title='x'>{text}</div>"
                                          f"<div class='post-date'>{text}</div></body></html>")
    held, titled, plain = page.css(".post-date")
    assert generic._shown_or_held_date(held) == "2022-05-12T07:30+07:00"
    assert generic._shown_or_held_date(titled) == generic._shown_or_held_date(plain) == " ".join(text.split())
