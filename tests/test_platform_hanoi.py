"""F3 new Hanoi portals (VCCorp-style CMS): frozen real-shape pages, URLs,
listings with /timelinelist/ fragments, and a replica round trip.

The frozen pages in tests/gold/hanoi/ are written by hand in the shapes of
portals.md F3 (Việt Hưng, Xuân Đỉnh, Đống Đa, Phúc Lợi); each article page has
its expected fields next to it in <name>.json, each listing its expected links.
"""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from ward_replica.content import ReplicaArticle, ReplicaAttachment, ReplicaImage, ReplicaPortal, ReplicaSection
from ward_replica.sites.hanoi import HanoiSite
from ward_scraper.extract.dates import date_from_url
from ward_scraper.util.page import Page
from tests.gold_pages import GoldFolder
from ward_scraper.extract.platforms import detect_platform, get_parser

GOLD = GoldFolder("hanoi")
FROZEN, EXPECTED, ARTICLES, LISTINGS = GOLD.folder, GOLD.expected, GOLD.articles, GOLD.listings
frozen_page = GOLD.page


@pytest.fixture(scope="module")
def parser():
    return get_parser("hanoi")


@pytest.fixture(scope="module")
def parsed():
    return GOLD.parsed()


# ---- frozen article pages -----------------------------------------------------

def test_frozen_pages_cover_the_variants():
    assert len(ARTICLES) >= 4 and len(LISTINGS) >= 2
    assert {"viethung-hoi-lhpn", "xuandinh-trung-tam-van-hoa", "dongda-dem-hoi-trang-ram",
            "phucloi-qua-tet-doc-lap"} <= set(ARTICLES)


@pytest.mark.parametrize("name", ARTICLES)
def test_frozen_article_url_is_its_own_key(parser, name):
    # The URL alone gives the key (the gold test checks the page's key).
    page = frozen_page(name)
    assert parser.is_article_url(page.url)
    assert parser.canonical_url(page.url) == EXPECTED[name]["canonical_url"]


@pytest.mark.parametrize("name", ARTICLES)
def test_body_keeps_no_page_furniture(parsed, name):
    body = parsed[name]["body_text"]
    for noise in ("Tin liên quan", "Tin cùng chuyên mục", "Chia sẻ", "In bài", "Từ khóa", "- Ảnh 1.",
                  "Tin khác", "Tin nổi bật", "Bản quyền"):
        assert noise not in body
    lead = EXPECTED[name]["lead"]
    assert not body.startswith(lead[:60]), "the sapo's repetition is dropped"


def test_displayed_date_wins_over_the_id(parsed):
    # Xuân Đỉnh shows 21:52 09/09/2025; its id encodes the creation, 16:55 10/09/2025.
    url = EXPECTED["xuandinh-trung-tam-van-hoa"]["url"]
    assert date_from_url(url) == "2025-09-10T16:55+07:00"
    assert parsed["xuandinh-trung-tam-van-hoa"]["published_at"] == "2025-09-09T21:52+07:00"


def test_id_is_the_fallback_when_no_date_is_shown(parsed):
    # Đống Đa's date line is filled by a script: the id's creation time is all there is.
    assert parsed["dongda-dem-hoi-trang-ram"]["published_at"] == "2025-10-15T16:01+07:00"


def test_unit_on_the_date_line_is_the_source_unit(parsed):
    fields = parsed["xuandinh-trung-tam-van-hoa"]
    assert (fields["authors"], fields["source_unit"]) == ([], "Trung tâm Văn hoá & Thể thao phường")


def test_foot_credit_wins_over_an_empty_date_line(parsed):
    assert parsed["viethung-hoi-lhpn"]["credit_line"] == "Ngọc Diệp"


