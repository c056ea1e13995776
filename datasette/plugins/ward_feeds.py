"""Datasette plugin: Atom feeds (RFC 4287) of the archive's articles (docs/feeds.md).

  /-/feeds/<database>/ward/<ward code>.atom          a ward's articles (26089)
  /-/feeds/<database>/province/<province code>.atom  a province's articles (75)
  /-/feeds/<database>/search.atom?q=...              a saved search: the words and the
                                                     filters of the `search` page
                                                     (province, ward, unit, date_from, date_to)

Newest first, at most FEED_ENTRIES. Each entry links to the article's page in
the archive, and to the portal's page as a related link; its times are
Vietnam time in RFC 3339 (a date alone is the start of that day in Vietnam,
Atom needs an instant). The SQL lives in ward_archive.storage.feeds.
Titles follow the reader's language (`?lang=`).

Written with lxml, because neither library fits: datasette-atom makes a
feed of any SQL query, but its entries have no published time, related
link or summary of their own, and its feed id is whatever URL was asked;
feedgen 1.0.0 drops the `rel` and `type` of every entry link (its loop
variable shadows the link it reads), which turns the related link into a
second, invalid alternate link.
"""
from __future__ import annotations

import json
import re
from datetime import datetime
from importlib.metadata import version as package_version
from urllib.parse import urlencode

from datasette import hookimpl
from datasette.utils import tilde_encode
from datasette.utils.asgi import NotFound, Response
from lxml import etree

from ward_archive.storage import feeds
from ward_datasette.plugins import ward_i18n
from ward_datasette.plugins.routing import article_page, database_of
from ward_scraper.util.urls import web_url
from ward_scraper.util.vietnam_time import vietnam_instant

ATOM = "http://www.w3.org/2005/Atom"
ATOM_TYPE = "application/atom+xml; charset=utf-8"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
SUMMARY_CHARS = 300
# Characters XML 1.0 cannot hold (a portal's text may carry them): lxml refuses them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

ward_i18n.register({
    "Articles of {ward}, {province}": "Tin bài của {ward}, {province}",
    "Articles of {province}": "Tin bài của {province}",
    "Search: {q}": "Tìm kiếm: {q}",
    "Newest articles archived from the ward and commune portals, newest first.":
        "Tin bài mới nhất lưu trữ từ cổng thông tin của phường, xã, mới nhất trước.",
    "Filters: {filters}": "Bộ lọc: {filters}",
    "A saved search needs words to search for (q).": "Tìm kiếm đã lưu cần từ khóa (q).",
})


# A unit's feed: (its lookup by code, its entries, its title).
UNIT_FEEDS = {
    "ward": (feeds.WARD, feeds.WARD_ENTRIES, "Articles of {ward}, {province}"),
    "province": (feeds.PROVINCE, feeds.PROVINCE_ENTRIES, "Articles of {province}"),
}


@hookimpl
def register_routes():
    return [(r"^/-/feeds/(?P<database>[^/]+)/(?P<kind>ward|province)/(?P<code>\d+)\.atom$", unit_feed),
            (r"^/-/feeds/(?P<database>[^/]+)/search\.atom$", search_feed)]


# ---- the feeds ------------------------------------------------------------------

async def unit_feed(datasette, request):
    """A ward's or a province's articles."""
    name, db = database_of(datasette, request)
    kind = request.url_vars["kind"]
    lookup, entries, title = UNIT_FEEDS[kind]
    unit = (await db.execute(lookup, [request.url_vars["code"]])).first()
    if unit is None:
        raise NotFound(f"no such {kind} code")
    rows = (await db.execute(entries, {"code": unit["code"]})).rows
    page = f"/-/dashboard/{tilde_encode(name)}/{unit['province_code']}"
    return await _atom(datasette, request, db, name, _t(request, title, **dict(unit)), page, rows)


async def search_feed(datasette, request):
    name, db = database_of(datasette, request)
    asked = saved_search(request.args)
    if not asked["q"]:
        return Response.text(_t(request, "A saved search needs words to search for (q)."), status=400)
    rows = (await db.execute(feeds.SEARCH_ENTRIES, asked)).rows
    title = _t(request, "Search: {q}", q=asked["q"])
    filters = ", ".join(f"{key} = {value}" for key, value in asked.items() if key != "q" and value)
    subtitle = _t(request, "Filters: {filters}", filters=filters) if filters else None
    query = urlencode({key: value for key, value in asked.items() if value})
    page = f"/{tilde_encode(name)}/search?{query}"
    return await _atom(datasette, request, db, name, title, page, rows, subtitle, identity=f"?{query}")


