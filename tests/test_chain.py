"""The extraction chain (extract/chain.py) and detection by layout, end to end on pages.

A known CMS in a layout its parser lacks, a home-made page with one weak
clue, a platform parser that reads a sidebar: each is extracted by the chain
and flagged. A page the platform parser reads well costs that parse alone.
"""
from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from tests.gold_pages import FAMILIES, gold_folder
from ward_replica.generate import build_portal
from ward_replica.portals import PORTALS
from ward_replica.sites import SITES
from ward_scraper.extract import chain, fields, quality
from ward_scraper.extract.platforms import detect_platform, get_parser
from ward_scraper.util.page import Page

TUNING = Path(__file__).parent / "blind" / "pages" / "tuning"
PARAGRAPHS = "".join(
    f"<p>Đoạn {n}: sáng ngày 12/11/2025, Ủy ban nhân dân xã Long Điền tổ chức hội nghị tuyên truyền chính sách "
    f"hỗ trợ hộ gia đình chính sách, lắng nghe ý kiến, kiến nghị của bà con về đời sống và sản xuất.</p>"
    for n in range(1, 6))
TITLE = "Xã Long Điền tuyên truyền chính sách hỗ trợ hộ gia đình chính sách năm 2025"


def vendor_skin(head: str = "", extra: str = "") -> Page:
    """A home-made or vendor layout: none of the platform parsers' containers."""
    html = f"""<html><head><title>{TITLE} - Cổng thông tin điện tử xã Long Điền</title>{head}</head><body>
    <div class="top-bar"><span class="today">Thứ Năm, 04/12/2025</span></div>
    <div class="khung-giua"><div class="tin-chi-tiet"><h1>{TITLE}</h1>
      <div class="ngay-dang">Ngày đăng: 14/11/2025 09:30</div>{PARAGRAPHS}{extra}</div></div>
    <div class="footer">© UBND xã Long Điền</div></body></html>"""
    return Page("https://longdien.angiang.gov.vn/tin-tuc/tuyen-truyen-chinh-sach.html", html)


def tuning_page(name: str) -> Page:
    """A blind tuning page of the first batch by its name, of another as "pages-N/<name>"."""
    batch, _, stem = name.rpartition("/")
    folder = TUNING.parent.parent / batch / "tuning" if batch else TUNING
    expected = json.loads((folder / f"{stem}.json").read_text(encoding="utf-8"))
    return Page.from_bytes(expected["url"], (folder / f"{stem}.html").read_bytes())


def test_a_known_cms_in_a_layout_its_parser_lacks_goes_to_the_generic_chain_and_is_flagged():
    page = vendor_skin(head='<meta name="generator" content="Joomla! 1.5 - Open Source Content Management" />')
    name, evidence = detect_platform(page)
    assert name == "generic"
    assert len(evidence) == 1 and evidence[0].startswith("joomla: meta generator") and "layout unknown" in evidence[0]
    extraction = chain.extract(page)
    answer = extraction.fields
    assert answer["title"] == TITLE and answer["body_text"].count("Đoạn") == 5
    assert answer["published_at"] == "2025-11-14T09:30+07:00"
    assert answer["quality"] == "degraded"
    assert any("layout unknown" in reason for reason in answer["quality_reasons"])
    assert set(answer["extracted_by"].values()) == {"generic"}


def test_the_registry_platform_without_its_layout_on_the_page_is_not_asked():
    answer = chain.extract(vendor_skin(), get_parser("nukeviet")).fields
    assert answer["quality_reasons"] == ["nukeviet: its layout is not on this page"]
    assert answer["quality"] == "degraded" and set(answer["extracted_by"].values()) == {"generic"}
    assert answer["title"] == TITLE


def test_one_weak_clue_does_not_force_a_platform():
    """A view counter is what the slug-id platform prints, and what any home-made page may print."""
    page = vendor_skin(extra='<div class="luot-xem">Lượt xem: 1.204</div>')
    assert get_parser("slugid").detect(page) == ['"Lượt xem:" view counter']
    name, evidence = detect_platform(page)
    assert name == "generic" and "layout unknown" in evidence[0]
    answer = chain.extract(page).fields
    assert answer["body_text"].count("Đoạn") == 5 and "Lượt xem" not in answer["body_text"]


def test_the_layout_decides_between_platforms_with_clues():
    page = vendor_skin(extra='<div class="news-detail"><div class="news-content">' + PARAGRAPHS + "</div></div>"
                             '<div class="luot-xem">Lượt xem: 12</div>')
    name, evidence = detect_platform(page)
    assert name == "slugid" and evidence[-1] == "its layout: .news-detail .news-content"


