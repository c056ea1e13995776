"""Hostile readers and hostile stored content, served (issue 8, failures 3, 4
and 7): a real archive written by the store, our Datasette (metadata,
templates, plugins) in process or as a child process on loopback.

* Stored script: archives made before extraction refused `JavaScript:` and
  its disguises hold such image and attachment URLs; no page may link to them,
  and every page sends a Content-Security-Policy and nosniff.
* Public SQL: our SQL functions keep the time limit, bound their own work
  (an 11 M-character article, a 9 MB string built in SQL), results are
  capped, and four hostile queries leave an ordinary page its answer.
* Decompression on read: a capture that inflates to 256 MiB is shown cut at
  32 MiB, by the desk's raw view and by `show-raw`, in bounded memory.
"""
from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import html
import re
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from html.parser import HTMLParser
from urllib.parse import quote

import pytest
from datasette.utils import tilde_encode

from ward_archive.publish import build_public_copy
from ward_archive.serve import datasette_app
from ward_archive.storage import search
from ward_archive.storage.warc import MAX_DECODED_BYTES, PayloadReader, WarcRecorder, warc_dir
from ward_scraper.util.urls import web_url

from tests.hostile_portal import SCRIPT_URLS, gzip_bomb
from tests.conftest import ROOT, DatasetteProcess
from tests.test_search import build_archive, item, store, url_of

ARTICLE = url_of("a01")


def fetch(ds, *paths) -> list:
    """GET each path from an in-process Datasette."""
    async def get_all():
        return [await ds.client.get(path) for path in paths]
    return asyncio.run(get_all())


def article_page(key: str, database: str = "archive") -> str:
    return f"/{database}/articles/" + tilde_encode(key)


@pytest.fixture
def scripted_archive(tmp_path) -> str:
    """An archive whose article a01 has script-in-disguise image and attachment
    URLs and whose a02 was "published at" one: as an archive made before the
    extraction refused them holds them (written here into the tables directly)."""
    db = tmp_path / "archive.db"
    build_archive(db).close()
    conn = sqlite3.connect(db)
    with conn:
        for position, url in enumerate(SCRIPT_URLS):
            conn.execute("INSERT INTO images (article_url, position, src, caption) VALUES (?, ?, ?, ?)",
                         (ARTICLE, position, url, f"Ảnh {position}"))
            conn.execute("INSERT INTO attachments (article_url, position, url, title) VALUES (?, ?, ?, ?)",
                         (ARTICLE, position, url, None))
        conn.execute("INSERT INTO images (article_url, position, src, caption) VALUES (?, ?, ?, ?)",
                     (ARTICLE, len(SCRIPT_URLS), "https://binhloc.dongnai.gov.vn/anh.jpg", "Ảnh thật"))
        conn.execute("UPDATE articles SET url = ? WHERE canonical_url = ?", (SCRIPT_URLS[1], url_of("a02")))
    conn.close()
    return str(db)


class _Links(HTMLParser):
    """Every href and src of a page, and the text of its inline scripts."""

    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.inline_scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.links += [value for name, value in attrs if name in ("href", "src", "action") and value is not None]
        self._in_script = tag == "script" and "src" not in attributes
        if self._in_script:
            self.inline_scripts.append("")

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.inline_scripts[-1] += data


def links_of(html: str) -> _Links:
    parser = _Links()
    parser.feed(html)
    return parser


def followed_scheme(link: str) -> str | None:
    """What a browser on our http page would follow the link to (None: nothing, a fragment)."""
    url = web_url(link, "http://127.0.0.1:8001/archive/articles")
    return "http" if url else None if link.strip().startswith("#") else "not http(s)"


def test_no_page_links_to_a_script_url(scripted_archive):
    ds = datasette_app(scripted_archive)
    pages = (article_page(ARTICLE), article_page(url_of("a02")), "/archive/images", "/archive/attachments",
             "/archive/images?_search=x", "/archive?sql=" + quote("select src as canonical_url from images"))
    for path, response in zip(pages, fetch(ds, *pages)):
        assert response.status_code == 200, (path, response.text[:300])
        bad = [link for link in links_of(response.text).links if followed_scheme(link) == "not http(s)"]
        assert not bad, (path, bad)
    article = fetch(ds, article_page(ARTICLE))[0].text
    # the URLs are shown, as inert text (images and attachments), and the real image is still a link
    inert = [html.unescape(text) for text in re.findall(r'<span class="ward-inert-url">(.*?)</span>', article, re.S)]
    assert inert == list(SCRIPT_URLS) * 2
    assert '<a href="https://binhloc.dongnai.gov.vn/anh.jpg">' in article


