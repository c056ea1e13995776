"""Atom feeds (datasette/plugins/ward_feeds.py) over a crawled replica archive,
through the real Datasette: every feed validates against the RELAX NG schema
of RFC 4287 (Appendix B, tests/atom/rfc4287.rnc), ids are unique, dates are
RFC 3339 at +07:00, entries are the newest articles, newest first."""
from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlencode

import pytest
from lxml import etree

from tests.test_doctext import rows as query
from ward_scraper.util.vietnam_time import vietnam_instant, vietnam_time

ATOM = {"a": "http://www.w3.org/2005/Atom"}
SCHEMA = Path(__file__).resolve().parent / "atom" / "rfc4287.rnc"
# RFC 3339 date-time, with seconds and an offset; ours is always Vietnam's.
RFC3339_VIETNAM = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$")
FEED_ENTRIES = 50


@lru_cache(maxsize=1)
def atom_schema() -> etree.RelaxNG:
    """RFC 4287's compact schema, converted by rnc2rng for lxml. rnc2rng
    declares the empty `local` prefix (xmlns:local=""), which XML 1.0
    namespaces forbid; the schema only uses it as `nsName ns=""`."""
    import rnc2rng

    rng = rnc2rng.dumps(rnc2rng.loads(SCHEMA.read_text(encoding="utf-8")))
    rng = re.sub(r'\s+xmlns:local=""', "", rng)
    return etree.RelaxNG(etree.fromstring(rng.encode("utf-8")))


def check_atom(document: bytes) -> etree._Element:
    """The feed, after every check an Atom processor relies on: the schema,
    the two rules the schema states in Schematron (an author and an alternate
    link on every entry), unique ids, RFC 3339 dates at +07:00."""
    root = etree.fromstring(document)
    schema = atom_schema()
    assert schema.validate(root), schema.error_log
    entries = root.findall("a:entry", ATOM)
    for entry in entries:
        assert entry.find("a:author/a:name", ATOM) is not None
        assert len(entry.xpath("a:link[@rel='alternate']", namespaces=ATOM)) == 1
    ids = [root.findtext("a:id", namespaces=ATOM)] + [e.findtext("a:id", namespaces=ATOM) for e in entries]
    assert len(set(ids)) == len(ids)
    assert all(re.match(r"^https?://", i) for i in ids), ids
    for stamp in root.xpath("//a:updated | //a:published", namespaces=ATOM):
        assert RFC3339_VIETNAM.match(stamp.text), stamp.text
    return root


def fetch(datasette, path: str) -> tuple[bytes, str]:
    with urllib.request.urlopen(datasette.base + path, timeout=60) as response:
        return response.read(), response.headers["Content-Type"]


def entry_ids(root) -> list[str]:
    return [e.findtext("a:id", namespaces=ATOM) for e in root.findall("a:entry", ATOM)]


# ---- the validator itself ---------------------------------------------------------

MINIMAL_FEED = """<feed xmlns="http://www.w3.org/2005/Atom"><id>http://x/f</id><title>f</title>
<updated>2026-01-02T03:04:05+07:00</updated><entry><id>http://x/e</id><title>e</title>
<link href="http://x/e" rel="alternate"/><updated>{updated}</updated><author><name>n</name></author>
</entry></feed>"""


def test_the_schema_accepts_a_minimal_feed_and_refuses_a_date_without_a_time():
    check_atom(MINIMAL_FEED.format(updated="2026-01-02T03:04:05+07:00").encode())
    refused = etree.fromstring(MINIMAL_FEED.format(updated="2026-01-02").encode())
    assert not atom_schema().validate(refused)
    no_title = etree.fromstring(MINIMAL_FEED.format(updated="2026-01-02T03:04:05+07:00")
                                .replace("<title>e</title>", "").encode())
    assert not atom_schema().validate(no_title)


def test_vietnam_time_keeps_dates_and_puts_times_at_plus_seven():
    assert vietnam_time("2026-04-09") == "2026-04-09"
    assert vietnam_time("2026-04-09T18:06+07:00") == "2026-04-09T18:06:00+07:00"
    assert vietnam_time("2026-12-04T21:35:35Z") == "2026-12-05T04:35:35+07:00"
    assert vietnam_time(None) is None and vietnam_time("") is None
    assert vietnam_instant("2026-04-09").isoformat() == "2026-04-09T00:00:00+07:00"


# ---- the feeds, served ----------------------------------------------------------

