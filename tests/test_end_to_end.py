"""End to end: replica over real HTTP -> crawl subprocess -> SQLite -> Datasette over HTTP."""
from __future__ import annotations

import csv
import io
import json
import sqlite3
import urllib.parse

from ward_scraper.util.text import fold
from tests.conftest import last_json_line, published_articles, run_cli


def rows(db, sql, *params):
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, params)]
    finally:
        conn.close()


def test_crawl_archives_every_replica_article_without_errors(replica, crawled):
    db, summary = crawled
    truth = published_articles(replica)
    assert len({portal.platform for portal, _, _ in replica.portals}) >= 3
    assert summary["totals"].get("errors", 0) == 0, summary
    archived = {r["canonical_url"] for r in rows(db, "SELECT canonical_url FROM articles")}
    assert archived == set(truth), (sorted(set(truth) - archived)[:5], sorted(archived - set(truth))[:5])
    assert summary["totals"]["new"] == len(truth)


def test_archived_fields_match_what_the_replica_published(replica, crawled):
    db, _ = crawled
    truth = published_articles(replica)
    mismatches = []
    for row in rows(db, "SELECT * FROM articles"):
        portal, article = truth[row["canonical_url"]]
        expected = {
            "title": article.title,
            "date": article.published.strftime("%Y-%m-%d"),
            "authors": article.authors,
            "source_unit": article.source_unit,
            "paragraphs": article.paragraphs,
            "portal": portal.slug,
        }
        got = {
            "title": row["title"],
            "date": (row["published_at"] or "")[:10],
            "authors": json.loads(row["authors"]),
            "source_unit": row["source_unit"],
            "paragraphs": row["body_text"].split("\n\n"),
            "portal": row["portal"],
        }
        for key in expected:
            if expected[key] != got[key]:
                mismatches.append((row["canonical_url"], key, expected[key], got[key]))
    assert not mismatches, mismatches[:5]


def test_captions_and_attachments_are_kept_apart_from_the_body(replica, crawled):
    db, _ = crawled
    truth = published_articles(replica)
    for canonical, (portal, article) in truth.items():
        images = rows(db, "SELECT src, caption FROM images WHERE article_url = ? ORDER BY position", canonical)
        assert [i["caption"] for i in images] == [i.caption for i in article.images], canonical
        attachments = rows(db, "SELECT url FROM attachments WHERE article_url = ?", canonical)
        assert [a["url"].rsplit("/", 1)[-1] for a in attachments] == [
            a.path.rsplit("/", 1)[-1] for a in article.attachments], canonical
        body = rows(db, "SELECT body_text FROM articles WHERE canonical_url = ?", canonical)[0]["body_text"]
        for image in article.images:
            if image.caption:
                assert image.caption not in body, canonical


def replica_requests(replica) -> int:
    return sum(sum(server.hits.values()) for server in replica.servers)


def test_second_crawl_of_unchanged_replica_changes_nothing(replica, crawled):
    db, _ = crawled
    before = replica_requests(replica)
    result = run_cli("crawl", "--portals", replica.registry, "--db", db)
    assert result.returncode == 0, result.stderr[-3000:]
    summary = last_json_line(result.stdout)
    assert summary["totals"].get("new", 0) == 0 and summary["totals"].get("updated", 0) == 0
    last_run = rows(db, "SELECT sum(articles_new) n, sum(articles_updated) u FROM crawl_runs WHERE run_id = ?",
                    summary["run_id"])[0]
    assert last_run == {"n": 0, "u": 0}
    assert rows(db, "SELECT count(*) c FROM article_versions")[0]["c"] == 0
    # incremental: one listing page per section plus robots.txt per portal, nothing else
    sections = sum(len(site.listing_paths()) for _, site, _ in replica.portals)
    assert replica_requests(replica) - before <= sections + len(replica.portals)


def test_datasette_search_facets_and_full_csv(replica, crawled, datasette):
    db, _ = crawled
    article = rows(db, "SELECT canonical_url, title FROM articles ORDER BY sort_key LIMIT 1 OFFSET 7")[0]
    # typed the way researchers type: no diacritics, lower case
    words = [w for w in fold(article["title"]).split() if len(w) > 3][:4]
    query = urllib.parse.quote(" ".join(words))
    found = datasette.json(f"/archive/articles.json?_search={query}&_shape=objects&_size=max")
    assert article["canonical_url"] in [r["canonical_url"] for r in found["rows"]]

    facets = datasette.json("/archive/articles.json?_facet=province&_size=0")
    counts = {f["value"]: f["count"] for f in facets["facet_results"]["province"]["results"]}
    expected = {r["province"]: r["c"] for r in rows(db, "SELECT province, count(*) c FROM articles GROUP BY province")}
    assert counts == expected

    text = datasette.get("/archive/articles.csv?_stream=on&_size=max").decode("utf-8")
    exported = list(csv.DictReader(io.StringIO(text)))
    total = rows(db, "SELECT count(*) c FROM articles")[0]["c"]
    assert len(exported) == total
    assert len({r["canonical_url"] for r in exported}) == total


def test_bad_registry_exits_2_and_crawls_nothing(tmp_path):
    registry = tmp_path / "portals.csv"
    registry.write_text("slug,ward_name,ward_code,province,platform,base_url,listing_paths\n"
                        "a,Phường A,,Hà Nội,nukeviet,http://127.0.0.1:9/,/vi/news/\n"
                        "b,Phường B,123,Hà Nội,nukeviet,http://127.0.0.1:9/,/vi/news/\n", encoding="utf-8")
    result = run_cli("crawl", "--portals", registry, "--db", tmp_path / "a.db")
    assert result.returncode == 2
    assert "row 3, column ward_code" in result.stderr
    assert not (tmp_path / "a.db").exists()


def test_article_page_links_its_raw_capture(crawled, datasette):
    db, _ = crawled
    key, title = rows(db, "SELECT canonical_url, title FROM articles ORDER BY sort_key LIMIT 1")[0].values()
    from datasette.utils import tilde_encode
    page = datasette.get(f"/archive/articles/{tilde_encode(key)}").decode("utf-8")
    assert 'class="ward-raw-link"' in page
    raw_path = page.split('class="ward-raw-link" href="', 1)[1].split('"', 1)[0]
    raw = datasette.get(raw_path).decode("utf-8")
    assert raw.startswith(f"<!-- {key}") or "<!-- http" in raw.splitlines()[0]
    assert title.split()[0] in raw and "<html" in raw.lower()