def test_the_cms_s_attachment_box_in_the_content_is_the_attachments_not_noise(parser):
    """`div.link-content-footer[type=Attachment]`: the same class as the related-news box, another type."""
    html = """<html><body><h1 class="detail-title">Lịch tiếp công dân tháng 11/2025</h1>
    <div class="detail-content" data-role="content"><p>UBND phường Ba Đình thông báo lịch tiếp công dân định kỳ
    tháng 11/2025 của Chủ tịch và các Phó Chủ tịch UBND phường tại trụ sở Trung tâm phục vụ hành chính công.</p>
    <div class="VCSortableInPreviewMode link-content-footer" type="Attachment"><p>File đính kèm:
    <a href="/uploads/2800/2025/10/31/tb-412.pdf">TB 412/TB-UBND lịch tiếp công dân tháng 11/2025.pdf</a></p></div>
    <div class="VCSortableInPreviewMode link-content-footer" type="RelatedNewsBox"><a href="/tin-tuc/x-1.htm">Phường
    Ba Đình ra quân tổng vệ sinh môi trường</a></div></div></body></html>"""
    page = Page("https://badinh.hanoi.gov.vn/thong-bao/lich-tiep-cong-dan-278325103108150112.htm", html)
    fields = parser.parse(page).fields
    assert [item["url"] for item in fields["attachments"]] == ["https://badinh.hanoi.gov.vn/uploads/2800/2025/10/31/tb-412.pdf"]
    assert "ra quân" not in fields["body_text"] and "File đính kèm" not in fields["body_text"]


def test_date_line_label_is_not_a_credit(parser):
    html = """<html><body><h1 class="detail-title">Tiêu đề</h1>
    <div class="detail-time">Cập nhật: 07:45 02/10/2025</div>
    <div class="detail-content" data-role="content"><p>Sáng ngày 02/10/2025, phường tổ chức hội nghị
    tổng kết công tác tuyển quân năm 2025 với sự tham dự của đại diện các tổ dân phố.</p></div></body></html>"""
    page = Page("https://viethung.hanoi.gov.vn/tin-tuc-su-kien/tieu-de-278325100207450112.htm", html)
    fields = parser.parse(page).fields
    assert fields["credit_line"] is None and fields["authors"] == [] and fields["source_unit"] is None
    assert fields["published_at"] == "2025-10-02T07:45+07:00"


@pytest.mark.parametrize("date_line, published, credit", [
    # BEM-style classes: the date line the skin prints, not the meta's creation time (08:31).
    ('<span class="detail__time">09:05 15/09/2025</span>', "2025-09-15T09:05+07:00", None),
    ('<span class="detail__time">Thứ Ba, 15/09/2025 - 09:05</span>', "2025-09-15T09:05+07:00", None),
    ('<span class="detail__time">Văn phòng HĐND - UBND phường 3 giờ trước</span>', "2025-09-15T08:31+07:00",
     "Văn phòng HĐND - UBND phường"),
])
def test_a_bem_skin_s_date_line_and_its_unit(parser, date_line, published, credit):
    html = ('<html><head><meta property="article:published_time" content="2025-09-15T08:31:12+07:00" /></head>'
            f'<body><h1 class="detail__title">Phường Xuân Đỉnh ra quân tổng vệ sinh môi trường</h1>'
            f'<div class="detail__meta">{date_line}</div><div class="detail-content" data-role="content"><p>Sáng '
            '14/9, phường Xuân Đỉnh ra quân tổng vệ sinh môi trường với hơn 500 người tham gia.</p></div></body></html>')
    page = Page("https://xuandinh.hanoi.gov.vn/tin-tuc/ra-quan-tong-ve-sinh-2835250915083112418.htm", html)
    fields = parser.parse(page).fields
    assert fields["published_at"] == published and fields["credit_line"] == credit

def test_category_comes_from_the_cate_name(parsed):
    assert parsed["viethung-hoi-lhpn"]["category"] == "Công tác Đảng, đoàn thể"
    assert parsed["xuandinh-trung-tam-van-hoa"]["category"] == "Văn hóa - Xã hội"


# ---- URLs -----------------------------------------------------------------------

