"""Datasette plugin: an article page that reads like the published article.

On the row page of `articles` it loads the article's images, attachments and
earlier versions so that the template can show them in place (the images
and files from the archive's own captures: plugins/ward_files.py); the body is
rendered from `body_text` (escaped), so no portal HTML reaches the browser.
A stored URL becomes a link only when a browser would read it as http(s)
(`is_web_url`: after removing what the WHATWG URL parser removes); anything
else (`JavaScript:`, `java<TAB>script:`, ...) is shown as inert text.
"""
from __future__ import annotations

import asyncio
import json

from datasette import hookimpl
from datasette.utils import tilde_decode, tilde_encode
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

from ward_archive.storage import pages
from ward_datasette.plugins.ward_files import file_url
from ward_scraper.util.urls import is_web_url

# A file the archive holds the bytes of (fields.FILE_CAPTURE_PARTS: fetch_status).
KEPT = ("captured", "revisit")


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
        def kept(row: dict) -> str | None:
            """The archive's copy of the file, when it holds one."""
            return file_url(tilde_encode(database), row["capture_id"]) if row["fetch_status"] in KEPT else None

        return {"article": article,
                "article_images": [{**r, "src_is_web": is_web_url(r["src"]), "archived": kept(r)}
                                   for r in map(dict, images.rows)],
                "article_attachments": [{**r, "url_is_web": is_web_url(r["url"]), "archived": kept(r)}
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


# The page as fetched is a stranger's HTML: shown as text, never sniffed as
# HTML, and sandboxed (no script, no plugin, no form) should a browser try.
RAW_HEADERS = {"content-security-policy": "sandbox; default-src 'none'", "x-content-type-options": "nosniff"}


def raw_text(text: str, status: int = 200) -> Response:
    return Response(text, status=status, headers=dict(RAW_HEADERS), content_type="text/plain; charset=utf-8")


async def raw_capture(datasette, request):
    """A page exactly as the crawler fetched it, from the WARC files beside the
    database, as plain text: portal HTML is shown, never rendered. Decoded
    with a cap (warc.MAX_DECODED_BYTES, or the plugin setting `raw_max_mb`):
    past it the start is shown, with a note."""
    from ward_scraper.util.page import decode_html
    from ward_archive.storage.warc import MAX_DECODED_BYTES, PayloadReader, warc_dir

    name = tilde_decode(request.url_vars["database"])
    try:
        db = datasette.get_database(name)
    except KeyError:
        return raw_text("no such database", status=404)
    found = await db.execute(pages.CAPTURE, [int(request.url_vars["capture_id"])])
    row = found.first()
    if row is None or not db.path:
        return raw_text("no such capture", status=404)
    config = datasette.plugin_config("ward-archive") or {}
    limit = int(config["raw_max_mb"]) * 1024 * 1024 if config.get("raw_max_mb") else MAX_DECODED_BYTES
    try:
        page = PayloadReader(warc_dir(db.path), row["payload_file"], row["payload_offset"], limit)
    except OSError:
        return raw_text(f"the WARC file {row['payload_file']} is not beside this database", status=404)
    body = await asyncio.get_running_loop().run_in_executor(None, page.read)
    charset = next((v.split("charset=")[-1] for k, v in page.headers if k.lower() == "content-type"
                    and "charset=" in v), None)
    note = (f"<!-- cut: the page decodes to more than {limit // (1024 * 1024)} MiB; this is its start -->\n"
            if page.cut else "")
    return raw_text(f"<!-- {row['url']} as fetched -->\n" + note + decode_html(body, charset))
