"""Downloader middlewares: the crawler's manners toward small, shared ward servers."""
from __future__ import annotations

import email.utils
import ipaddress
import logging
import random
import time

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.http import Request
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet import reactor
from twisted.internet.defer import Deferred

log = logging.getLogger("ward-archive")

DISALLOW_ALL = b"User-agent: *\nDisallow: /\n"


def is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _downloader_slot(crawler, request):
    """(slot key, slot or None) the downloader uses or will use for `request`."""
    downloader = crawler.engine.downloader
    key = downloader.get_slot_key(request)
    return key, downloader.slots.get(key)


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


class ServerSlots:
    """One download slot per server IP address, not per host name.

    A province hosts its ward sub-sites (`<ward>.<province>.gov.vn`) on one
    server; per-host slots would hit it with every ward's quota at once.
    The address comes from Scrapy's caching resolver, so a host is looked
    up once. (Scrapy's CONCURRENT_REQUESTS_PER_IP did this; it is deprecated.)
    """

    async def process_request(self, request, spider=None):
        if "download_slot" in request.meta:
            return None
        host = urlparse_cached(request).hostname
        if not host:
            return None
        try:
            address = await maybe_deferred_to_future(reactor.resolve(host))
        except Exception:
            return None  # the download itself will report the DNS failure
        request.meta["download_slot"] = f"ip:{address}"
        return None


class StrictRobotsTxt(RobotsTxtMiddleware):
    """robots.txt as RFC 9309 reads it, plus Crawl-delay.

    Scrapy allows everything when robots.txt cannot be fetched. RFC 9309
    (2.3.1.3-4): a 4xx means no rules (allow), but a 5xx or an unreachable
    server means *complete disallow*: a struggling server is left alone.
    """

    def __init__(self, crawler):
        super().__init__(crawler)
        self._crawl_delays: dict[str, float] = {}

    async def robot_parser(self, request):
        """Scrapy hands every request that waits for a host's robots.txt the
        same Deferred through `asFuture`, whose callback returns None: only
        the first waiter gets the rules, the others get None, which means
        'allow'. Each waiter here gets its own Deferred; the shared one keeps
        its result for the next."""
        pending = self._parsers.get(urlparse_cached(request).netloc)
        if isinstance(pending, Deferred):
            waiter = Deferred()
            pending.addBoth(_pass_to, waiter)
            return await maybe_deferred_to_future(waiter)
        return await super().robot_parser(request)

    async def _parse_robots(self, response, netloc, request):
        if response.status >= 500:
            log.warning("robots.txt of %s answered %d: not crawling it (RFC 9309)", netloc, response.status)
            response = response.replace(body=DISALLOW_ALL)
        elif response.status >= 400:
            response = response.replace(body=b"")
        await super()._parse_robots(response, netloc, request)
        parser = self._parsers.get(netloc)
        delay = parser.crawl_delay(self._useragent(request)) if parser is not None else None
        if delay:
            self._crawl_delays[netloc] = float(delay)

    def _robots_error(self, exc, netloc):
        log.warning("robots.txt of %s unreachable (%s): not crawling it (RFC 9309)", netloc, exc)
        self._stats.inc_value(f"robotstxt/exception_count/{type(exc)}")
        pending = self._parsers[netloc]
        parser = self._parserimpl.from_crawler(self.crawler, DISALLOW_ALL)
        self._parsers[netloc] = parser
        pending.callback(parser)

    def process_request_2(self, rp, request):
        super().process_request_2(rp, request)
        delay = self._crawl_delays.get(urlparse_cached(request).netloc)
        if delay:
            self._honour_crawl_delay(request, delay)

    def _honour_crawl_delay(self, request, delay: float) -> None:
        # AutoThrottle would lower the delay again; a Crawl-delay is a floor.
        request.meta["autothrottle_dont_adjust_delay"] = True
        key, slot = _downloader_slot(self.crawler, request)
        if slot is None:
            settings = self.crawler.engine.downloader.per_slot_settings.setdefault(key, {})
            settings["delay"] = max(settings.get("delay", 0.0), delay)
        else:
            slot.delay = max(slot.delay, delay)

    def _useragent(self, request) -> str:
        return self._robotstxt_useragent or request.headers.get(b"User-Agent", self._default_useragent)


class PoliteRetry(RetryMiddleware):
    """Retries that slow the whole host down, not just the one request.

    On a retryable answer (429, 5xx) the host's download slot waits for the
    server's `Retry-After` when it gives one, else for an exponential
    back-off with jitter (`WARD_BACKOFF_BASE` x 2^attempt, x0.5-1.5), so a
    server that is struggling gets air. A slot may carry its own `backoff`
    base in DOWNLOAD_SLOTS (the loopback lane's is tiny).
    """

    def __init__(self, settings):
        super().__init__(settings)
        self.backoff_base = settings.getfloat("WARD_BACKOFF_BASE", 2.0)
        self.max_wait = settings.getfloat("WARD_MAX_RETRY_AFTER", 300.0)
        self.slot_settings = settings.getdict("DOWNLOAD_SLOTS")

    def process_response(self, request, response, spider=None):
        result = super().process_response(request, response)
        if isinstance(result, Request):
            self._slow_down(request, result.meta.get("retry_times", 1), response)
        return result

    def process_exception(self, request, exception, spider=None):
        result = super().process_exception(request, exception)
        if isinstance(result, Request):
            self._slow_down(request, result.meta.get("retry_times", 1), None)
        return result

    def _slow_down(self, request, attempt: int, response) -> None:
        key, slot = _downloader_slot(self.crawler, request)
        wait = retry_after_seconds(response) if response is not None else None
        if wait is None:
            base = self.slot_settings.get(key, {}).get("backoff", self.backoff_base)
            wait = base * 2 ** (attempt - 1) * random.uniform(0.5, 1.5)
        wait = min(wait, self.max_wait)
        if slot is None or wait <= slot.delay:
            return
        log.info("backing off %s for %.1f s (attempt %d)", key, wait, attempt)
        previous, slot.delay = slot.delay, wait
        # The pause is for the server's current trouble, not for the rest of
        # the crawl (AutoThrottle, where it runs, would also lower it again).
        reactor.callLater(wait, _restore_delay, slot, wait, previous)


def _pass_to(result, waiter: Deferred):
    waiter.callback(result)
    return result


def _restore_delay(slot, raised: float, previous: float) -> None:
    if slot.delay == raised:
        slot.delay = previous


def retry_after_seconds(response) -> float | None:
    """The `Retry-After` header in seconds (delta-seconds or an HTTP date)."""
    value = response.headers.get(b"Retry-After")
    if not value:
        return None
    text = value.decode("latin-1").strip()
    if text.isdigit():
        return float(text)
    try:
        moment = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    return max(0.0, moment.timestamp() - time.time())
