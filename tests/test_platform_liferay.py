"""F1 Liferay: frozen real-shape pages, URL forms, listings and a replica round trip.

The frozen pages in tests/gold/liferay/ are written by hand in the shapes of
portals.md (HCMC neoportal, legacy Hanoi / Hải Phòng / Thái Nguyên, Long Biên
query form, Đồng Tháp, Quảng Trị, Đà Nẵng DNICT); each article page has the
expected fields next to it in <name>.json.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from ward_replica.content import ReplicaArticle, ReplicaAttachment, ReplicaImage, ReplicaPortal, ReplicaSection
from ward_replica.sites.liferay import LiferaySite
from ward_scraper.extract import chain
from ward_scraper.util.page import Page
from tests.gold_pages import GoldFolder
from ward_scraper.extract.platforms import detect_platform, get_parser

GOLD = GoldFolder("liferay")
FROZEN, ARTICLES = GOLD.folder, GOLD.articles
frozen_page, expected = GOLD.page, GOLD.expected.__getitem__


@pytest.fixture(scope="module")
def parser():
    return get_parser("liferay")


@pytest.fixture(scope="module")
def parsed():
    return GOLD.parsed()


# ---- frozen article pages --------------------------------------------------

def test_every_variant_has_a_frozen_page():
    assert len(ARTICLES) >= 8
    assert {"hcmc-neoportal-tanbinh", "longbien-giangbien-view-content-query", "haiphong-view-content-html",
            "dongthap-content-id", "quangtri-view-article", "danang-dnict-thuanphuoc"} <= set(ARTICLES)


@pytest.mark.parametrize("name", ARTICLES)
def test_frozen_article_url_is_an_article_url(parser, name):
    # Detection, the key and "not removed" are checked by the gold test.
    page = frozen_page(name)
    assert parser.is_article_url(page.url)
    assert parser.canonical_url(page.url) == expected(name)["canonical_url"]


@pytest.mark.parametrize("name", ARTICLES)
def test_body_keeps_no_page_furniture(parsed, name):
    body = parsed[name]["body_text"]
    for noise in ("Ngày đăng", "Lượt xem", "View count", "Back", "Quay lại", "Truy cập nội dung", "Đăng nhập",
                  "Tổng truy cập", "Xuất bản thông tin", "Chi tiết bài viết", "Người đăng tin", "Từ khóa",
                  "Bình luận", "Tin khác", "null ", "2020-08-22 09:10:00.0"):
        assert noise not in body


def test_dnict_removed_notice(parser):
    page = frozen_page("danang-dnict-removed", "https://thuanphuoc.danang.gov.vn/chi-tiet-tin-tuc?dinhdanh=134322&cat=508")
    assert parser.is_removed(page)
    assert detect_platform(page)[0] == "liferay"


@pytest.mark.parametrize("notice", ["Bài viết ngừng xuất bản", "Không có bài viết với định danh trên"])
def test_dnict_other_removed_notices(parser, notice):
    html = f"<html><body><section class='portlet'><div class='portlet-body'><h3>{notice}</h3></div></section></body></html>"
    assert parser.is_removed(Page("https://hoaxuan.danang.gov.vn/chi-tiet-tin-tuc?dinhdanh=1", html))


def test_dnict_poster_is_not_an_author(parsed):
    assert "Lê Thị Mỹ Hạnh" not in parsed["danang-dnict-thuanphuoc"]["authors"]
    assert "Văn phòng HĐND và UBND" != parsed["danang-dnict-hoaxuan-author"]["source_unit"]


def test_null_title_prefix_is_dropped_from_title_and_body(parsed):
    fields = parsed["dongthap-content-id"]
    assert fields["title"].startswith("Xã Mỹ An")
    assert "null" not in fields["body_text"]


def test_title_and_body_come_from_the_article_portlet_not_a_side_column(parser):
    side = ('<div class="portlet-boundary portlet-boundary_56_"><section class="portlet"><div class="portlet-body">'
            '<div class="journal-content-article"><h2>Liên kết website</h2><p>Cổng thông tin tỉnh</p></div>'
            '</div></section></div>')
    main = ('<div class="portlet-boundary portlet-boundary_101_"><section class="portlet"><div class="portlet-body">'
            '<div class="journal-content-article"><h2>null Phường ra quân dọn vệ sinh kênh Nhiêu Lộc</h2>'
            '<div>Ngày đăng 02/03/2024 | 07:45 | Lượt xem: 12</div>'
            '<p>Sáng 2/3, hơn 100 đoàn viên, hội viên ra quân thu gom rác dọc bờ kênh Nhiêu Lộc - Thị Nghè.</p>'
            '</div></div></section></div>')
    page = Page("https://phuong1.hochiminhcity.gov.vn/tin-tuc/-/asset_publisher/Ab12Cd34Ef56/content/phuong-ra-quan",
                f"<html><body>{side}{main}</body></html>")
    fields = parser.parse(page).fields
    assert fields["title"] == "Phường ra quân dọn vệ sinh kênh Nhiêu Lộc"
    assert fields["published_at"] == "2024-03-02T07:45+07:00"
    assert fields["body_text"].startswith("Sáng 2/3, hơn 100 đoàn viên") and "Liên kết" not in fields["body_text"]


def test_category_comes_from_the_breadcrumb(parsed):
    assert parsed["hanoi-phohue-asset-publisher"]["category"] == "Hoạt động Đảng - Đoàn thể"


# ---- URLs ------------------------------------------------------------------

CANONICAL = [
    # (a) neoportal: locale prefix, inheritRedirect and a redirect carrying listing paging state
    ("https://tanbinh.hochiminhcity.gov.vn/en_US/web/neoportal/van-hoa-thong-tin/-/asset_publisher/Jitbh7hDr5UU/"
     "content/phuong-1-to-chuc-hoi-nghi?inheritRedirect=false&redirect=https%3A%2F%2Ftanbinh.hochiminhcity.gov.vn"
     "%2Fen_US%2Fweb%2Fneoportal%2Fvan-hoa-thong-tin%3Fp_p_id%3D101_INSTANCE_Jitbh7hDr5UU%26_101_INSTANCE_"
     "Jitbh7hDr5UU_cur%3D4",
     "https://tanbinh.hochiminhcity.gov.vn/web/neoportal/van-hoa-thong-tin/-/asset_publisher/Jitbh7hDr5UU/"
     "content/phuong-1-to-chuc-hoi-nghi"),
    # (a) legacy Hanoi: viewMode; /en/ prefix; :443; &amp; left in a stored link
    ("http://phohue.haibatrung.hanoi.gov.vn/hoat-dong-dang-doan-the/-/asset_publisher/UByp2W88WPKe/content/"
     "hoi-nguoi-cao-tuoi?_101_INSTANCE_UByp2W88WPKe_viewMode=view",
     "http://phohue.haibatrung.hanoi.gov.vn/hoat-dong-dang-doan-the/-/asset_publisher/UByp2W88WPKe/content/"
     "hoi-nguoi-cao-tuoi"),
    ("https://lythaito.hanoi.gov.vn:443/en/chi-ao-ieu-hanh-cua-ubnd/-/asset_publisher/eFv3h44NjKJM/content/"
     "sang-ngay-11-01-2023-oan-ang-uy?p_p_id=101_INSTANCE_eFv3h44NjKJM&amp;p_p_lifecycle=0",
     "https://lythaito.hanoi.gov.vn/chi-ao-ieu-hanh-cua-ubnd/-/asset_publisher/eFv3h44NjKJM/content/"
     "sang-ngay-11-01-2023-oan-ang-uy"),
    ("https://phohue.haibatrung.hanoi.gov.vn/vi_VN/hoat-dong-dang-doan-the/-/asset_publisher/UByp2W88WPKe/content/"
     "hoi-nguoi-cao-tuoi?redirect=%2Fhoat-dong-dang-doan-the",
     "https://phohue.haibatrung.hanoi.gov.vn/hoat-dong-dang-doan-the/-/asset_publisher/UByp2W88WPKe/content/"
     "hoi-nguoi-cao-tuoi"),
    ("https://tanbinh.hochiminhcity.gov.vn/vi/web/neoportal/van-hoa-thong-tin/-/asset_publisher/Jitbh7hDr5UU/"
     "content/phuong-1-to-chuc-hoi-nghi",
     "https://tanbinh.hochiminhcity.gov.vn/web/neoportal/van-hoa-thong-tin/-/asset_publisher/Jitbh7hDr5UU/"
     "content/phuong-1-to-chuc-hoi-nghi"),
    # (a) Thái Nguyên /content/<slug>/<id>
    ("http://giangtien.phuluong.thainguyen.gov.vn/tin-hoat-dong-cua-huyen/-/asset_publisher/aAh8JIfHTp7T/content/"
     "ra-mat-to-hop-tac-san-xuat-nep-vai-xa-phu-ly/465526?redirect=http%3A%2F%2Fgiangtien.phuluong.thainguyen.gov.vn",
     "http://giangtien.phuluong.thainguyen.gov.vn/tin-hoat-dong-cua-huyen/-/asset_publisher/aAh8JIfHTp7T/content/"
     "ra-mat-to-hop-tac-san-xuat-nep-vai-xa-phu-ly/465526"),
    # (b) query form: the entry id (and the routing that shows it) stays, the rest goes
    ("http://bode.longbien.hanoi.gov.vn/hoat-dong-to-dan-pho-va-cac-don-vi-hiep-quan?p_p_id=101&p_p_lifecycle=0"
     "&p_p_state=maximized&p_p_mode=view&_101_struts_action=%2Fasset_publisher%2Fview_content&_101_assetEntryId="
     "1020401&_101_type=content&_101_urlTitle=hoi-nghi-tuyen-truyen-thuc-hien-chuong-trinh-03",
     "http://bode.longbien.hanoi.gov.vn/hoat-dong-to-dan-pho-va-cac-don-vi-hiep-quan?_101_assetEntryId=1020401"
     "&_101_struts_action=%2Fasset_publisher%2Fview_content&p_p_id=101"),
    ("http://portal.longbien.gov.vn/web/guest/tintuccacdonvi?_101_urlTitle=phuong-bo-e&_101_assetEntryId=14212310"
     "&_101_struts_action=/asset_publisher/view_content&p_p_id=101&_101_redirect=%2Fweb%2Fguest",
     "http://portal.longbien.gov.vn/web/guest/tintuccacdonvi?_101_assetEntryId=14212310"
     "&_101_struts_action=%2Fasset_publisher%2Fview_content&p_p_id=101"),
    # (c) view_content .html, trailing-hyphen slug kept
    ("http://luongkhanhthien.ngoquyen.gov.vn/van-hoa-xa-hoi/-/view_content/1314244-de-an-mo-hinh-diem-quan-ly-thuc-an-"
     "duong-pho-.html?redirect=%2Fvan-hoa-xa-hoi",
     "http://luongkhanhthien.ngoquyen.gov.vn/van-hoa-xa-hoi/-/view_content/1314244-de-an-mo-hinh-diem-quan-ly-thuc-an-"
     "duong-pho-.html"),
    ("https://haibatrung.hanoi.gov.vn/en_US/nha-van-hoa/-/view_content/428047-nha-van-hoa-quan.html",
     "https://haibatrung.hanoi.gov.vn/nha-van-hoa/-/view_content/428047-nha-van-hoa-quan.html"),
    # (d) Đồng Tháp: the layout id is needed to show the article
    ("https://thapmuoi.dongthap.gov.vn/web/htm/chi-tiet-bai-viet/-/asset_publisher/1mOzUrGkrdAE/content/id/6592139"
     "?plidlayout=5072&inheritRedirect=true&redirect=%2Fweb%2Fhtm",
     "https://thapmuoi.dongthap.gov.vn/web/htm/chi-tiet-bai-viet/-/asset_publisher/1mOzUrGkrdAE/content/id/6592139"
     "?plidlayout=5072"),
    # (e) Quảng Trị
    ("https://vinhlinh.quangtri.gov.vn:443/chi-tiet/-/view-article/1/1647698216855/1712116199324",
     "https://vinhlinh.quangtri.gov.vn/chi-tiet/-/view-article/1/1647698216855/1712116199324"),
    # (f) DNICT: `cat` only picks the breadcrumb
    ("https://thuanphuoc.danang.gov.vn/chi-tiet-tin-tuc?dinhdanh=134401&amp;cat=508",
     "https://thuanphuoc.danang.gov.vn/chi-tiet-tin-tuc?dinhdanh=134401"),
    ("https://thuanphuoc.danang.gov.vn/chi-tiet-tin-tuc?cat=512&dinhdanh=134401",
     "https://thuanphuoc.danang.gov.vn/chi-tiet-tin-tuc?dinhdanh=134401"),
    # (g) HCMC city /-/<slug>
    ("https://hochiminhcity.gov.vn/-/van-phong-ubnd-tp-phat-ong-phong-trao-thi-ua-cai-cach-hanh-chinh-nam-2021"
     "?inheritRedirect=true",
     "https://hochiminhcity.gov.vn/-/van-phong-ubnd-tp-phat-ong-phong-trao-thi-ua-cai-cach-hanh-chinh-nam-2021"),
]


@pytest.mark.parametrize("url, canonical", CANONICAL)
def test_canonical_url(parser, url, canonical):
    assert parser.is_article_url(url)
    assert parser.canonical_url(url) == canonical
    assert parser.canonical_url(canonical) == canonical


NOT_ARTICLES = [
    "http://phohue.haibatrung.hanoi.gov.vn/hoat-dong-dang-doan-the",
    "http://phohue.haibatrung.hanoi.gov.vn/hoat-dong-dang-doan-the?p_p_id=101_INSTANCE_UByp2W88WPKe"
    "&p_p_lifecycle=0&_101_INSTANCE_UByp2W88WPKe_cur=2",
    "https://tanbinh.hochiminhcity.gov.vn/en_US/web/neoportal/van-hoa-thong-tin",
    "https://thuanphuoc.danang.gov.vn/chi-tiet-tin-tuc?danhmuc=508&p=3",
    "https://thuanphuoc.danang.gov.vn/chi-tiet-tin-tuc?tag=vneid-Vk5lSUQ",
    "http://phohue.haibatrung.hanoi.gov.vn/c/portal/login?p_l_id=10579",
    "http://phohue.haibatrung.hanoi.gov.vn/documents/10182/1207102/HT+NCT+1.jpg/5d0c3f7e",
]


@pytest.mark.parametrize("url", NOT_ARTICLES)
def test_not_article_urls(parser, url):
    assert not parser.is_article_url(url)


# ---- listings ---------------------------------------------------------------

PHOHUE = "http://phohue.haibatrung.hanoi.gov.vn"
PHOHUE_PAGE_2 = (
    f"{PHOHUE}/hoat-dong-dang-doan-the?p_p_id=101_INSTANCE_UByp2W88WPKe&p_p_lifecycle=0&p_p_state=normal"
    "&p_p_mode=view&p_p_col_id=column-2&p_p_col_count=1&_101_INSTANCE_UByp2W88WPKe_delta=10"
    "&_101_INSTANCE_UByp2W88WPKe_keywords=&_101_INSTANCE_UByp2W88WPKe_advancedSearch=false"
    "&_101_INSTANCE_UByp2W88WPKe_andOperator=true&p_r_p_564233524_resetCur=false&_101_INSTANCE_UByp2W88WPKe_cur=2")


def phohue_page(cur: int) -> str:
    return (f"{PHOHUE}/hoat-dong-dang-doan-the?_101_INSTANCE_UByp2W88WPKe_cur={cur}"
            "&_101_INSTANCE_UByp2W88WPKe_delta=10&p_p_id=101_INSTANCE_UByp2W88WPKe")


def test_asset_publisher_listing_links(parser):
    page = frozen_page("hanoi-phohue-listing", PHOHUE_PAGE_2)
    links = parser.article_links(page)
    canonical = [parser.canonical_url(link) for link in links]
    prefix = f"{PHOHUE}/hoat-dong-dang-doan-the/-/asset_publisher/UByp2W88WPKe/content/"
    assert canonical == [prefix + slug for slug in (
        "chi-bo-to-dan-pho-so-5-to-chuc-sinh-hoat-chuyen-e-hoc-tap-va-lam-theo-tu-tuong-ao-uc-phong-cach-ho-c",
        "oan-thanh-nien-phuong-pho-hue-ra-quan-huong-ung-ngay-chu-nhat-xanh",
        "hoi-cuu-chien-binh-phuong-so-ket-cong-tac-hoi-9-thang-au-nam-2020",
        "uy-ban-mttq-phuong-to-chuc-hoi-nghi-hiep-thuong-lan-thu-nhat",
        "hoi-lien-hiep-phu-nu-phuong-trao-qua-trung-thu-cho-tre-em-co-hoan-canh-kho-khan",
        "ang-uy-phuong-pho-hue-so-ket-cong-tac-xay-dung-ang-9-thang-au-nam-2020",
        "hoi-nghi-tuyen-truyen-luat-thanh-nien-nam-2020-cho-oan-vien-cac-chi-oan",
        "chi-hoi-chu-thap-o-to-dan-pho-so-12-trao-qua-cho-ho-co-hoan-canh-ac-biet-kho-khan",
        "ban-cong-tac-mat-tran-to-dan-pho-so-3-to-chuc-hoi-nghi-ai-bieu-nhan-dan",
        "oan-phuong-to-chuc-chuong-trinh-tiep-suc-mua-thi-nam-2020",
        # the "Tin mới" sidebar: /en/ + viewMode; its other item repeats the second link above
        "hoi-nguoi-cao-tuoi-phuong-pho-hue-phoi-hop-to-chuc-hoi-thao-cham-soc-suc-khoe-nguoi-cao-tuoi",
    )]
    assert all("redirect=" in link for link in links[:10])  # fetched as linked


def test_asset_publisher_listing_next_pages_still_page(parser):
    page = frozen_page("hanoi-phohue-listing", PHOHUE_PAGE_2)
    # page 1 is the section's plain URL: the crawler has fetched it already
    assert parser.next_pages(page) == [f"{PHOHUE}/hoat-dong-dang-doan-the", phohue_page(3), phohue_page(5)]


def test_pager_seen_from_page_one_skips_page_one(parser):
    page = frozen_page("hanoi-phohue-listing", f"{PHOHUE}/en/hoat-dong-dang-doan-the")
    assert parser.next_pages(page) == [phohue_page(3), phohue_page(5)]


def test_dnict_listing(parser):
    page = frozen_page("danang-dnict-listing", "https://thuanphuoc.danang.gov.vn/chi-tiet-tin-tuc?danhmuc=508&p=2")
    canonical = [parser.canonical_url(link) for link in parser.article_links(page)]
    assert len(canonical) == 10
    assert canonical[0] == "https://thuanphuoc.danang.gov.vn/chi-tiet-tin-tuc?dinhdanh=134401"
    assert parser.next_pages(page) == ["https://thuanphuoc.danang.gov.vn/chi-tiet-tin-tuc?danhmuc=508"] + [
        f"https://thuanphuoc.danang.gov.vn/chi-tiet-tin-tuc?danhmuc=508&p={n}" for n in (3, 4, 5, 7)]
    assert detect_platform(page)[0] == "liferay"


def test_listing_ignores_pagers_of_other_pages(parser):
    html = (f'<html><body><section class="portlet"><a href="{PHOHUE}/tin-tuc?p_p_id=101_INSTANCE_x1&'
            f'_101_INSTANCE_x1_cur=2">2</a><a href="{PHOHUE}/hoat-dong-dang-doan-the?p_p_id=101_INSTANCE_a2&'
            f'_101_INSTANCE_a2_cur=2&_101_INSTANCE_a2_keywords=">2</a></section></body></html>')
    page = Page(f"{PHOHUE}/hoat-dong-dang-doan-the", html)
    assert parser.next_pages(page) == [
        f"{PHOHUE}/hoat-dong-dang-doan-the?_101_INSTANCE_a2_cur=2&p_p_id=101_INSTANCE_a2"]


# ---- detection ----------------------------------------------------------------

def test_detect_needs_liferay_evidence(parser):
    other = Page("https://binhloc.dongnai.gov.vn/vi/news/tin-tuc/hoi-nghi-123.html",
                 "<html><body><div id='news-bodyhtml'><p>Nội dung</p></div></body></html>")
    assert parser.detect(other) == []


# ---- replica round trip -----------------------------------------------------------

def _replica_portal() -> ReplicaPortal:
    """23 articles, 18 of them in one section (two listing pages of 10)."""
    sections = [ReplicaSection("hoat-dong", "Hoạt động Đảng - Đoàn thể", "hoat-dong-dang-doan-the"),
                ReplicaSection("thong-bao", "Thông báo", "thong-bao")]
    topics = [  # title, credit line, authors, source unit
        ("Đoàn Thanh niên phường ra quân hưởng ứng Ngày Chủ nhật xanh", "Bích Ngọc - Đoàn phường",
         ["Bích Ngọc"], "Đoàn phường"),
        ("Hội Liên hiệp Phụ nữ phường trao quà cho hộ nghèo dịp Tết", "Tin, ảnh: Lan Anh", ["Lan Anh"], None),
        ("Đảng ủy phường sơ kết công tác xây dựng Đảng 6 tháng đầu năm", "BBT", [], "BBT"),
        ("Ủy ban MTTQ phường tổ chức Ngày hội Đại đoàn kết toàn dân tộc", "Thu Trang", ["Thu Trang"], None),
    ]
    articles = []
    for number in range(23):
        title, credit, authors, unit = topics[number % len(topics)]
        ident = 900 - number
        articles.append(ReplicaArticle(
            id=ident, section="thong-bao" if number % 5 == 0 else "hoat-dong", slug=f"bai-{ident}",
            title=f"{title} (đợt {number + 1})",
            lead="Phường tổ chức hoạt động theo kế hoạch năm 2025 của Ủy ban nhân dân phường." if number % 2 else None,
            paragraphs=[f"Sáng ngày {1 + number}/10/2025, hơn {40 + number} đoàn viên, hội viên tham gia hoạt động.",
                        "Hoạt động góp phần xây dựng khu dân cư văn minh, sạch đẹp.",
                        f"Kết quả có {number + 3} tổ dân phố hoàn thành chỉ tiêu đề ra."],
            published=datetime(2025, 10, 28 - number, 9 if number % 3 else 0, 15 if number % 3 else 0),
            credit_line=credit, authors=authors, source_unit=unit,
            images=[ReplicaImage(f"/documents/20182/0/anh-{ident}.jpg", "Quang cảnh buổi ra quân", 0),
                    ReplicaImage(f"/documents/20182/0/anh-{ident}-2.jpg", None, 2)],
            attachments=[ReplicaAttachment(f"/documents/20182/0/ke-hoach-{ident}.pdf", "Kế hoạch số 15/KH-UBND")]
            if number % 4 == 0 else [],
            views=100 + number, end_mark="./." if number % 3 == 1 else None))
    return ReplicaPortal(slug="pho-hue-hanoi", ward_name="Phường Phố Huế", ward_code="", province="Hà Nội",
                         platform="liferay", sections=sections, articles=articles)


@pytest.fixture(scope="module")
def site():
    return LiferaySite(_replica_portal())


@pytest.fixture(scope="module")
def generated_site():
    """The registry's Liferay portal, as replica.generate builds it."""
    from ward_replica.generate import build_portal
    from ward_replica.portals import PORTALS

    spec = next(spec for spec in PORTALS if spec.platform == "liferay")
    return LiferaySite(build_portal(spec))


