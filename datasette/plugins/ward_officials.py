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
from datasette.utils import tilde_decode, tilde_encode
from datasette.utils.asgi import NotFound, Response

from ward_archive.storage import pages
from ward_datasette.plugins import ward_i18n

ward_i18n.register({
    "Office holders by ward": "Người giữ chức vụ theo phường, xã",
    "Officials named in each ward's articles, with their positions (docs/officials.md).":
        "Cán bộ được nêu tên trong tin bài của từng phường, xã, kèm chức vụ (docs/officials.md).",
    "{n} people": "{n} người",
    "No article names an official yet.": "Chưa có tin bài nào nêu tên cán bộ.",
})


@hookimpl
def register_routes():
    return [(r"^/-/officials/(?P<database>[^/]+)$", wards_page),
            (r"^/-/officials/(?P<database>[^/]+)/(?P<portal>[^/]+)$", ward_page),
            (r"^/-/person/(?P<database>[^/]+)/(?P<person_id>\d+)$", person_page)]


def _database(datasette, request):
    name = tilde_decode(request.url_vars["database"])
    try:
        return name, datasette.get_database(name)
    except KeyError:
        raise NotFound("no such database") from None


def _article_page(database: str, url: str) -> str:
    return f"/{tilde_encode(database)}/articles/{tilde_encode(url)}"


async def wards_page(datasette, request):
    name, db = _database(datasette, request)
    wards = [dict(row) for row in (await db.execute(pages.WARDS_WITH_OFFICIALS)).rows]
    return Response.html(await datasette.render_template(
        "ward_officials_index.html", {"database": name, "wards": wards}, request=request))


async def ward_page(datasette, request):
    name, db = _database(datasette, request)
    portal = (await db.execute(pages.PORTAL, [tilde_decode(request.url_vars["portal"])])).first()
    if portal is None:
        raise NotFound("no such ward portal")
    holders = []
    for row in (await db.execute(pages.CURRENT_HOLDERS, [portal["slug"]])).rows:
        evidence = (await db.execute(pages.EVIDENCE, [row["person_id"], row["office"]])).rows
        holders.append({**dict(row), "evidence": [{**dict(e), "page": _article_page(name, e["article_url"])}
                                                  for e in evidence]})
    return Response.html(await datasette.render_template(
        "ward_officials.html", {"database": name, "portal": dict(portal), "holders": holders}, request=request))


async def person_page(datasette, request):
    name, db = _database(datasette, request)
    person = (await db.execute(pages.PERSON, [int(request.url_vars["person_id"])])).first()
    if person is None:
        raise NotFound("no such person")
    terms = [dict(row) for row in (await db.execute(pages.PERSON_TERMS, [person["id"]])).rows]
    mentions = [{**dict(row), "positions": json.loads(row["positions"]), "page": _article_page(name, row["article_url"])}
                for row in (await db.execute(pages.PERSON_MENTIONS, [person["id"]])).rows]
    namesakes = [dict(row) for row in (await db.execute(
        pages.NAMESAKES, [person["portal"], person["name_key"], person["id"]])).rows]
    return Response.html(await datasette.render_template(
        "person.html", {"database": name, "person": {**dict(person), "units": json.loads(person["units"])},
                        "terms": terms, "mentions": mentions, "namesakes": namesakes}, request=request))
