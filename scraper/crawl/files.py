"""The files an archived article links: what to fetch, and what a fetch gave.

Images and attachments are the article's own record (a decision is often
only in its PDF); the page's stylesheets are what a replay tool needs to
show the page as it was. Each is fetched once per URL through the same
engine as the pages (robots.txt, per-server slots, retries, deadlines),
written to the WARC like any response, and judged here: by the bytes it
starts with, not only by the server's Content-Type (an HTML error page
served as `quyet-dinh.pdf` is not a decision).
"""
from __future__ import annotations

import io
import zipfile

from ward_scraper.util.page import Page
from ward_scraper.util.urls import same_site

IMAGES, ATTACHMENTS, STYLESHEETS = "images", "attachments", "stylesheets"

# Request meta: the file's size cap, and (set by middlewares.FileSizeCap) its
# size when it was over the cap and not downloaded.
FILE_CAP_META, OVERSIZE_META = "file_max_bytes", "file_oversize"

# fetch_status values (docs/schema.md, "Captured files")
CAPTURED = "captured"          # a response record holds the body
REVISIT = "revisit"            # the bytes are kept already (same URL unchanged, or another URL)
OVERSIZE = "oversize"          # over WARD_FILE_MAX_BYTES: headers and size kept, not the body
MISMATCH = "mismatch"          # the bytes are not what the link promised (an HTML error page as .pdf)
ERROR = "error"                # no usable answer (HTTP error, timeout, ...)
BLOCKED_BY_ROBOTS = "blocked_by_robots"
NOT_WEB = "not_web"            # not an http(s) URL: never requested

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# The Content-Types an OLE2 (DOC, XLS, PPT) file is declared with; the bytes
# alone do not tell which of them it is.
_OLE2_TYPES = {"application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint"}
_OLE2_EXTENSIONS = {".doc": "application/msword", ".xls": "application/vnd.ms-excel",
                    ".ppt": "application/vnd.ms-powerpoint"}
_OOXML = {"word/": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "xl/": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "ppt/": "application/vnd.openxmlformats-officedocument.presentationml.presentation"}
_PREFIXES = ((b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"), (b"GIF87a", "image/gif"),
             (b"GIF89a", "image/gif"), (b"{\\rtf", "application/rtf"), (b"\x1f\x8b", "application/gzip"),
             (b"Rar!\x1a\x07", "application/vnd.rar"), (b"7z\xbc\xaf\x27\x1c", "application/x-7z-compressed"))
_HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<!--", b"<meta", b"<title", b"<script")


def sniff_type(body: bytes, declared: str | None = None, url: str = "") -> str | None:
    """The media type the bytes show, or None when they show none we know.
    `declared` (the server's Content-Type) and the URL's extension only tell
    apart formats whose bytes look alike (DOC, XLS and PPT are all OLE2)."""
    head = body[:1024]
    if b"%PDF-" in head:   # PDF readers accept the header anywhere in the first 1024 bytes
        return "application/pdf"
    for prefix, media_type in _PREFIXES:
        if head.startswith(prefix):
            return media_type
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head.startswith(_OLE2):
        return _ole2_type(declared, url)
    if head.startswith(b"PK\x03\x04"):
        return _zip_type(body)
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith(b"<svg") or text.startswith(b"<?xml") and b"<svg" in text:
        return "image/svg+xml"
    if text.startswith(_HTML_STARTS) or text.startswith(b"<?xml") and b"<html" in text:
        return "text/html"
    return None


def _ole2_type(declared: str | None, url: str) -> str:
    if declared in _OLE2_TYPES:
        return declared
    path = url.split("?", 1)[0].lower()
    extension = path[path.rfind("."):] if "." in path.rsplit("/", 1)[-1] else ""
    return _OLE2_EXTENSIONS.get(extension, "application/x-ole-storage")


def _zip_type(body: bytes) -> str:
    """DOCX, XLSX, PPTX and ODF files are ZIP archives: their entries say which."""
    try:
        with zipfile.ZipFile(io.BytesIO(body)) as archive:
            names = archive.namelist()
            if "mimetype" in names:
                declared = archive.read("mimetype")[:100].decode("ascii", "replace").strip()
                if declared.startswith("application/vnd.oasis.opendocument."):
                    return declared
            for folder, media_type in _OOXML.items():
                if any(name.startswith(folder) for name in names):
                    return media_type
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        pass
    return "application/zip"


def declared_type(headers) -> str | None:
    """The Content-Type's media type, lower case, without parameters."""
    value = headers.get(b"Content-Type")
    if not value:
        return None
    return value.decode("latin-1").split(";", 1)[0].strip().lower() or None


def content_mismatch(role: str, sniffed: str | None, body: bytes) -> str | None:
    """Why the bytes are not the file the link promised, or None. An image must
    be an image; an attachment must not be an empty or HTML page (the usual
    'file not found' page a portal serves with status 200)."""
    if not body:
        return "the server sent an empty body"
    if role == IMAGES and not (sniffed or "").startswith("image/"):
        return f"not an image: the bytes are {sniffed or 'of no known type'}"
    if role == ATTACHMENTS and sniffed == "text/html":
        return "an HTML page, not a document (a portal's error page?)"
    return None


def stylesheet_urls(page: Page, portal_base: str) -> list[str]:
    """The page's `<link rel="stylesheet">` targets on the portal's own host
    (a replay needs them; a stranger's CSS is not the portal's record)."""
    urls: dict[str, None] = {}
    for element in page.css("link[rel][href]"):
        if "stylesheet" not in (element.get("rel") or "").lower().split():
            continue
        url = page.absolute(element.get("href"))
        if url and same_site(url, portal_base):
            urls.setdefault(url, None)
    return list(urls)


def linked_files(item_fields: dict) -> list[tuple[str, str]]:
    """(role, url) of an article's images and attachments, in page order."""
    return ([(IMAGES, image.get("src")) for image in item_fields.get("images") or []]
            + [(ATTACHMENTS, file.get("url")) for file in item_fields.get("attachments") or []])

