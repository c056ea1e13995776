"""F5 NukeViet: frozen real-shape pages, URL forms, listings, feeds and a replica round trip.

The frozen pages in tests/gold/nukeviet/ are written by hand in the shapes of
portals.md F5 and the NukeViet theme templates: the 4.5 default theme with
schema.org microdata and the download panel (Xuân Đông), a 4.x page with the
full-width home image and a unit as author (Thanh Điền), a multi-site theme
clone whose canonical names another category (Bù Đốp / Thanh Bình), NukeViet 3
with the old Title-Case URL and a decomposed (NFD) paragraph (nông thôn mới Hà
Tĩnh), and a savefile view with hex-escaped title (Nghệ An). Each article page
has its expected fields next to it in <name>.json.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from ward_replica.content import ReplicaArticle, ReplicaAttachment, ReplicaImage, ReplicaPortal, ReplicaSection
from ward_replica.generate import build_portal
from ward_replica.portals import PORTALS
from ward_replica.sites.nukeviet import NukeVietSite
from ward_scraper.util.page import Page
from tests.gold_pages import GoldFolder
from ward_scraper.extract.platforms import detect_platform, get_parser
from ward_scraper.extract.platforms.base import ParseContext

GOLD = GoldFolder("nukeviet")
FROZEN, ARTICLES, LISTINGS = GOLD.folder, GOLD.articles, GOLD.listings
frozen_page, expected = GOLD.page, GOLD.expected.__getitem__
BASE = "http://127.0.0.1:8765"


@pytest.fixture(scope="module")
def parser():
    return get_parser("nukeviet")


@pytest.fixture(scope="module")
def parsed():
    return GOLD.parsed()


# ---- frozen article pages --------------------------------------------------------

def test_every_variant_has_a_frozen_page():
    assert {"xuandong-tiep-xuc-cu-tri", "tayninh-thanh-dien-ky-hop", "budop-thanhbinh-thong-bao",
            "nongthonmoi-hatinh-khu-dan-cu", "hcc-nghean-savefile-nghi-dinh-321"} <= set(ARTICLES)


@pytest.mark.parametrize("name", ARTICLES)
def test_frozen_pages_are_detected_as_nukeviet(name):
    platform, evidence = detect_platform(frozen_page(name))
    assert platform == "nukeviet"
    assert any("generator" in item for item in evidence)


def test_slug_id_pages_are_not_taken_for_nukeviet(parser):
    html = (Path(__file__).parent / "gold" / "slugid" / "namdong-vui-hoi-trang-ram.html").read_bytes()
    page = Page.from_bytes("https://namdong.haiphong.gov.vn/trang-chu-66859/x-790191", html)
    assert parser.detect(page) == []


def test_hex_escaped_title_is_unescaped(parser):
    page = frozen_page("hcc-nghean-savefile-nghi-dinh-321")
    assert page.meta("og:title").startswith("TOÀN VĂN: Nghị định 321/2025/NĐ-CP")
    assert "&#x" not in parser.parse(page).fields["title"]


def test_header_time_wins_over_microdata_with_a_foreign_offset(parsed):
    # the hidden itemprop=datePublished says 08:46-05:00; the header says 20:46
    assert parsed["xuandong-tiep-xuc-cu-tri"]["published_at"] == "2025-12-23T20:46+07:00"


def test_nukeviet3_lead_leaves_out_the_home_image_note(parsed):
    lead = parsed["nongthonmoi-hatinh-khu-dan-cu"]["lead"]
    assert lead.startswith("Những con đường") and "rợp bóng cây xanh" not in lead


def test_a_skin_s_renamed_hometext_heading_is_the_lead(parser):
    """A NukeViet 3 skin: the sapo an `h2.content-hometext` in `div.short_content`, not `#hometext`."""
    sapo = "Ngày 06/3/2015, Thường trực HĐND thị trấn tổ chức đoàn giám sát chính sách bảo hiểm y tế."
    html = ("<html><body><div id='news_detail'><h1>HĐND thị trấn giám sát chính sách BHYT</h1>"
            "<p><span class='time'>Thứ hai, 09/03/2015 15:07 GMT+7</span></p></div>"
            f"<div class='short_content'><h2 class='content-hometext'>{sapo}</h2></div>"
            "<div class='bodytext'><p>Đoàn giám sát đã làm việc với Ban chỉ đạo thực hiện chính sách BHYT của "
            "thị trấn, kiểm tra hồ sơ cấp thẻ cho 412 người thuộc hộ cận nghèo.</p></div></body></html>")
    page = Page("https://hdnd.budop.gov.vn/vi/thanhbinh/thong-tin/giam-sat-BHYT-152/", html)
    assert parser.parse(page).fields["lead"] == sapo


def test_a_nukeviet_3_skin_s_picture_box_in_the_sapo_gives_the_home_image_and_its_note(parser):
    """`#hometext` opens with a `div.fl` holding the picture and its note (`p > em`), then the sapo's words."""
    sapo = "Tối 15/7/2011, tại hội trường khối phố 3, các vị đại biểu HĐND thành phố đã tiếp xúc cử tri phường."
    html = ("<html><body><div id='news_detail'><h1>Cẩm Phô tiếp xúc cử tri</h1><span class='time'>16/07/2011</span>"
            "<div id='hometext'><div class='fl' style='width:200px'><img alt='Quang cảnh' src='/uploads/news/2011_07/"
            "tiep-xuc.jpg' width='200'><p class='center'><em>Quang cảnh buổi tiếp xúc cử tri</em></p></div>"
            f"<strong>{sapo}</strong></div><div class='bodytext'><p>Tham dự buổi tiếp xúc có ông Trương Công Hòa, Phó "
            "Chủ tịch HĐND thành phố, cùng lãnh đạo Đảng ủy, UBND phường.</p></div></div></body></html>")
    fields = parser.parse(Page("http://campho.hoian.gov.vn/news/Tin-hoat-dong/Cam-Pho-tiep-xuc-cu-tri-356/", html)).fields
    assert fields["lead"] == sapo
    assert fields["images"] == [{"src": "http://campho.hoian.gov.vn/uploads/news/2011_07/tiep-xuc.jpg",
                                 "caption": "Quang cảnh buổi tiếp xúc cử tri"}]


