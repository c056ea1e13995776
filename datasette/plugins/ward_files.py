"""Datasette plugin: the archive's copy of a linked file, by its capture id.

`/-/file/<database>/<capture id>` answers the bytes the crawler fetched (an
image, a PDF, a stylesheet), read from the WARC files beside the database
(Content-Encoding undone), so the article page shows archived images, not
the portal's, and links the archived documents.

A portal's file is a stranger's bytes: it is served with the type its bytes
showed when it was fetched (magic bytes, not the server's word), only images
are shown inline, everything else is a download (Content-Disposition), a
type we do not know is application/octet-stream, and every answer carries
`nosniff` and a sandboxing Content-Security-Policy (an SVG or a PDF opened
in the browser runs no script).
"""
from __future__ import annotations

import asyncio
from urllib.parse import quote, unquote, urlsplit

from datasette import hookimpl
from datasette.utils import tilde_decode
from datasette.utils.asgi import Response

from ward_archive.storage import pages
from ward_datasette.plugins.routing import MAX_ROWID

FILE_HEADERS = {"content-security-policy": "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'",
                "x-content-type-options": "nosniff"}
# Shown in the page (an <img>): the raster formats. SVG is an image that may
# carry script, so it is a download like any document.
INLINE_TYPES = {"image/png", "image/jpeg", "image/gif", "image/webp"}
# A captured file is at most WARD_FILE_MAX_BYTES (50 MiB by default) as fetched.
MAX_SERVED_BYTES = 64 * 1024 * 1024


@hookimpl
def register_routes():
    return [(r"^/-/file/(?P<database>[^/]+)/(?P<capture_id>\d+)$", captured_file)]


def file_url(database_path: str, capture_id: int | None) -> str | None:
    """The archive's address of a captured file (database_path: its name as
    Datasette routes it, tilde-encoded)."""
    return f"/-/file/{database_path}/{capture_id}" if capture_id else None


def download_name(url: str) -> str:
    """The file name of a URL's last path segment, for Content-Disposition."""
    name = unquote(urlsplit(url).path.rsplit("/", 1)[-1]) or "file"
    return name.replace("\\", "_").replace('"', "_")


def _answer(text: str, status: int) -> Response:
    return Response(text, status=status, headers=dict(FILE_HEADERS), content_type="text/plain; charset=utf-8")


async def captured_file(datasette, request):
    from ward_archive.storage.warc import PayloadReader, warc_dir

    try:
        db = datasette.get_database(tilde_decode(request.url_vars["database"]))
    except KeyError:
        return _answer("no such database", 404)
    capture_id = int(request.url_vars["capture_id"])
    row = (await db.execute(pages.FILE, [capture_id])).first() if capture_id <= MAX_ROWID else None
    if row is None or not db.path or row["status"] != 200:
        return _answer("no such captured file", 404)
    try:
        reader = PayloadReader(warc_dir(db.path), row["payload_file"], row["payload_offset"], MAX_SERVED_BYTES)
    except OSError:
        return _answer(f"the WARC file {row['payload_file']} is not beside this database", 404)
    body = await asyncio.get_running_loop().run_in_executor(None, reader.read)
    if not body:
        return _answer("the archive keeps no body for this file (over the size cap when it was fetched)", 404)
    media_type = row["content_type"] or "application/octet-stream"
    headers = dict(FILE_HEADERS)
    if media_type not in INLINE_TYPES:
        name = download_name(row["url"])
        ascii_name = name.encode("ascii", "replace").decode("ascii").replace("?", "_")
        headers["content-disposition"] = f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name)}"
    if media_type == "text/html":   # an error page kept as evidence: never rendered
        media_type = "text/plain; charset=utf-8"
    return Response(body, status=200, headers=headers, content_type=media_type)
