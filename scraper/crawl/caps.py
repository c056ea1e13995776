"""How many new article links one crawl requests.

A listing is the portal's word, and a hostile or broken one can link
100,000 articles that do not exist. New article links (not yet archived)
are requested up to a cap per listing page, per section and per portal in
one crawl (settings WARD_MAX_LINKS_PER_PAGE, WARD_MAX_NEW_ARTICLES_PER_SECTION,
WARD_MAX_NEW_ARTICLES_PER_PORTAL); the rest wait for a later crawl.
"""
from __future__ import annotations

from collections import Counter

PAGE, SECTION, PORTAL = "page", "section", "portal"
SETTINGS = {PAGE: "WARD_MAX_LINKS_PER_PAGE", SECTION: "WARD_MAX_NEW_ARTICLES_PER_SECTION",
            PORTAL: "WARD_MAX_NEW_ARTICLES_PER_PORTAL"}


class LinkCaps:
    def __init__(self, per_page: int, per_section: int, per_portal: int):
        self.limits = {PAGE: per_page, SECTION: per_section, PORTAL: per_portal}
        self._sections: Counter = Counter()
        self._portals: Counter = Counter()
        self._reported: set[tuple[str, str]] = set()

    @classmethod
    def from_settings(cls, settings) -> "LinkCaps":
        return cls(*(settings.getint(SETTINGS[scope]) for scope in (PAGE, SECTION, PORTAL)))

    def take(self, slug: str, section: str, taken_on_page: int) -> str | None:
        """Count one more request for a new article link; or, when a cap is
        already reached, return its scope (PAGE, SECTION or PORTAL) instead."""
        if taken_on_page >= self.limits[PAGE]:
            return PAGE
        if self._sections[section] >= self.limits[SECTION]:
            return SECTION
        if self._portals[slug] >= self.limits[PORTAL]:
            return PORTAL
        self._sections[section] += 1
        self._portals[slug] += 1
        return None

    def first_hit(self, scope: str, where: str) -> bool:
        """True once per cap and place: each cap hit is recorded once."""
        if (scope, where) in self._reported:
            return False
        self._reported.add((scope, where))
        return True

    def message(self, scope: str, where: str, requested: int, left: int) -> str:
        """What a crawl_errors row says of a cap hit."""
        return (f"{SETTINGS[scope]}={self.limits[scope]} reached for {scope} {where}: "
                f"{requested} new article links requested from this page, {left} left for a later crawl")
