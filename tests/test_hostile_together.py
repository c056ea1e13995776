"""Issue 8, done when: one crawl of a portal serving every hostile trick at once
(links off the web, a redirect to file://, timeouts, a body over the cap, a
header too large, a day-long Crawl-delay, an oversized robots.txt, thousands of
links that 404, a takeover by redirect, script in disguise) ends by itself
within its deadline, counts each problem in crawl_errors, releases its lock,
and archives nothing local or foreign."""
from __future__ import annotations

import json
import sqlite3
import time

import pytest

from tests.hostile_portal import ARTICLES, HostilePortal, SCRIPT_URLS
from tests.test_hostile_crawl import (assert_nothing_local_archived, error_rows, local_files,  # noqa: F401
                                      lock_is_free, query, run_crawl, summary, write_registry)

pytestmark = pytest.mark.e2e


def test_a_portal_serving_every_trick_at_once(tmp_path, local_files):  # noqa: F811
    db = tmp_path / "a.db"
    with HostilePortal() as other, \
            HostilePortal(local_file=local_files, other_base=other.base, crawl_delay=86400,
                          robots_padding=600 * 1024, slow_seconds=8) as hostile:
        registry = write_registry(
            tmp_path / "portals.csv",
            hostile.registry_row("hostile", "/tin-tuc/ /transport/ /thong-bao/ /loi/ /chuyen/"),
            other.registry_row("other", "/tin-moi/"))
        started = time.monotonic()
        result = run_crawl(registry, db, "DOWNLOAD_TIMEOUT=1", f"DOWNLOAD_MAXSIZE={1 << 20}", "RETRY_TIMES=0",
                           "WARD_MAX_CRAWL_DELAY=0.2", "WARD_MAX_NEW_ARTICLES_PER_PORTAL=150",
                           "WARD_RUN_DEADLINE=90", timeout=150)
        elapsed = time.monotonic() - started
        requested_bogus = sum(count for path, count in hostile.hits.items() if path.startswith("/thong-bao/bai"))
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr[-3000:]
    assert elapsed < 90 and summary(result.stdout)["finish_reason"] == "finished"
    kinds = set(error_rows(db))
    assert {"timeout", "too_large", "cut_off", "crawl_delay_capped", "robots_too_large",
            "link_cap", "cross_portal_redirect", "http_404"} <= kinds, kinds
    assert requested_bogus <= 150
    # every healthy article archived, each by the portal whose host serves it
    owners = dict(query(db, "SELECT portal, count(*) FROM articles GROUP BY portal"))
    assert owners == {"hostile": ARTICLES, "other": ARTICLES}
    assert not query(db, f"SELECT 1 FROM articles WHERE portal = 'hostile' AND url NOT LIKE '{hostile.base}/%'")
    # no script in disguise kept as a link
    stored = [url for (url,) in query(db, "SELECT src FROM images UNION ALL SELECT url FROM attachments")]
    assert all(url.startswith("http://127.0.0.1:") for url in stored)
    assert not any(script.lower().replace("\t", "").replace("\n", "").strip(" \x01") in url.lower()
                   for script in SCRIPT_URLS for url in stored)
    assert_nothing_local_archived(db)
    assert lock_is_free(db)
    assert json.loads(json.dumps(summary(result.stdout)))["totals"]["errors"] > 0
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
