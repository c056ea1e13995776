"""Crawl cost on the replica: requests and pages/s of a full crawl and of an
incremental recrawl, against a bare Scrapy fetch of the same pages.

Everything runs on 127.0.0.1 (the replica), each crawl in its own process as
a user runs it; the bare fetch gets the exact URL list the full crawl fetched.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ward_replica.server import ReplicaServer, write_registry

ROOT = Path(__file__).resolve().parent.parent


def _timed(args: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(args, cwd=ROOT, check=False, capture_output=True)
    return time.perf_counter() - started


def _requests(server: ReplicaServer) -> list[str]:
    return [f"{base}{path.lstrip('/')}" for (_, _, base), portal_server in zip(server.portals, server.servers)
            for _, path in portal_server.log]


def _clear(server: ReplicaServer) -> None:
    for portal_server in server.servers:
        portal_server.log.clear()
        portal_server.hits.clear()


def run() -> dict:
    work = Path(tempfile.mkdtemp(prefix="ward-bench-"))
    with ReplicaServer(port=0) as server:
        registry = work / "portals.csv"
        write_registry(server, registry)
        crawl = [sys.executable, "-m", "ward_archive", "crawl", "--portals", str(registry),
                 "--db", str(work / "archive.db"), "--log-level", "ERROR"]
        full_seconds = _timed(crawl)
        full_urls = _requests(server)
        _clear(server)
        recrawl_seconds = _timed(crawl)
        recrawl_urls = _requests(server)
        _clear(server)
        url_file = work / "urls.txt"
        url_file.write_text("\n".join(full_urls), encoding="utf-8")
        started = time.perf_counter()
        bare = subprocess.run([sys.executable, str(ROOT / "bench" / "bare_fetch.py"), str(url_file)],
                              cwd=ROOT, capture_output=True, text=True, check=True)
        bare_seconds = time.perf_counter() - started   # timed like our crawl: the whole process
        bare_result = json.loads(bare.stdout.strip().splitlines()[-1])
        sections = sum(len(site.listing_paths()) for _, site, _ in server.portals)
        portals = len(server.portals)
    return {"portals": portals, "sections": sections,
            "full_requests": len(full_urls), "full_seconds": full_seconds,
            "recrawl_requests": len(recrawl_urls), "recrawl_seconds": recrawl_seconds,
            "bare_pages": bare_result["pages"], "bare_seconds": bare_seconds}


def main() -> None:
    r = run()
    ours = r["full_requests"] / r["full_seconds"]
    bare = r["bare_pages"] / r["bare_seconds"]
    print(f"crawl of the replica ({r['portals']} portals, {r['sections']} sections), "
          "each timed as a whole process (start-up included):")
    print(f"  full crawl     {r['full_requests']:6d} requests  {r['full_seconds']:6.1f} s  {ours:7.1f} pages/s "
          "(robots.txt, parsing, SQLite, WARC included)")
    print(f"  bare fetch     {r['bare_pages']:6d} requests  {r['bare_seconds']:6.1f} s  {bare:7.1f} pages/s "
          "(same URLs, fetch only)")
    print(f"  ratio          {ours / bare:6.2f}x of a bare Scrapy fetch")
    print(f"  recrawl        {r['recrawl_requests']:6d} requests  {r['recrawl_seconds']:6.1f} s  "
          f"(bound: {r['sections']} listing pages + {r['portals']} robots.txt = {r['sections'] + r['portals']})")


if __name__ == "__main__":
    main()