def test_every_ward_feed_is_valid_atom_with_the_wards_newest_articles(crawled, datasette):
    db = crawled[0]
    wards = query(db, "SELECT DISTINCT ward_code FROM portals WHERE ward_code IS NOT NULL")
    assert len(wards) == 7
    for (code,) in wards:
        body, content_type = fetch(datasette, f"/-/feeds/archive/ward/{code}.atom")
        assert content_type.startswith("application/atom+xml")
        root = check_atom(body)
        newest = query(db, "SELECT canonical_url, url, published_at, title, authors FROM articles "
                           "WHERE portal IN (SELECT slug FROM portals WHERE ward_code = ?) "
                           "ORDER BY sort_key DESC", code)
        assert len(newest) > FEED_ENTRIES or code != "26089"  # the replica's Bình Lộc fills a feed
        assert entry_ids(root) == [row[0] for row in newest[:FEED_ENTRIES]]
        for entry, (canonical, url, published, title, authors) in zip(root.findall("a:entry", ATOM), newest):
            assert entry.findtext("a:title", namespaces=ATOM) == title
            related = entry.xpath("a:link[@rel='related']/@href", namespaces=ATOM)
            assert related == [url]
            written = entry.findtext("a:published", namespaces=ATOM)
            assert datetime.fromisoformat(written) == vietnam_instant(published)
            named = json.loads(authors)
            if named:
                assert [a.text for a in entry.findall("a:author/a:name", ATOM)] == named
            assert entry.findtext("a:summary", namespaces=ATOM)
        self_link = root.xpath("a:link[@rel='self']/@href", namespaces=ATOM)
        assert self_link == [f"{datasette.base}/-/feeds/archive/ward/{code}.atom"]
        first_update = root.findtext("a:entry/a:updated", namespaces=ATOM)
        assert root.findtext("a:updated", namespaces=ATOM) >= first_update


def test_an_entry_links_to_its_article_page_in_the_archive(datasette):
    root = check_atom(fetch(datasette, "/-/feeds/archive/ward/26089.atom")[0])
    entry = root.find("a:entry", ATOM)
    page = entry.xpath("a:link[@rel='alternate']/@href", namespaces=ATOM)[0]
    assert page.startswith(f"{datasette.base}/archive/articles/")
    html = fetch(datasette, page[len(datasette.base):])[0].decode("utf-8")
    assert entry.findtext("a:title", namespaces=ATOM) in html


def test_province_feeds_hold_their_wards_articles_newest_first(crawled, datasette):
    db = crawled[0]
    for code, name in query(db, "SELECT DISTINCT w.province_code, w.province_name FROM portals p "
                                "JOIN current_wards w ON w.code = p.ward_code"):
        root = check_atom(fetch(datasette, f"/-/feeds/archive/province/{code}.atom")[0])
        assert name in root.findtext("a:title", namespaces=ATOM)
        expected = query(db, "SELECT a.canonical_url FROM articles a JOIN portals p ON p.slug = a.portal "
                              "JOIN current_wards w ON w.code = p.ward_code WHERE w.province_code = ? "
                              "ORDER BY a.sort_key DESC LIMIT ?", code, FEED_ENTRIES)
        assert entry_ids(root) == [row[0] for row in expected]


def test_a_saved_search_feed_holds_the_searchs_matches_with_its_filters(crawled, datasette):
    db = crawled[0]
    params = {"q": "dai hoi", "province": "Đà Nẵng", "lang": "en"}
    root = check_atom(fetch(datasette, "/-/feeds/archive/search.atom?" + urlencode(params))[0])
    ids = entry_ids(root)
    searched = {row["canonical_url"] for row in datasette.json(
        "/archive/search.json?_shape=objects&" + urlencode(
            {"q": "dai hoi", "province": "Đà Nẵng", "ward": "", "unit": "", "date_from": "", "date_to": ""}))["rows"]}
    # fewer matches than a feed holds: the feed has exactly the search page's articles
    assert 0 < len(ids) < FEED_ENTRIES and set(ids) == searched
    provinces = dict(query(db, "SELECT canonical_url, province FROM articles"))
    assert {provinces[i] for i in ids} == {"Đà Nẵng"}
    # newest first, in the archive's order (sort_key: the publication date, then the URL)
    sort_keys = dict(query(db, "SELECT canonical_url, sort_key FROM articles"))
    assert ids == sorted(ids, key=sort_keys.get, reverse=True)
    assert root.findtext("a:title", namespaces=ATOM) == "Search: dai hoi"
    assert root.findtext("a:id", namespaces=ATOM).endswith("/-/feeds/archive/search.atom?q=dai+hoi&province=%C4%90%C3%A0+N%E1%BA%B5ng")
    everywhere = entry_ids(check_atom(fetch(datasette, "/-/feeds/archive/search.atom?q=dai+hoi")[0]))
    assert len(everywhere) == FEED_ENTRIES and len({provinces[i] for i in everywhere}) > 1