def test_a_platform_body_that_is_a_sidebar_is_replaced_field_by_field():
    """Liferay 6.2 with a vendor portlet: Liferay's journal content is a sidebar box there."""
    answer = chain.extract(tuning_page("liferay62-bacninh-tulan-dai-hoi-the-duc-the-thao")).fields
    assert answer["quality"] == "degraded"
    assert any(reason.startswith("liferay: body holds") for reason in answer["quality_reasons"])
    # Its title selectors miss on that portlet too: the title is the generic headline ranking's.
    assert answer["extracted_by"]["title"] == "generic" and answer["extracted_by"]["body_text"] == "generic"
    assert len(answer["body_text"]) > 1000


def test_no_plausible_title_anywhere_fails_the_extraction():
    """A page whose only title names the ward, with no heading of any kind."""
    page = Page("https://longdien.angiang.gov.vn/tin-tuc/tuyen-truyen.html",
                f"<html><head><title>UBND xã Long Điền</title></head><body><table><tr><td>{PARAGRAPHS}"
                "</td></tr></table></body></html>")
    answer = chain.extract(page).fields
    assert answer["quality"] == "failed"
    assert any("site's name" in reason for reason in answer["quality_reasons"])
    assert answer["body_text"]   # the body is still archived: the verdict says what to distrust


def test_a_page_without_heading_markup_gives_its_bold_headline():
    """An HTTrack mirror of a FrontPage page: `<title>` names the ward, the
    headline is a bold large-font paragraph above the text."""
    name = "mirror-httrack-ncr-phutho-thanhminh-thang-hanh-dong-tre-em"
    expected = json.loads((TUNING / f"{name}.json").read_text(encoding="utf-8"))
    answer = chain.extract(tuning_page(name)).fields
    assert answer["title"] == expected["title"] and answer["extracted_by"]["title"] == "generic"
    assert answer["quality"] != "failed"
    assert not answer["body_text"].startswith(expected["title"])


GOLD_ARTICLES = [(family, name) for family in FAMILIES if family != "generic"
                 for name in gold_folder(family).articles]


@pytest.mark.parametrize("family, name", GOLD_ARTICLES, ids=[f"{f}/{n}" for f, n in GOLD_ARTICLES])
def test_a_page_the_platform_reads_well_is_its_parse_alone(family, name, monkeypatch):
    import trafilatura

    calls = []
    monkeypatch.setattr(trafilatura, "extract", lambda *args, **kwargs: calls.append(args))
    page = gold_folder(family).page(name)
    extraction = chain.extract(page, get_parser(family))
    if gold_folder(family).expected[name]["published_at"]:
        assert extraction.fields["quality"] == "ok" and extraction.fields["quality_reasons"] == []
    else:   # (a page that prints no date: its answer says so, and is no less its platform's parse)
        assert extraction.fields["quality"] == "degraded"
        assert extraction.fields["quality_reasons"] == [quality.NO_DATE_REASON]
    assert extraction.fields["extracted_by"]["body_text"] == family
    assert calls == []      # trafilatura never runs where the platform passes every check
    parsed = get_parser(family).parse(gold_folder(family).page(name))
    for field in parsed.fields:
        if extraction.fields["extracted_by"][field] == family:
            assert extraction.fields[field] == parsed.fields[field], field


def test_every_article_field_has_its_extractor():
    answer = chain.extract(vendor_skin()).fields
    assert set(answer["extracted_by"]) == set(fields.names(fields.EXTRACTED))
    assert set(answer) == set(fields.names(fields.EXTRACTED)) | set(fields.names(fields.CHECKED))


def test_the_verdict_is_stored_with_the_article_and_added_to_an_older_archive(tmp_path):
    from ward_archive.storage import migrate, open_store
    from ward_scraper.crawl.items import ArticleItem, content_hash
    from ward_scraper.crawl.registry import Portal

    portal = Portal("long-dien", "Xã Long Điền", "30001", "An Giang", "generic",
                    "https://longdien.angiang.gov.vn/", ("/tin-tuc/",))
    page = vendor_skin()
    item = ArticleItem(url=page.url, canonical_url=page.url, portal=portal.slug, ward_code=portal.ward_code,
                       platform="generic", fetched_at="2025-12-04T00:00:00Z", capture_id=None,
                       **chain.extract(page, get_parser("nukeviet")).fields)
    item.content_hash = content_hash(item.to_dict())
    path = str(tmp_path / "a.db")
    archive = open_store(path)
    archive.upsert_portal(portal)
    archive.upsert_article(item.to_dict(), portal.as_row())
    archive.close()
    conn = sqlite3.connect(path)
    quality, reasons, by = conn.execute("SELECT quality, quality_reasons, extracted_by FROM articles").fetchone()
    assert quality == "degraded" and json.loads(reasons) == ["nukeviet: its layout is not on this page"]
    assert json.loads(by)["body_text"] == "generic"
    # An archive from before the checks (schema version 2) gets the columns from migrate.
    with conn:
        for name in fields.names(fields.CHECKED):
            conn.execute(f"ALTER TABLE articles DROP COLUMN {name}")
        conn.execute("PRAGMA user_version = 2")
    conn.close()
    assert migrate(path)["from_version"] == 2
    conn = sqlite3.connect(path)
    columns = {row[1] for row in conn.execute("PRAGMA table_info(articles)")}
    assert set(fields.names(fields.CHECKED)) <= columns
    assert conn.execute("SELECT quality, quality_reasons FROM articles").fetchone() == (None, "[]")
    conn.close()


