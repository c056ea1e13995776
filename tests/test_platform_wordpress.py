"""F6 WordPress: frozen real-shape pages, URL forms, listings and a replica round trip.

The frozen pages in tests/gold/wordpress/ are written by hand in the shapes
of portals.md F6: MTTQ Quận 5 (ALL CAPS title repeated between "✨✨" with a
dotted line, a Zalo file name as caption, "????" emoji residue, "./." then a
bare name, Jetpack share bar, "GÓP Ý KIẾN"), Thanh Khê Tây (block editor,
WP Rocket lazy images, bold sapo, view counter inside the content, a file
block, a Facebook file name as caption), Phường 1 Tân Bình (Flatsome theme,
a3 lazy load with <noscript>, no visible date but Yoast's UTC time, an empty
"Tác giả:" line, hidden "rx online" spam after the counter) and the Tân Bình
legal-education blog (PATHINFO permalink with a Vietnamese IRI slug, date
only as "Tháng Ba 1, 2024", a unit credit "…- Phòng PBGDPL").
"""
from __future__ import annotations

from datetime import datetime
from urllib.parse import urljoin

import pytest

from ward_replica.content import ReplicaArticle, ReplicaAttachment, ReplicaImage, ReplicaPortal, ReplicaSection
from ward_replica.generate import build_portal
from ward_replica.portals import PORTALS
from ward_replica.sites.wordpress import WordPressSite, unicode_slug, vi_date
from ward_scraper.util.page import Page
from tests.gold_pages import GoldFolder
from ward_scraper.extract.platforms import get_parser

GOLD = GoldFolder("wordpress")
FROZEN, ARTICLES, LISTINGS = GOLD.folder, GOLD.articles, GOLD.listings
frozen_page, expected = GOLD.page, GOLD.expected.__getitem__
BASE = "http://127.0.0.1:8766"


@pytest.fixture(scope="module")
def parser():
    return get_parser("wordpress")


@pytest.fixture(scope="module")
def parsed():
    return GOLD.parsed()


# ---- frozen article pages --------------------------------------------------------

def test_every_variant_has_a_frozen_page():
    assert {"mttq-quan5-hoi-nghi-nhan-dan", "thanhkhetay-tiep-xuc-cu-tri", "phuong1tanbinh-hoi-nghi-thang-5",
            "tuyentruyen-tan-binh-dan-chu-co-so"} <= set(ARTICLES)
    assert len(LISTINGS) >= 2


def test_capitalised_title_banner_is_neither_lead_nor_body(parsed):
    fields = parsed["mttq-quan5-hoi-nghi-nhan-dan"]
    assert fields["lead"] is None
    assert "✨" not in fields["body_text"] and "……" not in fields["body_text"]
    assert not fields["body_text"].startswith("PHƯỜNG 4")


def test_bold_first_paragraph_is_the_lead_and_the_counter_is_not(parsed):
    fields = parsed["thanhkhetay-tiep-xuc-cu-tri"]
    assert fields["lead"].startswith("Sáng 27/6, Tổ đại biểu")
    assert "1954" not in fields["body_text"] and "Lượt xem" not in fields["body_text"]
    assert not fields["body_text"].startswith("Sáng 27/6")


def test_partly_bold_dateline_paragraph_is_not_a_lead(parsed):
    assert parsed["tuyentruyen-tan-binh-dan-chu-co-so"]["lead"] is None


def test_lazy_images_resolve_to_the_real_file(parsed):
    sources = [image["src"] for name in ARTICLES for image in parsed[name]["images"]]
    assert sources and not any(src.startswith("data:") or "lazy_placeholder" in src for src in sources)


def test_widgets_and_comments_stay_out_of_the_body(parsed):
    for name in ARTICLES:
        text = parsed[name]["body_text"]
        for noise in ("Share this post", "GÓP Ý KIẾN", "Trả lời", "Được đăng trong chuyên mục", "Bài viết liên quan",
                      "rx online", "Tác giả:", "Tải xuống"):
            assert noise not in text, (name, noise)


