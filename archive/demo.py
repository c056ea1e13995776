"""`make demo`: replica portals -> crawl -> summary -> Datasette, all offline.

The crawl runs in a child process because Scrapy's reactor cannot run twice
in one process; the replica serves from threads of this process; Ctrl-C
stops Datasette and the replica together.
"""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from ward_archive.report import archive_summary
from ward_archive.serve import check_port_free, datasette_args


def run_demo(db_path: str, port: int, replica_port: int = 0, serve: bool = True) -> int:
    # The replica is a development part: only the demo (and `replica`) need it.
    from ward_replica.server import ReplicaServer, write_registry

    if serve:  # a taken port fails now, not after the crawl
        check_port_free("127.0.0.1", port)
    db = Path(db_path)
    registry = db.parent / "replica-portals.csv"
    with ReplicaServer(port=replica_port) as server:
        db.parent.mkdir(parents=True, exist_ok=True)
        write_registry(server, registry)
        print(f"replica: {len(server.portals)} portals on 127.0.0.1, registry {registry}", flush=True)
        started = time.monotonic()
        crawl = subprocess.run([sys.executable, "-m", "ward_archive", "crawl", "--portals", str(registry),
                                "--db", str(db), "--log-level", "WARNING"])
        print(f"crawl finished in {time.monotonic() - started:.1f} s (exit code {crawl.returncode})")
        print(archive_summary(str(db)), flush=True)
        if crawl.returncode == 2:
            return 2
        if not serve:
            return crawl.returncode
        datasette = subprocess.Popen(datasette_args(str(db), port=port))
        print(f"\nDatasette: http://127.0.0.1:{port}/   (Ctrl-C stops Datasette and the replica)",
              flush=True)
        try:
            return datasette.wait()
        except KeyboardInterrupt:
            datasette.terminate()
            datasette.wait(timeout=10)
            return 0
