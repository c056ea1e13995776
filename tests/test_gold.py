"""The gold set, checked the same way on every platform: each frozen page of
tests/gold/<platform>/ against the expectations written next to it.

Article pages: every field the gold states (the nine of `FIELDS`, and
`category` where the gold gives it), parsed without a field error; the
archive key (`page_canonical_url`); the detected platform; not taken for a
removed-article notice. Listing pages: the article links in page order, the
pager, the detected platform. What only one platform needs is tested in
tests/test_platform_<name>.py.
"""
from __future__ import annotations

import pytest

from tests.gold_pages import BLOG_FAMILIES, FAMILIES, FIELDS, extraction, gold_folder
from ward_scraper.extract.platforms import detect_platform, get_parser

ARTICLES = [(family, name) for family in FAMILIES for name in gold_folder(family).articles]
# (NukeViet's RSS feed, an .xml page, is read by its own test.)
LISTINGS = [(family, name) for family in FAMILIES for name in gold_folder(family).listings
            if (gold_folder(family).folder / f"{name}.html").exists()]
# WordPress's gold listing records its pager links in another order than the
# page prints them: compared as a set there (as they always were).
PAGER_ORDER_UNRECORDED = ("wordpress",)


def _compared_fields(family: str, name: str) -> tuple[str, ...]:
    stated_category = "category" in gold_folder(family).expected[name]
    return (*FIELDS, "category") if stated_category else FIELDS


FIELD_CASES = [(family, name, field) for family, name in ARTICLES for field in _compared_fields(family, name)]


def test_every_platform_has_gold_pages():
    assert set(FAMILIES) == {"generic", "hanoi", "joomla", "liferay", "nukeviet", "sharepoint", "slugid",
                             "wordpress"}
    for family in FAMILIES:
        assert gold_folder(family).articles, family


@pytest.mark.parametrize("family", BLOG_FAMILIES)
def test_blog_platform_gold_states_the_category(family):
    for name in gold_folder(family).articles:
        assert "category" in gold_folder(family).expected[name], name


@pytest.mark.parametrize("family, name, field", FIELD_CASES,
                         ids=[f"{family}/{name}/{field}" for family, name, field in FIELD_CASES])
def test_gold_article_field(family, name, field):
    assert extraction(family, name).fields[field] == gold_folder(family).expected[name][field]


@pytest.mark.parametrize("family, name", ARTICLES, ids=[f"{family}/{name}" for family, name in ARTICLES])
def test_gold_article_parses_without_field_errors(family, name):
    assert extraction(family, name).errors == {}


@pytest.mark.parametrize("family, name", ARTICLES, ids=[f"{family}/{name}" for family, name in ARTICLES])
def test_gold_article_key_platform_and_presence(family, name):
    folder, parser = gold_folder(family), get_parser(family)
    page = folder.page(name)
    assert parser.page_canonical_url(page) == folder.expected[name]["canonical_url"]
    assert detect_platform(page)[0] == family
    assert not parser.is_removed(page)


@pytest.mark.parametrize("family, name", LISTINGS, ids=[f"{family}/{name}" for family, name in LISTINGS])
def test_gold_listing(family, name):
    folder, parser = gold_folder(family), get_parser(family)
    page, want = folder.page(name), folder.expected[name]
    assert parser.article_links(page) == want["article_links"]      # menus, sidebars, other hosts left out
    if family in PAGER_ORDER_UNRECORDED:
        assert set(parser.next_pages(page)) == set(want["next_pages"])
    else:
        assert parser.next_pages(page) == want["next_pages"]
    assert detect_platform(page)[0] == family
