"""trafilatura as the chain's last extractor, read the way our parsers read.

trafilatura finds the article's prose on layouts nobody here has seen; the
element of our tree that holds what it found then goes through the same body
pass as every platform (paragraphs, captions, credit line, attachments). Only
when no element of ours holds its paragraphs is its plain text taken as is.

Its date is never used: trafilatura (htmldate) guesses dates from anywhere on
the page, and a date merely mentioned in the body is not a publish date.
"""
from __future__ import annotations

import html

from ward_scraper.extract.platforms.base import ParseContext, field
from ward_scraper.extract.platforms.generic import GenericParser, container_by_trafilatura, trafilatura_document
from ward_scraper.util.text import squash

# trafilatura's XML elements that hold one paragraph of text each.
_TEXT_ELEMENTS = ("p", "head", "item", "cell", "quote")


class TrafilaturaReader(GenericParser):
    """Not a platform (never registered, never detected): the chain's last resort."""
    name = "trafilatura"
    family = "library"
    label = "trafilatura (library extractor, last in the chain)"

    @field
    def title(self, context: ParseContext) -> str | None:
        document = _document(context)
        return (document.get("title") if document is not None else None) or super().title(context)

    @field
    def published_at(self, context: ParseContext) -> str | None:
        return None

    def body_element(self, context: ParseContext):
        document = _document(context)
        return container_by_trafilatura(context.page, document) if document is not None else None

    @field
    def body_text(self, context: ParseContext) -> str:
        return context.body.text or "\n\n".join(_paragraphs(context))

    @field
    def body_html(self, context: ParseContext) -> str:
        return context.body.html or "".join(f"<p>{html.escape(text)}</p>" for text in _paragraphs(context))


def _document(context: ParseContext):
    return context.once("trafilatura document", lambda: trafilatura_document(context.page))


def _paragraphs(context: ParseContext) -> list[str]:
    """trafilatura's own text, one paragraph per element, when no element
    of our tree holds it."""
    document = _document(context)
    main = document.find("main") if document is not None else None
    if main is None:
        return []
    texts = (squash(element.xpath("string()")) for element in main.iter(*_TEXT_ELEMENTS)
             if not any(child.tag in _TEXT_ELEMENTS for child in element))
    return [text for text in texts if text]
