"""Attachment texts: bytes -> DocumentText (PDF text layer, OCR of scans, DOCX, ODT, XLSX; damaged,
encrypted and huge files recorded, never raised), and in the archive: read from real WARC captures,
found by the ranked search (marked as an attachment match, through our Datasette), cited documents
in `documents`, and `ward-archive doctext`.

`capture_file` is the fixture helper: it writes a capture exactly as a crawl does (a WARC
response record and a `captures` row, through the store's WarcRecorder)."""
from __future__ import annotations

import io
import json
import sqlite3
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

import pytest

from ward_archive.storage import open_store
from ward_archive.storage.warc import warc_dir
from ward_replica.fixtures.make_documents import (SCANNED_PDF, SCANNED_WORDS, TEXT_LAYER_PDF, TEXT_LAYER_WORDS,
                                                  make_text_layer_pdf)
from ward_scraper.crawl.items import content_hash
from ward_scraper.crawl.registry import Portal
from ward_scraper.extract.doctext import Limits, document_text, ocr_available, sniff

# Our Datasette in process over this module's `corpus` (the fixture reads whichever `corpus` the test has).
from tests.test_search import site  # noqa: F401

NO_OCR = "Tesseract with its Vietnamese model (Debian tesseract-ocr-vie) cannot be installed on this machine"
needs_ocr = pytest.mark.skipif(not ocr_available(), reason=NO_OCR)

PDF_TEXT = TEXT_LAYER_PDF.read_bytes()
PDF_SCAN = SCANNED_PDF.read_bytes()


# ---- documents of each kind ----------------------------------------------------------

def test_a_pdf_text_layer_is_read_nfc_with_its_page_count():
    found = document_text(PDF_TEXT)
    assert (found.method, found.pages, found.error) == ("text-layer", 1, None)
    assert TEXT_LAYER_WORDS in found.text and "Số: 67/KH-UBND" in found.text
    assert unicodedata.is_normalized("NFC", found.text)


def test_a_one_line_text_page_is_not_taken_for_a_scan():
    from ward_replica.static import pdf_bytes  # the replica's attachments: one line of text per page

    found = document_text(pdf_bytes("thong-bao-so-12-tb-ubnd.pdf"))
    assert (found.method, found.text) == ("text-layer", "thong-bao-so-12-tb-ubnd.pdf")


@needs_ocr
def test_a_scanned_pdf_is_read_by_ocr_in_vietnamese():
    found = document_text(PDF_SCAN)
    assert (found.method, found.pages, found.error) == ("ocr", 1, None)
    assert SCANNED_WORDS in found.text and "18/TB-UBND" in found.text


def zipped(parts: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return buffer.getvalue()


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx(*paragraphs: str, pages: int = 2) -> bytes:
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    return zipped({
        "[Content_Types].xml": "<Types/>",
        "word/document.xml": f'<w:document {W}><w:body>{body}'
                             '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>ô bảng</w:t><w:tab/><w:t>hai</w:t></w:r></w:p>'
                             '</w:tc></w:tr></w:tbl></w:body></w:document>',
        "docProps/app.xml": '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
                            f'extended-properties"><Pages>{pages}</Pages></Properties>'})


def test_a_docx_is_read_with_its_tables_and_pages():
    found = document_text(docx("Quyết định số 12/QĐ-UBND", "về việc kiện toàn"))
    assert (found.method, found.pages, found.error) == ("docx", 2, None)
    assert found.text == "Quyết định số 12/QĐ-UBND\nvề việc kiện toàn\nô bảng\thai"


def test_an_odt_is_read_with_spaces_tabs_and_page_count():
    text_ns = 'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    meta_ns = 'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"'
    data = zipped({"mimetype": "application/vnd.oasis.opendocument.text",
                   "content.xml": f"<office {text_ns}><text:h>Kế hoạch</text:h><text:p>Trồng<text:s text:c='2'/>"
                                  "cây<text:tab/>xanh <text:span>năm 2025</text:span></text:p></office>",
                   "meta.xml": f"<m {meta_ns}><meta:document-statistic meta:page-count='3'/></m>"})
    found = document_text(data)
    assert (found.method, found.pages, found.text) == ("odt", 3, "Kế hoạch\nTrồng  cây\txanh năm 2025")


def test_an_xlsx_is_read_sheet_by_sheet():
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["Hộ nghèo", 12])
    book.create_sheet("Hai").append(["Tổ dân phố", None, "Đồng Bèo"])
    buffer = io.BytesIO()
    book.save(buffer)
    found = document_text(buffer.getvalue())
    assert (found.method, found.pages, found.text) == ("xlsx", 2, "Hộ nghèo\t12\fTổ dân phố\t\tĐồng Bèo")


