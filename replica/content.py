"""Deterministic article content for replica portals (the model, not the HTML).

Every value is derived from a fixed seed, so two runs serve byte-identical
portals. The ground truth kept here (authors, source_unit, captions ...) lets
tests compare what the crawler extracted with what the replica published.

`replica.generate.build_portal(spec)` fills these classes from a PortalSpec
(`replica.portals.PORTALS`); platform sites only read them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time


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
    published: datetime       # naive, Vietnam time (UTC+7); 00:00 means "date only, no time known"
    credit_line: str | None   # raw credit; a two-line credit (NukeViet) has its lines joined by "\n"
    authors: list[str]
    source_unit: str | None
    images: list[ReplicaImage] = field(default_factory=list)
    attachments: list[ReplicaAttachment] = field(default_factory=list)
    views: int = 0
    # "./." (or "/.") printed on its own line between the last paragraph and
    # the credit. It is an end-of-text marker, not a paragraph: never in body_text.
    end_mark: str | None = None

    @property
    def has_time(self) -> bool:
        return self.published.time() != time(0, 0)

    @property
    def published_at(self) -> str:
        """The expected `published_at` item field (for a site that shows the time when known)."""
        if self.has_time:
            return self.published.strftime("%Y-%m-%dT%H:%M+07:00")
        return self.published.strftime("%Y-%m-%d")

    @property
    def body_text(self) -> str:
        """The expected `body_text` item field: the paragraphs, blank-line separated."""
        return "\n\n".join(self.paragraphs)


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
    edition: int = 1          # 2+: the same portal some weeks later (edits, removals, new posts)

    def in_section(self, key: str) -> list[ReplicaArticle]:
        return [a for a in self.articles if a.section == key]

    def section(self, key: str) -> ReplicaSection:
        for section in self.sections:
            if section.key == key:
                return section
        raise KeyError(key)

    def article(self, article_id: int) -> ReplicaArticle | None:
        return next((a for a in self.articles if a.id == article_id), None)


@dataclass
class PortalSpec:
    """What is fixed about a replica portal before any article is generated."""
    slug: str
    ward_name: str            # "Phường Bình Lộc", "Xã Quế Phong"
    ward_code: str            # GSO code, "" when not looked up (never invented)
    province: str
    platform: str
    sections: list[ReplicaSection]
    hamlets: list[str]        # sub-units named in the texts: "khu phố 3", "thôn Trung Hạ", "bản Na Sai"
    # Folder of images and attachments; {yyyy} and {mm} are the publication year and month.
    media_dir: str = "/uploads/news/{yyyy}_{mm}"
    # How bylines are written: None for the mix of forms seen on most portals
    # (portals.md section 3), "nukeviet" for the labelled two-line credit
    # "Tác giả bài viết: <Name>" / "Nguồn tin: <Unit>".
    credit_style: str | None = None