BASE = "http://127.0.0.1:8001"


def _get(site, path_and_query: str) -> Page:
    path, _, query = path_and_query.removeprefix(BASE).partition("?")
    response = site.handle(path, query)
    assert response.status == 200, path_and_query
    return Page.from_bytes(BASE + path_and_query.removeprefix(BASE), response.body, "utf-8")


def _crawl_listings(parser, site) -> tuple[set[str], int]:
    """Canonical article URLs reached from the sections by following the pager."""
    seen, visited = set(), set()
    queue = [BASE + path for path in site.listing_paths()]
    while queue:
        url = queue.pop(0)
        if url in visited:
            continue
        visited.add(url)
        page = _get(site, url)
        listed = page.links(".asset-abstract .asset-title a")
        assert listed and all("inheritRedirect=false&redirect=%2F" in link for link in listed)
        seen |= {parser.canonical_url(link) for link in parser.article_links(page)}
        queue += parser.next_pages(page)
    return seen, len(visited)


def _round_trip_mismatches(parser, site, articles) -> list[tuple]:
    """(article id, field, got, expected) for every field the parser got wrong."""
    mismatches = []
    for article in articles:
        page = _get(site, site.article_path(article))
        fields = parser.parse(page).fields
        expected = {
            "title": article.title, "published_at": article.published_at, "lead": article.lead,
            "body_text": article.body_text, "credit_line": article.credit_line, "authors": article.authors,
            "source_unit": article.source_unit,
            "images": [{"src": page.absolute(image.path), "caption": image.caption} for image in article.images],
            "attachments": [{"url": page.absolute(doc.path), "title": doc.title} for doc in article.attachments],
        }
        mismatches += [(article.id, name, fields[name], value) for name, value in expected.items()
                       if fields[name] != value]
    return mismatches


