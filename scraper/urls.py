"""URL hygiene shared by all platforms (platform parsers add their own rules)."""
from __future__ import annotations

import html
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that never identify content (tracking, Liferay state, print).
_DROP_PARAMS_PREFIXES = ("utm_", "p_p_", "_101_INSTANCE_", "fbclid")
_DROP_PARAMS = {"redirect", "inheritRedirect", "fbclid", "gclid", "Source", "Mode"}


def path_and_query(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + ("?" + parts.query if parts.query else "")


def same_site(url: str, other: str) -> bool:
    """Same scheme-less host and port (www. ignored)."""
    a, b = urlsplit(url), urlsplit(other)
    return _host_port(a) == _host_port(b)


def _host_port(parts) -> tuple[str, int | None]:
    host = (parts.hostname or "").lower().removeprefix("www.")
    port = parts.port
    default = {"http": 80, "https": 443}.get(parts.scheme)
    return host, (None if port == default else port)


def canonicalize(url: str, keep_params: tuple[str, ...] | None = None) -> str:
    """Generic canonical form: unescaped `&amp;`, no default port, no fragment,
    tracking and Liferay state parameters dropped, remaining query sorted.

    `keep_params`, when given, is the whole allow-list of query parameters.
    """
    parts = urlsplit(html.unescape(url.strip()))
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
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", query, ""))
