"""What our Datasette pages share about addresses: the database a route
names, and the address of an article's page in the archive.

Not a plugin itself (no hooks): the plugins with pages of their own
(ward_officials, ward_feeds, ward_dashboard) import it.
"""
from __future__ import annotations

from datasette.utils import tilde_decode, tilde_encode
from datasette.utils.asgi import NotFound

# The largest integer SQLite takes as a rowid: a longer number in an address
# is no row (and would make SQLite fail with an overflow, a 500).
MAX_ROWID = 2**63 - 1


def database_of(datasette, request):
    """(name, Database) of the route's `database` part; 404 when there is none such."""
    name = tilde_decode(request.url_vars["database"])
    try:
        return name, datasette.get_database(name)
    except KeyError:
        raise NotFound("no such database") from None


def article_page(database: str, url: str) -> str:
    """The path of an article's row page (its canonical URL is the key)."""
    return f"/{tilde_encode(database)}/articles/{tilde_encode(url)}"