def test_replica_listing_is_asset_publisher_with_cur_paging(parser, site):
    first = _get(site, site.listing_paths()[0])
    assert detect_platform(first)[0] == "liferay"
    assert parser.next_pages(first), "an 18-article section pages by _cur"
    seen, pages = _crawl_listings(parser, site)
    assert {BASE + site.article_path(article) for article in site.portal.articles} == seen
    assert pages == 3


def test_replica_listing_delta_and_cursor_past_the_end(site):
    section = site.portal.sections[0]
    ns = f"_101_INSTANCE_{site.instance[section.key]}_"
    routed = f"p_p_id=101_INSTANCE_{site.instance[section.key]}"
    everything = _get(site, f"/{section.slug}?{routed}&{ns}delta=20")
    past_end = _get(site, f"/{section.slug}?{routed}&{ns}cur=9")
    ignored = _get(site, f"/{section.slug}?{ns}cur=2")       # not routed to the portlet: page 1
    assert len(everything.css(".asset-abstract")) == 18
    assert len(past_end.css(".asset-abstract")) == 8
    assert ignored.html == _get(site, f"/{section.slug}").html


def test_replica_article_paths_are_canonical_and_drop_d(parser, site):
    for article in site.portal.articles:
        url = BASE + site.article_path(article)
        assert parser.is_article_url(url)
        assert parser.canonical_url(url) == url
    paths = {site.article_path(article) for article in site.portal.articles}
    assert any("/content/oan-thanh-nien-phuong-ra-quan-huong-ung-ngay-chu-nhat-xanh-ot-" in p for p in paths)
    assert any("/content/uy-ban-mttq-phuong-to-chuc-ngay-hoi-ai-oan-ket-toan-dan-toc-ot-" in p for p in paths)


