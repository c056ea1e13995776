"""A downloaded response as the extraction layer reads it."""
from __future__ import annotations

from w3lib.encoding import http_content_type_encoding

from ward_scraper.util.page import Page


def html_page(response) -> tuple[Page | None, str]:
    """(the page, its content type); no page when the server says it sent
    something other than HTML or XML (a PDF behind an article link, say).
    The charset the server declares is a hint: the page's own bytes decide."""
    content_type = response.headers.get(b"Content-Type", b"").decode("latin-1").lower()
    if content_type and "html" not in content_type and "xml" not in content_type:
        return None, content_type
    return Page.from_bytes(response.url, response.body, http_content_type_encoding(content_type)), content_type