def test_injected_links_in_the_content_are_dropped(parser):
    html = ('<html><head><meta name="generator" content="WordPress 5.8" /></head><body><article class="post">'
            '<h1 class="entry-title">Phường 13 ra quân dọn vệ sinh kênh Nhiêu Lộc</h1><div class="entry-content">'
            '<p>Sáng Chủ nhật, hơn 150 đoàn viên, thanh niên phường 13 đã ra quân thu gom rác dọc kênh Nhiêu Lộc.</p>'
            '<div style="position:absolute;left:-5000px"><a href="http://rx-store.example/">rx online</a></div>'
            '<p>buy cheap pills, casino bonus, rx online, slot game</p><p>Thanh Tâm</p></div></article></body></html>')
    fields = parser.parse(Page("https://quandoantanbinh.vn/phuong-13-ra-quan-don-ve-sinh-kenh/", html)).fields
    assert fields["body_text"] == ("Sáng Chủ nhật, hơn 150 đoàn viên, thanh niên phường 13 đã ra quân thu gom rác "
                                   "dọc kênh Nhiêu Lộc.")
    assert fields["credit_line"] == "Thanh Tâm"


# ---- listings ------------------------------------------------------------------------

def test_listing_links_to_a_unicode_slug_are_articles(parser):
    links = parser.article_links(frozen_page("listing-category-page-2"))
    unicode_link = next(link for link in links if "%c6%b0" in link)
    assert parser.canonical_url(unicode_link).endswith(
        "/ph%C6%B0%E1%BB%9Dng-thanh-kh%C3%AA-t%C3%A2y-ra-m%E1%BA%AFt-c%C3%A2u-l%E1%BA%A1c-b%E1%BB%99-d%C3%A2n-v%C5%A9/")


# ---- URLs --------------------------------------------------------------------------

IRI = "https://tuyentruyenphapluat.tphcm.gov.vn/index.php/blog/2681/quận-tân-bình-tổ-chức-tuyên-truyền/"
IRI_CANONICAL = ("https://tuyentruyenphapluat.tphcm.gov.vn/index.php/blog/2681/"
                 "qu%E1%BA%ADn-t%C3%A2n-b%C3%ACnh-t%E1%BB%95-ch%E1%BB%A9c-tuy%C3%AAn-truy%E1%BB%81n/")
POST = "https://thanhkhetay.danang.gov.vn/hoi-nghi-tong-ket-cong-tac-tuyen-quan-nam-2023/"
POST_HTML = "https://mttqquan5.vn/phuong-2-to-chuc-hoi-nghi-nhan-dan-thang-2-2023.html"


@pytest.mark.parametrize("url, canonical", [
    (IRI, IRI_CANONICAL),
    (IRI_CANONICAL.lower(), IRI_CANONICAL),       # WordPress prints its escapes in lower case
    (IRI_CANONICAL, IRI_CANONICAL),
    (POST, POST),
    (POST + "amp/", POST),
    (POST + "?amp=1", POST),
    (POST + "feed/", POST),
    (POST + "comment-page-2/#comments", POST),
    (POST + "?replytocom=2311#respond", POST),
    (POST + "?share=facebook&amp;nb=1", POST),
    (POST + "?utm_source=zalo&utm_medium=social", POST),
    (POST.replace(".gov.vn/", ".gov.vn:443/"), POST),
    (POST_HTML + "?fbclid=IwAR2x", POST_HTML),
    ("https://quandoantanbinh.vn/khai-mac-hoi-trai-he-camp/", "https://quandoantanbinh.vn/khai-mac-hoi-trai-he-camp/"),
    ("http://phuong1tanbinh.gov.vn/phuong-1-to-chuc-hoi-nghi-nhan-dan-thang-5-nam-2022-83783#top",
     "http://phuong1tanbinh.gov.vn/phuong-1-to-chuc-hoi-nghi-nhan-dan-thang-5-nam-2022-83783"),
])
def test_canonical_url_of_every_url_form(parser, url, canonical):
    assert parser.canonical_url(url) == canonical


@pytest.mark.parametrize("url", [
    POST, POST_HTML, IRI,
    "http://phuong1tanbinh.gov.vn/phuong-1-to-chuc-hoi-nghi-nhan-dan-thang-5-nam-2022-83783",
    "https://bachthong.gov.vn/14-xa-thi-tran-to-chuc-thanh-cong-ky-hop-thu-nhat-khoa-xx-nhiem-ky-2021-2026/",
    "https://mttqquan5.vn/?p=18417",
    "https://mttqquan5.vn/2024/04/19/phuong-4-to-chuc-hoi-nghi-nhan-dan/",
])
def test_post_urls_are_articles(parser, url):
    assert parser.is_article_url(url)