def test_replica_round_trip(parser, site):
    assert _round_trip_mismatches(parser, site, site.portal.articles) == []


def test_generated_portal_round_trip(parser, generated_site):
    assert _round_trip_mismatches(parser, generated_site, generated_site.portal.articles) == []
    seen, _ = _crawl_listings(parser, generated_site)
    assert seen == {BASE + generated_site.article_path(article) for article in generated_site.portal.articles}


def test_replica_article_with_locale_and_redirect_is_the_same_page(site):
    article = site.portal.articles[1]
    plain = site.handle(site.article_path(article), "")
    prefixed = site.handle("/en" + site.article_path(article), "redirect=%2Fhoat-dong-dang-doan-the&inheritRedirect=false")
    assert plain.status == prefixed.status == 200
    assert plain.body == prefixed.body


def test_replica_home_lists_the_latest_news(parser, site):
    for path in ("/", "/trang-chu", "/en_US/trang-chu"):
        links = parser.article_links(_get(site, path))
        assert parser.canonical_url(links[0]) == BASE + site.article_path(site.portal.articles[0])


def test_replica_unknown_paths_are_404(site):
    article = site.portal.articles[0]
    for path in ("/khong-co-trang-nay", site.article_path(article) + "-x",
                 site.article_path(article).replace("/asset_publisher/", "/asset_publisher/X")):
        response = site.handle(path, "")
        assert response.status == 404
        assert "portlet-msg-error" in response.body.decode("utf-8")


