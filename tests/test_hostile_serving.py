"""Hostile readers and hostile stored content, served (issue 8, failures 3, 4
and 7): a real archive written by the store, our Datasette (metadata,
templates, plugins) in process or as a child process on loopback.

* Stored script: archives made before extraction refused `JavaScript:` and
  its disguises hold such image and attachment URLs; no page may link to them,
  and every page sends a Content-Security-Policy and nosniff.
"""
from __future__ import annotations

import asyncio
import base64
import hashlib
import html
import re
import sqlite3
from html.parser import HTMLParser
from urllib.parse import quote

import pytest
from datasette.utils import tilde_encode

from ward_archive.serve import datasette_app
from ward_scraper.util.urls import web_url

from tests.hostile_portal import SCRIPT_URLS
from tests.test_search import build_archive, url_of

ARTICLE = url_of("a01")


def fetch(ds, *paths) -> list:
    """GET each path from an in-process Datasette."""
    async def get_all():
        return [await ds.client.get(path) for path in paths]
    return asyncio.run(get_all())


def article_page(key: str, database: str = "archive") -> str:
    return f"/{database}/articles/" + tilde_encode(key)


@pytest.fixture
def scripted_archive(tmp_path) -> str:
    """An archive whose article a01 has script-in-disguise image and attachment
    URLs and whose a02 was "published at" one: as an archive made before the
    extraction refused them holds them (written here into the tables directly)."""
    db = tmp_path / "archive.db"
    build_archive(db).close()
    conn = sqlite3.connect(db)
    with conn:
        for position, url in enumerate(SCRIPT_URLS):
            conn.execute("INSERT INTO images (article_url, position, src, caption) VALUES (?, ?, ?, ?)",
                         (ARTICLE, position, url, f"Ảnh {position}"))
            conn.execute("INSERT INTO attachments (article_url, position, url, title) VALUES (?, ?, ?, ?)",
                         (ARTICLE, position, url, None))
        conn.execute("INSERT INTO images (article_url, position, src, caption) VALUES (?, ?, ?, ?)",
                     (ARTICLE, len(SCRIPT_URLS), "https://binhloc.dongnai.gov.vn/anh.jpg", "Ảnh thật"))
        conn.execute("UPDATE articles SET url = ? WHERE canonical_url = ?", (SCRIPT_URLS[1], url_of("a02")))
    conn.close()
    return str(db)


class _Links(HTMLParser):
    """Every href and src of a page, and the text of its inline scripts."""

    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.inline_scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.links += [value for name, value in attrs if name in ("href", "src", "action") and value is not None]
        self._in_script = tag == "script" and "src" not in attributes
        if self._in_script:
            self.inline_scripts.append("")

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.inline_scripts[-1] += data


def links_of(html: str) -> _Links:
    parser = _Links()
    parser.feed(html)
    return parser


def followed_scheme(link: str) -> str | None:
    """What a browser on our http page would follow the link to (None: nothing, a fragment)."""
    url = web_url(link, "http://127.0.0.1:8001/archive/articles")
    return "http" if url else None if link.strip().startswith("#") else "not http(s)"


def test_no_page_links_to_a_script_url(scripted_archive):
    ds = datasette_app(scripted_archive)
    pages = (article_page(ARTICLE), article_page(url_of("a02")), "/archive/images", "/archive/attachments",
             "/archive/images?_search=x", "/archive?sql=" + quote("select src as canonical_url from images"))
    for path, response in zip(pages, fetch(ds, *pages)):
        assert response.status_code == 200, (path, response.text[:300])
        bad = [link for link in links_of(response.text).links if followed_scheme(link) == "not http(s)"]
        assert not bad, (path, bad)
    article = fetch(ds, article_page(ARTICLE))[0].text
    # the URLs are shown, as inert text (images and attachments), and the real image is still a link
    inert = [html.unescape(text) for text in re.findall(r'<span class="ward-inert-url">(.*?)</span>', article, re.S)]
    assert inert == list(SCRIPT_URLS) * 2
    assert '<a href="https://binhloc.dongnai.gov.vn/anh.jpg">' in article


def test_every_page_sends_a_policy_that_allows_only_datasettes_own_inline_scripts(scripted_archive):
    ds = datasette_app(scripted_archive)
    pages = ("/", "/archive", "/archive/articles", article_page(ARTICLE), "/archive/search?q=ubnd",
             "/archive?sql=select+1", "/archive/articles.json", "/-/static/app.css", "/robots.txt",
             "/archive/no-such-table")
    for path, response in zip(pages, fetch(ds, *pages)):
        assert response.headers["x-content-type-options"] == "nosniff", path
        policy = dict(part.strip().split(" ", 1) for part in response.headers["content-security-policy"].split(";"))
        sources = policy["script-src"].split()
        assert "'unsafe-inline'" not in sources and "'unsafe-eval'" not in sources, path
        assert policy["object-src"] == "'none'" and policy["base-uri"] == "'none'"
        for script in links_of(response.text).inline_scripts:
            digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
            assert f"'sha256-{digest}'" in sources, (path, script[:200])
