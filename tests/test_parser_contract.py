"""The parser contract (scraper/extract/platforms/base.py): declared fields,
one error per field, the page never changed, detection order declared."""
from __future__ import annotations

import lxml.html
import pytest

from tests.gold_pages import FAMILIES, gold_folder
from ward_scraper.crawl.items import EXTRACTED_FIELDS
from ward_scraper.extract.platforms import DETECTION_ORDER, PARSERS, detect_platform, get_parser
from ward_scraper.extract.platforms.base import ARTICLE_FIELDS, Parser, ParseContext, field
from ward_scraper.extract.platforms.nukeviet import NukeVietParser

ARTICLES = [(family, name) for family in FAMILIES for name in gold_folder(family).articles]
NUKEVIET = gold_folder("nukeviet")
NAME = "xuandong-tiep-xuc-cu-tri"


class BrokenDateParser(NukeVietParser):
    """NukeViet, with a date line it cannot read."""
    name = "broken-date"

    @field
    def published_at(self, context: ParseContext) -> str | None:
        raise ValueError("unreadable date line")


class BrokenBodyParser(NukeVietParser):
    name = "broken-body"

    def prepare_body(self, element, context: ParseContext) -> None:
        raise RuntimeError("template changed")


# ---- one field, one error -------------------------------------------------------

def test_a_failing_date_keeps_the_body_and_records_its_error():
    extraction = BrokenDateParser().parse(NUKEVIET.page(NAME))
    want = NUKEVIET.expected[NAME]
    assert extraction.errors == {"published_at": "ValueError: unreadable date line"}
    assert extraction.fields["published_at"] is None
    for name in ("title", "lead", "body_text", "credit_line", "images", "attachments"):
        assert extraction.fields[name] == want[name], name


def test_a_failing_body_keeps_title_and_date_and_empties_every_body_field():
    extraction = BrokenBodyParser().parse(NUKEVIET.page(NAME))
    want = NUKEVIET.expected[NAME]
    assert (extraction.fields["title"], extraction.fields["published_at"]) == (want["title"], want["published_at"])
    body_fields = {"body_text", "body_html", "images", "attachments", "credit_line"}
    assert set(extraction.errors) == body_fields
    assert all(message == "RuntimeError: template changed" for message in extraction.errors.values())
    assert (extraction.fields["body_text"], extraction.fields["images"], extraction.fields["attachments"]) == ("", [], [])
    assert list(extraction.fields) == list(ARTICLE_FIELDS)


# ---- declared fields and hooks --------------------------------------------------

def test_the_parsers_fields_are_the_items_extracted_fields():
    assert ARTICLE_FIELDS == EXTRACTED_FIELDS
    for name in ARTICLE_FIELDS:
        assert getattr(getattr(Parser, name), "is_article_field", False), name


@pytest.mark.parametrize("name", sorted(PARSERS))
def test_no_parser_overrides_parse(name):
    assert PARSERS[name].parse is Parser.parse


def test_an_override_of_parse_is_refused():
    with pytest.raises(TypeError, match="overrides parse"):
        type("Patched", (Parser,), {"parse": lambda self, page: {}})


def test_a_field_method_must_be_declared():
    with pytest.raises(TypeError, match="mark it @field"):
        type("Undeclared", (Parser,), {"title": lambda self, context: "x"})
    with pytest.raises(TypeError, match="not an article field"):
        field(lambda self, context: None)


# ---- the page is read, never changed --------------------------------------------

def _tree(page) -> str:
    return lxml.html.tostring(page.tree, encoding="unicode")


@pytest.mark.parametrize("family, name", ARTICLES, ids=[f"{family}/{name}" for family, name in ARTICLES])
def test_detecting_and_parsing_leave_the_page_as_fetched(family, name):
    folder = gold_folder(family)
    fresh = get_parser(family).parse(folder.page(name))
    page = folder.page(name)
    before = _tree(page)
    detect_platform(page)
    parser = get_parser(family)
    first, second = parser.parse(page), parser.parse(page)
    assert first == second == fresh
    assert _tree(page) == before


# ---- detection order -------------------------------------------------------------

def test_detection_order_names_every_parser_once():
    assert len(DETECTION_ORDER) == len(set(DETECTION_ORDER))
    assert set(DETECTION_ORDER) == set(PARSERS)
    assert DETECTION_ORDER[-1] == "generic"     # the fallback detects nothing: it is what is left
