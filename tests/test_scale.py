"""A crawl's start-up does not grow with the archive (issue 12, item 4): the
archived articles are looked up as listings link them, through an index."""
from __future__ import annotations

import sqlite3

from ward_archive.storage import open_store
from ward_archive.storage.index import lookup_sql
from ward_scraper.crawl.known import ArchivedIndex
from ward_scraper.crawl.registry import Portal

from tests.test_store import item

PORTAL = Portal("binh-loc", "Phường Bình Lộc", "26089", "Đồng Nai", "nukeviet",
                "https://binhloc.dongnai.gov.vn/", ("/vi/news/",))
OTHER = Portal("viet-hung", "Phường Việt Hưng", "00127", "Hà Nội", "hanoi", "https://viethung.hanoi.gov.vn/", ("/",))
BASE = "https://binhloc.dongnai.gov.vn/vi/news/tin-tuc/"


def strip_query(url: str) -> str:
    return url.split("?")[0]


def archive_with_articles(tmp_path):
    archive = open_store(str(tmp_path / "a.db"))
    archive.upsert_portal(PORTAL)
    archive.upsert_portal(OTHER)
    for number in range(1, 4):
        url = f"{BASE}bai-{number}.html"
        archive.upsert_article(item(url=url + "?ref=home", canonical_url=url, title=f"Bài {number}"), PORTAL.as_row())
    return archive


def test_a_listing_finds_archived_articles_by_canonical_url_and_by_link(tmp_path):
    archive = archive_with_articles(tmp_path)
    known = ArchivedIndex(archive)
    assert "anything" not in known          # nothing is read before a listing links it
    known.look_up("binh-loc", [f"{BASE}bai-1.html", f"{BASE}bai-2.html?ref=home", f"{BASE}bai-9.html"], strip_query)
    assert known.get(f"{BASE}bai-1.html").url == f"{BASE}bai-1.html?ref=home"
    assert f"{BASE}bai-2.html" in known and f"{BASE}bai-9.html" not in known
    assert f"{BASE}bai-3.html" not in known  # archived, but no listing linked it yet
    # an article of one portal is never "archived" for another
    other = ArchivedIndex(archive)
    other.look_up("viet-hung", [f"{BASE}bai-1.html"], strip_query)
    assert f"{BASE}bai-1.html" not in other
    known.close()


def test_a_full_pass_streams_the_archived_articles_no_listing_linked(tmp_path):
    archive = archive_with_articles(tmp_path)
    known = ArchivedIndex(archive)
    pending = [article.canonical_url for article in known.not_seen(["binh-loc"], {f"{BASE}bai-2.html"})]
    assert pending == [f"{BASE}bai-1.html", f"{BASE}bai-3.html"]
    assert list(known.not_seen(["viet-hung"], set())) == []
    known.close()


def test_the_lookup_uses_the_url_indexes_not_the_portal(tmp_path):
    archive_with_articles(tmp_path).close()
    with sqlite3.connect(tmp_path / "a.db") as conn:
        conn.execute("ANALYZE")  # as a big archive would look to the planner
        plan = " ".join(row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + lookup_sql(2, 2), ["a"] * 5))
    assert "articles_url" in plan and "SCAN a " not in plan and "portal" not in plan, plan
