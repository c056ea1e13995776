"""Times as the archive hands them out (feeds, exports): Vietnam time, RFC 3339.

What is stored stays as it is (docs/schema.md): `published_at` is the
portal's own clock, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM+07:00`; the archive's
bookkeeping times (`first_fetched_at`, `changed_at`, ...) are UTC,
`YYYY-MM-DDTHH:MM:SSZ`. A reader of Vietnamese local news reads local time,
and RFC 3339 (which Atom requires) wants seconds, so what we hand out is:

* a value with a time: the same instant at +07:00, with seconds
  (`2026-04-09T18:06+07:00` -> `2026-04-09T18:06:00+07:00`,
  `2026-12-04T21:35:35Z` -> `2026-12-05T04:35:35+07:00`);
* a date alone (the portal showed no time): the date, unchanged. Inventing
  midnight would claim a time nobody wrote.
"""
from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

VIETNAM = timezone(timedelta(hours=7))
DATE_LENGTH = len("YYYY-MM-DD")


def parse(value: str | None) -> datetime | date | None:
    """A stored time as an aware datetime at +07:00, a stored date as a date;
    None for None or ''. A time without an offset is taken as Vietnam time
    (the portals' clock). Raises ValueError on anything else."""
    if not value:
        return None
    if len(value) == DATE_LENGTH:
        return date.fromisoformat(value)
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=VIETNAM)
    return moment.astimezone(VIETNAM)


def vietnam_time(value: str | None) -> str | None:
    """The stored value as handed out: RFC 3339 at +07:00 when it holds a
    time, the date alone when it does not (see the module docstring)."""
    moment = parse(value)
    if moment is None:
        return None
    if isinstance(moment, datetime):
        return moment.isoformat(timespec="seconds")
    return moment.isoformat()


def vietnam_instant(value: str | None) -> datetime | None:
    """The stored value as an instant, for formats that need one (an Atom
    date): a date alone is the start of that day in Vietnam."""
    moment = parse(value)
    if moment is None or isinstance(moment, datetime):
        return moment
    return datetime.combine(moment, time(0, 0), tzinfo=VIETNAM)
