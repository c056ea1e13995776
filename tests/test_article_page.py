"""The article page (issue 14 item 3): the archived page rendered inert in a
sandboxed frame, the text beside it, versions with their diffs, the
extraction's verdict, cited documents and named officials.

A real archive file written by the store, real WARC records written by the
crawler's recorder, our Datasette in process (its HTTP client, no network).
The hostile captures hold every trick a portal page could play; each must
come out of `/-/archived/` inert. tests/test_browser_article.py shows the
same pages in chromium.
"""
from __future__ import annotations

import asyncio
import json
import re
import sqlite3
import unicodedata
from pathlib import Path

import pytest
from datasette.utils import tilde_encode

from ward_archive.serve import datasette_app
from ward_archive.storage.warc import WarcRecorder, warc_dir
from ward_scraper.util.archived_page import MAX_RENDERED_CHARS
from ward_scraper.util.textdiff import DELETED, INSERTED, SAME, word_diff

from tests.test_search import build_archive, item, store, url_of

HOSTILE = url_of("a01")          # its capture: the hostile page
LEGACY = url_of("a03")           # its capture: a windows-1258 page
LONG = url_of("a10")             # its capture: a page longer than the frame renders
LONG_PAGE = "<html><body>" + "<p>Phường đang hướng dẫn người dân sử dụng dịch vụ công trực tuyến.</p>" * 70_000
BASE = HOSTILE.rsplit("/", 2)[0] + "/"
IMAGE_URL = BASE + "anh/hoi-nghi.png"
STYLESHEET_URL = BASE + "giao-dien/trang.css"
DECISION_URL = BASE + "van-ban/123-QD-UBND.pdf"
DECISION_PDF = b"%PDF-1.4\n% Quyet dinh 123/QD-UBND\n%%EOF\n"
# A 1x1 PNG.
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201a5f1d35d0000000049454e44ae426082")
# Each trick tries to change the title or to ask the server for a /beacon-* path.
HOSTILE_PAGE = f"""<!DOCTYPE html><html><head>
<meta http-equiv="refresh" content="0;url=/beacon-refresh">
<base href="http://127.0.0.2:9/">
<title>Hội nghị tổng kết</title>
<link rel="stylesheet" href="/giao-dien/trang.css">
<link rel="stylesheet" href="http://127.0.0.2:9/ngoai.css">
<style>@import url(/beacon-import.css); .ngay {{ color: rgb(10, 20, 30); background: url(/beacon-style.png) }}</style>
<script>document.title = 'pwned-script'; fetch('/beacon-script');</script>
</head><body onload="document.title='pwned-onload'; fetch('/beacon-onload')">
<h1 class="tieu-de">Đảng ủy phường Bình Lộc tổng kết công tác năm 2025</h1>
<p class="ngay">Ngày 30/12/2025</p>
<img src="/anh/hoi-nghi.png" onerror="fetch('/beacon-onerror')" alt="Toàn cảnh hội nghị">
<img src="/beacon-image.png"><img src="http://127.0.0.2:9/ngoai.png">
<p><a href="javascript:document.title='pwned-link'">Xem thêm</a>
<a href="java&#9;script:fetch('/beacon-link')">Chi tiết</a> <a href="/tin-tuc/a02.html">Tin khác</a></p>
<svg onload="fetch('/beacon-svg')"><script>document.title = 'pwned-svg'</script><image href="/beacon-svg.png"/></svg>
<form action="/beacon-form"><input name="q" autofocus onfocus="fetch('/beacon-focus')"><button>Tìm</button></form>
<iframe src="/beacon-iframe"></iframe><object data="/beacon-object"></object><embed src="/beacon-embed">
<video src="/beacon-video"></video><audio src="/beacon-audio"></audio>
<p style="background-image: url('/beacon-inline.png'); font-weight: bold">Hội nghị đánh giá kết quả phát triển KT-XH.</p>
<math><mtext><a href="javascript:fetch('/beacon-math')">x</a></mtext></math>
<noscript><img src="/beacon-noscript.png"></noscript>
<script>document.title = 'pwned-body'; fetch('/beacon-body-script');</script>
<div onmouseover="fetch('/beacon-mouse')" style="height: 50px">Khu dân cư số 3</div>
</body></html>"""
STYLESHEET = "h1.tieu-de { color: rgb(200, 0, 0); background: url(../anh/hoi-nghi.png) } @import '/beacon-css-import.css';"
DEGRADED_REASON = "the body is shorter than 200 characters"
LEGACY_TEXT = "Ủy ban nhân dân phường Bình Lộc tiếp công dân định kỳ"