@pytest.mark.parametrize("url", [
    "https://mttqquan5.vn/",
    "https://mttqquan5.vn/page/2/",
    "https://thanhkhetay.danang.gov.vn/category/tin-tuc-su-kien/",
    "https://thanhkhetay.danang.gov.vn/category/tin-tuc-su-kien/page/3/",
    "https://thanhkhetay.danang.gov.vn/tag/tiep-xuc-cu-tri/",
    "https://thanhkhetay.danang.gov.vn/author/bientap/",
    "https://thanhkhetay.danang.gov.vn/2023/06/",
    "https://thanhkhetay.danang.gov.vn/lien-he/",
    "https://thanhkhetay.danang.gov.vn/feed/",
    "https://thanhkhetay.danang.gov.vn/wp-content/uploads/2023/06/tiep-xuc-cu-tri-1-1024x683.jpg",
    "https://tuyentruyenphapluat.tphcm.gov.vn/index.php/blog/category/quan-huyen/",
])
def test_section_archive_and_media_urls_are_not_articles(parser, url):
    assert not parser.is_article_url(url)


def test_declared_canonical_elsewhere_is_ignored(parser):
    html = '<html><head><link rel="canonical" href="https://mttqquan5.vn/" /></head><body><h1>x</h1></body></html>'
    assert parser.page_canonical_url(Page(POST_HTML + "?amp=1", html)) == POST_HTML
    html = '<html><head><link rel="canonical" href="https://spam.example/phuong-2-x-y/" /></head><body></body></html>'
    assert parser.page_canonical_url(Page(POST_HTML, html)) == POST_HTML


# ---- replica round trip ----------------------------------------------------------

_PARAGRAPHS = [
    "Chiều 12/11/2026, Công an phường Thanh Khê phối hợp với Ban điều hành tổ dân phố 58 ra mắt mô hình "
    "“Camera an ninh” với 8 camera được lắp đặt tại các tuyến đường, kiệt hẻm.",
    "Kinh phí lắp đặt hệ thống là 190 triệu đồng, do Nhân dân và các nhà hảo tâm đóng góp; hình ảnh được "
    "kết nối về trụ sở Công an phường để theo dõi 24/24 giờ.",
    "Phát biểu tại buổi ra mắt, lãnh đạo phường đề nghị Ban điều hành tổ dân phố tiếp tục vận động Nhân dân "
    "tham gia bảo vệ an ninh trật tự, phát hiện và tố giác tội phạm.",
    "Dịp này, UBND phường đã tặng giấy khen cho 5 tập thể và 12 cá nhân có thành tích xuất sắc trong phong "
    "trào toàn dân bảo vệ an ninh Tổ quốc năm 2026.",
]
_CREDITS = [
    ("Lan Nhi - Văn phòng HĐND & UBND phường", ["Lan Nhi"], "Văn phòng HĐND & UBND phường"),
    ("Tin, ảnh: Gia Hải", ["Gia Hải"], None),
    ("Diễm Diệp", ["Diễm Diệp"], None),
    (None, [], None),
]