def test_an_xls_is_read_sheet_by_sheet_with_whole_numbers():
    found = document_text((SCANNED_PDF.parent / "danh-sach-ho-ngheo.xls").read_bytes())
    assert (found.method, found.pages, found.error) == ("xls", 2, None)
    assert found.text == "Tổ dân phố\tSố hộ\nĐồng Bèo\t12\nQuỳnh Lâm\t7\fDanh sách kèm Kế hoạch số 67/KH-UBND"


def test_the_kind_is_read_from_the_bytes_not_the_name():
    assert [sniff(data) for data in (PDF_TEXT, docx("x"), b"<html>", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
                                     + "WordDocument".encode("utf-16-le"))] == ["pdf", "docx", None, "doc"]


# ---- files that cannot be read: a recorded error, never an exception -------------------

def encrypted_pdf() -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, encrypt="mật-khẩu")
    page.drawString(60, 800, "secret")
    page.save()
    return buffer.getvalue()


def multi_page_pdf(pages: int) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    for number in range(pages):
        page.drawString(60, 800, f"Page {number + 1} of the plan, with enough letters to count as text")
        page.showPage()
    page.save()
    return buffer.getvalue()


@pytest.mark.parametrize("data, limits, error", [
    (PDF_TEXT[:3000], Limits(), "reading the PDF failed"),
    (b"%PDF-1.7\n" + b"\x00" * 5000, Limits(), "reading the PDF failed"),
    (encrypted_pdf(), Limits(), "encrypted PDF"),
    (PDF_TEXT, Limits(max_bytes=1000), "over the 1,000-byte cap"),
    (docx("a" * 5000), Limits(max_member_bytes=1000), "word/document.xml would inflate to"),
    (zipped({"word/document.xml": "<w:document><unclosed>"}), Limits(), "damaged DOCX file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "WordDocument".encode("utf-16-le") + b"\x00" * 600, Limits(),
     "reading the DOC file failed"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "Workbook".encode("utf-16-le") + b"\x00" * 600, Limits(),
     "damaged XLS file"),
    (b"<html><body>not a file</body></html>", Limits(), "not a document this archive reads"),
])
def test_a_file_that_cannot_be_read_gets_a_recorded_error(data, limits, error):
    found = document_text(data, limits)
    assert found.text == "" and found.method is None and error in found.error, found


def test_a_long_pdf_is_read_up_to_the_page_cap_and_says_so():
    found = document_text(multi_page_pdf(3), Limits(max_pages=2))
    assert (found.method, found.pages, found.error) == ("text-layer", 3, "only the first 2 of 3 pages were read")
    assert "Page 2" in found.text and "Page 3" not in found.text


@needs_ocr
def test_ocr_has_a_page_cap_and_a_timeout():
    capped = document_text(PDF_SCAN, Limits(max_ocr_pages=0))
    assert capped.error == "OCR read 0 of 1 scanned pages" and SCANNED_WORDS not in capped.text
    slow = document_text(PDF_SCAN, Limits(tool_timeout=0.001))
    assert slow.text == "" and "took longer than 0.001 s" in slow.error


