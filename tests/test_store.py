"""Storage on a real SQLite file: upsert outcomes, versions, FTS in sync."""
import sqlite3

import pytest

from ward_archive.storage import SCHEMA_VERSION, migrate, open_store
from ward_archive.storage.store import NEW, UNCHANGED, UPDATED, ArticleOwnedElsewhere
from ward_scraper.crawl.items import content_hash
from ward_scraper.crawl.registry import Portal

PORTAL = Portal("binh-loc", "Phường Bình Lộc", "26089", "Đồng Nai", "nukeviet",
                "https://binhloc.dongnai.gov.vn/", ("/vi/news/",))


def item(**changes):
    fields = {
        "url": "https://binhloc.dongnai.gov.vn/vi/news/tin-tuc/hoi-nghi-1.html",
        "canonical_url": "https://binhloc.dongnai.gov.vn/vi/news/tin-tuc/hoi-nghi-1.html",
        "portal": "binh-loc", "ward_code": "26089", "platform": "nukeviet",
        "title": "Hội nghị tổng kết công tác năm 2025", "published_at": "2025-12-30T08:00+07:00",
        "lead": "Ủy ban nhân dân phường tổ chức hội nghị.", "body_text": "Đoạn một.\n\nĐoạn hai về tiếp xúc cử tri.",
        "body_html": "<p>Đoạn một.</p>", "authors": ["Thanh Sang"], "source_unit": "Văn phòng HĐND và UBND",
        "credit_line": "Thanh Sang - Văn phòng HĐND và UBND",
        "images": [{"src": "https://binhloc.dongnai.gov.vn/uploads/a.jpg", "caption": "Ghi nhận tại hội nghị"}],
        "attachments": [], "category": "Tin tức", "fetched_at": "2026-01-01T00:00:00Z",
    }
    fields.update(changes)
    fields["content_hash"] = content_hash(fields)
    return fields


def fts_changes(conn):
    return conn.execute("SELECT total_changes()").fetchone()[0]


def test_new_unchanged_updated_and_versions(tmp_path):
    archive = open_store(str(tmp_path / "a.db"))
    archive.upsert_portal(PORTAL)
    assert archive.upsert_article(item(), PORTAL.as_row()) == NEW
    assert archive.upsert_article(item(fetched_at="2026-01-02T00:00:00Z"), PORTAL.as_row()) == UNCHANGED
    edited = item(body_text="Đoạn một.\n\nĐoạn hai đã sửa.", fetched_at="2026-01-03T00:00:00Z")
    assert archive.upsert_article(edited, PORTAL.as_row()) == UPDATED
    archive.close()

    conn = sqlite3.connect(tmp_path / "a.db")
    assert conn.execute("SELECT version, fetched_at, first_fetched_at FROM articles").fetchone() == (
        2, "2026-01-03T00:00:00Z", "2026-01-01T00:00:00Z")
    [(old_body, old_version)] = conn.execute("SELECT body_text, version FROM article_versions").fetchall()
    assert old_version == 1 and "tiếp xúc cử tri" in old_body
    assert conn.execute("SELECT caption FROM images").fetchall() == [("Ghi nhận tại hội nghị",)]


def test_fts_matches_two_mark_letters_without_diacritics(tmp_path):
    archive = open_store(str(tmp_path / "a.db"))
    archive.upsert_portal(PORTAL)
    archive.upsert_article(item(), PORTAL.as_row())
    conn = archive.conn
    for query in ("tiep xuc cu tri", "Hội nghị", "hoi nghi", "uy ban nhan dan"):
        hits = conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", (query,)).fetchone()
        assert hits == (1,), query
    # an edit re-indexes: the old words are gone, the new ones found
    archive.upsert_article(item(body_text="Nội dung mới về phòng chống lụt bão."), PORTAL.as_row())
    assert conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'cu tri'").fetchone() == (0,)
    assert conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'lut bao'").fetchone() == (1,)


def test_unchanged_refetch_does_not_touch_the_fts_index(tmp_path):
    archive = open_store(str(tmp_path / "a.db"))
    archive.upsert_portal(PORTAL)
    archive.upsert_article(item(), PORTAL.as_row())
    conn = archive.conn
    before = conn.execute("SELECT count(*) FROM articles_fts_data").fetchone()[0]
    segments = conn.execute("SELECT group_concat(id) FROM articles_fts_data").fetchone()[0]
    for day in range(2, 6):
        archive.upsert_article(item(fetched_at=f"2026-01-0{day}T00:00:00Z"), PORTAL.as_row())
    assert conn.execute("SELECT count(*) FROM articles_fts_data").fetchone()[0] == before
    assert conn.execute("SELECT group_concat(id) FROM articles_fts_data").fetchone()[0] == segments


def test_removal_needs_consecutive_missing_checks_and_keeps_the_row(tmp_path):
    archive = open_store(str(tmp_path / "a.db"))
    archive.upsert_portal(PORTAL)
    key = item()["canonical_url"]
    archive.upsert_article(item(), PORTAL.as_row())
    assert archive.record_check(key, "missing", "2026-02-01T00:00:00Z", None, removal_checks=3) == "missing"
    # a 304 in between resets the count: checks must be consecutive
    assert archive.record_check(key, "not_modified", "2026-02-02T00:00:00Z", None, removal_checks=3) == UNCHANGED
    outcomes = [archive.record_check(key, "missing", f"2026-02-0{d}T00:00:00Z", None, removal_checks=3)
                for d in (3, 4, 5, 6)]
    assert outcomes == ["missing", "missing", "removed", "missing"]
    row = archive.conn.execute("SELECT removed_at, missing_checks, title FROM articles").fetchone()
    assert row == ("2026-02-05T00:00:00Z", 4, "Hội nghị tổng kết công tác năm 2025")


