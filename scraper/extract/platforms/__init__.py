"""Registry of platform parsers: adding a platform is adding a module here
and naming it in `DETECTION_ORDER`."""
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


# Each platform module registers its parser as it is imported.
from ward_scraper.extract.platforms import liferay, sharepoint, hanoi, nukeviet, slugid  # noqa: E402,F401
from ward_scraper.extract.platforms import wordpress, joomla, generic  # noqa: E402,F401

# The order `detect_platform` asks the platforms in, which breaks ties: the
# specific platforms first (their markup is unmistakable), the blog CMSs
# next (their themes also run on other portals), the fallback last (it
# detects nothing: it is what is left). Every registered parser is listed
# once (tests/test_parser_contract.py checks it).
DETECTION_ORDER = ("liferay", "sharepoint", "hanoi", "nukeviet", "slugid", "wordpress", "joomla", "generic")


def detect_platform(page) -> tuple[str, list[str]]:
    """Name the platform that made `page`, with the evidence; `generic` if none.

    Layout decides, clues only rank: a platform is named only when one of its
    own article or listing containers (`layout_css`) is on the page. Among
    those, a platform whose evidence cites the page's own `<meta
    name=generator>` wins (the CMS named itself, while a view counter or a URL
    shape can be shared by several platforms); otherwise the most evidence
    wins, ties going to the platform earlier in `DETECTION_ORDER`.

    A page with evidence of a platform but none of its containers (an older
    vendor skin of the CMS, a home-made page with a view counter) is
    `generic`, and the evidence says so: "... - layout unknown".
    """
    # Layouts first: they are cheap to look for, and only a platform whose
    # layout is on the page needs its evidence gathered to be ranked.
    layouts = {name: PARSERS[name].layout(page) for name in DETECTION_ORDER}
    best: tuple[str, list[str]] = ("generic", [])
    best_rank = (False, 0)
    for name in DETECTION_ORDER:
        if layouts[name] is None:
            continue
        evidence = PARSERS[name].detect(page)
        rank = (any("generator" in item.lower() for item in evidence), len(evidence))
        if evidence and rank > best_rank:
            best, best_rank = (name, [*evidence, f"its layout: {layouts[name]}"]), rank
    if best[0] != "generic":
        return best
    unknown_layouts = [f"{name}: {'; '.join(evidence)} - but none of its containers: layout unknown"
                       for name in DETECTION_ORDER if layouts[name] is None
                       and (evidence := PARSERS[name].detect(page))]
    return "generic", unknown_layouts
