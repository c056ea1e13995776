"""The officials of a real crawl of the replica, served by a real Datasette: each ward's
office holders with evidence, a person page, the canned queries, the unit facet."""
import json
import sqlite3
import urllib.parse

import pytest

pytestmark = pytest.mark.e2e


def test_each_replica_ward_shows_its_office_holders_with_evidence(crawled, datasette):
    db, _ = crawled
    portals = [row[0] for row in sqlite3.connect(db).execute("SELECT slug FROM portals")]
    assert portals
    for portal in portals:
        page = datasette.get(f"/-/officials/archive/{portal}").decode()
        assert "những người đang giữ chức vụ" in page   # Vietnamese by default (ward_i18n)
        assert "Chủ tịch Ủy ban nhân dân" in page, portal     # every replica ward names its chairman
        assert 'class="ward-evidence"' in page and "/archive/articles/" in page
    index = datasette.get("/-/officials/archive").decode()
    assert all(f"/-/officials/archive/{portal}" in index for portal in portals)


def test_a_person_page_lists_offices_and_mentions(crawled, datasette):
    db, _ = crawled
    person_id, name = sqlite3.connect(db).execute(
        "SELECT person_id, name FROM office_terms ORDER BY articles DESC LIMIT 1").fetchone()
    page = datasette.get(f"/-/person/archive/{person_id}").decode()
    assert name in page and "Các lần được nêu tên" in page and "/archive/articles/" in page
    with pytest.raises(Exception):
        datasette.get("/-/person/archive/999999999")


def canned(datasette, query, **params):
    return datasette.json(f"/archive/{query}.json?_shape=objects&" + urllib.parse.urlencode(params))["rows"]


def test_canned_queries_answer_who_held_office(crawled, datasette):
    db, _ = crawled
    ward, chairman, first_seen = sqlite3.connect(db).execute(
        "SELECT ward_name, name, first_seen FROM office_terms WHERE office LIKE 'Chủ tịch Ủy ban nhân dân%' "
        "ORDER BY last_seen DESC LIMIT 1").fetchone()
    rows = canned(datasette, "chairman_on_date", ward=ward, date="2099-01-01")
    assert rows and rows[0]["name"] == chairman and rows[0]["ward_name"] == ward
    assert canned(datasette, "chairman_on_date", ward=ward, date="1900-01-01") == []
    since = canned(datasette, "officials_first_seen_since", date="1900-01-01", province="")
    assert {row["name"] for row in since} >= {chairman}
    several = canned(datasette, "people_in_several_units")
    assert all(row["units"] > 1 for row in several)


def test_the_unit_facet_lists_each_office_once(crawled, datasette):
    facet = datasette.json("/archive/articles.json?_facet=source_unit_canonical&_size=0")
    values = [row["value"] for row in facet["facet_results"]["source_unit_canonical"]["results"]]
    assert len(values) == len(set(values))
    # the replica writes one office several ways ("Văn phòng HĐND và UBND", "VP HĐND-UBND",
    # "Văn phòng HĐND & UBND phường"; the culture centre three ways): one name per ward
    db = crawled[0]
    for unit in ("Văn phòng%", "Trung tâm%"):
        rows = sqlite3.connect(db).execute(
            "SELECT portal, count(DISTINCT source_unit), count(DISTINCT source_unit_canonical) FROM articles "
            "WHERE source_unit_canonical LIKE ? GROUP BY portal", (unit,)).fetchall()
        assert rows and all(canonical == 1 for _, _, canonical in rows), rows
        assert any(written > 1 for _, written, _ in rows), rows
    assert json.loads(sqlite3.connect(db).execute("SELECT credits FROM articles WHERE credit_line LIKE 'Tin: %Ảnh:%' "
                                                   "LIMIT 1").fetchone()[0])[1]["role"] == "photographer"