CANONICAL = [
    # every F3 URL of portals.md section 5, as listed
    ("https://viethung.hanoi.gov.vn/di-tich-lich-su-va-van-hoa/le-hoi-dinh-kim-quan-278325062818161255.htm",
     "https://viethung.hanoi.gov.vn/di-tich-lich-su-va-van-hoa/le-hoi-dinh-kim-quan-278325062818161255.htm"),
    ("https://viethung.hanoi.gov.vn/cong-tac-dang-doan-the/hoi-lhpn-phuong-viet-hung-to-chuc-hoi-nghi-cong-bo-"
     "quyet-dinh-thanh-lap-va-chi-dinh-cac-chuc-danh-chu-chot-278325071408431475.htm",
     "https://viethung.hanoi.gov.vn/cong-tac-dang-doan-the/hoi-lhpn-phuong-viet-hung-to-chuc-hoi-nghi-cong-bo-"
     "quyet-dinh-thanh-lap-va-chi-dinh-cac-chuc-danh-chu-chot-278325071408431475.htm"),
    ("https://xuandinh.hanoi.gov.vn/van-hoa-xa-hoi-65890/phat-huy-vai-tro-trung-tam-van-hoa-thong-tin-va-the-"
     "thao-trong-doi-song-nhan-dan-2835250910165542756.htm",
     "https://xuandinh.hanoi.gov.vn/van-hoa-xa-hoi-65890/phat-huy-vai-tro-trung-tam-van-hoa-thong-tin-va-the-"
     "thao-trong-doi-song-nhan-dan-2835250910165542756.htm"),
    ("https://dongda.hanoi.gov.vn/tin-tuc-hoat-dong-khu-dan-cu/cac-dia-ban-dan-cu-phuong-dong-da-to-chuc-dem-"
     "hoi-trang-ram-2806251015160134216.htm",
     "https://dongda.hanoi.gov.vn/tin-tuc-hoat-dong-khu-dan-cu/cac-dia-ban-dan-cu-phuong-dong-da-to-chuc-dem-"
     "hoi-trang-ram-2806251015160134216.htm"),
    ("https://phucloi.hanoi.gov.vn/tin-tuc-su-kien/70-ho-gia-dinh-tren-dia-ban-phuong-phuc-loi-da-nhan-qua-"
     "tet-doc-lap-2702250906154706804.htm",
     "https://phucloi.hanoi.gov.vn/tin-tuc-su-kien/70-ho-gia-dinh-tren-dia-ban-phuong-phuc-loi-da-nhan-qua-"
     "tet-doc-lap-2702250906154706804.htm"),
    # tracking parameters (Facebook, Zalo, campaigns), fragments, default ports, www.
    ("https://viethung.hanoi.gov.vn/di-tich-lich-su-va-van-hoa/le-hoi-dinh-kim-quan-278325062818161255.htm"
     "?fbclid=IwAR2x9Qk&utm_source=zalo&gidzl=Hx7Ea3kM4qQ1#comment",
     "https://viethung.hanoi.gov.vn/di-tich-lich-su-va-van-hoa/le-hoi-dinh-kim-quan-278325062818161255.htm"),
    ("https://www.phucloi.hanoi.gov.vn:443/tin-tuc-su-kien/70-ho-gia-dinh-tren-dia-ban-phuong-phuc-loi-da-nhan-"
     "qua-tet-doc-lap-2702250906154706804.htm",
     "https://phucloi.hanoi.gov.vn/tin-tuc-su-kien/70-ho-gia-dinh-tren-dia-ban-phuong-phuc-loi-da-nhan-qua-"
     "tet-doc-lap-2702250906154706804.htm"),
]


@pytest.mark.parametrize("url, canonical", CANONICAL)
def test_canonical_url(parser, url, canonical):
    assert parser.is_article_url(url)
    assert parser.canonical_url(url) == canonical
    assert parser.canonical_url(canonical) == canonical


