"""Downloader middlewares: the crawler's manners toward small, shared ward servers."""
from __future__ import annotations

import email.utils
import ipaddress
import logging
import random
import time

from dataclasses import dataclass

from protego import Protego
from scrapy import signals
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import NotConfigured, StopDownload
from scrapy.http import Request
from scrapy.http.request import NO_CALLBACK
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet import reactor
from twisted.internet.defer import Deferred

from ward_scraper.crawl.hostmap import mapped_address
from ward_scraper.crawl.failures import RequestRefused, RobotsRefusal, download_failure, scheme_refusal
from ward_scraper.crawl.files import FILE_CAP_META, OVERSIZE_META

log = logging.getLogger("ward-archive")

WEB_SCHEMES = ("http", "https")
LOOPBACK_LANE = "loopback"   # the DOWNLOAD_SLOTS entry every loopback host:port lane is built from

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
    """(slot key, slot or None) the downloader uses for `request`."""
    downloader = crawler.engine.downloader
    key = downloader.get_slot_key(request)
    return key, downloader.slots.get(key)


def record_problem(crawler, request, kind: str, message: str) -> None:
    """A crawl_errors row for `request`'s portal, from a middleware: through
    the wards spider's ledger when it has one, else just the log."""
    ledger = getattr(crawler.spider, "ledger", None)
    if ledger is None:
        log.warning("%s %s: %s", kind, request.url, message)
        return
    ledger.error(request.meta.get("portal", "?"), request.url, kind, message)


class RequestLimits:
    """The first downloader middleware: only http and https are ever requested.

    Scrapy's other download handlers are off (DOWNLOAD_HANDLERS) and this
    refuses any other scheme before anything else sees the request: listing
    and article links, redirects (a redirect's new request passes through
    the downloader middlewares again), the registry's URLs, URLs read back
    from the archive. A refused URL is recorded as `scheme_refused`.

    It also writes the size cap on the request, as Scrapy's timeout
    middleware does with the timeout, so a failure can name the limit it hit.
    """

    def __init__(self, maxsize: int):
        self.maxsize = maxsize

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.getint("DOWNLOAD_MAXSIZE"))

    def process_request(self, request, spider=None):
        if urlparse_cached(request).scheme.lower() not in WEB_SCHEMES:
            raise scheme_refusal(request.url)
        if self.maxsize:
            request.meta.setdefault("download_maxsize", self.maxsize)
        return None


class PortalDeadlines:
    """A portal gets WARD_PORTAL_DEADLINE seconds from its first request; its
    requests after that are dropped (`portal_deadline`), so one slow or
    endless portal cannot hold the crawl of the others."""

    def __init__(self, deadline: float):
        self.deadline = deadline
        self.started: dict[str, float] = {}   # portal -> monotonic time of its first request
        self.warned: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler):
        deadline = crawler.settings.getfloat("WARD_PORTAL_DEADLINE", 0)
        if deadline <= 0:
            raise NotConfigured
        return cls(deadline)

    def process_request(self, request, spider=None):
        portal = request.meta.get("portal")
        if portal is None:
            return None
        started = self.started.setdefault(portal, time.monotonic())
        if time.monotonic() - started <= self.deadline:
            return None
        if portal not in self.warned:
            self.warned.add(portal)
            log.warning("%s: its %s deadline (WARD_PORTAL_DEADLINE) has passed: dropping its requests",
                        portal, duration(self.deadline))
        raise RequestRefused("portal_deadline", f"not requested: the portal's {duration(self.deadline)} "
                                                "deadline (WARD_PORTAL_DEADLINE) had passed")


def duration(seconds: float) -> str:
    """`90 s`, `5 min`, `6 h`: a limit as a person writes it."""
    for unit, scale in (("h", 3600), ("min", 60)):
        if seconds >= scale and seconds % scale == 0:
            return f"{seconds / scale:g} {unit}"
    return f"{seconds:g} s"