def test_the_date_line_of_the_portlet_showing_the_article_wins_over_a_focus_portlet_above(parser):
    def publisher(heading, title, day, paragraphs):
        return (f"<div class='portlet-boundary portlet-boundary_101_ portlet-asset-publisher'><section class='portlet'>"
                f"<h2 class='portlet-title'>{heading}</h2><div class='asset-full-content show-asset-title'>"
                f"<h3 class='asset-title'>{title}</h3><div class='asset-metadata'><span class='metadata-entry "
                f"metadata-publish-date'>Ngày đăng {day}</span></div><div class='asset-content'>"
                f"<div class='journal-content-article'>{paragraphs}</div></div></div></section></div>")
    focus = publisher("Tin tiêu điểm", "Phường Phúc Xá trao học bổng", "30/09/2020 | 08:10",
                      "<p>Chiều 29/9/2020, Hội Khuyến học phường trao 45 suất học bổng.</p>")
    article = publisher("Tin tức - Sự kiện", "Phường Phúc Xá tổ chức tổng vệ sinh môi trường", "28/09/2020 | 16:00",
                        "".join("<p>Sáng ngày 27/9/2020, UBND phường Phúc Xá phối hợp Ủy ban MTTQ phường và các đoàn thể "
                                "tổ chức ra quân tổng vệ sinh môi trường, phòng, chống dịch bệnh trên địa bàn.</p>"
                                for _ in range(4)))
    page = Page("https://phucxa.badinh.hanoi.gov.vn/web/phuong-phuc-xa/tin-tuc/-/asset_publisher/Pk3R/content/tong-ve-sinh",
                f"<html><body><div id='column-1'>{focus}{article}</div></body></html>")
    fields = parser.parse(page).fields
    assert fields["title"] == "Phường Phúc Xá tổ chức tổng vệ sinh môi trường"
    assert fields["published_at"] == "2020-09-28T16:00+07:00"


