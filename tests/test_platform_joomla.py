"""F7 Joomla!: frozen real-shape pages, URL forms, listings and a replica round trip.

The frozen pages in tests/gold/joomla/ are written by hand in the shapes of
portals.md F7, one per com_content generation: the Hòa Bình farmers' union
print view (Joomla 3, `?tmpl=component&amp;print=1`, mis-transliterated
aliases, right-aligned "Bích Ngọc - Hội Nông dân tỉnh"), Hòa Minh (Joomla 2.5,
text straight in `div.item-page`, a timestamp menu alias, "Tin mới / Tin cũ
hơn", "./." then "Thu Trang", then injected SEO spam), Long Điền B (Joomla 4,
an alias without id, bold sapo, figure caption, a PDF) and an older Hòa Bình
article (Joomla 1.5 tables, a non-SEF URL, a caption.js caption held in the
image's `title`).
"""
from __future__ import annotations

from datetime import datetime

import pytest

from ward_replica.content import ReplicaArticle, ReplicaAttachment, ReplicaImage, ReplicaPortal, ReplicaSection
from ward_replica.generate import build_portal
from ward_replica.portals import PORTALS
from ward_replica.sites.joomla import MENU_ALIAS, JoomlaSite, joomla15_alias
from ward_scraper.util.page import Page
from tests.gold_pages import GoldFolder
from ward_scraper.extract.platforms import get_parser

GOLD = GoldFolder("joomla")
FROZEN, ARTICLES, LISTINGS = GOLD.folder, GOLD.articles, GOLD.listings
frozen_page, expected = GOLD.page, GOLD.expected.__getitem__
BASE = "http://127.0.0.1:8767"


@pytest.fixture(scope="module")
def parser():
    return get_parser("joomla")


@pytest.fixture(scope="module")
def parsed():
    return GOLD.parsed()


# ---- frozen article pages --------------------------------------------------------

def test_every_variant_has_a_frozen_page():
    assert {"hoinongdan-print-view", "hoaminh-nghi-quyet-to-dan-pho", "longdienb-diet-lang-quang",
            "hoinongdan-j15-tong-ket"} <= set(ARTICLES)
    assert len(LISTINGS) >= 2


def test_cms_account_is_never_the_author(parsed):
    for name in ARTICLES:
        assert "Quản trị" not in parsed[name]["authors"] and "Administrator" not in parsed[name]["authors"]
        assert "Viết bởi" not in parsed[name]["body_text"] and "Lượt xem" not in parsed[name]["body_text"]


def test_injected_seo_spam_never_reaches_the_body(parsed):
    fields = parsed["hoaminh-nghi-quyet-to-dan-pho"]
    assert "times city" not in fields["body_text"] and "tai zalo" not in fields["body_text"]
    assert fields["credit_line"] == "Thu Trang"      # the spam after it did not hide the credit


def test_pager_text_stays_out_of_the_body(parsed):
    for name in ARTICLES:
        assert "Tin cũ hơn" not in parsed[name]["body_text"] and "Tin mới" not in parsed[name]["body_text"]


def test_caption_js_caption_survives_a_second_parse(parser):
    page = frozen_page("hoinongdan-j15-tong-ket")
    first, second = parser.parse(page).fields, parser.parse(page).fields
    assert first["images"] == second["images"] == expected("hoinongdan-j15-tong-ket")["images"]


@pytest.mark.parametrize("printed, iso", [
    ("Ngày đăng Thứ hai, 31 Tháng 7 2017 09:14", "2017-07-31T09:14+07:00"),
    ("Thứ năm, 29 Tháng 12 2016 15:20", "2016-12-29T15:20+07:00"),
    ("Ngày đăng: 05 Tháng 4 2024", "2024-04-05"),
])
def test_vi_vn_date_strings(parser, printed, iso):
    page = Page("http://hoaminh.danang.gov.vn/index.php/x/y/1-a",
                f'<div class="item-page"><dl class="article-info"><dd class="published">{printed}</dd></dl></div>')
    assert parser.parse(page).fields["published_at"] == iso


# ---- listings ------------------------------------------------------------------------

