"""`ward-archive discover`: ward portals found from a province portal (issue 12, item 2)."""
from __future__ import annotations

import json
import sqlite3

import pytest

from ward_archive.discover import DiscoveryError, match_links, province_of, province_portal, units_named
from ward_archive.storage.wards import unit_registry
from ward_replica.hubs import HubServer
from ward_scraper.crawl.hostmap import mapped_address
from ward_scraper.crawl.registry import load_registry

from tests.conftest import run_cli

DONG_NAI = unit_registry().in_province("75")


def names(units):
    return [unit.name for unit in units]


def test_a_link_text_names_its_unit_with_tone_marks_deciding():
    assert names(units_named("UBND xã Lộc Thạnh", DONG_NAI)) == ["Xã Lộc Thạnh"]
    assert names(units_named("Cổng TTĐT xã Lộc Thành", DONG_NAI)) == ["Xã Lộc Thành"]
    assert names(units_named("1 | PHƯỜNG BÌNH LỘC", DONG_NAI)) == ["Phường Bình Lộc"]
    assert units_named("Sở Tư pháp", DONG_NAI) == []


def test_a_shared_slug_never_decides_alone_but_a_name_does():
    links = [("Trang xã", "https://locthanh.dongnai.gov.vn/"),           # slug of Lộc Thạnh and Lộc Thành
             ("UBND xã Lộc Thành", "https://locthanh.dongnai.gov.vn/"),  # the name decides
             ("Website", "https://binhloc.dongnai.gov.vn/tin-tuc"),     # a slug only one unit has
             ("Phường Trấn Biên", "https://bienhoa.dongnai.gov.vn/"),  # the name beats the host's slug
             ("Cổng tỉnh", "https://dongnai.gov.vn/")]                  # the province itself
    candidates, undecided = match_links(links, DONG_NAI, "dongnai.gov.vn")
    assert [(c.unit.name, c.url, c.how) for c in candidates] == [
        ("Xã Lộc Thành", "https://locthanh.dongnai.gov.vn/", "link"),
        ("Phường Bình Lộc", "https://binhloc.dongnai.gov.vn/", "link"),
        ("Phường Trấn Biên", "https://bienhoa.dongnai.gov.vn/", "link")]
    assert [link["text"] for link in undecided] == ["Trang xã"]
    assert "Xã Lộc Thạnh and Xã Lộc Thành" in undecided[0]["why"]


def test_provinces_by_name_or_code_and_the_portal_naming_rule():
    assert province_of("Thành phố Đồng Nai") == ("75", "Đồng Nai") == province_of("75")
    assert province_portal("Đồng Nai") == "https://dongnai.gov.vn/"
    assert province_portal("Hồ Chí Minh") == "https://hochiminhcity.gov.vn/"
    with pytest.raises(DiscoveryError):
        province_of("Sài Gòn Cũ")


def test_the_host_map_answers_before_dns():
    table = {"binhloc.dongnai.gov.vn": "127.0.0.1", ".dongnai.gov.vn": "", "dongnai.gov.vn": "127.0.0.1"}
    assert mapped_address("BinhLoc.DongNai.gov.vn", table) == "127.0.0.1"
    assert mapped_address("dongnai.gov.vn", table) == "127.0.0.1"
    assert mapped_address("nowhere.dongnai.gov.vn", table) == ""      # no such host
    assert mapped_address("example.org", table) is None               # ask DNS


def test_discover_unknown_province_is_one_line_and_exit_2(tmp_path):
    result = run_cli("discover", "--province", "Atlantis")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "Atlantis" in result.stderr
    result = run_cli("discover", "--province", "75", "--db", tmp_path / "missing.db")
    assert result.returncode == 2 and "Traceback" not in result.stderr and "no archive at" in result.stderr


