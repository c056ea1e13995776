"""Linked files (issue 11, item 1): every image and attachment of an archived
article, and its page's stylesheets, captured once per URL, with a reason
when not.

Real parts only: crawls of the hostile portal (tests/hostile_portal.py,
/tep/) and of the portal replica over loopback HTTP, a real SQLite archive
and WARC files (read back with warcio), a real Datasette.
"""
from __future__ import annotations

import sqlite3
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from ward_scraper.crawl.files import ATTACHMENTS, IMAGES, content_mismatch, sniff_type
from tests.conftest import ROOT, DatasetteProcess, last_json_line
from tests.test_end_to_end import rows
from tests.hostile_portal import FILE_ARTICLES, JPEG, OVERSIZE_BYTES, PDF, HostilePortal
from tests.test_hostile_crawl import run_crawl, write_registry

FILE_CAP = 100 * 1024   # below the hostile portal's OVERSIZE_BYTES


def file_rows(db) -> dict[str, dict]:
    """url -> its row (images and attachments alike; one state per URL)."""
    found = {}
    for row in rows(db, "SELECT src AS url, * FROM images UNION ALL SELECT url, * FROM attachments"):
        found[row["url"].split("/", 3)[-1]] = row
    return found


def warcio_check(db) -> subprocess.CompletedProcess:
    """`warcio check` (the digests of every record) over the archive's WARC files."""
    warcio = Path(sys.executable).parent / "warcio"
    result = subprocess.run([str(warcio), "check", *map(str, sorted((db.parent / "warc").glob("*.warc.gz")))],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return result


def warc_records(db) -> list:
    """(type, target URI, WARC-Truncated, payload) of every record in the archive's WARC files."""
    records = []
    for path in sorted((db.parent / "warc").glob("*.warc.gz")):
        with open(path, "rb") as stream:
            for record in ArchiveIterator(stream):
                records.append((record.rec_type, record.rec_headers.get_header("WARC-Target-URI"),
                                record.rec_headers.get_header("WARC-Truncated"), record.content_stream().read()))
    return records


# ---- magic bytes ------------------------------------------------------------------

@pytest.mark.unit
@pytest.mark.parametrize("body, declared, url, expected", [
    (PDF, "application/octet-stream", "", "application/pdf"),
    (b"\n\n" + PDF, None, "", "application/pdf"),
    (JPEG, "image/png", "", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n....", None, "", "image/png"),
    (b"GIF89a...", None, "", "image/gif"),
    (b"RIFF\x00\x00\x00\x00WEBPVP8 ", None, "", "image/webp"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "application/vnd.ms-excel", "", "application/vnd.ms-excel"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "application/octet-stream", "http://x/qd.doc?v=1",
     "application/msword"),
    (b"\xef\xbb\xbf  <!DOCTYPE html><html>", "application/pdf", "", "text/html"),
    (b"<svg xmlns='http://www.w3.org/2000/svg'/>", None, "", "image/svg+xml"),
    (b"just some words", "application/pdf", "", None),
])
def test_the_type_of_a_file_is_read_from_its_bytes(body, declared, url, expected):
    assert sniff_type(body, declared, url) == expected


@pytest.mark.unit
def test_office_and_opendocument_files_are_told_apart_by_their_zip_entries(tmp_path):
    import io
    import zipfile

    def zipped(entries: dict) -> bytes:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            for name, data in entries.items():
                archive.writestr(name, data)
        return buffer.getvalue()

    assert sniff_type(zipped({"[Content_Types].xml": "", "word/document.xml": ""})).endswith(
        "wordprocessingml.document")
    assert sniff_type(zipped({"[Content_Types].xml": "", "xl/workbook.xml": ""})).endswith("spreadsheetml.sheet")
    assert sniff_type(zipped({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": ""})) \
        == "application/vnd.oasis.opendocument.text"
    assert sniff_type(zipped({"a.txt": "x"})) == "application/zip"
    assert sniff_type(b"PK\x03\x04 torn") == "application/zip"


@pytest.mark.unit
def test_an_error_page_is_no_document_and_a_document_is_no_image():
    assert content_mismatch(ATTACHMENTS, "text/html", b"<html>") is not None
    assert content_mismatch(ATTACHMENTS, "application/pdf", PDF) is None
    assert content_mismatch(ATTACHMENTS, None, b"") == "the server sent an empty body"
    assert content_mismatch(IMAGES, "application/pdf", PDF) is not None
    assert content_mismatch(IMAGES, "image/jpeg", JPEG) is None


# ---- the hostile portal's files ----------------------------------------------------

@pytest.fixture(scope="module")
def hostile_files(tmp_path_factory):
    """The hostile portal's /tep/ section crawled twice: (portal, db, first summary,
    requests per path after the first crawl, second summary)."""
    tmp = tmp_path_factory.mktemp("capture")
    with HostilePortal() as portal:
        registry = write_registry(tmp / "portals.csv", portal.registry_row(listing_paths="/tep/"))
        db = tmp / "archive.db"
        first = run_crawl(registry, db, f"WARD_FILE_MAX_BYTES={FILE_CAP}")
        assert first.returncode in (0, 1), first.stderr[-3000:]
        hits_after_first = dict(portal.hits)
        second = run_crawl(registry, db, f"WARD_FILE_MAX_BYTES={FILE_CAP}")
        assert second.returncode == 0, second.stderr[-3000:]
        yield portal, db, last_json_line(first.stdout), hits_after_first, last_json_line(second.stdout)


def test_every_linked_file_has_a_capture_or_a_reason(hostile_files):
    _, db, summary, _, _ = hostile_files
    assert rows(db, "SELECT count(*) c FROM articles")[0]["c"] == FILE_ARTICLES
    files = file_rows(db)
    status = {path: row["fetch_status"] for path, row in files.items()}
    assert status == {
        "tep/anh-1.jpg": "captured", "tep/anh-hong.jpg": "mismatch",
        "tep/quyet-dinh.pdf": "captured", "tep/ban-sao.pdf": "revisit",
        "tep/lon.pdf": "oversize", "tep/lon-khong-do-dai.pdf": "oversize",
        "tep/loi.pdf": "mismatch", "tep/mat.pdf": "error", "cam/bi-mat.pdf": "blocked_by_robots"}
    for path, row in files.items():
        assert row["fetched_at"], path
        if row["fetch_status"] in ("captured", "revisit", "oversize", "mismatch"):
            capture = rows(db, "SELECT url, status FROM captures WHERE id = ?", row["capture_id"])[0]
            assert capture == {"url": row["url"], "status": 200}, path
        else:
            assert row["fetch_reason"], path
    totals = summary["totals"]
    # seven fetched files and the stylesheet, one of them a revisit of identical bytes
    assert totals["files_captured"] == 3 and totals["files_revisit"] == 1
    assert totals["files_oversize"] == 2 and totals["files_mismatch"] == 2
    assert totals["files_error"] == 1 and totals["files_blocked_by_robots"] == 1
    run = rows(db, "SELECT files_captured, files_oversize, files_failed FROM crawl_runs ORDER BY id LIMIT 1")[0]
    assert run == {"files_captured": 4, "files_oversize": 2, "files_failed": 4}


def test_what_each_file_is_is_recorded_with_its_reason(hostile_files):
    _, db, _, _, _ = hostile_files
    files = file_rows(db)
    pdf = files["tep/quyet-dinh.pdf"]
    assert (pdf["content_type"], pdf["declared_type"], pdf["size"], pdf["http_status"]) == \
        ("application/pdf", "application/pdf", len(PDF), 200)
    assert pdf["payload_digest"].startswith("sha1:")
    assert files["tep/ban-sao.pdf"]["payload_digest"] == pdf["payload_digest"]
    error_page = files["tep/loi.pdf"]
    assert error_page["content_type"] == "text/html" and error_page["declared_type"] == "application/pdf"
    assert "HTML page" in error_page["fetch_reason"]
    assert "not an image" in files["tep/anh-hong.jpg"]["fetch_reason"]
    announced, unannounced = files["tep/lon.pdf"], files["tep/lon-khong-do-dai.pdf"]
    assert announced["size"] == len(PDF) + OVERSIZE_BYTES
    assert FILE_CAP < unannounced["size"] <= OVERSIZE_BYTES
    assert "WARD_FILE_MAX_BYTES" in announced["fetch_reason"] and announced["payload_digest"] is None
    assert (files["tep/mat.pdf"]["http_status"], files["tep/mat.pdf"]["fetch_reason"]) == (404, "HTTP 404")
    assert "robots.txt" in files["cam/bi-mat.pdf"]["fetch_reason"]
    errors = {(r["url"].split("/", 3)[-1], r["kind"]) for r in rows(db, "SELECT * FROM crawl_errors")
              if r["target"] == "file"}
    assert errors == {("tep/mat.pdf", "http_404"), ("tep/loi.pdf", "file_mismatch"),
                      ("tep/anh-hong.jpg", "file_mismatch")}


def test_the_warc_holds_each_file_once_and_no_oversize_body(hostile_files):
    _, db, _, _, _ = hostile_files
    records = warc_records(db)
    responses = {uri.split("/", 3)[-1]: (truncated, payload) for kind, uri, truncated, payload in records
                 if kind == "response"}
    assert responses["tep/quyet-dinh.pdf"] == (None, PDF)
    assert responses["tep/anh-1.jpg"] == (None, JPEG)
    assert responses["tep/site.css"] == (None, b"body { color: #333; }\n")
    for oversize in ("tep/lon.pdf", "tep/lon-khong-do-dai.pdf"):
        assert responses[oversize] == ("length", b""), oversize   # its headers, not its body
    assert "tep/ban-sao.pdf" not in responses   # identical bytes: a revisit of quyet-dinh.pdf
    revisits = [uri for kind, uri, _, _ in records if kind == "revisit"]
    assert any(uri.endswith("/tep/ban-sao.pdf") for uri in revisits)
    assert not any("127.0.0.2" in (uri or "") for _, uri, _, _ in records)   # another host's stylesheet
    assert warcio_check(db).returncode == 0


def test_a_file_is_fetched_once_however_many_articles_link_it(hostile_files):
    portal, _, _, hits_after_first, second = hostile_files
    assert hits_after_first["/tep/quyet-dinh.pdf"] == 1
    assert hits_after_first["/tep/anh-1.jpg"] == 1
    assert hits_after_first["/tep/site.css"] == 1
    assert "/cam/bi-mat.pdf" not in hits_after_first
    # the second crawl: no file again (only robots.txt and the listing)
    again = {path: portal.hits[path] - hits_after_first.get(path, 0) for path in portal.hits}
    assert {path for path, count in again.items() if count} <= {"/robots.txt", "/tep/"}, again
    # asked again (robots.txt may have changed), refused again: no request reached the server
    assert {key: n for key, n in second["totals"].items() if key.startswith("files_")} == \
        {"files_blocked_by_robots": 1}


def test_a_full_pass_rechecks_files_and_records_unchanged_ones_as_revisits(hostile_files, tmp_path):
    portal, db, _, _, _ = hostile_files
    before = dict(portal.hits)
    registry = write_registry(tmp_path / "portals.csv", portal.registry_row(listing_paths="/tep/"))
    full = subprocess.run([sys.executable, "-m", "ward_archive", "crawl", "--portals", str(registry), "--db",
                           str(db), "--full", "-s", f"WARD_FILE_MAX_BYTES={FILE_CAP}"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert full.returncode in (0, 1), full.stderr[-3000:]
    assert portal.hits["/tep/quyet-dinh.pdf"] == before["/tep/quyet-dinh.pdf"] + 1
    pdf = file_rows(db)["tep/quyet-dinh.pdf"]
    # this server has no validators: the same bytes again make a revisit record, not a second copy
    assert (pdf["fetch_status"], pdf["http_status"]) == ("revisit", 200)
    captures = rows(db, "SELECT id, record_type FROM captures WHERE url = ? ORDER BY id", pdf["url"])
    assert [c["record_type"] for c in captures] == ["response", "revisit"]
    assert pdf["capture_id"] == captures[-1]["id"]
    warcio_check(db)


# ---- Datasette: the archived images and files --------------------------------------

def test_the_article_page_shows_archived_images_and_links_archived_files(hostile_files):
    _, db, _, _, _ = hostile_files
    from datasette.utils import tilde_encode

    key = rows(db, "SELECT canonical_url FROM articles ORDER BY canonical_url LIMIT 1")[0]["canonical_url"]
    server = DatasetteProcess(db)
    try:
        page = server.get(f"/archive/articles/{tilde_encode(key)}?lang=en").decode("utf-8")
        image_src = page.split('<figure class="ward-image"', 1)[1].split('<img src="', 1)[1].split('"', 1)[0]
        assert image_src.startswith("/-/file/archive/")
        with urllib.request.urlopen(server.base + image_src, timeout=30) as response:
            assert response.read() == JPEG
            assert response.headers["Content-Type"] == "image/jpeg"
            assert response.headers["X-Content-Type-Options"] == "nosniff"
            assert "sandbox" in response.headers["Content-Security-Policy"]
            assert response.headers.get("Content-Disposition") is None
        file_link = page.split('class="ward-archived-file" href="', 1)[1].split('"', 1)[0]
        with urllib.request.urlopen(server.base + file_link, timeout=30) as response:
            assert response.read() == PDF
            assert response.headers["Content-Type"] == "application/pdf"
            assert response.headers["Content-Disposition"].startswith('attachment; filename="quyet-dinh.pdf"')
        assert "not archived: oversize" in page and "not archived: mismatch" in page
        with pytest.raises(urllib.error.HTTPError) as missing:
            urllib.request.urlopen(server.base + "/-/file/archive/999999", timeout=30)
        assert missing.value.code == 404
    finally:
        server.stop()


# ---- the portal replica: the demo's files --------------------------------------------

def test_every_replica_file_is_captured_in_valid_warc_files(replica, crawled):
    """The demo's crawl. (That a second crawl fetches none of them again is
    test_end_to_end's request count: one listing page per section and robots.txt.)"""
    db, summary = crawled
    for table, link in (("images", "src"), ("attachments", "url")):
        missing = rows(db, f"SELECT {link} FROM {table} WHERE fetch_status IS NULL "
                           "OR fetch_status NOT IN ('captured', 'revisit') OR capture_id IS NULL")
        assert not missing, (table, missing[:5])
    attachments = rows(db, "SELECT content_type, count(*) c FROM attachments GROUP BY content_type")
    assert attachments == [{"content_type": "application/pdf", "c": attachments[0]["c"]}]
    assert summary["totals"]["files_captured"] >= rows(db, "SELECT count(DISTINCT src) c FROM images")[0]["c"]
    captured = {r["url"] for r in rows(db, "SELECT url FROM captures WHERE status = 200")}
    linked = {r["url"] for r in rows(db, "SELECT src AS url FROM images UNION SELECT url FROM attachments")}
    assert linked <= captured
    warcio_check(db)


def test_the_replica_serves_the_document_search_samples(replica):
    """A PDF with a text layer and a scanned one (no text layer) on the samples
    portal, for document text search (item 2 of issue 11)."""
    from ward_replica import static

    portal, site, base_url = next(entry for entry in replica.portals if entry[0].slug == static.SAMPLES_PORTAL)
    samples = static.sample_documents(portal)
    assert sorted(samples.values()) == [static.SCANNED_SAMPLE, static.TEXT_SAMPLE]
    for path, kind in samples.items():
        with urllib.request.urlopen(base_url.rstrip("/") + path, timeout=30) as response:
            body = response.read()
        assert body.startswith(b"%PDF-")
        if kind == static.TEXT_SAMPLE:
            assert b"/FontFile2" in body  # the embedded font a text layer needs
        else:
            assert b"/Subtype /Image" in body and b"/Font" not in body


def test_a_full_pass_asks_the_server_whether_a_file_changed(tmp_path):
    """The replica answers If-None-Match with 304: a full pass records each
    unchanged file as a revisit (a server-not-modified record), and the row
    keeps pointing at the capture that holds the bytes."""
    from ward_replica.server import ReplicaServer, write_registry as write_replica_registry

    registry, db = tmp_path / "portals.csv", tmp_path / "archive.db"
    with ReplicaServer(port=0) as server:
        write_replica_registry(server, registry)
        slug = server.portals[0][0].slug
        crawl = [sys.executable, "-m", "ward_archive", "crawl", "--portals", str(registry), "--db", str(db),
                 "--only", slug]
        first = subprocess.run(crawl, cwd=ROOT, capture_output=True, text=True, timeout=300)
        assert first.returncode == 0, first.stderr[-3000:]
        before = file_rows(db)
        hits = dict(server.servers[0].hits)
        full = subprocess.run(crawl + ["--full"], cwd=ROOT, capture_output=True, text=True, timeout=300)
        assert full.returncode == 0, full.stderr[-3000:]
        rechecked = {path: server.servers[0].hits[path] - hits.get(path, 0) for path in hits}
    after = file_rows(db)
    assert before.keys() == after.keys() and len(after) > 20
    for path, row in after.items():
        assert rechecked["/" + path] == 1, path   # asked once more, conditionally
        assert (row["fetch_status"], row["http_status"]) == ("revisit", 304), path
        assert row["capture_id"] == before[path]["capture_id"], path
        assert (row["size"], row["content_type"]) == (before[path]["size"], before[path]["content_type"])
    not_modified = rows(db, "SELECT count(*) c FROM captures WHERE status = 304 AND url IN "
                            "(SELECT src FROM images UNION SELECT url FROM attachments)")[0]["c"]
    assert not_modified == len(after)
    assert last_json_line(full.stdout)["totals"]["files_revisit"] == len(after)
    warcio_check(db)


# ---- archives from before file capture (schema version 6) -----------------------------

def test_migrating_a_version_6_archive_adds_the_file_columns_empty(tmp_path):
    from ward_archive.storage import SCHEMA_VERSION, migrate
    from ward_scraper.extract import fields

    db = tmp_path / "old.db"
    migrate(str(db))
    conn = sqlite3.connect(db)
    with conn:   # back to what schema version 6 made
        for index in ("images_link", "attachments_link", "captures_digest"):
            conn.execute(f"DROP INDEX {index}")
        for field in fields.ROWS:
            for part, _ in field.capture_parts:
                conn.execute(f"ALTER TABLE [{field.name}] DROP COLUMN {part}")
        for column in ("files_captured", "files_oversize", "files_failed"):
            conn.execute(f"ALTER TABLE crawl_runs DROP COLUMN {column}")
        conn.execute("PRAGMA user_version = 6")
    conn.close()
    assert migrate(str(db))["from_version"] == 6 and SCHEMA_VERSION >= 7
    conn = sqlite3.connect(db)
    try:
        for field in fields.ROWS:
            columns = [row[1] for row in conn.execute(f"PRAGMA table_info([{field.name}])")]
            assert columns[-len(field.capture_parts):] == [part for part, _ in field.capture_parts]
        indexes = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"images_link", "attachments_link", "captures_digest"} <= indexes
    finally:
        conn.close()


def test_a_crawl_fetches_the_files_of_articles_archived_before_files_were_fetched(tmp_path):
    """Articles an earlier crawl archived, whose files no crawl recorded (their
    rows NULL, as after the migration to version 7), get their files from the
    next crawl, although the articles themselves are not fetched again. (Here
    the bytes are in the WARC already: they are re-checked, and kept once.)"""
    with HostilePortal() as portal:
        registry = write_registry(tmp_path / "portals.csv", portal.registry_row(listing_paths="/tep/"))
        db = tmp_path / "archive.db"
        assert run_crawl(registry, db, f"WARD_FILE_MAX_BYTES={FILE_CAP}").returncode == 1
        conn = sqlite3.connect(db)
        with conn:
            for table in ("images", "attachments"):
                conn.execute(f"UPDATE {table} SET fetch_status = NULL, fetch_reason = NULL, capture_id = NULL")
        conn.close()
        before = dict(portal.hits)
        again = run_crawl(registry, db, f"WARD_FILE_MAX_BYTES={FILE_CAP}")
        assert again.returncode == 1, again.stderr[-3000:]   # the 404 and the mismatches once more
        fetched = {path for path in portal.hits if portal.hits[path] > before.get(path, 0)}
    assert not any("bai-viet" in path for path in fetched)   # no article again
    assert {"/tep/quyet-dinh.pdf", "/tep/anh-1.jpg", "/tep/mat.pdf"} <= fetched
    assert "/tep/site.css" not in fetched   # a page's stylesheet is known from the page only (fetched already)
    statuses = {path: row["fetch_status"] for path, row in file_rows(db).items()}
    assert None not in statuses.values() and statuses["tep/quyet-dinh.pdf"] == "revisit"


def test_a_portal_gets_at_most_its_file_cap_per_crawl_and_the_rest_later(tmp_path):
    with HostilePortal() as portal:
        registry = write_registry(tmp_path / "portals.csv", portal.registry_row(listing_paths="/tep/"))
        db = tmp_path / "archive.db"
        capped = run_crawl(registry, db, f"WARD_FILE_MAX_BYTES={FILE_CAP}", "WARD_MAX_FILES_PER_PORTAL=3")
        requested = [path for path in portal.hits if path.startswith(("/tep/", "/cam/")) and "bai-viet" not in path
                     and path != "/tep/"]
        assert len(requested) == 3, requested
        caps = rows(db, "SELECT * FROM crawl_errors WHERE kind = 'file_cap'")
        assert len(caps) == 1 and "WARD_MAX_FILES_PER_PORTAL=3" in caps[0]["message"]
        assert last_json_line(capped.stdout)["totals"]["errors"] >= 1
        assert any(row["fetch_status"] is None for row in file_rows(db).values())
        run_crawl(registry, db, f"WARD_FILE_MAX_BYTES={FILE_CAP}")   # no cap: the rest
    assert all(row["fetch_status"] is not None for row in file_rows(db).values())