def thanh_khe_portal() -> ReplicaPortal:
    """Phường Thanh Khê (Đà Nẵng): 13 news posts (two listing pages) and 3 notices."""
    sections = [ReplicaSection("tin-tuc", "Tin tức - Sự kiện", "tin-tuc-su-kien"),
                ReplicaSection("thong-bao", "Thông báo", "thong-bao")]
    articles = []
    for number in range(16):
        section = sections[0] if number < 13 else sections[1]
        credit, authors, unit = _CREDITS[number % 4]
        # Odd days carry a time of day; even days only a date (00:00).
        published = datetime(2026, 10, 28 - number, 8 + number % 9, 5 * (number % 11)) if number % 2 else \
            datetime(2026, 10, 28 - number)
        title = (f"THÔNG BÁO LỊCH TIẾP CÔNG DÂN THÁNG {number}" if section.key == "thong-bao" else
                 f"Tổ dân phố {number + 10} ra mắt mô hình camera an ninh số {number}")
        images = [ReplicaImage(f"/wp-content/uploads/2026/10/camera-{number}-1.jpg",
                               f"Ra mắt mô hình camera tại tổ dân phố {number + 10}.", -1 if number % 5 == 2 else 0),
                  ReplicaImage(f"/wp-content/uploads/2026/10/camera-{number}-2.jpg", None, 2)]
        articles.append(ReplicaArticle(
            id=329400 + 16 - number, section=section.key, slug=f"to-dan-pho-{number + 10}-ra-mat-camera-{number}",
            title=title,
            lead=None if number % 3 == 2 else "Mô hình giúp lực lượng chức năng kịp thời phát hiện, xử lý các "
                                              "hành vi vi phạm pháp luật trên địa bàn.",
            paragraphs=_PARAGRAPHS[:3 + number % 2], published=published, credit_line=credit, authors=authors,
            source_unit=unit, images=images if number % 4 != 3 else [],
            attachments=[ReplicaAttachment(f"/wp-content/uploads/2026/10/ke-hoach-{number}.pdf",
                                           f"Kế hoạch số {number + 40}/KH-UBND")] if number % 3 == 0 else [],
            views=100 + number, end_mark="./." if number % 4 == 1 else None))
    return ReplicaPortal("thanh-khe-danang", "Phường Thanh Khê", "", "Đà Nẵng", "wordpress", sections, articles)


@pytest.fixture(scope="module")
def site():
    return WordPressSite(thanh_khe_portal())


def fetch(site, url: str, hops: int = 3) -> Page:
    """GET through the site like a crawler: follow WordPress's 301s."""
    target, _, query = url.removeprefix(BASE).partition("?")
    response = site.handle(target, query)
    if response.status == 301 and hops:
        return fetch(site, urljoin(url, response.headers["Location"]), hops - 1)
    assert response.status == 200, url
    return Page.from_bytes(url, response.body, "utf-8")


def crawl_section(site, parser, path: str) -> list[str]:
    links, queue, seen = [], [BASE + path], set()
    while queue:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        page = fetch(site, url)
        links += [link for link in parser.article_links(page) if link not in links]
        queue += parser.next_pages(page)
    return links


def round_trip_mismatches(site, parser, article) -> list[tuple]:
    page = fetch(site, BASE + site.article_path(article))
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
        "category": (fields["category"], site.portal.section(article.section).name),
        "canonical": (parser.page_canonical_url(page), parser.canonical_url(BASE + site.article_path(article))),
    }
    return [(name, got, want) for name, (got, want) in checks.items() if got != want]


def test_replica_listings_reach_every_article_once(site, parser):
    found = [link for path in site.listing_paths() for link in crawl_section(site, parser, path)]
    assert found == [BASE + site.article_path(a) for a in site.portal.articles]


@pytest.mark.parametrize("index", range(16))
def test_replica_article_round_trip(site, parser, index):
    assert round_trip_mismatches(site, parser, site.portal.articles[index]) == []


@pytest.fixture(scope="module")
def generated_site():
    spec = next(spec for spec in PORTALS if spec.platform == "wordpress")
    return WordPressSite(build_portal(spec))


def test_generated_portal_round_trips(generated_site, parser):
    found = [link for path in generated_site.listing_paths()
             for link in crawl_section(generated_site, parser, path)]
    assert sorted(found) == sorted(BASE + generated_site.article_path(a) for a in generated_site.portal.articles)
    wrong = {a.id: round_trip_mismatches(generated_site, parser, a) for a in generated_site.portal.articles}
    assert {key: value for key, value in wrong.items() if value} == {}


def test_replica_pager_is_wordpress(site, parser):
    page = fetch(site, BASE + "/category/tin-tuc-su-kien/")
    assert set(parser.next_pages(page)) == {BASE + "/category/tin-tuc-su-kien/page/2/"}
    assert len(parser.article_links(page)) == site.page_size
    assert site.handle("/category/tin-tuc-su-kien/page/3/", "").status == 404
    assert site.handle("/category/tin-tuc-su-kien/page/1/", "").headers["Location"] == "/category/tin-tuc-su-kien/"


