"""Datasette plugin: an article page that reads like the published article.

On the row page of `articles` it loads the article's images, attachments and
earlier versions so that the template can show them in place; the body is
rendered from `body_text` (escaped), so no portal HTML reaches the browser.
A stored URL becomes a link only when a browser would read it as http(s)
(`is_web_url`: after removing what the WHATWG URL parser removes); anything
else (`JavaScript:`, `java<TAB>script:`, ...) is shown as inert text.
"""
from __future__ import annotations

import json

from datasette import hookimpl
from datasette.utils import tilde_decode, tilde_encode
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

from ward_archive.storage import pages
from ward_scraper.util.urls import is_web_url


@hookimpl
def extra_template_vars(view_name, table, database, request, datasette):
    if view_name != "row" or table != "articles" or request is None:
        return {}

    async def article_vars():
        key = tilde_decode(request.url_vars["pks"])
        db = datasette.get_database(database)
        found = await db.execute(pages.ARTICLE, [key])
        row = found.first()
        if row is None:
            return {}
        images = await db.execute(pages.ROWS_OF["images"], [key])
        attachments = await db.execute(pages.ROWS_OF["attachments"], [key])
        versions = await db.execute(pages.VERSIONS, [key])
        article = dict(row)
        article["url_is_web"] = is_web_url(article["url"])
        article["authors"] = json.loads(article["authors"] or "[]")
        article["paragraphs"] = [p for p in (article["body_text"] or "").split("\n\n") if p]
        article["raw_url"] = (f"/-/raw/{tilde_encode(database)}/{article['capture_id']}"
                              if article.get("capture_id") else None)
        return {"article": article,
                "article_images": [{**r, "src_is_web": is_web_url(r["src"])} for r in map(dict, images.rows)],
                "article_attachments": [{**r, "url_is_web": is_web_url(r["url"])}
                                        for r in map(dict, attachments.rows)],
                "article_versions": [dict(r) for r in versions.rows]}

    return article_vars


@hookimpl
def render_cell(value, column, table, database):
    """Authors as names, not JSON; an article URL in a query result as links
    to the archived article page and to the source."""
    if table in ("articles", "article_versions") and column == "authors" and isinstance(value, str):
        try:
            names = json.loads(value)
        except ValueError:
            return None
        if isinstance(names, list):
            return ", ".join(str(n) for n in names)
    if table is None and column == "canonical_url" and is_web_url(value):
        page = f"/{tilde_encode(database)}/articles/{tilde_encode(value)}"
        return Markup(f'<a class="ward-article-link" href="{escape(page)}">article page</a> · '
                      f'<a href="{escape(value)}">source</a>')
    return None


@hookimpl
def register_routes():
    return [(r"^/-/raw/(?P<database>[^/]+)/(?P<capture_id>\d+)$", raw_capture)]


async def raw_capture(datasette, request):
    """A page exactly as the crawler fetched it, from the WARC files beside the
    database, as plain text: portal HTML is shown, never rendered."""
    from ward_scraper.util.page import decode_html
    from ward_archive.storage.warc import read_payload, warc_dir

    name = tilde_decode(request.url_vars["database"])
    try:
        db = datasette.get_database(name)
    except KeyError:
        return Response.text("no such database", status=404)
    found = await db.execute(pages.CAPTURE, [int(request.url_vars["capture_id"])])
    row = found.first()
    if row is None or not db.path:
        return Response.text("no such capture", status=404)
    try:
        _, headers, body = read_payload(warc_dir(db.path), row["payload_file"], row["payload_offset"])
    except OSError:
        return Response.text(f"the WARC file {row['payload_file']} is not beside this database", status=404)
    charset = next((v.split("charset=")[-1] for k, v in headers if k.lower() == "content-type"
                    and "charset=" in v), None)
    return Response.text(f"<!-- {row['url']} as fetched -->\n" + decode_html(body, charset))
