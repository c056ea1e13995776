"""Downloader middlewares."""
from __future__ import annotations

import ipaddress

from scrapy.utils.httpobj import urlparse_cached


def is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class LoopbackFastLane:
    """Send requests to 127.0.0.0/8 through the undelayed `loopback` slot.

    Politeness settings exist for real ward servers; the replica on this
    machine needs none, and a demo or test that waits two seconds per page
    would take an hour. AutoThrottle is told to leave that slot alone.
    """

    def process_request(self, request, spider=None):
        if is_loopback(urlparse_cached(request).hostname):
            request.meta.setdefault("download_slot", "loopback")
            request.meta["autothrottle_dont_adjust_delay"] = True
        return None