NOT_ARTICLES = [
    "https://xuandinh.hanoi.gov.vn/van-hoa-xa-hoi-65890/",
    "https://viethung.hanoi.gov.vn/cong-tac-dang-doan-the.htm",
    "https://xuandinh.hanoi.gov.vn/timelinelist/65890/2.htm",
    "https://viethung.hanoi.gov.vn/",
    "https://viethung.hanoi.gov.vn/tag/hoi-lhpn.htm",
    "https://viethung.hanoi.gov.vn/Uploaded/viethung/2025_07_14/hoi-nghi-lhpn-1.jpg",
    # a short numeric id is not the 18-19 digit creation-time id
    "https://viethung.hanoi.gov.vn/tin-tuc-su-kien/bai-viet-123456.htm",
]


@pytest.mark.parametrize("url", NOT_ARTICLES)
def test_not_article_urls(parser, url):
    assert not parser.is_article_url(url)


# ---- listings --------------------------------------------------------------------

def test_listing_leaves_other_hosts_out(parser):
    links = parser.article_links(frozen_page("xuandinh-listing-van-hoa-xa-hoi"))
    assert all(link.startswith("https://xuandinh.hanoi.gov.vn/") for link in links)


def test_empty_fragment_ends_the_category(parser):
    page = Page("https://phucloi.hanoi.gov.vn/timelinelist/1256/9.htm", "")
    assert parser.article_links(page) == [] and parser.next_pages(page) == []


def test_viewmore_without_href_starts_the_fragments(parser):
    html = """<html><body><div class="box-category"><div class="box-category-item">
    <a href="/tin-tuc-su-kien/phuong-phuc-loi-ra-quan-tong-ve-sinh-moi-truong-2702250908074528115.htm">Ra quân</a>
    </div></div><a class="list__viewmore" href="javascript:;" data-zone-id="1256">Xem thêm</a></body></html>"""
    page = Page("https://phucloi.hanoi.gov.vn/tin-tuc-su-kien.htm", html)
    assert parser.next_pages(page) == ["https://phucloi.hanoi.gov.vn/timelinelist/1256/2.htm"]


def test_numbered_pages_are_followed(parser):
    html = """<html><body><div class="pagination"><a href="/van-hoa-xa-hoi-65890/trang-2.htm">2</a>
    <a href="/van-hoa-xa-hoi-65890/trang-3.htm">3</a><a href="/lien-he.htm">Liên hệ</a></div></body></html>"""
    page = Page("https://xuandinh.hanoi.gov.vn/van-hoa-xa-hoi-65890/", html)
    assert parser.next_pages(page) == ["https://xuandinh.hanoi.gov.vn/van-hoa-xa-hoi-65890/trang-2.htm",
                                       "https://xuandinh.hanoi.gov.vn/van-hoa-xa-hoi-65890/trang-3.htm"]


# ---- detection --------------------------------------------------------------------

def test_detect_needs_vccorp_evidence(parser):
    legacy = Page("http://phohue.haibatrung.hanoi.gov.vn/hoat-dong-dang-doan-the/-/asset_publisher/UByp2W88WPKe/"
                  "content/hoi-nguoi-cao-tuoi", "<html><body><div class='journal-content-article'>"
                  "<p>Nội dung</p></div></body></html>")
    assert parser.detect(legacy) == []


def test_detect_names_the_new_host(parser):
    evidence = parser.detect(frozen_page("viethung-hoi-lhpn"))
    assert any("viethung" in item or "<ward>.hanoi.gov.vn" in item for item in evidence)
    other_host = Page("https://example.org/tin-tuc/bai-viet-278325071408431475.htm",
                      (FROZEN / "viethung-hoi-lhpn.html").read_text(encoding="utf-8"))
    assert not any("hanoi.gov.vn" in item for item in parser.detect(other_host))


# ---- replica round trip --------------------------------------------------------------

SECTIONS = [ReplicaSection("tin-tuc", "Tin tức - Sự kiện", "tin-tuc-su-kien"),
            ReplicaSection("dang-doan-the", "Công tác Đảng, đoàn thể", "cong-tac-dang-doan-the")]
