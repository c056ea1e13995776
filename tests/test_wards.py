"""The official unit registry: the `wards`, `old_units` and `ward_succession`
tables migrate() loads, the library API discovery will use, and the portal
registry's code check. Facts checked here are the official list's (the
national statistics office, 2026 edition), not whatever a package says."""
import sqlite3

import pytest

from ward_archive.storage import migrate
from ward_archive.storage.wards import load_wards, unit_registry
from ward_scraper.crawl.registry import COLUMNS, DEFAULT_REGISTRY, RegistryError, load_registry
from ward_scraper.util.wardnames import name_key, split_type, ward_slug
from tests.conftest import run_cli


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    path = tmp_path_factory.mktemp("wards") / "archive.db"
    migrate(str(path))
    conn = sqlite3.connect(path)
    yield conn
    conn.close()


def test_every_current_unit_is_loaded_with_its_official_code(archive):
    assert archive.execute("SELECT count(*) FROM current_wards").fetchone() == (3321,)
    assert archive.execute("SELECT count(DISTINCT province_code) FROM current_wards").fetchone() == (34,)
    named = dict(archive.execute("SELECT code, name || ' | ' || province_name FROM current_wards "
                                 "WHERE code IN ('26089', '30766', '00226')"))
    assert named == {"26089": "Phường Bình Lộc | Thành phố Đồng Nai",
                     "30766": "Phường Tô Châu | Tỉnh An Giang",
                     # The draft list (vietnam-provinces 2025.10.1) has Phường Kim Liên here.
                     "00226": "Phường Văn Miếu - Quốc Tử Giám | Thành phố Hà Nội"}


def test_types_on_reform_day_and_the_2026_reclassifications(archive):
    def types_on(day):
        return dict(archive.execute(
            "SELECT type, count(*) FROM wards WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to > ?) "
            "GROUP BY type", (day, day)))
    assert types_on("2025-07-01") == {"xã": 2621, "phường": 687, "đặc khu": 13}
    # NQ 237/NQ-UBTVQH16 (Đồng Nai, 10 units) and 388/NQ-UBTVQH16 (Bắc Ninh, 12).
    assert types_on("2026-05-01") == {"xã": 2611, "phường": 697, "đặc khu": 13}
    assert types_on("2026-12-01") == {"xã": 2599, "phường": 709, "đặc khu": 13}
    history = archive.execute("SELECT name, type, valid_from, valid_to, change FROM wards WHERE code = '26425' "
                              "ORDER BY valid_from").fetchall()
    assert history == [("Xã Xuân Lộc", "xã", "2025-07-01", "2026-04-14", None),
                       ("Phường Xuân Lộc", "phường", "2026-04-14", None, "phường by 237/NQ-UBTVQH16")]


def test_old_units_and_their_successors(archive):
    assert archive.execute("SELECT count(*) FROM old_units").fetchone()[0] > 10_000
    # Every old commune has a successor, and every successor is a current unit.
    assert archive.execute("SELECT count(*) FROM old_units WHERE code NOT IN "
                           "(SELECT old_code FROM ward_succession)").fetchone() == (0,)
    assert archive.execute("SELECT count(*) FROM ward_succession WHERE new_code NOT IN "
                           "(SELECT code FROM current_wards)").fetchone() == (0,)
    into_binh_loc = archive.execute(
        "SELECT o.name, o.district_name, s.extent FROM ward_succession s JOIN old_units o ON o.code = s.old_code "
        "WHERE s.new_code = '26089' ORDER BY o.name").fetchall()
    assert into_binh_loc == [("Phường Suối Tre", "Thành phố Long Khánh", "whole"),
                             ("Xã Bình Lộc", "Thành phố Long Khánh", "whole"),
                             ("Xã Xuân Thiện", "Huyện Thống Nhất", "whole")]
    # A split commune has several successors and exactly one main one.
    split = archive.execute("SELECT old_code, count(*), sum(main) FROM ward_succession WHERE extent = 'part' "
                            "GROUP BY old_code").fetchall()
    assert len(split) > 400 and all(count > 1 and main == 1 for _, count, main in split)


def test_slugs_follow_the_host_name_rule_and_collide_only_within_their_province(archive):
    slugs = dict(archive.execute("SELECT code, slug FROM current_wards WHERE code IN ('26089', '00226', '24184')"))
    assert slugs == {"26089": "binhloc", "00226": "vanmieuquoctugiam", "24184": "eahleo"}
    assert archive.execute("SELECT count(*) FROM current_wards WHERE slug GLOB '*[^a-z0-9]*'").fetchone() == (0,)
    collisions = archive.execute("SELECT province_code, slug, count(*) FROM current_wards "
                                 "GROUP BY province_code, slug HAVING count(*) > 1").fetchall()
    assert len(collisions) == 10 and all(count == 2 for _, _, count in collisions)