def test_empty_artist_line_is_not_a_credit(parser):
    context = ParseContext(parser, frozen_page("budop-thanhbinh-thong-bao"))
    assert parser.credit_paragraphs(context) == ["Tác giả bài viết: Thanh Bình"]


# ---- listings and feeds -----------------------------------------------------------

def test_category_listing_announces_its_feed(parser):
    # Links and pager (sidebar "Tin xem nhiều" left out, page-2.html a page) are checked by the gold test.
    page = frozen_page("condao-listing-tin-dia-phuong")
    assert parser.feed_links(page) == expected("condao-listing-tin-dia-phuong")["feed_links"]


def test_rss_feed_items_are_article_links(parser):
    page = frozen_page("xuanloc-rss-tin-tuc", suffix=".xml")
    assert parser.article_links(page) == expected("xuanloc-rss-tin-tuc")["article_links"]


# ---- URLs --------------------------------------------------------------------------

ARTICLE = "https://binhloc.dongnai.gov.vn/vi/news/tin-tuc-su-kien/hoi-nghi-trien-khai-nhiem-vu-nam-2026-412.html"


@pytest.mark.parametrize("url, canonical", [
    (ARTICLE, ARTICLE),
    (ARTICLE.replace("/vi/news/", "/vi/news/savefile/"), ARTICLE),
    (ARTICLE.replace("/vi/news/", "/vi/news/print/"), ARTICLE),
    (ARTICLE + "?fbclid=IwAR0x#top", ARTICLE),
    (ARTICLE + "?utm_source=zalo&amp;ref=home", ARTICLE),
    (ARTICLE.replace(".gov.vn/", ".gov.vn:443/"), ARTICLE),
    ("https://hdnd.budop.gov.vn/vi/thanhbinh/thong-bao/thong-bao-niem-yet-353.html",
     "https://hdnd.budop.gov.vn/vi/thanhbinh/thong-bao/thong-bao-niem-yet-353.html"),
    ("http://nongthonmoi.hatinh.gov.vn/savefile/Tin-trong-nuoc/Khi-xay-dung-NTM-kieu-mau-la-tieu-chi-20-75620.html",
     "http://nongthonmoi.hatinh.gov.vn/Tin-trong-nuoc/Khi-xay-dung-NTM-kieu-mau-la-tieu-chi-20-75620.html"),
    ("https://hcc.nghean.gov.vn/savefile/tin-tong-hop/toan-van-nghi-dinh-321-2025-nd-cp-2553.html",
     "https://hcc.nghean.gov.vn/tin-tong-hop/toan-van-nghi-dinh-321-2025-nd-cp-2553.html"),
])
def test_canonical_url_of_every_url_form(parser, url, canonical):
    assert parser.canonical_url(url) == canonical


