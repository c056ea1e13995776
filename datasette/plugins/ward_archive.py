"""Datasette plugin: the article page a researcher reads (the row page of `articles`).

Beside the cleaned text (title, date, ward, credits, captions) it shows the
portal's page as it looked when fetched: `/-/archived/<database>/<capture id>`
rebuilds the capture from the WARC, made inert (ward_scraper.util.archived_page:
no script, form or external load; images and stylesheets from the archive's own
captures), and the article page frames it in an `<iframe sandbox>`; the route
sends its own strict Content-Security-Policy. Below: earlier versions, each
linked to its diff (plugins/ward_versions.py), the extraction's verdict and
provenance, the documents the article cites and the officials it names.

`/-/raw/<database>/<capture id>` is the same capture as HTML source, shown as
text. A stored URL becomes a link only when a browser would read it as
http(s) (`is_web_url`: after removing what the WHATWG URL parser removes);
anything else (`JavaScript:`, `java<TAB>script:`, ...) is shown as inert text.
"""
from __future__ import annotations

import asyncio
import json
from urllib.parse import quote

from datasette import hookimpl
from datasette.utils import tilde_decode, tilde_encode
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

from ward_archive.storage import pages
from ward_datasette.plugins import ward_i18n
from ward_datasette.plugins.routing import MAX_ROWID
from ward_datasette.plugins.ward_files import file_url
from ward_scraper.util.archived_page import TITLE_ANCHOR, ArchivedPage
from ward_scraper.util.urls import is_web_url

# A file the archive holds the bytes of (fields.FILE_CAPTURE_PARTS: fetch_status).
KEPT = ("captured", "revisit")

ward_i18n.register({
    "Article": "Tin bài",
    "The page as archived": "Trang như khi lưu trữ",
    "The portal's page as the archive fetched it, without its scripts, forms and outside links; "
    "images from the archive.":
        "Trang của cổng thông tin như khi được lưu trữ, đã bỏ mã lệnh, biểu mẫu và liên kết ra ngoài; "
        "hình ảnh lấy từ kho lưu trữ.",
    "The archive holds no capture of this page.": "Kho lưu trữ không giữ bản chụp nào của trang này.",
    "The text as extracted": "Nội dung đã trích xuất",
    "date unknown": "không rõ ngày",
    "Authors": "Tác giả",
    "Credits": "Ghi công",
    # credits' roles (ward_scraper.extract.credits)
    "writer": "viết bài",
    "photographer": "ảnh",
    "video": "video",
    "editor": "biên tập",
    "translator": "dịch",
    "Issuing unit": "Đơn vị đăng tin",
    "Published at": "Địa chỉ gốc",
    "Archived": "Lưu trữ",
    "first {first}, last checked {last}, version {version}":
        "lần đầu {first}, kiểm tra gần nhất {last}, phiên bản {version}",
    "page source as fetched": "mã nguồn trang khi tải về",
    "Removed": "Đã gỡ",
    "the portal no longer serves it (since {at})": "cổng thông tin không còn đăng bài này (từ {at})",
    "Images": "Hình ảnh",
    "not archived": "chưa lưu trữ",
    "not fetched yet": "chưa tải",
    "Attachments": "Tệp đính kèm",
    "file": "tệp",
    "{n} bytes": "{n} byte",
    "archived copy": "bản lưu trữ",
    "original": "bản gốc",
    "The page is too long to show whole: this is its start.": "Trang quá dài để hiển thị toàn bộ: đây là phần đầu.",
    "Versions": "Các phiên bản",
    "This article has not changed since the archive first saw it.":
        "Tin bài này không thay đổi kể từ lần đầu được lưu trữ.",
    "version {n}": "phiên bản {n}",
    "fetched {at}": "tải về {at}",
    "replaced {at}": "bị thay thế {at}",
    "re-read by newer extraction code": "đọc lại bằng bộ trích xuất mới hơn",
    "changes in version {n}": "thay đổi ở phiên bản {n}",
    "the page as archived then": "trang như khi lưu trữ lúc đó",
    "Extraction quality": "Chất lượng trích xuất",
    "Verdict": "Đánh giá",
    "ok": "tốt",
    "degraded": "giảm chất lượng",
    "failed": "thất bại",
    "not checked (archived before the checks)": "chưa kiểm tra (lưu trữ trước khi có bước kiểm tra)",
    "Reasons": "Lý do",
    "Fields": "Các trường",
    "Extractor": "Bộ trích xuất",
    "Cited documents": "Văn bản được dẫn",
    "Number": "Số hiệu",
    "Type": "Loại",
    "Date": "Ngày",
    "Issuer": "Cơ quan ban hành",
    "Cited in": "Dẫn trong",
    # where a document is cited (documents.cited_in)
    "title": "tiêu đề",
    "lead": "sapo",
    "body_text": "nội dung",
    "attachment": "tệp đính kèm",
    "File": "Tệp",
    "Officials named": "Cán bộ được nêu tên",
    "Name": "Họ tên",
    "Positions as written": "Chức vụ như trong bài",
    "Sentence": "Câu nêu tên",
    "All columns": "Tất cả các cột",
})


