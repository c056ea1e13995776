"""URL hygiene shared by all platforms (platform parsers add their own rules).

`canonicalize` applies the rules of portals.md section 4.6 that hold on every
platform: `&amp;` unescaped, default ports (`:443`, `:80`) and `www.` dropped,
fragment dropped, tracking and Liferay state parameters (`redirect`,
`inheritRedirect`, `p_p_*`, `_101_INSTANCE_*`) dropped, the remaining query
sorted (the Huế CMS writes `?cn=&gd=&tc=` in any order), non-ASCII path
characters percent-encoded from NFC (so an IRI and its encoded form agree),
and the Liferay locale prefix (`/en/`, `/en_US/`, `/vi_VN/` before `web/…` or
a `/-/` path) removed. Other locale prefixes are content: NukeViet's `/vi/`
and `/en/` select the site language, so they stay.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from urllib.parse import parse_qsl, quote, urlencode, urljoin, urlsplit, urlunsplit

# Query parameters that never identify content (tracking, Liferay state, print).
_DROP_PARAMS_PREFIXES = ("utm_", "p_p_", "_101_INSTANCE_", "fbclid")
_DROP_PARAMS = {"redirect", "inheritRedirect", "fbclid", "gclid", "Source", "Mode"}
_AMP = re.compile(r"&(?:amp|#0*38|#x0*26);", re.I)
_LIFERAY_LOCALE = re.compile(r"^/(?:en|en_US|en_GB|vi_VN)(?=/)")
# Characters left as they are in a path: RFC 3986 unreserved, sub-delims, ':@/' and '%'.
_PATH_SAFE = "/:@!$&'()*+,;=-._~%"


# The only schemes the archive ever requests, stores or links to.
WEB_SCHEMES = frozenset(("http", "https"))
# What the WHATWG URL parser removes before it reads a URL: C0 controls and
# spaces at either end, and tabs and newlines anywhere. A browser reads
# `java<TAB>script:` and ` \x01JavaScript:` as `javascript:`; so must we.
_C0_AND_SPACE = "".join(chr(code) for code in range(0x21))
_TAB_OR_NEWLINE = re.compile(r"[\t\n\r]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def web_url(href: str | None, base: str) -> str | None:
    """The absolute http(s) URL a browser would follow for `href` on the page
    at `base`, or None when it would go anywhere else (javascript:, data:,
    file:, ftp:, mailto:, ... in any case or disguise) or nowhere (a fragment)."""
    if not href:
        return None
    cleaned = href.strip(_C0_AND_SPACE)
    if not cleaned or cleaned.startswith("#"):
        return None
    # (A printable href holds no tab, newline or other control: nothing to remove or encode.)
    if not cleaned.isprintable():
        cleaned = _TAB_OR_NEWLINE.sub("", cleaned)
        if not cleaned or cleaned.startswith("#"):
            return None
        # Controls left inside are percent-encoded, as the parser does.
        cleaned = _CONTROL.sub(lambda m: f"%{ord(m.group(0)):02X}", cleaned)
    try:
        joined = _joined_simply(cleaned, base)
        if joined is not None:
            return joined       # (http or https by its shape)
        url = urljoin(base, cleaned)
        scheme = urlsplit(url).scheme
    except ValueError:  # e.g. an invalid IPv6 literal
        return None
    return url if scheme.lower() in WEB_SCHEMES else None


# Most hrefs are of two shapes whose join `urljoin` makes without resolving
# anything (a join is the cost of a link): an absolute http(s) URL in ASCII
# with a host, which it gives back as it is, and a path from the root without dot
# segments, which it writes after the page's scheme and host. Neither shape
# has a fragment, path parameters, an empty query or an IPv6 host.
_ABSOLUTE_AS_IS = re.compile(r"https?://[^/?#;\[\]]+(?:/[^?#;\[\]]*)?(?:\?[^#]+)?")
_FROM_THE_ROOT = re.compile(r"/(?!/)[^?#;]*(?:\?[^#]+)?")


def _joined_simply(href: str, base: str) -> str | None:
    """`urljoin(base, href)` for an href of those shapes, else None; raises
    ValueError where `urljoin` would (a page URL it cannot read)."""
    if _ABSOLUTE_AS_IS.fullmatch(href) and href.isascii():
        _page_parts(base)
        return href
    if _FROM_THE_ROOT.fullmatch(href) and "/." not in href.partition("?")[0]:
        page = _page_parts(base)
        if page.scheme in WEB_SCHEMES:
            return f"{page.scheme}://{page.netloc}{href}"
    return None


@lru_cache(maxsize=2)     # the page a link is on, read once for all its links
def _page_parts(base: str):
    return urlsplit(base)


def is_web_url(url: str | None) -> bool:
    """An absolute http(s) URL, after the WHATWG cleaning."""
    return bool(url) and web_url(url, "") == url


def path_and_query(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + ("?" + parts.query if parts.query else "")


def same_site(url: str, other: str) -> bool:
    """Same scheme-less host and port (www. ignored)."""
    a, b = urlsplit(url), urlsplit(other)
    return _host_port(a) == _host_port(b)


def same_portal(url: str, other: str) -> bool:
    """Same site, or two hosts of one province's government portal: the same
    name under gov.vn ("quephong.nghean.gov.vn" and the portal's files host,
    "datafiles.nghean.gov.vn")."""
    if same_site(url, other):
        return True
    a, b = (urlsplit(value).hostname or "" for value in (url, other))
    return a.endswith(".gov.vn") and a.split(".")[-3:] == b.split(".")[-3:] and a.count(".") >= 2


def same_page(one: str, other: str) -> bool:
    """Two addresses of one page: up to the scheme, a "www.", a trailing slash,
    the fragment and the spelling of the path's escapes ("%c6%b0" and "%C6%B0")."""
    def key(url: str) -> tuple[str, str, str]:
        parts = urlsplit(canonicalize(url))
        return (*host_and_path(parts), parts.query)
    return key(one) == key(other)