@pytest.fixture(scope="module")
def discovered(tmp_path_factory):
    """One discovery run on the replica's Đồng Nai hub, then a crawl of what it wrote."""
    folder = tmp_path_factory.mktemp("discover")
    registry, db = folder / "found.csv", folder / "archive.db"
    with HubServer() as hubs:
        host_map = "WARD_HOST_MAP=" + json.dumps(hubs.host_map())
        found = run_cli("discover", "--province", "Đồng Nai", "--portal", hubs.portal_url("Đồng Nai"),
                        "--json", "--write-registry", str(registry), "-s", host_map)
        crawl = run_cli("crawl", "--portals", str(registry), "--db", str(db),
                        "--log-level", "WARNING", "-s", host_map)
        again = run_cli("discover", "--province", "75", "--portal", hubs.portal_url("Đồng Nai"), "--json",
                        "--db", str(db), "-s", host_map)
        yield {"hubs": hubs, "found": found, "report": json.loads(found.stdout or "null"),
               "registry": registry, "crawl": crawl, "db": db, "again": again}


def test_discover_verifies_exactly_the_portals_behind_the_hub(discovered):
    assert discovered["found"].returncode == 0, discovered["found"].stderr[-2000:]
    report = discovered["report"]
    verified = {found["code"]: found["host"].split(":")[0] for found in report["verified"]}
    assert verified == discovered["hubs"].expected_portals("Đồng Nai")
    how = {found["name"]: found["how"] for found in report["verified"]}
    assert how == {"Phường Bình Lộc": "link", "Xã Lộc Thạnh": "link", "Phường Trấn Biên": "link",
                   "Xã Phú Riềng": "naming rule"}
    for found in report["verified"]:
        assert found["platform"] == "nukeviet" and len(found["sections"]) == 3


def test_discover_reports_every_other_unit_with_what_was_tried(discovered):
    report = discovered["report"]
    missing = {unit["name"]: unit["tried"] for unit in report["missing"]}
    assert len(missing) == len(DONG_NAI) - 4
    assert "HTTP 404" in missing["Phường Tân Phú"][0]["why"]                       # a broken link
    assert "refused" in missing["Phường Tam Hiệp"][0]["why"]                      # nothing listens
    assert missing["Xã Lộc Thành"][0]["why"] == "the portal of Xã Lộc Thạnh"        # shared slug
    assert missing["Phường Biên Hòa"][0]["why"] == "the portal of Phường Trấn Biên"  # old district host
    assert missing["Xã Định Quán"] == [{"url": missing["Xã Định Quán"][0]["url"], "how": "naming rule",
                                        "why": "no such host"}]
    # departments are linked too, but are no units
    assert not any("stp." in link["url"] for link in report["undecided_links"])


def test_only_verified_portals_enter_the_registry_and_they_crawl(discovered):
    portals = load_registry(discovered["registry"])
    assert {portal.ward_code for portal in portals} == set(discovered["hubs"].expected_portals("Đồng Nai"))
    lines = discovered["registry"].read_text(encoding="utf-8").splitlines()
    assert lines[0].endswith(",status,evidence") and all(",verified," in line for line in lines[1:])
    assert discovered["crawl"].returncode == 0, discovered["crawl"].stderr[-3000:]
    with sqlite3.connect(discovered["db"]) as conn:
        per_portal = dict(conn.execute("SELECT portal, count(*) FROM articles GROUP BY portal"))
    assert set(per_portal) == {portal.slug for portal in portals}
    assert all(count >= 10 for count in per_portal.values()), per_portal


def test_with_the_archive_units_it_has_a_portal_for_are_not_looked_for_again(discovered):
    again = discovered["again"]
    assert again.returncode == 0, again.stderr[-2000:]
    report = json.loads(again.stdout)
    assert report["verified"] == []
    assert {unit["code"] for unit in report["archived"]} == set(discovered["hubs"].expected_portals("Đồng Nai"))
    assert len(report["missing"]) == len(DONG_NAI) - 4
    # Biên Hòa's naming-rule host is still Trấn Biên's, now from the archive
    missing = {unit["name"]: unit["tried"] for unit in report["missing"]}
    assert missing["Phường Biên Hòa"][0]["why"] == "the portal of Phường Trấn Biên"
