"""The article page in Debian's chromium, headless (issue 14 items 3 and 7):
the frame shows the archived page with its archived images and nothing is
refused by a policy; a hostile capture runs nothing and loads nothing in the
frame; after the replica edits an article and the archive re-crawls it, the
diff page marks what changed."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest

from ward_replica.server import ReplicaServer, write_registry
from tests.conftest import DatasetteProcess, run_cli
from tests.test_article_page import HOSTILE, hostile_archive
from tests.test_browser import browser, refused_by_policy  # noqa: F401 (a fixture)
from tests.test_search import url_of

pytestmark = pytest.mark.browser


def article_path(key: str) -> str:
    from datasette.utils import tilde_encode

    return "/archive/articles/" + tilde_encode(key)


def sql(server, query: str) -> list[dict]:
    return server.json("/archive.json?_shape=array&sql=" + quote(query))


def open_article(browser, server, query: str, suffix: str = ""):
    """The article page of the one row `query` selects (canonical_url, ...):
    (the row, the page, what its policy refused)."""
    [row] = sql(server, query)
    page = browser.new_page()
    refused = refused_by_policy(page)
    page.goto(server.base + article_path(row["canonical_url"]) + suffix)
    return row, page, refused


def archived_frame(page):
    """The article page's frame, once its document has loaded."""
    page.wait_for_selector("iframe.ward-frame")
    frame = page.frame_locator("iframe.ward-frame")
    frame.locator("body").wait_for(state="attached")
    return frame


def test_the_frame_shows_the_archived_page_with_its_images(browser, datasette):
    row, page, refused = open_article(
        browser, datasette, "select canonical_url, title from articles where capture_id is not null and "
        "canonical_url in (select article_url from images where fetch_status = 'captured') "
        "order by canonical_url limit 1")
    assert page.locator("article.ward-article h1").inner_text() == row["title"]
    frame = archived_frame(page)
    frame.locator("#ward-article-title").wait_for(state="attached")   # the document has arrived
    # the portal's own page: its title among the page's text, its images from the archive
    shown = " ".join(frame.locator("body").inner_text().split()).casefold()
    assert " ".join(row["title"].split()).casefold() in shown
    # opened at the article's title, not at the portal's menus
    assert page.locator("iframe.ward-frame").get_attribute("src").endswith("#ward-article-title")
    assert frame.locator("#ward-article-title").count() == 1
    assert title_on_first_screen(page)
    images = frame.locator("img[src^='/-/file/archive/']")
    assert images.count() >= 1
    widths = [images.nth(n).evaluate("img => img.complete && img.naturalWidth") for n in range(images.count())]
    assert all(widths), widths
    assert refused == []


def title_on_first_screen(page) -> bool:
    """Whether the frame shows the portal's title without scrolling, once its
    images have loaded (they may shift what is above the title)."""
    page.wait_for_load_state("load")
    inner = next(frame for frame in page.frames if "/-/archived/" in frame.url)
    top, height = inner.evaluate("() => [document.getElementById('ward-article-title')"
                                 ".getBoundingClientRect().top, innerHeight]")
    return -2 < top < height / 2   # a scroll to the anchor leaves it within a pixel of the top


def test_every_platform_s_frame_opens_at_the_title(browser, datasette):
    # One article with a capture per platform: their layouts put different heights of menus
    # and banners above the title, and a frame laid out at the wrong width scrolls wrong.
    rows = sql(datasette, "select platform, min(canonical_url) as canonical_url from articles "
                          "where capture_id is not null group by platform order by platform")
    assert len(rows) >= 7
    missed = []
    for row in rows:
        page = browser.new_page(viewport={"width": 1366, "height": 768})
        page.goto(datasette.base + article_path(row["canonical_url"]))
        archived_frame(page).locator("#ward-article-title").wait_for(state="attached")
        if not title_on_first_screen(page):
            missed.append(row["platform"])
        page.close()
    assert missed == []


def test_a_hostile_capture_runs_and_loads_nothing(browser, tmp_path):
    server = DatasetteProcess(Path(hostile_archive(tmp_path / "archive.db")))
    try:
        page = browser.new_page()
        refused = refused_by_policy(page)
        # a script stopped by the sandbox is reported too: nothing should reach the browser to be stopped
        blocked = []
        page.on("console", lambda message: blocked.append(message.text)
                if "Blocked" in message.text or "sandbox" in message.text else None)
        requested = []
        page.on("request", lambda request: requested.append(request.url))
        dialogs = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.goto(server.base + article_path(HOSTILE))
        frame = archived_frame(page)
        frame.locator("h1.tieu-de").wait_for()
        page.wait_for_timeout(1500)   # time for a refresh, an onload or a fetch to happen
        # the frame's page keeps its look (its stylesheet, from the archive) and its archived image
        assert frame.locator("h1.tieu-de").evaluate("h => getComputedStyle(h).color") == "rgb(200, 0, 0)"
        assert frame.locator("img").first.evaluate("img => img.complete && img.naturalWidth") == 1
        # nothing ran: no title set, no request but the page, the frame and the archive's files
        assert frame.locator("html").evaluate("() => document.title") == ""
        assert "pwned" not in page.title()
        assert not [url for url in requested if "beacon" in url or "127.0.0.2" in url], requested
        assert {url.split(server.base, 1)[-1].split("/")[2] for url in requested
                if url.startswith(server.base + "/-/")} <= {"archived", "file", "static"}, requested
        assert dialogs == [] and refused == [] and blocked == []
    finally:
        server.stop()


@pytest.fixture(scope="module")
def recrawled(tmp_path_factory):
    """An archive of the replica's first edition, re-crawled in full after the
    second edition edited some articles; served by Datasette."""
    tmp = tmp_path_factory.mktemp("recrawl")
    db = tmp / "archive.db"
    with ReplicaServer(port=0) as replica:
        registry = tmp / "portals.csv"
        write_registry(replica, registry)
        first = run_cli("crawl", "--portals", registry, "--db", db)
        assert first.returncode == 0, first.stderr[-3000:]
        replica.set_edition(2)
        second = run_cli("crawl", "--portals", registry, "--db", db, "--full")
        assert second.returncode == 0, second.stderr[-3000:]
    server = DatasetteProcess(db)
    yield server
    server.stop()


def test_the_diff_page_marks_what_the_portal_changed(browser, recrawled):
    row, page, refused = open_article(
        browser, recrawled, "select a.canonical_url, v.body_text as old, a.body_text as new from articles a "
        "join article_versions v on v.canonical_url = a.canonical_url and v.version = 1 "
        "where a.version = 2 and a.body_text != v.body_text order by a.canonical_url limit 1", "?lang=en")
    page.locator("a.ward-diff-link").first.click()
    page.wait_for_selector("section[data-field=body_text] .ward-diff-text")
    text = page.locator("section[data-field=body_text]")
    assert text.locator("del").count() + text.locator("ins").count() > 0
    # what is struck through was in version 1 and what is underlined is in version 2
    assert all(piece.strip() in row["old"] for piece in text.locator("del").all_inner_texts())
    assert all(piece.strip() in row["new"] for piece in text.locator("ins").all_inner_texts())
    assert text.locator("ins").first.evaluate("e => getComputedStyle(e).textDecorationLine") == "underline"
    assert refused == []
