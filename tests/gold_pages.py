"""The hand-written pages of one platform in the gold set (tests/gold/<family>/).

Every platform's tests read them the same way: `<name>.html` is the page as a
portal serves it, `<name>.json` what it should give (article pages state a
`title`; listing pages their `article_links`).
"""
from __future__ import annotations

import json
from pathlib import Path

from ward_scraper.util.page import Page

GOLD_DIR = Path(__file__).parent / "gold"
# The fields every gold article states (blog platforms also state `category`).
FIELDS = ("title", "published_at", "lead", "body_text", "authors", "source_unit", "credit_line",
          "images", "attachments")
BLOG_FIELDS = (*FIELDS, "category")


class GoldFolder:
    def __init__(self, family: str):
        self.folder = GOLD_DIR / family
        self.expected = {path.stem: json.loads(path.read_text(encoding="utf-8"))
                         for path in sorted(self.folder.glob("*.json"))}
        self.articles = [name for name, data in self.expected.items() if "title" in data]
        self.listings = [name for name, data in self.expected.items() if "article_links" in data]

    def page(self, name: str, url: str | None = None, suffix: str = ".html") -> Page:
        """The file as the crawler sees it, at its real URL. No charset is
        declared: a page must decode from its own bytes and <meta>."""
        return Page.from_bytes(url or self.expected[name]["url"], (self.folder / f"{name}{suffix}").read_bytes())
