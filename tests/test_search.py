"""Vietnamese-aware search, end to end: a real archive file written by the
store, our Datasette (metadata, templates, plugins) in process, and every
hand-checked query of search_queries.json through both the ranked canned query
and the table's plain ?_search=."""
from __future__ import annotations

import asyncio
import csv
import json
import re
import sqlite3
import unicodedata
from pathlib import Path

import pytest

from ward_archive.storage import search
from ward_archive.serve import datasette_app
from ward_archive.storage import SCHEMA_VERSION, Archive, SchemaError, migrate, open_store
from ward_archive.storage.store import NEW, UNCHANGED, UPDATED
from ward_scraper.crawl.items import content_hash
from ward_scraper.crawl.registry import Portal
from ward_scraper.util.text import fold

QUERIES = json.loads((Path(__file__).parent / "search_queries.json").read_text(encoding="utf-8"))

PORTALS = {
    "binh-loc": Portal("binh-loc", "Phường Bình Lộc", "26089", "Đồng Nai", "nukeviet",
                       "https://binhloc.dongnai.gov.vn/", ("/vi/news/",)),
    "hoa-xuan": Portal("hoa-xuan", "Phường Hòa Xuân", "20314", "Đà Nẵng", "liferay",
                       "https://hoaxuan.danang.gov.vn/", ("/tin-tuc",)),
    "to-chau": Portal("to-chau", "Phường Tô Châu", "30316", "An Giang", "joomla",
                      "https://tochau.angiang.gov.vn/", ("/tin-tuc",)),
}
OFFICE = "Văn phòng HĐND và UBND"
FRONT = "Ban Thường trực UBMTTQVN phường"

