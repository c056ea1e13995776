"""A researcher's path through Datasette in Debian's chromium, headless:
search without diacritics, see the highlighted Vietnamese match, open the
article page, download the CSV."""
import csv
import io
import shutil

import pytest

from ward_scraper.util.text import fold

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# As root, in a sandbox with no network but loopback: no sandboxing, no
# background connections (they would be refused, many at a time).
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync",
         "--disable-background-networking", "--disable-component-update"]


@pytest.fixture(scope="module")
def browser():
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        yield instance
        instance.close()


def refused_by_policy(page) -> list[str]:
    """Collects what the Content-Security-Policy blocks on the page, as Chromium reports it."""
    refused = []
    page.on("console", lambda message: refused.append(message.text)
            if "Content Security Policy" in message.text else None)
    return refused


def test_search_highlight_article_page_and_csv(browser, datasette, tmp_path):
    page = browser.new_page(accept_downloads=True)
    refused = refused_by_policy(page)
    page.goto(f"{datasette.base}/archive/search")
    page.fill("input[name=q]", "uy ban nhan dan")
    page.keyboard.press("Enter")
    page.wait_for_selector(".ward-result mark")

    marks = page.locator(".ward-result mark").all_inner_texts()
    # typed without diacritics, found as written: "Ủy ban nhân dân", "Uỷ ban nhân dân" or "UBND"
    assert marks and all(fold(m) in ("uy ban nhan dan", "ubnd") for m in marks), marks
    snippet = page.locator(".ward-result .ward-snippet").first.inner_text()
    assert snippet != fold(snippet) and any(ch in snippet for ch in "ệồườữđĐ"), snippet

    first_title = page.locator(".ward-result a.ward-article-link").first.inner_text()
    page.locator("a.ward-article-link").first.click()   # its short address, /a/<id>
    page.wait_for_selector("article.ward-article h1")
    assert page.locator("article.ward-article h1").inner_text() == first_title
    assert page.locator("article.ward-article p").count() >= 3

    page.go_back()
    csv_link = page.locator("a[href*='.csv']").first
    # the page's own CSV link, as a download (Datasette's _dl=1 sends it as an attachment)
    csv_link.evaluate("a => { a.href = a.href + (a.href.includes('?') ? '&' : '?') + '_dl=1'; }")
    with page.expect_download() as download_info:
        csv_link.click()
    saved = tmp_path / "search.csv"
    download_info.value.save_as(saved)
    rows = list(csv.DictReader(io.StringIO(saved.read_text(encoding="utf-8"))))
    assert rows and rows[0]["title"] == first_title
    assert any("Ủy" in r["snippet"] or "Uỷ" in r["snippet"] or "UBND" in r["snippet"] for r in rows)
    assert refused == []


def test_datasettes_own_scripts_run_under_our_policy(browser, datasette):
    """Datasette's table and SQL pages need their scripts (inline ones are
    allowed by hash, plugins/ward_headers.py): the column menu and the SQL editor."""
    page = browser.new_page()
    refused = refused_by_policy(page)
    page.goto(f"{datasette.base}/archive/articles")
    # table.js adds a menu icon to each sortable column (one on the first screen:
    # scrolling the table to reach a column closes the menu)
    page.locator("th.col-published_at svg.dropdown-menu-icon").click()
    page.wait_for_selector(".dropdown-menu a.dropdown-sort-desc", state="visible")
    page.goto(f"{datasette.base}/archive?sql=select+1")
    page.wait_for_selector(".CodeMirror")  # the inline script of _codemirror_foot.html ran
    page.locator("body").click()  # the inline script closing menus is allowed too
    assert refused == []
