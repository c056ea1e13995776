"""Registry of platform parsers: adding a platform is adding a module here."""
from __future__ import annotations

from ward_scraper.extract.platforms.base import Parser

PARSERS: dict[str, type[Parser]] = {}


def register(cls: type[Parser]) -> type[Parser]:
    PARSERS[cls.name] = cls
    return cls


def get_parser(name: str) -> Parser:
    try:
        return PARSERS[name]()
    except KeyError:
        known = ", ".join(sorted(PARSERS))
        raise KeyError(f"unknown platform {name!r} (known: {known}, auto)") from None


# Import order is detection order for `auto`: specific platforms first.
from ward_scraper.extract.platforms import liferay  # noqa: E402,F401
from ward_scraper.extract.platforms import sharepoint  # noqa: E402,F401
from ward_scraper.extract.platforms import hanoi  # noqa: E402,F401
from ward_scraper.extract.platforms import nukeviet, slugid  # noqa: E402,F401
from ward_scraper.extract.platforms import wordpress, joomla  # noqa: E402,F401
from ward_scraper.extract.platforms import generic  # noqa: E402,F401


def detect_platform(page) -> tuple[str, list[str]]:
    """Name the platform that made `page`, with the evidence; `generic` if none.

    A platform whose evidence cites the page's own `<meta name=generator>`
    wins: the CMS named itself, while a view counter or a URL shape can be
    shared by several platforms. Otherwise the most evidence wins, ties going
    to the platform imported first.
    """
    best: tuple[str, list[str]] = ("generic", [])
    best_rank = (False, 0)
    for name, cls in PARSERS.items():
        if name == "generic":
            continue
        evidence = cls.detect(page)
        rank = (any("generator" in item.lower() for item in evidence), len(evidence))
        if evidence and rank > best_rank:
            best, best_rank = (name, evidence), rank
    return best