@pytest.mark.parametrize("url, article_id", [
    (ARTICLE, "412"),
    ("https://hdnd.budop.gov.vn/vi/thanhbinh/van-hoa-xa-hoi/ket-qua-binh-xet-nam-2024-353.html", "353"),
    ("http://nongthonmoi.hatinh.gov.vn/Tin-trong-tinh/Me-man-khu-dan-cu-o-Ha-Tinh-52947.html", "52947"),
])
def test_the_trailing_id_is_the_article_key(parser, url, article_id):
    assert parser.article_id(url) == article_id


@pytest.mark.parametrize("url", [
    "https://binhloc.dongnai.gov.vn/vi/news/tin-tuc-su-kien/",
    "https://binhloc.dongnai.gov.vn/vi/news/tin-tuc-su-kien/page-2",
    "https://condao.com.vn/vi/news/tin-dia-phuong/page-2.html",
    "https://condao.com.vn/vi/news/tin-dia-phuong.html",
    "https://longha.dongnai.gov.vn/vi/news/bau-cu-dai-bieu-hdnd-nk-2026-2031",
    "https://binhloc.dongnai.gov.vn/vi/news/rss/tin-tuc-su-kien/",
    "https://binhloc.dongnai.gov.vn/vi/news/tag/tiep-xuc-cu-tri",
    ARTICLE + "?download=1&id=0",
    "https://binhloc.dongnai.gov.vn/uploads/news/2026_01/ke-hoach-12.pdf",
])
def test_listing_feed_and_download_urls_are_not_articles(parser, url):
    assert not parser.is_article_url(url)


def test_declared_canonical_of_another_article_is_ignored(parser):
    html = (f'<html><head><link rel="canonical" href="https://binhloc.dongnai.gov.vn/vi/news/" />'
            f'</head><body><h1>x</h1></body></html>')
    assert parser.page_canonical_url(Page(ARTICLE, html)) == ARTICLE


# ---- replica round trip --------------------------------------------------------------

_SENTENCES = [
    "Tham dự có đồng chí Nguyễn Xuân Hà – Bí thư Đảng ủy phường, Chủ tịch HĐND phường; đồng chí Đào Đại "
    "Giang – Phó Bí thư Đảng ủy, Chủ tịch UBND phường cùng lãnh đạo các phòng chuyên môn.",
    "Trong năm 2025, UBND phường Bình Lộc hoàn thành 19/19 chỉ tiêu chủ yếu, trong đó có 5 chỉ tiêu vượt "
    "kế hoạch đề ra; thu ngân sách trên địa bàn ước đạt 48,2 tỷ đồng.",
    "Tại hội nghị, các đại biểu đã thảo luận, đóng góp ý kiến thẳng thắn về những tồn tại, hạn chế và đề "
    "xuất giải pháp nâng cao hiệu quả quản lý đô thị, trật tự xây dựng.",
    "Dịp này, UBND phường đã trao 120 phần quà, mỗi phần trị giá 500.000 đồng cho các hộ gia đình chính "
    "sách và hộ có hoàn cảnh khó khăn trên địa bàn các khu phố.",
    "Phát biểu chỉ đạo, đồng chí Chủ tịch UBND phường đề nghị các cơ quan, đơn vị tăng cường kỷ luật, kỷ "
    "cương hành chính, lấy sự hài lòng của Nhân dân làm thước đo.",
]
_CREDITS = [
    ("Tác giả bài viết: Hữu Anh\nNguồn tin: Văn phòng HĐND và UBND phường", ["Hữu Anh"],
     "Văn phòng HĐND và UBND phường"),
    ("Tác giả bài viết: Kim Phượng", ["Kim Phượng"], None),
    ("Nguồn tin: Trung tâm Văn hóa, Thể thao và Truyền thanh phường", [],
     "Trung tâm Văn hóa, Thể thao và Truyền thanh phường"),
]


