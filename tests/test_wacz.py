"""`ward-archive export --wacz` on a real crawl of the replica: the package's
layout, digests and page list, what it leaves out, and its one-line errors.
(`wacz validate` and pywb replay of the same output: tests/test_replay.py.)
Also the other packaging standard of exports: `export --out DIR --bagit`."""
from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

import bagit
import pytest

from tests.conftest import last_json_line, run_cli
from tests.test_replay import copy_archive

pytestmark = pytest.mark.e2e   # every test runs ward-archive in a child process


@pytest.fixture
def archive_copy(crawled, tmp_path):
    """A copy of the crawled archive (database and WARC files) a test may change."""
    return copy_archive(crawled[0], tmp_path)


def export(db, target) -> dict:
    result = run_cli("export", "--db", db, "--wacz", target)
    assert result.returncode == 0, result.stderr
    return last_json_line(result.stdout)


def pages(path: Path) -> list[dict]:
    with zipfile.ZipFile(path) as package:
        return [json.loads(line) for line in package.read("pages/pages.jsonl").decode().splitlines()]


def test_wacz_holds_the_closed_warc_files_stored_with_their_digests(crawled, tmp_path):
    db, _ = crawled
    summary = export(db, tmp_path / "out.wacz")
    warcs = sorted(p for p in (Path(db).parent / "warc").glob("*.warc.gz"))
    with zipfile.ZipFile(tmp_path / "out.wacz") as package:
        names = package.namelist()
        assert names == [f"archive/{p.name}" for p in warcs] + [
            "indexes/index.cdxj", "pages/pages.jsonl", "datapackage.json", "datapackage-digest.json"]
        for path in warcs:  # copied byte for byte, not compressed again
            info = package.getinfo(f"archive/{path.name}")
            assert info.compress_type == zipfile.ZIP_STORED
            assert package.read(info) == path.read_bytes()
        described = package.read("datapackage.json")
        datapackage = json.loads(described)
        assert datapackage["wacz_version"] == "1.1.1" and datapackage["profile"] == "data-package"
        assert [r["path"] for r in datapackage["resources"]] == names[:-2]
        for resource in datapackage["resources"]:
            data = package.read(resource["path"])
            assert resource["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
            assert resource["bytes"] == len(data)
        digest = json.loads(package.read("datapackage-digest.json"))
        assert digest == {"path": "datapackage.json", "hash": "sha256:" + hashlib.sha256(described).hexdigest()}
        index = package.read("indexes/index.cdxj").decode().splitlines()
    assert index == sorted(index) and len(index) == summary["index_records"]
    assert summary["warc_files"] == len(warcs)


def test_pages_list_every_archived_article_with_its_capture_time_and_title(crawled, tmp_path):
    db, _ = crawled
    export(db, tmp_path)   # a directory: <archive name>.wacz in it
    header, *listed = pages(tmp_path / "archive.wacz")
    assert header["format"] == "json-pages-1.0" and header["hasText"] is True
    conn = sqlite3.connect(db)
    expected = {url: (title, fetched_at) for url, title, fetched_at in conn.execute(
        "SELECT c.url, a.title, c.fetched_at FROM articles a JOIN captures c ON c.id = a.capture_id")}
    conn.close()
    assert len(listed) == len(expected) > 0
    for page in listed:
        assert (page["title"], page["ts"]) == expected[page["url"]]
        assert page["text"] and len(page["id"]) == 24


def test_same_archive_gives_the_same_wacz_bytes(crawled, tmp_path):
    db, _ = crawled
    export(db, tmp_path / "a.wacz")
    export(db, tmp_path / "b.wacz")
    assert (tmp_path / "a.wacz").read_bytes() == (tmp_path / "b.wacz").read_bytes()


def test_suppressed_articles_are_left_out_of_the_page_list(archive_copy, tmp_path):
    conn = sqlite3.connect(archive_copy)
    hidden, redacted = [row[0] for row in conn.execute("SELECT canonical_url FROM articles ORDER BY 1 LIMIT 2")]
    hidden_url = conn.execute("SELECT url FROM articles WHERE canonical_url = ?", (hidden,)).fetchone()[0]
    conn.close()
    for args in ((hidden,), (redacted, "--fields", "title")):
        result = run_cli("suppress", args[0], "--reason", "test", *args[1:], "--db", archive_copy)
        assert result.returncode == 0, result.stderr
    summary = export(archive_copy, tmp_path / "out.wacz")
    assert summary["left_out_suppressed"] == 1
    listed = pages(tmp_path / "out.wacz")[1:]
    assert hidden_url not in {page["url"] for page in listed}
    assert sum(1 for page in listed if page["title"] == "") == 1


def test_a_warc_file_still_open_is_left_out_with_a_warning(archive_copy, tmp_path):
    finished = sorted((archive_copy.parent / "warc").glob("*.warc.gz"))
    being_written = archive_copy.parent / "warc" / "ward-archive-99999999T000000-000000-00001.warc.gz"
    shutil.copy(finished[0], being_written)   # no closed mark: as if a crawl were writing it
    result = run_cli("export", "--db", archive_copy, "--wacz", tmp_path / "out.wacz")
    assert result.returncode == 0, result.stderr
    assert f"warning: {being_written.name} is not finished" in result.stderr
    with zipfile.ZipFile(tmp_path / "out.wacz") as package:
        assert [n for n in package.namelist() if n.startswith("archive/")] == [f"archive/{p.name}" for p in finished]
    for path in finished:
        Path(str(path) + ".closed").unlink()
    nothing_finished = run_cli("export", "--db", archive_copy, "--wacz", tmp_path / "out.wacz")
    assert nothing_finished.returncode == 2 and "no finished WARC file" in nothing_finished.stderr


@pytest.mark.parametrize("args, message", [
    ((), "say where to write"),
    (("--wacz", "x.wacz", "--province", "Hà Nội"), "a WACZ holds the whole archive"),
])
def test_bad_export_options_get_one_error_line(crawled, tmp_path, args, message):
    result = run_cli("export", "--db", crawled[0], *args)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [next(l for l in result.stderr.splitlines() if message in l)]
    assert "Traceback" not in result.stderr


def test_wacz_of_a_missing_archive_or_one_without_captures_is_one_error_line(tmp_path):
    missing = run_cli("export", "--db", tmp_path / "nothing.db", "--wacz", tmp_path / "out.wacz")
    assert missing.returncode == 2 and missing.stderr.startswith("error: ") and "Traceback" not in missing.stderr
    assert run_cli("migrate", "--db", tmp_path / "empty.db").returncode == 0
    empty = run_cli("export", "--db", tmp_path / "empty.db", "--wacz", tmp_path / "out.wacz")
    assert empty.returncode == 2 and "holds no finished WARC file" in empty.stderr
    assert "Traceback" not in empty.stderr
    assert not (tmp_path / "out.wacz").exists()


# ---- BagIt --------------------------------------------------------------------

def test_bagit_export_is_a_valid_bag_that_verify_checks(crawled, tmp_path):
    db, _ = crawled
    result = run_cli("export", "--db", db, "--out", tmp_path / "bag", "--bagit", "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    bag = bagit.Bag(str(tmp_path / "bag"))
    bag.validate()                                   # the bagit library's own full check
    assert "sha256" in bag.algorithms
    assert (tmp_path / "bag" / "data" / "manifest.json").exists()
    payload = set(bag.payload_files())
    assert "data/manifest.json" in payload and any(p.endswith(".jsonl") for p in payload)
    ok = run_cli("verify", tmp_path / "bag")
    assert ok.returncode == 0, ok.stdout + ok.stderr
    some_file = next(p for p in sorted((tmp_path / "bag" / "data").rglob("*.jsonl")))
    some_file.write_bytes(some_file.read_bytes().replace(b"}", b" }", 1))
    bad = run_cli("verify", tmp_path / "bag")
    assert bad.returncode == 1 and "BAD bag:" in bad.stdout


def test_bagit_export_is_reproducible_and_replaces_an_earlier_bag(crawled, tmp_path):
    db, _ = crawled
    for name in ("a", "b", "b"):   # the second "b" replaces the first
        result = run_cli("export", "--db", db, "--out", tmp_path / name, "--bagit")
        assert result.returncode == 0, result.stderr
    for tag_file in ("bagit.txt", "bag-info.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt"):
        assert (tmp_path / "a" / tag_file).read_bytes() == (tmp_path / "b" / tag_file).read_bytes(), tag_file


def test_bagit_without_out_is_one_error_line(crawled, tmp_path):
    result = run_cli("export", "--db", crawled[0], "--bagit", "--wacz", tmp_path / "x.wacz")
    assert result.returncode == 2 and result.stderr.startswith("error: --bagit") and "Traceback" not in result.stderr
