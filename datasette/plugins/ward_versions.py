"""Datasette plugin: what changed between two versions of an article.

  /-/changes/<database>/<article key>/<version>

shows version N of the article (from `article_versions`) against version N+1
(the next earlier version, or the current row of `articles`), field by
field, the text word by word (ward_scraper.util.textdiff: deletions and
insertions marked, Vietnamese-safe). The article page links each earlier
version here (plugins/ward_archive.py).
"""
from __future__ import annotations

import json

from datasette import hookimpl
from datasette.utils import tilde_decode, tilde_encode
from datasette.utils.asgi import NotFound, Response

from ward_archive.storage import pages
from ward_datasette.plugins.routing import MAX_ROWID, database_of
from ward_datasette.plugins import ward_i18n
from ward_scraper.util.textdiff import changed, word_diff

# The fields a reader compares, in the page's order (English label: the
# template translates it).
COMPARED = (("title", "Title"), ("published_at", "Published"), ("lead", "Lead"), ("body_text", "Text"),
            ("authors", "Authors"), ("credit_line", "Credit line"), ("source_unit", "Issuing unit"),
            ("category", "Section"))

ward_i18n.register({
    "Changes in version {n}": "Thay đổi ở phiên bản {n}",
    "Version {old} (fetched {old_at}) against version {new} (fetched {new_at}) of":
        "Phiên bản {old} (tải về {old_at}) so với phiên bản {new} (tải về {new_at}) của",
    "Deleted words are struck through, inserted words underlined.":
        "Chữ bị xoá được gạch ngang, chữ được thêm được gạch dưới.",
    "Version {n} was made by re-reading the archived page with newer extraction code, not by a change on the portal.":
        "Phiên bản {n} được tạo khi đọc lại trang đã lưu bằng bộ trích xuất mới hơn, không phải do cổng thông tin sửa bài.",
    "Unchanged": "Không đổi",
    "No field the reader sees changed (the change is in the images, attachments or the page's markup).":
        "Không trường nào người đọc thấy bị thay đổi (thay đổi nằm ở hình ảnh, tệp đính kèm hoặc mã trang).",
    "Back to the article": "Quay lại tin bài",
    "Title": "Tiêu đề",
    "Published": "Ngày đăng",
    "Lead": "Sapo",
    "Text": "Nội dung",
    "Authors": "Tác giả",
    "Credit line": "Dòng ghi công",
    "Issuing unit": "Đơn vị đăng tin",
    "Section": "Chuyên mục",
})


@hookimpl
def register_routes():
    return [(r"^/-/changes/(?P<database>[^/]+)/(?P<key>[^/]+)/(?P<version>\d+)$", changes_page)]


def _shown(field: str, value) -> str:
    """A field's value as the reader sees it (authors: names, not JSON)."""
    if field == "authors":
        return ", ".join(json.loads(value or "[]"))
    return value or ""


async def changes_page(datasette, request):
    name, db = database_of(datasette, request)
    key = tilde_decode(request.url_vars["key"])
    number = int(request.url_vars["version"])
    if number >= MAX_ROWID:
        raise NotFound("no such version of this article")
    old = (await db.execute(pages.VERSION_TEXT, {"key": key, "version": number})).first()
    new = (await db.execute(pages.VERSION_TEXT, {"key": key, "version": number + 1})).first()
    if old is None or new is None:
        raise NotFound("no such version of this article, or no later one to compare it with")
    fields = []
    for field, label in COMPARED:
        pieces = word_diff(_shown(field, old[field]), _shown(field, new[field]))
        fields.append({"name": field, "label": label, "pieces": pieces, "changed": changed(pieces)})
    return Response.html(await datasette.render_template("article_changes.html", {
        "database": name, "title": new["title"], "old": dict(old), "new": dict(new), "fields": fields,
        "article_page": f"/{tilde_encode(name)}/articles/{tilde_encode(key)}"}, request=request))