def binh_loc_portal() -> ReplicaPortal:
    """Phường Bình Lộc (Đồng Nai): 13 news posts (two listing pages) and 4 notices."""
    sections = [ReplicaSection("tin-tuc", "Tin tức - Sự kiện", "tin-tuc-su-kien"),
                ReplicaSection("thong-bao", "Thông báo", "thong-bao")]
    articles = []
    for number in range(17):
        section = sections[0] if number < 13 else sections[1]
        credit, authors, unit = _CREDITS[number % 3]
        published = datetime(2026, 1, 28 - number, 0, 0) if number % 4 == 3 else \
            datetime(2026, 1, 28 - number, 8 + number % 9, 5 * (number % 12))
        images = [ReplicaImage(f"/uploads/news/2026_01/hoi-nghi-{number}-1.jpg",
                               f"Quang cảnh hội nghị tại khu phố {number % 6 + 1}", 0),
                  ReplicaImage(f"/uploads/news/2026_01/hoi-nghi-{number}-2.jpg", None, 1)]
        if number % 2:
            images.append(ReplicaImage(f"/uploads/news/2026_01/trao-qua-{number}.jpg",
                                       "Lãnh đạo phường trao quà cho các hộ gia đình chính sách", 2))
        articles.append(ReplicaArticle(
            id=400 + 17 - number, section=section.key, slug=f"hoi-nghi-so-{number}-cua-phuong-binh-loc",
            title=f"Phường Bình Lộc tổ chức hội nghị chuyên đề số {number} năm 2026",
            lead=None if number % 5 == 4 else f"Ngày {28 - number}/01/2026, UBND phường Bình Lộc tổ chức hội "
                                              f"nghị chuyên đề số {number} về phát triển kinh tế - xã hội.",
            paragraphs=[_SENTENCES[(number + k) % 5] for k in range(4)],
            published=published, credit_line=credit, authors=authors, source_unit=unit, images=images,
            attachments=[ReplicaAttachment(f"/uploads/news/2026_01/ke-hoach-{number}.pdf",
                                           f"Kế hoạch số {number + 10}/KH-UBND")] if number % 3 == 0 else [],
            views=50 + number, end_mark="./." if number % 4 == 1 else None))
    return ReplicaPortal("binh-loc-dongnai", "Phường Bình Lộc", "26089", "Đồng Nai", "nukeviet",
                         sections, articles)


@pytest.fixture(scope="module")
def site():
    return NukeVietSite(binh_loc_portal())


def fetch(site, path: str) -> Page:
    target, _, query = path.partition("?")
    response = site.handle(target, query)
    assert response.status == 200, path
    return Page.from_bytes(BASE + path, response.body, "utf-8")


def crawl_section(site, parser, path: str) -> list[str]:
    """Follow the section's pager to the end; the article links in order."""
    links, queue, seen = [], [BASE + path], set()
    while queue:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        page = fetch(site, url.removeprefix(BASE))
        links += [link for link in parser.article_links(page) if link not in links]
        queue += parser.next_pages(page)
    return links


def test_replica_listings_reach_every_article_once(site, parser):
    found = [link for path in site.listing_paths() for link in crawl_section(site, parser, path)]
    assert found == [BASE + site.article_path(a) for a in site.portal.articles]


def test_replica_pager_is_nukeviets(site, parser):
    page = fetch(site, "/vi/news/tin-tuc-su-kien/")
    assert parser.next_pages(page) == [BASE + "/vi/news/tin-tuc-su-kien/page-2"]
    assert len(parser.article_links(page)) == site.page_size
    assert site.handle("/vi/news/tin-tuc-su-kien/page-3", "").status == 404


