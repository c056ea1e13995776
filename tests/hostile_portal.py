"""A hostile ward portal for the tests: links, headers and bodies chosen to hurt.

A portal is a stranger's server. This one serves, on loopback only, every
trick of issue 8 at once, each behind its own path so a test can aim at one:

  /tin-tuc/                 listing: healthy articles, links to file://,
                            ftp://, data: and s3:// URLs on the portal's own
                            host, a pager to file:///dev/zero, and links to
                            a cross-portal redirect
  /tin-tuc/bai-viet-N.html  healthy articles (N < ARTICLES); one carries image
                            and attachment URLs that are script in disguise
  /chuyen/bai-viet-N.html   301 to another portal's article (takeover by redirect)
  /thong-bao/               listing with BOGUS_LINKS links to articles that 404
  /bom.html                 a gzip body that inflates to BOMB_BYTES
  /loi/?trang=N             a paged listing (PAGED_PAGES pages of PAGED_LINKS
                            links) to articles that 404
  /chuyen/                  a WordPress-style listing whose links
                            /chuyen-bai-viet-N/ 301 to the other portal's articles
  /tin-moi/                 a plain listing of the healthy articles
  /rong/                    a listing of articles that read as nothing (no title, no body)
  /robots.txt               `Crawl-delay` as the test chose (default none),
                            padded past RFC 9309's 500 KiB if asked
  /transport/               listing of the transport tricks below
  /transport/slow-N.html    no answer for `slow_seconds` (a download timeout)
  /transport/big-N.html     a body of BIG_BYTES (the download size cap)
  /transport/header-N.html  a header line of HUGE_HEADER bytes
  /transport/to-file-N.html 301 to file://<portal host:port><local_file>.html
  /tep/                     listing of FILE_ARTICLES articles linking files (the
                            file capture tests): a JPEG, a PDF two articles
                            link, its byte-identical copy under another name,
                            an oversize PDF (announced and not), an HTML page
                            served as a PDF, a PDF that 404s, a PDF robots.txt
                            disallows (/cam/), an image that is no image, and
                            the page's stylesheet
(`bogus_linked = False` switches the links of /thong-bao/ and /loi/ off:
the portal stopped linking them.)

Everything is bounded: a fixed page set, daemon threads, no loop that sends
without a request, and nothing but 127.0.0.0/8 is ever bound.
"""
from __future__ import annotations

import contextlib
import gzip
import io
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARTICLES = 6
BOGUS_LINKS = 2_000
BOMB_BYTES = 256 * 1024 * 1024
PAGED_PAGES, PAGED_LINKS = 3, 100
BIG_BYTES = 2 * 1024 * 1024
HUGE_HEADER = 64 * 1024
ROBOTS_PARSE_LIMIT = 500 * 1024  # RFC 9309 2.5: a crawler parses at least this much
FILE_ARTICLES = 2
OVERSIZE_BYTES = 300 * 1024    # the oversize files (a test sets the file cap below it)
# Script in disguise: each is `javascript:` once a browser has removed what
# the WHATWG URL parser removes (tabs, newlines, leading controls, case).
SCRIPT_URLS = ("JavaScript:alert(1)", "java\tscript:alert(2)", "java\nscript:alert(3)",
               " \x01javascript:alert(4)", "JAVASCRIPT:alert(5)//.pdf")

_PARAGRAPH = ("Sáng ngày {day}/10/2025, Ủy ban nhân dân phường Thử Nghiệm tổ chức hội nghị triển khai "
              "nhiệm vụ trọng tâm quý IV năm 2025 với sự tham dự của lãnh đạo Đảng ủy, HĐND, UBND phường "
              "và các tổ dân phố trên địa bàn. Hội nghị đã đánh giá kết quả thực hiện kế hoạch số {n}/KH-UBND "
              "và thống nhất các giải pháp bảo đảm an ninh trật tự, vệ sinh môi trường.")


def _article_html(n: int, extra: str = "") -> str:
    paragraphs = "".join(f"<p>{_PARAGRAPH.format(day=10 + i, n=n * 10 + i)}</p>" for i in range(3))
    return (f"<!DOCTYPE html><html lang=vi><head><meta charset=utf-8>"
            f"<title>Hội nghị triển khai nhiệm vụ số {n} - Cổng thông tin phường Thử Nghiệm</title></head>"
            f"<body><div class=menu><a href=/>Trang chủ</a> <a href=/tin-tuc/>Tin tức</a></div>"
            f"<article class=news-detail><h1>Hội nghị triển khai nhiệm vụ số {n} của phường Thử Nghiệm</h1>"
            f"<div class=date>Ngày đăng: 1{n % 10}/10/2025</div>{paragraphs}{extra}"
            f"<p>Minh Tâm - Văn phòng HĐND và UBND</p></article>"
            f"<div class=footer>Cổng thông tin điện tử phường Thử Nghiệm</div></body></html>")