def test_replica_answers_shortlinks_and_slashless_paths_with_redirects(site):
    article = site.portal.articles[0]
    assert site.handle("/", f"p={article.id}").headers["Location"] == site.article_path(article)
    assert site.handle(site.article_path(article).rstrip("/"), "").status == 301


def test_replica_unicode_slugs_answer_raw_and_encoded(site, parser):
    article = next(a for a in site.portal.articles if a.id % 5 == 0)
    path = site.article_path(article)
    assert "%e1" in path or "%c3" in path or "%c6" in path                 # WordPress's lower-case escapes
    raw = "/" + unicode_slug(article.title) + "/"
    assert site.handle(raw, "").status == 200
    assert parser.canonical_url(BASE + raw) == parser.canonical_url(BASE + path)


def test_replica_date_is_the_vi_locale_format(site):
    article = site.portal.articles[1]
    html = site.handle(site.article_path(article), "").body.decode("utf-8")
    assert vi_date(article) in html and vi_date(article).startswith("Tháng ")


def test_replica_pages_carry_the_platform_noise(site):
    article = next(a for a in site.portal.articles if a.title.isupper() and a.id % 3 == 0)
    html = site.handle(site.article_path(article), "").body.decode("utf-8")
    for noise in ('content="WordPress', "/wp-content/", "Share this post", "GÓP Ý KIẾN", "Trả lời",
                  "Được đăng trong chuyên mục:", "post-views-count", "Bài viết liên quan", "✨✨", "Lượt truy cập"):
        assert noise in html, noise


@pytest.mark.parametrize("path", ["/khong-co-bai-nay/", "/category/khong-co/", "/page/99/", "/wp-admin/x/y"])
def test_replica_unknown_paths_are_wordpress_404s(site, path):
    response = site.handle(path, "")
    assert response.status == 404 and "Không thể tìm thấy trang này" in response.body.decode("utf-8")


# ---- the AMP plugin's reader mode ---------------------------------------------------

AMP_READER = """<html amp><head><title>Phường ra mắt tuyến phố đi bộ – Cổng thông tin phường</title>
<link rel="stylesheet" href="/wp-content/plugins/amp/assets/css/amp-default.css"></head><body>
<header class="amp-wp-header"><div><a href="/">Cổng thông tin điện tử phường</a></div></header>
<article class="amp-wp-article"><header class="amp-wp-article-header">
<h1 class="amp-wp-title">Phường Bến Thành ra mắt tuyến phố đi bộ Lê Thánh Tôn</h1>
<div class="amp-wp-meta amp-wp-posted-on"><time datetime="2025-11-08T12:30:00+00:00">Tháng Mười Một 8, 2025</time></div>
</header>
<figure class="amp-wp-article-featured-image wp-caption"><amp-img width="1024" height="683"
 src="/wp-content/uploads/2025/11/pho-di-bo.jpg" class="wp-post-image" layout="intrinsic" alt=""></amp-img></figure>
<div class="amp-wp-article-content">
<p>Tối 8/11/2025, UBND phường Bến Thành tổ chức lễ ra mắt tuyến phố đi bộ Lê Thánh Tôn, dài 420 mét, hoạt động vào
tối thứ Sáu, thứ Bảy và Chủ nhật hằng tuần.</p>
<p>Dọc tuyến phố bố trí 40 gian hàng ẩm thực, sản phẩm thủ công và các điểm biểu diễn nghệ thuật đường phố.</p>
<p>./.</p>
<p class="has-text-align-right"><strong>Thanh Tùng</strong></p>
</div>
<footer class="amp-wp-article-footer"><div class="amp-wp-meta amp-wp-tax-category">Danh mục:
<a href="/category/tin-tuc/" rel="category tag">Tin tức</a></div>
<div class="amp-wp-meta amp-wp-comments-link"><a href="/pho-di-bo/#respond">Để lại bình luận</a></div></footer>
</article></body></html>"""


