"""Turn an article's body element into clean paragraphs, images, attachments
and a credit line. Shared by every platform parser."""
from __future__ import annotations

from dataclasses import dataclass, field

import nh3

from .text import squash

_BLOCKS = ("p", "div", "h2", "h3", "h4", "li", "blockquote", "td")


@dataclass
class Body:
    text: str = ""
    html: str = ""
    images: list[dict] = field(default_factory=list)
    attachments: list[dict] = field(default_factory=list)
    credit_line: str | None = None


def extract(element, *, page, title, lead, noise_css=()) -> Body:
    """Baseline extraction; see the module docstring."""
    if element is None:
        return Body()
    for selector in noise_css:
        for junk in element.cssselect(selector):
            junk.drop_tree()
    paragraphs = []
    for block in element.iter("p"):
        text = squash(block.text_content())
        if text and text != squash(title) and text != squash(lead):
            paragraphs.append(text)
    credit = paragraphs.pop() if paragraphs and len(paragraphs[-1]) < 80 else None
    images = [{"src": page.absolute(img.get("src")), "caption": None} for img in element.iter("img")]
    attachments = [{"url": page.absolute(a.get("href")), "title": squash(a.text_content())}
                   for a in element.iter("a") if (a.get("href") or "").lower().endswith(".pdf")]
    import lxml.html
    html = nh3.clean(lxml.html.tostring(element, encoding="unicode"))
    return Body("\n\n".join(paragraphs), html, images, attachments, credit)