def test_the_writer_refuses_an_archive_that_was_not_migrated(tmp_path):
    from ward_archive.storage import SCHEMA_VERSION, Archive, SchemaError, migrate

    path = str(tmp_path / "a.db")
    with pytest.raises(SchemaError, match="does not exist"):
        Archive(path)
    assert not (tmp_path / "a.db").exists()
    sqlite3.connect(path).close()  # an empty file: schema version 0
    with pytest.raises(SchemaError, match="schema version 0.*ward-archive migrate --db"):
        Archive(path)
    assert migrate(path)["from_version"] == 0
    assert migrate(path) == {"db": path, "from_version": SCHEMA_VERSION, "to_version": SCHEMA_VERSION,
                             "search_index_rebuilt": False}
    Archive(path).close()


def test_an_article_never_changes_portal(tmp_path):
    archive = open_store(str(tmp_path / "a.db"))
    other = Portal("tan-hanh", "Phường Tân Hạnh", "26090", "Đồng Nai", "wordpress",
                   "https://tanhanh.dongnai.gov.vn/", ("/tin-tuc/",))
    for portal in (PORTAL, other):
        archive.upsert_portal(portal)
    assert archive.upsert_article(item(), PORTAL.as_row()) == NEW
    taken = item(portal="tan-hanh", platform="wordpress", body_text="Đọc bằng một parser khác.")
    with pytest.raises(ArticleOwnedElsewhere, match="belongs to portal binh-loc, not to tan-hanh") as refused:
        archive.upsert_article(taken, other.as_row())
    assert refused.value.kind == "portal_conflict"
    conn = archive.conn
    assert conn.execute("SELECT portal, ward_name, version FROM articles").fetchall() == [
        ("binh-loc", "Phường Bình Lộc", 1)]
    assert conn.execute("SELECT count(*) FROM article_versions").fetchone() == (0,)


def test_a_failed_url_is_retried_with_backoff_then_given_up(tmp_path):
    archive = open_store(str(tmp_path / "a.db"))
    url = "https://binhloc.dongnai.gov.vn/vi/news/tin-tuc/khong-co-1.html"
    section = "https://binhloc.dongnai.gov.vn/vi/news/"
    gave_up = [archive.record_failure("binh-loc", url, "http_404: HTTP 404", 3, 3600, section) for _ in range(3)]
    assert gave_up == [False, False, True]
    # a fourth failure (a listing linked it while the budget was open) gives up no second time
    assert archive.record_failure("binh-loc", url, "http_404: HTTP 404", 3, 3600) is False
    [failed] = archive.failed_urls(["binh-loc"]).values()
    assert (failed.attempts, failed.section) == (4, section)
    assert failed.gave_up_at and not failed.may_retry("9999-12-31T00:00:00Z")

    waits = []
    for attempt in range(1, 4):
        other = f"{url}?n={attempt}"
        for _ in range(attempt):
            archive.record_failure("binh-loc", other, "timeout: 60 s", 10, 3600)
        row = archive.conn.execute("SELECT last_failed_at, next_attempt_at FROM failed_urls WHERE url = ?",
                                   (other,)).fetchone()
        waits.append(row[1] > row[0])
    assert waits == [False, True, True]  # the next crawl retries a first failure at once

    archive.note_failed_links({}, [f"{url}?n=1"])
    assert archive.failed_urls(["binh-loc"])[f"{url}?n=1"].unlinked_at
    archive.note_failed_links({f"{url}?n=1": section}, [])
    assert archive.failed_urls(["binh-loc"])[f"{url}?n=1"].unlinked_at is None

    # archiving the article ends its failure record
    archive.upsert_portal(PORTAL)
    archive.upsert_article(item(url=f"{url}?n=2", canonical_url=f"{url}?n=2"), PORTAL.as_row())
    assert f"{url}?n=2" not in archive.failed_urls(["binh-loc"])


def test_migrating_an_archive_keeps_the_failures_older_crawls_logged(tmp_path):
    path = str(tmp_path / "a.db")
    archive = open_store(path)
    archive.upsert_portal(PORTAL)
    archive.upsert_article(item(), PORTAL.as_row())
    archived, failing = item()["url"], "https://binhloc.dongnai.gov.vn/vi/news/tin-tuc/loi-2.html"
    for run, url in (("r1", failing), ("r2", failing), ("r1", archived)):
        archive.log_error(run, "binh-loc", url, "http_500", "HTTP 500", "article")
    archive.log_error("r2", "binh-loc", "https://binhloc.dongnai.gov.vn/vi/news/", "http_500", "HTTP 500", "listing")
    with archive.conn:
        archive.conn.execute("DROP TABLE failed_urls")
        archive.conn.execute("PRAGMA user_version = 2")
    archive.close()
    assert migrate(path)["from_version"] == 2
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT url, portal, attempts, last_error, gave_up_at FROM failed_urls").fetchall() == [
        (failing, "binh-loc", 2, "http_500: HTTP 500", None)]
