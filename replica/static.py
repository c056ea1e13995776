"""Bytes the replica server answers for every site: images, documents,
stylesheets, robots.txt.

Each file is tiny but valid (a real decoder opens it), and derived from its
path only, so the same URL always returns the same bytes and two different
images have different content hashes.

Two attachments of one portal (SAMPLES_PORTAL) are samples for document text
search (`sample_documents`): a plan whose PDF has a text layer and a notice
that is only a scanned image (only OCR reads it). Both are the committed
fixtures of replica/fixtures/ (make_documents.py), whose words no replica
page uses. One portal only: the same bytes under seven portals would be
revisits of one payload, and a search hit would name seven files.
"""
from __future__ import annotations

import hashlib
import struct
import unicodedata
import zlib

from ward_replica.fixtures.make_documents import SCANNED_PDF, TEXT_LAYER_PDF

IMAGE_TYPES = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".gif": "image/gif"}
STYLESHEET_TYPES = {".css": "text/css"}
DOCUMENT_TYPES = {
    ".pdf": "application/pdf",
    ".doc": "application/msword",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}

# Paths a ward portal keeps crawlers out of. Never a listing or an article.
_COMMON_DISALLOWS = ["/admin/", "/search"]
_PLATFORM_DISALLOWS = {
    "nukeviet": ["/includes/", "/install/", "/vi/seek/"],
    "liferay": ["/c/", "/group/", "/api/jsonws"],
    "sharepoint": ["/_layouts/", "/_vti_bin/", "/Lists/Posts/AllPosts.aspx"],
    "wordpress": ["/wp-admin/", "/wp-login.php"],
    "joomla": ["/administrator/", "/cache/", "/tmp/"],
}


def static_kind(path: str) -> str | None:
    """'image', 'document', 'stylesheet' or None (a page for the site to render)."""
    extension = _extension(path)
    if extension in IMAGE_TYPES:
        return "image"
    if extension in DOCUMENT_TYPES:
        return "document"
    if extension in STYLESHEET_TYPES:
        return "stylesheet"
    return None


def content_type(path: str) -> str:
    extension = _extension(path)
    return (IMAGE_TYPES.get(extension) or DOCUMENT_TYPES.get(extension) or STYLESHEET_TYPES.get(extension)
            or "application/octet-stream")


def stylesheet_bytes(path: str) -> bytes:
    """A small stylesheet, different per path (a theme's CSS, as a replay needs it)."""
    shade = _digest(path)
    return (f"/* {path} */\nbody {{ font-family: Arial, sans-serif; color: #{shade[:3].hex()}; }}\n"
            f"h1, h2 {{ color: #{shade[3:6].hex()}; }}\n").encode("utf-8")


# --- samples for document text search -----------------------------------------------

SAMPLES_PORTAL = "binh-loc-dongnai"
TEXT_SAMPLE, SCANNED_SAMPLE = "text", "scanned"


def sample_documents(portal) -> dict[str, str]:
    """Attachment path -> TEXT_SAMPLE or SCANNED_SAMPLE: on SAMPLES_PORTAL, the
    first attachment of its newest article with one, and of the next such article."""
    if portal.slug != SAMPLES_PORTAL:
        return {}
    firsts = [article.attachments[0].path for article in portal.articles if article.attachments]
    return dict(zip(firsts, (TEXT_SAMPLE, SCANNED_SAMPLE)))


def document_bytes(path: str, portal) -> bytes:
    """The attachment at `path`: its title page, or one of the samples."""
    sample = sample_documents(portal).get(path)
    if sample is not None:
        return (TEXT_LAYER_PDF if sample == TEXT_SAMPLE else SCANNED_PDF).read_bytes()
    return pdf_bytes(path.rsplit("/", 1)[-1], ())


def _extension(path: str) -> str:
    name = path.rsplit("/", 1)[-1].lower()
    return name[name.rfind("."):] if "." in name else ""


def robots_txt(platform: str) -> bytes:
    lines = ["User-agent: *"]
    lines += [f"Disallow: {path}" for path in _COMMON_DISALLOWS + _PLATFORM_DISALLOWS.get(platform, [])]
    lines += ["Allow: /", ""]
    return "\n".join(lines).encode("ascii")


def image_bytes(path: str) -> bytes:
    """A small valid image in the format the extension names."""
    extension = _extension(path)
    shade = _digest(path)
    if extension == ".png":
        return _png(shade)
    if extension == ".gif":
        return _gif(shade)
    return _jpeg(shade)


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8")).digest()


