"""Attachment texts and cited documents (docs/schema.md: attachment_texts, attachment_search, documents).

* `attachment_texts`: the text of each attachment URL's latest captured file
  (ward_scraper.extract.doctext), one row per URL, replaced when a new capture
  brings other bytes; `attachment_search` is its folded FTS5 index (the same
  folding and abbreviation aliases as `article_search`, docs/search.md).
* `documents`: every document number an article cites, in its title, lead,
  body or the text of one of its attachments (ward_scraper.extract.documents),
  rebuilt for an article whenever the article or one of its attachment texts
  is written.
"""
from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ward_scraper.extract.doctext import FORM_FEED, DocumentText, Limits, document_text
from ward_scraper.extract.documents import cited_documents, normalise_number
from ward_scraper.util.text import fold

from ward_archive.storage.search import indexed_text

TABLES = """
CREATE TABLE IF NOT EXISTS attachment_texts (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    capture_id INTEGER REFERENCES captures(id),
    payload_digest TEXT NOT NULL,
    method TEXT,
    pages INTEGER,
    chars INTEGER NOT NULL,
    text TEXT NOT NULL,
    error TEXT,
    extracted_at TEXT NOT NULL
);
CREATE VIRTUAL TABLE IF NOT EXISTS attachment_search USING fts5(
    text,
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS attachment_search_ad AFTER DELETE ON attachment_texts BEGIN
    DELETE FROM attachment_search WHERE rowid = old.id;
END;
CREATE INDEX IF NOT EXISTS attachments_url ON attachments(url);

CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL,
    number_normalised TEXT NOT NULL,
    type TEXT,
    issuer TEXT,
    date_written TEXT,
    date TEXT,
    article_url TEXT NOT NULL REFERENCES articles(canonical_url),
    cited_in TEXT NOT NULL,
    attachment_url TEXT,
    sentence TEXT NOT NULL,
    document_url TEXT
);
CREATE INDEX IF NOT EXISTS documents_number ON documents(number_normalised);
CREATE INDEX IF NOT EXISTS documents_article ON documents(article_url);
CREATE INDEX IF NOT EXISTS documents_issuer ON documents(issuer);
CREATE TRIGGER IF NOT EXISTS documents_ad AFTER DELETE ON articles BEGIN
    DELETE FROM documents WHERE article_url = old.canonical_url;
END;
"""

# Where in an article a citation was found (documents.cited_in).
ARTICLE_PARTS = ("title", "lead", "body_text")
IN_ATTACHMENT = "attachment"
# How much of an attachment's first page may name the document it is.
FIRST_PAGE_CHARS = 3000


def create(conn: sqlite3.Connection) -> None:
    """Schema step 8: the tables, then the citations of every archived article."""
    conn.executescript(TABLES)
    for (key,) in conn.execute("SELECT canonical_url FROM articles").fetchall():
        refresh_documents(conn, key)


# ---- attachment texts ------------------------------------------------------------

@dataclass(frozen=True)
class PendingFile:
    """An attachment URL whose latest captured file has no text yet (or other bytes than the text's)."""
    url: str
    capture_id: int
    payload_digest: str
    payload_file: str
    payload_offset: int


def pending_files(conn: sqlite3.Connection) -> list[PendingFile]:
    rows = conn.execute(
        "SELECT linked.url, c.id, c.payload_digest, c.payload_file, c.payload_offset "
        "FROM (SELECT DISTINCT url FROM attachments) linked "
        "JOIN captures c ON c.id = (SELECT max(id) FROM captures WHERE url = linked.url AND status = 200) "
        "LEFT JOIN attachment_texts t ON t.url = linked.url "
        "WHERE t.id IS NULL OR t.payload_digest != c.payload_digest ORDER BY c.id").fetchall()
    return [PendingFile(*row) for row in rows]


def read_file(warc_directory: Path, pending: PendingFile, limits: Limits) -> DocumentText:
    """The document text of a captured file, read back from its WARC record."""
    # Imported here: schema.py imports this module for its migration step, and
    # warc.py (through suppressions.py) imports schema.
    from ward_archive.storage.warc import read_payload

    try:
        _status, _headers, body = read_payload(warc_directory, pending.payload_file, pending.payload_offset,
                                               limit=limits.max_bytes + 1)
    except (OSError, ValueError, StopIteration) as exc:
        return DocumentText("", None, None, f"the capture cannot be read back: {type(exc).__name__}: {exc}")
    return document_text(body, limits)


def store_text(conn: sqlite3.Connection, pending: PendingFile, found: DocumentText, at: str) -> None:
    """Keep (or replace) the text of an attachment URL, index it, and refresh
    the citations of every article that links it. The caller holds the transaction."""
    conn.execute("DELETE FROM attachment_texts WHERE url = ?", (pending.url,))
    cursor = conn.execute(
        "INSERT INTO attachment_texts (url, capture_id, payload_digest, method, pages, chars, text, error, "
        "extracted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (pending.url, pending.capture_id, pending.payload_digest, found.method, found.pages, len(found.text),
         found.text, found.error, at))
    if found.text:
        conn.execute("INSERT INTO attachment_search (rowid, text) VALUES (?, ?)",
                     (cursor.lastrowid, indexed_text(found.text)))
    for (key,) in conn.execute("SELECT DISTINCT article_url FROM attachments WHERE url = ?",
                               (pending.url,)).fetchall():
        refresh_documents(conn, key)


