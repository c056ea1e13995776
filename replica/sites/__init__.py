"""One module per platform family; each defines a Site subclass and registers it."""
from __future__ import annotations

from .base import Site

SITES: dict[str, type[Site]] = {}


def register(cls: type[Site]) -> type[Site]:
    SITES[cls.platform] = cls
    return cls
