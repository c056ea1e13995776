"""Crawl start-up against an archive of 1,000,000 articles (issue 12, item 4).

The archive is bench/data/synthetic-1000000.db (built by search_scale.py),
copied so the crawl may write to it; all its articles belong to the portal
`bench`, which the crawl points at one replica portal on 127.0.0.1. Reported:
  * the schema step that adds the URL index (once per archive),
  * start-up: from starting `ward-archive crawl` to its first request at the
    replica, and the crawl's peak memory (RSS) with the whole crawl done,
  * the baseline in the same run: reading every archived article of the
    portal into memory, as crawls did at start-up before (time and RSS).
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

from ward_replica.server import ReplicaServer
from ward_scraper.crawl.registry import Portal, write_registry

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"

# What crawls ran at start-up before (storage/index.py until schema 11).
BASELINE = """
import json, resource, sqlite3, sys, time
started = time.perf_counter()
conn = sqlite3.connect(sys.argv[1])
known = {row[0]: row for row in conn.execute(
    "SELECT a.canonical_url, a.url, a.portal, a.removed_at, c.etag, c.last_modified "
    "FROM articles a LEFT JOIN captures c ON c.id = a.capture_id WHERE a.portal IN ('bench')")}
print(json.dumps({"rows": len(known), "seconds": time.perf_counter() - started,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


# Runs a command and prints, last on stderr, the peak RSS (KiB) of that command alone.
PEAK_OF = ("import resource, subprocess, sys; code = subprocess.run(sys.argv[1:]).returncode; "
           "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); sys.exit(code)")


def _child(args: list[str]) -> tuple[subprocess.CompletedProcess, float, float]:
    """Run a command to its end: (result, seconds, its peak RSS in MB)."""
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", PEAK_OF, *args], cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    return result, seconds, int(result.stderr.strip().splitlines()[-1]) / 1024


def run(source: Path) -> dict:
    archive = DATA / "startup-copy.db"
    shutil.copyfile(source, archive)
    try:
        migrate, migrate_seconds, _ = _child([sys.executable, "-m", "ward_archive", "migrate", "--db", str(archive)])
        if migrate.returncode != 0:
            raise SystemExit(f"migrate failed: {migrate.stderr[-500:]}")
        baseline, _, _ = _child([sys.executable, "-c", BASELINE, str(archive)])
        result = json.loads(baseline.stdout)
        with ReplicaServer(port=0) as server:
            portal, site, base_url = server.portals[0]
            registry = DATA / "startup-portals.csv"
            write_registry([Portal("bench", portal.ward_name, portal.ward_code, portal.province, portal.platform,
                                   base_url, tuple(site.listing_paths()))], registry)
            started = time.monotonic()
            crawl, crawl_seconds, crawl_peak = _child([sys.executable, "-m", "ward_archive", "crawl", "--portals",
                                                      str(registry), "--db", str(archive), "--log-level", "ERROR"])
            first_request = min(when for when, _ in server.servers[0].log) - started
            requests = len(server.servers[0].log)
    finally:
        archive.unlink(missing_ok=True)
        for suffix in ("-wal", "-shm"):
            Path(str(archive) + suffix).unlink(missing_ok=True)
    return {"articles": result["rows"], "migrate_seconds": migrate_seconds, "first_request_seconds": first_request,
            "crawl_seconds": crawl_seconds, "crawl_peak_rss_mb": crawl_peak, "crawl_requests": requests,
            "crawl_exit": crawl.returncode, "baseline_seconds": result["seconds"],
            "baseline_peak_rss_mb": result["peak_rss_mb"]}


def main(total: int = 1_000_000) -> None:
    source = DATA / f"synthetic-{total}.db"
    if not source.exists():
        print(f"crawl start-up: {source} missing (search_scale.py builds it)")
        return
    numbers = run(source)
    print(f"crawl start-up with {numbers['articles']:,} archived articles of the crawled portal")
    print(f"  schema step 11 (URL index), once: {numbers['migrate_seconds']:.1f} s")
    print(f"  first request {numbers['first_request_seconds']:.2f} s after the crawl started; whole crawl "
          f"{numbers['crawl_seconds']:.1f} s ({numbers['crawl_requests']} requests, exit {numbers['crawl_exit']}), "
          f"peak RSS {numbers['crawl_peak_rss_mb']:.0f} MB")
    print(f"  baseline, every archived article read into memory as before: {numbers['baseline_seconds']:.1f} s, "
          f"peak RSS {numbers['baseline_peak_rss_mb']:.0f} MB (sqlite3 alone, before Scrapy)")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
