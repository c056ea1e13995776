"""Datasette plugin: the dashboard, what the archive holds over time and where (docs/feeds.md).

  /-/dashboard/<database>                  articles per month of each province, coverage per
                                           province, the feeds
  /-/dashboard/<database>/<province code>  articles per month of each ward of the province,
                                           with its ward feeds

Every chart shares one continuous run of months, from the archive's first
dated article to its last, so charts compare and a month with no article
shows as zero. The charts are SVG drawn here (plugins/charts.py); the SQL
lives in ward_archive.storage.feeds.
"""
from __future__ import annotations

import os
from collections import Counter

from datasette import hookimpl
from datasette.utils.asgi import NotFound, Response

from ward_archive.storage import feeds, wards
from ward_datasette.plugins import charts, ward_i18n
from ward_datasette.plugins.routing import database_of
from ward_scraper.util.text import fold

ward_i18n.register({
    "Activity and coverage": "Hoạt động và độ phủ",
    "Articles per month": "Số tin bài theo tháng",
    "Coverage per province": "Mức độ thu thập theo tỉnh",
    "Feeds": "Nguồn cấp tin (Atom)",
    "{n} articles": "{n} tin bài",
    "{month}: {n} articles": "{month}: {n} tin bài",
    "Articles per month, {name}": "Số tin bài theo tháng, {name}",
    "{name}: {archived} units with archived articles, {with_portal} with a known portal, of {units}":
        "{name}: {archived} đơn vị có tin bài lưu trữ, {with_portal} đơn vị đã biết cổng thông tin, "
        "trên tổng số {units}",
    "Units with archived articles / with a known portal / all units, per province.":
        "Số đơn vị có tin bài lưu trữ / đã biết cổng thông tin / tổng số đơn vị, theo tỉnh, thành phố.",
    "Province": "Tỉnh, thành phố",
    "Units": "Đơn vị",
    "With a known portal": "Đã biết cổng thông tin",
    "With archived articles": "Có tin bài lưu trữ",
    "Articles": "Số tin",
    "Months from {first} to {last}, by publication date; a month without articles shows as zero.":
        "Các tháng từ {first} đến {last}, theo ngày đăng; tháng không có tin bài hiện bằng 0.",
    "{n} articles without a publication date are not counted.":
        "{n} tin bài không có ngày đăng không được tính.",
    "No dated article in the archive yet.": "Lưu trữ chưa có tin bài nào có ngày đăng.",
    "Each ward and province has an Atom feed of its newest articles; a search has one too.":
        "Mỗi phường, xã và tỉnh, thành phố có một nguồn cấp Atom gồm các tin bài mới nhất; "
        "mỗi tìm kiếm cũng vậy.",
    "Atom feed": "Nguồn cấp Atom",
    "Feed of a search": "Nguồn cấp của một tìm kiếm",
    "Words": "Từ khóa",
    "Ward": "Phường, xã",
    "Issuing unit": "Đơn vị đăng tin",
    "From (YYYY-MM-DD)": "Từ ngày (YYYY-MM-DD)",
    "To (YYYY-MM-DD)": "Đến ngày (YYYY-MM-DD)",
    "Open the feed": "Mở nguồn cấp",
    # as plugins/ward_map.py and ward_pages.py say them
    "All provinces": "Cả nước",
    "Coverage map": "Bản đồ độ phủ",
    "Wards of {name}": "Các phường, xã của {name}",
})


@hookimpl
def register_routes():
    return [(r"^/-/dashboard/(?P<database>[^/]+)$", dashboard_page),
            (r"^/-/dashboard/(?P<database>[^/]+)/(?P<province>\d{2})$", province_page)]


async def dashboard_page(datasette, request):
    name, db = database_of(datasette, request)
    activity = await _activity(db)
    coverage = sorted([dict(row) for row in (await db.execute(wards.PROVINCE_COVERAGE)).rows],
                      key=lambda row: fold(row["province_name"]))
    t = ward_i18n.translator(request)
    provinces = [{**province, "chart": _monthly_chart(t, province, activity["months"])}
                 for province in activity["provinces"]]
    coverage_chart = charts.coverage_bars(coverage, t("Coverage per province"), lambda row: t(
        "{name}: {archived} units with archived articles, {with_portal} with a known portal, of {units}",
        name=row["province_name"], archived=row["archived"] or 0, with_portal=row["with_portal"], units=row["units"]))
    return Response.html(await datasette.render_template("ward_dashboard.html", {
        "database": name, "activity": activity, "provinces": provinces, "coverage": coverage,
        "coverage_chart": coverage_chart}, request=request))


