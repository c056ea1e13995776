"""The project as a Scrapy user meets it, from the project root (scrapy.cfg):
`scrapy list`, `scrapy crawl wards`, `scrapy shell`, `-s KEY=VALUE`, the
crawler's identity, and an unreachable portal. Child processes, the loopback
replica over real HTTP, a real SQLite file and real WARC files."""
from __future__ import annotations

import csv
import os
import sqlite3
import subprocess
import sys

from warcio.archiveiterator import ArchiveIterator

from ward_scraper.crawl.registry import load_registry, write_registry
from tests.conftest import ROOT, free_port, last_json_line, run_cli

CONTACT = "https://ward-archive.example/operator"


def run_scrapy(*args, env=None, timeout=300) -> subprocess.CompletedProcess:
    """`scrapy ARGS` from the project root, as a Scrapy user runs it."""
    return subprocess.run([sys.executable, "-m", "scrapy", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout, env={**os.environ, **(env or {})})


def one_portal_registry(replica, tmp_path):
    """The replica's first portal alone: enough for what these tests check, and quick."""
    path = tmp_path / "one-portal.csv"
    write_registry(load_registry(replica.registry)[:1], path)
    return path, replica.portals[0][0]


def request_headers(warc_dir) -> list[dict]:
    """The headers of every request the crawl made, as its WARC files keep them."""
    headers = []
    for path in sorted(warc_dir.glob("*.warc.gz")):
        with open(path, "rb") as handle:
            for record in ArchiveIterator(handle):
                if record.rec_type == "request":
                    headers.append(dict(record.http_headers.headers))
    return headers


def query(db, sql):
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_scrapy_list_names_the_spider():
    result = run_scrapy("list")
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.split() == ["hub", "probe", "wards"]


def test_scrapy_crawl_wards_fills_the_archive_like_ward_archive_crawl(replica, tmp_path):
    registry, portal = one_portal_registry(replica, tmp_path)
    db = tmp_path / "archive" / "a.db"
    result = run_scrapy("crawl", "wards", "-a", f"portals={registry}", "-s", f"WARD_ARCHIVE_DB={db}",
                        "-s", f"WARD_CONTACT_URL={CONTACT}")
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    summary = last_json_line(result.stdout)
    assert summary["finish_reason"] == "finished"
    assert summary["totals"]["new"] == len(portal.articles)
    assert query(db, "SELECT count(*) FROM articles") == [(len(portal.articles),)]
    assert query(db, "SELECT portal, status FROM crawl_runs") == [(portal.slug, "ok")]
    sent = request_headers(db.parent / "warc")
    assert sent and {h.get("Accept-Language") for h in sent} == {"vi"}
    assert {h.get("User-Agent") for h in sent} == {
        f"ward-archive/0.1 (+{CONTACT}; archiving public ward announcements)"}

    # the same archive, crawled again without `-a portals`: the WARD_PORTALS setting names the registry
    again = run_scrapy("crawl", "wards", "-s", f"WARD_PORTALS={registry}", "-s", f"WARD_ARCHIVE_DB={db}")
    assert again.returncode == 0, again.stderr[-3000:]
    totals = last_json_line(again.stdout)["totals"]
    assert totals.get("new", 0) == 0 and totals["pages_fetched"] >= 1


def test_scrapy_crawl_with_a_missing_registry_says_so_in_one_line(tmp_path):
    result = run_scrapy("crawl", "wards", "-a", f"portals={tmp_path / 'nowhere.csv'}",
                        "-s", f"WARD_ARCHIVE_DB={tmp_path / 'a.db'}")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines()[-1] == f"error: {tmp_path / 'nowhere.csv'}: registry file not found"
    assert not (tmp_path / "a.db").exists()


def test_scrapy_shell_fetches_a_page_as_the_crawler_would(replica):
    url = replica.portals[0][2]
    result = run_scrapy("shell", url, "-c", "(response.status, response.request.headers['Accept-Language'])")
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip() == "(200, b'vi')"


def test_ward_archive_crawl_takes_settings_and_the_contact_from_the_environment(replica, tmp_path):
    registry, portal = one_portal_registry(replica, tmp_path)
    db = tmp_path / "a.db"
    raw = tmp_path / "raw"
    result = subprocess.run([sys.executable, "-m", "ward_archive", "crawl", "--portals", str(registry),
                             "--db", str(db), "-s", f"WARD_WARC_DIR={raw}", "-s", "LOG_LEVEL=WARNING"],
                            cwd=ROOT, capture_output=True, text=True, timeout=300,
                            env={**os.environ, "WARD_ARCHIVE_CONTACT": CONTACT})
    assert result.returncode == 0, result.stderr[-3000:]
    assert last_json_line(result.stdout)["totals"]["new"] == len(portal.articles)
    assert " INFO: " not in result.stderr
    assert not (tmp_path / "warc").exists()
    assert {h.get("User-Agent") for h in request_headers(raw)} == {
        f"ward-archive/0.1 (+{CONTACT}; archiving public ward announcements)"}

    bad = run_cli("crawl", "--portals", registry, "--db", db, "-s", "WARD_MAX_LISTING_PAGES")
    assert bad.returncode == 2 and "'WARD_MAX_LISTING_PAGES' is not KEY=VALUE" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_a_portal_that_refuses_connections_is_recorded_as_unreachable(tmp_path):
    closed = free_port()  # bound, released: nothing listens there
    registry = tmp_path / "portals.csv"
    with open(registry, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["slug", "ward_name", "ward_code", "province", "platform", "base_url", "listing_paths"])
        writer.writerow(["closed", "Phường Đóng", "", "Hà Nội", "nukeviet", f"http://127.0.0.1:{closed}/",
                         "/vi/news/ /vi/news/thong-bao/"])
    db = tmp_path / "a.db"
    result = run_cli("crawl", "--portals", registry, "--db", db, timeout=120)
    assert result.returncode == 1, result.stderr[-3000:]
    assert "Traceback" not in result.stderr and "Forbidden by robots.txt" not in result.stderr
    assert last_json_line(result.stdout)["error_kinds"] == {"closed": {"robots_unreachable": 2}}
    assert sorted(query(db, "SELECT url, kind, message, target FROM crawl_errors")) == [
        (f"http://127.0.0.1:{closed}{path}", "robots_unreachable", "robots.txt unreachable: connection refused",
         "listing") for path in ("/vi/news/", "/vi/news/thong-bao/")]