@hookimpl
def extra_template_vars(view_name, table, database, request, datasette):
    if view_name != "row" or table != "articles" or request is None:
        return {}

    async def article_vars():
        key = tilde_decode(request.url_vars["pks"])
        db = datasette.get_database(database)
        row = (await db.execute(pages.ARTICLE, [key])).first()
        if row is None:
            return {}
        encoded = tilde_encode(database)

        async def rows(sql: str) -> list[dict]:
            return [dict(r) for r in (await db.execute(sql, [key])).rows]

        def kept(file: dict) -> str | None:
            """The archive's copy of the file, when it holds one."""
            return file_url(encoded, file["capture_id"]) if file["fetch_status"] in KEPT else None

        return {"article": _article(dict(row), encoded),
                "article_images": [{**r, "src_is_web": is_web_url(r["src"]), "archived": kept(r)}
                                   for r in await rows(pages.ROWS_OF["images"])],
                "article_attachments": [{**r, "url_is_web": is_web_url(r["url"]), "archived": kept(r)}
                                        for r in await rows(pages.ROWS_OF["attachments"])],
                "article_versions": [{**v, "diff_url": diff_url(encoded, key, v["version"]),
                                      "page_url": frame_url(encoded, v["capture_id"], key)}
                                     for v in await rows(pages.VERSIONS)],
                "article_documents": [{**d, "archived": file_url(encoded, d["file_capture_id"]),
                                       "file_is_web": is_web_url(d["file_url"])}
                                      for d in await rows(pages.ARTICLE_DOCUMENTS)],
                "article_officials": [{**m, "positions": json.loads(m["positions"]),
                                       "page": f"/-/person/{encoded}/{m['person_id']}"}
                                      for m in await rows(pages.ARTICLE_OFFICIALS)]}

    return article_vars


def diff_url(encoded_database: str, key: str, version: int) -> str:
    """The page showing what changed from `version` to the next one (plugins/ward_versions.py)."""
    return f"/-/changes/{encoded_database}/{tilde_encode(key)}/{version}"


def frame_url(encoded_database: str, capture_id: int | None, key: str) -> str | None:
    """The archived page of a capture, opened at the article's title."""
    if not capture_id:
        return None
    return f"/-/archived/{encoded_database}/{capture_id}?article={quote(key, safe='')}#{TITLE_ANCHOR}"


def _fields_by_extractor(extracted_by: dict) -> dict[str, list[str]]:
    """extractor -> the fields it produced (most articles: one extractor for all)."""
    fields: dict[str, list[str]] = {}
    for field, extractor in sorted(extracted_by.items()):
        fields.setdefault(str(extractor), []).append(field)
    return fields


def _article(article: dict, encoded_database: str) -> dict:
    """The row as the template shows it: JSON fields read, links checked."""
    capture = article.get("capture_id")
    return {**article,
            "url_is_web": is_web_url(article["url"]),
            "authors": json.loads(article["authors"] or "[]"),
            "credits": json.loads(article.get("credits") or "[]"),
            "quality_reasons": json.loads(article.get("quality_reasons") or "[]"),
            "extractors": _fields_by_extractor(json.loads(article.get("extracted_by") or "{}")),
            "paragraphs": [p for p in (article["body_text"] or "").split("\n\n") if p],
            "raw_url": f"/-/raw/{encoded_database}/{capture}" if capture else None,
            "frame_url": frame_url(encoded_database, capture, article["canonical_url"])}


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
    return [(r"^/-/raw/(?P<database>[^/]+)/(?P<capture_id>\d+)$", raw_capture),
            (r"^/-/archived/(?P<database>[^/]+)/(?P<capture_id>\d+)$", archived_page)]


# The page as fetched is a stranger's HTML: shown as text, never sniffed as
# HTML, and sandboxed (no script, no plugin, no form) should a browser try.
RAW_HEADERS = {"content-security-policy": "sandbox; default-src 'none'", "x-content-type-options": "nosniff"}
# The archived page, rendered: sandboxed (no script, no form, no top
# navigation, an origin of its own), nothing loaded but the archive's own
# images, styles only inline (the stylesheets are inlined), framed only by
# our own pages.
FRAME_HEADERS = {"content-security-policy": "sandbox; default-src 'none'; img-src 'self'; "
                 "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'",
                 "x-content-type-options": "nosniff", "referrer-policy": "no-referrer"}
# The images and stylesheets of one archived page looked up in the archive (a
# portal's page names a few dozen; the rest of a hostile one's are dropped).
MAX_LOOKED_UP_FILES = 2000
# SQLite's largest integer: a larger id names no row (and cannot be bound).
# A stylesheet inlined into the archived page is read up to this size.
MAX_STYLESHEET_BYTES = 2 * 1024 * 1024


