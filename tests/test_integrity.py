"""Archive integrity over the real replica: faults, editions, SIGKILL, politeness.

Every test runs real crawls in child processes against its own replica
(so faults and editions can be switched without disturbing other tests),
writes a real SQLite file and real WARC files.
"""
from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from warcio.archiveiterator import ArchiveIterator

from ward_replica.server import FAULT_POSITIONS, ReplicaServer, write_registry
from tests.conftest import ROOT, last_json_line, published_articles, run_cli

HIDDEN_BY_FAULTS = ("dead_500", "truncated", "redirect_loop", "huge")


@pytest.fixture
def replica(tmp_path):
    # A silent fault lasts 3 s and the crawler gives up after 2 s: a 1 s margin
    # each way, so a loaded machine cannot turn a slow page into a timeout.
    with ReplicaServer(port=0, fault_timeout=3.0) as server:
        server.registry = tmp_path / "portals.csv"
        write_registry(server, server.registry)
        yield server


def crawl(replica, db, *extra):
    return run_cli("crawl", "--portals", replica.registry, "--db", db, "--download-timeout", "2", *extra)


def truth(replica):
    return {url: article for url, (_, article) in published_articles(replica).items()}


def urls_at(replica, kinds) -> dict:
    """Canonical URL -> (portal, article) of the articles the given fault kinds sit on."""
    return {url: (portal, article) for url, (portal, article) in published_articles(replica).items()
            if any(article is portal.articles[FAULT_POSITIONS[kind]] for kind in kinds)}


def query(db, sql, *params):
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def archived(db):
    return {url for (url,) in query(db, "SELECT canonical_url FROM articles")}


def test_faults_are_counted_healthy_pages_archived_and_a_later_crawl_fills_in(replica, tmp_path):
    db = tmp_path / "a.db"
    replica.set_faults(True)
    first = crawl(replica, db)
    assert first.returncode == 1, first.stderr[-3000:]
    summary = last_json_line(first.stdout)

    hidden = set(urls_at(replica, HIDDEN_BY_FAULTS))
    assert archived(db) == set(truth(replica)) - hidden
    traps = {}
    for portal, _, _ in replica.portals:
        kinds = summary["error_kinds"][portal.slug]
        assert kinds.get("http_500") == 1, kinds          # dead_500 (flaky_500 recovered by a retry)
        assert kinds.get("redirect_loop") == 1, kinds
        # an endless pager is recognised and cut, at most once per section
        # (a section that fits on one page has no pager to fall into)
        traps[portal.slug] = kinds.get("pagination_trap", 0)
        assert 1 <= traps[portal.slug] <= len(portal.sections), kinds
        assert sum(kinds.values()) == len(HIDDEN_BY_FAULTS) + traps[portal.slug], kinds
    run = query(db, "SELECT count(*), sum(errors) FROM crawl_runs WHERE run_id = ?", summary["run_id"])[0]
    assert run == (len(replica.portals), len(HIDDEN_BY_FAULTS) * len(replica.portals) + sum(traps.values()))
    logged = query(db, "SELECT count(*) FROM crawl_errors WHERE run_id = ? AND target = 'article'",
                   summary["run_id"])[0][0]
    assert logged == len(HIDDEN_BY_FAULTS) * len(replica.portals)

    # broken markup and a lying charset still give the published text
    survivors = urls_at(replica, ("broken_html", "wrong_charset"))
    assert len(survivors) == 2 * len(replica.portals)
    for key, (portal, article) in survivors.items():
        title, body = query(db, "SELECT title, body_text FROM articles WHERE canonical_url = ?", key)[0]
        assert (title, body.split("\n\n")) == (article.title, article.paragraphs), (portal.slug, key)

    replica.set_faults(False)
    second = crawl(replica, db)
    assert second.returncode == 0, second.stderr[-3000:]
    assert archived(db) == set(truth(replica))
    assert last_json_line(second.stdout)["totals"]["new"] == len(hidden)
    assert query(db, "PRAGMA integrity_check") == [("ok",)]


