"""Coverage (issue 12, item 3) on a real archive: the replica crawled over
HTTP (the session's `crawled` archive), copied, plus two articles stored
through the real store; the canned queries answered by our Datasette in
process, and `ward-archive summary` in a child process."""
import sqlite3
from datetime import date, timedelta

import pytest

from ward_archive.storage import open_store
from ward_scraper.crawl.registry import Portal
from tests.conftest import run_cli
from tests.test_integrity import query
from tests.test_search import Site
from tests.test_store import item

# Two portals the replica does not serve, each with one article of 2024 that
# names Xã Xuân Thiện, a commune merged into Phường Bình Lộc (26089) in 2025.
# Only the one in the same province is about that commune.
LONG_HA = Portal("long-ha-dongnai", "Xã Long Hà", "25255", "Đồng Nai", "nukeviet",
                 "https://longha.dongnai.gov.vn/", ("/vi/news/",))
PHUC_LOI = Portal("phuc-loi-hanoi", "Phường Phúc Lợi", "00136", "Hà Nội", "hanoi",
                  "https://phucloi.hanoi.gov.vn/", ("/tin-tuc/",))
MENTION = "Ngày hội đại đoàn kết toàn dân tộc tại xã Xuân Thiện, huyện Thống Nhất."


def article_naming_xuan_thien(portal: Portal) -> dict:
    url = f"{portal.base_url}vi/news/tin-tuc/ngay-hoi-xuan-thien.html"
    return item(url=url, canonical_url=url, portal=portal.slug, ward_code=portal.ward_code,
                platform=portal.platform, title="Ngày hội đại đoàn kết", lead=MENTION,
                published_at="2024-11-18T08:00+07:00", images=[])


@pytest.fixture(scope="module")
def archive(crawled, tmp_path_factory):
    db = tmp_path_factory.mktemp("coverage") / "archive.db"
    source, copy = sqlite3.connect(crawled[0]), sqlite3.connect(db)
    source.backup(copy)
    source.close(), copy.close()
    store = open_store(str(db))
    for portal in (LONG_HA, PHUC_LOI):
        store.upsert_portal(portal)
        store.upsert_article(article_naming_xuan_thien(portal), portal.as_row())
    store.close()
    return db


@pytest.fixture(scope="module")
def site(archive):
    site = Site(archive)
    yield site
    site.close()


def test_each_ward_of_a_province_shows_its_portal_crawl_articles_and_health(archive, site):
    rows = {row["code"]: row for row in site.canned("coverage_by_ward", province="dong nai")}
    assert len(rows) == 95
    [(count, newest)] = query(archive, "SELECT count(*), max(published_at) FROM articles WHERE portal = ?",
                            "binh-loc-dongnai")
    [(finished,)] = query(archive, "SELECT max(finished_at) FROM crawl_runs WHERE portal = 'binh-loc-dongnai'")
    binh_loc = rows["26089"]
    assert (binh_loc["portals"], binh_loc["platform"], binh_loc["articles"], binh_loc["newest_article"],
            binh_loc["last_successful_crawl"], binh_loc["health"]) == (
        "binh-loc-dongnai", "nukeviet", count, newest, finished, "ok")
    assert count > 10
    # A portal never crawled: known, counted, but no crawl and no health yet.
    long_ha = rows["25255"]
    assert (long_ha["portals"], long_ha["articles"], long_ha["last_successful_crawl"], long_ha["health"]) == (
        "long-ha-dongnai", 1, None, None)
    unknown = [row for code, row in rows.items() if code not in ("26089", "25255")]
    assert all(row["portals"] is None and row["articles"] == 0 for row in unknown)
    assert site.canned("coverage_by_ward", province="75") == list(rows.values())


def test_which_wards_of_a_province_have_no_archived_article_since_a_date(archive, site):
    [(newest,)] = query(archive, "SELECT max(published_at) FROM articles WHERE portal = 'binh-loc-dongnai'")
    day = newest[:10]
    since_that_day = {row["code"] for row in site.canned("wards_without_articles_since", province="Đồng Nai",
                                                         since=day)}
    assert len(since_that_day) == 94 and "26089" not in since_that_day and "25255" in since_that_day
    next_day = (date.fromisoformat(day) + timedelta(days=1)).isoformat()
    after_it = {row["code"] for row in site.canned("wards_without_articles_since", province="Đồng Nai",
                                                   since=next_day)}
    assert after_it == since_that_day | {"26089"}
    # Long Hà's only article (2024) counts for a date before it.
    assert "25255" not in {row["code"] for row in site.canned("wards_without_articles_since", province="75",
                                                              since="2024-01-01")}


def test_province_coverage_and_the_summary_count_units_with_a_portal_and_archived(archive, site):
    provinces = {row["province_name"]: row for row in site.canned("province_coverage")}
    assert len(provinces) == 34 and sum(row["units"] for row in provinces.values()) == 3321
    dong_nai = provinces["Thành phố Đồng Nai"]
    assert (dong_nai["units"], dong_nai["with_portal"], dong_nai["archived"]) == (95, 2, 2)

    report = run_cli("summary", "--db", archive)
    assert report.returncode == 0, report.stderr
    portals = query(archive, "SELECT count(DISTINCT ward_code) FROM portals WHERE ward_code IS NOT NULL")[0][0]
    assert f"coverage: {portals} of 3321 units have a known portal, {portals} have archived articles" \
        in report.stdout
    assert "Thành phố Đồng Nai" in report.stdout and "2 of  95 with a portal,    2 archived" in report.stdout


def test_an_article_about_a_former_commune_is_found_under_its_current_ward(archive, site):
    rows = site.canned("ward_articles", ward="26089")
    own = query(archive, "SELECT canonical_url FROM articles WHERE portal = 'binh-loc-dongnai'")
    assert {row["canonical_url"] for row in rows if row["found_by"] == "its portal"} == {url for (url,) in own}
    former = [row for row in rows if row["found_by"] != "its portal"]
    # The Đồng Nai article, not the Hà Nội one (another Xuân Thiện, or none).
    assert [(row["found_by"], row["canonical_url"]) for row in former] == [
        ("names Xã Xuân Thiện", article_naming_xuan_thien(LONG_HA)["canonical_url"])]
    assert site.canned("ward_articles", ward="99999") == []


def test_where_did_a_commune_go(site):
    rows = site.canned("former_units", commune="xuan thien")
    [row] = [r for r in rows if r["district_name"] == "Huyện Thống Nhất"]
    assert (row["old_name"], row["code"], row["name"], row["extent"]) == (
        "Xã Xuân Thiện", "26089", "Phường Bình Lộc", "whole")


def test_the_unit_tables_and_coverage_view_are_browsable(site):
    assert "Phường Văn Miếu - Quốc Tử Giám" in site.get("/archive/current_wards", code="00226")
    rows = site.rows("/archive/ward_coverage.json", _size="max")
    assert len(rows) == 1000  # one page of the 3,321 (max_returned_rows)