def test_joomla15_blog_links_and_limitstart_pager(parser):
    base = "http://hoinongdan.hoabinh.gov.vn/index.php?option=com_content&view=category&layout=blog&id=35&Itemid=120"
    items = "".join(
        f'<tr><td class="contentheading" width="100%"><a href="/index.php?option=com_content&amp;view=article&amp;'
        f'id={n}:bai-{n}&amp;catid=35:tin-tc&amp;Itemid=120" class="contentpagetitle">Bài viết số {n}</a></td></tr>'
        for n in (512, 511, 509))
    html = (f'<html><head><meta name="generator" content="Joomla! 1.5 - Open Source Content Management" /></head>'
            f'<body><table class="blog"><tr><td><table class="contentpaneopen">{items}</table></td></tr>'
            f'<tr><td align="center"><del class="container"><div class="pagination"><span>Bắt đầu</span>'
            f'<strong><span>1</span></strong><a href="{base}&amp;limitstart=10" title="2" class="pagenav">2</a>'
            f'<a href="{base}&amp;limitstart=10" title="Tiếp" class="pagenav">Tiếp</a></div></del></td></tr>'
            f'</table></body></html>')
    page = Page(base, html)
    assert [parser.canonical_url(link) for link in parser.article_links(page)] == [
        f"http://hoinongdan.hoabinh.gov.vn/index.php?id={n}&option=com_content&view=article" for n in (512, 511, 509)]
    assert parser.next_pages(page) == [base + "&limitstart=10"]


# ---- URLs --------------------------------------------------------------------------

HOAMINH = ("http://hoaminh.danang.gov.vn/index.php/2012-11-27-12-52-23/tin-t-c-s-ki-n-khac/"
           "724-ngay-28-7-2017-hdnd-thanh-ph-da-n-ng-ban-hanh-ngh-quy-t-s-p-x-p-t-dan-ph-tren-d-a-ban-thanh-ph-da-n-ng")
HND = ("http://hoinongdan.hoabinh.gov.vn/ca-ng-ta-c-a-ng-oa-n/ha-i-na-ng-da-n-ta-nh/"
       "770-truya-n-tha-ng-ha-i-na-ng-da-n-chung-sa-c-xa-y-da-ng-na-ng-tha-n-ma-i")
NON_SEF = "http://hoinongdan.hoabinh.gov.vn/index.php?id=512&option=com_content&view=article"


@pytest.mark.parametrize("url, canonical", [
    (HOAMINH, HOAMINH),
    (HND + "?tmpl=component&amp;print=1&amp;layout=default", HND),
    (HND + "?tmpl=component&print=1&layout=default", HND),
    (HOAMINH + "?tmpl=component&amp;print=1&amp;page=", HOAMINH),
    (HOAMINH + "?start=1", HOAMINH),                     # the second page of a page-broken article
    (HOAMINH + "?showall=1&Itemid=120", HOAMINH),
    (HOAMINH + "#comments", HOAMINH),
    ("https://longdienb.chomoi.angiang.gov.vn/index.php/diet-lang-quang-ap-long-hoa?tmpl=component&print=1",
     "https://longdienb.chomoi.angiang.gov.vn/index.php/diet-lang-quang-ap-long-hoa"),
    ("http://hoinongdan.hoabinh.gov.vn/index.php?option=com_content&view=article&id=512:hi-ngh-tng-kt"
     "&catid=35:tin-tc&Itemid=120", NON_SEF),
    ("http://hoinongdan.hoabinh.gov.vn/index.php?view=article&amp;catid=35%3Atin-tc&amp;id=512%3Ahi-ngh-tng-kt"
     "&amp;tmpl=component&amp;print=1&amp;layout=default&amp;page=&amp;option=com_content&amp;Itemid=120", NON_SEF),
])
def test_canonical_url_of_every_url_form(parser, url, canonical):
    assert parser.canonical_url(url) == canonical


@pytest.mark.parametrize("url", [
    HOAMINH, HND,
    "http://hoinongdan.hoabinh.gov.vn/index.php?option=com_content&view=article&id=512&catid=35&Itemid=120",
    "https://longdienb.chomoi.angiang.gov.vn/index.php/tin-tuc-su-kien/1532-ra-quan-ve-sinh-moi-truong.html",
])
def test_article_urls(parser, url):
    assert parser.is_article_url(url)


