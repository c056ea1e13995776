"""F2 SharePoint / ASP.NET "portal/pages": frozen real-shape pages of every URL
variant (blog Post.aspx, /portal/pages/<date>/, year folder, print view, list
DispForm), URL forms, listings, and a replica round trip.

The frozen pages in tests/gold/sharepoint/ are written by hand in the shapes
of portals.md F2 (Quận 4, Sơn Linh, Yên Hòa, Văn phòng UBND TP.HCM, Thuận Bắc,
Châu Thành, Gia Hanh); each article page has its expected fields in <name>.json,
each listing its expected links.
"""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from ward_replica.content import ReplicaArticle, ReplicaAttachment, ReplicaImage, ReplicaPortal, ReplicaSection
from ward_replica.sites.sharepoint import SharePointSite, title_slug
from ward_scraper.util.page import Page
from tests.gold_pages import FIELDS, GoldFolder
from ward_scraper.extract import chain
from ward_scraper.extract.platforms import detect_platform, get_parser

GOLD = GoldFolder("sharepoint")
FROZEN, EXPECTED, ARTICLES, LISTINGS = GOLD.folder, GOLD.expected, GOLD.articles, GOLD.listings
frozen_page = GOLD.page


@pytest.fixture(scope="module")
def parser():
    return get_parser("sharepoint")


@pytest.fixture(scope="module")
def parsed():
    return GOLD.parsed()


# ---- frozen article pages -----------------------------------------------------

def test_frozen_pages_cover_every_variant():
    assert {"quan4-blog-post-5085",             # (a) blog Post.aspx, no date
            "xasonlinh-ung-dung-cntt",          # (b) /portal/pages/<y-m-d>/, date from the path
            "vpub-tong-ket-cai-cach-hanh-chinh",  # (b) unpadded date, alphanumeric id, dateline
            "yenhoa-phong-trao-ntm",            # (b) year folder, Word paste, "CH" time
            "thuanbac-print-39304",             # (b) print view
            "chauthanh-dispform-2003",          # (c) list form, header table, date only in the text
            } <= set(ARTICLES)
    assert len(LISTINGS) >= 2


@pytest.mark.parametrize("name", ARTICLES)
def test_body_keeps_no_page_furniture(parsed, name):
    body = parsed[name]["body_text"]
    for noise in ("Số lượt người xem", "1034", "9.660.859", "Đang truy cập", "/portal/Home/Gop-y", "In bài",
                  "Gửi email", "Các tin khác", "Liên kết website", "Liên kết cố định", "Thể loại", "Tiêu đề",
                  "Nội dung", "(Website Văn phòng)"):
        assert noise not in body
    assert "\n|\n" not in body and not body.startswith("|")


def test_dateline_prefix_is_cut_but_its_sentence_kept(parsed):
    body = parsed["vpub-tong-ket-cai-cach-hanh-chinh"]["body_text"]
    assert body.startswith("Chiều ngày 15/2/2024, Văn phòng Ủy ban nhân dân Thành phố")


def test_dateline_cut_keeps_markup_and_ignores_mid_text_brackets(parser):
    html = """<html><body><div class="content-detail"><div class="ms-rtestate-field">
    <p><strong>(HCM CityWeb)</strong> - Sáng 12/3, <a href="/portal/pages/2024-3-12/a-1.aspx">UBND phường 8</a>
    tổ chức hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024 tại hội trường phường.</p>
    <p>Phường 8 (cũ) – nay thuộc phường Xuân Hòa – đã hoàn thành 18/18 chỉ tiêu kinh tế - xã hội năm 2023.</p>
    </div></div></body></html>"""
    page = Page("https://quan3.hochiminhcity.gov.vn/portal/pages/2024-3-12/Phuong-8-to-chuc-hoi-nghi-1234.aspx", html)
    fields = parser.parse(page).fields
    first, second = fields["body_text"].split("\n\n")
    assert first.startswith("Sáng 12/3, UBND phường 8 tổ chức hội nghị")
    assert second.startswith("Phường 8 (cũ) – nay thuộc")
    assert 'href="https://quan3.hochiminhcity.gov.vn/portal/pages/2024-3-12/a-1.aspx"' in fields["body_html"]
    assert "(HCM CityWeb)" in page.html, "the page itself is not edited"