def test_every_page_sends_a_policy_that_allows_only_datasettes_own_inline_scripts(scripted_archive):
    ds = datasette_app(scripted_archive)
    pages = ("/", "/archive", "/archive/articles", article_page(ARTICLE), "/archive/search?q=ubnd",
             "/archive?sql=select+1", "/archive/articles.json", "/-/static/app.css", "/robots.txt",
             "/archive/no-such-table", "/-/dashboard/archive", "/-/feeds/archive/search.atom?q=ubnd")
    for path, response in zip(pages, fetch(ds, *pages)):
        assert response.headers["x-content-type-options"] == "nosniff", path
        policy = dict(part.strip().split(" ", 1) for part in response.headers["content-security-policy"].split(";"))
        sources = policy["script-src"].split()
        assert "'unsafe-inline'" not in sources and "'unsafe-eval'" not in sources, path
        assert policy["object-src"] == "'none'" and policy["base-uri"] == "'none'"
        for script in links_of(response.text).inline_scripts:
            digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
            assert f"'sha256-{digest}'" in sources, (path, script[:200])


# ---- public SQL, bounded -----------------------------------------------------

# One archived article of 11 M characters (the word "phường" all through it).
LONG_BODY = ("Người dân phường tham gia tổng vệ sinh môi trường khu dân cư. " * 180_000)[:11_000_000]
# ward_contains(s, q) ten times on a 9 MB string built in SQL (once 10 s),
# and two hundred times (more than the time limit, even bounded).
NINE_MB = "(select replace(printf('%.*c', 3000000, 'x'), 'x', 'ab ') as s)"


def contains_calls(count: int) -> str:
    return "select " + ", ".join(f"ward_contains(s, 'ubnd') as c{n}" for n in range(count)) + " from " + NINE_MB



@pytest.fixture(scope="module")
def long_article_archive(tmp_path_factory) -> str:
    db = tmp_path_factory.mktemp("long") / "archive.db"
    archive = build_archive(db)
    store(archive, item("a10", body_text=LONG_BODY, fetched_at="2026-02-01T00:00:00Z"))
    archive.close()
    return str(db)


def sql_path(sql: str, database: str = "archive") -> str:
    return f"/{database}.json?_shape=array&sql=" + quote(sql)


def test_a_snippet_reads_a_window_not_the_whole_article():
    started = time.perf_counter()
    shown = search.snippet(LONG_BODY, "phuong")
    assert time.perf_counter() - started < 0.5
    assert shown.startswith("Người dân <mark>phường</mark>") and len(shown) < 1000
    late = "Không có gì. " * 2_000 + "Ủy ban nhân dân phường" + " đoạn cuối" * 1_000_000
    assert "<mark>Ủy ban nhân dân</mark>" in search.snippet(late, "ubnd")  # in the second window
    never = "Không có gì. " * 1_000_000 + "UBND"  # past the scan: the start, unmarked
    assert search.snippet(never, "ubnd").startswith("Không có gì.") and "<mark>" not in search.snippet(never, "ubnd")


def test_contains_reads_only_the_start_of_a_text_and_long_queries_are_refused():
    assert search.contains("UBND " + "x " * 1_000_000, "ủy ban nhân dân")
    assert not search.contains("x " * 1_000_000 + "UBND", "ubnd")
    with pytest.raises(search.QueryTooLong):
        search.match_expression("ủy ban " * 100)
    search.match_expression("ủy ban " * 70)  # 490 characters: still a query


@pytest.mark.parametrize("public", [False, True])
def test_ranked_search_answers_with_an_11m_character_article(long_article_archive, public):
    db = build_public_copy(long_article_archive)["public_copy"] if public else long_article_archive
    ds = datasette_app(db, public=public)
    started = time.perf_counter()
    [response] = fetch(ds, "/archive/search.json?_shape=array&q=" + quote("phường"))
    assert response.status_code == 200, response.text[:500]
    # the whole body's snippet once took 2.5 s here (and a 400 on a bigger archive)
    assert time.perf_counter() - started < 1
    rows = {row["canonical_url"]: row["snippet"] for row in response.json()}
    assert "<mark>phường</mark>" in rows[url_of("a10")] and len(rows[url_of("a10")]) < 1000


