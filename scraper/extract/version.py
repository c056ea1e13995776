"""Which extraction code read an article: recorded with every version.

`ward-archive reparse` re-reads archived captures with today's code; the
version says which code made each version, so a researcher can tell a change
by the portal from a change in our reading of the same page.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

# The code whose changes can change an extraction: this layer and the one below.
_CODE_DIRS = (Path(__file__).resolve().parent, Path(__file__).resolve().parent.parent / "util")


@lru_cache(maxsize=1)
def parser_version() -> str:
    """`<package version>+<12 hex digits of the extraction code's digest>`."""
    digest = hashlib.sha256()
    for directory in _CODE_DIRS:
        for path in sorted(directory.rglob("*.py")):
            digest.update(path.relative_to(directory.parent).as_posix().encode())
            digest.update(path.read_bytes())
    try:
        package = version("ward-archive")
    except PackageNotFoundError:  # run from a source tree that is not installed
        package = "0"
    return f"{package}+{digest.hexdigest()[:12]}"
