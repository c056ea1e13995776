"""WARC captures on real files: records, revisits, torn tails, payload read-back."""
import sqlite3

from warcio.archiveiterator import ArchiveIterator

from ward_archive.storage.schema import migrate
from ward_archive.storage.warc import WarcRecorder, closed_mark, is_closed, read_payload, repair

URL = "http://127.0.0.1:8300/vi/news/tin-tuc/hoi-nghi-12.html"
HTML = "<html><body><h1>Hội nghị tổng kết</h1></body></html>".encode()


def recorder(tmp_path, max_bytes=10 * 1024 * 1024):
    db = tmp_path / "a.db"
    migrate(str(db))
    return WarcRecorder(tmp_path / "warc", str(db), max_bytes), db


def record(rec, body=HTML, status=200, url=URL):
    return rec.record("GET", url, {"User-Agent": "ward-archive/0.1"}, status,
                      [("Content-Type", "text/html; charset=utf-8")], body)


def all_records(directory):
    """(type, profile) of every record after each file's warcinfo head
    (test_every_file_starts_with_a_warcinfo_record checks the heads)."""
    found = []
    for path in sorted(directory.glob("*.warc.gz")):
        with open(path, "rb") as handle:
            records = [(r.rec_type, r.rec_headers.get_header("WARC-Profile") or "") for r in ArchiveIterator(handle)]
        assert records[0][0] == "warcinfo", f"{path.name} does not start with its warcinfo record"
        found += records[1:]
    return found


def test_identical_refetch_is_a_revisit_and_payload_reads_back(tmp_path):
    rec, db = recorder(tmp_path)
    first_id, first = record(rec)
    second_id, second = record(rec)
    changed_id, changed = record(rec, body=HTML.replace("tổng kết".encode(), "sơ kết".encode()))
    rec.close()
    assert (first.record_type, second.record_type, changed.record_type) == ("response", "revisit", "response")
    assert (second.payload_file, second.payload_offset) == (first.warc_file, first.warc_offset)
    kinds = all_records(tmp_path / "warc")
    assert [k for k, _ in kinds] == ["response", "request", "revisit", "request", "response", "request"]
    assert "identical-payload-digest" in kinds[2][1]
    status, _, body = read_payload(tmp_path / "warc", second.payload_file, second.payload_offset)
    assert status == 200 and body == HTML
    rows = sqlite3.connect(db).execute("SELECT id, record_type FROM captures ORDER BY id").fetchall()
    assert rows == [(first_id, "response"), (second_id, "revisit"), (changed_id, "response")]


def test_304_is_a_server_not_modified_revisit(tmp_path):
    rec, _ = recorder(tmp_path)
    record(rec)
    _, not_modified = record(rec, body=b"", status=304)
    rec.close()
    assert not_modified.record_type == "revisit"
    assert "server-not-modified" in all_records(tmp_path / "warc")[2][1]


def test_files_rotate_by_size(tmp_path):
    rec, _ = recorder(tmp_path, max_bytes=1)
    for n in range(3):
        record(rec, url=f"{URL}?n={n}")
    rec.close()
    assert len(list((tmp_path / "warc").glob("*.warc.gz"))) == 3


def test_torn_last_record_is_cut_and_file_stays_readable(tmp_path):
    rec, _ = recorder(tmp_path)
    record(rec)
    record(rec, body=HTML + b"<!-- edited -->")
    rec.close()
    [path] = (tmp_path / "warc").glob("*.warc.gz")
    whole = path.read_bytes()
    path.write_bytes(whole + whole[:57])  # a crash in the middle of writing a record
    assert repair(path) == 57
    assert path.read_bytes() == whole
    assert len(all_records(tmp_path / "warc")) == 4
    # a recorder opening the directory repairs it too, when the crawl that
    # wrote it died before closing it (no closed mark)
    path.write_bytes(whole + whole[:99])
    closed_mark(path).unlink()
    recorder(tmp_path)[0].close()
    assert path.read_bytes() == whole
    assert is_closed(path)


def test_finished_files_are_marked_closed_and_never_read_at_start(tmp_path):
    rec, _ = recorder(tmp_path, max_bytes=1)
    for n in range(2):
        record(rec, url=f"{URL}?n={n}")
    first, second = sorted((tmp_path / "warc").glob("*.warc.gz"))
    assert is_closed(first) and not is_closed(second)  # rotated away from / still being written
    rec.close()
    assert is_closed(second)
    # A closed file is not read at start: bytes after its last record stay
    # (reading it, repair would cut them).
    tail = first.read_bytes() + b"not gzip"
    first.write_bytes(tail)
    recorder(tmp_path)[0].close()
    assert first.read_bytes() == tail


def test_a_torn_file_left_open_by_a_crash_is_repaired_at_start(tmp_path):
    rec, _ = recorder(tmp_path)
    record(rec)
    record(rec, body=HTML + b"<!-- edited -->")
    [path] = (tmp_path / "warc").glob("*.warc.gz")
    whole = path.read_bytes()
    with open(path, "ab") as handle:   # the crawl dies in the middle of a record,
        handle.write(whole[:57])       # never closing its file
    second, _ = recorder(tmp_path)
    assert path.read_bytes() == whole and is_closed(path)
    second.close()
    rec.conn.close()
