"""Shared fixtures: a running portal replica and a crawled archive (once per session)."""
from __future__ import annotations

import json
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urljoin

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Each test has one kind, a marker registered in pyproject.toml: `pytest -m unit`
# (`make test-unit`) is the fast subset. A test's kind is its own marker, or its
# module's `pytestmark`; failing both, it is end to end when it uses (directly or
# through another fixture) a fixture that starts real parts, or lives in a module
# whose tests start servers or child processes themselves; otherwise unit.
KINDS = ("unit", "e2e", "browser")
E2E_FIXTURES = {"replica", "crawled", "datasette"}
E2E_MODULES = {"test_end_to_end", "test_integrity", "test_scheduling", "test_cli_pages"}


def pytest_collection_modifyitems(items):
    for item in items:
        if any(item.get_closest_marker(kind) for kind in KINDS):
            continue
        starts_real_parts = E2E_FIXTURES & set(item.fixturenames) or item.module.__name__.rsplit(".", 1)[-1] in E2E_MODULES
        item.add_marker("e2e" if starts_real_parts else "unit")


def published_articles(replica) -> dict:
    """canonical URL -> (portal, ReplicaArticle) for every article a replica serves."""
    from ward_scraper.extract.platforms import get_parser

    truth = {}
    for portal, site, base_url in replica.portals:
        parser = get_parser(portal.platform)
        for article in portal.articles:
            truth[parser.canonical_url(urljoin(base_url, site.article_path(article)))] = (portal, article)
    return truth


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run_cli(*args, timeout=600) -> subprocess.CompletedProcess:
    """Run `ward-archive ARGS` in a child process, as a user would."""
    return subprocess.run([sys.executable, "-m", "ward_archive", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout)


def last_json_line(output: str) -> dict:
    lines = [line for line in output.splitlines() if line.startswith("{")]
    assert lines, f"no JSON summary in output:\n{output[-3000:]}"
    return json.loads(lines[-1])


@pytest.fixture(scope="session")
def replica(tmp_path_factory):
    """The portal replica on free loopback ports, with a registry file for it."""
    from ward_replica.server import ReplicaServer, write_registry

    registry = tmp_path_factory.mktemp("replica") / "portals.csv"
    with ReplicaServer(port=0) as server:
        write_registry(server, registry)
        server.registry = registry
        yield server


@pytest.fixture(scope="session")
def crawled(replica, tmp_path_factory):
    """An archive made by one real crawl of the replica: (db path, crawl summary)."""
    db = tmp_path_factory.mktemp("archive") / "archive.db"
    result = run_cli("crawl", "--portals", replica.registry, "--db", db)
    assert result.returncode == 0, result.stderr[-5000:]
    return db, last_json_line(result.stdout)


class DatasetteProcess:
    def __init__(self, db: Path, extra_args=()):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        # Its log goes to a file, not an unread pipe: a pipe fills (64 KB, one
        # logged traceback of an interrupted query) and then blocks Datasette.
        with tempfile.NamedTemporaryFile(prefix="datasette-", suffix=".log", delete=False) as output:
            self.log = Path(output.name)
            self.proc = subprocess.Popen([sys.executable, "-m", "ward_archive", "serve", "--db", str(db),
                                          "--port", str(self.port), *extra_args], cwd=ROOT,
                                         stdout=output, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(self.base + "/-/versions.json", timeout=2).read()
                return
            except OSError:
                if self.proc.poll() is not None:
                    raise RuntimeError(self.log.read_text(errors="replace"))
                time.sleep(0.2)
        raise RuntimeError("Datasette did not start")

    def get(self, path: str) -> bytes:
        with urllib.request.urlopen(self.base + path, timeout=60) as response:
            return response.read()

    def json(self, path: str):
        return json.loads(self.get(path))

    def stop(self):
        self.proc.terminate()
        self.proc.wait(timeout=20)
        self.log.unlink()


@pytest.fixture(scope="session")
def datasette(crawled):
    server = DatasetteProcess(crawled[0])
    yield server
    server.stop()