class LoopbackFastLane:
    """Send requests to 127.0.0.0/8 through undelayed lanes, one per host:port.

    Politeness settings exist for real ward servers; the replica on this
    machine needs none, and a demo or test that waits two seconds per page
    would take an hour. Each loopback server gets its own download slot,
    `loopback:<host>:<port>`, set up as DOWNLOAD_SLOTS["loopback"] says, so
    one server's Crawl-delay slows that server only. AutoThrottle is told to
    leave those slots alone.
    """

    def __init__(self, crawler):
        self.crawler = crawler
        self.lane = crawler.settings.getdict("DOWNLOAD_SLOTS").get(LOOPBACK_LANE, {})
        self.configured: dict[str, object] = {}   # slot key -> the slot object set up
        self.host_map = crawler.settings.getdict("WARD_HOST_MAP")
        crawler.signals.connect(self.request_reached_downloader, signal=signals.request_reached_downloader)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request, spider=None):
        url = urlparse_cached(request)
        # A name WARD_HOST_MAP sends to loopback is a replica server too; all
        # the names one replica server answers (host:port) share its lane.
        address = mapped_address(url.hostname or "", self.host_map) or url.hostname
        if is_loopback(address):
            server = f"{address}:{url.port}" if url.port else address
            request.meta.setdefault("download_slot", f"{LOOPBACK_LANE}:{server}")
            request.meta["autothrottle_dont_adjust_delay"] = True
        return None

    def request_reached_downloader(self, request, spider=None):
        """A lane's slot exists now (Scrapy makes slots when first used, with
        the default delay and concurrency): give it the lane's settings, once
        per slot object (Scrapy drops idle slots and makes them again)."""
        key = request.meta.get("download_slot", "")
        if not key.startswith(LOOPBACK_LANE + ":"):
            return
        slot = self.crawler.engine.downloader.slots.get(key)
        if slot is None or self.configured.get(key) is slot:
            return
        self.configured[key] = slot
        # (No random jitter: `jitter` in newer Scrapy, `randomize_delay` in 2.13.)
        jitter = "jitter" if hasattr(slot, "jitter") else "randomize_delay"
        for name in ("concurrency", "delay", jitter):
            if name in self.lane:
                setattr(slot, name, self.lane[name])


class FileSizeCap:
    """A linked file over its cap (request meta FILE_CAP_META, from
    WARD_FILE_MAX_BYTES) is not downloaded: its headers are kept, its body
    is not. Stopped as soon as the headers announce a larger body, or once
    that many bytes have arrived; `OVERSIZE_META` then holds the size
    (announced, or read so far) and the response reaches the spider with an
    empty body, as the WARC capture keeps it (`WARC-Truncated: length`).
    Pages are not affected (they have DOWNLOAD_MAXSIZE)."""

    def __init__(self, crawler):
        crawler.signals.connect(self.headers_received, signal=signals.headers_received)
        crawler.signals.connect(self.bytes_received, signal=signals.bytes_received)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def headers_received(self, headers, body_length, request, spider=None):
        cap = request.meta.get(FILE_CAP_META)
        if cap and isinstance(body_length, int) and body_length > cap:
            request.meta[OVERSIZE_META] = body_length
            raise StopDownload(fail=False)

    def bytes_received(self, data, request, spider=None):
        cap = request.meta.get(FILE_CAP_META)
        if not cap:
            return
        seen = request.meta.get("file_bytes_seen", 0) + len(data)
        request.meta["file_bytes_seen"] = seen
        if seen > cap:
            request.meta[OVERSIZE_META] = seen
            raise StopDownload(fail=False)

    def process_response(self, request, response, spider=None):
        """The part that arrived is not kept (nor decompressed: it is cut)."""
        if OVERSIZE_META not in request.meta:
            return response
        headers = response.headers.copy()
        headers.pop(b"Content-Encoding", None)
        return response.replace(body=b"", headers=headers)


def slot_settings_name(key: str) -> str:
    """The DOWNLOAD_SLOTS entry a download slot follows: loopback lanes share one."""
    return LOOPBACK_LANE if key.startswith(LOOPBACK_LANE + ":") else key


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


@dataclass(frozen=True)
class HostRules:
    """What one host's robots.txt allows. Without a parser nothing is allowed."""
    parser: Protego | None = None
    refusal_kind: str = "robots_disallowed"
    refusal_reason: str = "Forbidden by robots.txt"

    def allows(self, url: str, agent: str) -> bool:
        return self.parser is not None and self.parser.can_fetch(url, agent)

    def crawl_delay(self, agent: str) -> float | None:
        return self.parser.crawl_delay(agent) if self.parser is not None else None


