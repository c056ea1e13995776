"""Datasette plugin: who holds which office, per ward and per person (docs/officials.md).

  /-/officials/<database>            the wards whose articles name officials
  /-/officials/<database>/<portal>   a ward's current office holders: for each office, whoever
                                     the newest article names in it, with the sentences as evidence
  /-/person/<database>/<id>          one person: offices with first and last seen, every mention

The data is derived from the articles (tables people, official_mentions, mention_offices
and the view office_terms); the SQL lives in ward_archive.storage.pages.
"""
from __future__ import annotations

import json

from datasette import hookimpl
from datasette.utils import tilde_decode
from datasette.utils.asgi import NotFound, Response

from ward_archive.storage import pages
from ward_datasette.plugins import ward_i18n
from ward_datasette.plugins.routing import MAX_ROWID, article_page, database_of

ward_i18n.register({
    "Office holders by ward": "Người giữ chức vụ theo phường, xã",
    "Officials named in each ward's articles, with their positions (docs/officials.md).":
        "Cán bộ được nêu tên trong tin bài của từng phường, xã, kèm chức vụ (docs/officials.md).",
    "{n} people": "{n} người",
    "No article names an official yet.": "Chưa có tin bài nào nêu tên cán bộ.",
    "Office holders of {ward}": "Người giữ chức vụ ở {ward}",
    "{ward}, {province}: current office holders": "{ward}, {province}: những người đang giữ chức vụ",
    "For each office, the person the newest article names in it, with the sentences that say so. "
    "Read from the ward's own news; an office nobody has been named in since is not shown as vacant.":
        "Với mỗi chức vụ, người được tin bài mới nhất nêu tên ở chức vụ đó, kèm những câu nói điều ấy. "
        "Dữ liệu đọc từ chính tin tức của phường, xã; chức vụ chưa thấy ai được nêu tên "
        "không có nghĩa là đang để trống.",
    "All wards": "Tất cả phường, xã",
    "Office": "Chức vụ",
    "Person": "Người",
    "First seen": "Thấy lần đầu",
    "Last seen": "Thấy lần cuối",
    "Articles": "Số tin",
    "Evidence": "Căn cứ",
    "{n} people of this name in this ward": "{n} người trùng tên này ở phường, xã này",
    "undated": "không rõ ngày",
    "No article of this ward names an official yet.": "Chưa có tin bài nào của phường, xã này nêu tên cán bộ.",
    "Named in the articles of": "Được nêu tên trong tin bài của",
    "A person is one ward's mentions of one name whose units overlap (docs/officials.md).":
        "Một người ở đây là các lần nêu cùng một tên trong tin của một phường, xã, "
        "với các đơn vị công tác trùng nhau (docs/officials.md).",
    "Ambiguous:": "Chưa phân biệt được:",
    "{n} people of this name in this ward, told apart by their units:":
        "{n} người trùng tên này ở phường, xã này, phân biệt theo đơn vị công tác:",
    "another {name}": "một {name} khác",
    "Offices": "Chức vụ",
    "Unit": "Đơn vị",
    "Mentions": "Các lần được nêu tên",
})


@hookimpl
def register_routes():
    return [(r"^/-/officials/(?P<database>[^/]+)$", wards_page),
            (r"^/-/officials/(?P<database>[^/]+)/(?P<portal>[^/]+)$", ward_page),
            (r"^/-/person/(?P<database>[^/]+)/(?P<person_id>\d+)$", person_page)]


async def wards_page(datasette, request):
    name, db = database_of(datasette, request)
    wards = [dict(row) for row in (await db.execute(pages.WARDS_WITH_OFFICIALS)).rows]
    return Response.html(await datasette.render_template(
        "ward_officials_index.html", {"database": name, "wards": wards}, request=request))


async def ward_page(datasette, request):
    name, db = database_of(datasette, request)
    portal = (await db.execute(pages.PORTAL, [tilde_decode(request.url_vars["portal"])])).first()
    if portal is None:
        raise NotFound("no such ward portal")
    holders = []
    for row in (await db.execute(pages.CURRENT_HOLDERS, [portal["slug"]])).rows:
        evidence = (await db.execute(pages.EVIDENCE, [row["person_id"], row["office"]])).rows
        holders.append({**dict(row), "evidence": [{**dict(e), "page": article_page(name, e["article_url"])}
                                                  for e in evidence]})
    return Response.html(await datasette.render_template(
        "ward_officials.html", {"database": name, "portal": dict(portal), "holders": holders}, request=request))


async def person_page(datasette, request):
    name, db = database_of(datasette, request)
    person_id = int(request.url_vars["person_id"])
    person = (await db.execute(pages.PERSON, [person_id])).first() if person_id <= MAX_ROWID else None
    if person is None:
        raise NotFound("no such person")
    terms = [dict(row) for row in (await db.execute(pages.PERSON_TERMS, [person["id"]])).rows]
    mentions = [{**dict(row), "positions": json.loads(row["positions"]), "page": article_page(name, row["article_url"])}
                for row in (await db.execute(pages.PERSON_MENTIONS, [person["id"]])).rows]
    namesakes = [dict(row) for row in (await db.execute(
        pages.NAMESAKES, [person["portal"], person["name_key"], person["id"]])).rows]
    return Response.html(await datasette.render_template(
        "person.html", {"database": name, "person": {**dict(person), "units": json.loads(person["units"])},
                        "terms": terms, "mentions": mentions, "namesakes": namesakes}, request=request))
