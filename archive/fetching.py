"""Pages for the one-page commands (`detect`, `extract`): from a file or a URL."""
from __future__ import annotations

import urllib.request
from pathlib import Path

from ward_scraper.util.page import Page
from ward_scraper.extract import chain
from ward_scraper.extract.platforms import detect_platform, get_parser
from ward_scraper.crawl.settings import USER_AGENT


def load_page(target: str, url: str | None = None) -> Page:
    """A Page from a saved HTML file, or fetched from an http(s) URL."""
    if target.startswith(("http://", "https://")):
        request = urllib.request.Request(target, headers={"User-Agent": USER_AGENT})
        with urllib.request.urlopen(request, timeout=60) as response:
            return Page.from_bytes(response.geturl(), response.read(),
                                   response.headers.get_content_charset())
    path = Path(target)
    return Page.from_bytes(url or path.resolve().as_uri(), path.read_bytes())


def extract_file(path: str, url: str | None, platform: str = "auto") -> dict:
    """The archive's item fields for one saved page (read by the extraction
    chain: with its quality verdict and per-field provenance), plus the platform."""
    page = load_page(path, url)
    evidence: list[str] = []
    if platform == "auto":
        platform, evidence = detect_platform(page)
    parser = get_parser(platform)
    extraction = chain.extract(page, parser, evidence)
    return {"url": page.url, "canonical_url": parser.page_canonical_url(page), "platform": platform,
            "platform_evidence": evidence, **extraction.fields, "field_errors": extraction.errors}