@pytest.mark.parametrize("locale, published", [
    ("1033", "2015-10-03T14:30+07:00"),     # English (United States): the blog's own day is month first
    ("1066", "2015-03-10T14:30+07:00"),     # Vietnamese: day first
])
def test_a_blog_post_day_header_is_read_in_the_site_s_locale(parser, locale, published):
    html = (f'<html><head><script>var L_Menu_LCID="{locale}";</script></head><body><div class="ms-PostWrapper">'
            '<h3 class="ms-PostDateHeader">10/3/2015</h3><div class="ms-PostTitle"><h2>Phường Ninh Sơn tổ chức '
            'Đại hội đại biểu Mặt trận Tổ quốc lần thứ X</h2></div><div class="ms-PostBody"><div>Sáng ngày 02/10/2015, '
            'Ủy ban MTTQ Việt Nam phường Ninh Sơn tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ 2015 - 2019.</div></div>'
            '<div class="ms-PostFooter">Posted at 2:30 PM by <a href="/_layouts/userdisp.aspx?ID=7">admin</a></div>'
            '</div></body></html>')
    page = Page("https://ninhson.tayninh.gov.vn/Lists/Posts/Post.aspx?ID=86", html)
    assert parser.parse(page).fields["published_at"] == published

def test_a_blog_post_without_a_day_header_is_dated_by_its_footer(parser):
    html = ('<html lang="vi-VN"><head><link rel="stylesheet" href="/_layouts/1033/styles/corev4.css"/></head><body>'
            '<div class="ms-PostWrapper"><div class="ms-PostTitle"><h2>Phường 16 ra mắt mô hình Hẻm xanh - sạch - đẹp'
            '</h2></div><div class="ms-PostBody"><div>Sáng ngày 11/5/2019, UBND Phường 16 ra mắt mô hình hẻm xanh tại '
            'khu phố 3 với sự tham gia của hơn 120 hộ dân.</div></div><div class="ms-PostFooter">'
            '<span class="ms-postfootercolor">Đăng bởi </span><a href="/_layouts/userdisp.aspx?ID=41">Quản trị</a>'
            '<span class="ms-postfootercolor"> lúc 12/06/2019 8:35 SA</span> | <span>Danh mục: </span>'
            '<a href="/tintuc/Lists/Categories/Category.aspx?CategoryId=4">Hoạt động phường</a></div></div></body></html>')
    page = Page("https://phuong16.quan8.hochiminhcity.gov.vn/tintuc/Lists/Posts/Post.aspx?ID=212", html)
    assert parser.parse(page).fields["published_at"] == "2019-06-12T08:35+07:00"

def test_unpadded_date_folder_is_the_date_when_none_is_shown(parsed):
    assert parsed["xasonlinh-ung-dung-cntt"]["published_at"] == "2023-01-30"


def test_shown_time_wins_over_the_date_folder(parsed):
    assert parsed["vpub-tong-ket-cai-cach-hanh-chinh"]["published_at"] == "2024-02-16T10:35+07:00"


def test_broken_body_date_is_not_a_publish_date(parsed):
    # Châu Thành writes the date only in the text, and broken ("sáng 4.2.202").
    assert parsed["chauthanh-dispform-2003"]["published_at"] is None
    assert "sáng 4.2.202 " in parsed["chauthanh-dispform-2003"]["body_text"]


def test_word_line_wraps_are_joined(parsed):
    body = parsed["chauthanh-dispform-2003"]["body_text"]
    assert "của Ủy ban nhân dân xã Thanh Điền về tổ chức" in body
    assert "Ủy\n" not in body


def test_list_form_fields_come_from_their_rows(parsed):
    fields = parsed["chauthanh-dispform-2003"]
    assert fields["title"].startswith("Thông báo ra quân")
    assert fields["lead"].startswith("UBND xã Thanh Điền thông báo")


def _form(rows: list[tuple[str, str]]) -> str:
    return "<html><body><table class='ms-formtable'>" + "".join(
        f"<tr><td class='ms-formlabel'><h3 class='ms-standardheader'>{label}</h3></td>"
        f"<td class='ms-formbody'>{value}</td></tr>" for label, value in rows) + "</table></body></html>"


