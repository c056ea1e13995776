"""Datasette plugin: /robots.txt for a published archive.

By default it asks every crawler to stay out. Two reasons: a Datasette
instance has an unbounded URL space (every facet, filter, sort and page is
a URL), and a search engine's copy of a page outlives a later suppression
under the personal data law. A publisher who wants article pages indexed
sets their own rules in metadata:

    plugins:
      ward-public:
        robots_txt: |
          User-agent: *
          Disallow: /*?
"""
from __future__ import annotations

from datasette import hookimpl
from datasette.utils.asgi import Response

DEFAULT_ROBOTS_TXT = "User-agent: *\nDisallow: /\n"


@hookimpl
def register_routes():
    return [(r"^/robots\.txt$", robots_txt)]


async def robots_txt(datasette):
    config = datasette.plugin_config("ward-public") or {}
    return Response.text(config.get("robots_txt") or DEFAULT_ROBOTS_TXT)
