"""Start Datasette on an archive with the project's metadata, templates and plugins."""
from __future__ import annotations

import os
import sys
from pathlib import Path

DATASETTE_DIR = Path(__file__).resolve().parent.parent / "datasette"

# CSV exports must return every row: the default max_csv_mb (100) cuts a
# large export off silently. Sorting is made tie-free in the schema.
SETTINGS = {
    "max_csv_mb": "0",
    "allow_csv_stream": "1",
    "truncate_cells_html": "240",
    "default_page_size": "50",
    "sql_time_limit_ms": "3000",
}


def datasette_args(db_path: str, host: str = "127.0.0.1", port: int = 8001) -> list[str]:
    args = [sys.executable, "-m", "datasette", "serve", str(db_path),
            "--host", host, "--port", str(port),
            "--metadata", str(DATASETTE_DIR / "metadata.yml"),
            "--template-dir", str(DATASETTE_DIR / "templates"),
            "--plugins-dir", str(DATASETTE_DIR / "plugins")]
    for name, value in SETTINGS.items():
        args += ["--setting", name, value]
    return args


def serve_datasette(db_path: str, host: str = "127.0.0.1", port: int = 8001) -> None:
    """Replace this process with Datasette (Ctrl-C stops it)."""
    args = datasette_args(db_path, host, port)
    os.execv(args[0], args)
