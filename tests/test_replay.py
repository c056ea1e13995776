"""The archive in the field's own tools: a real crawl of the replica, re-checked
with `crawl --full`, exported with `export --wacz`, checked by `wacz validate`,
and replayed by pywb on 127.0.0.1.

pywb (GPL-3.0) and wacz live in their own virtualenv, .venv/replay-tools,
made by `make replay-tools` (part of `make test`): they are test tools, never
shipped or imported, and pywb's dependencies (brotlipy, an older
cryptography) would break the project's own in one environment.
"""
from __future__ import annotations

import html
import json
import re
import shutil
import socket
import sqlite3
import subprocess
import time
import urllib.error
import urllib.request
import zipfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from warcio.archiveiterator import ArchiveIterator

from tests.conftest import ROOT, free_port, last_json_line, run_cli

pytestmark = pytest.mark.e2e

TOOLS = ROOT / ".venv" / "replay-tools" / "bin"
NOT_INSTALLED = f"pywb and wacz are not installed in {TOOLS.parent} (run `make replay-tools`)"


def tool(name: str) -> Path:
    path = TOOLS / name
    if not path.exists():
        pytest.skip(NOT_INSTALLED)
    return path


def copy_archive(db, home: Path) -> Path:
    """A copy of an archive (database, through SQLite's backup so that a
    write-ahead log is included, and WARC files) that a test may change."""
    source, copy = sqlite3.connect(db), sqlite3.connect(home / "archive.db")
    with copy:
        source.backup(copy)
    source.close()
    copy.close()
    shutil.copytree(Path(db).parent / "warc", home / "warc")
    return home / "archive.db"


@pytest.fixture(scope="module")
def rechecked(replica, crawled, tmp_path_factory):
    """A copy of the crawled archive after `crawl --full` of the unchanged
    replica: every article's latest capture is a server-not-modified revisit."""
    db = copy_archive(crawled[0], tmp_path_factory.mktemp("rechecked"))
    result = run_cli("crawl", "--full", "--portals", replica.registry, "--db", db)
    assert result.returncode == 0, result.stderr[-3000:]
    assert last_json_line(result.stdout)["totals"]["unchanged"] > 0
    return db


@pytest.fixture(scope="module")
def wacz(rechecked, tmp_path_factory):
    out = tmp_path_factory.mktemp("wacz")
    result = run_cli("export", "--db", rechecked, "--wacz", out)
    assert result.returncode == 0, result.stderr
    summary = last_json_line(result.stdout)
    assert summary["wacz"] == str(out / "archive.wacz")
    return out / "archive.wacz", summary


def rows(db, sql, *params):
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def latest_rechecked_article(db):
    """An article whose latest capture is the 304 of the re-check, with the
    capture of the page it confirmed: (url, title, revisit time, original body)."""
    url, title, fetched_at = rows(db, "SELECT c.url, a.title, c.fetched_at FROM articles a "
                                      "JOIN captures c ON c.url = a.url WHERE c.status = 304 "
                                      "ORDER BY c.id DESC LIMIT 1")[0]
    return url, title, fetched_at


# ---- the WARC files of a real crawl --------------------------------------------

def test_crawl_files_have_a_warcinfo_head_naming_the_run_and_pass_warcio_check(rechecked):
    files = sorted((rechecked.parent / "warc").glob("*.warc.gz"))
    # The first crawl, the --full re-check, and any crawl of the shared archive
    # another test made in between: each file names its run, and every run has files.
    runs = {run for (run,) in rows(rechecked, "SELECT DISTINCT run_id FROM crawl_runs")}
    named = set()
    for path in files:
        with open(path, "rb") as handle:
            head = next(iter(ArchiveIterator(handle)))
            text = head.content_stream().read().decode()
        assert head.rec_type == "warcinfo", path.name
        fields = dict(line.split(": ", 1) for line in text.splitlines())
        assert fields["robots"] == "obey" and fields["format"] == "WARC File Format 1.1"
        assert fields["operator"] and "ward-archive" in fields["http-header-user-agent"]
        assert re.fullmatch(r"ward-archive crawl run [0-9a-f]{12}", fields["isPartOf"]), fields["isPartOf"]
        named.add(fields["isPartOf"].rsplit(" ", 1)[-1])
    assert named == runs and len(runs) >= 2
    check = subprocess.run([str(tool("warcio")), "check", *map(str, files)], capture_output=True, text=True,
                           timeout=300)
    assert check.returncode == 0, check.stdout[-2000:] + check.stderr[-2000:]


# ---- WACZ ----------------------------------------------------------------------

