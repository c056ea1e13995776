"""The registry is validated whole; errors name the row and the column."""
import pytest

from ward_scraper.crawl.registry import COLUMNS, DEFAULT_REGISTRY, Portal, RegistryError, load_registry

HEADER = ",".join(COLUMNS)
GOOD = "binh-loc,Phường Bình Lộc,26089,Đồng Nai,generic,https://binhloc.dongnai.gov.vn,/vi/news/ /vi/news/thong-bao/"


def write(tmp_path, *rows, header=HEADER):
    path = tmp_path / "portals.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def test_good_file_loads_with_listing_urls(tmp_path):
    [portal] = load_registry(write(tmp_path, GOOD))
    assert portal.ward_code == "26089"
    assert portal.base_url == "https://binhloc.dongnai.gov.vn/"
    assert portal.listing_urls == ["https://binhloc.dongnai.gov.vn/vi/news/",
                                   "https://binhloc.dongnai.gov.vn/vi/news/thong-bao/"]


@pytest.mark.parametrize("row, column", [
    (GOOD.replace("26089", "2608"), "ward_code"),
    (GOOD.replace("generic", "drupal"), "platform"),
    (GOOD.replace("https://binhloc.dongnai.gov.vn", "ftp://x"), "base_url"),
    (GOOD.replace("binh-loc,", "Bình Lộc,"), "slug"),
    (GOOD.replace(",Đồng Nai,", ",,"), "province"),
    (GOOD.replace("/vi/news/ ", "https://evil.example/ "), "listing_paths"),
    (GOOD + ",extra", "(extra)"),
])
def test_bad_cell_names_row_and_column(tmp_path, row, column):
    path = write(tmp_path, GOOD.replace("binh-loc", "first"), row)
    with pytest.raises(RegistryError) as error:
        load_registry(path)
    assert f"row 3, column {column}" in str(error.value)


def test_missing_column_and_duplicate_slug(tmp_path):
    with pytest.raises(RegistryError, match="lacks column.*listing_paths"):
        load_registry(write(tmp_path, GOOD, header=HEADER.replace(",listing_paths", "")))
    with pytest.raises(RegistryError, match="row 3, column slug: 'binh-loc' appears twice"):
        load_registry(write(tmp_path, GOOD, GOOD))


def test_seed_registry_is_valid_and_names_the_sample_wards():
    portals = {p.slug: p for p in load_registry(DEFAULT_REGISTRY)}
    assert portals["binh-loc-dongnai"].ward_code == "26089"
    assert portals["to-chau-angiang"].ward_code == "30766"
    assert all(p.host.endswith(".gov.vn") for p in portals.values())


def test_a_portal_comes_back_from_the_row_it_writes():
    """`from_row` reads what `as_row` writes (the archive's portals rows): reparse rebuilds portals with it."""
    for portal in load_registry(DEFAULT_REGISTRY):
        assert Portal.from_row(portal.as_row()) == portal
