"""A fetched HTML page: decoded text plus a parsed lxml tree, shared by parsers.

Decoding is done once here so that every parser sees NFC text whatever the
portal sent: a correct charset header, a wrong one, a `<meta charset>`,
windows-1258 with combining tone marks, or no declaration at all.
"""
from __future__ import annotations

import html as html_lib
from functools import cached_property, lru_cache

import lxml.html
from lxml.cssselect import CSSSelector
from bs4.dammit import UnicodeDammit

from ward_scraper.util.text import nfc, squash
from ward_scraper.util.urls import unescape_amp, web_url


@lru_cache(maxsize=1024)
def _compiled(selector: str) -> CSSSelector:
    """Parsers reuse a few dozen selectors on every page: compile each once."""
    return CSSSelector(selector, translator="html")


def decode_html(body: bytes, declared: str | None = None) -> str:
    """Decode raw page bytes to NFC text.

    Declarations are often wrong on ward servers (`charset=iso-8859-1` or
    `windows-1258` headers on UTF-8 pages), and a legacy single-byte codec
    "decodes" any bytes, silently into mojibake. So: bytes that are valid
    UTF-8 and contain multi-byte sequences are UTF-8 (legacy text is
    practically never valid UTF-8); otherwise the declared charset, then
    `<meta charset>`, then detection (UnicodeDammit), windows-1258 last.
    """
    if not body:
        return ""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None and (not text.isascii() or not declared):
        return nfc(text.removeprefix("\ufeff"))
    candidates = [c for c in (declared,) if c]
    dammit = UnicodeDammit(body, known_definite_encodings=candidates, user_encodings=["windows-1258"],
                           is_html=True)
    text = dammit.unicode_markup if dammit.unicode_markup is not None else body.decode("utf-8", "replace")
    return nfc(text)


class Page:
    """One page, addressed by URL, with CSS helpers that return clean text."""

    def __init__(self, url: str, html: str):
        self.url = url
        self.html = nfc(html)

    @classmethod
    def from_bytes(cls, url: str, body: bytes, declared: str | None = None) -> "Page":
        return cls(url, decode_html(body, declared))

    @cached_property
    def tree(self) -> lxml.html.HtmlElement:
        source = self.html or "<html></html>"
        try:
            return lxml.html.document_fromstring(source)
        except (lxml.etree.ParserError, ValueError):
            return lxml.html.document_fromstring("<html><body></body></html>")

    def css(self, selector: str, root=None) -> list:
        return _compiled(selector)(root if root is not None else self.tree)

    def first(self, *selectors: str, root=None):
        """First element matching any selector, in the order given."""
        for selector in selectors:
            found = self.css(selector, root)
            if found:
                return found[0]
        return None

    def text(self, *selectors: str, root=None) -> str | None:
        """Squashed text of the first non-empty match of any selector."""
        for selector in selectors:
            for element in self.css(selector, root):
                value = squash(element.text_content())
                if value:
                    return value
        return None

    def meta(self, *names: str) -> str | None:
        """Content of the first `<meta name|property=...>` present, HTML-unescaped.

        NukeViet double-escapes titles (`&#x3A;`), so unescape after parsing.
        """
        for name in names:
            for element in self.tree.xpath("//meta[@name=$n or @property=$n or @itemprop=$n]", n=name):
                value = element.get("content")
                if value and value.strip():
                    return squash(html_lib.unescape(value))
        return None

    def absolute(self, href: str | None) -> str | None:
        """`href` made absolute against the page, if it leads to an http(s)
        URL; None for every other scheme (see `urls.web_url`)."""
        if not href:
            return None
        # lxml has decoded entities already; unescaping again would turn
        # `?a=1&para=2` into `?a=1¶=2`. Only a literal `&amp;` left in a
        # stored URL is repaired.
        return web_url(unescape_amp(href), self.url)

    def links(self, selector: str = "a[href]", root=None) -> list[str]:
        """Absolute hrefs under `selector`, in page order, without repeats."""
        seen: dict[str, None] = {}
        for element in self.css(selector, root):
            url = self.absolute(element.get("href"))
            if url:
                seen.setdefault(url, None)
        return list(seen)
