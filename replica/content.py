"""Deterministic article content for replica portals (the model, not the HTML).

Every value is derived from a fixed seed, so two runs serve byte-identical
portals. The ground truth kept here (authors, source_unit, captions ...) lets
tests compare what the crawler extracted with what the replica published.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class ReplicaImage:
    path: str                 # site-relative path of the image file, e.g. /uploads/news/2025_12/anh-1.jpg
    caption: str | None       # the real caption (None: image without caption)
    after_paragraph: int      # the image stands after this paragraph index (-1: before the first)


@dataclass
class ReplicaAttachment:
    path: str                 # site-relative path of the PDF
    title: str                # link text


@dataclass
class ReplicaArticle:
    id: int                   # numeric id, unique within a portal
    section: str              # key of the ReplicaSection it belongs to
    slug: str                 # ASCII slug made from the title
    title: str
    lead: str | None
    paragraphs: list[str]
    published: datetime       # naive, Vietnam time (UTC+7)
    credit_line: str | None
    authors: list[str]
    source_unit: str | None
    images: list[ReplicaImage] = field(default_factory=list)
    attachments: list[ReplicaAttachment] = field(default_factory=list)
    views: int = 0


@dataclass
class ReplicaSection:
    key: str                  # stable key, e.g. "tin-tuc"
    name: str                 # displayed name, e.g. "Tin tức - Sự kiện"
    slug: str                 # URL slug used by the platform


@dataclass
class ReplicaPortal:
    slug: str                 # registry slug, e.g. "binh-loc-dongnai"
    ward_name: str            # "Phường Bình Lộc"
    ward_code: str            # "26089"
    province: str             # "Đồng Nai"
    platform: str             # parser name, e.g. "nukeviet"
    sections: list[ReplicaSection]
    articles: list[ReplicaArticle]   # newest first

    def in_section(self, key: str) -> list[ReplicaArticle]:
        return [a for a in self.articles if a.section == key]
