"""Datasette plugin: the coverage map, `/-/map/<database>[?province=CODE]`.

Every current unit (the `wards` data carries coordinates for all 3,321) is a
dot where it lies, coloured by what the archive holds of it: articles
archived, a portal known but nothing archived yet, or no portal known; a
ring marks a portal whose latest crawl was unhealthy. Each dot links to the
unit's row of the `ward_coverage` view.

The map is an SVG drawn on the server: no tiles, no script, nothing from
another server, so it works offline and under the pages' strict
Content-Security-Policy. Longitude is scaled by the cosine of the middle
latitude (an equirectangular projection), which keeps Vietnam's shape at
this size.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from datasette import hookimpl
from datasette.utils import tilde_encode
from datasette.utils.asgi import NotFound, Response

from ward_archive.storage import wards
from ward_datasette.plugins import ward_i18n
from ward_datasette.plugins.routing import database_of

WIDTH = 640          # px; the height follows the area's shape
MARGIN = 12          # px around the dots
STATUSES = ("archived", "portal", "none")

ward_i18n.register({
    "Coverage map": "Bản đồ độ phủ",
    "Coverage map: {area}": "Bản đồ độ phủ: {area}",
    "all provinces": "cả nước",
    "Each dot is a ward or commune where it lies; colour says what the archive holds of it. "
    "Point at a dot for its name, click it for its coverage row.":
        "Mỗi chấm là một phường, xã tại vị trí của nó; màu cho biết kho lưu trữ có gì về đơn vị đó. "
        "Trỏ vào chấm để xem tên, bấm để xem dòng độ phủ của đơn vị.",
    "Province": "Tỉnh, thành phố",
    "All provinces": "Cả nước",
    "Show": "Xem",
    "articles archived": "đã lưu tin bài",
    "portal known, nothing archived yet": "đã biết cổng thông tin, chưa lưu tin bài",
    "no portal known": "chưa biết cổng thông tin",
    "ring: latest crawl unhealthy": "viền: lần thu thập gần nhất có sự cố",
    "{n} units": "{n} đơn vị",
    "{n} articles": "{n} tin bài",
    "no portal": "chưa có cổng",
    "no article yet": "chưa có tin bài",
    "Coverage per province (table)": "Độ phủ theo tỉnh (bảng)",
})


@dataclass(frozen=True)
class Dot:
    x: float
    y: float
    status: str
    unhealthy: bool
    label: str
    href: str


@hookimpl
def register_routes():
    return [(r"^/-/map/(?P<database>[^/]+)$", map_page)]


def status_of(point: dict) -> str:
    if point["articles"]:
        return "archived"
    return "portal" if point["portals"] else "none"


def project(points: list[dict], width: int = WIDTH, margin: int = MARGIN) -> tuple[list[tuple[float, float]], int]:
    """Pixel positions of the points' (latitude, longitude), and the height
    the area needs at `width`."""
    lats = [p["latitude"] for p in points]
    lons = [p["longitude"] for p in points]
    shrink = math.cos(math.radians((min(lats) + max(lats)) / 2))
    span_x = max((max(lons) - min(lons)) * shrink, 1e-6)
    span_y = max(max(lats) - min(lats), 1e-6)
    scale = (width - 2 * margin) / span_x
    # A tall, narrow area (a long province) is capped at twice the width.
    scale = min(scale, (2 * width - 2 * margin) / span_y)
    height = round(span_y * scale + 2 * margin)
    return [(round(margin + (lon - min(lons)) * shrink * scale, 1), round(margin + (max(lats) - lat) * scale, 1))
            for lat, lon in zip(lats, lons)], height


def _label(point: dict, status: str, t) -> str:
    held = {"archived": t("{n} articles", n=point["articles"]), "portal": t("no article yet"),
            "none": t("no portal")}[status]
    return f"{point['name']} ({point['code']}), {point['province_name']}: {held}"


async def map_page(datasette, request):
    name, db = database_of(datasette, request)
    province = request.args.get("province", "")
    provinces = [dict(row) for row in (await db.execute(wards.MAP_PROVINCES)).rows]
    if province and province not in {p["province_code"] for p in provinces}:
        raise NotFound(f"no province with code {province}")
    points = [dict(row) for row in (await db.execute(wards.MAP_POINTS, {"province": province})).rows]
    t = ward_i18n.translator(request)
    positions, height = project(points) if points else ([], WIDTH)
    base = f"/{tilde_encode(name)}/ward_coverage?code="
    dots = []
    for point, (x, y) in zip(points, positions):
        status = status_of(point)
        dots.append(Dot(x, y, status, point["health"] == "unhealthy", _label(point, status, t), base + point["code"]))
    # Units with articles drawn last, so that they stay visible on top.
    dots.sort(key=lambda dot: STATUSES.index(dot.status), reverse=True)
    counts = {status: sum(dot.status == status for dot in dots) for status in STATUSES}
    area = next((p["province_name"] for p in provinces if p["province_code"] == province), None)
    return Response.html(await datasette.render_template("ward_map.html", {
        "database": name, "province": province, "provinces": provinces, "area": area,
        "dots": dots, "counts": counts, "width": WIDTH, "height": height,
        "unhealthy": sum(dot.unhealthy for dot in dots)}, request=request))
