"""F4 slug-id platform: frozen real-shape pages, URL forms, listings and a replica round trip.

The frozen pages in tests/gold/slugid/ are written by hand in the shapes of
portals.md F4, in three theme variants: the 2025 Hải Phòng theme with the
"Tin tức khác" list inside the content (Nam Đồng), the same theme with a sapo,
a slogan above the date and an inline document link (Quế Phong, Nghệ An), the
pre-2025 district-hosted theme with an MD5 slug, the title repeated and
hard-wrapped text (Trung Hà), and a Lào Cai page fetched at its legacy URL
with an attachment box (Sa Pa). Each has its expected fields in <name>.json.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from ward_replica.content import ReplicaArticle, ReplicaAttachment, ReplicaImage, ReplicaPortal, ReplicaSection
from ward_replica.generate import build_portal
from ward_replica.portals import PORTALS
from ward_replica.sites.slugid import SlugIdSite
from ward_scraper.util.page import Page
from tests.gold_pages import GoldFolder
from ward_scraper.extract.platforms import detect_platform, get_parser

GOLD = GoldFolder("slugid")
FROZEN, ARTICLES, LISTINGS = GOLD.folder, GOLD.articles, GOLD.listings
frozen_page, expected = GOLD.page, GOLD.expected.__getitem__
BASE = "http://127.0.0.1:8766"


@pytest.fixture(scope="module")
def parser():
    return get_parser("slugid")


@pytest.fixture(scope="module")
def parsed():
    return GOLD.parsed()


# ---- frozen article pages --------------------------------------------------------

def test_every_variant_has_a_frozen_page():
    assert {"namdong-vui-hoi-trang-ram", "quephong-xom-tay-son", "trungha-md5-slug-ky-hop",
            "sapa-legacy-url-phuong-an"} <= set(ARTICLES)


@pytest.mark.parametrize("name", ARTICLES)
def test_frozen_pages_are_detected_as_slugid(name):
    platform, evidence = detect_platform(frozen_page(name))
    assert platform == "slugid"
    assert "bare dd/mm/yyyy line above the title" in evidence


def test_nukeviet_pages_are_not_taken_for_slugid(parser):
    html = (Path(__file__).parent / "gold" / "nukeviet" / "tayninh-thanh-dien-ky-hop.html").read_bytes()
    page = Page.from_bytes("https://hdnd.tayninh.gov.vn/vi/news/thong-tin-co-so/x-11932.html", html)
    assert detect_platform(page)[0] == "nukeviet"
    assert parser.date_line(page) is None


@pytest.mark.parametrize("name, line", [
    ("namdong-vui-hoi-trang-ram", "05/10/2025"),
    ("quephong-xom-tay-son", "15/01/2026"),       # a slogan line sits above the date
    ("trungha-md5-slug-ky-hop", "09/12/2022"),
    ("sapa-legacy-url-phuong-an", "14/08/2019"),
])
def test_the_date_line_above_the_title_is_found(parser, name, line):
    assert parser.date_line(frozen_page(name)) == line


def test_date_line_is_found_by_place_not_by_class(parser):
    html = ("<html><body><div class='x'><span>Trang chủ</span></div><p>  21/03/2024 </p>"
            "<h1>HỘI NGHỊ TỔNG KẾT</h1><div class='news-content'><p>Nội dung bài viết khá dài để thử.</p>"
            "</div></body></html>")
    page = Page("https://xa.sonla.gov.vn/tin-tuc-su-kien/hoi-nghi-tong-ket-920730", html)
    assert parser.parse(page).fields["published_at"] == "2024-03-21"


def test_title_block_of_the_2025_theme_before_a_side_box_headline(parser):
    # The 2025 theme may set its headline as `.title-news` inside `.news-detail`, while the
    # side column's featured story is the page's only h1.
    html = ("<html><body><div class='news-detail'><div class='title-news'><h4><span>Phường Nam Đồng</span>"
            "<br/><span>tổ chức vui Hội Trăng rằm năm 2025</span></h4></div>"
            "<div class='news-date'>06/10/2025 | 20:15</div><div class='news-content'>"
            "<p>Tối ngày 05/10/2025, phường Nam Đồng tổ chức chương trình Vui Hội Trăng rằm cho thiếu nhi.</p>"
            "</div></div><div class='box-right'><h1 class='hot-news-title'><a href='/tin-tuc-su-kien/dai-hoi-788512'>"
            "Đại hội đại biểu Đảng bộ phường Nam Đồng lần thứ I</a></h1></div></body></html>")
    page = Page(NAMDONG, html)
    assert parser.parse(page).fields["title"] == "Phường Nam Đồng tổ chức vui Hội Trăng rằm năm 2025"


@pytest.mark.parametrize("featured_href, title", [
    ("/TinTuc/View/DANG-BO-XA-NA-SANG-DAI-HOI", "XÃ NA SANG TRAO BÒ GIỐNG CHO HỘ NGHÈO"),     # another article: passed over
    ("/TinTuc/View/XA-NA-SANG-TRAO-BO-GIONG", "ĐẢNG BỘ XÃ NA SANG TỔ CHỨC ĐẠI HỘI LẦN THỨ I"),  # the page's own link: its headline
])
def test_a_bare_h1_that_is_wholly_a_link_to_another_page_is_no_headline(parser, featured_href, title):
    html = ("<html><body><div class='tin-noi-bat'><h1 class='tnb-title'>"
            f"<a href='{featured_href}'>ĐẢNG BỘ XÃ NA SANG TỔ CHỨC ĐẠI HỘI LẦN THỨ I</a></h1></div>"
            "<div class='news-detail'><h2 class='news-title'>XÃ NA SANG TRAO BÒ GIỐNG CHO HỘ NGHÈO</h2>"
            "<div class='news-content'><p>Ngày 16/10/2025, UBND xã Na Sang bàn giao 46 con bò cái sinh sản.</p></div>"
            "</div><h1>XÃ NA SANG TRAO BÒ GIỐNG CHO HỘ NGHÈO</h1></body></html>")
    page = Page("https://nasang.dienbien.gov.vn/TinTuc/View/XA-NA-SANG-TRAO-BO-GIONG", html)
    assert parser.parse(page).fields["title"] == title


# ---- listings ------------------------------------------------------------------------

# ---- URLs ----------------------------------------------------------------------------

NAMDONG = "https://namdong.haiphong.gov.vn/trang-chu-66859/dang-uy-hdnd-ubnd-ubmttq-phuong-to-chuc-vui-hoi-trang-ram-2025-790191"


@pytest.mark.parametrize("url, canonical", [
    (NAMDONG, NAMDONG),
    (NAMDONG + "/", NAMDONG),
    (NAMDONG + "?utm_source=zalo&fbclid=1#binh-luan", NAMDONG),
    (NAMDONG + "/?page=2", NAMDONG),
    (NAMDONG.replace("https://", "https://www."), NAMDONG),
    ("http://trungha.thuynguyen.haiphong.gov.vn/tin-tuc-su-kien/d12cbc0a04fb52ce1e4a05806b43b3f1-402310",
     "http://trungha.thuynguyen.haiphong.gov.vn/tin-tuc-su-kien/d12cbc0a04fb52ce1e4a05806b43b3f1-402310"),
    ("https://phamsumanh.haiphong.gov.vn/tin-tuc-su-kien/?page=2&sort=new",
     "https://phamsumanh.haiphong.gov.vn/tin-tuc-su-kien/?page=2"),
    ("http://qlqh.laocai.gov.vn/vi/bai-viet/18345", "http://qlqh.laocai.gov.vn/vi/bai-viet/18345"),
])
def test_canonical_url_of_every_url_form(parser, url, canonical):
    assert parser.canonical_url(url) == canonical


@pytest.mark.parametrize("url, is_article", [
    (NAMDONG, True),
    ("https://thuanchau.sonla.gov.vn/tin-cai-cach-hanh-chinh/de-cuong-tuyen-truyen-sap-xep-920730", True),
    ("https://nghiatrung.gianghia.daknong.gov.vn/thong-tin-tuyen-truyen/treo-co-to-quoc-02-9-506075", True),
    ("https://sapa.laocai.gov.vn/1227/27461/54439/293909/thanh-lap-thi-xa-sa-pa/phuong-an-dieu-chinh", True),
    ("http://qlqh.laocai.gov.vn/vi/bai-viet/18345", True),
    ("https://namdong.haiphong.gov.vn/trang-chu-66859/", False),
    ("https://duclinh.binhthuan.gov.vn/xa-tra-tan/", False),
    ("https://phamsumanh.haiphong.gov.vn/tin-tuc-su-kien/?page=2", False),
    ("https://namdong.haiphong.gov.vn/tin-tuc/bai-viet-66859", False),       # a 5-digit number is no id
    ("https://namdong.haiphong.gov.vn/Uploads/images/2025/10/anh-790191.jpg", False),
    ("https://xa.hanoi.gov.vn/tin-tuc/slug-278325062818161255.htm", False),
])
def test_article_url_shapes(parser, url, is_article):
    assert parser.is_article_url(url) is is_article


def test_declared_canonical_of_another_article_is_ignored(parser):
    html = ('<html><head><link rel="canonical" href="https://namdong.haiphong.gov.vn/trang-chu-66859/khac-790100">'
            '</head><body><h1>T</h1></body></html>')
    assert parser.page_canonical_url(Page(NAMDONG, html)) == NAMDONG


# ---- replica round trip -----------------------------------------------------------------

_SENTENCES = [
    "Sáng ngày 10/01/2026, Đảng ủy phường Nam Đồng tổ chức hội nghị quán triệt, triển khai các nghị "
    "quyết, chỉ thị của cấp trên cho cán bộ, đảng viên trên địa bàn phường.",
    "Tham dự hội nghị có đồng chí Phạm Văn Toàn – Bí thư Đảng ủy, Chủ tịch HĐND phường; đồng chí Nguyễn "
    "Thị Lan – Phó Bí thư Đảng ủy, Chủ tịch UBND phường cùng 215 đảng viên.",
    "Các đại biểu đã thảo luận và thống nhất 6 nhóm nhiệm vụ trọng tâm, trong đó có chỉnh trang đô thị, "
    "chuyển đổi số và chăm lo Tết cho các gia đình chính sách.",
    "Dịp này, Ủy ban MTTQ Việt Nam phường trao 150 suất quà, mỗi suất trị giá 300.000 đồng cho hộ nghèo, "
    "hộ cận nghèo trên địa bàn 12 tổ dân phố./.",
]
_CREDITS = [("BBT.", [], "BBT"), ("Văn Quân", ["Văn Quân"], None), ("Thu Trang", ["Thu Trang"], None)]


def nam_dong_portal() -> ReplicaPortal:
    """Phường Nam Đồng (Hải Phòng): 15 posts on the home category (two pages), 4 propaganda posts."""
    sections = [ReplicaSection("tin-tuc", "Tin tức - Sự kiện", "trang-chu-66859"),
                ReplicaSection("tuyen-truyen", "Thông tin tuyên truyền", "thong-tin-tuyen-truyen")]
    articles = []
    for number in range(19):
        section = sections[0] if number < 15 else sections[1]
        credit, authors, unit = _CREDITS[number % 3]
        title = (f"ĐẢNG ỦY – HĐND – UBND – UBMTTQ PHƯỜNG NAM ĐỒNG TỔ CHỨC HỘI NGHỊ QUÁN TRIỆT, TRIỂN KHAI "
                 f"NGHỊ QUYẾT CỦA CẤP TRÊN ĐỢT {number + 1} NĂM 2026")
        articles.append(ReplicaArticle(
            id=190 - number, section=section.key,
            slug=f"dang-uy-hdnd-ubnd-ubmttq-phuong-nam-dong-to-chuc-hoi-nghi-quan-triet-trien-khai-nghi-quyet-"
                 f"cua-cap-tren-dot-{number + 1}-nam-2026",
            title=title, lead=None if number % 2 else "Hội nghị được tổ chức trực tiếp kết hợp trực tuyến "
                                                     "tới 12 điểm cầu tổ dân phố.",
            paragraphs=[_SENTENCES[(number + k) % 4] for k in range(3)],
            published=datetime(2026, 1, 29 - number), credit_line=credit, authors=authors, source_unit=unit,
            images=[ReplicaImage(f"/Uploads/images/2026/01/hoi-nghi-{number}.jpg", "Toàn cảnh hội nghị", 0),
                    ReplicaImage(f"/Uploads/images/2026/01/dai-bieu-{number}.jpg", None, 1)],
            attachments=[ReplicaAttachment(f"/Uploads/files/2026/01/ke-hoach-{number}.pdf",
                                           f"Kế hoạch số {number + 3}/KH-UBND")] if number % 4 == 0 else [],
            views=200 + number, end_mark="./." if number % 3 == 1 else None))
    return ReplicaPortal("nam-dong-haiphong", "Phường Nam Đồng", "", "Hải Phòng", "slugid", sections, articles)


@pytest.fixture(scope="module")
def site():
    return SlugIdSite(nam_dong_portal())


def fetch(site, path: str) -> Page:
    target, _, query = path.partition("?")
    response = site.handle(target, query)
    assert response.status == 200, path
    return Page.from_bytes(BASE + path, response.body, "utf-8")


def crawl_listings(site, parser, visited: set | None = None) -> set[str]:
    """Canonical article URLs found by following every section's pager to the end."""
    found, queue, seen = set(), [BASE + path for path in site.listing_paths()], set()
    while queue:
        url = queue.pop(0)
        if url not in seen:
            seen.add(url)
            page = fetch(site, url.removeprefix(BASE))
            found.update(parser.canonical_url(link) for link in parser.article_links(page))
            queue += parser.next_pages(page)
    if visited is not None:
        visited.update(seen)
    return found


