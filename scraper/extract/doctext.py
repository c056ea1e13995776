"""The text of an attached document: bytes in, DocumentText out (docs/search.md, "Attachments").

The kind of file is read from its first bytes, never from its name or the
server's Content-Type (portals serve PDFs as application/octet-stream and
Word files named .pdf):

| kind | read with | method |
|---|---|---|
| PDF with a text layer | poppler's `pdftotext` | `text-layer` |
| PDF pages without one (scans) | poppler's `pdftoppm`, then Tesseract `-l vie` | `ocr` (`text-layer+ocr` when mixed) |
| DOCX, ODT (and ODS, ODP) | their XML, read with lxml | `docx`, `odt` |
| XLSX, XLS | openpyxl, xlrd | `xlsx`, `xls` |
| DOC (Word 97-2003) | `antiword` | `doc` |

Poppler was chosen over pypdf and pdfminer.six: on Vietnamese PDFs with a
ToUnicode map all three give the same text, but an external process can be
timed out and killed, and a hostile PDF cannot exhaust this process's memory.
Every external tool runs with a timeout, every archive member's size is read
before it is inflated, and pages are capped: a damaged, encrypted, huge or
hostile file gives a DocumentText with `error` set, never an exception.
"""
from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
import unicodedata
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from lxml import etree


@dataclass(frozen=True)
class DocumentText:
    text: str                # NFC; pages (sheets) separated by form feeds
    method: str | None       # how it was read (table above); None when nothing could be read
    pages: int | None        # pages of a document, sheets of a workbook; None when unknown
    error: str | None = None  # why the text is missing or partial


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 50 * 1024 * 1024      # a bigger file is not read at all
    max_pages: int = 300                   # pages read from one PDF
    max_ocr_pages: int = 20                # scanned pages sent to OCR from one PDF
    max_chars: int = 2_000_000             # text kept from one file
    max_member_bytes: int = 100 * 1024 * 1024  # one inflated XML part of a DOCX/XLSX/ODT
    tool_timeout: float = 120.0            # seconds, for each run of an external tool
    ocr_dpi: int = 300


# A PDF page whose text layer has fewer letters than this is taken for a scan
# (a scan may carry a page number or a short stamp as text; a typed page has
# hundreds). Kept low so a one-line page is not sent to OCR (1-2 s a page).
MIN_LETTERS_PER_PAGE = 10
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
FORM_FEED = "\f"


class Unreadable(Exception):
    """A file that cannot be read; the message becomes DocumentText.error."""


def sniff(data: bytes) -> str | None:
    """The kind of document the bytes are (pdf, docx, xlsx, odt, doc, xls), or None."""
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    if data.startswith(OLE2_MAGIC):
        # The OLE directory names its streams in UTF-16: Word's is WordDocument, Excel's Workbook (Book for Excel 5).
        if "WordDocument".encode("utf-16-le") in data:
            return "doc"
        if "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data:
            return "xls"
    return None


def _zip_kind(data: bytes) -> str | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "word/document.xml" in names:
                return "docx"
            if "xl/workbook.xml" in names:
                return "xlsx"
            if "mimetype" in names and "content.xml" in names:
                mimetype = archive.read("mimetype")[:100]
                if mimetype.startswith(b"application/vnd.oasis.opendocument."):
                    return "odt"
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    return None


def document_text(data: bytes, limits: Limits = Limits()) -> DocumentText:
    """The text of a document file, NFC-normalised, or the reason there is none."""
    if len(data) > limits.max_bytes:
        return DocumentText("", None, None, f"file of {len(data):,} bytes is over the {limits.max_bytes:,}-byte cap")
    kind = sniff(data)
    if kind is None:
        return DocumentText("", None, None, "not a document this archive reads (PDF, DOC, DOCX, XLS, XLSX, ODT)")
    try:
        found = READERS[kind](data, limits)
    except Unreadable as exc:
        return DocumentText("", None, None, str(exc))
    except Exception as exc:  # a library's own failure on a damaged file: recorded, never raised
        return DocumentText("", None, None, f"damaged {kind.upper()} file: {type(exc).__name__}: {exc}"[:500])
    text = unicodedata.normalize("NFC", found.text)
    if len(text) > limits.max_chars:
        text = text[:limits.max_chars]
        found = DocumentText(text, found.method, found.pages,
                             found.error or f"text cut at {limits.max_chars:,} characters")
    return DocumentText(text, found.method, found.pages, found.error)


# ---- PDF ----------------------------------------------------------------------

