"""The replica's HTTP server: one port per simulated portal, all on 127.0.0.1.

Each portal gets its own server (own port) so that every platform keeps its
real root-relative URL scheme. The server answers robots.txt, images,
documents and stylesheets itself and hands every other path to the portal's Site.

Beyond plain pages it behaves like a real web server where the crawler
depends on it: a strong ETag on every 200 and `304 Not Modified` for a
matching `If-None-Match`; HEAD requests. With `faults=True` it injects, on
chosen pages of every portal, the trouble real ward servers cause (see
FAULT_KINDS), deterministically, so a crawl's fault counts are predictable.
"""
from __future__ import annotations

import hashlib
import re
import signal
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from ward_replica import static
from ward_replica.sites import SITES
from ward_replica.sites.base import Response

# Fault kind -> what the page does. Positions are article indices (newest first)
# in every portal, chosen away from the newest articles so the first listing
# page stays healthy.
FAULT_KINDS = {
    "flaky_500": "HTTP 500 twice, then the page (a retry fetches it)",
    "dead_500": "HTTP 500 on every request in this run",
    "timeout_once": "no answer within the client's timeout once, then the page",
    "slow": "answers after a delay, every time",
    "truncated": "announces a Content-Length, sends half of it, closes",
    "redirect_loop": "302 to a URL that redirects back, forever",
    "huge": "a 20 MiB page (over the crawler's size limit)",
    "broken_html": "tag soup: closing p/li/span/td tags left out, upper-case tags, unquoted "
                   "attributes, a NUL byte, an unclosed comment",
    "wrong_charset": "UTF-8 bytes served as charset=windows-1258",
    "throttled_429": "HTTP 429 with Retry-After: 1 once, then the page",
    "endless_pager": "listing pagers that never end (pages past the last are empty or repeat)",
}
FAULT_POSITIONS = {"flaky_500": 3, "dead_500": 5, "timeout_once": 7, "slow": 9, "truncated": 11,
                   "redirect_loop": 13, "huge": 15, "broken_html": 17, "wrong_charset": 19,
                   "throttled_429": 21}
HUGE_BYTES = 20 * 1024 * 1024


class PortalHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address, site, faults: dict[str, str], timeout_seconds: float, verbose: bool):
        super().__init__(address, PortalRequestHandler)
        self.site = site
        self.faults = faults                 # path -> fault kind
        self.timeout_seconds = timeout_seconds
        self.verbose = verbose
        self.hits: dict[str, int] = {}       # path -> requests seen (faults, request counts)
        self.log: list[tuple[float, str]] = []  # (monotonic time, path) of every request
        self.robots: tuple[int, bytes] | None = None  # override robots.txt (status, body)
        self.lock = threading.Lock()

    def handle_error(self, request, client_address):
        """A client that hangs up (a crawler cancelling a huge or truncated
        page) is normal here; print tracebacks only when verbose."""
        if self.verbose:
            super().handle_error(request, client_address)

    def count(self, path: str) -> int:
        with self.lock:
            self.hits[path] = self.hits.get(path, 0) + 1
            self.log.append((time.monotonic(), path))
            return self.hits[path]


