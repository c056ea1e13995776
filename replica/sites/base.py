"""What a replica site is: a platform's rendering of one ReplicaPortal."""
from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import ClassVar

from ..content import ReplicaArticle, ReplicaPortal


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

    @abstractmethod
    def listing_paths(self) -> list[str]:
        """Paths of the news sections, as written into the registry."""

    @abstractmethod
    def article_path(self, article: ReplicaArticle) -> str:
        """Path (and query) of an article, in the platform's URL scheme."""

    @abstractmethod
    def handle(self, path: str, query: str) -> Response:
        """The answer to one request: a page, or the platform's own 404."""
