"""One module per platform family; each defines a Site subclass and registers it."""
from __future__ import annotations

from .base import Site

SITES: dict[str, type[Site]] = {}


def register(cls: type[Site]) -> type[Site]:
    SITES[cls.platform] = cls
    return cls


from . import hanoi, sharepoint  # noqa: E402,F401
from . import nukeviet, slugid  # noqa: E402,F401
from . import liferay  # noqa: E402,F401
from . import wordpress, joomla  # noqa: E402,F401
