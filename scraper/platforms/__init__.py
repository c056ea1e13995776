"""Registry of platform parsers: adding a platform is adding a module here."""
from __future__ import annotations

from .base import Parser

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
from . import generic  # noqa: E402,F401


def detect_platform(page) -> tuple[str, list[str]]:
    """Name the platform that made `page`, with the evidence; `generic` if none."""
    best: tuple[str, list[str]] = ("generic", [])
    for name, cls in PARSERS.items():
        if name == "generic":
            continue
        evidence = cls.detect(page)
        if len(evidence) > len(best[1]):
            best = (name, evidence)
    return best
