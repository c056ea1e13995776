"""Publish dates: header formats, machine-readable markup, URL/id evidence."""
from __future__ import annotations

import re
from datetime import datetime

_DMY_HM = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})(?:\D{1,3}(\d{1,2}):(\d{2}))?")


def published_at(page, header_texts: list[str], url: str) -> str | None:
    """Baseline: the first dd/mm/yyyy [HH:MM] in the header texts."""
    for text in header_texts:
        match = _DMY_HM.search(text)
        if match:
            day, month, year, hour, minute = match.groups()
            try:
                if hour is not None:
                    return datetime(int(year), int(month), int(day), int(hour), int(minute)).strftime(
                        "%Y-%m-%dT%H:%M+07:00")
                return datetime(int(year), int(month), int(day)).strftime("%Y-%m-%d")
            except ValueError:
                continue
    return None
