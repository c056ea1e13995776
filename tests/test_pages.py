"""The reader's pages over real HTTP (datasette/plugins/ward_pages.py): sorting
every table by every column it offers, tie-free across pages; short article
URLs; the Vietnamese collation inside Datasette; the home and search pages."""
import json
import re
import urllib.error
import urllib.parse
import urllib.request

import pytest

pytestmark = pytest.mark.e2e

PAGE = 4


def status_of(datasette, path: str) -> int:
    try:
        with urllib.request.urlopen(datasette.base + path, timeout=60) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code


def tables(datasette) -> list[dict]:
    return [t for t in datasette.json("/archive.json")["tables"] if not t["hidden"]]


def sortable_columns(datasette, table: str) -> list[str]:
    """What the table page offers to sort by: the metadata's list, else every column."""
    listed = datasette.json("/-/metadata.json")["databases"]["archive"]["tables"].get(table, {})
    return listed.get("sortable_columns") or datasette.json(f"/archive/{table}.json?_size=0")["columns"]


def rows_of(datasette, table: str, query: dict) -> tuple[list, str | None]:
    data = datasette.json(f"/archive/{table}.json?" + urllib.parse.urlencode({**query, "_shape": "objects"}))
    return [json.dumps(row, sort_keys=True) for row in data["rows"]], data.get("next")


def test_every_table_sorts_by_every_column_it_offers_in_both_directions_without_ties(datasette):
    checked = 0
    for table in tables(datasette):
        for column in sortable_columns(datasette, table["name"]):
            for direction in ("_sort", "_sort_desc"):
                first, token = rows_of(datasette, table["name"], {direction: column, "_size": PAGE})
                second = []
                if token:
                    second, _ = rows_of(datasette, table["name"], {direction: column, "_size": PAGE, "_next": token})
                whole, _ = rows_of(datasette, table["name"], {direction: column, "_size": 2 * PAGE})
                # two pages are the first rows of one page twice as long: no row twice, none skipped
                assert first + second == whole, (table["name"], direction, column)
                checked += 1
    assert checked > 100


def test_articles_sorted_by_date_or_ward_page_through_every_article_once(datasette):
    total = datasette.json("/archive/articles.json?_size=0")["filtered_table_rows_count"]
    for direction, column in (("_sort_desc", "published_at"), ("_sort", "ward_name"), ("_sort", "province")):
        seen, token = [], ""
        while token is not None:
            query = {direction: column, "_size": 7, "_col": "title", **({"_next": token} if token else {})}
            data = datasette.json("/archive/articles.json?" + urllib.parse.urlencode({**query, "_shape": "objects"}))
            seen += [row["canonical_url"] for row in data["rows"]]
            token = data.get("next")
        assert len(seen) == len(set(seen)) == total, (column, len(seen), len(set(seen)), total)


def test_an_unsortable_column_is_the_askers_mistake_not_a_server_error(datasette):
    assert status_of(datasette, "/archive/articles?_sort=body_text") == 400
    assert status_of(datasette, "/archive/articles?_sort_desc=body_text&_next=x") == 400   # a later page too
    assert status_of(datasette, "/archive/articles?_sort=published_at") == 200
    assert status_of(datasette, "/archive/articles?_sort_desc=ward_name") == 200


def test_short_article_url_redirects_to_the_article_page(datasette, crawled):
    row = datasette.json("/archive/articles.json?_shape=objects&_size=1&_col=id&_col=title")["rows"][0]
    with urllib.request.urlopen(f"{datasette.base}/a/{row['id']}", timeout=60) as response:
        assert response.url.startswith(f"{datasette.base}/archive/articles/")
        assert urllib.parse.unquote(response.url.rsplit("/", 1)[1].replace("~", "%")) == row["canonical_url"]
        # the article page shows the short address to cite it by
        assert '<p class="ward-cite">' in (page := response.read().decode())
        assert f'href="/a/{row["id"]}">{datasette.base}/a/{row["id"]}</a>' in page
    assert status_of(datasette, "/a/999999999") == 404


def test_datasette_sorts_names_in_vietnamese_order(datasette):
    sql = ("select column1 from (values ('Hồ Chí Minh'), ('Đà Nẵng'), ('Bình'), ('Ấp')) "
           "order by column1 collate vietnamese")
    rows = datasette.json("/archive.json?" + urllib.parse.urlencode({"sql": sql, "_shape": "arrayfirst"}))
    assert rows == ["Ấp", "Bình", "Đà Nẵng", "Hồ Chí Minh"]


def test_home_page_lists_the_wards_in_vietnamese_order_with_counts_and_newest_article(datasette):
    html = datasette.get("/").decode()
    assert '<label for="ward-q"' in html and 'action="/archive/search"' in html
    provinces = re.findall(r'<td class="ward-province">([^<]+)</td>', html)
    assert provinces.index("Đà Nẵng") < provinces.index("Hà Nội") < provinces.index("Hồ Chí Minh")
    counts = datasette.json("/archive.json?sql=select+ward_name,+count(*)+from+articles+group+by+ward_name"
                            "&_shape=arrays")["rows"]
    for ward, count in counts:
        assert re.search(rf'>{re.escape(ward)}</a>\s*(<a class="ward-feed"[^>]*>[^<]*</a>)?</td>\s*<td[^>]*>{count}</td>',
                         html), ward
    assert re.search(r'href="/a/\d+"', html)
    assert 'href="/archive"' in html   # Datasette's own database page, for SQL users
    assert re.search(r'href="/-/feeds/archive/ward/\d{5}\.atom"', html)   # each ward's feed


def test_search_page_has_filters_from_the_archive_and_links_results_to_short_urls(datasette):
    html = datasette.get("/archive/search?q=" + urllib.parse.quote("ủy ban nhân dân")).decode()
    for name in ("q", "province", "ward", "unit"):
        assert f'name="{name}"' in html
    assert html.count('type="date"') == 2
    assert "<option>Đà Nẵng</option>" in html
    first_result = html.index('class="ward-result"')
    assert first_result < html.index("<details class=\"ward-sql\">")   # results first, the SQL after, folded
    assert re.search(r'<a class="ward-article-link" href="/a/\d+">', html)
    assert "<title>" in html and "select" not in html[html.index("<title>"):html.index("</title>")].lower()


def test_the_language_argument_is_no_column_filter(datasette):
    """Datasette reads a table page's arguments as filters; `?lang=` is taken out first."""
    total = datasette.json("/archive/articles.json?_size=0")["filtered_table_rows_count"]
    html = datasette.get("/archive/articles?lang=en&_sort=ward_name").decode()
    assert f"<title>All articles ({total:,})" in html
    assert datasette.json("/archive/articles.json?lang=vi&_size=0")["filtered_table_rows_count"] == total