# id: (portal, published_at, title, lead, body, source_unit)
ARTICLES = {
    "a01": ("binh-loc", "2025-12-30T08:00+07:00", "Đảng ủy phường Bình Lộc tổng kết công tác năm 2025",
            "Sáng 30/12, Đảng ủy phường tổ chức hội nghị tổng kết công tác xây dựng Đảng.",
            "Hội nghị đánh giá kết quả phát triển KT-XH và bảo đảm TTATXH trên địa bàn phường.\n\n"
            "Bí thư Đảng ủy phường yêu cầu các chi bộ đẩy mạnh CCHC trong năm 2026.", OFFICE),
    "a02": ("binh-loc", "2025-12-20",
            "UBND phường Bình Lộc ban hành Quyết định kiện toàn Hội đồng Nghĩa vụ quân sự", None,
            "Ngày 20/12/2025, UBND phường Bình Lộc ban hành Quyết định số 123/QĐ-UBND về việc kiện toàn "
            "Hội đồng Nghĩa vụ quân sự phường.\n\nQuyết định có hiệu lực kể từ ngày ký.", OFFICE),
    "a03": ("binh-loc", "2025-11-15", "Ủy ban nhân dân phường Bình Lộc tiếp công dân định kỳ",
            "Chủ tịch Ủy ban nhân dân phường đã tiếp 12 lượt công dân.",
            "Người dân phản ánh về đất đai và giấy phép xây dựng.\n\nCác kiến nghị được chuyển bộ phận "
            "chuyên môn giải quyết theo Kế hoạch 124/KH-UBND.", None),
    "a04": ("hoa-xuan", "2025-10-02", "Phường Hoà Xuân ra quân bảo đảm trật tự an toàn xã hội", None,
            "Công an và dân quân phường Hoà Xuân phối hợp tuần tra, giữ vững an ninh trật tự trong dịp "
            "lễ Quốc khánh.", "Công an phường Hòa Xuân"),
    "a05": ("hoa-xuan", "2025-09-10", "Hội nghị cử tri phường Hòa Xuân",
            "Đại biểu HĐND thành phố tiếp xúc cử tri trước kỳ họp thứ 5.",
            "Cử tri kiến nghị đẩy nhanh cải cách hành chính và sửa chữa đường giao thông.", None),
    "a06": ("to-chau", "2025-08-01", "Ủy ban MTTQ Việt Nam phường Tô Châu trao quà cho hộ nghèo", None,
            "Ban Thường trực Ủy ban MTTQ Việt Nam phường đã trao 50 phần quà cho các hộ có hoàn cảnh "
            "khó khăn.", FRONT),
    "a07": ("to-chau", "2025-08-15", "UBMTTQVN phường Tô Châu vận động ủng hộ đồng bào bị lũ lụt", None,
            "Cán bộ, công chức và nhân dân trong phường hưởng ứng lời kêu gọi của UBMTTQVN phường, "
            "quyên góp được 80 triệu đồng.", FRONT),
    "a08": ("to-chau", "2025-07-20", "Hội phụ nữ phường Tô Châu tổ chức ngày hội gia đình", None,
            "Bà Nguyễn Thị Thuý, Chủ tịch Hội phụ nữ phường, phát biểu khai mạc.\n\n"
            "Mặt trận Tổ quốc phường phối hợp tổ chức chương trình.", "Hội LHPN phường"),
    "a09": ("to-chau", "2025-07-25", "Tuyên dương học sinh đạt giải cấp tỉnh", None,
            "Em Trần Thúy Hằng, học sinh lớp 9, đạt giải nhất môn Toán cấp tỉnh.", None),
    "a10": ("binh-loc", "2025-06-05", "Phường Bình Lộc đang triển khai chuyển đổi số", None,
            "Phường đang hướng dẫn người dân sử dụng dịch vụ công trực tuyến.", None),
    "a11": ("hoa-xuan", "2025-05-05", "Họp dân về dự án mở rộng đường liên thôn", None,
            "Ủy ban nhân dân xã Hòa Tiến phối hợp với các thôn tổ chức họp dân tại nhà văn hóa thôn.\n\n"
            "Một số hộ dân phường lân cận cũng đến dự.", None),
    "a12": ("binh-loc", "2025-04-01", "HĐND phường thông qua kế hoạch phát triển kinh tế - xã hội năm 2025",
            None, "Kỳ họp thứ 3 HĐND phường Bình Lộc đã thông qua Nghị quyết về kế hoạch phát triển kinh tế "
            "– xã hội và dự toán ngân sách.", OFFICE),
    "a13": ("to-chau", "2025-03-03", "Thông báo lịch tiếp công dân tháng 3/2025", None,
            "Thông báo số 15/TB-UBND về lịch tiếp công dân định kỳ của Chủ tịch UBND phường Tô Châu.", None),
    "a14": ("hoa-xuan", "2025-02-14", "Ra quân tổng vệ sinh môi trường khu dân cư", None,
            "Đoàn Thanh niên Cộng sản Hồ Chí Minh phường phối hợp với ban điều hành khu dân cư số 3 ra quân "
            "dọn dẹp vệ sinh.", None),
}

# Nothing a user types may turn into an FTS5 syntax error.
HOSTILE = ['"', '""', '"""', 'ủy "ban', "(", ")", "(ubnd", "*", "ubnd*", "NEAR", "NEAR(a b)", "a OR",
           "OR", "AND NOT", "NOT ubnd", "-", "-ubnd", "^", "^ubnd", "{title}: ubnd", "title:ubnd", ":", "'",
           "\\", "\x00", "+", "🎉", "\u0301", "   ", "", "a" * 300, "ủy ban " * 40]


def url_of(article_id: str) -> str:
    return f"{PORTALS[ARTICLES[article_id][0]].base_url}tin-tuc/{article_id}.html"


def id_of(url: str) -> str:
    return url.rsplit("/", 1)[1].removesuffix(".html")


def item(article_id: str, **changes) -> dict:
    portal, published, title, lead, body, unit = ARTICLES[article_id]
    fields = {
        "url": url_of(article_id), "canonical_url": url_of(article_id), "portal": portal,
        "ward_code": PORTALS[portal].ward_code, "platform": PORTALS[portal].platform,
        "title": title, "published_at": published, "lead": lead, "body_text": body,
        "body_html": "".join(f"<p>{p}</p>" for p in body.split("\n\n")), "authors": [],
        "source_unit": unit, "credit_line": unit, "images": [], "attachments": [], "category": "Tin tức",
        "fetched_at": "2026-01-05T00:00:00Z",
    }
    fields.update(changes)
    fields["content_hash"] = content_hash(fields)
    return fields


