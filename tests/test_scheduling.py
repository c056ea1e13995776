"""The documented cron lines and systemd units work as documented."""
import json
import re
import shutil
import subprocess
import sys
import time

import pytest

from ward_replica.server import ReplicaServer, write_registry
from tests.conftest import ROOT

DOCS = ROOT / "docs"


def cron_lines() -> list[str]:
    text = (DOCS / "scheduling.md").read_text(encoding="utf-8")
    return re.findall(r"^\S+ \S+ \S+ \S+ \S+ +(cd /opt/ward-archive .*)$", text, re.M)


def localise(command: str, tmp_path, registry) -> str:
    """The documented paths, moved to this checkout and a scratch archive."""
    return (command.replace("/opt/ward-archive/scraper/crawl/portals.csv", str(registry))
            .replace("/opt/ward-archive", str(ROOT))
            .replace("/var/lib/ward-archive", str(tmp_path))
            .replace("/var/log/ward-archive", str(tmp_path)))


@pytest.fixture
def replica(tmp_path):
    with ReplicaServer(port=0) as server:
        server.registry = tmp_path / "portals.csv"
        write_registry(server, server.registry)
        yield server


def test_documented_cron_lines_run_and_log_a_json_summary(replica, tmp_path):
    lines = cron_lines()
    assert len(lines) == 2 and "--full" in lines[1]
    for command in lines:
        result = subprocess.run(["sh", "-c", localise(command, tmp_path, replica.registry)],
                                capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, (command, result.stdout, result.stderr)
    log = (tmp_path / "crawl.log").read_text(encoding="utf-8")
    first, second = [json.loads(line) for line in log.splitlines() if line.startswith("{")]
    articles = sum(len(portal.articles) for portal, _, _ in replica.portals)
    assert first["totals"]["new"] == articles
    assert second["totals"].get("new", 0) == 0 and second["totals"]["unchanged"] == articles


def test_a_second_crawl_while_one_runs_exits_75(replica, tmp_path):
    # a slow first crawl: the replica asks for a pause between requests
    replica.servers[0].robots = (200, b"User-agent: *\nCrawl-delay: 0.5\n")
    slug = replica.portals[0][0].slug
    args = [sys.executable, "-m", "ward_archive", "crawl", "--portals", str(replica.registry),
            "--db", str(tmp_path / "a.db"), "--only", slug]
    first = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while not replica.servers[0].log and time.monotonic() < deadline:
            time.sleep(0.1)
        second = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=60)
        assert second.returncode == 75 and "another crawl holds" in second.stderr
    finally:
        first.kill()
        first.wait()


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze not installed")
def test_systemd_units_verify(tmp_path):
    for name in ("ward-archive-crawl.service", "ward-archive-crawl.timer"):
        text = (DOCS / "systemd" / name).read_text(encoding="utf-8")
        # the unit's user and install path, as on this machine
        text = text.replace("/opt/ward-archive", str(ROOT)).replace("User=ward-archive", "User=root")
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = subprocess.run(["systemd-analyze", "verify", str(tmp_path / "ward-archive-crawl.service"),
                             str(tmp_path / "ward-archive-crawl.timer")], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr
