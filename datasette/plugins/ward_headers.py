"""Datasette plugin: security headers on every response (desk and public).

The archive serves text that strangers wrote. It is escaped everywhere, and
links are only emitted for http(s) URLs; these headers are the second wall,
for the day an escape is forgotten:

* `Content-Security-Policy`: scripts only from this server, plus Datasette's
  own few inline scripts, allowed one by one by their SHA-256 hash. An inline
  script that is not one of them (say, one smuggled in by an archived page)
  does not run; neither do inline event handlers or `javascript:` links.
* `X-Content-Type-Options: nosniff`: a browser never guesses that a text
  or JSON response is HTML or script.

A response that brings its own policy keeps it: the "page as fetched" view
(plugins/ward_archive.py) sends a stricter, sandboxed one.
"""
from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

import datasette as datasette_package
from datasette import hookimpl

DATASETTE_TEMPLATES = Path(datasette_package.__file__).parent / "templates"
_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)


def datasette_inline_scripts() -> set[str]:
    """The inline scripts Datasette's templates render, as rendered. Only
    table.html's has a variable in it, `datasette_allow_facet` ("true" or
    "false"); tests/test_hostile_serving.py checks every page we serve
    against these, so a Datasette upgrade that adds one is caught."""
    scripts = set()
    for template in DATASETTE_TEMPLATES.glob("*.html"):
        for body in _INLINE_SCRIPT.findall(template.read_text(encoding="utf-8")):
            for allow_facet in ("true", "false"):
                scripts.add(body.replace("{{ datasette_allow_facet }}", allow_facet))
    return scripts


def script_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


# Styles may be inline (Datasette's pages and our templates use style
# attributes); CSS cannot run script. Images only from here or data: URLs
# (Datasette's own icons); the article page links to a portal's images, it
# never embeds them.
CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'self'",
    "script-src 'self' " + " ".join(sorted(script_hash(s) for s in datasette_inline_scripts())),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])
SECURITY_HEADERS = ((b"content-security-policy", CONTENT_SECURITY_POLICY.encode("ascii")),
                    (b"x-content-type-options", b"nosniff"))


def with_security_headers(app):
    """The ASGI app, adding the headers to every HTTP response that lacks them."""
    async def wrapped(scope, receive, send):
        if scope["type"] != "http":
            return await app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {bytes(name).lower() for name, _ in headers}
                headers += [(name, value) for name, value in SECURITY_HEADERS if name not in present]
                message = {**message, "headers": headers}
            await send(message)

        return await app(scope, receive, send_with_headers)

    return wrapped


@hookimpl
def asgi_wrapper(datasette):
    return with_security_headers