TOPICS = [
    ("Phường Việt Hưng ra quân tổng vệ sinh môi trường", "Trung tâm Văn hoá & Thể thao phường"),
    ("Hội nghị tiếp xúc cử tri tại tổ dân phố số", "Thu Trang"),
    ("Trao quà cho hộ gia đình chính sách tại tổ dân phố số", None),
    ("Tập huấn kỹ năng số cho Tổ công nghệ số cộng đồng khu dân cư số",
     "Tác giả: Minh Anh\nNguồn: Văn phòng HĐND và UBND phường"),
]


def _credit_truth(credit: str | None) -> tuple[list[str], str | None]:
    if credit is None:
        return [], None
    if credit.startswith("Trung tâm"):
        return [], credit
    if "\n" in credit:
        return ["Minh Anh"], "Văn phòng HĐND và UBND phường"
    return [credit], None


def _replica_portal() -> ReplicaPortal:
    articles = []
    for number in range(38):
        topic, credit = TOPICS[number % len(TOPICS)]
        title = f"{topic} {number + 1}"
        authors, unit = _credit_truth(credit)
        has_time = number % 5 != 3
        published = datetime(2025, 11, 20, 17, 40) - timedelta(hours=13 * number, minutes=7 * number)
        lead = (f"Ngày {1 + number % 27}/10/2025, {topic[0].lower() + topic[1:]} {number + 1} với sự tham gia "
                f"của đông đảo cán bộ và Nhân dân trên địa bàn.") if number % 3 else None
        images = [ReplicaImage(f"/Uploaded/viethung/2025_10/anh-{number}-1.jpg", "Quang cảnh buổi ra quân.", 0)]
        if number % 2:
            images.append(ReplicaImage(f"/Uploaded/viethung/2025_10/anh-{number}-2.jpg", None, 2))
        articles.append(ReplicaArticle(
            id=4100 + 38 - number, section="tin-tuc" if number % 4 else "dang-doan-the",
            slug=f"bai-viet-so-{4100 + 38 - number}", title=title, lead=lead,
            paragraphs=[f"Tham dự có đại diện lãnh đạo Đảng ủy, HĐND, UBND phường Việt Hưng và {20 + number} đại biểu "
                        "là Bí thư chi bộ, Tổ trưởng tổ dân phố trên địa bàn.",
                        "Tại buổi làm việc, các đại biểu đã thảo luận, đóng góp nhiều ý kiến tâm huyết, thiết thực "
                        "về công tác quản lý trật tự đô thị, vệ sinh môi trường tại khu dân cư.",
                        f"Kết quả, {number + 3} tổ dân phố đã hoàn thành chỉ tiêu đề ra, góp phần xây dựng phường "
                        "Việt Hưng văn minh, hiện đại."],
            published=published if has_time else published.replace(hour=0, minute=0),
            credit_line=credit, authors=authors, source_unit=unit, images=images,
            attachments=[ReplicaAttachment(f"/Uploaded/viethung/2025_10/ke-hoach-{number}.pdf",
                                           f"Kế hoạch số {number + 10}/KH-UBND")] if number % 6 == 0 else [],
            views=0, end_mark="./." if number % 2 == 0 else None))
    return ReplicaPortal(slug="viet-hung-hanoi", ward_name="Phường Việt Hưng", ward_code="", province="Hà Nội",
                         platform="hanoi", sections=SECTIONS, articles=articles)


BASE = "http://127.0.0.1:8003"


@pytest.fixture(scope="module")
def site():
    return HanoiSite(_replica_portal())


def _get(site, path_and_query: str) -> Page:
    path, _, query = path_and_query.partition("?")
    response = site.handle(path, query)
    assert response.status == 200, path_and_query
    return Page.from_bytes(BASE + path_and_query, response.body, "utf-8")