def _run(command: list[str], limits: Limits, what: str) -> bytes:
    """Standard output of an external tool, or Unreadable with its complaint."""
    if shutil.which(command[0]) is None:
        raise Unreadable(f"{command[0]} is not installed ({TOOL_PACKAGES[command[0]]})")
    try:
        done = subprocess.run(command, capture_output=True, timeout=limits.tool_timeout, check=False)
    except subprocess.TimeoutExpired:
        raise Unreadable(f"{what} took longer than {limits.tool_timeout:g} s") from None
    if done.returncode != 0:
        complaint = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise Unreadable(f"{what} failed: {complaint[-1] if complaint else f'exit code {done.returncode}'}")
    return done.stdout


TOOL_PACKAGES = {"pdfinfo": "Debian package poppler-utils", "pdftotext": "Debian package poppler-utils",
                 "pdftoppm": "Debian package poppler-utils", "tesseract": "Debian package tesseract-ocr",
                 "antiword": "Debian package antiword"}


def _pdf_pages(path: Path, limits: Limits) -> int:
    try:
        info = _run(["pdfinfo", str(path)], limits, "reading the PDF")
    except Unreadable as exc:
        if "password" in str(exc).lower():
            raise Unreadable("encrypted PDF: it needs a password") from None
        raise
    found = re.search(rb"^Pages:\s+(\d+)", info, re.M)
    if not found:
        raise Unreadable("damaged PDF: no page count")
    return int(found.group(1))


@lru_cache(maxsize=1)
def ocr_available() -> bool:
    """Tesseract with its Vietnamese model (Debian: tesseract-ocr-vie)."""
    if shutil.which("tesseract") is None:
        return False
    try:
        listed = subprocess.run(["tesseract", "--list-langs"], capture_output=True, timeout=30, check=False)
    except (subprocess.TimeoutExpired, OSError):
        return False
    return "vie" in listed.stdout.decode("utf-8", "replace").split()


def _letters(text: str) -> int:
    return sum(character.isalpha() for character in text)


def _ocr_page(path: Path, page: int, workdir: Path, limits: Limits) -> str:
    prefix = workdir / f"page-{page}"
    _run(["pdftoppm", "-r", str(limits.ocr_dpi), "-gray", "-png", "-singlefile", "-f", str(page), "-l", str(page),
          str(path), str(prefix)], limits, f"rendering page {page}")
    text = _run(["tesseract", str(prefix) + ".png", "-", "-l", "vie"], limits, f"OCR of page {page}")
    return text.decode("utf-8", "replace").strip()


def read_pdf(data: bytes, limits: Limits) -> DocumentText:
    with tempfile.TemporaryDirectory(prefix="ward-doctext-") as workdir:
        path = Path(workdir) / "document.pdf"
        path.write_bytes(data)
        pages = _pdf_pages(path, limits)
        read = min(pages, limits.max_pages)
        layer = _run(["pdftotext", "-enc", "UTF-8", "-l", str(read), str(path), "-"], limits,
                     "reading the text layer").decode("utf-8", "replace")
        texts = [page.strip() for page in layer.split(FORM_FEED)][:read]
        texts += [""] * (read - len(texts))
        scans = [number for number, text in enumerate(texts, start=1) if _letters(text) < MIN_LETTERS_PER_PAGE]
        notes = [f"only the first {read} of {pages} pages were read"] if read < pages else []
        if scans and not ocr_available():
            notes.append(f"{len(scans)} scanned page(s) not read: Tesseract with its Vietnamese model "
                         "(tesseract-ocr-vie) is not installed")
            scans = []
        if len(scans) > limits.max_ocr_pages:
            notes.append(f"OCR read {limits.max_ocr_pages} of {len(scans)} scanned pages")
            scans = scans[:limits.max_ocr_pages]
        for number in scans:
            texts[number - 1] = _ocr_page(path, number, Path(workdir), limits)
    method = "ocr" if scans and len(scans) == read else "text-layer+ocr" if scans else "text-layer"
    return DocumentText(FORM_FEED.join(texts), method, pages, "; ".join(notes) or None)


# ---- office files: XML inside a zip --------------------------------------------

# No entities, no network, no huge-tree mode: a hostile XML part cannot expand or reach out.
_XML = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)