def cp1258(text: str) -> bytes:
    """Vietnamese as windows-1258 writes it: base letters with their vowel
    marks precomposed where the code page has them, tone marks combining."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out.append(base + "".join(c for c in parts if c in tones))
    return "".join(out).encode("cp1258")


def capture(db: str, url: str, body: bytes, content_type: str) -> int:
    """The response written by the crawler's own WARC recorder; its capture id."""
    recorder = WarcRecorder(warc_dir(db), db)
    try:
        return recorder.record("GET", url, {}, 200, [("Content-Type", content_type)], body)[0]
    finally:
        recorder.close()


def hostile_archive(db: Path) -> str:
    """The test archive, with a01's capture the hostile page (its image and one
    stylesheet captured too, the image on the article's row) and a03's a
    windows-1258 page, a10's one too long to render whole; a02 changed once (two versions); a04 degraded. Returns the db path."""
    archive = build_archive(db)
    path = str(db)
    page = capture(path, HOSTILE, HOSTILE_PAGE.encode("utf-8"), "text/html; charset=utf-8")
    image = capture(path, IMAGE_URL, PNG, "image/png")
    capture(path, STYLESHEET_URL, STYLESHEET.encode("utf-8"), "text/css")
    store(archive, item("a01", capture_id=page, images=[{"src": IMAGE_URL, "caption": "Toàn cảnh hội nghị"}],
                        fetched_at="2026-01-06T00:00:00Z"))
    legacy_page = f"<html><head><title>{LEGACY_TEXT}</title></head><body><h1>{LEGACY_TEXT}</h1></body></html>"
    legacy = capture(path, LEGACY, cp1258(legacy_page), "text/html; charset=windows-1258")
    store(archive, item("a03", capture_id=legacy, fetched_at="2026-01-06T00:00:00Z"))
    long_page = capture(path, LONG, LONG_PAGE.encode("utf-8"), "text/html; charset=utf-8")
    store(archive, item("a10", capture_id=long_page, fetched_at="2026-01-06T00:00:00Z"))
    changed_body = ("Ngày 21/12/2025, UBND phường Bình Lộc ban hành Quyết định số 123/QĐ-UBND về việc kiện toàn "
                    "Hội đồng Nghĩa vụ quân sự phường.\n\nQuyết định có hiệu lực kể từ ngày ký.\n\n"
                    "Các thành viên Hội đồng chịu trách nhiệm trước Chủ tịch UBND phường.")
    store(archive, item("a02", body_text=changed_body, fetched_at="2026-01-07T00:00:00Z",
                        attachments=[{"url": DECISION_URL, "title": "Quyết định số 123/QĐ-UBND"}]))
    decision = capture(path, DECISION_URL, DECISION_PDF, "application/pdf")
    archive.close()
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE images SET capture_id = ?, fetch_status = 'captured', content_type = 'image/png' "
                     "WHERE src = ?", (image, IMAGE_URL))
        conn.execute("UPDATE attachments SET capture_id = ?, fetch_status = 'captured', "
                     "content_type = 'application/pdf' WHERE url = ?", (decision, DECISION_URL))
        # as the extraction chain writes them for a degraded article
        conn.execute("UPDATE articles SET quality = 'degraded', quality_reasons = ?, extracted_by = ? "
                     "WHERE canonical_url = ?", (json.dumps([DEGRADED_REASON]), json.dumps(
                         {"title": "liferay", "body_text": "trafilatura", "lead": "liferay"}), url_of("a04")))
    conn.close()
    return path


@pytest.fixture(scope="module")
def archive_path(tmp_path_factory) -> str:
    return hostile_archive(tmp_path_factory.mktemp("article") / "archive.db")


def get(ds, path: str):
    return asyncio.run(ds.client.get(path))


def article_page(key: str) -> str:
    return "/archive/articles/" + tilde_encode(key)


def frame_of(ds, key: str):
    """The archived page the article page frames, as served."""
    page = get(ds, article_page(key)).text
    iframe = re.search(r"<iframe [^>]*>", page).group(0)
    assert re.search(r"\ssandbox[\s>]", iframe) and 'sandbox="' not in iframe, iframe  # no permission at all
    return get(ds, re.search(r'src="([^"]+)"', iframe).group(1))