# --- PNG: 24x16 RGB, a gradient tinted by the path ------------------------------------

def _png(seed: bytes, width: int = 24, height: int = 16) -> bytes:
    red, green, blue = seed[0], seed[1], seed[2]
    rows = b"".join(
        b"\x00" + bytes(channel for x in range(width)
                        for channel in ((red + 7 * x) % 256, (green + 11 * y) % 256, blue))
        for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", header)
            + _png_chunk(b"IDAT", zlib.compress(rows, 9)) + _png_chunk(b"IEND", b""))


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


# --- GIF: 1x1, one palette colour ----------------------------------------------------

def _gif(seed: bytes) -> bytes:
    palette = seed[:3] + b"\x00\x00\x00"
    return (b"GIF89a" + struct.pack("<HHBBB", 1, 1, 0x80, 0, 0) + palette
            + b"\x2c" + struct.pack("<HHHHB", 0, 0, 1, 1, 0)
            + b"\x02\x02\x44\x01\x00" + b"\x3b")


# --- JPEG: baseline greyscale, 4x2 blocks of flat grey (DC coefficients only) ----------

# The standard luminance DC table (ITU T.81 K.3): code lengths per category 0..11.
_DC_COUNTS = bytes([0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0])
_DC_SYMBOLS = bytes(range(12))
# AC table with a single symbol, EOB (0x00), coded "0": every block ends at once.
_AC_COUNTS = bytes([1] + [0] * 15)
_AC_SYMBOLS = b"\x00"


def _jpeg(seed: bytes, blocks_x: int = 4, blocks_y: int = 2) -> bytes:
    greys = [seed[i] for i in range(blocks_x * blocks_y)]
    segments = [
        _segment(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"),
        _segment(0xDB, b"\x00" + bytes([1] * 64)),                  # quantisation: all ones
        _segment(0xC0, struct.pack(">BHHB", 8, 8 * blocks_y, 8 * blocks_x, 1) + b"\x01\x11\x00"),
        _segment(0xC4, b"\x00" + _DC_COUNTS + _DC_SYMBOLS),
        _segment(0xC4, b"\x10" + _AC_COUNTS + _AC_SYMBOLS),
        _segment(0xDA, b"\x01\x01\x00\x00\x3f\x00"),
    ]
    return b"\xff\xd8" + b"".join(segments) + _scan_data(greys) + b"\xff\xd9"


def _segment(marker: int, payload: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def _dc_codes() -> dict[int, str]:
    """Canonical Huffman codes of the DC table."""
    codes, code, symbols = {}, 0, iter(_DC_SYMBOLS)
    for length, count in enumerate(_DC_COUNTS, start=1):
        for _ in range(count):
            codes[next(symbols)] = format(code, f"0{length}b")
            code += 1
        code <<= 1
    return codes


def _scan_data(greys: list[int]) -> bytes:
    codes, bits, previous = _dc_codes(), [], 0
    for grey in greys:
        dc = 8 * (grey - 128)           # flat 8x8 block: DC = 8 x level-shifted value
        diff, previous = dc - previous, dc
        category = abs(diff).bit_length()
        bits.append(codes[category])
        if category:
            value = diff if diff > 0 else diff + (1 << category) - 1
            bits.append(format(value, f"0{category}b"))
        bits.append("0")                # EOB
    stream = "".join(bits)
    stream += "1" * (-len(stream) % 8)  # pad with one bits, as T.81 says
    data = bytes(int(stream[i:i + 8], 2) for i in range(0, len(stream), 8))
    return data.replace(b"\xff", b"\xff\x00")   # byte stuffing


# --- PDF: one page with the document title --------------------------------------------

def pdf_bytes(title: str, lines: tuple[str, ...] = ()) -> bytes:
    """A one-page PDF showing `title` and then `lines` (accents folded: base
    fonts lack Vietnamese); the exact title is kept in the document
    information as UTF-16."""
    shown = " ".join(f"({_pdf_literal(_ascii(text))}) Tj 0 -20 Td" for text in (title, *lines))
    stream = f"BT /F1 14 Tf 56 780 Td {shown} ET".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Title <FEFF" + title.encode("utf-16-be").hex().upper().encode("ascii")
        + b"> /Producer (ward-archive replica) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if ord(ch) < 128)


def _pdf_literal(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
