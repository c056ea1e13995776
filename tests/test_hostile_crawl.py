"""Crawls of the hostile portal (tests/hostile_portal.py): the transport side
of issue 8. Only http(s) is ever requested, no crawl hangs, and the error
rows say what happened.

Every crawl runs in a subprocess with an address-space limit and a timeout:
without the fixes, a file:///dev/zero link would grow the crawler until the
machine ran out of memory, and an ftp:// link would hang it for good.
"""
from __future__ import annotations

import fcntl
import gzip
import json
import os
import resource
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ward_archive.storage import open_store
from ward_scraper.crawl.registry import COLUMNS, RegistryError, load_registry
from tests.conftest import ROOT
from tests.hostile_portal import ARTICLES, HostilePortal

MEMORY_LIMIT = 3 << 30
SECRET = "BÍ-MẬT-CỤC-BỘ-7f3a"   # in the local files the portal's file:// links name


def _limit_memory():
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def crawl_command(registry: Path, db: Path, *settings: str) -> list[str]:
    command = [sys.executable, "-m", "ward_archive", "crawl", "--portals", str(registry), "--db", str(db)]
    for setting in settings:
        command += ["-s", setting]
    return command


def run_crawl(registry: Path, db: Path, *settings: str, timeout: float = 90) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(crawl_command(registry, db, *settings), cwd=ROOT, capture_output=True, text=True,
                              timeout=timeout, preexec_fn=_limit_memory)
    except subprocess.TimeoutExpired:
        pytest.fail(f"the crawl did not end within {timeout} s")


def start_crawl(registry: Path, db: Path, *settings: str) -> subprocess.Popen:
    return subprocess.Popen(crawl_command(registry, db, *settings), cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, preexec_fn=_limit_memory)


def write_registry(path: Path, *rows: str) -> Path:
    path.write_text(",".join(COLUMNS) + "\n" + "".join(rows), encoding="utf-8")
    return path


