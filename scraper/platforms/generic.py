"""Fallback for layouts no platform parser knows."""
from __future__ import annotations

import re

from . import register
from .base import Parser


@register
class GenericParser(Parser):
    name = "generic"
    family = "fallback"
    label = "Unknown layout (generic fallback)"
    body_css = ("article", "[itemprop=articleBody]", ".content", "main", "body")
    article_url_re = re.compile(r"[-/]\d{3,}(?:\.html?|\.aspx)?$|\.html?$")