def test_a_list_form_s_quote_row_is_the_lead_not_the_text_s_first_lines(parser):
    """SharePoint 2013's DispForm: "Trích dẫn" (a quote of the item) is its summary row."""
    sapo = "Nhằm giúp các hộ nghèo vui Xuân, đón Tết, UBND xã Hảo Đước trao 320 phần quà cho các hộ khó khăn."
    html = _form([("Tiêu đề", "Hảo Đước trao quà Tết cho hộ nghèo"), ("Trích dẫn", sapo),
                  ("Nội dung", "<div class='ms-rtestate-field'><p>Sáng 4/2, tại Hội trường UBND xã, Ban vận động trao "
                               "quà Tết Nguyên đán cho 320 hộ nghèo, cận nghèo và gia đình chính sách.</p></div>")])
    fields = parser.parse(Page("https://chauthanh.tayninh.gov.vn/Lists/TinTuc/DispForm.aspx?ID=2417", html)).fields
    assert fields["lead"] == sapo and "Trích dẫn" not in fields["body_text"] and sapo not in fields["body_text"]


@pytest.mark.parametrize("source, unit", [("UBND xã Thanh Điền", "UBND xã Thanh Điền"), ("Sưu tầm", None)])
def test_a_list_form_s_source_row_names_the_unit_beside_its_writer_row(parser, source, unit):
    """A SharePoint 2016 DispForm: "Tác giả" gives the credit, "Nguồn" the unit (where it names one)."""
    html = _form([("Tiêu đề", "Thanh Điền ra quân phòng, chống dịch bệnh"),
                  ("Nội dung", "<p>Sáng ngày 3/2, UBND xã Thanh Điền tổ chức ra quân phun thuốc khử trùng tại 6 ấp, "
                               "trường học và chợ xã, với sự tham gia của hơn 120 đoàn viên thanh niên.</p>"),
                  ("Tác giả", "Ngọc Hân"), ("Nguồn", source)])
    fields = parser.parse(Page("https://thanhdien.tayninh.gov.vn/Lists/TinTuc/DispForm.aspx?ID=412", html)).fields
    assert (fields["credit_line"], fields["source_unit"]) == ("Ngọc Hân", unit)


def test_print_view_without_a_link_back_keys_on_its_id(parser):
    page = Page("https://thuanbac.ninhthuan.gov.vn/portal/pages/print.aspx?p=39304&lang=vi",
                "<html><body><h1 class='title-news'>Tiêu đề</h1></body></html>")
    assert parser.page_canonical_url(page) == "https://thuanbac.ninhthuan.gov.vn/portal/pages/print.aspx?p=39304"


# ---- URLs -----------------------------------------------------------------------

