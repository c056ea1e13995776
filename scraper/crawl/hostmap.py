"""Host names answered from a table instead of DNS (the WARD_HOST_MAP setting).

Discovery and the national benchmark talk to real host names
(`binhloc.dongnai.gov.vn`) served by the loopback replica: the table maps
those names to 127.0.0.1 and nothing about them ever reaches a real DNS
server. An entry `".dongnai.gov.vn": ""` says "every other name under this
domain does not exist", as DNS answers for a ward that has no site.

Keys are host names; a key that starts with a dot covers every name under
it (the longest such key wins). A value is an IP address, or "" for "no
such host". Without a table (the default) every name goes to DNS.
"""
from __future__ import annotations

from scrapy.resolver import CachingThreadedResolver
from twisted.internet import defer
from twisted.internet.error import DNSLookupError

NO_SUCH_HOST = ""


def mapped_address(host: str, host_map: dict[str, str]) -> str | None:
    """The table's answer for `host`: an address, NO_SUCH_HOST, or None
    (the table says nothing: ask DNS)."""
    host = host.lower().rstrip(".")
    if host in host_map:
        return host_map[host]
    covering = [key for key in host_map if key.startswith(".") and (host.endswith(key) or host == key[1:])]
    return host_map[max(covering, key=len)] if covering else None


class HostMapResolver(CachingThreadedResolver):
    """Scrapy's caching resolver, asking WARD_HOST_MAP first (DNS_RESOLVER names it)."""

    host_map: dict[str, str] = {}

    @classmethod
    def from_crawler(cls, crawler, reactor):
        resolver = super().from_crawler(crawler, reactor)
        resolver.host_map = {key.lower(): value for key, value in crawler.settings.getdict("WARD_HOST_MAP").items()}
        return resolver

    def getHostByName(self, name: str, timeout=()):
        address = mapped_address(name, self.host_map)
        if address is None:
            return super().getHostByName(name, timeout)
        if address == NO_SUCH_HOST:
            return defer.fail(DNSLookupError(f"{name}: no such host (WARD_HOST_MAP)"))
        return defer.succeed(address)
