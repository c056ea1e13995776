"""What every crawl of an archive shares, however it is started
(`ward-archive crawl` or `scrapy crawl wards`): one crawl at a time per
archive, and a clear end when a crawl cannot start."""
from __future__ import annotations

import contextlib
import fcntl
import os
import sys
from pathlib import Path

# Exit codes of a crawl that could not start (documented in docs/scheduling.md).
EXIT_BAD_CONFIGURATION = 2
EXIT_LOCKED = 75
# A crawl stopped (deadline, SIGINT, SIGTERM) while requests were still on
# their way: the same code as a crawl that finished with failed pages.
EXIT_STOPPED = 1


class CrawlLocked(RuntimeError):
    """Another crawl of the same archive is running."""


@contextlib.contextmanager
def crawl_lock(db_path: str):
    """Hold `<db>.lock` for the whole crawl, so cron or a timer firing while a
    slow crawl still runs cannot start a second one on the same archive.
    flock is released by the kernel when the process dies, even by SIGKILL."""
    path = Path(str(db_path) + ".lock")
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise CrawlLocked(f"another crawl holds {path}") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        yield


def stop_before_crawling(code: int, message: str):
    """End the process with one error line and `code`.

    Called while Scrapy builds the crawl (spider, extensions), before any
    request, file or database is open. Scrapy has no public way to stop a
    crawl there with an exit code of our own: an exception would print a
    traceback and exit 1. So the process ends here, at once.
    """
    sys.stdout.flush()
    sys.stderr.write(f"error: {message}\n")
    sys.stderr.flush()
    os._exit(code)
