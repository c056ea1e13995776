"""A simulated national crawl: how the daily incremental pass grows with the
number of portals and of servers (issue 12, item 4).

The replica serves N small ward portals (one news section, a handful of
articles, the seven platforms in turn) on S simulated servers: one
127.0.0.1 port each, answering its portals by Host header
(`w0007.s03.bench.vn`), as a province server answers its ward sub-sites.
WARD_HOST_MAP sends the names to loopback; each server is one download slot
whose delay is the real DOWNLOAD_DELAY divided by DELAY_FACTOR.

For each size: a first crawl fills a fresh archive (not timed), the portals
move to their next edition (new, changed and removed articles), and the
daily incremental pass is timed: wall time, requests, the busiest server.
The projection at real politeness is in README.md ("Scale").
"""
from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ward_replica.generate import build_portal
from ward_replica.hubs import VirtualHostServer
from ward_replica.portals import PORTALS
from ward_replica.sites import SITES
from ward_scraper.crawl import settings as crawl_defaults
from ward_scraper.crawl.registry import Portal, write_registry

ROOT = Path(__file__).resolve().parent.parent
SIZES = ((500, 10), (1000, 20), (2000, 40))   # (portals, servers)
DELAY_FACTOR = 100
ARTICLES_PER_PORTAL = 4


def small(portal, keep_ids=None):
    """The portal with its first section only and a few articles (in the
    next edition: those of the first edition still there, and the new ones)."""
    section = portal.sections[0]
    articles = portal.in_section(section.key)
    if keep_ids is None:
        articles = articles[:ARTICLES_PER_PORTAL]
    else:
        newest = max(a.published for a in articles if a.id in keep_ids)
        articles = [a for a in articles if a.id in keep_ids or a.published > newest]
    return dataclasses.replace(portal, sections=[section], articles=articles)


def editions() -> list[tuple[object, object]]:
    """(first edition, next edition) of one small portal per platform."""
    pairs = []
    for spec in PORTALS:
        first = small(build_portal(spec, 1))
        pairs.append((first, small(build_portal(spec, 2), {a.id for a in first.articles})))
    return pairs


class NationalReplica:
    """N portals on S servers, all on 127.0.0.1."""

    def __init__(self, portals: int, servers: int):
        self.templates = editions()
        self.servers = [VirtualHostServer(("127.0.0.1", 0)) for _ in range(servers)]
        self.portals: list[tuple[str, int, int]] = []   # (host, server index, template index)
        for number in range(portals):
            server = number % servers
            self.portals.append((f"w{number:04d}.s{server:02d}.bench.vn", server, number % len(self.templates)))
        self.set_edition(0)

    def set_edition(self, which: int) -> None:
        for host, server, template in self.portals:
            portal = dataclasses.replace(self.templates[template][which], slug=host.split(".")[0])
            self.servers[server].sites[host] = SITES[portal.platform](portal)

    def host_map(self) -> dict[str, str]:
        return {f".s{index:02d}.bench.vn": "127.0.0.1" for index in range(len(self.servers))}

    def registry(self, path: Path) -> None:
        rows = []
        for host, server, _ in self.portals:
            site = self.servers[server].sites[host]
            port = self.servers[server].server_address[1]
            rows.append(Portal(host.split(".")[0], f"Phường Mô Phỏng {host[1:5]}", "", "Bench", site.portal.platform,
                               f"http://{host}:{port}/", tuple(site.listing_paths())))
        write_registry(rows, path)

    def requests(self) -> list[int]:
        return [len(server.log) for server in self.servers]

    def clear(self) -> None:
        for server in self.servers:
            server.log.clear()
            server.hits.clear()


def crawl(registry: Path, db: Path, overrides: dict) -> float:
    args = [sys.executable, "-m", "ward_archive", "crawl", "--portals", str(registry), "--db", str(db),
            "--log-level", "ERROR"]
    for key, value in overrides.items():
        args += ["-s", f"{key}={json.dumps(value) if isinstance(value, dict) else value}"]
    started = time.perf_counter()
    subprocess.run(args, cwd=ROOT, capture_output=True, check=False)
    return time.perf_counter() - started


def measure(portals: int, servers: int, factor: float = DELAY_FACTOR) -> dict:
    import threading

    replica = NationalReplica(portals, servers)
    for server in replica.servers:
        threading.Thread(target=server.serve_forever, daemon=True).start()
    delay = crawl_defaults.DOWNLOAD_DELAY / factor
    lane = {**crawl_defaults.DOWNLOAD_SLOTS["loopback"], "delay": delay,
            "concurrency": crawl_defaults.CONCURRENT_REQUESTS_PER_DOMAIN}
    overrides = {"WARD_HOST_MAP": replica.host_map(), "DOWNLOAD_SLOTS": {"loopback": lane}}
    try:
        with tempfile.TemporaryDirectory(prefix="ward-national-") as work:
            registry, db = Path(work) / "portals.csv", Path(work) / "archive.db"
            replica.registry(registry)
            first_seconds = crawl(registry, db, overrides)
            first_requests = sum(replica.requests())
            replica.clear()
            replica.set_edition(1)
            seconds = crawl(registry, db, overrides)
            per_server = replica.requests()
    finally:
        for server in replica.servers:
            server.shutdown()
            server.server_close()
    return {"portals": portals, "servers": servers, "delay": delay, "first_seconds": first_seconds,
            "first_requests": first_requests, "seconds": seconds, "requests": sum(per_server),
            "busiest_server": max(per_server), "politeness_floor": max(per_server) * delay}


def main(sizes=SIZES, factor: float = DELAY_FACTOR) -> None:
    print(f"simulated national crawl: daily incremental pass, delays = real {crawl_defaults.DOWNLOAD_DELAY:g} s "
          f"/ {factor:g}")
    print(f"{'portals':>8} {'servers':>8} {'requests':>9} {'busiest':>8} {'floor s':>8} {'wall s':>7} "
          f"{'req/s':>6}   (first crawl: requests, s)")
    for portals, servers in sizes:
        row = measure(portals, servers, factor)
        print(f"{row['portals']:>8} {row['servers']:>8} {row['requests']:>9} {row['busiest_server']:>8} "
              f"{row['politeness_floor']:>8.1f} {row['seconds']:>7.1f} {row['requests'] / row['seconds']:>6.0f}"
              f"   ({row['first_requests']}, {row['first_seconds']:.0f})", flush=True)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    # python bench/national.py [--factor 10] [PORTALS/SERVERS ...], e.g. 100/5 200/10
    arguments = sys.argv[1:]
    factor = DELAY_FACTOR
    if arguments[:1] == ["--factor"]:
        factor, arguments = float(arguments[1]), arguments[2:]
    main([tuple(map(int, size.split("/"))) for size in arguments] or SIZES, factor)