def test_text_is_cut_at_the_character_cap():
    found = document_text(docx("Đ" * 500), Limits(max_chars=100))
    assert len(found.text) == 100 and found.error == "text cut at 100 characters"


# ---- in the archive ----------------------------------------------------------------

PORTAL = Portal("hoa-xuan", "Phường Hòa Xuân", "20314", "Đà Nẵng", "liferay", "https://hoaxuan.danang.gov.vn/",
                ("/tin-tuc",))
SITE = "https://hoaxuan.danang.gov.vn"
PLAN_URL = f"{SITE}/documents/ke-hoach-67-KH-UBND.pdf"
SCAN_URL = f"{SITE}/documents/thong-bao-lich-nao-vet.pdf"


def article(slug: str, title: str, body: str, attachments: list[dict]) -> dict:
    fields = {"url": f"{SITE}/tin-tuc/{slug}", "canonical_url": f"{SITE}/tin-tuc/{slug}", "portal": PORTAL.slug,
              "ward_code": PORTAL.ward_code, "platform": PORTAL.platform, "title": title,
              "published_at": "2025-10-01", "lead": None, "body_text": body, "body_html": f"<p>{body}</p>",
              "authors": [], "source_unit": None, "credit_line": None, "images": [], "attachments": attachments,
              "category": "Tin tức", "fetched_at": "2025-10-01T00:00:00Z"}
    fields["content_hash"] = content_hash(fields)
    return fields


def capture_file(archive, url: str, body: bytes, content_type: str = "application/pdf") -> int:
    """A captured file, as a crawl writes it: a WARC response record and its `captures` row."""
    recorder = archive.warc_recorder(warc_dir(archive.path), 100 * 1024 * 1024)
    try:
        capture_id, _ = recorder.record("GET", url, {"User-Agent": "test"}, 200,
                                        [("Content-Type", content_type), ("Content-Length", str(len(body)))], body)
    finally:
        recorder.close()
    return capture_id


def build_archive(path: Path):
    """Three articles: one links the plan (text layer), one the scanned notice, one links nothing."""
    archive = open_store(str(path))
    archive.upsert_portal(PORTAL)
    archive.upsert_article(article("ke-hoach-trong-cay", "Phường triển khai kế hoạch trồng cây xanh",
                                   "Thực hiện Kế hoạch số 67/KH-UBND ngày 25/9/2025 của UBND phường, các tổ dân "
                                   "phố ra quân trồng cây.",
                                   [{"url": PLAN_URL, "title": "Kế hoạch trồng cây"}]), PORTAL.as_row())
    archive.upsert_article(article("thong-bao-nao-vet", "Thông báo lịch làm thủy lợi",
                                   "UBND phường thông báo lịch ra quân làm thủy lợi mùa khô (file đính kèm).",
                                   [{"url": SCAN_URL, "title": "Thông báo"}]), PORTAL.as_row())
    archive.upsert_article(article("tiep-xuc-cu-tri", "Tiếp xúc cử tri phường Hòa Xuân",
                                   "Cử tri kiến nghị về trồng cây xanh và Công văn 1234/UBND-VP.", []),
                           PORTAL.as_row())
    capture_file(archive, PLAN_URL, PDF_TEXT)
    capture_file(archive, SCAN_URL, PDF_SCAN, "application/octet-stream")
    return archive


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("doctext") / "archive.db"
    archive = build_archive(path)
    counts = archive.extract_attachment_texts()
    archive.close()
    assert counts == {"files": 2, "with_text": 2 if ocr_available() else 1, "errors": 0 if ocr_available() else 1}
    return path


def rows(path: Path, sql: str, *params) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def test_attachment_texts_hold_method_pages_and_text(corpus):
    found = dict((url, rest) for url, *rest in rows(corpus, "SELECT url, method, pages, chars, error, capture_id "
                                                           "FROM attachment_texts"))
    method, pages, chars, error, capture_id = found[PLAN_URL]
    assert (method, pages, error) == ("text-layer", 1, None) and chars > 250 and capture_id
    if ocr_available():
        assert found[SCAN_URL][:2] == ["ocr", 1]


