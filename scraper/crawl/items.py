"""The one item schema every spider and parser produces, derived from the
field registry (ward_scraper.extract.fields).

A parser returns the *extracted* fields (title ... category); the spider adds
where and when the page was fetched (url, portal, ward_code, fetched_at) and
`content_hash`, which covers the hashed fields only, so that view counters
and other widgets that change on every fetch never make a new version.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass

from ward_scraper.extract import fields as registry
from ward_scraper.extract.version import parser_version
from ward_scraper.util.text import squash

# Fields a parser extracts from one article page.
EXTRACTED_FIELDS = registry.names(registry.EXTRACTED)

# Fields whose change makes a new version of an article.
HASHED_FIELDS = registry.names(registry.HASHED)


def _item_field(field: registry.Field) -> tuple:
    if field.default is registry.REQUIRED:
        return (field.name, field.python_type)
    if field.default in (list, dict):
        return (field.name, field.python_type, dataclasses.field(default_factory=field.default))
    return (field.name, field.python_type, dataclasses.field(default=field.default))


def _to_dict(self) -> dict:
    return dataclasses.asdict(self)


# Every field the parser or the crawl provides, in registry order (those
# without a default first, as a dataclass requires).
ArticleItem = dataclasses.make_dataclass(
    "ArticleItem",
    [_item_field(f) for f in sorted(registry.ITEM, key=lambda f: f.default is not registry.REQUIRED)],
    namespace={"to_dict": _to_dict,
               "__doc__": "One article as the crawl hands it to the store (fields: see fields.py)."},
)
ArticleItem.__module__ = __name__


def content_hash(fields: dict) -> str:
    """SHA-256 over the cleaned fields that define an article version."""
    payload = {name: fields.get(name) for name in HASHED_FIELDS}
    blob = json.dumps(payload, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def article_item(page, parser, extraction_fields: dict, portal, fetched_at: str,
                 capture_id: int | None, canonical_url: str | None = None) -> "ArticleItem":
    """The item for one extracted article page of `portal` (a registry row),
    stamped with the extraction code's version and its content hash. The
    spider builds it from a fresh response, `reparse` from an archived one
    (keeping the archived key)."""
    item = ArticleItem(url=page.url, canonical_url=canonical_url or parser.page_canonical_url(page),
                       portal=portal.slug, ward_code=portal.ward_code, platform=parser.name,
                       fetched_at=fetched_at, capture_id=capture_id, parser_version=parser_version(),
                       **extraction_fields)
    item.content_hash = content_hash(item.to_dict())
    return item


def missing_essentials(fields: dict) -> str | None:
    """Why an extraction cannot be archived as an article, or None."""
    if not squash(fields.get("title")):
        return "no title found"
    if not (fields.get("body_text") or fields.get("attachments")):
        return "no body text and no attachment found"
    return None


@dataclass
class CheckItem:
    """The outcome of re-checking an archived article without new content:
    `not_modified` (a 304) or `missing` (404/410, or the platform's
    'article removed' page)."""
    canonical_url: str
    portal: str
    status: str
    fetched_at: str
    capture_id: int | None = None


@dataclass
class FileItem:
    """What fetching one linked file gave (an image, an attachment or a
    stylesheet, by its URL as the article links it): the columns of
    fields.FILE_CAPTURE_PARTS the archive records on every row naming it."""
    url: str
    portal: str
    role: str
    state: dict