def store(archive: Archive, fields: dict) -> str:
    return archive.upsert_article(fields, PORTALS[fields["portal"]].as_row())


def build_archive(path: Path) -> Archive:
    archive = open_store(str(path))
    for portal in PORTALS.values():
        archive.upsert_portal(portal)
    for article_id in ARTICLES:
        assert store(archive, item(article_id)) == NEW
    return archive


def found(conn: sqlite3.Connection, query: str) -> set[str]:
    """Article ids the index matches for a query, straight from SQLite."""
    search.register_functions(conn)
    rows = conn.execute("SELECT a.canonical_url FROM article_search JOIN articles a ON a.rowid = article_search.rowid "
                        "WHERE article_search MATCH ward_match(?)", (query,))
    return {id_of(url) for (url,) in rows}


def index_pages(conn: sqlite3.Connection) -> list:
    """Every block of the FTS5 index: equal lists mean an untouched index."""
    return conn.execute("SELECT id, block FROM article_search_data ORDER BY id").fetchall()


class Site:
    """Our Datasette, configured as `ward-archive serve` configures it, in process."""

    def __init__(self, db_path: Path):
        self.db = db_path.stem
        self.datasette = datasette_app(str(db_path))
        self.loop = asyncio.new_event_loop()

    def get(self, path: str, **params) -> str:
        response = self.loop.run_until_complete(self.datasette.client.get(path, params=params))
        assert response.status_code == 200, (path, params, response.text[:1000])
        return response.text

    def rows(self, path: str, **params) -> list[dict]:
        return json.loads(self.get(path, _shape="array", **params))

    def canned(self, name: str, **params) -> list[dict]:
        return self.rows(f"/{self.db}/{name}.json", **params)

    def ranked(self, query: str) -> list[str]:
        return [id_of(row["canonical_url"]) for row in self.canned("search", q=query)]

    def plain_search(self, query: str) -> set[str]:
        rows = self.rows(f"/{self.db}/articles.json", _search=query, _col="title", _size="max")
        return {id_of(row["canonical_url"]) for row in rows}

    def close(self) -> None:
        self.loop.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("search") / "archive.db"
    build_archive(path).close()
    return path


@pytest.fixture(scope="module")
def site(corpus):
    site = Site(corpus)
    yield site
    site.close()


@pytest.fixture
def archive(tmp_path):
    archive = build_archive(tmp_path / "archive.db")
    yield archive
    archive.close()