def test_a_day_in_a_linked_list_under_the_article_in_its_portlet_is_not_its_date(parser):
    # The article shows no date; the portlet's "TIN TỨC MEDIA" list under it dates another article.
    paragraphs = "".join("<p>Sáng ngày 8/9/2023, UBND phường 2 tổ chức lễ ra mắt mô hình hẻm văn minh – sạch đẹp tại "
                         "hẻm 51 Trường Sơn, với sự tham gia của đông đảo người dân.</p>" for _ in range(4))
    html = ("<div class='portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_'>"
            "<section class='portlet'><div class='asset-full-content'><h3 class='asset-title'>Phường 2 ra mắt mô hình "
            f"hẻm văn minh – sạch đẹp</h3><div class='journal-content-article'>{paragraphs}</div></div>"
            "<div class='portlet-title'>TIN TỨC MEDIA</div><ul class='media-news'><li><a href='/web/p1/-/asset_publisher/"
            "J/content/hoi-nghi'>Phường 1 tổ chức hội nghị lấy ý kiến dự thảo đề án</a> <span>31/08/2023</span></li>"
            "</ul></section></div>")
    page = Page("https://tanbinh.hochiminhcity.gov.vn/web/p2/-/asset_publisher/J/content/hem-van-minh",
                f"<html><body><div id='column-1'>{html}</div></body></html>")
    assert parser.parse(page).fields["published_at"] is None


