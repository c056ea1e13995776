"""The hand-written pages of the gold set (tests/gold/<platform>/), read the same way by every test.

`<name>.html` is the page as a portal serves it, `<name>.json` what it should
give (article pages state a `title`; listing pages their `article_links`).
`tests/test_gold.py` checks every page of every folder; the platform tests
read the same pages for what only their platform needs.
"""
from __future__ import annotations

import functools
import json
from pathlib import Path

from ward_scraper.extract.platforms import get_parser
from ward_scraper.extract.platforms.base import Extraction
from ward_scraper.util.page import Page

GOLD_DIR = Path(__file__).parent / "gold"
FAMILIES = tuple(sorted(folder.name for folder in GOLD_DIR.iterdir() if folder.is_dir()))
# The fields every gold article states (blog platforms also state `category`).
FIELDS = ("title", "published_at", "lead", "body_text", "authors", "source_unit", "credit_line",
          "images", "attachments")
BLOG_FIELDS = (*FIELDS, "category")
BLOG_FAMILIES = ("joomla", "wordpress")


class GoldFolder:
    def __init__(self, family: str):
        self.family = family
        self.folder = GOLD_DIR / family
        self.expected = {path.stem: json.loads(path.read_text(encoding="utf-8"))
                         for path in sorted(self.folder.glob("*.json"))}
        self.articles = [name for name, data in self.expected.items() if "title" in data]
        self.listings = [name for name, data in self.expected.items() if "article_links" in data]

    def page(self, name: str, url: str | None = None, suffix: str = ".html") -> Page:
        """The file as the crawler sees it, at its real URL. No charset is
        declared: a page must decode from its own bytes and <meta>."""
        return Page.from_bytes(url or self.expected[name]["url"], (self.folder / f"{name}{suffix}").read_bytes())

    def parsed(self) -> dict[str, dict]:
        """The fields of every article page, parsed once per test session."""
        return {name: extraction(self.family, name).fields for name in self.articles}


@functools.cache
def gold_folder(family: str) -> GoldFolder:
    return GoldFolder(family)


@functools.cache
def extraction(family: str, name: str) -> Extraction:
    """One gold article parsed by its folder's parser (a fresh page: nothing is shared)."""
    return get_parser(family).parse(gold_folder(family).page(name))
