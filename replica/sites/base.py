"""What a replica site is: a platform's rendering of one ReplicaPortal."""
from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import ClassVar

from ward_replica.content import ReplicaArticle, ReplicaPortal


@dataclass
class Response:
    status: int = 200
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)


class Site(ABC):
    """Subclasses render listings and articles in their platform's real shape.

    `handle` gets the request path (percent-decoded is NOT applied) and the raw
    query string, and returns a Response; anything it does not know is a 404
    page in the platform's own style. Images, PDFs and robots.txt are served by
    the server for every site, so sites only render HTML.
    """

    platform: ClassVar[str] = ""
    page_size: ClassVar[int] = 10

    def __init__(self, portal: ReplicaPortal):
        self.portal = portal
        # Fault: a pager whose total is wrong and never ends (pages past the
        # last are empty but still offer a next page), a trap real CMSes set.
        self.endless_pager = False

    def page_count(self, items: int, current: int = 1) -> int:
        """How many listing pages the site claims for `items` articles."""
        pages = max(1, -(-items // self.page_size))
        return max(pages, current + 1) if self.endless_pager else pages

    @abstractmethod
    def listing_paths(self) -> list[str]:
        """Paths of the news sections, as written into the registry."""

    @abstractmethod
    def article_path(self, article: ReplicaArticle) -> str:
        """Path (and query) of an article, in the platform's URL scheme."""

    @abstractmethod
    def handle(self, path: str, query: str) -> Response:
        """The answer to one request: a page, or the platform's own 404."""