def raw_text(text: str, status: int = 200) -> Response:
    return Response(text, status=status, headers=dict(RAW_HEADERS), content_type="text/plain; charset=utf-8")


class CapturedPage:
    """One capture of a page, read from the WARC files beside the database and
    decoded as its charset says (decode_html: legacy encodings too), with a
    cap (warc.MAX_DECODED_BYTES, or the plugin setting `raw_max_mb`)."""

    def __init__(self, db, database_name: str, row, text: str, cut_at_mb: int | None):
        self.db, self.database_name, self.row, self.text, self.cut_at_mb = db, database_name, row, text, cut_at_mb

    @classmethod
    async def read(cls, datasette, request) -> "CapturedPage | str":
        """The capture the request names, or why there is none (a 404's text)."""
        from ward_archive.storage.warc import MAX_DECODED_BYTES, PayloadReader, warc_dir

        name = tilde_decode(request.url_vars["database"])
        try:
            db = datasette.get_database(name)
        except KeyError:
            return "no such database"
        capture_id = int(request.url_vars["capture_id"])
        row = (await db.execute(pages.CAPTURE, [capture_id])).first() if capture_id <= MAX_ROWID else None
        if row is None or not db.path:
            return "no such capture"
        config = datasette.plugin_config("ward-archive") or {}
        limit = int(config["raw_max_mb"]) * 1024 * 1024 if config.get("raw_max_mb") else MAX_DECODED_BYTES
        try:
            reader = PayloadReader(warc_dir(db.path), row["payload_file"], row["payload_offset"], limit)
        except OSError:
            return f"the WARC file {row['payload_file']} is not beside this database"
        text = await _decoded(reader)
        return cls(db, name, row, text, limit // (1024 * 1024) if reader.cut else None)


async def _decoded(reader) -> str:
    """A PayloadReader's body as text, in its declared charset when it names one."""
    from ward_scraper.util.page import decode_html

    body = await asyncio.get_running_loop().run_in_executor(None, reader.read)
    charset = next((v.split("charset=")[-1] for k, v in reader.headers if k.lower() == "content-type"
                    and "charset=" in v), None)
    return decode_html(body, charset)


async def raw_capture(datasette, request):
    """A page exactly as the crawler fetched it, as plain text: portal HTML is
    shown, never rendered. Past the cap, the start is shown, with a note."""
    page = await CapturedPage.read(datasette, request)
    if isinstance(page, str):
        return raw_text(page, status=404)
    note = (f"<!-- cut: the page decodes to more than {page.cut_at_mb} MiB; this is its start -->\n"
            if page.cut_at_mb else "")
    return raw_text(f"<!-- {page.row['url']} as fetched -->\n" + note + page.text)


async def archived_page(datasette, request):
    """The page as it looked when fetched, made inert (module docstring), for
    the article page's sandboxed frame."""
    page = await CapturedPage.read(datasette, request)
    if isinstance(page, str):
        return Response(page, status=404, headers=dict(FRAME_HEADERS), content_type="text/plain; charset=utf-8")
    loop = asyncio.get_running_loop()
    archived_page = ArchivedPage(page.text, page.row["url"])
    images, stylesheets = await loop.run_in_executor(None, archived_page.linked_files)  # parses the page
    images, stylesheets = images[:MAX_LOOKED_UP_FILES], stylesheets[:MAX_LOOKED_UP_FILES]
    found = await page.db.execute(pages.CAPTURES_NEAR, {"urls": json.dumps(images + stylesheets),
                                                         "at": page.row["fetched_at"]})
    captures = {row["url"]: row for row in found.rows}
    encoded = tilde_encode(page.database_name)
    archived = {url: file_url(encoded, captures[url]["id"]) for url in images if url in captures}
    css = [(url, await _stylesheet(page.db, captures[url])) for url in stylesheets if url in captures]
    article = request.args.get("article")
    title = (await page.db.execute(pages.ARTICLE_TITLE, [article])).first() if article else None
    html = await loop.run_in_executor(
        None, lambda: archived_page.inert(archived, css, title=title["title"] if title else None))
    if archived_page.cut or page.cut_at_mb:
        note = ward_i18n.translate("The page is too long to show whole: this is its start.",
                                   ward_i18n.language(request))
        html = html.replace("<body>", f'<body><p class="ward-cut-note"><strong>{escape(note)}</strong></p>', 1)
    return Response(html, status=200, headers=dict(FRAME_HEADERS), content_type="text/html; charset=utf-8")


async def _stylesheet(db, capture) -> str:
    from ward_archive.storage.warc import PayloadReader, warc_dir

    try:
        reader = PayloadReader(warc_dir(db.path), capture["payload_file"], capture["payload_offset"],
                               MAX_STYLESHEET_BYTES)
    except OSError:
        return ""
    return await _decoded(reader)