CANONICAL = [
    # (a) blog posts: Mode and Source are view state; ?ID= is the same post as ?ItemID=
    ("http://quan4.hochiminhcity.gov.vn/tintuc/Lists/Posts/Post.aspx?ItemID=5085&Mode=1&Source=%2Ftintuc",
     "http://quan4.hochiminhcity.gov.vn/tintuc/Lists/Posts/Post.aspx?ItemID=5085"),
    ("http://quan8.hochiminhcity.gov.vn/gioithieu/Lists/Posts/Post.aspx?ItemID=266&amp;Mode=1&amp;Source=%2Fgioithieu",
     "http://quan8.hochiminhcity.gov.vn/gioithieu/Lists/Posts/Post.aspx?ItemID=266"),
    ("http://quan4.hochiminhcity.gov.vn/tintuc/Lists/Posts/Post.aspx?ID=5085",
     "http://quan4.hochiminhcity.gov.vn/tintuc/Lists/Posts/Post.aspx?ItemID=5085"),
    # (b) date folder (padded or not), alphanumeric id, year folder
    ("https://xasonlinh.hatinh.gov.vn/portal/pages/2023-01-30/Ung-dung-Cong-nghe-thong-tin-chuyen-doi-so-trong-v-"
     "468686.aspx",
     "https://xasonlinh.hatinh.gov.vn/portal/pages/2023-01-30/Ung-dung-Cong-nghe-thong-tin-chuyen-doi-so-trong-v-"
     "468686.aspx"),
    ("https://vpub.hochiminhcity.gov.vn:443/portal/pages/2024-2-16/To-chuc-Hoi-nghi-tong-ket-cong-tac-cai-cach-hanh-"
     "cch5uph2q3nc2.aspx?Source=%2Fportal#top",
     "https://vpub.hochiminhcity.gov.vn/portal/pages/2024-2-16/To-chuc-Hoi-nghi-tong-ket-cong-tac-cai-cach-hanh-"
     "cch5uph2q3nc2.aspx"),
    ("https://yenhoa.camxuyen.hatinh.gov.vn/portal/pages/2020/tin-ve-phong-trao-xay-dung-ntm-tren-dia-ban-xa-dau-"
     "thang-7-61.aspx",
     "https://yenhoa.camxuyen.hatinh.gov.vn/portal/pages/2020/tin-ve-phong-trao-xay-dung-ntm-tren-dia-ban-xa-dau-"
     "thang-7-61.aspx"),
    # (c) list items: ContentTypeId is the same for every item of the list
    ("https://chauthanh.tayninh.gov.vn/Lists/TinTuc/DispForm.aspx?ID=2003&ContentTypeId=0x01006B434E144EA34B09B66C"
     "BCE45AAE3E910022E43922BCB63949BF997CE018A1CE59",
     "https://chauthanh.tayninh.gov.vn/Lists/TinTuc/DispForm.aspx?ID=2003"),
    ("https://chauthanh.tayninh.gov.vn/Lists/TinTuc/DispForm.aspx?ContentTypeId=0x0100AB&ID=1987&Source=https%3A%2F%2F"
     "chauthanh.tayninh.gov.vn%2FLists%2FTinTuc%2FAllItems.aspx&RootFolder=*",
     "https://chauthanh.tayninh.gov.vn/Lists/TinTuc/DispForm.aspx?ID=1987"),
    # (d) HCMC district .html pages
    ("http://quan3.hochiminhcity.gov.vn/tin-tuc-su-kien/hoat-dong-cac-phuong/phuong-8/phuong-8-le-trao-hoc-bong-"
     "khuyen-hoc-khuyen-t-224-i-nam-2020-100438.html",
     "http://quan3.hochiminhcity.gov.vn/tin-tuc-su-kien/hoat-dong-cac-phuong/phuong-8/phuong-8-le-trao-hoc-bong-"
     "khuyen-hoc-khuyen-t-224-i-nam-2020-100438.html"),
]


@pytest.mark.parametrize("url, canonical", CANONICAL)
def test_canonical_url(parser, url, canonical):
    assert parser.is_article_url(url)
    assert parser.canonical_url(url) == canonical
    assert parser.canonical_url(canonical) == canonical


def test_print_view_url_keeps_only_its_id(parser):
    assert parser.canonical_url("https://thuanbac.ninhthuan.gov.vn/portal/pages/print.aspx?lang=vi&p=39304") == \
        "https://thuanbac.ninhthuan.gov.vn/portal/pages/print.aspx?p=39304"


NOT_ARTICLES = [
    # print views are reached from their article, never crawled as articles of their own
    "https://thuanbac.ninhthuan.gov.vn/portal/pages/print.aspx?p=39304",
    "https://giahanh.hatinh.gov.vn/portal/Pages/Tin-tuc-su-kien.aspx",
    "https://giahanh.hatinh.gov.vn/portal/Pages/Tin-tuc-su-kien.aspx?Page=2",
    "https://sub.dost-dongnai.gov.vn/xuanphu/Pages/quychelamviec.aspx",
    "http://quan4.hochiminhcity.gov.vn/tintuc/default.aspx",
    "http://quan4.hochiminhcity.gov.vn/tintuc/Lists/Categories/Category.aspx?CategoryId=2&Name=Tin%20ph%C6%B0%E1%BB%9Dng",
    "https://chauthanh.tayninh.gov.vn/Lists/TinTuc/AllItems.aspx",
    "https://xasonlinh.hatinh.gov.vn/portal/PublishingImages/2023/01/mot-cua-son-linh-1.jpg",
    "https://vpub.hochiminhcity.gov.vn/portal/Documents/2024/KH-CCHC-VPUB-2024.pdf",
]


@pytest.mark.parametrize("url", NOT_ARTICLES)
def test_not_article_urls(parser, url):
    assert not parser.is_article_url(url)