def test_every_abbreviation_is_documented():
    docs = (Path(__file__).parent.parent / "docs" / "search.md").read_text(encoding="utf-8")
    with open(search.ABBREVIATIONS, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            assert f"| {row['abbr']} | {row['expansion']} |" in docs, row


def test_the_expectation_file_is_big_enough_and_names_real_articles():
    assert len(QUERIES) >= 15 and len(ARTICLES) >= 12
    assert all(set(q["expected"]) <= set(ARTICLES) for q in QUERIES)


@pytest.mark.parametrize("case", QUERIES, ids=[q["query"] for q in QUERIES])
def test_ranked_search_finds_exactly_the_expected_articles(site, case):
    ranked = site.ranked(case["query"])
    assert len(ranked) == len(set(ranked))
    assert set(ranked) == set(case["expected"]), case["why"]


@pytest.mark.parametrize("case", QUERIES, ids=[q["query"] for q in QUERIES])
def test_plain_table_search_finds_exactly_the_expected_articles(site, case):
    assert site.plain_search(case["query"]) == set(case["expected"]), case["why"]


def test_title_matches_rank_first(site):
    # a05 has "hội nghị" in its title; a01 twice, in the lead and the body
    assert site.ranked('"hội nghị"') == ["a05", "a01"]


def test_snippets_mark_the_original_words(site):
    [row] = site.canned("search", q="dang uy")
    assert row["snippet"].startswith("Sáng 30/12, <mark>Đảng</mark> <mark>ủy</mark> phường")
    [row] = site.canned("search", q="ủy ban nhân dân phường tô châu")
    assert "<mark>UBND</mark> <mark>phường</mark> <mark>Tô</mark> <mark>Châu</mark>" in row["snippet"]
    page = site.get(f"/{site.db}/search", q="123/QĐ-UBND")
    [cell] = re.findall(r'<p class="ward-snippet">(.*?)</p>', page, re.S)
    assert "Quyết định số <mark>123/QĐ-UBND</mark> về" in cell


def test_snippet_is_escaped_and_windowed():
    text = "Giá < 5 & " + "chữ " * 100 + "UBND phường <b>"
    snippet = search.snippet(text, "ubnd")
    assert snippet.startswith("… ") and snippet.endswith("<mark>UBND</mark> phường &lt;b&gt;")
    assert search.snippet("Giá < 5 & UBND", "ủy ban nhân dân") == "Giá &lt; 5 &amp; <mark>UBND</mark>"
    assert search.snippet("Không có gì", "ubnd") == "Không có gì"
    # a query marks the longer names it finds, and NFD text keeps its offsets
    assert search.snippet("Lãnh đạo UBMTTQVN phường", "MTTQ") == "Lãnh đạo <mark>UBMTTQVN</mark> phường"
    nfd = unicodedata.normalize("NFD", "Đảng ủy phường")
    assert search.snippet(nfd, "dang uy") == f"<mark>{nfd[:5]}</mark> <mark>{nfd[6:9]}</mark>{nfd[9:]}"


def test_only_text_and_mark_reach_the_page_from_a_snippet_column(site):
    sql = "select '<script>alert(1)</script><mark>x</mark><img src=x onerror=alert(2)>' as snippet"
    page = site.get(f"/{site.db}", sql=sql)
    assert re.findall(r'<td class="col-snippet">(.*?)</td>', page, re.S) == ["<mark>x</mark>"]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_input_never_breaks_the_match(corpus, site, query):
    conn = sqlite3.connect(corpus)
    found(conn, query)  # raises on an FTS5 syntax error
    conn.close()
    site.canned("search", q=query)
    site.plain_search(query)


def test_an_edit_reindexes_the_new_text_and_drops_the_old(archive, tmp_path):
    edited = item("a02", body_text=ARTICLES["a02"][4].replace("123/QĐ", "125/QĐ"),
                  fetched_at="2026-02-01T00:00:00Z")
    assert store(archive, edited) == UPDATED
    assert found(archive.conn, "123/QĐ-UBND") == set()
    assert found(archive.conn, "125/QĐ-UBND") == {"a02"}
    site = Site(tmp_path / "archive.db")
    assert site.ranked("125/QĐ-UBND") == ["a02"] and site.ranked("123/QĐ-UBND") == []
    [changed] = site.canned("changed_after_publication", province="")
    assert (id_of(changed["canonical_url"]), changed["version"]) == ("a02", 2)
    site.close()


def test_index_untouched_by_unchanged_refetches_and_rechecks(archive):
    before = index_pages(archive.conn)
    for article_id in ARTICLES:
        assert store(archive, item(article_id, fetched_at="2026-03-01T00:00:00Z")) == UNCHANGED
    archive.record_check(url_of("a10"), "missing", "2026-03-02T00:00:00Z", None, removal_checks=1)
    archive.record_check(url_of("a09"), "not_modified", "2026-03-02T00:00:00Z", None, removal_checks=1)
    assert index_pages(archive.conn) == before


def test_a_new_version_with_the_same_text_leaves_the_index_alone(archive):
    before = index_pages(archive.conn)
    with_image = item("a06", images=[{"src": "https://tochau.angiang.gov.vn/images/qua.jpg", "caption": None}])
    assert store(archive, with_image) == UPDATED
    assert archive.conn.execute("SELECT version FROM articles WHERE canonical_url = ?",
                                (url_of("a06"),)).fetchone() == (2,)
    assert index_pages(archive.conn) == before


def test_a_failed_index_write_stores_nothing(archive):
    archive.conn.execute("DROP TABLE article_search")
    new = item("a14", canonical_url="https://hoaxuan.danang.gov.vn/tin-tuc/a15.html")
    with pytest.raises(sqlite3.OperationalError):
        store(archive, new)
    assert archive.conn.execute("SELECT count(*) FROM articles WHERE canonical_url = ?",
                                (new["canonical_url"],)).fetchone() == (0,)


def test_an_archive_from_before_the_search_index_is_refused_until_migrated(archive, tmp_path):
    with archive.conn:
        archive.conn.execute("DROP TABLE article_search")
        archive.conn.execute("PRAGMA user_version = 1")
    archive.close()
    path = str(tmp_path / "archive.db")
    with pytest.raises(SchemaError, match="schema version 1.*ward-archive migrate --db"):
        Archive(path)
    assert migrate(path)["search_index_rebuilt"]
    reopened = Archive(path)
    assert found(reopened.conn, "dang uy") == {"a01"}
    assert reopened.conn.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
    reopened.close()


def test_an_edited_abbreviation_table_is_refilled_by_migrate_never_on_open(archive, tmp_path):
    # as if built with an older table: stale fingerprint, and no aliases stored yet
    with archive.conn:
        archive.conn.execute("UPDATE article_search_state SET abbreviations = 'older table'")
        for rowid, title, lead, body in archive.conn.execute(
                "SELECT rowid, title, lead, body_text FROM articles").fetchall():
            archive.conn.execute("DELETE FROM article_search WHERE rowid = ?", (rowid,))
            archive.conn.execute("INSERT INTO article_search (rowid, title, lead, body) VALUES (?, ?, ?, ?)",
                                 (rowid, *(fold(text or "") for text in (title, lead, body))))
    assert found(archive.conn, "UBND") == {"a02", "a03", "a13"}  # a11 writes it out only
    archive.close()
    path = str(tmp_path / "archive.db")
    with pytest.raises(SchemaError, match="another abbreviation table"):
        Archive(path)
    reader = sqlite3.connect(path)
    assert found(reader, "UBND") == {"a02", "a03", "a13"}  # opening rebuilt nothing
    reader.close()
    assert migrate(path) == {"db": path, "from_version": SCHEMA_VERSION, "to_version": SCHEMA_VERSION,
                             "search_index_rebuilt": True}
    reopened = Archive(path)
    assert found(reopened.conn, "UBND") == {"a02", "a03", "a11", "a13"}
    assert search.index_is_current(reopened.conn)
    reopened.close()


def test_latest_per_ward_skips_removed_articles(archive, tmp_path):
    archive.record_check(url_of("a07"), "missing", "2026-03-02T00:00:00Z", None, removal_checks=1)
    site = Site(tmp_path / "archive.db")
    latest = {row["ward_name"]: id_of(row["canonical_url"]) for row in site.canned("latest_per_ward", province="")}
    assert latest == {"Phường Bình Lộc": "a01", "Phường Hòa Xuân": "a04", "Phường Tô Châu": "a06"}
    assert [row["ward_name"] for row in site.canned("latest_per_ward", province="da nang")] == ["Phường Hòa Xuân"]
    [removed] = site.canned("removed_articles", province="an giang")
    assert (id_of(removed["canonical_url"]), removed["missing_checks"]) == ("a07", 1)
    assert site.canned("removed_articles", province="dong nai") == []
    site.close()


def test_articles_by_issuing_unit_match_like_search(site):
    by_unit = {row["canonical_url"]: row["source_unit"] for row in site.canned("by_source_unit", unit="vp hdnd ubnd")}
    assert {id_of(url) for url in by_unit} == {"a01", "a02", "a12"} and set(by_unit.values()) == {OFFICE}
    assert {id_of(row["canonical_url"]) for row in site.canned("by_source_unit", unit="mặt trận tổ quốc")} == {
        "a06", "a07"}
    assert site.canned("by_source_unit", unit="") == []


def test_monthly_counts_per_province(site):
    counts = [(r["province"], r["month"], r["articles"]) for r in site.canned("monthly_counts", province="an giang")]
    assert counts == [("An Giang", "2025-03", 1), ("An Giang", "2025-07", 2), ("An Giang", "2025-08", 2)]
    assert sum(r["articles"] for r in site.canned("monthly_counts", province="")) == len(ARTICLES)