@pytest.mark.parametrize("url", [
    "http://hoaminh.danang.gov.vn/index.php/2012-11-27-12-52-23/tin-t-c-s-ki-n-khac",
    "http://hoaminh.danang.gov.vn/index.php/2012-11-27-12-52-23/tin-t-c-s-ki-n-khac?start=20",
    "http://hoinongdan.hoabinh.gov.vn/index.php?option=com_content&view=category&layout=blog&id=35&Itemid=120",
    "http://hoaminh.danang.gov.vn/index.php/component/mailto/?tmpl=component&template=hoaminh&link=4a1c2f",
])
def test_listing_and_tool_urls_are_not_articles(parser, url):
    assert not parser.is_article_url(url)


# ---- replica round trip ----------------------------------------------------------

_PARAGRAPHS = [
    "Tối 01/11/2026, Hội Cựu chiến binh xã Long Điền tổ chức lễ bàn giao nhà tình nghĩa cho một hội viên có "
    "hoàn cảnh khó khăn tại ấp Long Bình.",
    "Ngôi nhà có diện tích 60 m², tổng kinh phí xây dựng 80 triệu đồng, trong đó Hội vận động các nhà hảo tâm "
    "hỗ trợ 60 triệu đồng, số còn lại do gia đình và bà con lối xóm góp công.",
    "Phát biểu tại buổi lễ, lãnh đạo Đảng ủy xã ghi nhận tinh thần tương thân tương ái của hội viên Cựu chiến "
    "binh, góp phần thực hiện tốt chính sách an sinh xã hội trên địa bàn.",
    "Thời gian tới, Hội tiếp tục vận động nguồn lực xây dựng 3 căn nhà tình nghĩa cho hội viên khó khăn về nhà "
    "ở tại các ấp Long Thạnh, Mỹ Thiện và Long Hưng.",
]
_CREDITS = [
    ("Đức Thư (Hội Nông dân xã)", ["Đức Thư"], "Hội Nông dân xã"),
    ("Tin: Thanh Nhi - Ảnh: Khánh Anh", ["Thanh Nhi"], None),
    ("Bích Ngọc - Hội Liên hiệp Phụ nữ xã", ["Bích Ngọc"], "Hội Liên hiệp Phụ nữ xã"),
    (None, [], None),
]


def long_dien_portal() -> ReplicaPortal:
    """Xã Long Điền (An Giang): 12 news posts (two blog pages) and 4 notices."""
    sections = [ReplicaSection("tin-tuc", "Tin tức - Sự kiện", "tin-tuc-su-kien"),
                ReplicaSection("thong-bao", "Thông báo", "thong-bao")]
    articles = []
    for number in range(16):
        section = sections[0] if number < 12 else sections[1]
        credit, authors, unit = _CREDITS[number % 4]
        published = datetime(2026, 11, 27 - number, 7 + number % 10, 3 * number) if number % 3 else \
            datetime(2026, 11, 27 - number)
        images = [ReplicaImage(f"/images/tin-tuc/2026/11/nha-tinh-nghia-{number}-1.jpg",
                               "Ngôi nhà tình nghĩa được bàn giao tại ấp Long Bình.", -1 if number % 6 == 5 else 1),
                  ReplicaImage(f"/images/tin-tuc/2026/11/nha-tinh-nghia-{number}-2.jpg",
                               None if number % 2 else "Lãnh đạo xã trao quyết định hỗ trợ xây dựng nhà.", 2)]
        articles.append(ReplicaArticle(
            id=140700 + 16 - number,       # ids 140700..140716: spam on 140707 and 140714, caption.js on 3x
            section=section.key, slug=f"trao-nha-tinh-nghia-so-{number}",
            title=f"Hội Cựu chiến binh xã trao nhà tình nghĩa số {number} cho hội viên khó khăn",
            lead=None if number % 4 == 1 else "Hoạt động thiết thực của các đoàn thể góp phần chăm lo đời "
                                              "sống hội viên và xây dựng khu dân cư vững mạnh.",
            paragraphs=_PARAGRAPHS[:3 + number % 2], published=published, credit_line=credit, authors=authors,
            source_unit=unit, images=images if number % 5 != 4 else [],
            attachments=[ReplicaAttachment(f"/images/tin-tuc/2026/11/thong-bao-so-{number + 290}-tb-ubnd-2026.pdf",
                                           f"Thông báo số {number + 290}/TB-UBND")] if section.key == "thong-bao" else [],
            views=40 + number, end_mark="./." if number % 3 == 1 else None))
    return ReplicaPortal("long-dien-angiang", "Xã Long Điền", "", "An Giang", "joomla", sections, articles)


