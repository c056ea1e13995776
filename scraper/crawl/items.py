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
