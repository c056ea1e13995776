"""The one item schema every spider and parser produces.

A parser returns the *extracted* fields (title ... category); the spider adds
where and when the page was fetched (url, portal, ward_code, fetched_at) and
`content_hash`, which covers the cleaned fields only, so that view counters
and other widgets that change on every fetch never make a new version.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field

# Fields a parser extracts from one article page.
EXTRACTED_FIELDS = (
    "title",
    "published_at",
    "lead",
    "body_text",
    "body_html",
    "authors",
    "source_unit",
    "credit_line",
    "images",
    "attachments",
    "category",
)

# Fields whose change makes a new version of an article.
HASHED_FIELDS = (
    "title",
    "published_at",
    "lead",
    "body_text",
    "authors",
    "source_unit",
    "credit_line",
    "images",
    "attachments",
)


@dataclass
class ArticleItem:
    url: str
    canonical_url: str
    portal: str
    ward_code: str
    platform: str
    title: str
    published_at: str | None = None
    lead: str | None = None
    body_text: str = ""
    body_html: str = ""
    authors: list[str] = field(default_factory=list)
    source_unit: str | None = None
    credit_line: str | None = None
    images: list[dict] = field(default_factory=list)
    attachments: list[dict] = field(default_factory=list)
    category: str | None = None
    fetched_at: str = ""
    content_hash: str = ""
    capture_id: int | None = None      # the raw WARC capture of the page (captures.id)

    def to_dict(self) -> dict:
        return asdict(self)


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
