"""Why a download failed, in words a crawl log can keep.

Scrapy 2.13 raises Twisted's own exceptions for a refused connection, a
failed DNS lookup or a timeout; later versions wrap them in Scrapy's
(`scrapy.exceptions.DownloadConnectionRefusedError`, ...). Both are
recognised, so the archive records the same kinds at every Scrapy version.
"""
from __future__ import annotations

import scrapy.exceptions
from scrapy.exceptions import IgnoreRequest
from twisted.internet import error


def _scrapy_exceptions(*names: str) -> tuple[type, ...]:
    return tuple(getattr(scrapy.exceptions, name) for name in names if hasattr(scrapy.exceptions, name))


# (kind, cause in words, exception types), most specific first.
_CAUSES = (
    ("connection_refused", "connection refused",
     (error.ConnectionRefusedError, *_scrapy_exceptions("DownloadConnectionRefusedError"))),
    ("dns", "DNS lookup failed", (error.DNSLookupError, *_scrapy_exceptions("CannotResolveHostError"))),
    ("timeout", "timed out",
     (error.TimeoutError, error.TCPTimedOutError, *_scrapy_exceptions("DownloadTimeoutError"))),
)


def download_failure(exc: BaseException) -> tuple[str, str]:
    """(kind, cause) of a failed download: ("connection_refused", "connection refused"), ...;
    an exception of no known kind is ("download", "<type>: <message>")."""
    for kind, cause, types in _CAUSES:
        if isinstance(exc, types):
            return kind, cause
    return "download", f"{type(exc).__name__}: {exc}"


class RobotsRefusal(IgnoreRequest):
    """A request robots.txt does not let through; `kind` and the message say why
    (the spider records both in crawl_errors)."""

    def __init__(self, kind: str, reason: str):
        super().__init__(reason)
        self.kind = kind