def test_a_side_columns_journal_content_of_banners_is_not_the_article_of_a_vendor_portlet_beside_it():
    """Quảng Trị's `view-article` portlet holds the article; the only `journal-content-article`
    on the page is a side column's banners (pictures, no words): not the body, nor its pictures."""
    paragraphs = "".join("<p>Năm 2026, phường Đồng Hới được giao chỉ tiêu 142 công dân nhập ngũ, công tác tuyển chọn "
                         "được thực hiện công khai, dân chủ, đúng luật.</p>" for _ in range(4))
    html = ("<div class='portlet-column span8' id='column-1'><div class='portlet-boundary portlet-boundary_viewarticle_'>"
            "<div class='portlet-body'><div class='view-article'><h1 class='title-article'>Đồng Hới: 142 thanh niên lên đường nhập ngũ</h1>"
            "<div class='meta-article'><span class='date-article'>Ngày 04/03/2026</span></div>"
            f"<div class='content-article'>{paragraphs}<p><img src='/documents/20182/0/giao-quan-1.jpg'></p></div>"
            "</div></div></div></div><div class='portlet-column span4' id='column-2'><div class='portlet-boundary "
            "portlet-boundary_56_'><div class='journal-content-article'><p><a href='https://quangtri.gov.vn'>"
            "<img alt='Cổng TTĐT tỉnh' src='/documents/20182/0/banner-tinh.png'></a></p></div></div></div>")
    page = Page("https://donghoi.quangtri.gov.vn/chi-tiet/-/view-article/1/1751331000417/1772595291000",
                f"<html><body>{html}</body></html>")
    answer = chain.extract(page).fields
    assert [image["src"].rsplit("/", 1)[1] for image in answer["images"]] == ["giao-quan-1.jpg"]
    assert answer["body_text"].startswith("Năm 2026") and "liferay: body is empty" in answer["quality_reasons"]
