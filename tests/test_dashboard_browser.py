"""The dashboard (datasette/plugins/ward_dashboard.py) in Debian's chromium,
headless, over a crawled replica archive: its SVG charts render under the
strict Content-Security-Policy, with one bar per month of the archive's run
of months (zero months included) and the counts of the archive."""
from __future__ import annotations

import sqlite3
from collections import Counter

import pytest

from tests.test_browser import browser, refused_by_policy  # noqa: F401 (a fixture)

pytestmark = pytest.mark.browser

# What the page says of each chart, as chromium laid it out.
READ_CHARTS = """() => [...document.querySelectorAll("section.ward-dashboard-unit")].map(section => {
  const bars = [...section.querySelectorAll("svg.ward-monthly rect.bar")];
  const feed = section.querySelector("a.ward-feed");
  return {feed: feed && feed.getAttribute("href"),
          months: bars.map(bar => bar.dataset.month),
          counts: bars.map(bar => Number(bar.dataset.articles)),
          heights: bars.map(bar => bar.getBBox().height),
          width: section.querySelector("svg").getBoundingClientRect().width};
})"""


def months_between(first: str, last: str) -> list[str]:
    year, month, months = int(first[:4]), int(first[5:7]), []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def archive_counts(db) -> tuple[list[str], dict[str, Counter], dict[str, dict[str, Counter]], int]:
    """The run of months; articles per month of each province, and of each
    ward (by province); how many provinces the unit registry has."""
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT w.province_code, p.ward_code, substr(a.published_at, 1, 7) "
                            "FROM articles a JOIN portals p ON p.slug = a.portal "
                            "JOIN current_wards w ON w.code = p.ward_code WHERE a.published_at IS NOT NULL").fetchall()
        provinces_in_registry = conn.execute("SELECT count(DISTINCT province_code) FROM current_wards").fetchone()[0]
    finally:
        conn.close()
    by_province, by_ward = {}, {}
    for province, ward, month in rows:
        by_province.setdefault(province, Counter())[month] += 1
        by_ward.setdefault(province, {}).setdefault(ward, Counter())[month] += 1
    months = sorted(month for _, _, month in rows)
    return months_between(months[0], months[-1]), by_province, by_ward, provinces_in_registry


def check_charts(charts: list[dict], months: list[str], expected: dict[str, Counter], feed_kind: str) -> None:
    assert sorted(chart["feed"].rsplit("/", 1)[1].removesuffix(".atom") for chart in charts) == sorted(expected)
    for chart in charts:
        code = chart["feed"].rsplit("/", 1)[1].removesuffix(".atom")
        assert f"/{feed_kind}/" in chart["feed"]
        assert chart["months"] == months  # one bar a month, none missing, in order
        assert chart["counts"] == [expected[code].get(month, 0) for month in months]
        highest = max(chart["counts"])
        for count, height in zip(chart["counts"], chart["heights"]):
            assert (height > 0) == (count > 0)  # a month without articles is drawn as zero
            if count == highest:
                assert height == max(chart["heights"])
        assert chart["width"] > 300


def test_dashboard_draws_monthly_and_coverage_charts_offline(browser, crawled, datasette, tmp_path):  # noqa: F811
    months, by_province, by_ward, provinces_in_registry = archive_counts(crawled[0])
    assert len(months) >= 12 and any(0 in [c.get(m, 0) for m in months] for c in by_province.values())
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    refused = refused_by_policy(page)
    requested = []
    page.on("request", lambda request: requested.append(request.url))

    page.goto(f"{datasette.base}/-/dashboard/archive")
    page.wait_for_selector("svg.ward-monthly rect.bar")
    check_charts(page.evaluate(READ_CHARTS), months, by_province, "province")
    coverage = page.evaluate("""() => [...document.querySelectorAll("svg.ward-coverage g.coverage-row")]
        .map(row => ({units: Number(row.dataset.units), archived: Number(row.dataset.archived),
                      drawn: row.querySelector("rect.archived").getBBox().width}))""")
    assert len(coverage) == provinces_in_registry
    assert sum(row["archived"] for row in coverage) == sum(len(wards) for wards in by_ward.values())
    assert all((row["drawn"] > 0) == (row["archived"] > 0) for row in coverage)
    page.screenshot(path=tmp_path / "dashboard.png", full_page=True)
    assert (tmp_path / "dashboard.png").stat().st_size > 10_000

    for province in sorted(by_province):
        page.goto(f"{datasette.base}/-/dashboard/archive/{province}")
        page.wait_for_selector("svg.ward-monthly rect.bar")
        check_charts(page.evaluate(READ_CHARTS), months, by_ward[province], "ward")
    page.screenshot(path=tmp_path / "dashboard-province.png", full_page=True)

    assert refused == []
    assert all(url.startswith(datasette.base) for url in requested), requested
