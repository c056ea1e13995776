"""The coverage map (datasette/plugins/ward_map.py) over a real crawl of the
replica, served by a real Datasette: one dot per current unit, coloured by
what the archive holds, a province at a time, drawn in chromium."""
import re
import sqlite3
import urllib.error

import pytest

from tests.test_browser import browser, refused_by_policy  # noqa: F401  (a fixture)
from ward_datasette.plugins.ward_map import project

CIRCLE = re.compile(r'<circle cx="([\d.]+)" cy="([\d.]+)" r="[\d.]+" class="(\w+)[^"]*"><title>([^<]*)</title>')


def dots(page: str) -> list[tuple[float, float, str, str]]:
    return [(float(x), float(y), status, title) for x, y, status, title in CIRCLE.findall(page)]


def viewbox(page: str) -> tuple[int, int]:
    width, height = re.search(r'viewBox="0 0 (\d+) (\d+)"', page).groups()
    return int(width), int(height)


def test_projection_keeps_north_up_and_east_right_inside_the_margins():
    points = [{"latitude": 21.0, "longitude": 105.8}, {"latitude": 10.8, "longitude": 106.7},
              {"latitude": 16.0, "longitude": 108.2}]
    (hanoi, saigon, danang), height = project(points, width=300, margin=10)
    assert hanoi[1] < danang[1] < saigon[1]            # north at the top
    assert hanoi[0] < saigon[0] < danang[0]            # east to the right
    for x, y in (hanoi, saigon, danang):
        assert 10 <= x <= 290 and 10 <= y <= height - 10


@pytest.mark.e2e
def test_every_current_unit_is_a_dot_coloured_by_what_the_archive_holds(crawled, datasette):
    db, _ = crawled
    conn = sqlite3.connect(db)
    try:
        units = conn.execute("SELECT count(*) FROM current_wards").fetchone()[0]
        archived = {row[0] for row in conn.execute("SELECT code FROM ward_coverage WHERE articles > 0")}
        known = {row[0] for row in conn.execute("SELECT code FROM ward_coverage WHERE portals IS NOT NULL")}
    finally:
        conn.close()
    page = datasette.get("/-/map/archive?lang=en").decode()
    found = dots(page)
    assert len(found) == units == 3321
    width, height = viewbox(page)
    assert all(0 <= x <= width and 0 <= y <= height for x, y, _, _ in found)
    by_status = {status: {re.search(r"\((\d{5})\)", title).group(1) for *_, s, title in found if s == status}
                 for status in ("archived", "portal", "none")}
    assert archived and by_status["archived"] == archived
    assert by_status["portal"] == known - archived
    assert f"articles archived: {len(archived)} units" in page
    bình_lộc = next(title for *_, title in found if "(26089)" in title)
    assert bình_lộc.startswith("Phường Bình Lộc (26089), Thành phố Đồng Nai:") and "articles" in bình_lộc


@pytest.mark.e2e
def test_one_province_at_a_time_and_an_unknown_code_is_a_404(datasette):
    page = datasette.get("/-/map/archive?province=75").decode()
    found = dots(page)
    assert found and all("Đồng Nai" in title for *_, title in found)
    assert "<title>Bản đồ độ phủ: Thành phố Đồng Nai</title>" in page   # Vietnamese by default
    with pytest.raises(urllib.error.HTTPError) as refused:
        datasette.get("/-/map/archive?province=99")
    assert refused.value.code == 404


@pytest.mark.browser
def test_the_map_draws_in_chromium_within_the_page_policy(browser, datasette, tmp_path):  # noqa: F811
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    refused = refused_by_policy(page)
    page.goto(f"{datasette.base}/-/map/archive")
    svg = page.locator(".ward-map svg")
    box = svg.bounding_box()
    assert box and box["width"] > 300 and box["height"] > 300
    assert page.locator(".ward-map circle.archived").count() >= 1
    page.screenshot(path=str(tmp_path / "map.png"))
    assert not refused, refused