# ---- listings --------------------------------------------------------------------

def test_postback_pagers_are_not_followed(parser):
    html = """<html><body><div class="pager"><a href="javascript:__doPostBack('ctl00$PlaceHolderMain$pager','Page$2')">2</a>
    <a href="/portal/Pages/Tin-tuc-su-kien.aspx?pageindex=3">3</a></div></body></html>"""
    page = Page("https://giahanh.hatinh.gov.vn/portal/Pages/Tin-tuc-su-kien.aspx", html)
    assert parser.next_pages(page) == ["https://giahanh.hatinh.gov.vn/portal/Pages/Tin-tuc-su-kien.aspx?pageindex=3"]


# ---- detection --------------------------------------------------------------------

def test_plain_aspnet_is_not_sharepoint(parser):
    html = """<html><body><form id="aspnetForm"><input type="hidden" id="__VIEWSTATE" value="x" />
    <div class="news-content"><p>Nội dung</p></div></form></body></html>"""
    page = Page("https://huongthuy.thuathienhue.gov.vn/?gd=1&cn=28&tc=5012", html)
    assert parser.detect(page) == []


def test_sharepoint_evidence_is_named(parser):
    evidence = parser.detect(frozen_page("chauthanh-dispform-2003"))
    assert any("SharePoint" in item for item in evidence)
    assert any("__VIEWSTATE" in item for item in evidence)


# ---- replica round trip --------------------------------------------------------------

SECTIONS = [ReplicaSection("tin-tuc", "Tin tức - Sự kiện", "Tin-tuc-su-kien"),
            ReplicaSection("nong-thon-moi", "Xây dựng nông thôn mới", "Nong-thon-moi")]
CREDITS = ["Lê Nguyện", "GIA HÂN", "Thanh Sang - Văn phòng HĐND và UBND", None, "Tin, ảnh: Kiều Linh"]
CREDIT_TRUTH = {"Lê Nguyện": (["Lê Nguyện"], None), "GIA HÂN": (["GIA HÂN"], None),
                "Thanh Sang - Văn phòng HĐND và UBND": (["Thanh Sang"], "Văn phòng HĐND và UBND"),
                None: ([], None), "Tin, ảnh: Kiều Linh": (["Kiều Linh"], None)}
TITLES = ["Ứng dụng công nghệ thông tin, chuyển đổi số trong giải quyết thủ tục hành chính tại xã Gia Hanh",
          "Đảng ủy xã Gia Hanh tổ chức hội nghị sơ kết công tác xây dựng Đảng",
          "Xã Gia Hanh ra quân làm đường giao thông nông thôn, chỉnh trang khu dân cư kiểu mẫu",
          "Trao 120 suất quà cho hộ nghèo, gia đình chính sách nhân dịp Tết Nguyên đán"]


def _replica_portal() -> ReplicaPortal:
    articles = []
    for number in range(27):
        credit = CREDITS[number % len(CREDITS)]
        authors, unit = CREDIT_TRUTH[credit]
        published = datetime(2025, 12, 18, 15, 25) - timedelta(hours=29 * number, minutes=13 * number)
        if number % 4 == 2:
            published = published.replace(hour=0, minute=0)
        images = [ReplicaImage(f"/portal/PublishingImages/2025/anh-{number}.jpg",
                               "Người dân thôn Trung Hòa đổ bê tông đường trục thôn" if number % 3 else None, 1)]
        articles.append(ReplicaArticle(
            id=513000 - 7 * number, section="tin-tuc" if number % 3 else "nong-thon-moi",
            slug=f"bai-{number}", title=f"{TITLES[number % len(TITLES)]} (đợt {number + 1})",
            lead="Thời gian qua, xã Gia Hanh đã triển khai đồng bộ nhiều giải pháp, đạt kết quả tích cực."
            if number % 2 else None,
            paragraphs=[f"Ngày {1 + number % 28}/12/2025, UBND xã Gia Hanh tổ chức hội nghị với sự tham dự của "
                        f"{30 + number} đại biểu đại diện các thôn, cơ quan, đơn vị trên địa bàn.",
                        "Năm 2025, xã đã tiếp nhận 1.264 hồ sơ thủ tục hành chính, trong đó 612 hồ sơ được "
                        "tiếp nhận trực tuyến, đạt tỷ lệ 48,4%; 100% hồ sơ được giải quyết đúng hạn.",
                        "Thời gian tới, UBND xã tiếp tục đẩy mạnh tuyên truyền, phấn đấu tỷ lệ hồ sơ trực tuyến "
                        "đạt trên 60%."],
            published=published, credit_line=credit, authors=authors, source_unit=unit, images=images,
            attachments=[ReplicaAttachment(f"/portal/Documents/2025/KH-{number}-UBND.pdf",
                                           f"Kế hoạch số {number + 40}/KH-UBND của UBND xã")]
            if number % 5 == 1 else [],
            views=1000 + number, end_mark="./." if number % 3 == 1 else None))
    return ReplicaPortal(slug="gia-hanh-hatinh", ward_name="Xã Gia Hanh", ward_code="", province="Hà Tĩnh",
                         platform="sharepoint", sections=SECTIONS, articles=articles)