def rebuild_search(conn: sqlite3.Connection) -> None:
    """Refill `attachment_search` (with rebuild_index, when the folding or
    the abbreviation table changed)."""
    conn.execute("DELETE FROM attachment_search")
    rows = conn.execute("SELECT id, text FROM attachment_texts WHERE text != ''")
    conn.executemany("INSERT INTO attachment_search (rowid, text) VALUES (?, ?)",
                     ((row_id, indexed_text(text)) for row_id, text in rows.fetchall()))


# ---- cited documents ---------------------------------------------------------------

def _key(text: str) -> str:
    """Letters and digits only, folded: "12/QĐ-UBND" and "12-qd-ubnd.pdf" share "12qdubnd"."""
    return re.sub(r"[^0-9a-z]", "", fold(text))


def _names_in_file_name(number: str, url: str, title: str | None) -> bool:
    """True when the attachment's file name or link text holds the number
    (not as the tail of a longer serial: 12/QĐ-UBND is not in 112-QD-UBND.pdf)."""
    wanted = _key(number)
    file_name = url.rsplit("/", 1)[-1].split("?", 1)[0]
    for name in (file_name, title or ""):
        key = _key(name)
        at = key.find(wanted)
        while at >= 0:
            if at == 0 or not key[at - 1].isdigit():
                return True
            at = key.find(wanted, at + 1)
    return False


# "Số: 67/KH-UBND" opening a line: a document's own number (a citation reads "Quyết định số ...").
_HEADER = re.compile(r"(?:\A|\n)[ \t]*Số[ \t]*[:.]?[ \t]*\Z")


def headed_numbers(text: str | None) -> set[str]:
    """The normalised numbers the first page heads with "Số: <number>": the
    document the file is (later citations on the page are other documents)."""
    first_page = (text or "").split(FORM_FEED, 1)[0][:FIRST_PAGE_CHARS]
    return {normalise_number(found.number) for found in cited_documents(first_page)
            if _HEADER.search(first_page, 0, found.start)}


def refresh_documents(conn: sqlite3.Connection, key: str) -> None:
    """Rewrite the `documents` rows of the article keyed `key`: the numbers
    cited in its title, lead and body and in its attachments' texts, each
    linked to the attachment that is that document, when one is."""
    conn.execute("DELETE FROM documents WHERE article_url = ?", (key,))
    article = conn.execute(f"SELECT {', '.join(ARTICLE_PARTS)} FROM articles WHERE canonical_url = ?",
                           (key,)).fetchone()
    if article is None:
        return
    files = conn.execute(
        "SELECT a.url, a.title, t.text FROM attachments a LEFT JOIN attachment_texts t ON t.url = a.url "
        "WHERE a.article_url = ? ORDER BY a.position", (key,)).fetchall()
    sources = [(part, None, text) for part, text in zip(ARTICLE_PARTS, article)]
    sources += [(IN_ATTACHMENT, url, text) for url, _title, text in files]
    headed = {url: headed_numbers(text) for url, _title, text in files}
    rows = []
    for cited_in, attachment_url, text in sources:
        for found in cited_documents(text or ""):
            number = normalise_number(found.number)
            document_url = next((url for url, title, _text in files
                                 if number in headed[url] or _names_in_file_name(found.number, url, title)), None)
            rows.append((found.number, number, found.type, found.issuer, found.date_written, found.date, key,
                         cited_in, attachment_url, found.sentence, document_url))
    conn.executemany(
        "INSERT INTO documents (number, number_normalised, type, issuer, date_written, date, article_url, "
        "cited_in, attachment_url, sentence, document_url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


# ---- the public copy (storage/suppressions.py) ----------------------------------------

def forget_redacted_citations(conn: sqlite3.Connection, key: str, redacted: frozenset[str]) -> None:
    """The citations of an article whose text a suppression redacted (title,
    lead, body, attachments) leave the public copy: their sentences are that text."""
    parts = [part for part in ARTICLE_PARTS if part in redacted]
    if "attachments" in redacted:
        parts.append(IN_ATTACHMENT)
        conn.execute("UPDATE documents SET document_url = NULL WHERE article_url = ?", (key,))
    conn.executemany("DELETE FROM documents WHERE article_url = ? AND cited_in = ?", [(key, p) for p in parts])


def forget_unlinked_texts(conn: sqlite3.Connection) -> None:
    """Attachment texts that no remaining attachment links (their articles
    were removed, or their attachments redacted); their search rows go with them."""
    conn.execute("DELETE FROM attachment_texts WHERE url NOT IN (SELECT url FROM attachments)")
