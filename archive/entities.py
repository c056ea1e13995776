"""`ward-archive entities`: officials and cited documents of any text; the archive's officials rebuilt.

`entities --text FILE` reads plain UTF-8 text (an article pasted from a portal, a
document's text layer) and prints one JSON object:
    {"officials": [{"name", "positions": [as written, ...], "unit"}],
     "documents": [{"number", "type", "date", "issuer"}],
     "ward": the ward the text names most (used to complete a bare "phường"/"xã"),
     "credits": [{"name", "role"}] of a credit line at the end}
Odd input never ends in a traceback: an empty file gives empty lists; a file that is
not UTF-8 text (binary, another encoding) or too big gives one line and exit code 2.
"""
from __future__ import annotations

from pathlib import Path

from ward_scraper.extract import credits, documents, officials
from ward_scraper.util.text import nfc

# A ward article is a few kilobytes; a long decree's text layer a few hundred.
MAX_TEXT_BYTES = 8 * 1024 * 1024


class TextUnreadable(ValueError):
    """The file is not something `entities --text` can read (the message says why)."""


def read_text(path: str) -> str:
    """The file's text; TextUnreadable when it is too big, binary or not UTF-8."""
    file = Path(path)
    size = file.stat().st_size
    if size > MAX_TEXT_BYTES:
        raise TextUnreadable(f"{path}: {size} bytes is more than the {MAX_TEXT_BYTES // (1024 * 1024)} MiB "
                             "a text may have")
    data = file.read_bytes()
    if b"\x00" in data:
        raise TextUnreadable(f"{path}: binary data (NUL bytes), not a text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TextUnreadable(f"{path}: not UTF-8 text (byte {exc.start}): convert it first, "
                             "e.g. iconv -f CP1258 -t UTF-8") from None


def text_entities(text: str, ward: str | None = None, province: str | None = None) -> dict:
    """Officials, cited documents, the ward and the credits of a plain text."""
    text = nfc(text) or ""
    ward = ward or officials.guess_ward(text)
    return {"officials": officials.officials(text, ward, province),
            "documents": cited_documents(text),
            "ward": ward,
            "credits": _closing_credits(text)}


def cited_documents(text: str) -> list[dict]:
    """The documents the text cites (ward_scraper.extract.documents), in the
    fields `entities --text` promises."""
    return [{"number": found.number, "type": found.type, "date": found.date, "issuer": found.issuer}
            for found in documents.cited_documents(text)]


def _closing_credits(text: str) -> list[dict]:
    """Credits of a credit line that ends the text ("Tin, ảnh: Lò Hương")."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if lines and credits.looks_like_credit(lines[-1]):
        return credits.credit_roles(lines[-1])
    return []


def page_officials(record: dict) -> list[dict]:
    """The mentions of an extracted page (`ward-archive extract`): each person with the
    positions one sentence gives them, the unit and the sentence."""
    text = "\n".join(record.get(name) or "" for name in ("title", "lead", "body_text"))
    ward = officials.guess_ward(text)
    return [{"name": m.name, "positions": m.positions, "unit": m.unit, "sentence": m.sentence}
            for m in officials.mentions(text, ward)]
