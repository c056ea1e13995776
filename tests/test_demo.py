"""`make demo` twice in a row: the same articles, no duplicate (issue 11, item 5)."""
from __future__ import annotations

import socket
import sqlite3

import pytest

from tests.conftest import run_cli

PORTALS = 7


def free_port_run(count: int) -> int:
    """The first of `count` consecutive free loopback ports."""
    for base in range(20_000, 60_000, 97):
        sockets = []
        try:
            for port in range(base, base + count):
                sock = socket.socket()
                sockets.append(sock)
                sock.bind(("127.0.0.1", port))
            return base
        except OSError:
            continue
        finally:
            for sock in sockets:
                sock.close()
    raise RuntimeError("no run of free ports")


@pytest.mark.e2e
def test_the_demo_twice_in_a_row_adds_and_changes_nothing(tmp_path):
    db = tmp_path / "archive.db"
    base = free_port_run(PORTALS)
    first = run_cli("demo", "--no-serve", "--db", db, "--replica-port", base)
    assert first.returncode == 0, first.stdout[-2000:] + first.stderr[-2000:]
    with sqlite3.connect(db) as conn:
        before = conn.execute("SELECT count(*), count(DISTINCT canonical_url) FROM articles").fetchone()
    second = run_cli("demo", "--no-serve", "--db", db, "--replica-port", base)
    assert second.returncode == 0, second.stdout[-2000:] + second.stderr[-2000:]
    assert ", 0 new, 0 updated," in second.stdout
    with sqlite3.connect(db) as conn:
        after = conn.execute("SELECT count(*), count(DISTINCT canonical_url) FROM articles").fetchone()
        versions = conn.execute("SELECT count(*) FROM article_versions").fetchone()[0]
    assert before == after and before[0] == before[1] > 400 and versions == 0


@pytest.mark.unit
def test_the_demo_replica_listens_on_fixed_ports_by_default():
    from ward_archive.cli import demo

    option = next(param for param in demo.params if param.name == "replica_port")
    assert option.default == 8101