# Datasette turns SQLite's callback tracebacks on: the one of OutOfTime is logged.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_our_functions_keep_the_time_limit(long_article_archive):
    desk = datasette_app(long_article_archive)  # 3 s limit
    started = time.perf_counter()
    [ten] = fetch(desk, sql_path(contains_calls(10)))
    assert ten.status_code == 200 and ten.json() == [{f"c{n}": 0 for n in range(10)}], ten.text[:300]
    assert time.perf_counter() - started < 2.5  # once 15 s
    started = time.perf_counter()
    [many] = fetch(datasette_app(long_article_archive, overrides={"sql_time_limit_ms": 500}),
                   sql_path(contains_calls(200)))
    assert many.status_code == 400, many.text[:300]
    assert time.perf_counter() - started < 1.5


def test_public_results_are_capped(long_article_archive):
    public = build_public_copy(long_article_archive)["public_copy"]
    ds = datasette_app(public, public=True)
    huge, wide_rows, fine, article = fetch(
        ds, sql_path("select hex(randomblob(300000000)) as x"),
        sql_path("with recursive n(i) as (select 1 union all select i + 1 from n where i < 100) "
                 "select i, hex(randomblob(1000000)) as x from n"),
        sql_path("select canonical_url, length(body_text) as n from articles where body_text like '%phường%'"),
        article_page(url_of("a10")))
    assert huge.status_code == 400 and "too big" in huge.json()["error"]
    assert wide_rows.status_code == 400 and "larger than 32 MB" in wide_rows.json()["error"]
    assert fine.status_code == 200 and {"canonical_url": url_of("a10"), "n": len(LONG_BODY)} in fine.json()
    assert article.status_code == 200  # the longest stored text is still served


def vm_rss_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1)) / 1024


class PeakMemory(threading.Thread):
    """Samples a process's VmRSS every 20 ms until stopped."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.peak, self.running = pid, vm_rss_mb(pid), True

    def run(self):
        while self.running:
            try:
                self.peak = max(self.peak, vm_rss_mb(self.pid))
            except (OSError, AttributeError):  # the process has ended
                return
            time.sleep(0.02)

    def stop(self) -> float:
        self.running = False
        self.join(timeout=5)
        return self.peak


def timed_get(url: str) -> tuple[int, float, bytes]:
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, time.perf_counter() - started, response.read()
    except urllib.error.HTTPError as error:
        return error.code, time.perf_counter() - started, error.read()


HOSTILE_QUERIES = (contains_calls(60),  # one row: 60 calls (the public server allows 64 columns)
                   "select ward_contains(s, 'ubnd') as c from " + NINE_MB + ", (with recursive n(i) as "
                   "(select 1 union all select i + 1 from n where i < 1000) select i from n)",
                   "select hex(randomblob(300000000))",
                   "with recursive n(i) as (select 1 union all select i + 1 from n where i < 100) "
                   "select i, hex(randomblob(2000000)) as x from n")


@pytest.mark.e2e
def test_four_hostile_queries_leave_an_ordinary_page_its_answer(long_article_archive):
    """The public server (a child process, 1 s limit, 3 SQL threads): four
    hostile queries at once end in errors within their limit, an ordinary
    page sent meanwhile answers within seconds, and memory stays bounded."""
    server = DatasetteProcess(Path(long_article_archive), ["--public"])
    try:
        server.get("/archive/articles.json?_size=1")  # connections opened, plugins loaded
        memory = PeakMemory(server.proc.pid)
        memory.start()
        before = memory.peak
        hostile: dict[int, tuple] = {}
        threads = [threading.Thread(target=lambda n=n, sql=sql: hostile.__setitem__(
            n, timed_get(server.base + sql_path(sql)))) for n, sql in enumerate(HOSTILE_QUERIES)]
        for thread in threads:
            thread.start()
        time.sleep(0.2)
        status, elapsed, body = timed_get(server.base + "/archive/articles.json?_shape=array&_size=5")
        for thread in threads:
            thread.join(timeout=60)
        peak = memory.stop()
        assert status == 200 and len(json.loads(body)) == 5
        assert elapsed < 5, f"the ordinary page waited {elapsed:.1f} s"
        for n, (code, took, answer) in sorted(hostile.items()):
            assert code == 400 and took < 10, (HOSTILE_QUERIES[n][:60], code, took, answer[:200])
        assert len(hostile) == len(HOSTILE_QUERIES)
        # Unbounded, these queries took the server from 0.56 to 4.05 GB. Bounded,
        # the growth measured 200-540 MB (texts of the 11 M-character article
        # converted for three SQL threads at once; the allocator decides how
        # much of it the process keeps): the check is for the unbounded case.
        assert peak - before < 1000, f"VmRSS grew from {before:.0f} to {peak:.0f} MB"
    finally:
        server.stop()


# ---- decompression on read ---------------------------------------------------

MIB = 1024 * 1024
PAGE = "<html><body><p>Ủy ban nhân dân phường</p></body></html>".encode()


def record(db: str, url: str, body: bytes, encoding: str | None) -> int:
    """A response written through the real WARC recorder; returns its capture id."""
    headers = [("Content-Type", "text/html; charset=utf-8")] + ([("Content-Encoding", encoding)] if encoding else [])
    recorder = WarcRecorder(warc_dir(db), db)
    try:
        capture_id, _ = recorder.record("GET", url, {}, 200, headers, body)
    finally:
        recorder.close()
    return capture_id


@pytest.fixture(scope="module")
def bomb_archive(tmp_path_factory) -> str:
    """Article a01's capture is a gzip bomb: 256 KiB that inflate to 256 MiB of zero bytes."""
    db = tmp_path_factory.mktemp("bomb") / "archive.db"
    archive = build_archive(db)
    capture_id = record(str(db), url_of("a01"), gzip_bomb(), "gzip")
    store(archive, item("a01", capture_id=capture_id, fetched_at="2026-02-01T00:00:00Z"))
    archive.close()
    return str(db)