def test_feed_errors_are_plain_answers(datasette):
    for path, status in (("/-/feeds/archive/search.atom", 400), ("/-/feeds/archive/ward/99999.atom", 404),
                         ("/-/feeds/archive/province/99.atom", 404), ("/-/feeds/nowhere/ward/26089.atom", 404)):
        with pytest.raises(urllib.error.HTTPError) as refused:
            fetch(datasette, path)
        assert refused.value.code == status, path


def test_the_dashboards_months_run_on_through_years_and_empty_months():
    from ward_datasette.plugins.charts import month_range

    assert month_range("2025-11", "2026-02") == ["2025-11", "2025-12", "2026-01", "2026-02"]
    assert month_range("2026-03", "2026-03") == ["2026-03"]


def test_an_archive_without_articles_has_valid_empty_feeds_and_a_dashboard(tmp_path):
    """Every ward and province has its feed and page from the first day, before any crawl."""
    import asyncio

    from ward_archive.serve import datasette_app
    from ward_archive.storage import synthetic
    from ward_archive.storage.schema import connect, migrate

    db = tmp_path / "empty.db"
    migrate(str(db))
    ds = datasette_app(str(db))

    async def get(path):
        return await ds.client.get(path)

    for path in ("/-/feeds/empty/ward/26089.atom", "/-/feeds/empty/province/75.atom",
                 "/-/feeds/empty/search.atom?q=ubnd"):
        response = asyncio.run(get(path))
        assert response.status_code == 200, path
        root = check_atom(response.content)
        assert root.findall("a:entry", ATOM) == []
    for path in ("/-/dashboard/empty", "/-/dashboard/empty/75"):
        response = asyncio.run(get(path))
        assert response.status_code == 200 and "Lưu trữ chưa có tin bài nào có ngày đăng." in response.text, path
    assert asyncio.run(get("/-/dashboard/empty/99")).status_code == 404

    # The dashboard keeps its counts only while the archive's files are unchanged.
    conn = connect(str(db))
    synthetic.add_portal(conn, "mot-phuong", "Phường Một", "Đồng Nai")
    synthetic.insert_articles(conn, [synthetic.article_row(
        f"http://127.0.0.1/{n}.html", "mot-phuong", "Phường Một", "Đồng Nai", "Tin", date, None, "Nội dung")
        for n, date in enumerate(("2026-01-05", "2026-03-09T08:00+07:00"))])
    conn.close()
    html = asyncio.run(get("/-/dashboard/empty")).text
    assert html.count('class="bar"') == 3 and 'data-month="2026-02" data-articles="0"' in html


def test_the_dashboard_announces_its_feeds_and_every_link_it_shows_answers(datasette):
    """Each dashboard page names its feeds in <head> (for feed readers) and
    links them; every link of the pages answers, every feed validates."""
    pages, seen, feeds, links = ["/-/dashboard/archive"], set(), set(), set()
    while pages:
        path = pages.pop()
        seen.add(path)
        html = fetch(datasette, path)[0].decode("utf-8")
        announced = set(re.findall(r'<link rel="alternate" type="application/atom\+xml" title="[^"]*" href="([^"]+)"', html))
        linked = set(re.findall(r'<a class="ward-feed" href="([^"]+)"', html))
        assert announced and announced == linked, path
        feeds |= linked
        links |= {link.replace("&amp;", "&") for link in re.findall(r'<a [^>]*href="(/[^"]*)"', html)}
        # the dashboard's pages (the language switch's ?lang= links are the same pages: fetched below)
        pages += [p for p in set(re.findall(r'href="(/-/dashboard/[^"?]+)"', html)) if p not in seen]
    assert len(seen) == 1 + 7 and len(feeds) == 7 + 7  # the pages of the 7 provinces; their and their wards' feeds
    for feed in sorted(feeds):
        check_atom(fetch(datasette, feed)[0])
    assert any(link.startswith("/-/map/archive") for link in links)
    for link in sorted(links - feeds - seen):
        fetch(datasette, link)  # raises on an HTTP error
