"""The WARC files as the field's tools read them: a warcinfo head on every
file, revisits that name the record holding their payload, `warcio check`."""
import argparse
import contextlib
import io

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.checker import Checker

from ward_archive.storage.schema import migrate
from ward_archive.storage.warc import IDENTICAL_PAYLOAD_PROFILE, NOT_MODIFIED_PROFILE, WarcRecorder

pytestmark = pytest.mark.unit

URL = "http://127.0.0.1:8300/vi/news/tin-tuc/hoi-nghi-12.html"
HTML = "<html><body><h1>Hội nghị tổng kết</h1></body></html>".encode()
INFO = {"operator": "Lưu trữ phường (test)", "http-header-user-agent": "ward-archive/0.1 (+contact)",
        "robots": "obey", "isPartOf": "ward-archive crawl run abc123"}


def recorder(tmp_path, max_bytes=10 * 1024 * 1024):
    db = tmp_path / "a.db"
    migrate(str(db))
    return WarcRecorder(tmp_path / "warc", str(db), max_bytes, info=INFO)


def fetch(rec, body=HTML, status=200, headers=(("Content-Type", "text/html; charset=utf-8"),)):
    return rec.record("GET", URL, {"User-Agent": "ward-archive/0.1"}, status, list(headers), body)[1]


def records(tmp_path):
    """Every record of every file: (file name, WARC headers, HTTP headers or None)."""
    found = []
    for path in sorted((tmp_path / "warc").glob("*.warc.gz")):
        with open(path, "rb") as handle:
            for record in ArchiveIterator(handle):
                found.append((path.name, record.rec_headers, record.http_headers))
    return found


def warcio_check(tmp_path) -> tuple[int, str]:
    """`warcio check -v` on every file, in process: (exit code, what it printed)."""
    files = sorted(str(p) for p in (tmp_path / "warc").glob("*.warc.gz"))
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        code = Checker(argparse.Namespace(inputs=files, verbose=True)).process_all()
    return code, printed.getvalue()


def test_every_file_starts_with_a_warcinfo_record_saying_who_wrote_it_and_how(tmp_path):
    rec = recorder(tmp_path, max_bytes=1)   # one exchange per file: three files
    for body in (HTML, HTML + b" ", HTML + b"  "):
        fetch(rec, body)
    rec.close()
    files = sorted((tmp_path / "warc").glob("*.warc.gz"))
    assert len(files) == 3
    for path in files:
        with open(path, "rb") as handle:
            head = next(iter(ArchiveIterator(handle)))
            assert head.rec_type == "warcinfo"
            assert head.rec_headers.get_header("WARC-Filename") == path.name
            assert head.rec_headers.get_header("Content-Type") == "application/warc-fields"
            fields = dict(line.split(": ", 1) for line in head.content_stream().read().decode().splitlines())
        assert fields["software"].startswith("ward-archive/") and "warcio/" in fields["software"]
        assert fields["format"] == "WARC File Format 1.1"
        assert fields["operator"] == "Lưu trữ phường (test)"
        assert fields["robots"] == "obey"
        assert fields["isPartOf"] == "ward-archive crawl run abc123"
        assert fields["http-header-user-agent"] == "ward-archive/0.1 (+contact)"
        assert fields["hostname"]


def test_a_304_is_a_revisit_without_http_block_naming_the_original_response(tmp_path):
    """pywb replays a revisit's own HTTP headers when it has some: a 304 would
    replay as an empty page. With no block it serves the original, which it
    finds by WARC-Refers-To-Target-URI, WARC-Refers-To-Date and the digest."""
    rec = recorder(tmp_path)
    first = fetch(rec)
    fetch(rec)  # an identical re-fetch: itself a revisit
    not_modified = fetch(rec, b"", 304, [("ETag", '"v1"')])
    rec.close()
    (_, original, _), *_ = [r for r in records(tmp_path) if r[1].get_header("WARC-Type") == "response"]
    _, revisit, http = [r for r in records(tmp_path) if r[1].get_header("WARC-Profile") == NOT_MODIFIED_PROFILE][0]
    assert not_modified.record_type == "revisit" and not_modified.status == 304
    assert http is None or not http.statusline
    assert revisit.get_header("Content-Length") == "0"
    assert revisit.get_header("WARC-Refers-To") == original.get_header("WARC-Record-ID")
    assert revisit.get_header("WARC-Refers-To-Target-URI") == URL
    assert revisit.get_header("WARC-Refers-To-Date") == original.get_header("WARC-Date")
    assert revisit.get_header("WARC-Payload-Digest") == original.get_header("WARC-Payload-Digest")
    assert (not_modified.payload_file, not_modified.payload_offset) == (first.warc_file, first.warc_offset)