def test_the_hostile_page_comes_out_inert(archive_path):
    ds = datasette_app(archive_path)
    response = frame_of(ds, HOSTILE)
    assert response.status_code == 200
    policy = dict(part.strip().split(" ", 1) if " " in part.strip() else (part.strip(), "")
                  for part in response.headers["content-security-policy"].split(";"))
    assert "sandbox" in policy and policy["default-src"] == "'none'" and policy["img-src"] == "'self'"
    assert "script-src" not in policy and policy["frame-ancestors"] == "'self'"
    assert response.headers["x-content-type-options"] == "nosniff"
    html = response.text
    lowered = html.lower()
    for trick in ("<script", "<svg", "<math", "<form", "<input", "<iframe", "<object", "<embed", "<video",
                  "<audio", "<meta http-equiv", "<base", "<link", "onload", "onerror", "onfocus", "javascript",
                  "beacon", "127.0.0.2", "@import", "pwned", "href="):
        assert trick not in lowered, (trick, html)
    # the text and its look stay: the page's title and paragraphs, its own and its stylesheet's rules
    # the frame opens at the article's title
    assert '<h1 class="tieu-de" id="ward-article-title">Đảng ủy phường Bình Lộc tổng kết công tác năm 2025</h1>' in html
    assert "color: rgb(10, 20, 30)" in html and "color: rgb(200, 0, 0)" in html
    assert "font-weight: bold" in html
    # the captured image, from the archive, in the page and in the stylesheet; no other source
    image = re.search(r"/-/file/archive/\d+", html).group(0)
    assert re.search(f'<img [^>]*src="{image}"', html) and f'url("{image}")' in html
    assert set(re.findall(r'src="([^"]*)"', html)) == {image}
    assert get(ds, image).content == PNG


def test_a_legacy_encoding_is_decoded_by_its_charset(archive_path):
    ds = datasette_app(archive_path)
    html = frame_of(ds, LEGACY).text
    assert re.search(f"<h1[^>]*>{LEGACY_TEXT}</h1>", html)


def test_a_page_too_long_is_rendered_from_its_start_with_a_note(archive_path):
    assert len(LONG_PAGE) > MAX_RENDERED_CHARS
    html = frame_of(datasette_app(archive_path), LONG).text
    assert "Trang quá dài để hiển thị toàn bộ: đây là phần đầu." in html
    assert MAX_RENDERED_CHARS * 0.9 < len(html) < MAX_RENDERED_CHARS * 1.1


def test_the_article_page_shows_the_text_quality_documents_and_versions(archive_path):
    ds = datasette_app(archive_path)
    page = get(ds, article_page(url_of("a02")) + "?lang=en").text
    assert 'class="ward-frame"' not in page   # no capture: no frame
    assert "The archive holds no capture of this page." in page
    assert "Các thành viên Hội đồng chịu trách nhiệm" in page   # the current text
    documents = re.findall(r'<tr class="ward-document">(.*?)</tr>', page, re.S)
    assert len(documents) == 1 and "123/QĐ-UBND" in documents[0] and "Quyết định" in documents[0]
    archived_file = re.search(r'class="ward-archived-file" href="([^"]+)"', documents[0]).group(1)
    assert get(ds, archived_file).content == DECISION_PDF
    [diff] = re.findall(r'class="ward-diff-link" href="([^"]+)"', page)
    assert "Extraction quality" in page
    never = get(ds, article_page(url_of("a05"))).text
    assert "Tin bài này không thay đổi kể từ lần đầu được lưu trữ." in never and "ward-diff-link" not in never

    changes = get(ds, diff).text
    assert "<del>20</del><ins>21</ins>" in changes
    assert "ký.\n\n<ins>Các thành viên Hội đồng chịu trách nhiệm trước Chủ tịch UBND phường.</ins>" in changes
    unchanged = changes.split('<p class="ward-unchanged">', 1)[1].split("</p>", 1)[0]
    assert unchanged.startswith("Không đổi:") and '<span data-field="title">Tiêu đề</span>' in unchanged
    assert 'data-field="body_text"' not in unchanged
    assert get(ds, diff.rsplit("/", 1)[0] + "/2").status_code == 404   # no version 3 to compare with


def test_the_extraction_verdict_says_why_and_which_extractor_read_what(archive_path):
    ds = datasette_app(archive_path)
    page = get(ds, article_page(url_of("a04")) + "?lang=en").text
    quality = page.split('<section class="ward-quality">', 1)[1].split("</section>", 1)[0]
    assert '<strong class="ward-quality-degraded">degraded</strong>' in quality
    assert f"<li>{DEGRADED_REASON}</li>" in quality
    assert "<td>liferay</td><td>lead, title</td>" in quality and "<td>trafilatura</td><td>body_text</td>" in quality
    assert "giảm chất lượng" in get(ds, article_page(url_of("a04"))).text