def round_trip_mismatches(site, parser, article) -> list[tuple]:
    """(field, extracted, published) for every field the parser got wrong."""
    page = fetch(site, site.article_path(article))
    fields = parser.parse(page).fields
    checks = {
        "title": (fields["title"], article.title),
        "published_at": (fields["published_at"], article.published_at),
        "lead": (fields["lead"], article.lead),
        "paragraphs": (fields["body_text"].split("\n\n"), article.paragraphs),
        "images": (fields["images"], [{"src": BASE + i.path, "caption": i.caption} for i in article.images]),
        "credit": ((fields["credit_line"], fields["authors"], fields["source_unit"]),
                   (article.credit_line, article.authors, article.source_unit)),
        "attachments": (fields["attachments"], [{"url": BASE + a.path, "title": a.title}
                                                for a in article.attachments]),
        "canonical": (parser.page_canonical_url(page), BASE + site.article_path(article)),
    }
    return [(name, got, want) for name, (got, want) in checks.items() if got != want]


@pytest.mark.parametrize("index", range(17))
def test_replica_article_round_trip(site, parser, index):
    assert round_trip_mismatches(site, parser, site.portal.articles[index]) == []


@pytest.fixture(scope="module")
def generated_site():
    """The replica's own Bình Lộc (replica.portals), as the demo and the end-to-end test serve it."""
    spec = next(spec for spec in PORTALS if spec.platform == "nukeviet")
    return NukeVietSite(build_portal(spec))


def test_generated_portal_round_trips(generated_site, parser):
    found = [link for path in generated_site.listing_paths()
             for link in crawl_section(generated_site, parser, path)]
    assert sorted(found) == sorted(BASE + generated_site.article_path(a) for a in generated_site.portal.articles)
    wrong = {a.id: round_trip_mismatches(generated_site, parser, a) for a in generated_site.portal.articles}
    assert {key: value for key, value in wrong.items() if value} == {}


def test_replica_article_in_another_category_names_its_own(site, parser):
    article = site.portal.in_section("thong-bao")[0]
    page = fetch(site, site.article_path(article).replace("/thong-bao/", "/tin-tuc-su-kien/"))
    assert parser.page_canonical_url(page) == BASE + site.article_path(article)


@pytest.mark.parametrize("view", ["print", "savefile"])
def test_replica_print_and_save_views_collapse_to_the_article(site, parser, view):
    article = site.portal.articles[0]
    path = site.article_path(article).replace("/vi/news/", f"/vi/news/{view}/")
    page = fetch(site, path)
    assert parser.page_canonical_url(page) == BASE + site.article_path(article)
    fields = parser.parse(page).fields
    assert fields["body_text"].split("\n\n") == article.paragraphs
    assert fields["credit_line"] == article.credit_line


def test_replica_rss_feed_lists_the_section(site, parser):
    listing = fetch(site, "/vi/news/thong-bao/")
    feed_url = BASE + "/vi/news/rss/thong-bao/"
    assert feed_url in parser.feed_links(listing)
    response = site.handle("/vi/news/rss/thong-bao/", "")
    assert response.content_type.startswith("application/rss+xml")
    feed = Page.from_bytes(feed_url, response.body, "utf-8")
    assert parser.article_links(feed) == [BASE + site.article_path(a) for a in site.portal.in_section("thong-bao")]


def test_replica_pages_carry_the_platform_noise(site):
    html = site.handle(site.article_path(site.portal.articles[1]), "").body.decode("utf-8")
    for noise in ("Ý kiến bạn đọc", "Những tin cũ hơn", "Tổng lượt truy cập", 'content="NukeViet v4.4"',
                  "news-bodyhtml", "Tác giả bài viết: </strong>"):
        assert noise in html


@pytest.mark.parametrize("path", ["/vi/news/khong-co/", "/vi/news/tin-tuc-su-kien/khong-co-bai-9999.html",
                                  "/vi/news/rss/khong-co/", "/vi/about/"])