def test_an_amp_reader_view_is_read_as_wordpress():
    from ward_scraper.extract import chain
    from ward_scraper.extract.platforms import detect_platform

    page = Page("https://phuongbenthanh.gov.vn/pho-di-bo/amp/", AMP_READER)
    name, evidence = detect_platform(page)
    fields = chain.extract(page, get_parser(name), evidence).fields
    assert name == "wordpress" and fields["extracted_by"]["body_text"] == "wordpress"
    assert fields["title"] == "Phường Bến Thành ra mắt tuyến phố đi bộ Lê Thánh Tôn"
    assert fields["published_at"] == "2025-11-08T19:30+07:00"
    assert fields["credit_line"] == "Thanh Tùng" and "Danh mục" not in fields["body_text"]
    assert fields["images"][0]["src"] == "https://phuongbenthanh.gov.vn/wp-content/uploads/2025/11/pho-di-bo.jpg"


def test_elementors_post_content_widget_is_the_body_not_a_related_post_under_it(parser):
    text = "".join(f"<p>Đoạn {n}: chiều ngày 21/8/2025, Đảng ủy - UBND phường Bến Thành tổ chức hội nghị công bố các "
                   "quyết định về công tác cán bộ.</p>" for n in range(1, 4))
    related = "".join(f"<article class='elementor-post elementor-grid-item post-{n} post type-post'><h3 class="
                      f"'elementor-post__title'><a href='/?p={n}'>Tin liên quan số {n} của phường Bến Thành</a></h3>"
                      "</article>" for n in (51802, 51755))
    html = ("<html><head><link rel='stylesheet' href='/wp-content/plugins/elementor/assets/css/frontend.min.css'>"
            "</head><body><div data-elementor-type='single-post' class='elementor'><div class='elementor-widget "
            "elementor-widget-theme-post-title'><h1>Phường Bến Thành công bố quyết định về công tác cán bộ</h1></div>"
            f"<div class='elementor-element elementor-widget elementor-widget-theme-post-content'>{text}"
            "<p>./.</p><p style='text-align: right;'><strong>Ngọc Diệp</strong></p></div>"
            f"<div class='elementor-widget elementor-widget-posts'><div class='elementor-posts-container'>{related}"
            "</div></div></div></body></html>")
    fields = parser.parse(Page("https://phuongbenthanh.gov.vn/?p=51880", html)).fields
    assert fields["body_text"].startswith("Đoạn 1:") and "Tin liên quan" not in fields["body_text"]
    assert fields["credit_line"] == "Ngọc Diệp"


def _post_with_related(header: str) -> str:
    text = "".join(f"<p>Đoạn {n}: ngày 15/11/2023, Tổ đại biểu HĐND xã Quân Hà số 2 tổ chức hội nghị tiếp xúc cử tri "
                   "trước kỳ họp thứ mười.</p>" for n in range(1, 4))
    related = "".join(f"<div class='single-related-posts'><h3 class='entry-title'><a href='/bai-{n}/'>Kỳ họp thứ "
                      f"{n} HĐND xã Quân Hà khóa II</a></h3><div class='below-entry-meta'><span class='posted-on'>"
                      f"<time class='entry-date published' datetime='2023-12-{n}T10:02:11+07:00'>{n}/12/2023</time>"
                      "</span></div></div>" for n in (20, 21))
    return ("<html><head><title>Hội nghị tiếp xúc cử tri trước kỳ họp thứ mười - Xã Quân Hà</title>"
            "<meta name='generator' content='WordPress 5.8.3'></head><body class='single single-post postid-6118'>"
            f"<article class='post hentry'><header class='entry-header'>{header}</header>"
            f"<div class='entry-content'>{text}<p style='text-align: right;'><strong>Hà Linh</strong></p></div>"
            f"</article><div class='related-posts-wrapper'><h4>Có thể bạn cũng thích</h4>{related}</div></body></html>")


def test_a_related_posts_day_is_not_the_articles_of_a_theme_that_prints_none(parser):
    html = _post_with_related("<h1 class='entry-title'>Hội nghị tiếp xúc cử tri trước kỳ họp thứ mười</h1>")
    fields = parser.parse(Page("https://quanha.bachthong.gov.vn/hoi-nghi-tiep-xuc-cu-tri/", html)).fields
    assert fields["published_at"] is None


