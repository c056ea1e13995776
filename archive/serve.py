"""Start Datasette on an archive with the project's metadata, templates and plugins."""
from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

import yaml

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


def metadata_for(db_path: str) -> dict:
    """Our metadata, keyed by the database name Datasette will use (the file stem)."""
    metadata = yaml.safe_load((DATASETTE_DIR / "metadata.yml").read_text(encoding="utf-8"))
    databases = metadata.get("databases", {})
    databases[Path(db_path).stem] = databases.pop("archive")
    return metadata


def write_metadata(db_path: str) -> str:
    handle = tempfile.NamedTemporaryFile("w", suffix=".json", prefix="ward-archive-metadata-",
                                         delete=False, encoding="utf-8")
    with handle:
        json.dump(metadata_for(db_path), handle, ensure_ascii=False)
    return handle.name


def datasette_args(db_path: str, host: str = "127.0.0.1", port: int = 8001) -> list[str]:
    args = [sys.executable, "-m", "datasette", "serve", str(db_path),
            "--host", host, "--port", str(port),
            "--metadata", write_metadata(db_path),
            "--template-dir", str(DATASETTE_DIR / "templates"),
            "--plugins-dir", str(DATASETTE_DIR / "plugins")]
    for name, value in SETTINGS.items():
        args += ["--setting", name, value]
    return args


def serve_datasette(db_path: str, host: str = "127.0.0.1", port: int = 8001) -> None:
    """Replace this process with Datasette (Ctrl-C stops it)."""
    args = datasette_args(db_path, host, port)
    os.execv(args[0], args)