class PortalRequestHandler(BaseHTTPRequestHandler):
    server_version = "Microsoft-IIS/10.0"   # what many ward servers say
    sys_version = ""
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        self._answer(send_body=True)

    def do_HEAD(self):
        self._answer(send_body=False)

    def log_message(self, format, *args):
        if self.server.verbose:
            sys.stderr.write(f"{self.address_string()} {format % args}\n")

    # ---- routing ----------------------------------------------------------
    def _answer(self, send_body: bool) -> None:
        parts = urlsplit(self.path)
        site = self.server.site
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        seen = self.server.count(target)
        # Article links may carry state (Liferay's `?redirect=`): a fault
        # planned for the article's path applies to every such URL.
        fault = self.server.faults.get(target) or self.server.faults.get(parts.path)
        if fault and self._fault(fault, target, seen, send_body):
            return
        response = self._route(site, parts.path, parts.query)
        if fault == "broken_html":
            response = Response(response.status, _break_html(response.body), response.content_type,
                                response.headers)
        elif fault == "wrong_charset":
            response = Response(response.status, response.body, "text/html; charset=windows-1258",
                                response.headers)
        elif fault == "huge":
            response = Response(200, response.body + b"<!--" + b" " * HUGE_BYTES + b"-->",
                                response.content_type, response.headers)
        self._send(response, send_body)

    def _route(self, site, path: str, query: str) -> Response:
        if path == "/robots.txt":
            if self.server.robots is not None:
                status, body = self.server.robots
                return Response(status, body, "text/plain; charset=utf-8")
            return Response(200, static.robots_txt(site.platform), "text/plain; charset=utf-8")
        kind = static.static_kind(path)
        if kind == "image":
            return Response(200, static.image_bytes(path), static.content_type(path))
        if kind == "document":
            return Response(200, static.document_bytes(path, site.portal), static.content_type(path))
        if kind == "stylesheet":
            return Response(200, static.stylesheet_bytes(path), "text/css; charset=utf-8")
        return site.handle(path, query)

    def _send(self, response: Response, send_body: bool) -> None:
        headers = dict(response.headers)
        if response.status == 200:
            etag = '"' + hashlib.sha1(response.body).hexdigest()[:20] + '"'
            headers.setdefault("ETag", etag)
            if self.headers.get("If-None-Match") == headers["ETag"]:
                self._head(304, {"ETag": headers["ETag"]}, None)
                return
        self._head(response.status, headers, response)
        if send_body:
            self.wfile.write(response.body)

    def _head(self, status: int, headers: dict, response: Response | None) -> None:
        self.send_response(status)
        if response is not None:
            self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body) if response is not None else 0))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()

    # ---- faults -----------------------------------------------------------
    def _fault(self, fault: str, target: str, seen: int, send_body: bool) -> bool:
        """Answer with the fault if it applies to this request (the `seen`-th
        for this path); False: serve normally."""
        if fault == "flaky_500" and seen <= 2 or fault == "dead_500":
            self._send(Response(500, b"<h1>500 - Internal server error.</h1>"), send_body)
            return True
        if fault == "throttled_429" and seen == 1:
            self._send(Response(429, b"<h1>Too many requests</h1>", headers={"Retry-After": "1"}), send_body)
            return True
        if fault == "timeout_once" and seen == 1:
            time.sleep(self.server.timeout_seconds)
            self.close_connection = True
            return True
        if fault == "slow":
            time.sleep(min(1.0, self.server.timeout_seconds / 3))
            return False
        if fault == "truncated":
            body = self._route(self.server.site, *_path_query(target)).body
            self._head(200, {}, Response(200, body))
            self.wfile.write(body[: len(body) // 2])
            self.close_connection = True
            return True
        if fault == "redirect_loop":
            hop = "b" if target.endswith("loop=a") else "a"
            base = target.split("?")[0] if "loop=" in target else target
            join = "&" if "?" in base else "?"
            location = f"{base}{join}loop={hop}"
            self.server.faults.setdefault(location, "redirect_loop")
            self._send(Response(302, b"", headers={"Location": location}), send_body)
            return True
        return False


def _path_query(target: str) -> tuple[str, str]:
    parts = urlsplit(target)
    return parts.path, parts.query


def _break_html(body: bytes) -> bytes:
    """Tag soup as old portal CMSes emit it: closing tags of paragraphs, list
    items, spans and cells left out, upper-case tags, unquoted attributes, a
    NUL byte, stray table tags before the body and an unclosed comment at
    the end. Block containers (div) keep their closing tags: without them no
    page has a structure left to read, in a browser either."""
    text = body.decode("utf-8")
    for tag in ("</p>", "</li>", "</span>", "</td>", "</tr>", "</body>", "</html>"):
        text = text.replace(tag, "")
    text = text.replace("<p>", "<P>").replace("<br>", "<BR>").replace('class="', "class=")
    text = re.sub(r"class=([\w-]+)\"", r"class=\1", text)
    text = text.replace("<body", "<td><tr>\x00<body", 1)
    return (text + "\n<!-- unclosed comment <div class=").encode("utf-8")


class ServerGroup:
    """Servers (`self.servers`) run from threads until `stop()` (or the end of a `with` block)."""

    servers: list[PortalHTTPServer]

    def start(self):
        for server in self.servers:
            threading.Thread(target=server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        for server in self.servers:
            server.shutdown()
            server.server_close()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


class ReplicaServer(ServerGroup):
    """All replica portals, served until `stop()` (or the end of a `with` block)."""

    def __init__(self, port: int = 0, edition: int = 1, faults: bool = False, fault_timeout: float = 3.0,
                 verbose: bool = False):
        from ward_replica.portals import portals as build_portals

        self.servers: list[PortalHTTPServer] = []
        self.portals = []   # (ReplicaPortal, Site, base_url)
        self.faults = {}    # portal slug -> {path: fault kind}
        for index, portal in enumerate(p for p in build_portals(edition) if p.platform in SITES):
            site = SITES[portal.platform](portal)
            plan = fault_plan(portal, site) if faults else {}
            site.endless_pager = faults
            server = PortalHTTPServer(("127.0.0.1", port + index if port else 0), site, plan,
                                      fault_timeout, verbose)
            base_url = f"http://127.0.0.1:{server.server_address[1]}/"
            self.servers.append(server)
            self.portals.append((portal, site, base_url))
            self.faults[portal.slug] = plan

    def set_faults(self, enabled: bool) -> None:
        """Switch fault injection on or off without moving any port (URLs stay)."""
        for (portal, site, _), server in zip(self.portals, self.servers):
            server.faults = fault_plan(portal, site) if enabled else {}
            site.endless_pager = enabled
            server.hits.clear()
            server.log.clear()
            self.faults[portal.slug] = server.faults

    def set_edition(self, edition: int) -> None:
        """Serve another edition of every portal on the same ports."""
        from ward_replica.portals import portals as build_portals

        by_slug = {portal.slug: portal for portal in build_portals(edition)}
        for index, ((old, _, base_url), server) in enumerate(zip(self.portals, self.servers)):
            portal = by_slug[old.slug]
            server.site = SITES[portal.platform](portal)
            self.portals[index] = (portal, server.site, base_url)


def fault_plan(portal, site) -> dict[str, str]:
    """Article path -> fault kind, the same positions in every portal."""
    return {site.article_path(portal.articles[position]): kind
            for kind, position in FAULT_POSITIONS.items() if position < len(portal.articles)}


def write_registry(server: ReplicaServer, path) -> None:
    """A registry CSV whose rows point at the replica's portals."""
    from ward_scraper.crawl.registry import Portal, write_registry as write

    write([Portal(portal.slug, portal.ward_name, portal.ward_code, portal.province, portal.platform,
                  base_url, tuple(site.listing_paths())) for portal, site, base_url in server.portals], path)


def run(port: int, portals_out: str | None, edition: int = 1, faults: bool = False,
        fault_timeout: float = 3.0, verbose: bool = False) -> None:
    """Serve until Ctrl-C or SIGTERM (the `ward-archive replica` command)."""
    server = ReplicaServer(port, edition, faults, fault_timeout, verbose).start()
    if portals_out:
        write_registry(server, portals_out)
    for portal, site, base_url in server.portals:
        print(f"{portal.slug:<28} {portal.platform:<11} {base_url} ({len(portal.articles)} articles)")
    if portals_out:
        print(f"registry written to {portals_out}")
    if faults:
        for kind, description in FAULT_KINDS.items():
            where = f"article #{FAULT_POSITIONS[kind]} of every portal" if kind in FAULT_POSITIONS else "every portal"
            print(f"fault {kind:<14} {where}: {description}")
    stopping = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stopping.set())
    try:
        stopping.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
