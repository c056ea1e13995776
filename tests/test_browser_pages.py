"""The reader's pages in Debian's chromium, headless, at a laptop's 1366x768
(datasette/plugins/ward_pages.py): the home page, the search page with its
filters, a table page, the language switch; the first search result is on the
first screen (a screenshot is kept as evidence); and every same-site link the
home, a table, a search and an article page show answers without a server error."""
import re
import urllib.error
import urllib.parse
import urllib.request

import pytest

from tests.test_browser import browser, refused_by_policy  # noqa: F401 - the shared chromium fixture

pytestmark = pytest.mark.browser

LAPTOP = {"width": 1366, "height": 768}
CONGRESS = "đại hội"


@pytest.fixture
def page(browser):  # noqa: F811 - pytest fixture injection
    page = browser.new_page(viewport=LAPTOP)
    yield page
    page.close()


def test_home_page_searches_and_lists_the_wards(page, datasette):
    refused = refused_by_policy(page)
    page.goto(f"{datasette.base}/?lang=vi")
    assert page.title() == "Lưu trữ tin tức phường, xã"
    # the box is labelled, and the label names it
    assert page.get_by_label("Tìm trong tin tức của chính quyền phường, xã").is_visible()
    assert page.locator("table.ward-wards tbody tr").count() == 7
    page.get_by_label("Tìm trong tin tức của chính quyền phường, xã").fill(CONGRESS)
    page.keyboard.press("Enter")
    page.wait_for_selector(".ward-result")
    assert page.url.startswith(f"{datasette.base}/archive/search?")
    assert "đại hội" in page.title().lower() or "Tìm tin bài" in page.title()
    assert refused == []


def test_first_search_result_is_visible_without_scrolling(page, datasette, tmp_path):
    page.goto(f"{datasette.base}/archive/search?" + urllib.parse.urlencode({"q": CONGRESS}))
    first = page.locator(".ward-result").first
    box = first.bounding_box()
    shot = tmp_path / "search-1366x768.png"
    page.screenshot(path=str(shot))   # evidence: the first screen, as a reader sees it
    assert shot.stat().st_size > 10_000
    assert box and 0 <= box["y"] and box["y"] + box["height"] <= LAPTOP["height"], box
    assert 0 <= box["x"] and box["x"] + box["width"] <= LAPTOP["width"], box
    assert "ĐẠI HỘI" in first.locator("h2").inner_text().upper()
    # the SQL is there, folded: not on screen until asked for
    assert not page.locator("details.ward-sql pre").is_visible()
    page.locator("details.ward-sql summary").click()
    assert "ward_rank" in page.locator("details.ward-sql pre").inner_text()


def test_first_article_row_is_visible_without_scrolling_on_the_articles_table(page, datasette, tmp_path):
    page.goto(f"{datasette.base}/archive/articles")
    first_title = page.locator("table.rows-and-columns tbody tr").first.locator("td").first
    page.screenshot(path=str(tmp_path / "articles-1366x768.png"))
    box = first_title.bounding_box()
    assert box and box["y"] + box["height"] <= LAPTOP["height"], box
    assert page.locator("table.rows-and-columns thead th").first.get_attribute("data-column") == "title"
    assert not page.locator("dl.column-descriptions").is_visible()
    assert page.title().startswith("Tất cả tin bài (")


def test_search_filters_narrow_the_results(page, datasette):
    page.goto(f"{datasette.base}/archive/search")
    page.fill("#ward-q", "ubnd")
    page.select_option("select[name=province]", "Đà Nẵng")
    page.fill("input[name=date_from]", "2025-01-01")
    page.locator("form.ward-search-form input[type=submit]").click()
    page.wait_for_selector(".ward-result")
    metas = page.locator(".ward-result .ward-meta").all_inner_texts()
    assert metas and all("Đà Nẵng" in meta for meta in metas), metas
    assert all(meta[:10] >= "2025-01-01" for meta in metas), metas
    # the form keeps what was asked
    assert page.locator("select[name=province]").input_value() == "Đà Nẵng"


def test_sorting_a_table_from_its_header_and_switching_language(page, datasette):
    page.goto(f"{datasette.base}/archive/articles")
    page.locator("th.col-ward_name a").click()
    page.wait_for_url(re.compile(r"_sort=ward_name"))
    wards = page.locator("table.rows-and-columns td.col-ward_name").all_inner_texts()
    assert wards == sorted(wards)
    page.locator(".ward-lang a[lang=en]").click()
    page.wait_for_selector(".ward-lang strong[lang=en]")
    assert page.title().startswith("All articles (")
    assert page.locator("table.rows-and-columns tbody tr").count() > 0   # ?lang= is no column filter
    page.goto(f"{datasette.base}/")   # the choice is kept
    assert page.title() == "Ward and commune news archive"
    page.locator(".ward-lang a[lang=vi]").click()
    page.wait_for_selector(".ward-lang strong[lang=vi]")


# Same-site links that answer 4xx on purpose, and why.
EXPECTED_4XX = {
    # none so far: a link that answers 4xx is a broken link unless listed here with its reason
}


def shown_links(page) -> set[str]:
    hrefs = page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)")
    return {href.split("#")[0] for href in hrefs}


def status_of(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code


def test_no_link_on_the_home_table_search_or_article_page_answers_a_server_error(page, datasette):
    starts = ["/", "/archive/articles", "/archive/search?" + urllib.parse.urlencode({"q": CONGRESS})]
    page.goto(datasette.base + starts[-1])
    starts.append(urllib.parse.urlsplit(page.locator("a.ward-article-link").first.get_attribute("href")).path)
    links = set()
    for start in starts:
        page.goto(datasette.base + start)
        links |= {link for link in shown_links(page) if link.startswith(datasette.base + "/")}
    assert len(links) > 100
    answers = {link: status_of(link) for link in sorted(links)}
    server_errors = {link: code for link, code in answers.items() if code >= 500}
    unexpected = {link: code for link, code in answers.items()
                  if 400 <= code < 500 and urllib.parse.urlsplit(link).path not in EXPECTED_4XX}
    assert not server_errors, server_errors
    assert not unexpected, unexpected