def query(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def summary(output: str) -> dict:
    return json.loads([line for line in output.splitlines() if line.startswith("{")][-1])


def error_rows(db: Path) -> dict[str, list[tuple[str, str]]]:
    rows: dict[str, list[tuple[str, str]]] = {}
    for kind, url, message in query(db, "SELECT kind, url, message FROM crawl_errors"):
        rows.setdefault(kind, []).append((url, message))
    return rows


def lock_is_free(db: Path) -> bool:
    with open(str(db) + ".lock", "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        fcntl.flock(handle, fcntl.LOCK_UN)
        return True


def assert_nothing_local_archived(db: Path) -> None:
    urls = [url for (url,) in query(db, "SELECT url FROM captures")]
    assert urls and all(url.startswith("http://127.0.0.1:") for url in urls), urls
    assert not query(db, f"SELECT url FROM articles WHERE url NOT LIKE 'http://127.0.0.1:%' "
                         f"OR body_text LIKE '%{SECRET}%'")
    for warc in (db.parent / "warc").glob("*.warc.gz"):
        with gzip.open(warc) as stream:
            raw = stream.read()
        assert SECRET.encode() not in raw and b"file://" not in raw.split(b"\r\n\r\n", 1)[0], warc


@pytest.fixture
def local_files(tmp_path) -> str:
    """A local page and a local file the hostile portal's file:// links name."""
    secret = tmp_path / "secret"
    secret.write_text(SECRET, encoding="utf-8")
    title = f"Hội nghị triển khai nhiệm vụ {SECRET} của phường Thử Nghiệm năm 2025"
    (tmp_path / "secret.html").write_text(
        f"<!DOCTYPE html><html lang=vi><head><meta charset=utf-8><title>{title}</title></head><body>"
        f"<article><h1>{title}</h1><p>{(SECRET + ' ') * 200}</p></article></body></html>", encoding="utf-8")
    return str(secret)


def seed_unfinished(db: Path, slug: str, urls: list[str]) -> None:
    """Article URLs an archive holds as failed once and not yet archived: the
    next crawl requests them again (within their retry budget), without any
    listing linking them."""
    store = open_store(str(db))
    for url in urls:
        store.log_error("earlier-run", slug, url, "download", "failed earlier", "article")
        store.record_failure(slug, url, "download: failed earlier", attempts_allowed=3, backoff=0)
    store.close()


def off_web_urls(portal: HostilePortal) -> list[str]:
    netloc = f"{portal.host}:{portal.port}"
    return [f"file://{netloc}{portal.local_file}.html", f"file://{netloc}/dev/zero",
            f"ftp://{netloc}/tin-tuc/bai-viet-903.html", f"s3://{netloc}/tin-tuc/bai-viet-904.html",
            "data:text/html,hello"]


# ---- only http(s) -------------------------------------------------------------
def test_the_registry_takes_only_http_urls_on_the_portals_host(tmp_path):
    row = "p,Phường P,,Hà Nội,generic,{base},{paths}\n"
    for base, paths, column in [("file://127.0.0.1:8000/", "/tin-tuc/", "base_url"),
                                ("http://127.0.0.1:8000/", "file://127.0.0.1:8000/etc/passwd", "listing_paths"),
                                ("http://127.0.0.1:8000/", "/tin-tuc/ ftp://127.0.0.1:8000/x", "listing_paths")]:
        registry = write_registry(tmp_path / "portals.csv", row.format(base=base, paths=paths))
        with pytest.raises(RegistryError, match=f"row 2, column {column}: .*not an http\\(s\\) URL"):
            load_registry(registry)


def test_only_http_and_https_are_ever_requested(tmp_path, local_files):
    db = tmp_path / "a.db"
    with HostilePortal(local_file=local_files) as portal:
        registry = write_registry(tmp_path / "portals.csv", portal.registry_row())
        refused = off_web_urls(portal)
        # Links in the listing (file://, ftp://, s3://, data:, a pager to /dev/zero),
        # a redirect to file://, and URLs read back from the archive.
        seed_unfinished(db, "hostile", refused + [f"{portal.base}/transport/to-file-9.html"])
        result = run_crawl(registry, db)
        assert portal.hits.get("/transport/to-file-9.html") == 1
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr[-3000:]
    assert summary(result.stdout)["portals"]["hostile"]["new"] == ARTICLES
    errors = error_rows(db)
    assert sorted(url for url, _ in errors["scheme_refused"]) == sorted(refused)
    assert all("only http and https" in message for _, message in errors["scheme_refused"])
    assert_nothing_local_archived(db)
    assert lock_is_free(db)


# ---- error rows in words ----------------------------------------------------------
def test_every_transport_trick_together_ends_by_itself_and_is_counted(tmp_path, local_files):
    """Timeouts, the size cap, a header too large, a redirect off the web, a huge
    Crawl-delay, a robots.txt over 500 KiB and off-web URLs, on one portal."""
    db = tmp_path / "a.db"
    with HostilePortal(local_file=local_files, crawl_delay=86400, robots_padding=600 * 1024,
                       slow_seconds=8) as portal:
        registry = write_registry(tmp_path / "portals.csv", portal.registry_row(listing_paths="/tin-tuc/ /transport/"))
        seed_unfinished(db, "hostile", off_web_urls(portal))
        started = time.monotonic()
        result = run_crawl(registry, db, "DOWNLOAD_TIMEOUT=1", f"DOWNLOAD_MAXSIZE={1 << 20}", "RETRY_TIMES=0",
                           "WARD_MAX_CRAWL_DELAY=0.2", "WARD_RUN_DEADLINE=60")
        elapsed = time.monotonic() - started
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr[-3000:]
    assert elapsed < 60 and summary(result.stdout)["finish_reason"] == "finished"
    errors = error_rows(db)
    messages = {kind: {message for _, message in rows} for kind, rows in errors.items()}
    assert messages["timeout"] == {"no complete answer within 1 s (DOWNLOAD_TIMEOUT)"}
    assert messages["too_large"] == {"response larger than the 1 MiB cap (DOWNLOAD_MAXSIZE)"}
    assert [url for url, _ in errors["cut_off"]] == [f"{portal.base}/transport/header-2.html"]
    assert "header line longer than 16 KiB" in messages["cut_off"].pop()
    assert [url for url, _ in errors["http_301"]] == [f"{portal.base}/transport/to-file-3.html"]
    assert messages["crawl_delay_capped"] == {"robots.txt asks for Crawl-delay: 86400; waiting 0.2 s "
                                              "between requests instead (WARD_MAX_CRAWL_DELAY)"}
    assert messages["robots_too_large"] == {"robots.txt is larger than 500 KiB: only its first 500 KiB "
                                            "were read (RFC 9309)"}
    assert len(errors["scheme_refused"]) == 5
    assert_nothing_local_archived(db)
    assert query(db, "SELECT status FROM crawl_runs") == [("errors",)]
    assert lock_is_free(db)


# ---- no crawl hangs -----------------------------------------------------------
def test_a_crawl_delay_slows_its_own_server_only(tmp_path):
    """Portal A asks for a day between requests; B, also on loopback, is healthy."""
    db = tmp_path / "a.db"
    with HostilePortal(crawl_delay=86400) as slow, HostilePortal() as healthy:
        registry = write_registry(tmp_path / "portals.csv", slow.registry_row("slow"),
                                  healthy.registry_row("healthy"))
        result = run_crawl(registry, db, "WARD_MAX_CRAWL_DELAY=2", timeout=120)
        articles = [f"/tin-tuc/bai-viet-{n}.html" for n in range(ARTICLES)]
        healthy_times = sorted(healthy.first_hit[path] for path in articles)
        slow_times = sorted(slow.first_hit[path] for path in articles if path in slow.first_hit)
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    counts = summary(result.stdout)["portals"]
    assert counts["healthy"]["new"] == ARTICLES and counts["slow"]["new"] == ARTICLES
    # B is done while A has had at most a few requests, each the capped delay apart.
    assert healthy_times[-1] - healthy_times[0] < 2
    assert sum(1 for t in slow_times if t <= healthy_times[-1]) <= 2
    gaps = [later - earlier for earlier, later in zip(slow_times, slow_times[1:])]
    assert gaps and min(gaps) >= 1.8, gaps
    assert query(db, "SELECT portal FROM crawl_errors WHERE kind = 'crawl_delay_capped'") == [("slow",)]


def test_sigterm_stops_a_crawl_within_seconds(tmp_path):
    db = tmp_path / "a.db"
    with HostilePortal(slow_seconds=60) as portal:
        registry = write_registry(tmp_path / "portals.csv", portal.registry_row(listing_paths="/transport/"))
        crawl = start_crawl(registry, db)
        try:
            deadline = time.monotonic() + 30
            while "/transport/slow-0.html" not in portal.hits and time.monotonic() < deadline:
                time.sleep(0.1)
            assert "/transport/slow-0.html" in portal.hits, "the crawl never reached the slow page"
            time.sleep(1)
            stopped_at = time.monotonic()
            crawl.send_signal(signal.SIGTERM)
            try:
                stdout, stderr = crawl.communicate(timeout=10)
            except subprocess.TimeoutExpired:
                pytest.fail("the crawl was still running 10 s after SIGTERM")
            assert time.monotonic() - stopped_at < 10
        finally:
            if crawl.poll() is None:
                crawl.kill()
                crawl.wait()
        assert "Traceback" not in stderr, stderr[-3000:]
        assert query(db, "SELECT status FROM crawl_runs") == [("interrupted",)]
        assert [message for (message,) in query(db, "SELECT message FROM crawl_errors WHERE kind = 'interrupted'")] \
            == ["stopped by SIGTERM"]
        assert lock_is_free(db)
        registry = write_registry(tmp_path / "portals.csv", portal.registry_row())
        again = run_crawl(registry, db)
    assert again.returncode in (0, 1) and summary(again.stdout)["finish_reason"] == "finished", again.stderr[-3000:]


def test_a_crawl_ends_at_its_deadline(tmp_path):
    db = tmp_path / "a.db"
    with HostilePortal(slow_seconds=60) as portal:
        registry = write_registry(tmp_path / "portals.csv", portal.registry_row(listing_paths="/transport/"))
        started = time.monotonic()
        result = run_crawl(registry, db, "WARD_RUN_DEADLINE=3", "WARD_STOP_GRACE=2", timeout=40)
        elapsed = time.monotonic() - started
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr[-3000:]
    assert elapsed < 20
    assert summary(result.stdout)["finish_reason"] == "run_deadline"
    assert query(db, "SELECT status FROM crawl_runs") == [("interrupted",)]
    assert query(db, "SELECT message FROM crawl_errors WHERE kind = 'run_deadline'") == [
        ("the crawl reached its 3 s deadline (WARD_RUN_DEADLINE)",)]
    assert lock_is_free(db)


def test_a_portal_past_its_deadline_is_dropped(tmp_path):
    db = tmp_path / "a.db"
    with HostilePortal(crawl_delay=1) as portal:
        registry = write_registry(tmp_path / "portals.csv", portal.registry_row())
        result = run_crawl(registry, db, "WARD_PORTAL_DEADLINE=0.5")
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr[-3000:]
    dropped = error_rows(db)["portal_deadline"]
    assert dropped and all(message == "not requested: the portal's 0.5 s deadline (WARD_PORTAL_DEADLINE) "
                                      "had passed" for _, message in dropped)
    assert summary(result.stdout)["portals"]["hostile"].get("new", 0) < ARTICLES