def test_the_articles_own_day_under_its_headline_linked_to_itself_stays(parser):
    header = ("<h2 class='entry-title'><a href='/?p=6118'>Hội nghị tiếp xúc cử tri trước kỳ họp thứ mười</a></h2>"
              "<div class='entry-meta'><span class='posted-on'><time datetime='2023-11-16T08:00:00+07:00'></time>"
              "</span></div>")
    fields = parser.parse(Page("https://quanha.bachthong.gov.vn/hoi-nghi-tiep-xuc-cu-tri/", _post_with_related(header))).fields
    assert fields["published_at"] == "2023-11-16T08:00+07:00"


def test_twenty_twentys_post_meta_item_gives_the_day_without_its_screen_reader_label(parser):
    """Twenty Twenty prints the day as a list item linked to the post itself
    (`li.post-date > a`), after a label for screen readers only ("Post date"),
    glued to it in the page's text; a comment's later `<time>` is not the post's."""
    header = ("<h1 class='entry-title'>Hội nghị tiếp xúc cử tri trước kỳ họp thứ mười</h1><ul class='post-meta'>"
              "<li class='post-date meta-wrapper'><span class='meta-icon'><span class='screen-reader-text'>Post date"
              "</span></span><span class='meta-text'><a href='https://quanha.bachthong.gov.vn/hoi-nghi-tiep-xuc-cu-tri/'>"
              "October 7, 2025 3:45 pm</a></span></li></ul>")
    html = _post_with_related(header).replace(
        "</article>", "<div class='comment-metadata'><a href='#comment-88'><time datetime='2025-10-08T07:12:40+07:00'>"
        "October 8, 2025 at 7:12 am</time></a></div></article>")
    fields = parser.parse(Page("https://quanha.bachthong.gov.vn/hoi-nghi-tiep-xuc-cu-tri/", html)).fields
    assert fields["published_at"] == "2025-10-07T15:45+07:00"


def test_an_elementor_single_post_templates_text_widgets_are_the_text_up_to_the_posts_tools():
    from ward_scraper.extract import chain

    def text(n: int) -> str:
        return ("<div class='elementor-element elementor-widget elementor-widget-text-editor'><div class="
                f"'elementor-widget-container'><p>Đoạn {n}: sáng 11/8, UBND xã Xuân Hưng tổ chức lễ ra mắt Tổ công nghệ "
                "số cộng đồng tại 22 thôn, hướng dẫn người dân cài đặt ứng dụng.</p></div></div>")
    picture = ("<div class='elementor-element elementor-widget elementor-widget-image'><div class='elementor-widget-"
               "container'><img src='/wp-content/uploads/2025/08/ra-mat.jpg'></div></div>")
    side = ("<div class='elementor-element elementor-widget elementor-widget-text-editor'><div class='elementor-widget-"
            "container'><p>Trạm Y tế xã: 185 đường Trần Hưng Đạo. Làm việc từ thứ Hai đến sáng thứ Bảy.</p></div></div>")
    html = ("<html><head><title>Xã Xuân Hưng ra mắt Tổ công nghệ số cộng đồng tại 22 thôn</title><link rel='stylesheet' "
            "href='/wp-content/plugins/elementor/assets/css/frontend.min.css'></head><body><div data-elementor-type="
            "'single-post' class='elementor elementor-location-single post-1844 post'><div class='elementor-element e-con "
            "e-parent'><div class='elementor-element elementor-widget elementor-widget-theme-post-title elementor-widget-"
            "heading'><h1>Xã Xuân Hưng ra mắt Tổ công nghệ số cộng đồng tại 22 thôn</h1></div></div>"
            + "".join(f"<div class='elementor-element e-con e-parent'><div class='e-con e-child'>{text(n)}</div><div "
                      f"class='e-con e-child'>{picture}</div></div>" for n in (1, 2, 3)) +
            "<div class='elementor-element elementor-widget elementor-widget-share-buttons'>"
            f"<a href='#'>Facebook</a></div>{side}</div></body></html>")
    fields = chain.extract(Page("https://xuanhung.ninhbinh.gov.vn/ra-mat-to-cong-nghe-so/", html)).fields
    assert "Đoạn 1" in fields["body_text"] and "Đoạn 3" in fields["body_text"]
    assert "Trạm Y tế" not in fields["body_text"]