@pytest.mark.parametrize("platform", sorted({spec.platform for spec in PORTALS}))
def test_replica_articles_pass_every_check(platform):
    """The simulated portals are real-shape pages of each platform: no false alarm on them."""
    spec = next(spec for spec in PORTALS if spec.platform == platform)
    site = SITES[platform](build_portal(spec))
    verdicts = []
    for article in site.portal.articles[:20]:
        path = site.article_path(article)
        response = site.handle(path, "")
        if response.status == 200:
            page = Page.from_bytes("http://127.0.0.1:8768" + path, response.body, "utf-8")
            answer = chain.extract(page, get_parser(platform)).fields
            verdicts.append((path, answer["quality"], answer["quality_reasons"]))
    assert verdicts and all(quality == "ok" for _, quality, _ in verdicts), verdicts


def test_a_platform_page_without_a_date_asks_the_generic_reading_for_its_date_alone(monkeypatch):
    """Only a date can be taken from the generic reading there (the platform's
    title and body passed their checks, and the generic reading reads no
    category): its body pass would be thrown away, so it is not run."""
    from ward_scraper.extract import body
    from ward_scraper.extract.platforms.base import Parser

    generic = get_parser("generic")
    assert not generic.category_css and type(generic).category is Parser.category
    passes = []
    read = body.read_working_copy
    monkeypatch.setattr(body, "read_working_copy", lambda *args, **kwargs: passes.append(1) or read(*args, **kwargs))
    page = gold_folder("sharepoint").page("quan4-blog-post-5085")
    extraction = chain.extract(page, get_parser("sharepoint"))
    assert extraction.fields["published_at"] is None
    assert extraction.fields["quality_reasons"] == [quality.NO_DATE_REASON]
    assert len(passes) == 1     # the platform's own body pass, and no other


@pytest.mark.parametrize("name", ["pages-102/sp2010-tayninh-hoahoi-daidoanket",
                                  "aspnet-mvc-camau-tanthanh-giao-chi-tieu-tuyen-quan"])
def test_a_platform_title_that_fails_asks_the_generic_reading_for_its_title_and_date_alone(name, monkeypatch):
    """The platform's body passed its checks, so the answer's body is the
    platform's: the generic reading's body pass would be thrown away, and is
    not run. The answer is the one the whole generic reading gives."""
    from ward_scraper.extract import body

    passes = []
    read = body.read_working_copy
    monkeypatch.setattr(body, "read_working_copy", lambda *args, **kwargs: passes.append(1) or read(*args, **kwargs))
    answer = chain.extract(tuning_page(name)).fields
    assert answer["extracted_by"]["title"] == "generic" and answer["extracted_by"]["body_text"] != "generic"
    # The platform's own body pass, and its reading again with the answer's title: no generic one.
    assert len(passes) == 2
    monkeypatch.setattr(chain, "_title_and_date_attempt",
                        lambda page, facts: chain._attempt(get_parser("generic"), page, facts))
    assert chain.extract(tuning_page(name)).fields == answer
    assert len(passes) == 5


@pytest.mark.parametrize("text", ["08:35", "16h30", "8g30", "14 giờ 05", "14 GIỜ 05", "T08:35", "8H30", "1652315400",
                                  "x123456789y", "8 h 3", "ngày 12/05/2024", "", "9 :\n 05", "a1652315400123"])
def test_a_page_shows_a_clock_as_the_two_alternatives_tell_it(text):
    """The clock-or-Unix-time search, its two alternatives written with one opening digit, finds
    what each alternative tried on its own finds."""
    spelt_apart = re.compile(r"\d\s*(?::|h|g|giờ)\s*\d\d|\d{10}", re.I)
    page = Page("https://a.gov.vn/tin/1", f"<p>{text}</p>")
    assert chain._shows_a_clock(page) == (spelt_apart.search(page.html) is not None)