def test_replica_unknown_paths_are_nukeviet_404s(site, path):
    response = site.handle(path, "")
    assert response.status == 404 and "Lỗi 404" in response.body.decode("utf-8")


def test_core_script_is_found_as_a_whole_word_as_the_word_boundary_pattern_finds_it():
    import re

    from ward_scraper.extract.platforms.nukeviet import _has_core_script

    boundary = re.compile(r"\bnv_(?:base_siteurl|siteroot)\s*=")
    for text in ("nv_siteroot=", "xnv_siteroot = 1", "var nv_base_siteurl = '/'", "a_nv_siteroot=",
                 "ônv_siteroot=", " nv_siteroot\t=", "xnv_siteroot= nv_siteroot =", "nv_siteroo=",
                 "énv_base_siteurl=;nv_base_siteurl=", "", "nv_", "<script>nv_siteroot =\n'/';</script>"):
        assert _has_core_script(text) == bool(boundary.search(text)), text


def test_a_nukeviet_3_sapos_picture_in_a_link_in_its_floated_box_keeps_the_note_under_it():
    """`#hometext > div.image.fl > a > img` and `p > em` note, the sapo's words beside the box."""
    html = ("<div id='news_detail'><h4>Đoàn thẩm định kiểm tra kết quả xây dựng NTM tại xã Thạch Đài</h4>"
            "<span class='time'>11/04/2014 15:20</span><div id='hometext'><div class='image fl' style='width:220px'>"
            "<a href='/uploads/news/2014_04/thamdinh.jpg' rel='shadowbox'><img alt='' src='/uploads/news/2014_04/"
            "thamdinh.jpg' width='220'></a><p><em>Đoàn thẩm định kiểm tra mô hình vườn mẫu</em></p></div>"
            "<strong>Ngày 11/4/2014, Đoàn thẩm định của tỉnh đã về kiểm tra kết quả thực hiện 19 tiêu chí.</strong>"
            "</div><div class='bodytext'><p>Cùng đi có đại diện các sở, ngành thành viên Ban Chỉ đạo.</p></div></div>")
    page = Page("http://thachdai.thachha.hatinh.gov.vn/vi/news/Tin-tuc/Doan-tham-dinh-345/",
                f"<html><body>{html}</body></html>")
    assert get_parser("nukeviet").home_image(page) == {
        "src": "http://thachdai.thachha.hatinh.gov.vn/uploads/news/2014_04/thamdinh.jpg",
        "caption": "Đoàn thẩm định kiểm tra mô hình vườn mẫu"}


def test_nukeviet_2_s_picture_table_over_the_sapo_is_the_article_s_picture():
    """NukeViet 2 (`modules.php?name=News&op=viewst&sid=…`): a left-floated table of the picture and
    its `td.imgtext` note right before `div.hometext`, outside `div.bodytext`."""
    text = "Hợp tác xã tổ chức 6 lớp tập huấn kỹ thuật gieo mạ, cấy và chăm sóc lúa lai cho nông dân. " * 4
    html = ("<html><body><table><tr><td><font class='title'><b>Xã Vũ Hội đưa giống lúa lai vào sản xuất</b></font>"
            "</td></tr><tr><td><table align='left' width='200'><tr><td><img src='images/articles/2008/06/lualai.jpg' "
            "width='200'></td></tr><tr><td class='imgtext'>Nông dân thôn Hội Khê nhổ mạ</td></tr></table>"
            "<div class='hometext'><b>Vụ mùa năm 2008, xã Vũ Hội phấn đấu gieo cấy 185 ha lúa lai.</b></div><br>"
            f"<div class='bodytext'>{text}</div></td></tr></table></body></html>")
    page = Page("http://www.vuthu.thaibinh.gov.vn/modules.php?name=News&op=viewst&sid=412", html)
    fields = get_parser("nukeviet").parse(page).fields
    assert fields["images"] == [{"src": "http://www.vuthu.thaibinh.gov.vn/images/articles/2008/06/lualai.jpg",
                                 "caption": "Nông dân thôn Hội Khê nhổ mạ"}]
    assert fields["lead"] == "Vụ mùa năm 2008, xã Vũ Hội phấn đấu gieo cấy 185 ha lúa lai."