def test_replica_listings_reach_every_article(site, parser):
    visited = set()
    assert crawl_listings(site, parser, visited) == {BASE + site.article_path(a) for a in site.portal.articles}
    assert BASE + "/trang-chu-66859/?page=2" in visited


def test_replica_urls_have_the_platform_shapes(site, parser):
    paths = [site.article_path(a) for a in site.portal.articles]
    assert all(parser.is_article_url(BASE + path) for path in paths)
    slugs = [path.rsplit("/", 1)[1].rsplit("-", 1)[0] for path in paths]
    assert all(len(slug) <= 100 for slug in slugs)
    assert any(len(slug) == 32 and "-" not in slug for slug in slugs)         # MD5 slugs
    assert all(path.startswith(("/trang-chu-66859/", "/thong-tin-tuyen-truyen/")) for path in paths)


def round_trip_mismatches(site, parser, article) -> list[tuple]:
    """(field, extracted, published) for every field the parser got wrong."""
    page = fetch(site, site.article_path(article))
    fields = parser.parse(page).fields
    checks = {
        "title": (fields["title"], article.title),
        "published_at": (fields["published_at"], f"{article.published:%Y-%m-%d}"),   # the date line has no time
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


@pytest.mark.parametrize("index", range(19))
def test_replica_article_round_trip(site, parser, index):
    assert round_trip_mismatches(site, parser, site.portal.articles[index]) == []


@pytest.fixture(scope="module")
def generated_site():
    """The replica's own Nam Đồng (replica.portals), as the demo and the end-to-end test serve it."""
    spec = next(spec for spec in PORTALS if spec.platform == "slugid")
    return SlugIdSite(build_portal(spec))


def test_generated_portal_round_trips(generated_site, parser):
    assert crawl_listings(generated_site, parser) == {BASE + generated_site.article_path(a)
                                                      for a in generated_site.portal.articles}
    wrong = {a.id: round_trip_mismatches(generated_site, parser, a) for a in generated_site.portal.articles}
    assert {key: value for key, value in wrong.items() if value} == {}


def test_replica_legacy_path_resolves_to_the_slug_id_url(site, parser):
    article = site.portal.articles[4]
    legacy = site.legacy_path(article)
    assert parser.is_article_url(BASE + legacy)
    assert parser.page_canonical_url(fetch(site, legacy)) == BASE + site.article_path(article)


def test_replica_pages_carry_the_platform_noise(site):
    html = site.handle(site.article_path(site.portal.articles[1]), "").body.decode("utf-8")
    for noise in ('alt="image banner"', "Lượt xem: ", "Tin tức khác", "In bài viết", "Năm 2026 đẩy mạnh",
                  "&nbsp;" * 50, "Tổng lượt truy cập"):
        assert noise in html


@pytest.mark.parametrize("path, query", [("/khong-co/", ""), ("/trang-chu-66859/", "page=9"),
                                         ("/trang-chu-66859/khong-co-bai-999999", ""),
                                         ("/thong-tin-tuyen-truyen/bai-790190", "")])
def test_replica_unknown_paths_are_404s(site, path, query):
    response = site.handle(path, query)
    assert response.status == 404 and "Trang không tồn tại" in response.body.decode("utf-8")