class RobotsTxtPolicy:
    """robots.txt as RFC 9309 reads it, plus Crawl-delay, on Scrapy's public API.

    Scrapy's own middleware allows everything when robots.txt cannot be
    fetched. RFC 9309 (2.3.1.3-4): a 4xx means no rules (allow), but a 5xx or
    an unreachable server means *complete disallow*: a struggling server is
    left alone. A refused request raises RobotsRefusal naming the cause.

    One robots.txt download per host; requests that arrive while it is on
    the way each wait for, and each get, its answer. The rules are parsed by
    Protego (the parser Scrapy itself uses); a Crawl-delay becomes a floor
    under the delay of the download slot the host's requests go through.
    """

    DOWNLOAD_PRIORITY = 1000  # robots.txt goes before the pages that wait for it
    # RFC 9309 2.5: a crawler parses at least the first 500 KiB; we read that much.
    PARSE_LIMIT = 500 * 1024

    def __init__(self, crawler):
        if not crawler.settings.getbool("ROBOTSTXT_OBEY"):
            raise NotConfigured
        self.crawler = crawler
        self.agent_setting = crawler.settings.get("ROBOTSTXT_USER_AGENT")
        self.max_crawl_delay = crawler.settings.getfloat("WARD_MAX_CRAWL_DELAY", 30.0)
        self.rules: dict[str, HostRules] = {}            # netloc -> its rules, once known
        self.waiting: dict[str, list[Deferred]] = {}     # netloc -> requests awaiting its robots.txt
        self.crawl_delays: dict[str, float] = {}          # netloc -> Crawl-delay kept (capped)
        crawler.signals.connect(self.request_reached_downloader, signal=signals.request_reached_downloader)
        crawler.signals.connect(self.bytes_received, signal=signals.bytes_received)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def process_request(self, request, spider=None):
        if request.meta.get("dont_obey_robotstxt") or urlparse_cached(request).scheme not in ("http", "https"):
            return None
        rules = await self.rules_for(request)
        if not rules.allows(request.url, self._agent(request)):
            self.crawler.stats.inc_value("robotstxt/forbidden")
            raise RobotsRefusal(rules.refusal_kind, rules.refusal_reason)
        return None

    async def rules_for(self, request) -> HostRules:
        netloc = urlparse_cached(request).netloc
        if netloc in self.rules:
            return self.rules[netloc]
        if netloc in self.waiting:  # the host's robots.txt is on the way
            waiter = Deferred()
            self.waiting[netloc].append(waiter)
            return await maybe_deferred_to_future(waiter)
        self.waiting[netloc] = []
        # Whatever happens to the download (even a cancelled crawl), every
        # waiter gets an answer: a waiter left unanswered hangs the crawl.
        rules = HostRules(refusal_reason="robots.txt not read: the crawl stopped first")
        try:
            rules = await self._fetch_rules(request, netloc)
        finally:
            self.rules[netloc] = rules
            for waiter in self.waiting.pop(netloc):
                waiter.callback(rules)
        delay = rules.crawl_delay(self._agent(request))
        if delay:
            self.crawl_delays[netloc] = self._capped(float(delay), request)
        return rules

    def _capped(self, delay: float, request) -> float:
        """A Crawl-delay of a day would stop the portal for good: at most WARD_MAX_CRAWL_DELAY."""
        if delay <= self.max_crawl_delay:
            return delay
        record_problem(self.crawler, request, "crawl_delay_capped",
                       f"robots.txt asks for Crawl-delay: {delay:g}; waiting {duration(self.max_crawl_delay)} "
                       "between requests instead (WARD_MAX_CRAWL_DELAY)")
        return self.max_crawl_delay

    async def _fetch_rules(self, request, netloc: str) -> HostRules:
        url = urlparse_cached(request)
        robots = Request(f"{url.scheme}://{netloc}/robots.txt", priority=self.DOWNLOAD_PRIORITY,
                         meta={"dont_obey_robotstxt": True, "robots_txt_bytes": 0,
                               "portal": request.meta.get("portal")}, callback=NO_CALLBACK)
        self.crawler.stats.inc_value("robotstxt/request_count")
        try:
            response = await self._download(robots)
        except Exception as exc:  # refused, DNS, timeout, ... after the retries
            _, cause = download_failure(exc, robots)
            log.warning("robots.txt of %s unreachable (%s): not crawling it (RFC 9309)", netloc, cause)
            return HostRules(refusal_kind="robots_unreachable", refusal_reason=f"robots.txt unreachable: {cause}")
        self.crawler.stats.inc_value(f"robotstxt/response_status_count/{response.status}")
        if response.status >= 500:
            log.warning("robots.txt of %s answered %d: not crawling it (RFC 9309)", netloc, response.status)
            return HostRules(refusal_reason=f"robots.txt answered HTTP {response.status}: "
                                            "nothing may be crawled (RFC 9309)")
        if response.status >= 400:
            return HostRules(Protego.parse(""))
        return HostRules(Protego.parse(self._readable_part(response, request)))

    def _readable_part(self, response, request) -> str:
        """The rules in the first PARSE_LIMIT bytes, cut after the last whole line."""
        body = response.body
        if len(body) <= self.PARSE_LIMIT and "download_stopped" not in response.flags:
            return body.decode("utf-8", errors="replace")
        record_problem(self.crawler, request, "robots_too_large",
                       f"robots.txt is larger than {self.PARSE_LIMIT // 1024} KiB: only its first "
                       f"{self.PARSE_LIMIT // 1024} KiB were read (RFC 9309)")
        head = body[:self.PARSE_LIMIT]
        return head[:head.rfind(b"\n") + 1].decode("utf-8", errors="replace")

    def bytes_received(self, data, request, spider=None):
        """Stop a robots.txt download past the parse limit, keeping what arrived."""
        if "robots_txt_bytes" not in request.meta:
            return
        request.meta["robots_txt_bytes"] += len(data)
        if request.meta["robots_txt_bytes"] > self.PARSE_LIMIT:
            raise StopDownload(fail=False)

    async def _download(self, request):
        engine = self.crawler.engine
        if hasattr(engine, "download_async"):  # newer Scrapy, where download() is deprecated
            return await engine.download_async(request)
        return await maybe_deferred_to_future(engine.download(request))

    def request_reached_downloader(self, request, spider=None):
        """The request's download slot exists now and the request is not yet
        queued in it: raise the slot's delay to the host's Crawl-delay.
        AutoThrottle would lower it again; a Crawl-delay is a floor."""
        delay = self.crawl_delays.get(urlparse_cached(request).netloc)
        slot = self.crawler.engine.downloader.slots.get(request.meta.get("download_slot"))
        if delay and slot is not None:
            request.meta["autothrottle_dont_adjust_delay"] = True
            # The slot waits its delay +- a random jitter: even its shortest wait keeps the floor.
            slot.delay = max(slot.delay, delay / max(1.0 - _slot_jitter(slot), 0.1))

    def _agent(self, request) -> str:
        agent = self.agent_setting or request.headers.get(b"User-Agent") or self.crawler.settings.get("USER_AGENT")
        return agent.decode("latin-1") if isinstance(agent, bytes) else agent