def test_officials_named_link_to_their_person_page(archive_path):
    ds = datasette_app(archive_path)
    page = get(ds, article_page(url_of("a08"))).text
    [row] = re.findall(r'<tr class="ward-official">(.*?)</tr>', page, re.S)
    link = re.search(r'href="(/-/person/archive/\d+)">Nguyễn Thị Thuý</a>', row).group(1)
    assert "Chủ tịch Hội phụ nữ phường" in row
    assert "Nguyễn Thị Thuý" in get(ds, link).text


def test_every_link_of_the_article_pages_answers(archive_path):
    """No link or source the article pages show leads to an error (issue 14: no HTTP 500 from the UI)."""
    ds = datasette_app(archive_path)
    pages = [article_page(url_of(a)) for a in ("a01", "a02", "a03", "a04", "a08")]
    diff = re.search(r'class="ward-diff-link" href="([^"]+)"', get(ds, pages[1]).text).group(1)
    seen = set()
    for path in pages + [diff]:
        html = get(ds, path).text
        for link in re.findall(r'(?:href|src)="(/[^"]*)"', html):
            link = link.replace("&amp;", "&").split("#")[0]
            if link not in seen:
                seen.add(link)
                response = get(ds, link)
                if response.status_code == 302:   # the short address /a/<id> leads to the article page
                    response = get(ds, response.headers["location"])
                assert response.status_code == 200, (path, link)
    assert any(link.startswith("/-/archived/") for link in seen) and any(link.startswith("/-/person/") for link in seen)


def test_ids_that_name_nothing_are_not_found(archive_path):
    ds = datasette_app(archive_path)
    huge = "9" * 25   # more than SQLite's integers hold
    for path in (f"/-/archived/archive/{huge}", f"/-/raw/archive/{huge}", "/-/archived/archive/999999",
                 f"/-/changes/archive/{tilde_encode(url_of('a02'))}/{huge}",
                 f"/-/changes/archive/{tilde_encode(url_of('a05'))}/1", "/-/changes/nodb/x/1"):
        assert get(ds, path).status_code == 404, path


def test_word_diff_is_vietnamese_safe():
    # a tone changed: the whole syllable, never a half letter
    pieces = word_diff("Hội nghị", "Hồi nghị")
    assert [(p.kind, p.text) for p in pieces] == [(DELETED, "Hội"), (INSERTED, "Hồi"), (SAME, " nghị")]
    # the same words with combining marks are no change
    assert [p.kind for p in word_diff(unicodedata.normalize("NFD", "Phường Tân Định"), "Phường Tân Định")] == [SAME]
    # paragraphs kept; a long stretch goes paragraph by paragraph
    long_old, long_new = "a " * 15_000, "b " * 15_000
    assert [p.kind for p in word_diff(long_old, long_new)] == [DELETED, INSERTED]


def test_a_page_inside_one_form_keeps_its_content_and_loses_the_controls():
    """ASP.NET WebForms and SharePoint pages sit whole inside `<form id="aspnetForm">`:
    the form goes, its text stays (the frame was blank for them), its controls go."""
    from ward_scraper.util.archived_page import ArchivedPage

    title = "Xã Thạch Hà ra quân tổng vệ sinh môi trường"
    page = ArchivedPage(f"""<html><body><form id="aspnetForm" action="/pages/a.aspx" method="post">
        <input type="hidden" name="__VIEWSTATE" value="dDwtMTA4"><div class="menu">Trang chủ</div>
        <h1 class="title">{title}</h1><p>Sáng 27/10, UBND xã tổ chức ra quân.</p>
        <select name="lien-ket"><option>Liên kết website</option></select><button>Tìm kiếm</button>
        </form></body></html>""", "https://thachha.hatinh.gov.vn/pages/a.aspx")
    html = page.inert({}, [], title=title)
    assert f'<h1 class="title" id="ward-article-title">{title}</h1>' in html
    assert "Sáng 27/10, UBND xã tổ chức ra quân." in html and "Trang chủ" in html
    for control in ("<form", "<input", "__VIEWSTATE", "<select", "Liên kết website", "<button", "Tìm kiếm"):
        assert control not in html, control