@pytest.mark.parametrize("encoding, compress", [
    ("gzip", lambda body: __import__("gzip").compress(body)),
    ("deflate", lambda body: __import__("zlib").compress(body)),
    ("deflate", lambda body: __import__("zlib").compress(body, wbits=-15)),  # raw deflate, as some servers send
    ("br", lambda body: pytest.importorskip("brotli").compress(body)),
    (None, lambda body: body),
])
def test_captures_are_decoded_with_a_cap(tmp_path, encoding, compress):
    db = tmp_path / "archive.db"
    build_archive(db).close()
    small = record(str(db), "https://binhloc.dongnai.gov.vn/a.html", compress(PAGE), encoding)
    big = record(str(db), "https://binhloc.dongnai.gov.vn/b.html", compress(bytes(3 * MIB)), encoding)
    conn = sqlite3.connect(db)
    places = dict((n, conn.execute("SELECT payload_file, payload_offset FROM captures WHERE id = ?", (n,)).fetchone())
                  for n in (small, big))
    conn.close()
    page = PayloadReader(warc_dir(str(db)), *places[small], limit=MIB)
    assert page.read() == PAGE and not page.cut
    page = PayloadReader(warc_dir(str(db)), *places[big], limit=MIB)
    blocks = list(page)
    assert b"".join(blocks) == bytes(MIB) and page.cut
    assert max(map(len, blocks)) <= 128 * 1024  # decoded a block at a time, whatever the ratio


@pytest.mark.e2e
def test_the_raw_view_of_a_gzip_bomb_is_cut_in_bounded_memory(bomb_archive):
    server = DatasetteProcess(Path(bomb_archive))
    try:
        page = links_of(server.get(article_page(url_of("a01"))).decode())
        [raw] = [link for link in page.links if link.startswith("/-/raw/")]
        memory = PeakMemory(server.proc.pid)
        memory.start()
        with urllib.request.urlopen(server.base + raw, timeout=60) as response:
            headers, body = response.headers, response.read()
        peak = memory.stop()
    finally:
        server.stop()
    assert headers["content-type"] == "text/plain; charset=utf-8"
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["content-security-policy"].startswith("sandbox")
    assert b"<!-- cut: the page decodes to more than 32 MiB; this is its start -->" in body[:500]
    assert MAX_DECODED_BYTES <= len(body) < MAX_DECODED_BYTES + 1000
    assert peak < 400, f"the desk server reached {peak:.0f} MB"  # once 4.38 GB


@pytest.mark.e2e
def test_show_raw_of_a_gzip_bomb_writes_the_first_32_mib(bomb_archive, tmp_path):
    output = tmp_path / "page.html"
    with open(output, "wb") as stdout:
        child = subprocess.Popen([sys.executable, "-m", "ward_archive", "show-raw", url_of("a01"), "--db", bomb_archive],
                                 cwd=ROOT, stdout=stdout, stderr=subprocess.PIPE)
        memory = PeakMemory(child.pid)
        memory.start()
        _, stderr = child.communicate(timeout=120)
        peak = memory.stop()
    assert child.returncode == 0, stderr
    assert output.stat().st_size == MAX_DECODED_BYTES
    assert b"note: the page decodes to more than 32 MiB; only the first 32 MiB were written" in stderr
    assert peak < 200, f"show-raw reached {peak:.0f} MB"