def test_edition_two_makes_versions_adds_and_removes_after_three_checks(replica, tmp_path):
    db = tmp_path / "a.db"
    assert crawl(replica, db).returncode == 0
    before = {p.slug: {a.id: a for a in p.articles} for p, _, _ in replica.portals}
    replica.set_edition(2)
    after = {p.slug: {a.id: a for a in p.articles} for p, _, _ in replica.portals}
    edited = {(slug, i) for slug in after for i in after[slug]
              if i in before[slug] and after[slug][i].paragraphs != before[slug][i].paragraphs}
    added = sum(len(set(after[s]) - set(before[s])) for s in after)
    removed = {(s, i) for s in before for i in set(before[s]) - set(after[s])}
    assert edited and added and removed

    full = crawl(replica, db, "--full")
    assert full.returncode == 0, full.stderr[-3000:]
    totals = last_json_line(full.stdout)["totals"]
    assert (totals.get("updated"), totals.get("new"), totals.get("missing")) == (len(edited), added, len(removed))
    assert query(db, "SELECT count(*) FROM article_versions")[0][0] == len(edited)
    assert query(db, "SELECT count(*) FROM articles WHERE removed_at IS NOT NULL")[0][0] == 0

    # both raw captures of an edited article are retrievable and differ where the text changed
    url, = query(db, "SELECT canonical_url FROM articles WHERE version = 2 LIMIT 1")[0]
    old = run_cli("show-raw", url, "--db", db, "--version", "1")
    new = run_cli("show-raw", url, "--db", db)
    assert old.returncode == new.returncode == 0 and old.stdout != new.stdout
    old_body, = query(db, "SELECT body_text FROM article_versions WHERE canonical_url = ?", url)[0]
    assert old_body.split("\n\n")[-1][:40] in old.stdout

    for _ in range(2):
        assert crawl(replica, db, "--full").returncode == 0
    assert query(db, "SELECT count(*) FROM articles WHERE removed_at IS NOT NULL")[0][0] == len(removed)
    assert query(db, "SELECT count(*) FROM articles")[0][0] == len(truth(replica)) + len(removed)
    gone = query(db, "SELECT c.status FROM articles a JOIN captures c ON c.id = a.removed_capture_id")
    assert {status for (status,) in gone} == {404}


def test_sigkill_at_any_moment_loses_and_duplicates_nothing(replica, tmp_path):
    clean = tmp_path / "clean.db"
    assert crawl(replica, clean).returncode == 0
    expected = dict(query(clean, "SELECT canonical_url, content_hash FROM articles"))

    db = tmp_path / "killed" / "a.db"
    db.parent.mkdir()
    for delay in (0.4, 1.1, 1.9, 2.6, 3.4, 4.3):
        proc = subprocess.Popen([sys.executable, "-m", "ward_archive", "crawl", "--portals", str(replica.registry),
                                 "--db", str(db)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    final = crawl(replica, db)
    assert final.returncode == 0, final.stderr[-3000:]
    assert dict(query(db, "SELECT canonical_url, content_hash FROM articles")) == expected
    assert query(db, "PRAGMA integrity_check") == [("ok",)]
    assert query(db, "SELECT count(*) FROM crawl_runs WHERE status = 'running'") == [(0,)]
    for path in sorted((db.parent / "warc").glob("*.warc.gz")):
        with open(path, "rb") as handle:
            for record in ArchiveIterator(handle):
                record.content_stream().read()


def test_robots_5xx_means_disallow_and_4xx_means_allow(replica, tmp_path):
    portal, _, _ = replica.portals[0]
    server = replica.servers[0]
    server.robots = (503, b"Service Unavailable")
    result = run_cli("crawl", "--portals", replica.registry, "--db", tmp_path / "a.db", "--only", portal.slug)
    assert result.returncode == 1
    summary = last_json_line(result.stdout)
    assert summary["totals"].get("new", 0) == 0
    assert set(summary["error_kinds"][portal.slug]) == {"robots_disallowed"}
    assert {path for _, path in server.log} == {"/robots.txt"}

    server.robots = (404, b"Not Found")
    result = run_cli("crawl", "--portals", replica.registry, "--db", tmp_path / "b.db", "--only", portal.slug)
    assert result.returncode == 0
    assert last_json_line(result.stdout)["totals"]["new"] == len(portal.articles)


def test_crawl_delay_and_retry_after_are_honoured(replica, tmp_path):
    portal, site, _ = replica.portals[0]
    server = replica.servers[0]
    server.robots = (200, b"User-agent: *\nCrawl-delay: 0.4\n")
    run_cli("crawl", "--portals", replica.registry, "--db", tmp_path / "a.db", "--only", portal.slug,
            "--max-listing-pages", "1")
    times = [t for t, path in server.log if path != "/robots.txt"]
    assert len(times) >= 5
    gaps = [b - a for a, b in zip(times, times[1:])]
    assert min(gaps) >= 0.3, gaps   # 0.4 s asked; arrival times jitter a little

    server.robots = None
    replica.set_faults(True)
    throttled = site.article_path(portal.articles[21])
    run_cli("crawl", "--portals", replica.registry, "--db", tmp_path / "b.db", "--only", portal.slug,
            "--download-timeout", "2")
    hits = [t for t, path in server.log if path == throttled or path.split("?")[0] == throttled.split("?")[0]]
    assert len(hits) == 2 and hits[1] - hits[0] >= 0.9   # Retry-After: 1