def test_identical_payload_revisits_are_well_formed_and_point_at_the_response(tmp_path):
    rec = recorder(tmp_path)
    fetch(rec)
    fetch(rec)
    fetch(rec)  # the last 200 capture is a revisit: the third still names the response
    rec.close()
    everything = records(tmp_path)
    [original] = [h for _, h, _ in everything if h.get_header("WARC-Type") == "response"]
    revisits = [(h, http) for _, h, http in everything if h.get_header("WARC-Type") == "revisit"]
    assert len(revisits) == 2
    for headers, http in revisits:
        assert headers.get_header("WARC-Profile") == IDENTICAL_PAYLOAD_PROFILE
        assert headers.get_header("WARC-Refers-To") == original.get_header("WARC-Record-ID")
        assert headers.get_header("WARC-Refers-To-Date") == original.get_header("WARC-Date")
        assert headers.get_header("WARC-Payload-Digest") == original.get_header("WARC-Payload-Digest")
        assert http.get_statuscode() == "200"   # the new response's own headers, as the profile says


def test_warcio_check_passes_on_every_kind_of_record(tmp_path):
    rec = recorder(tmp_path, max_bytes=600)
    fetch(rec)
    fetch(rec)
    fetch(rec, b"", 304)
    fetch(rec, HTML + "<p>sửa</p>".encode())
    rec.close()
    code, printed = warcio_check(tmp_path)
    assert code == 0, printed
    assert "digest pass" in printed


def test_a_file_torn_inside_its_head_is_removed_at_start(tmp_path):
    rec = recorder(tmp_path)
    fetch(rec)
    [path] = (tmp_path / "warc").glob("*.warc.gz")
    rec.conn.close()                       # the crawl dies: no closed mark
    torn = path.with_name("ward-archive-torn-00001.warc.gz")
    torn.write_bytes(path.read_bytes()[:40])   # died while writing a new file's warcinfo
    recorder(tmp_path).close()
    assert not torn.exists()
    assert path.exists() and warcio_check(tmp_path)[0] == 0


def test_a_304_for_another_address_of_a_captured_page_refers_to_that_capture(tmp_path):
    """An article first fetched through one link and re-checked through
    another: the server's 304 (same ETag, same host) confirms the first capture."""
    rec = recorder(tmp_path)
    first = fetch(rec, headers=[("Content-Type", "text/html"), ("ETag", '"v1"')])
    other = URL + "?redirect=%2Ftin-tuc"
    confirmed = rec.record("GET", other, {}, 304, [("ETag", '"v1"')], b"")[1]
    elsewhere = rec.record("GET", "http://127.0.0.2:8300/x.html", {}, 304, [("ETag", '"v1"')], b"")[1]
    rec.close()
    assert confirmed.record_type == "revisit"
    assert (confirmed.payload_file, confirmed.payload_offset) == (first.warc_file, first.warc_offset)
    [revisit] = [h for _, h, _ in records(tmp_path) if h.get_header("WARC-Target-URI") == other
                 and h.get_header("WARC-Type") == "revisit"]
    assert revisit.get_header("WARC-Refers-To-Target-URI") == URL
    assert elsewhere.record_type == "response"   # another host's ETag confirms nothing here


def test_a_refetch_whose_earlier_capture_is_gone_is_written_whole(tmp_path):
    rec = recorder(tmp_path, max_bytes=1)
    first = fetch(rec)
    (tmp_path / "warc" / first.warc_file).unlink()   # moved away by hand, say
    again = fetch(rec)
    not_modified = fetch(rec, b"", 304)
    rec.close()
    assert again.record_type == "response" and again.payload_file == again.warc_file
    assert not_modified.record_type == "revisit"    # refers to the second capture, which is there
    assert (not_modified.payload_file, not_modified.payload_offset) == (again.warc_file, again.warc_offset)
