"""What the archive already holds, asked for as listings link it.

A crawl needs to know, for each article a listing links, whether it is
archived (an incremental crawl skips it; a full pass asks the server for a
304 with its ETag). Reading every archived article at start-up costs time
and memory that grow with the archive (docs/schema.md has the numbers at a
million articles); instead each listing page's links are looked up in one
indexed query, and what was found (or not) is remembered for the crawl.
"""
from __future__ import annotations

from typing import Callable


class ArchivedIndex:
    """Canonical URL -> archived article, filled per listing page."""

    def __init__(self, store=None):
        self.store = store                 # None: no archive (nothing is archived)
        self._found: dict[str, object] = {}
        self._asked: set[str] = set()      # keys looked up already, found or not

    def look_up(self, portal: str, urls: list[str], canonical: Callable[[str], str]) -> None:
        """Ask the archive about these links of `portal` (one query). An
        archived article is found under its own canonical URL and under the
        canonical form of the URL it was fetched from: the link a listing gives."""
        wanted = {key: url for url in urls for key in [canonical(url)] if key not in self._asked}
        if not wanted or self.store is None:
            return
        self._asked.update(wanted)
        for known in self.store.archived_articles(portal, list(wanted), list(wanted.values())):
            self._found[known.canonical_url] = known
            self._found.setdefault(canonical(known.url), known)

    def remember(self, known) -> None:
        """An article read from the archive another way (a full pass's stream)."""
        self._asked.add(known.canonical_url)
        self._found[known.canonical_url] = known

    def get(self, key: str):
        return self._found.get(key)

    def __contains__(self, key: str) -> bool:
        return key in self._found

    def __getitem__(self, key: str):
        return self._found[key]

    def not_seen(self, portal_slugs: list[str], seen: set[str]):
        """A full pass: the portals' archived articles, not removed, whose
        canonical URL is not in `seen`, streamed from the archive."""
        if self.store is None:
            return
        for known in self.store.portal_articles(portal_slugs):
            if known.removed_at is None and known.canonical_url not in seen:
                yield known

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None