def test_the_ranked_search_finds_words_only_in_a_text_layer_pdf(site):
    hits = site.canned("search", q="cây sưa đỏ Quỳnh Lâm")
    assert [(hit["canonical_url"], hit["matched_in"]) for hit in hits] == [
        (f"{SITE}/tin-tuc/ke-hoach-trong-cay", f"attachment: {PLAN_URL}")]
    assert "<mark>sưa</mark>" in hits[0]["snippet"]


@needs_ocr
def test_the_ranked_search_finds_words_only_in_a_scanned_pdf(site):
    hits = site.canned("search", q="nao vet muong dong beo")  # folded, as search always is
    assert [(hit["canonical_url"], hit["matched_in"]) for hit in hits] == [
        (f"{SITE}/tin-tuc/thong-bao-nao-vet", f"attachment: {SCAN_URL}")]


def test_a_match_in_the_article_itself_comes_first_and_is_marked_so(site):
    hits = site.canned("search", q="cây xanh")
    assert hits[0]["matched_in"] == "article"
    assert {hit["canonical_url"] for hit in hits if hit["matched_in"] == "article"} == {
        f"{SITE}/tin-tuc/ke-hoach-trong-cay", f"{SITE}/tin-tuc/tiep-xuc-cu-tri"}


def test_cited_documents_from_articles_and_attachments_with_the_file_that_is_the_document(corpus):
    found = rows(corpus, "SELECT number, type, date, issuer, cited_in, attachment_url, document_url, article_url "
                         "FROM documents ORDER BY article_url, cited_in, number")
    plan_article = f"{SITE}/tin-tuc/ke-hoach-trong-cay"
    assert ("67/KH-UBND", "Kế hoạch", "2025-09-25", "UBND phường", "body_text", None, PLAN_URL,
            plan_article) in found
    # The plan's own text: its header names itself, and it cites a decision.
    assert ("67/KH-UBND", "Kế hoạch", None, "UBND", "attachment", PLAN_URL, PLAN_URL, plan_article) in found
    assert ("12/QĐ-UBND", "Quyết định", "2025-07-10", "UBND phường", "attachment", PLAN_URL, None,
            plan_article) in found
    assert ("1234/UBND-VP", "Công văn", None, "UBND", "body_text", None, None,
            f"{SITE}/tin-tuc/tiep-xuc-cu-tri") in found


def test_canned_queries_documents_of_a_ward_and_articles_citing_one(site):
    issued = site.canned("documents_by_ward", ward="hoa xuan")
    assert {row["number"] for row in issued} == {"67/KH-UBND", "12/QĐ-UBND"}
    plan = next(row for row in issued if row["number"] == "67/KH-UBND")
    assert (plan["citing_articles"], plan["document_url"]) == (1, PLAN_URL)
    citing = site.canned("articles_citing", number="12/qđ-ubnd")
    assert [(row["canonical_url"], row["cited_in"]) for row in citing] == [
        (f"{SITE}/tin-tuc/ke-hoach-trong-cay", "attachment")]


def test_a_file_is_read_once_and_again_only_when_its_bytes_change(tmp_path):
    archive = build_archive(tmp_path / "archive.db")
    try:
        archive.extract_attachment_texts(Limits(max_ocr_pages=0))
        assert archive.extract_attachment_texts()["files"] == 0
        capture_file(archive, PLAN_URL, PDF_TEXT)  # a re-fetch of the same bytes
        assert archive.extract_attachment_texts()["files"] == 0
        changed = tmp_path / "changed.pdf"
        make_text_layer_pdf(changed)
        capture_file(archive, PLAN_URL, changed.read_bytes().replace(b"/Producer", b"/Creator"))
        assert archive.extract_attachment_texts()["files"] == 1
        assert rows(archive.path, "SELECT count(*) FROM attachment_texts WHERE url = ?", PLAN_URL) == [(1,)]
        # The article's deletion cascades to its citations (a trigger), and replacing a text its search row.
        assert rows(archive.path, "SELECT count(*) FROM attachment_search") == \
            rows(archive.path, "SELECT count(*) FROM attachment_texts WHERE text != ''")
    finally:
        archive.close()