def test_replica_listing_pages_by_timeline_fragments(parser, site):
    for section, path in zip(site.portal.sections, site.listing_paths()):
        first = _get(site, path)
        assert detect_platform(first)[0] == "hanoi"
        seen, queue, visited = [], [first.url], set()
        while queue:
            url = queue.pop(0)
            if url in visited:
                continue
            visited.add(url)
            page = _get(site, url.removeprefix(BASE))
            links = parser.article_links(page)
            assert len(links) <= site.page_size + 4     # list plus nothing but same-site boxes
            seen += [parser.canonical_url(link) for link in links]
            queue += parser.next_pages(page)
        expected = [BASE + site.article_path(article) for article in site.portal.in_section(section.key)]
        assert seen == expected
        if len(expected) > site.page_size:
            assert any("/timelinelist/" in url for url in visited)


def test_replica_article_urls_carry_the_creation_time(parser, site):
    for article in site.portal.articles:
        url = BASE + site.article_path(article)
        assert parser.is_article_url(url) and parser.canonical_url(url) == url
        created = date_from_url(url)
        assert created[:10] <= article.published.strftime("%Y-%m-%d")


@pytest.mark.parametrize("index", range(38))
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
    assert fields["category"] == site.portal.section(article.section).name


def test_replica_shows_the_automatic_alt_and_repeats_the_sapo(site):
    article = next(a for a in site.portal.articles if a.lead and a.images)
    html = site.handle(site.article_path(article), "").body.decode("utf-8")
    assert f'alt="{article.title}- Ảnh 1."' in html
    assert html.count(article.lead) == 2


def test_replica_unknown_paths_are_404(site):
    article = site.portal.articles[0]
    path = site.article_path(article)
    for bad in ("/khong-co-trang-nay.htm", path.replace(".htm", "1.htm"), "/timelinelist/1/2.htm",
                path.replace(site.portal.section(article.section).slug, "van-hoa-xa-hoi"), "/a/b/c"):
        response = site.handle(bad, "")
        assert response.status == 404, bad
        assert "Trang bạn tìm kiếm không tồn tại" in response.body.decode("utf-8")


def test_a_skins_detail_content_wrapping_title_time_and_sapo_is_not_the_text(parser):
    """A skin whose `div.detail-content` holds the title, the time line (the unit, the
    day) and the sapo over `div.detail-cmain[data-role=content]`, whose first paragraph
    repeats the sapo: the text is the content block alone, without the repeat."""
    sapo = ("Tối 4/10, tại sân Nhà văn hóa tổ dân phố số 6, UBND phường Ba Đình tổ chức chương trình "
            "vui Tết Trung thu cho hơn 500 thiếu nhi trên địa bàn.")
    paragraphs = "".join(f"<p>Đoạn {n}: các cháu thiếu nhi được xem múa lân, phá cỗ và nhận quà từ lãnh đạo phường, "
                         "các đoàn thể và nhà hảo tâm trên địa bàn.</p>" for n in range(1, 5))
    html = ("<html><head><title>Phường Ba Đình tổ chức vui Tết Trung thu</title></head><body>"
            "<div class='detail-content' data-id='2800251004201530512'>"
            "<h1 class='detail-title' data-role='title'>Phường Ba Đình tổ chức vui Tết Trung thu cho thiếu nhi</h1>"
            "<div class='detail-time'><div class='detail-author-unit' data-role='author'>Trung tâm Văn hóa - Thông "
            "tin và Thể thao phường Ba Đình</div><div data-role='publishdate'>20:15 04/10/2025</div></div>"
            f"<h2 class='detail-sapo' data-role='sapo'>{sapo}</h2>"
            f"<div class='detail-cmain' data-role='content'><p>{sapo}</p>{paragraphs}</div></div></body></html>")
    fields = parser.parse(Page("https://badinh.hanoi.gov.vn/van-hoa-xa-hoi/trung-thu-2800251004201530512.htm",
                               html)).fields
    assert fields["body_text"].startswith("Đoạn 1:") and fields["lead"] == sapo
