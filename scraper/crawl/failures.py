"""Why a download failed, in words a crawl log can keep.

Scrapy 2.13 raises Twisted's own exceptions for a refused connection, a
failed DNS lookup, a timeout or a response over the size cap; later versions
wrap them in Scrapy's (`scrapy.exceptions.DownloadConnectionRefusedError`,
...). Both are recognised, so the archive records the same kinds, in the
same words, at every Scrapy version.
"""
from __future__ import annotations

import scrapy.exceptions
from scrapy.exceptions import IgnoreRequest
from twisted.internet import defer, error
from twisted.web.client import ResponseFailed

# Twisted reads a response header line of at most this many bytes; a longer
# one makes it hang up (twisted.protocols.basic.LineReceiver.MAX_LENGTH).
HEADER_LINE_LIMIT = 16384


def _scrapy_exceptions(*names: str) -> tuple[type, ...]:
    return tuple(getattr(scrapy.exceptions, name) for name in names if hasattr(scrapy.exceptions, name))


def _timeout(request) -> str:
    seconds = (request.meta.get("download_timeout") if request is not None else None)
    return f"no complete answer within {seconds:g} s (DOWNLOAD_TIMEOUT)" if seconds else \
        "no complete answer within the download timeout (DOWNLOAD_TIMEOUT)"


def _too_large(request) -> str:
    cap = request.meta.get("download_maxsize") if request is not None else None
    return f"response larger than the {size_in_words(cap)} cap (DOWNLOAD_MAXSIZE)" if cap else \
        "response larger than the download size cap (DOWNLOAD_MAXSIZE)"


def _cut_off(request) -> str:
    return ("the server hung up before its response headers ended, or sent a header line "
            f"longer than {HEADER_LINE_LIMIT // 1024} KiB (header too large)")


def size_in_words(count: int) -> str:
    for unit, scale in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if count >= scale:
            return f"{count / scale:g} {unit}"
    return f"{count} bytes"


# (kind, message for the request, exception types), most specific first.
_CAUSES = (
    ("connection_refused", lambda request: "connection refused",
     (error.ConnectionRefusedError, *_scrapy_exceptions("DownloadConnectionRefusedError"))),
    ("dns", lambda request: "DNS lookup failed (no such host, or no answer within DNS_TIMEOUT)",
     (error.DNSLookupError, *_scrapy_exceptions("CannotResolveHostError"))),
    ("timeout", _timeout, (error.TimeoutError, *_scrapy_exceptions("DownloadTimeoutError"))),
    ("timeout", lambda request: "connection timed out: the server never answered the connection",
     (error.TCPTimedOutError,)),
    # The handler cancels a download when the response passes DOWNLOAD_MAXSIZE
    # (the crawl cancels downloads for no other reason).
    ("too_large", _too_large, (defer.CancelledError, *_scrapy_exceptions("DownloadCancelledError"))),
    ("data_loss", lambda request: "the connection closed before the whole body arrived",
     _scrapy_exceptions("ResponseDataLossError")),
    ("cut_off", _cut_off, (ResponseFailed, *_scrapy_exceptions("DownloadFailedError"))),
    ("connection_lost", lambda request: "the connection broke off during the download",
     (error.ConnectionLost, error.ConnectionDone)),
)


def download_failure(exc: BaseException, request=None) -> tuple[str, str]:
    """(kind, what happened in words) of a failed download, e.g.
    ("timeout", "no complete answer within 60 s (DOWNLOAD_TIMEOUT)").
    `request` (the one that failed) lets the words name its limits.
    An exception of no known kind is ("download", "<type>: <message>")."""
    for kind, message, types in _CAUSES:
        if isinstance(exc, types):
            return kind, message(request)
    return "download", f"{type(exc).__name__}: {exc}"


class RequestRefused(IgnoreRequest):
    """A request the crawl refuses to send; `kind` and the message say why
    (the spider records both in crawl_errors)."""

    def __init__(self, kind: str, reason: str):
        super().__init__(reason)
        self.kind = kind


class RobotsRefusal(RequestRefused):
    """A request robots.txt does not let through."""


def scheme_refusal(url: str) -> RequestRefused:
    scheme = url.split(":", 1)[0] if ":" in url else "(none)"
    return RequestRefused("scheme_refused",
                          f"not requested: only http and https URLs are fetched, this one is {scheme!r}")
