"""A stranger's server chose these links, headers and bodies to hurt (issue 8).

Unit-level checks here; the crawl against the hostile portal of
tests/hostile_portal.py is below them."""
from __future__ import annotations

from ward_scraper.extract.platforms import get_parser
from ward_scraper.util.page import Page

from tests.hostile_portal import SCRIPT_URLS, _article_html, _script_extra


def test_script_in_disguise_is_never_an_image_or_attachment():
    url = "http://127.0.0.1:8000/tin-tuc/bai-viet-0.html"
    page = Page.from_bytes(url, _article_html(0, _script_extra()).encode())
    extraction = get_parser("generic").parse(page)
    assert not extraction.errors
    fields = extraction.fields
    assert fields["body_text"] and fields["title"]
    linked = [image["src"] for image in fields["images"]] + [a["url"] for a in fields["attachments"]]
    assert all(link.startswith("http://127.0.0.1:8000/") for link in linked), linked
    for script in SCRIPT_URLS:
        assert script not in fields["body_html"]
    assert "script:" not in fields["body_html"].lower().replace("\t", "").replace("\n", "")