def _xml_member(archive: zipfile.ZipFile, name: str, limits: Limits):
    """The parsed XML part `name`, after checking its inflated size (zip bombs)."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > limits.max_member_bytes:
        raise Unreadable(f"{name} would inflate to {info.file_size:,} bytes, over the "
                         f"{limits.max_member_bytes:,}-byte cap")
    return etree.fromstring(archive.read(name), _XML)


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx_paragraph(paragraph) -> str:
    pieces = []
    for node in paragraph.iter(W + "t", W + "tab", W + "br", W + "cr"):
        pieces.append(node.text or "" if node.tag == W + "t" else "\t" if node.tag == W + "tab" else "\n")
    return "".join(pieces)


def read_docx(data: bytes, limits: Limits) -> DocumentText:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        body = _xml_member(archive, "word/document.xml", limits)
        app = _xml_member(archive, "docProps/app.xml", limits)
    paragraphs = [_docx_paragraph(p) for p in body.iter(W + "p")]
    pages = None
    if app is not None:
        found = app.find("{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}Pages")
        pages = int(found.text) if found is not None and (found.text or "").isdigit() else None
    return DocumentText("\n".join(p for p in paragraphs if p.strip()), "docx", pages)


TEXT_NS = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
META_NS = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"


def _odf_paragraph(paragraph) -> str:
    pieces = [paragraph.text or ""]
    for node in paragraph:
        if node.tag == TEXT_NS + "s":
            pieces.append(" " * int(node.get(TEXT_NS + "c", "1")))
        elif node.tag == TEXT_NS + "tab":
            pieces.append("\t")
        elif node.tag == TEXT_NS + "line-break":
            pieces.append("\n")
        else:
            pieces.append(_odf_paragraph(node))
        pieces.append(node.tail or "")
    return "".join(pieces)


def read_odf(data: bytes, limits: Limits) -> DocumentText:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        content = _xml_member(archive, "content.xml", limits)
        meta = _xml_member(archive, "meta.xml", limits)
    paragraphs = [_odf_paragraph(p) for p in content.iter(TEXT_NS + "p", TEXT_NS + "h")]
    pages = None
    if meta is not None:
        statistic = meta.find(f".//{META_NS}document-statistic")
        count = statistic.get(META_NS + "page-count") if statistic is not None else None
        pages = int(count) if count and count.isdigit() else None
    return DocumentText("\n".join(p for p in paragraphs if p.strip()), "odt", pages)


# ---- spreadsheets ------------------------------------------------------------------

def _cell(value) -> str:
    """A cell as text; XLS stores every number as a float, and 12 must read "12", not "12.0"."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _sheet_text(rows, limits: Limits, used: int) -> str:
    """Rows of cell values as tab-separated lines, stopping near the character cap."""
    lines = []
    for row in rows:
        line = "\t".join(_cell(value) for value in row).rstrip("\t")
        if line:
            lines.append(line)
            used += len(line) + 1
            if used > limits.max_chars:
                break
    return "\n".join(lines)


def read_xlsx(data: bytes, limits: Limits) -> DocumentText:
    import openpyxl

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        too_big = [i.filename for i in archive.infolist() if i.file_size > limits.max_member_bytes]
    if too_big:
        raise Unreadable(f"{too_big[0]} would inflate past the {limits.max_member_bytes:,}-byte cap")
    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        sheets = []
        for sheet in book.worksheets:
            sheets.append(_sheet_text(sheet.iter_rows(values_only=True), limits, sum(map(len, sheets))))
    finally:
        book.close()
    return DocumentText(FORM_FEED.join(sheets), "xlsx", len(sheets))


def read_xls(data: bytes, limits: Limits) -> DocumentText:
    import xlrd

    book = xlrd.open_workbook(file_contents=data, on_demand=True)
    try:
        sheets = []
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            rows = (sheet.row_values(number) for number in range(sheet.nrows))
            sheets.append(_sheet_text(rows, limits, sum(map(len, sheets))))
            book.unload_sheet(index)
    finally:
        book.release_resources()
    return DocumentText(FORM_FEED.join(sheets), "xls", len(sheets))


# ---- Word 97-2003 ------------------------------------------------------------------

def read_doc(data: bytes, limits: Limits) -> DocumentText:
    with tempfile.TemporaryDirectory(prefix="ward-doctext-") as workdir:
        path = Path(workdir) / "document.doc"
        path.write_bytes(data)
        # -m UTF-8.txt: Unicode output (the default mapping is Latin-1); -w 0: no re-wrapping.
        text = _run(["antiword", "-m", "UTF-8.txt", "-w", "0", str(path)], limits, "reading the DOC file")
    return DocumentText(text.decode("utf-8", "replace").strip(), "doc", None)


READERS = {"pdf": read_pdf, "docx": read_docx, "odt": read_odf, "xlsx": read_xlsx, "xls": read_xls,
           "doc": read_doc}