def test_wacz_passes_wacz_validate(wacz):
    path, _ = wacz
    result = subprocess.run([str(tool("wacz")), "validate", "-f", str(path)], capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Validation succeeded" in result.stdout


def test_wacz_index_is_the_one_pywb_s_indexer_writes(wacz, tmp_path):
    """Our CDXJ lines (SURT keys, fields, sort order) are what cdxj-indexer,
    the indexer of pywb and py-wacz, makes of the same WARC files."""
    path, summary = wacz
    with zipfile.ZipFile(path) as package:
        ours = package.read("indexes/index.cdxj").decode()
        names = [n for n in package.namelist() if n.startswith("archive/")]
        package.extractall(tmp_path, names)
    theirs = subprocess.run([str(tool("cdxj-indexer")), "--sort", *(str(tmp_path / n) for n in names)],
                            capture_output=True, text=True, timeout=300, cwd=tmp_path / "archive")
    assert theirs.returncode == 0, theirs.stderr
    assert ours.splitlines() == theirs.stdout.splitlines()
    assert summary["index_records"] == len(ours.splitlines())


# ---- pywb ----------------------------------------------------------------------

class Pywb:
    """pywb's `wayback` on a free loopback port, over a collection of WARC files."""

    def __init__(self, home: Path, warc_files: list[Path]):
        self.home = home
        subprocess.run([str(tool("wb-manager")), "init", "archive"], cwd=home, check=True, capture_output=True)
        subprocess.run([str(tool("wb-manager")), "add", "archive", *map(str, warc_files)], cwd=home,
                       check=True, capture_output=True, timeout=300)
        self.port = free_port()
        self.log = open(home / "pywb.log", "wb")
        self.proc = subprocess.Popen([str(tool("wayback")), "--bind", "127.0.0.1", "--port", str(self.port)],
                                     cwd=home, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                if self.proc.poll() is not None:
                    break
                time.sleep(0.2)
        raise RuntimeError((home / "pywb.log").read_text(errors="replace"))

    def get(self, url: str, when: str = "20991231000000", mode: str = "id_"):
        """(status, headers, body) of the capture of `url` closest to `when`;
        `id_` replays the bytes as archived, `mp_` as a browser gets them."""
        address = f"http://127.0.0.1:{self.port}/archive/{when}{mode}/{url}"
        try:
            with urllib.request.urlopen(address, timeout=60) as response:
                return response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read()

    def stop(self):
        self.proc.terminate()
        self.proc.wait(timeout=20)
        self.log.close()


@pytest.fixture(scope="module")
def pywb(wacz, tmp_path_factory):
    """pywb over the WARC files of the WACZ (what a reader of the WACZ gets)."""
    path, _ = wacz
    home = tmp_path_factory.mktemp("pywb")
    with zipfile.ZipFile(path) as package:
        names = [n for n in package.namelist() if n.startswith("archive/")]
        package.extractall(home / "unpacked", names)
    server = Pywb(home, [home / "unpacked" / n for n in names])
    yield server
    server.stop()


def test_pywb_replays_the_latest_capture_of_a_rechecked_article_as_the_page(rechecked, pywb):
    """The latest capture is the 304 of `crawl --full`: it replays the page it
    confirmed (200, the article's title, the original bytes), not an empty 304."""
    url, title, rechecked_at = latest_rechecked_article(rechecked)
    status, headers, body = pywb.get(url)
    assert status == 200, body[:500]
    assert headers["Memento-Datetime"] == time.strftime(
        "%a, %d %b %Y %H:%M:%S GMT", time.strptime(rechecked_at[:19], "%Y-%m-%dT%H:%M:%S"))
    assert title in html.unescape(body.decode())
    first_status, _, first_body = pywb.get(url, when="19700101000000")
    assert first_status == 200 and first_body == body   # the same page as first captured


def test_pywb_replays_archived_articles_rewritten_for_a_browser(rechecked, pywb):
    for url, title in rows(rechecked, "SELECT url, title FROM articles ORDER BY canonical_url LIMIT 5"):
        status, headers, body = pywb.get(url, mode="mp_")
        assert status == 200, (url, body[:300])
        assert headers.get_content_type() == "text/html"
        assert title in html.unescape(body.decode())


def captured_requisites(wacz_path):
    """The images and stylesheets the WACZ holds captures of (its index says
    which): (url, mime) pairs."""
    with zipfile.ZipFile(wacz_path) as package:
        lines = package.read("indexes/index.cdxj").decode().splitlines()
    found = {}
    for line in lines:
        fields = json.loads(line.split(" ", 2)[2])
        mime = fields.get("mime", "")
        if fields.get("status") == "200" and (mime.startswith("image/") or mime == "text/css"):
            found[fields["url"]] = mime
    return sorted(found.items())


def test_pywb_replays_the_captured_images_and_stylesheets(wacz, pywb):
    captured = captured_requisites(wacz[0])
    if not captured:
        pytest.skip("this archive holds no image or stylesheet capture (the crawl does not fetch them yet)")
    for url, mime in captured[:40]:
        status, headers, body = pywb.get(url)
        assert status == 200 and body, url
        assert headers.get_content_type() == mime, url


def test_a_replayed_article_points_its_images_at_the_archive(rechecked, pywb):
    """The article as a browser gets it from pywb: each image it shows is
    requested from the archive, where it replays."""
    rows_ = rows(rechecked, "SELECT a.url, i.src FROM images i JOIN articles a ON a.canonical_url = i.article_url "
                            "JOIN captures c ON c.url = i.src AND c.status = 200 LIMIT 5")
    if not rows_:
        pytest.skip("no archived article has a captured image (the crawl does not fetch images yet)")
    for article_url, src in rows_:
        status, _, body = pywb.get(article_url, mode="mp_")
        assert status == 200
        assert f"/archive/".encode() in body and urlsplit(src).path.encode() in body
        image_status, headers, image = pywb.get(src, mode="im_")
        assert image_status == 200 and image and headers.get_content_type().startswith("image/"), src