def test_a_capture_missing_from_the_warc_files_is_recorded_not_raised(tmp_path):
    archive = build_archive(tmp_path / "archive.db")
    try:
        for path in warc_dir(archive.path).glob("*.warc.gz"):
            path.unlink()
        assert archive.extract_attachment_texts() == {"files": 2, "with_text": 0, "errors": 2}
        errors = rows(archive.path, "SELECT error FROM attachment_texts")
        assert all(error.startswith("the capture cannot be read back: FileNotFoundError") for (error,) in errors)
    finally:
        archive.close()


def test_the_doctext_command_reads_what_is_pending_and_can_retry_errors(tmp_path):
    archive = build_archive(tmp_path / "archive.db")
    archive.close()
    command = [sys.executable, "-m", "ward_archive", "doctext", "--db", str(tmp_path / "archive.db"),
               "--max-ocr-pages", "0"]
    first = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    lines = first.stdout.splitlines()
    assert f"{PLAN_URL}: text-layer, 1 page(s)," in lines[0] or f"{PLAN_URL}: text-layer, 1 page(s)," in lines[1]
    assert any(line.startswith(f"{SCAN_URL}: not read: OCR read 0 of 1 scanned pages") for line in lines)
    assert json.loads(lines[-1]) == {"files": 2, "with_text": 1, "errors": 1, "retried": 0}
    again = subprocess.run(command[:-2] + ["--retry-errors"], capture_output=True, text=True, timeout=300)
    assert json.loads(again.stdout.splitlines()[-1])["retried"] == 1


def test_migrating_an_older_archive_indexes_the_citations_of_its_articles(tmp_path):
    archive = build_archive(tmp_path / "archive.db")
    archive.close()
    conn = sqlite3.connect(tmp_path / "archive.db")
    with conn:
        conn.executescript("DROP TABLE documents; DROP TABLE attachment_texts; DROP TABLE attachment_search; "
                           "PRAGMA user_version = 6;")
    conn.close()
    open_store(str(tmp_path / "archive.db")).close()
    assert rows(tmp_path / "archive.db", "SELECT number FROM documents ORDER BY number") == [
        ("1234/UBND-VP",), ("67/KH-UBND",)]


def test_the_public_copy_leaves_out_what_suppressions_hide(tmp_path):
    """A hidden article takes its attachments' texts and its citations out of the public copy; a
    redacted body takes the citations whose sentence is that body."""
    from ward_archive.publish import suppress
    from ward_archive.storage.suppressions import open_log, write_public_copy

    archive = build_archive(tmp_path / "archive.db")
    archive.extract_attachment_texts(Limits(max_ocr_pages=0))
    archive.close()
    conn = open_log(str(tmp_path / "archive.db"))
    with conn:
        suppress(conn, f"{SITE}/tin-tuc/ke-hoach-trong-cay", "names a private person", "test")
        suppress(conn, f"{SITE}/tin-tuc/tiep-xuc-cu-tri", "a voter's request", "test", ["body_text"])
    conn.close()
    assert {number for (number,) in rows(tmp_path / "archive.db", "SELECT number FROM documents")} == {
        "67/KH-UBND", "12/QĐ-UBND", "1234/UBND-VP"}
    public = tmp_path / "public.db"
    write_public_copy(str(tmp_path / "archive.db"), public)
    assert rows(public, "SELECT url FROM attachment_texts") == [(SCAN_URL,)]
    assert rows(public, "SELECT rowid FROM attachment_search WHERE attachment_search MATCH 'quynh'") == []
    assert rows(public, "SELECT number FROM documents") == []