async def province_page(datasette, request):
    name, db = database_of(datasette, request)
    known = (await db.execute(feeds.PROVINCE, [request.url_vars["province"]])).first()
    if known is None:
        raise NotFound("no such province code")
    activity = await _activity(db)
    # A province without dated articles still has its page (its feeds link here): all zeros.
    province = next((p for p in activity["provinces"] if p["code"] == known["code"]),
                    {"code": known["code"], "name": known["province"], "counts": Counter(), "wards": [], "total": 0})
    t = ward_i18n.translator(request)
    charted_wards = [{**ward, "chart": _monthly_chart(t, ward, activity["months"])} for ward in province["wards"]]
    return Response.html(await datasette.render_template("ward_dashboard_province.html", {
        "database": name, "activity": activity, "province": {**province, "chart": _monthly_chart(
            t, province, activity["months"])}, "wards": charted_wards}, request=request))


# Counting every dated article takes about a second for a million (one read
# of an index: SQLite keeps no counts), more than a page may take, and the
# counts change only when the archive's files do (a crawl, a reparse). So
# they are kept per database until its file or write-ahead log changes; an
# immutable (public) copy never does.
_ACTIVITY: dict[str, tuple[tuple, dict]] = {}


async def _activity(db) -> dict:
    """Articles per month of each province and each of its wards (portals of
    one ward added together), the run of months, and the undated count."""
    version = _file_version(db)
    kept = _ACTIVITY.get(db.name)
    if version is not None and kept and kept[0] == version:
        return kept[1]
    activity = _count_activity(await db.execute_fn(_monthly_by_portal),
                               (await db.execute(feeds.UNDATED_ARTICLES)).first()["articles"])
    if version is not None:
        _ACTIVITY[db.name] = (version, activity)
    return activity


def _monthly_by_portal(conn) -> list[dict]:
    """Run outside Datasette's time limit (execute_fn): a fixed query, read
    once per change of the archive, whose cost grows with the archive only."""
    cursor = conn.execute(feeds.MONTHLY_BY_PORTAL)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row)) for row in cursor]


def _file_version(db) -> tuple | None:
    """What changes whenever the database's content does: the size and time
    of its file and of its write-ahead log. None for a database in memory."""
    if not db.path:
        return None
    version = []
    for path in (db.path, f"{db.path}-wal"):
        try:
            stat = os.stat(path)
            version.append((stat.st_mtime_ns, stat.st_size))
        except FileNotFoundError:
            version.append(None)
    return tuple(version)


def _count_activity(rows: list[dict], undated: int) -> dict:
    provinces: dict[str, dict] = {}
    for row in rows:
        key = row["province_code"] or row["province_name"]
        province = provinces.setdefault(key, {"code": row["province_code"], "name": row["province_name"],
                                              "counts": Counter(), "wards": {}})
        ward = province["wards"].setdefault(row["ward_code"] or row["portal"], {
            "code": row["ward_code"], "name": row["ward_name"], "counts": Counter()})
        for unit in (province, ward):
            unit["counts"][row["month"]] += row["articles"]
    months = sorted({row["month"] for row in rows})
    ordered = sorted(provinces.values(), key=lambda p: fold(p["name"] or ""))
    for province in ordered:
        province["wards"] = sorted(province["wards"].values(), key=lambda w: fold(w["name"] or ""))
        for unit in (province, *province["wards"]):
            unit["total"] = sum(unit["counts"].values())
    return {"provinces": ordered, "undated": undated,
            "months": charts.month_range(months[0], months[-1]) if months else []}


def _monthly_chart(t, unit: dict, months: list[str]):
    return charts.monthly_bars(unit["counts"], months, t("Articles per month, {name}", name=unit["name"]),
                               lambda month, n: t("{month}: {n} articles", month=month, n=n))