BASE = "http://127.0.0.1:8004"


@pytest.fixture(scope="module")
def site():
    return SharePointSite(_replica_portal())


def _get(site, path_and_query: str) -> Page:
    path, _, query = path_and_query.partition("?")
    response = site.handle(path, query)
    assert response.status == 200, path_and_query
    return Page.from_bytes(BASE + path_and_query, response.body, "utf-8")


def test_title_slug_keeps_capitals_and_cuts_at_50():
    assert title_slug("Ứng dụng Công nghệ thông tin, chuyển đổi số trong việc giải quyết") == \
        "Ung-dung-Cong-nghe-thong-tin-chuyen-doi-so-trong-v"
    assert title_slug("Đảng ủy xã") == "Dang-uy-xa"


def test_replica_listing_pages_by_page_query(parser, site):
    for section, path in zip(site.portal.sections, site.listing_paths()):
        first = _get(site, path)
        assert detect_platform(first)[0] == "sharepoint"
        seen, queue, visited = [], [first.url], set()
        while queue:
            url = queue.pop(0)
            if url in visited:
                continue
            visited.add(url)
            page = _get(site, url.removeprefix(BASE))
            seen += [parser.canonical_url(link) for link in parser.article_links(page)]
            queue += parser.next_pages(page)
        expected = [BASE + site.article_path(article) for article in site.portal.in_section(section.key)]
        assert [url for url in dict.fromkeys(seen)] == expected
        assert len(visited) == -(-len(expected) // site.page_size)


def test_replica_article_paths(parser, site):
    for article in site.portal.articles:
        url = BASE + site.article_path(article)
        assert parser.is_article_url(url) and parser.canonical_url(url) == url
        day = article.published
        assert f"/portal/pages/{day.year}-{day.month}-{day.day}/" in url     # no zero padding
        assert len(url.rsplit("/", 1)[1].rsplit("-", 1)[0]) <= 50


@pytest.mark.parametrize("index", range(27))
def test_replica_round_trip(parser, site, index):
    article = site.portal.articles[index]
    page = _get(site, site.article_path(article))
    fields = parser.parse(page).fields
    assert fields["title"] == article.title
    assert fields["published_at"] == article.published_at
    assert fields["lead"] == article.lead
    assert fields["body_text"] == article.body_text
    assert fields["credit_line"] == article.credit_line
    assert fields["authors"] == article.authors
    assert fields["source_unit"] == article.source_unit
    assert [(i["src"], i["caption"]) for i in fields["images"]] == [
        (page.absolute(image.path), image.caption) for image in article.images]
    assert [(a["url"], a["title"]) for a in fields["attachments"]] == [
        (page.absolute(attachment.path), attachment.title) for attachment in article.attachments]


@pytest.mark.parametrize("index", [0, 3])
def test_replica_print_view_is_the_same_article(parser, site, index):
    article = site.portal.articles[index]
    article_page = _get(site, site.article_path(article))
    print_page = _get(site, f"/portal/pages/print.aspx?p={article.id}")
    assert parser.page_canonical_url(print_page) == parser.canonical_url(article_page.url)
    printed, shown = parser.parse(print_page).fields, parser.parse(article_page).fields
    for field in FIELDS:
        assert printed[field] == shown[field], field


def test_replica_paths_are_case_insensitive_like_iis(site):
    article = site.portal.articles[0]
    assert site.handle(site.article_path(article).lower(), "").status == 200
    assert site.handle(site.listing_paths()[0].upper(), "").status == 200


def test_replica_unknown_paths_are_404(site):
    article = site.portal.articles[0]
    path = site.article_path(article)
    for bad, query in (("/portal/Pages/Khong-co.aspx", ""), (path.replace(f"-{article.id}.", "-1."), ""),
                       (path.replace("/2025-", "/2024-"), ""), ("/portal/pages/print.aspx", "p=42"),
                       (site.listing_paths()[0], "Page=99"), ("/Lists/TinTuc/AllItems.aspx", "")):
        response = site.handle(bad, query)
        assert response.status == 404, bad
        assert "Không tìm thấy tệp" in response.body.decode("utf-8")


def test_a_2010_blog_posts_day_header_and_the_time_linked_in_its_footer_are_read_together():
    html = ("<html><body><div class='ms-BlogDateHeader'>Thứ Năm, 14/03/2019</div><div class='ms-PostWrapper'>"
            "<h3 class='ms-PostTitle'>Phường 2 tổ chức hội nghị nhân dân năm 2019</h3><div class='ms-PostBody'>"
            + "<p>Sáng 13/3/2019, UBND phường 2 tổ chức hội nghị nhân dân, lấy ý kiến về các công trình dân sinh.</p>" * 4
            + "</div><div class='ms-PostFooter'><span class='ms-postfootercolor'>Được đăng vào </span>"
            "<a href='Post.aspx?ID=87'>15:22</a><span class='ms-postfootercolor'> bởi </span>Phường 2</div></div>"
            "</body></html>")
    page = Page("https://quan4.hochiminhcity.gov.vn/phuong2/Lists/Posts/Post.aspx?ID=87", html)
    assert get_parser("sharepoint").parse(page).fields["published_at"] == "2019-03-14T15:22+07:00"


def test_a_day_in_a_row_of_the_other_news_table_is_not_the_article_s_date():
    """SharePoint 2013's "Tin đã đưa" is a `table.ms-listviewtable`, each row a linked title and
    its `span.date`: that day is another article's, whatever `date_css` finds first."""
    paragraph = "<p>Đến ngày 10/6/2019, toàn bộ 8 thôn đã hoàn thành việc giao ruộng trên thực địa cho các hộ dân.</p>"
    html = ("<html><body><div class='article-detail'><div class='ArticleTitle'><h1>Thạch Châu hoàn thành dồn điền đổi "
            "thửa trên diện tích 215 ha</h1></div><div class='ArticleDate'>12/06/2019 15:40</div><div "
            f"class='ms-rtestate-field'>{paragraph * 4}</div></div><div class='OtherNews'><h3>Tin đã đưa</h3><table "
            "class='ms-listviewtable'>"
            + "".join(f"<tr><td class='ms-vb2'><a href='/portal/pages/2019-6-{day}/Tin-{day}.aspx'>Thạch Châu ra quân vệ "
                      f"sinh môi trường đợt {day}</a> <span class='date'>({day:02d}/06/2019)</span></td></tr>"
                      for day in (10, 5, 3))
            + "</table></div></body></html>")
    page = Page("https://thachchau.locha.hatinh.gov.vn/portal/pages/2019-6-12/Thach-Chau-7b3k2q.aspx", html)
    assert get_parser("sharepoint").parse(page).fields["published_at"] != "2019-06-10"
    assert chain.extract(page).fields["published_at"] == "2019-06-12T15:40+07:00"


def test_a_2013_blog_posts_english_stamp_is_month_first_and_its_text_ends_before_its_attachments():
    """SharePoint 2013's blog post in its English UI: "Posted by System Account at 4/5/2019 9:30 AM" is
    en-US (April 5; the text's own days are day first), the text is `div.ms-blog-postBody-text` and
    `div.ms-blog-attachments` ("Attachments" over the file links) its files, not its words."""
    paragraph = ("<div>Thực hiện Kế hoạch số 112/KH-UBND ngày 15/3/2019 của Ủy ban nhân dân Quận 4 về rà soát hộ nghèo, "
                 "hộ cận nghèo, Phường 6 niêm yết công khai danh sách.</div>")
    html = ("<html><body><table class='ms-blog-postBoxTable'><tr><td class='ms-blog-postBody'>"
            "<h2 class='ms-blog-postTitle'><a href='/tintuc/Lists/Posts/Post.aspx?ID=5312'>Phường 6 niêm yết danh sách "
            "hộ nghèo năm 2019</a></h2><div class='ms-metadata'>Posted by <a href='/_layouts/15/userdisp.aspx?ID=1'>"
            "System Account</a> at 4/5/2019 9:30 AM</div><div class='ms-blog-postBody-text'>"
            f"{paragraph * 4}<div style='text-align:right'><strong>KIM LOAN</strong></div></div>"
            "<div class='ms-blog-attachments'><span class='ms-blog-attachmentsLabel'>Attachments</span><br>"
            "<a href='/tintuc/Lists/Posts/Attachments/5312/DS%20ho%20ngheo.xlsx'>DS ho ngheo.xlsx</a></div>"
            "</td></tr></table></body></html>")
    page = Page("https://quan4.hochiminhcity.gov.vn/tintuc/Lists/Posts/Post.aspx?ID=5312", html)
    answer = chain.extract(page).fields
    assert answer["published_at"] == "2019-04-05T09:30+07:00"
    assert answer["authors"] == ["KIM LOAN"] and "Attachments" not in answer["body_text"]
    assert [item["url"].rsplit("/", 1)[1] for item in answer["attachments"]] == ["DS%20ho%20ngheo.xlsx"]


@pytest.mark.parametrize("picture, shown", [("hopmat-thanhdien.jpg", True), ("thumb_raquan.jpg", False),
                                            ("doi-thoai-thumb.jpg", False)])
def test_a_list_form_s_representative_picture_row_is_its_picture_but_a_thumbnail_is_not(picture, shown):
    """A DispForm's "Hình đại diện" row holds the item's picture, unless the list keeps its
    thumbnail there ("thumb_…", "…-thumb"): no picture the article shows."""
    rows = (("Tiêu đề", "Xã Thanh Điền họp mặt mừng Đảng, mừng Xuân Ất Mùi 2015"),
            ("Hình đại diện", f"<img src='/Lists/TinTuc/Attachments/1187/{picture}'>"),
            ("Nội dung", "<div>" + "Sáng 03/02/2015, Đảng ủy xã Thanh Điền tổ chức họp mặt mừng Đảng, mừng Xuân. " * 4
             + "</div>"))
    html = ("<html><body><table class='ms-formtable'>" + "".join(
        f"<tr><td class='ms-formlabel'><h3 class='ms-standardheader'>{label}</h3></td><td class='ms-formbody'>{value}</td></tr>"
        for label, value in rows) + "</table></body></html>")
    page = Page("https://chauthanh.tayninh.gov.vn/Lists/TinTuc/DispForm.aspx?ID=1187", html)
    images = [image["src"].rsplit("/", 1)[1] for image in get_parser("sharepoint").parse(page).fields["images"]]
    assert images == ([picture] if shown else [])


def test_a_view_counter_set_in_an_ms_formtable_does_not_make_the_page_a_list_form():
    """A SharePoint 2013 skin prints its view counter in a `table.ms-formtable` of `td.ms-vb` rows:
    no form of labelled rows, so the summary `div.article-summary` is still the lead."""
    lead = "Chiều 02/7, UBND xã Cẩm Xuyên tổ chức hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ."
    html = ("<html><body><div class='article-detail'><h1 class='article-title'>Xã Cẩm Xuyên sơ kết công tác 6 tháng"
            f"</h1><div class='article-date'>03/07/2026 16:22</div><div class='article-summary'><span>{lead}</span></div>"
            "<div class='ms-rtestate-field'>" + "<div>Đồng chí Nguyễn Văn Hòa, Chủ tịch UBND xã chủ trì hội nghị.</div>" * 5
            + "</div><table class='ms-formtable'><tr><td class='ms-vb'>Số lượt người xem:</td></tr><tr><td class='ms-vb'>"
            "1034</td></tr></table></div></body></html>")
    page = Page("https://camxuyen.hatinh.gov.vn/portal/pages/2026-7-3/so-ket.aspx", html)
    assert get_parser("sharepoint").parse(page).fields["lead"] == lead
