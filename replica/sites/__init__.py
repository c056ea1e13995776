"""One module per platform family; each defines a Site subclass and registers it."""
from __future__ import annotations

from ward_replica.sites.base import Site

SITES: dict[str, type[Site]] = {}


def register(cls: type[Site]) -> type[Site]:
    SITES[cls.platform] = cls
    return cls


from ward_replica.sites import hanoi, sharepoint  # noqa: E402,F401
from ward_replica.sites import nukeviet, slugid  # noqa: E402,F401
from ward_replica.sites import liferay  # noqa: E402,F401
from ward_replica.sites import wordpress, joomla  # noqa: E402,F401