def saved_search(args) -> dict[str, str]:
    """The search's parameters from a request's query string: every one of
    storage.feeds.SEARCH_PARAMETERS, '' when absent (the SQL's "any")."""
    return {key: (args.get(key) or "").strip() for key in feeds.SEARCH_PARAMETERS}


# ---- writing the feed -----------------------------------------------------------

async def _atom(datasette, request, db, database: str, title: str, page: str, rows,
                subtitle: str | None = None, identity: str = "") -> Response:
    """The feed document. Its id is the feed's URL without the reader's
    language (the same feed in either language) and with its search
    parameters in one order (`identity`): a permanent name for what it selects."""
    feed = etree.Element(_atom_name("feed"), nsmap={None: ATOM})
    feed.set(XML_LANG, ward_i18n.language(request))
    _text(feed, "id", datasette.absolute_url(request, request.path) + identity)
    _text(feed, "title", title, type="text")
    _text(feed, "subtitle", subtitle or _t(
        request, "Newest articles archived from the ward and commune portals, newest first."), type="text")
    _link(feed, datasette.absolute_url(request, request.full_path), "self", "application/atom+xml")
    _link(feed, datasette.absolute_url(request, page), "alternate", "text/html")
    _text(feed, "generator", "ward-archive", version=package_version("ward-archive"))
    updated = _text(feed, "updated", "")
    newest = None
    for row in rows:
        entry_updated = _entry(feed, datasette, request, database, row)
        newest = max(newest or entry_updated, entry_updated)
    if newest is None:
        changed = (await db.execute(feeds.ARCHIVE_CHANGED)).first()["changed_at"]
        newest = vietnam_instant(changed or "1970-01-01")
    updated.text = _rfc3339(newest)
    body = etree.tostring(feed, xml_declaration=True, encoding="utf-8", pretty_print=True)
    return Response(body, content_type=ATOM_TYPE)


def _entry(feed, datasette, request, database: str, row) -> datetime:
    """Adds one article; returns its updated time."""
    entry = etree.SubElement(feed, _atom_name("entry"))
    _text(entry, "id", row["canonical_url"])
    _text(entry, "title", row["title"], type="text")
    page = article_page(database, row["canonical_url"])
    _link(entry, datasette.absolute_url(request, page), "alternate", "text/html")
    source = web_url(row["url"], row["url"] or "")
    if source:
        _link(entry, source, "related", "text/html")
    published = vietnam_instant(row["published_at"])
    # A later version (the portal changed the text) is an update, at the
    # time the archive saw it; otherwise the article is as published.
    updated = vietnam_instant(row["changed_at"]) if row["version"] > 1 or published is None else published
    if published is not None:
        _text(entry, "published", _rfc3339(published))
    _text(entry, "updated", _rfc3339(updated))
    if row["summary_source"]:
        _text(entry, "summary", summary_of(row["summary_source"]), type="text")
    for name in authors_of(row):
        author = etree.SubElement(entry, _atom_name("author"))
        _text(author, "name", name)
    return updated


def summary_of(text: str, limit: int = SUMMARY_CHARS) -> str:
    """The start of a text, whole words, at most `limit` characters and '…'."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.") + "…"


def authors_of(row) -> list[str]:
    """The people credited; failing that, the issuing unit the credit line
    names; failing that, the ward whose portal published it: Atom wants an
    author for every entry, and these are who published it."""
    named = [name for name in json.loads(row["authors"] or "[]") if name]
    return named or [row["source_unit"] or row["ward_name"] or row["province"] or "?"]


# ---- helpers --------------------------------------------------------------------

def _t(request, text: str, **values) -> str:
    return ward_i18n.translate(text, ward_i18n.language(request), **values)


def _atom_name(tag: str) -> str:
    return f"{{{ATOM}}}{tag}"


def _text(parent, tag: str, text: str, **attributes):
    """A child element holding text (less what XML 1.0 cannot hold: lxml refuses it)."""
    element = etree.SubElement(parent, _atom_name(tag), attributes)
    element.text = _NOT_XML.sub("", text)
    return element


def _link(parent, href: str, rel: str, media_type: str) -> None:
    etree.SubElement(parent, _atom_name("link"), href=href, rel=rel, type=media_type)


def _rfc3339(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")
