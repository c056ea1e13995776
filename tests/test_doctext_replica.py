"""End to end over the replica: a crawl captures the replica's attachment PDFs, reads their text
when it ends (text layer and OCR), and the served archive's ranked search finds an article by
words that are only in its attachment, marked as an attachment match.

It needs the crawl to capture attachment files (`attachments.capture_id`, schema step 7) and
the replica to link the two fixtures of replica/fixtures/ (ward_replica.static.sample_documents);
if either goes missing the fixture skips and says which, so check the skip count.
"""
from __future__ import annotations

import json
import sqlite3
from urllib.parse import quote

import pytest

from ward_archive.storage import migrate
from ward_replica import static
from ward_replica.fixtures.make_documents import SCANNED_PDF, SCANNED_WORDS, TEXT_LAYER_PDF, TEXT_LAYER_WORDS
from ward_scraper.extract.doctext import ocr_available

pytestmark = pytest.mark.e2e


def captures_attachments(tmp_path_factory) -> bool:
    path = tmp_path_factory.mktemp("schema") / "archive.db"
    migrate(str(path))
    conn = sqlite3.connect(path)
    try:
        return "capture_id" in {row[1] for row in conn.execute("PRAGMA table_info(attachments)")}
    finally:
        conn.close()


def linked_fixtures(db, replica) -> dict[str, str]:
    """fixture file name -> the attachment URL that serves it in the crawled archive
    (the replica's samples portal links both fixtures: ward_replica.static)."""
    names = {static.TEXT_SAMPLE: TEXT_LAYER_PDF.name, static.SCANNED_SAMPLE: SCANNED_PDF.name}
    served = {base_url.rstrip("/") + path: names[kind] for portal, _site, base_url in replica.portals
              for path, kind in static.sample_documents(portal).items()}
    conn = sqlite3.connect(db)
    try:
        urls = {url for (url,) in conn.execute("SELECT DISTINCT url FROM attachments")}
    finally:
        conn.close()
    return {name: url for url, name in served.items() if url in urls}


@pytest.fixture(scope="module")
def archive_with_attachment_texts(crawled, replica, tmp_path_factory):
    if not captures_attachments(tmp_path_factory):
        pytest.skip("the crawl does not capture attachment files yet (attachments.capture_id: h-i11cap's step 7)")
    linked = linked_fixtures(crawled[0], replica)
    if len(linked) < 2:
        pytest.skip("the replica does not link replica/fixtures/*.pdf from its articles yet (h-i11cap wires them)")
    return crawled[0], linked


def search(datasette, words: str) -> list[dict]:
    return datasette.json(f"/archive/search.json?_shape=array&q={quote(words)}")


def test_the_crawl_read_the_text_layer_pdf_and_search_finds_its_article(archive_with_attachment_texts, datasette):
    db, linked = archive_with_attachment_texts
    url = linked[TEXT_LAYER_PDF.name]
    conn = sqlite3.connect(db)
    try:
        method, error = conn.execute("SELECT method, error FROM attachment_texts WHERE url = ?", (url,)).fetchone()
    finally:
        conn.close()
    assert (method, error) == ("text-layer", None)
    hits = search(datasette, TEXT_LAYER_WORDS)
    assert hits and {hit["matched_in"] for hit in hits} == {f"attachment: {url}"}, json.dumps(hits)


@pytest.mark.skipif(not ocr_available(), reason="Tesseract's Vietnamese model (tesseract-ocr-vie) cannot be "
                                                 "installed on this machine")
def test_the_crawl_read_the_scanned_pdf_by_ocr_and_search_finds_its_article(archive_with_attachment_texts,
                                                                            datasette):
    _db, linked = archive_with_attachment_texts
    hits = search(datasette, SCANNED_WORDS)
    assert hits and {hit["matched_in"] for hit in hits} == {f"attachment: {linked[SCANNED_PDF.name]}"}


def test_every_captured_attachment_has_its_text_read_once(archive_with_attachment_texts):
    db, _linked = archive_with_attachment_texts
    conn = sqlite3.connect(db)
    try:
        read = conn.execute("SELECT count(*) FROM attachment_texts").fetchone()[0]
        captured = conn.execute("SELECT count(DISTINCT url) FROM captures WHERE status = 200 AND url IN "
                                "(SELECT url FROM attachments)").fetchone()[0]
    finally:
        conn.close()
    assert read == captured


# ---- on now: the crawl's close step reads what was captured ------------------------------

def test_a_crawl_that_ends_reads_the_attachment_files_captured_and_not_read_yet(replica, tmp_path):
    """The crawl's close step (WARD_ATTACHMENT_TEXT) runs the store's extract_attachment_texts: the
    files a crawl captured are read when it ends, and files captured but left unread (a crawl
    stopped before its close step) are read by the next crawl."""
    from tests.conftest import run_cli

    db = tmp_path / "archive.db"
    first = run_cli("crawl", "--portals", replica.registry, "--db", db, "--only", static.SAMPLES_PORTAL)
    assert first.returncode == 0, first.stderr[-3000:]
    conn = sqlite3.connect(db)
    try:
        read_first = conn.execute("SELECT url, method FROM attachment_texts ORDER BY url").fetchall()
        with conn:  # as if the crawl had stopped before reading them
            conn.execute("DELETE FROM attachment_texts")
    finally:
        conn.close()
    assert read_first and (linked_fixtures(db, replica)[TEXT_LAYER_PDF.name], "text-layer") in read_first
    second = run_cli("crawl", "--portals", replica.registry, "--db", db, "--only", static.SAMPLES_PORTAL)
    assert second.returncode == 0, second.stderr[-3000:]
    conn = sqlite3.connect(db)
    try:
        read_second = conn.execute("SELECT url, method FROM attachment_texts ORDER BY url").fetchall()
        cited = conn.execute("SELECT count(*) FROM documents WHERE attachment_url = ?",
                             (linked_fixtures(db, replica)[TEXT_LAYER_PDF.name],)).fetchone()[0]
    finally:
        conn.close()
    assert read_second == read_first
    assert cited >= 2  # the plan's own number and the decision it cites, for each article linking it