def test_library_api_matches_by_slug_and_name_within_a_province():
    units = unit_registry()
    assert units.unit("226").code == units.unit("00226").code == "00226"
    assert units.unit("99999") is None and units.unit("abc") is None
    quang_ngai = units.province_code("Quảng Ngãi")
    # Two units share the slug: only the name tells them apart.
    assert sorted(u.name for u in units.by_slug(quang_ngai, "sonha")) == ["Xã Sơn Hà", "Xã Sơn Hạ"]
    assert [u.code for u in units.by_name(quang_ngai, "xã Sơn Hạ")] == ["21292"]
    assert [u.code for u in units.by_name(units.province_code("Thành phố Đồng Nai"), "Bình Lộc")] == ["26089"]
    assert units.by_slug(units.province_code("Hà Nội"), "binhloc") == []
    assert units.province_code("Tỉnh Đồng Nai") == units.province_code("đồng  nai") == "75"


def test_name_helpers():
    assert split_type("Đặc khu Phú Quốc") == ("đặc khu", "Phú Quốc")
    assert split_type("xã Bắc Sơn") == ("xã", "Bắc Sơn")  # the official list's one lower-case type word
    assert ward_slug("Đống Đa") == "dongda"
    assert name_key("Xã Thuận Hoà") == name_key("xã  Thuận Hòa")
    assert name_key("Cư M’gar") == name_key("Cư M'gar")
    assert name_key("Sơn Hà") != name_key("Sơn Hạ") and name_key("Đa") != name_key("Da")


def test_migrate_reloads_units_when_the_data_changed(tmp_path):
    path = str(tmp_path / "a.db")
    migrate(path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DELETE FROM wards WHERE code = '26089'")
        conn.execute("UPDATE wards_state SET data = 'an older data set'")
    migrate(path)
    assert conn.execute("SELECT name FROM current_wards WHERE code = '26089'").fetchone() == ("Phường Bình Lộc",)
    with conn:
        load_wards(conn)  # reloading twice keeps one copy
    assert conn.execute("SELECT count(*) FROM current_wards").fetchone() == (3321,)
    conn.close()


# ---- the portal registry refers to units by code ---------------------------

HEADER = ",".join(COLUMNS)
GOOD = "binh-loc,Phường Bình Lộc,26089,Đồng Nai,generic,https://binhloc.dongnai.gov.vn,/vi/news/"


def load_row(tmp_path, row):
    path = tmp_path / "portals.csv"
    path.write_text(f"{HEADER}\n{row}\n", encoding="utf-8")
    return load_registry(path)


@pytest.mark.parametrize("row, column, message", [
    (GOOD.replace("26089", "26088"), "ward_code", "'26088' is not the code of a current unit"),
    (GOOD.replace("Phường Bình Lộc", "Phường Kim Liên").replace("26089", "00226").replace("Đồng Nai", "Hà Nội"),
     "ward_name",
     "unit 00226 is Phường Văn Miếu - Quốc Tử Giám, not 'Phường Kim Liên'"),
    (GOOD.replace("Phường Bình Lộc", "Xã Bình Lộc"), "ward_name", "unit 26089 is Phường Bình Lộc"),
    (GOOD.replace("Đồng Nai", "Hà Nội"), "province", "unit 26089 (Phường Bình Lộc) is in Thành phố Đồng Nai"),
    (GOOD.replace("Phường Bình Lộc", "Xã Xuân Đông (cũ)"), "ward_name",
     "'Xã Xuân Đông' is not a former unit merged into 26089"),
])
def test_a_row_contradicting_its_code_is_rejected_with_row_and_column(tmp_path, row, column, message):
    with pytest.raises(RegistryError) as error:
        load_row(tmp_path, row)
    assert f"row 2, column {column}: {message}" in str(error.value)


@pytest.mark.parametrize("name", ["Phường Bình Lộc", "Bình Lộc", "phường  Bình Lộc", "Xã Xuân Thiện (cũ)",
                                  "Phường Suối Tre (cũ)"])
def test_a_row_may_name_the_unit_or_a_former_commune_of_it(tmp_path, name):
    [portal] = load_row(tmp_path, GOOD.replace("Phường Bình Lộc", name))
    assert portal.ward_code == "26089"


def test_a_former_name_of_a_reclassified_unit_is_still_its_name(tmp_path):
    row = "xuan-loc,Xã Xuân Lộc,26425,Thành phố Đồng Nai,generic,https://xuanloc.dongnai.gov.vn,/"
    assert load_row(tmp_path, row)[0].ward_code == "26425"


def test_seed_registry_refers_to_real_units():
    portals = load_registry(DEFAULT_REGISTRY)
    without_code = [p.slug for p in portals if not p.ward_code]
    # Xã Sơn Linh (Hà Tĩnh) was merged before 2025: the official lists hold no code for it.
    assert without_code == ["son-linh-hatinh"]
    units = unit_registry()
    assert {p.slug: units.unit(p.ward_code).name for p in portals if p.ward_code}["thuan-phuoc-danang"] == \
        "Phường Hải Châu"


@pytest.mark.e2e
def test_the_crawl_command_refuses_a_contradicting_row_in_one_line(tmp_path):
    registry = tmp_path / "portals.csv"
    registry.write_text(f"{HEADER}\n{GOOD.replace('Phường Bình Lộc', 'Phường Kim Liên')}\n", encoding="utf-8")
    result = run_cli("crawl", "--portals", registry, "--db", tmp_path / "a.db")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"error: {registry}: row 2, column ward_name: unit 26089 is Phường Bình Lộc, not 'Phường Kim Liên'"]
    assert not (tmp_path / "a.db").exists()