@pytest.fixture(scope="module")
def site():
    return JoomlaSite(long_dien_portal())


def fetch(site, url: str) -> Page:
    target, _, query = url.removeprefix(BASE).partition("?")
    response = site.handle(target, query)
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


def round_trip_mismatches(site, parser, article, view: str = "") -> list[tuple]:
    page = fetch(site, BASE + site.article_path(article) + view)
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
        "canonical": (parser.page_canonical_url(page), BASE + site.article_path(article)),
    }
    return [(name, got, want) for name, (got, want) in checks.items() if got != want]


def test_replica_listings_reach_every_article_once(site, parser):
    found = [link for path in site.listing_paths() for link in crawl_section(site, parser, path)]
    assert found == [BASE + site.article_path(a) for a in site.portal.articles]


@pytest.mark.parametrize("index", range(16))
def test_replica_article_round_trip(site, parser, index):
    assert round_trip_mismatches(site, parser, site.portal.articles[index]) == []


@pytest.mark.parametrize("index", [0, 9])
def test_replica_print_view_is_the_same_article(site, parser, index):
    view = "?tmpl=component&print=1&layout=default"
    assert round_trip_mismatches(site, parser, site.portal.articles[index], view) == []


def test_replica_non_sef_url_shows_the_article(site, parser):
    article = site.portal.articles[3]
    page = fetch(site, f"{BASE}/index.php?option=com_content&view=article&id={article.id}:x&catid=8&Itemid=120")
    assert parser.parse(page).fields["body_text"].split("\n\n") == article.paragraphs


@pytest.fixture(scope="module")
def generated_site():
    spec = next(spec for spec in PORTALS if spec.platform == "joomla")
    return JoomlaSite(build_portal(spec))


def test_generated_portal_round_trips(generated_site, parser):
    found = [link for path in generated_site.listing_paths()
             for link in crawl_section(generated_site, parser, path)]
    assert sorted(found) == sorted(BASE + generated_site.article_path(a) for a in generated_site.portal.articles)
    wrong = {a.id: round_trip_mismatches(generated_site, parser, a) for a in generated_site.portal.articles}
    assert {key: value for key, value in wrong.items() if value} == {}


def test_replica_aliases_are_joomla15_transliterations(site):
    assert joomla15_alias("Tin tức - Sự kiện") == "tin-t-c-s-ki-n"
    assert joomla15_alias("Tin tức sự kiện khác") == "tin-t-c-s-ki-n-khac"
    assert site.listing_paths()[0] == f"/index.php/{MENU_ALIAS}/tin-t-c-s-ki-n"


def test_replica_blog_paginates_with_start(site, parser):
    page = fetch(site, BASE + site.listing_paths()[0])
    assert set(parser.next_pages(page)) == {BASE + site.listing_paths()[0] + "?start=10"}
    assert len(parser.article_links(page)) == site.page_size
    assert site.handle(site.listing_paths()[0], "start=20").status == 404


def test_replica_spam_is_injected_and_filtered(site, parser):
    article = next(a for a in site.portal.articles if a.id % 7 == 0)
    page = fetch(site, BASE + site.article_path(article))
    assert "times city" in page.html
    assert "times city" not in parser.parse(page).fields["body_text"]


