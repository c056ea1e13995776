"""Split a credit line into person names (`authors`) and an issuing unit."""
from __future__ import annotations

import re

from .text import squash

_LABELS = re.compile(r"^(?:tin(?:,| và)? ảnh|tin|bài(?:,| và)? ảnh|bài|ảnh|tác giả(?: bài viết)?|nguồn(?: tin)?|thực hiện)\s*:\s*", re.I)


def split_credit(line: str | None) -> tuple[list[str], str | None]:
    """Baseline: `Name - Unit` and labelled forms. See portals.md section 3."""
    if not line:
        return [], None
    text = _LABELS.sub("", squash(line)).strip(" .")
    if not text:
        return [], None
    if " - " in text:
        name, unit = (part.strip() for part in text.split(" - ", 1))
        return [name], unit or None
    return [text], None