def _script_extra() -> str:
    images = "".join(f'<p><img src="{url}" alt=""></p><p><em>Ảnh minh họa {i}</em></p>'
                     for i, url in enumerate(SCRIPT_URLS))
    files = "".join(f'<p><a href="{url}">Tải về kế hoạch {i}.pdf</a></p>' for i, url in enumerate(SCRIPT_URLS))
    return images + files


def _listing_html(links: list[tuple[str, str]], pager: str = "") -> str:
    items = "".join(f'<li><a href="{href}">{text}</a></li>' for href, text in links)
    return (f"<!DOCTYPE html><html lang=vi><head><meta charset=utf-8><title>Tin tức</title></head>"
            f"<body><h1>Tin tức</h1><ul class=news-list>{items}</ul>{pager}</body></html>")


def _headline(n: int) -> str:
    return f"Hội nghị triển khai nhiệm vụ số {n} của phường Thử Nghiệm năm 2025"


class HostilePortal:
    """The hostile portal on 127.0.0.1:<free port>; `other_base` is the portal
    its redirects lead to; `local_file` a file of the crawler's own disk that
    its file:// links name."""

    def __init__(self, local_file: str = "/etc/hostname", other_base: str = "http://127.0.0.1:9/",
                 crawl_delay: float | None = None, host: str = "127.0.0.1",
                 robots_padding: int = 0, slow_seconds: float = 20.0):
        self.local_file = local_file
        self.robots_padding = robots_padding  # bytes of comments after the rules
        self.slow_seconds = slow_seconds
        self.stopping = threading.Event()
        self.first_hit: dict[str, float] = {}
        self.last_hit: dict[str, float] = {}
        self.other_base = other_base.rstrip("/")
        self.crawl_delay = crawl_delay
        self.bogus_linked = True
        self.hits: dict[str, int] = {}
        self._lock = threading.Lock()
        self.server = ThreadingHTTPServer((host, 0), _Handler)
        self.server.daemon_threads = True
        self.server.portal = self
        self.host, self.port = self.server.server_address[:2]
        self.base = f"http://{host}:{self.port}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> "HostilePortal":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stopping.set()  # slow answers give up
        self.server.shutdown()
        self.server.server_close()

    def count(self, path: str) -> None:
        with self._lock:
            self.hits[path] = self.hits.get(path, 0) + 1
            now = time.monotonic()
            self.first_hit.setdefault(path, now)
            self.last_hit[path] = now

    def registry_row(self, slug: str = "hostile", listing_paths: str = "/tin-tuc/") -> str:
        return f"{slug},Phường Thử Nghiệm,,Hà Nội,generic,{self.base}/,{listing_paths}\n"

    # ---- pages ------------------------------------------------------------
    def robots(self) -> bytes:
        text = "User-agent: *\nDisallow: /cam/\nAllow: /\n"
        if self.crawl_delay is not None:
            text += f"Crawl-delay: {self.crawl_delay:g}\n"
        if self.robots_padding:
            line = "# " + "x" * 78 + "\n"
            text += line * (self.robots_padding // len(line) + 1)
        return text.encode()

    def news_listing(self) -> bytes:
        netloc = f"{self.host}:{self.port}"
        links = [(f"/tin-tuc/bai-viet-{n}.html", _headline(n)) for n in range(ARTICLES)]
        links += [
            (f"file://{netloc}{self.local_file}.html", _headline(901)),
            (f"file://{netloc}{self.local_file}", _headline(902)),
            (f"ftp://{netloc}/tin-tuc/bai-viet-903.html", _headline(903)),
            (f"s3://{netloc}/tin-tuc/bai-viet-904.html", _headline(904)),
            (f"data:text/html,<h1>x</h1>#bai-viet-905.html", _headline(905)),
            (f"/chuyen/bai-viet-1.html", _headline(906)),
        ]
        pager = f'<div class=pagination><a href="file://{netloc}/dev/zero?page=2">Trang sau</a></div>'
        return _listing_html(links, pager).encode()

    def bogus_listing(self) -> bytes:
        return _listing_html([(f"/thong-bao/bai-viet-{10_000 + n}.html", _headline(10_000 + n))
                              for n in range(BOGUS_LINKS if self.bogus_linked else 0)]).encode()

    # ---- pages for the link caps, retry budget and takeover tests -----------
    def paged_bogus_listing(self, page: int) -> bytes:
        first = 20_000 + (page - 1) * PAGED_LINKS
        links = [(f"/loi/bai-viet-{n}.html", _headline(n)) for n in range(first, first + PAGED_LINKS)]
        pager = f'<div class=pagination><a href="/loi/?trang={page + 1}">Trang sau</a></div>'
        return _listing_html(links if self.bogus_linked else [],
                             pager if page < PAGED_PAGES and self.bogus_linked else "").encode()

    def redirecting_listing(self) -> bytes:
        """WordPress markup, so that a portal registered as `wordpress` reads
        the other portal's articles with another parser than their owner."""
        items = "".join(f'<article><h2 class=entry-title><a href="/chuyen-bai-viet-{n}/">{_headline(n)}</a>'
                        f"</h2></article>" for n in range(ARTICLES))
        return (f"<!DOCTYPE html><html lang=vi><head><meta charset=utf-8><title>Tin tức</title></head>"
                f"<body><main>{items}</main></body></html>").encode()

    def plain_listing(self) -> bytes:
        return _listing_html([(f"/tin-tuc/bai-viet-{n}.html", _headline(n)) for n in range(ARTICLES)]).encode()

    def article(self, n: int) -> bytes:
        return _article_html(n, _script_extra() if n == 0 else "").encode()


# ---- linked files: what the file capture tests fetch ------------------------
# A tiny valid JPEG and PDF (their first bytes are what matters to the crawler).
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9"
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
# path -> (content type, body) of the files that answer plainly
FILES = {
    "/tep/anh-1.jpg": ("image/jpeg", JPEG),
    "/tep/quyet-dinh.pdf": ("application/pdf", PDF),
    "/tep/ban-sao.pdf": ("application/pdf", PDF),           # the same bytes under another name
    "/tep/loi.pdf": ("application/pdf", b"<!DOCTYPE html><html><body><h1>Kh\xc3\xb4ng t\xc3\xacm th\xe1\xba\xa5y "
                                        b"t\xe1\xbb\x87p</h1></body></html>"),
    "/tep/anh-hong.jpg": ("image/jpeg", b"<html><body>404</body></html>"),
    "/tep/site.css": ("text/css", b"body { color: #333; }\n"),
    "/cam/bi-mat.pdf": ("application/pdf", PDF),            # robots.txt disallows /cam/
}
# Each article's images and attachments, in page order.
FILE_LINKS = {
    0: (["/tep/anh-1.jpg", "/tep/anh-hong.jpg"],
        ["/tep/quyet-dinh.pdf", "/tep/lon.pdf", "/tep/lon-khong-do-dai.pdf", "/tep/loi.pdf"]),
    1: (["/tep/anh-1.jpg"], ["/tep/quyet-dinh.pdf", "/tep/ban-sao.pdf", "/tep/mat.pdf", "/cam/bi-mat.pdf"]),
}


def file_article(n: int) -> bytes:
    images, attachments = FILE_LINKS[n]
    extra = "".join(f'<p><img src="{src}" alt=""></p><p><em>Ảnh {i}</em></p>' for i, src in enumerate(images))
    extra += "".join(f'<p><a href="{url}">Tải về văn bản {i}.pdf</a></p>' for i, url in enumerate(attachments))
    html = _article_html(300 + n, extra).replace("<head>", '<head><link rel="stylesheet" href="/tep/site.css">'
                                                           '<link rel="stylesheet" href="http://127.0.0.2/x.css">', 1)
    return html.encode()


def _file_route(handler: "_Handler", path: str) -> None:
    match = re.match(r"^/tep/bai-viet-(\d+)\.html$", path)
    if path == "/tep/":
        handler._send(200, _listing_html([(f"/tep/bai-viet-{n}.html", _headline(300 + n))
                                          for n in range(FILE_ARTICLES)]).encode())
    elif match and int(match.group(1)) < FILE_ARTICLES:
        handler._send(200, file_article(int(match.group(1))))
    elif path in FILES:
        content_type, body = FILES[path]
        handler._send(200, body, content_type)
    elif path == "/tep/lon.pdf":       # announced: Content-Length over the cap
        handler._send(200, PDF + bytes(OVERSIZE_BYTES), "application/pdf")
    elif path == "/tep/lon-khong-do-dai.pdf":   # not announced: no length, the body ends with the connection
        handler.send_response(200)
        handler.send_header("Content-Type", "application/pdf")
        handler.send_header("Connection", "close")
        handler.end_headers()
        handler.close_connection = True
        with contextlib.suppress(OSError):   # the crawler hangs up at its cap
            for _ in range(OVERSIZE_BYTES // 4096 + 1):
                handler.wfile.write(bytes(4096))
    else:
        handler._send(404, b"<h1>404</h1>")


# ---- transport tricks: timeouts, size caps, headers, redirects off the web ----
TRANSPORT_TRICKS = ("slow", "big", "header", "to-file")


def transport_listing(portal: "HostilePortal") -> bytes:
    links = [(f"/transport/{trick}-{n}.html", _headline(700 + n)) for n, trick in enumerate(TRANSPORT_TRICKS)]
    return _listing_html(links).encode()


def _transport_route(handler: "_Handler", portal: "HostilePortal", path: str) -> None:
    trick = path.removeprefix("/transport/").rsplit("-", 1)[0]
    if path == "/transport/":
        handler._send(200, transport_listing(portal))
    elif trick == "slow":
        # Bounded: gives up after slow_seconds, or at once when the portal stops.
        portal.stopping.wait(portal.slow_seconds)
        with contextlib.suppress(OSError):  # the crawler gave up first
            handler._send(200, portal.article(1))
    elif trick == "big":
        handler._send(200, b"<p>" + b"x" * BIG_BYTES + b"</p>")
    elif trick == "header":
        handler._send(200, portal.article(2), headers={"X-Padding": "x" * HUGE_HEADER})
    elif trick == "to-file":
        netloc = f"{portal.host}:{portal.port}"
        handler._send(301, b"", headers={"Location": f"file://{netloc}{portal.local_file}.html"})
    else:
        handler._send(404, b"<h1>404</h1>")


def gzip_bomb(size: int = BOMB_BYTES) -> bytes:
    """A gzip member of `size` zero bytes (about size/1000 compressed)."""
    buffer = io.BytesIO()
    chunk = bytes(1024 * 1024)
    with gzip.GzipFile(fileobj=buffer, mode="wb", compresslevel=9) as stream:
        for _ in range(size // len(chunk)):
            stream.write(chunk)
    return buffer.getvalue()


_BOMB: bytes | None = None
# An article page whose article is gone: a title, menus and a footer, no text.
EMPTY_ARTICLE = ("<!DOCTYPE html><html lang=vi><head><meta charset=utf-8><title>Tin tức</title></head><body>"
                 "<div class=menu><a href=/>Trang chủ</a> <a href=/tin-tuc/>Tin tức</a></div>"
                 "<div class=footer>Cổng thông tin điện tử phường Thử Nghiệm</div></body></html>")
_EMPTY_ARTICLE = re.compile(r"^/rong/bai-viet-\d+\.html$")
_ARTICLE_PATH = re.compile(r"^/tin-tuc/bai-viet-(\d+)\.html$")
_REDIRECTING_PATH = re.compile(r"^/chuyen-bai-viet-(\d+)/$")


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        global _BOMB
        portal: HostilePortal = self.server.portal
        path = self.path.split("?", 1)[0]
        portal.count(path)
        if self._link_pages(portal, path) or self._health_pages(path):
            return
        match = _ARTICLE_PATH.match(path)
        if path == "/robots.txt":
            self._send(200, portal.robots(), "text/plain")
        elif path == "/tin-tuc/":
            self._send(200, portal.news_listing())
        elif path == "/thong-bao/":
            self._send(200, portal.bogus_listing())
        elif match and int(match.group(1)) < ARTICLES:
            self._send(200, portal.article(int(match.group(1))))
        elif path.startswith("/chuyen/"):
            target = portal.other_base + path.replace("/chuyen/", "/tin-tuc/")
            self._send(301, b"", headers={"Location": target})
        elif path.startswith("/transport/"):
            _transport_route(self, portal, path)
        elif path.startswith(("/tep/", "/cam/")):
            _file_route(self, path)
        elif path == "/bom.html":
            _BOMB = _BOMB or gzip_bomb()
            self._send(200, _BOMB, headers={"Content-Encoding": "gzip"})
        else:
            self._send(404, b"<h1>404</h1>")

    def _link_pages(self, portal: HostilePortal, path: str) -> bool:
        """The pages of the link caps, retry budget and takeover tests; False
        for any other path."""
        redirect = _REDIRECTING_PATH.match(path)
        if path == "/loi/":
            page = re.search(r"[?&]trang=(\d{1,2})\b", self.path)
            self._send(200, portal.paged_bogus_listing(int(page.group(1)) if page else 1))
        elif path == "/chuyen/":
            self._send(200, portal.redirecting_listing())
        elif redirect:
            target = f"{portal.other_base}/tin-tuc/bai-viet-{redirect.group(1)}.html"
            self._send(301, b"", headers={"Location": target})
        elif path == "/tin-moi/":
            self._send(200, portal.plain_listing())
        else:
            return False
        return True

    def _health_pages(self, path: str) -> bool:
        """Pages that read as nothing (the portal-health tests); False for any other path."""
        if path == "/rong/":
            self._send(200, _listing_html([(f"/rong/bai-viet-{n}.html", _headline(800 + n))
                                           for n in range(ARTICLES)]).encode())
        elif _EMPTY_ARTICLE.match(path):
            self._send(200, EMPTY_ARTICLE.encode())
        else:
            return False
        return True

    def _send(self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8",
              headers: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)