def test_replica_pages_carry_the_platform_noise(site):
    html = site.handle(site.article_path(site.portal.articles[1]), "").body.decode("utf-8")
    for noise in ("Joomla! - Open Source Content Management", "/media/jui/", "Viết bởi", "Lượt xem:",
                  "Tin cũ hơn", "Tin mới", "print=1", "Tổng lượt truy cập"):
        assert noise in html, noise


@pytest.mark.parametrize("path, query", [
    (f"/index.php/{MENU_ALIAS}/khong-co", ""),
    (f"/index.php/{MENU_ALIAS}/tin-t-c-s-ki-n/99-khong-co", ""),
    ("/index.php", "option=com_content&view=article&id=99"),
    ("/administrator/", ""),
])
def test_replica_unknown_paths_are_joomla_404s(site, path, query):
    response = site.handle(path, query)
    assert response.status == 404 and "Không tìm thấy bài viết" in response.body.decode("utf-8")


def test_a_k2_item_gives_its_title_date_sapo_text_picture_and_attachments():
    """K2 (`div.itemView`): the intro text over the full text is the sapo; the picture block's caption
    is the picture's and its credit line no text; the attachments' links name no file type."""
    from ward_scraper.extract import chain
    from ward_scraper.extract.platforms import detect_platform

    text = "".join(f"<p>Đoạn {n}: theo kế hoạch, Ngày hội được tổ chức với phần lễ và phần hội tại 12 xóm.</p>"
                   for n in range(1, 4))
    html = ("<html><head><meta name='generator' content='Joomla! - Open Source Content Management'></head><body>"
            "<div id='k2Container' class='itemView'><div class='itemHeader'><span class='itemDateCreated'>Thứ sáu, "
            "08 Tháng 11 2019 10:24</span><h2 class='itemTitle'>Xã Hưng Đạo tổ chức Ngày hội Đại đoàn kết</h2></div>"
            "<div class='itemBody'><div class='itemImageBlock'><span class='itemImage'><a href='/media/k2/items/cache/"
            "ab_XL.jpg'><img src='/media/k2/items/cache/ab_L.jpg' alt=''></a></span><span class='itemImageCaption'>"
            "Ngày hội tại xóm 3</span><span class='itemImageCredits'>Ảnh: Hải Yến</span><div class='clr'></div></div>"
            "<div class='itemIntroText'><p>Ngày hội năm 2019 ở 12 xóm diễn ra từ ngày 10 đến 17/11/2019.</p></div>"
            f"<div class='itemFullText'>{text}</div><div class='itemDateModified'>Sửa lần cuối vào Thứ hai, 11 Tháng "
            "11 2019 08:05</div><div class='itemAttachmentsBlock'><span>Tải file đính kèm</span><ul class="
            "'itemAttachments'><li><a href='/index.php/tin-tuc/item/download/45_3b8e'>Kế hoạch số 125/KH-UBND</a>"
            "</li></ul></div></div></div></body></html>")
    page = Page("https://hungdao.nghean.gov.vn/index.php/tin-tuc/item/312-ngay-hoi-dai-doan-ket", html)
    assert detect_platform(page)[0] == "joomla"
    answer = chain.extract(page).fields
    assert answer["title"] == "Xã Hưng Đạo tổ chức Ngày hội Đại đoàn kết"
    assert answer["published_at"] == "2019-11-08T10:24+07:00"
    assert answer["lead"] == "Ngày hội năm 2019 ở 12 xóm diễn ra từ ngày 10 đến 17/11/2019."
    assert answer["body_text"].startswith("Đoạn 1:") and "Sửa lần cuối" not in answer["body_text"]
    assert answer["images"] == [{"src": "https://hungdao.nghean.gov.vn/media/k2/items/cache/ab_L.jpg",
                                 "caption": "Ngày hội tại xóm 3"}]
    assert answer["attachments"] == [{"url": "https://hungdao.nghean.gov.vn/index.php/tin-tuc/item/download/45_3b8e",
                                      "title": "Kế hoạch số 125/KH-UBND"}]
    assert answer["quality"] == "ok"
    # Without a full text, the intro is the text.
    intro_only = Page(page.url, html.replace("itemFullText", "itemExtraFields"))
    assert chain.extract(intro_only).fields["lead"] is None
