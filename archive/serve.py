"""Start Datasette on an archive with the project's metadata, templates and plugins.

Two modes. The researcher's desk (default) serves the archive file itself,
live. Public mode (`serve --public`) serves a publication copy instead (see
archive/publish.py): suppressions applied, opened immutable, with tighter
limits for strangers on the internet.
"""
from __future__ import annotations

import errno
import json
import os
import shlex
import socket
import sys
import tempfile
from pathlib import Path

import yaml

from ward_datasette import plugins as ward_datasette_plugins
from ward_archive.storage import browse, ranking
from ward_scraper.extract import fields

# Metadata and templates ship as package data of ward_datasette (the
# `datasette/` folder); the plugins are registered with Datasette through the
# `datasette` entry point group. The folder has no __init__.py, so that a
# checkout on sys.path can never shadow the Datasette library itself: it is
# found through its plugins package.
DATASETTE_DIR = Path(ward_datasette_plugins.__file__).resolve().parent.parent

# CSV exports must return every row: the default max_csv_mb (100) cuts a
# large export off silently. Sorting is made tie-free in the schema.
SETTINGS = {
    "max_csv_mb": 0,
    "allow_csv_stream": True,
    "truncate_cells_html": 240,
    "default_page_size": 50,
    "sql_time_limit_ms": 3000,
}

# Public serving. Read-only SQL stays on: it is what researchers come for,
# Datasette only runs SELECTs, on a connection to an immutable file, within
# the time limit. The database file download is off: the copy is large and
# the CSV archives (`ward-archive export`) are the bulk route. Pages can be
# cached (by browsers and a reverse proxy) for five minutes: the copy only
# changes when it is rebuilt.
PUBLIC_SETTINGS = {
    **SETTINGS,
    "sql_time_limit_ms": 1000,
    "facet_time_limit_ms": 200,
    "facet_suggest_time_limit_ms": 50,
    "max_returned_rows": 1000,
    "num_sql_threads": 3,
    "default_allow_sql": True,
    "allow_download": False,
    "default_cache_ttl": 300,
}


def settings_for(public: bool) -> dict:
    return PUBLIC_SETTINGS if public else SETTINGS


def setting_args(settings: dict) -> list[str]:
    """`--setting name value` pairs as `datasette serve` spells the values."""
    args = []
    for name, value in settings.items():
        text = ("on" if value else "off") if isinstance(value, bool) else str(value)
        args += ["--setting", name, text]
    return args


def metadata_for(db_path: str) -> dict:
    """Our metadata, keyed by the database name Datasette will use (the file stem)."""
    metadata = yaml.safe_load((DATASETTE_DIR / "metadata.yml").read_text(encoding="utf-8"))
    databases = metadata.get("databases", {})
    databases[Path(db_path).stem] = databases.pop("archive")
    databases[Path(db_path).stem]["tables"]["articles"]["columns"] = {
        **fields.column_descriptions(), "id": browse.ID_DESCRIPTION}
    databases[Path(db_path).stem]["queries"]["search"]["sql"] = ranking.RANKED_SQL
    return metadata


def write_metadata(db_path: str, path: str | Path | None = None) -> str:
    """Write the metadata as JSON (to a temporary file unless `path` is given)."""
    if path is None:
        handle = tempfile.NamedTemporaryFile("w", suffix=".json", prefix="ward-archive-metadata-",
                                             delete=False, encoding="utf-8")
    else:
        handle = open(path, "w", encoding="utf-8")
    with handle:
        json.dump(metadata_for(db_path), handle, ensure_ascii=False, indent=2)
    return handle.name


def datasette_args(db_path: str, host: str = "127.0.0.1", port: int = 8001, public: bool = False) -> list[str]:
    # Immutable: no locking, no write connection, and Datasette refuses writes.
    database = ["--immutable", str(db_path)] if public else [str(db_path)]
    args = [sys.executable, "-m", "datasette", "serve", *database,
            "--host", host, "--port", str(port),
            "--metadata", write_metadata(db_path),
            "--template-dir", str(DATASETTE_DIR / "templates")]
    return args + setting_args(settings_for(public))


def datasette_app(db_path: str, public: bool = False, overrides: dict | None = None):
    """The same Datasette, in process (for tests and scripts); `overrides`
    replaces some settings (e.g. a small max_returned_rows to force paging)."""
    from datasette.app import Datasette

    files = {"immutables": [str(db_path)]} if public else {"files": [str(db_path)]}
    settings = {**settings_for(public), **(overrides or {})}
    return Datasette(**files, metadata=metadata_for(db_path), settings=settings,
                     template_dir=str(DATASETTE_DIR / "templates"))


# Our plugins are the project's entry points, so the image installs it;
# it also pins Datasette to the 0.65 series. Pin a tag or commit in real use.
PROJECT_REQUIREMENT = "ward-archive @ git+https://github.com/ward-archive/ward-archive"


def publish_command(public_db: str) -> str:
    """A `datasette publish cloudrun` line for a public copy, with its metadata
    written beside it (`datasette package` and `publish heroku` take the same options)."""
    metadata = write_metadata(public_db, Path(public_db).with_name("metadata.json"))
    extra = " ".join(setting_args(PUBLIC_SETTINGS))
    return shlex.join(["datasette", "publish", "cloudrun", str(public_db), "--service", "ward-archive",
                       "--metadata", metadata,
                       "--template-dir", str(DATASETTE_DIR / "templates"),
                       "--install", PROJECT_REQUIREMENT,
                       "--extra-options", extra])


class PortUnavailable(OSError):
    """The address Datasette should listen on is taken (or not this machine's)."""


def check_port_free(host: str, port: int) -> None:
    """Fail in one line before starting Datasette, which would otherwise log a
    page of start-up errors. Binds the way uvicorn does (SO_REUSEADDR), so a
    port that only lingers in TIME_WAIT counts as free."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(address)
    except OSError as exc:
        advice = "choose another --port" if exc.errno == errno.EADDRINUSE else "check --host"
        raise PortUnavailable(f"cannot listen on {host}:{port}: {exc.strerror or exc}; {advice}") from None


def serve_datasette(db_path: str, host: str = "127.0.0.1", port: int = 8001, public: bool = False) -> None:
    """Replace this process with Datasette (Ctrl-C stops it). In public mode,
    first rebuild the publication copy and serve that."""
    check_port_free(host, port)
    if public:
        from ward_archive.publish import build_public_copy

        summary = build_public_copy(db_path)
        print(json.dumps(summary, ensure_ascii=False, sort_keys=True), file=sys.stderr)
        db_path = summary["public_copy"]
    args = datasette_args(db_path, host, port, public)
    # Strangers' SQL makes SQLite hand our functions long texts (an 11 M-character
    # article is archived as it was published). glibc keeps freed large blocks
    # in its heap once its mmap threshold has grown, so memory rises with every
    # such query; a fixed 1 MiB threshold gives them back to the system at once.
    os.environ.setdefault("MALLOC_MMAP_THRESHOLD_", str(1024 * 1024))
    os.execv(args[0], args)