def _slot_jitter(slot) -> float:
    """How far (a fraction) a download slot's random wait may fall below its delay:
    `jitter` in newer Scrapy, an on/off ±50% `randomize_delay` in 2.13."""
    if hasattr(slot, "jitter"):
        return slot.jitter
    return 0.5 if slot.randomize_delay else 0.0


class PoliteRetry(RetryMiddleware):
    """Retries that slow the whole host down, not just the one request.

    On a retryable answer (429, 5xx) the host's download slot waits for the
    server's `Retry-After` when it gives one, else for an exponential
    back-off with jitter (`WARD_BACKOFF_BASE` x 2^attempt, x0.5-1.5), so a
    server that is struggling gets air. A slot may carry its own `backoff`
    base in DOWNLOAD_SLOTS (the loopback lane's is tiny).
    """

    @classmethod
    def from_crawler(cls, crawler):
        middleware = cls(crawler.settings)
        middleware.crawler = crawler  # Scrapy 2.13's RetryMiddleware keeps no crawler
        return middleware

    def __init__(self, settings):
        super().__init__(settings)
        self.backoff_base = settings.getfloat("WARD_BACKOFF_BASE", 2.0)
        self.max_wait = settings.getfloat("WARD_MAX_RETRY_AFTER", 300.0)
        self.slot_settings = settings.getdict("DOWNLOAD_SLOTS")

    def process_response(self, request, response, spider=None):
        result = super().process_response(request, response, *_as_given(spider))
        if isinstance(result, Request):
            self._slow_down(request, result.meta.get("retry_times", 1), response)
        return result

    def process_exception(self, request, exception, spider=None):
        result = super().process_exception(request, exception, *_as_given(spider))
        if isinstance(result, Request):
            self._slow_down(request, result.meta.get("retry_times", 1), None)
        return result

    def _slow_down(self, request, attempt: int, response) -> None:
        key, slot = _downloader_slot(self.crawler, request)
        wait = retry_after_seconds(response) if response is not None else None
        if wait is None:
            base = self.slot_settings.get(slot_settings_name(key), {}).get("backoff", self.backoff_base)
            wait = base * 2 ** (attempt - 1) * random.uniform(0.5, 1.5)
        wait = min(wait, self.max_wait)
        if slot is None or wait <= slot.delay:
            return
        log.info("backing off %s for %.1f s (attempt %d)", key, wait, attempt)
        previous, slot.delay = slot.delay, wait
        # The pause is for the server's current trouble, not for the rest of
        # the crawl (AutoThrottle, where it runs, would also lower it again).
        reactor.callLater(wait, _restore_delay, slot, wait, previous)


def _as_given(spider) -> tuple:
    """Scrapy 2.13 hands middleware hooks the spider and its RetryMiddleware
    needs it; later versions pass none and warn when one is passed on."""
    return () if spider is None else (spider,)


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