def host_and_path(parts) -> tuple[str, str]:
    """A split URL's host (lower case, "www." dropped) and path (no trailing
    slash): what two spellings of one page's address share."""
    return parts.netloc.lower().removeprefix("www."), parts.path.rstrip("/")


def _host_port(parts) -> tuple[str, int | None]:
    host = (parts.hostname or "").lower().removeprefix("www.")
    try:
        port = parts.port
    except ValueError:
        port = None
    default = {"http": 80, "https": 443}.get(parts.scheme)
    return host, (None if port == default else port)


def unescape_amp(url: str) -> str:
    """`&amp;` (also `&#38;`, `&#x26;`) back to `&`, as stored links write it.

    Only the ampersand: a full HTML unescape would turn `&para=` into `¶=`."""
    return _AMP.sub("&", url) if "&" in url else url     # (most URLs hold none)


def strip_liferay_locale(path: str) -> str:
    """`/en_US/web/neoportal/…` -> `/web/neoportal/…`; `/en/chi-ao/-/asset_publisher/…`
    -> `/chi-ao/-/asset_publisher/…`. Paths that are not Liferay's keep their prefix."""
    match = _LIFERAY_LOCALE.match(path)
    if match:
        rest = path[match.end():]
        if rest.startswith(("/web/", "/group/")) or "/-/" in rest:
            return rest
    return path


def encode_path(path: str) -> str:
    """Percent-encode non-ASCII characters (from NFC) and spaces; keep existing
    escapes, upper-cased, so `/quận-tân-bình/` and `/qu%e1%ba%adn-…/` agree."""
    path = unicodedata.normalize("NFC", path)
    encoded = quote(path, safe=_PATH_SAFE)
    return re.sub(r"%[0-9a-f]{2}", lambda m: m.group(0).upper(), encoded)


def canonicalize(url: str, keep_params: tuple[str, ...] | None = None) -> str:
    """Generic canonical form (see the module docstring).

    `keep_params`, when given, is the whole allow-list of query parameters.
    """
    parts = urlsplit(unescape_amp(url.strip()))
    host, port = _host_port(parts)
    netloc = host if port is None else f"{host}:{port}"
    params = []
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if keep_params is not None:
            if key in keep_params:
                params.append((key, value))
        elif key not in _DROP_PARAMS and not key.startswith(_DROP_PARAMS_PREFIXES):
            params.append((key, value))
    query = urlencode(sorted(params))
    path = encode_path(strip_liferay_locale(parts.path or "/"))
    return urlunsplit((parts.scheme.lower(), netloc, path, query, ""))


def section_steps(url: str | None, links=()) -> set[str]:
    """The sections a page's address passes through, their words as a title's
    match key gives them: the path's short words-and-dashes steps before the
    last ("/tin-tuc/tin-hoat-dong-xa-thi-tran/xem/…" -> "tin tuc", "tin hoat dong xa
    thi tran") that the page lies deep under (four steps or more), or that another
    of the page's `links` goes through to a page further down: a section holds other
    pages. (A post's own short slug comes a step before its view: "/<slug>/amp/".)"""
    path = urlsplit(url or "").path.rstrip("/")
    steps = path.split("/")[1:-1]
    prefixes = {"/".join(["", *steps[:at + 1]]): step.replace("-", " ") for at, step in enumerate(steps)
                if step.count("-") < SECTION_NAME_MOST_WORDS and _WORDS_AND_DASHES.match(step)}
    if not prefixes:
        return set()    # (no link is read: most addresses pass through no such step)
    found = {words for prefix, words in prefixes.items() if path.count("/", len(prefix)) >= _DEEP_STEPS}
    for link in links:
        other = urlsplit(link).path.rstrip("/")
        if other != path:
            found.update(words for prefix, words in prefixes.items() if other.startswith(prefix + "/"))
    return found


_WORDS_AND_DASHES = re.compile(r"^[a-z]+(?:-[a-z]+)+$")
SECTION_NAME_MOST_WORDS = 6  # "tin-hoat-dong-xa-thi-tran"; a headline's slug is longer
_DEEP_STEPS = 4              # "/<section>/xem/!ut/p/z0/…", not "/<slug>/amp" nor "/<slug>/ct/<cat>/<id>"
