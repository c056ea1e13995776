"""Pages for the one-page commands (`detect`, `extract`): from a file or a URL."""
from __future__ import annotations

import http.client
import urllib.error
import urllib.request
from datetime import date
from pathlib import Path

from ward_scraper.util.page import Page
from ward_scraper.extract import chain
from ward_scraper.extract.platforms import detect_platform, get_parser
from ward_scraper.crawl.settings import USER_AGENT


class FetchError(OSError):
    """A page could not be fetched (refused, unreachable, timed out, HTTP error).
    An OSError, like a missing file: `extract --batch` records both per line."""


def fetch_page(url: str) -> Page:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept-Language": "vi"})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return Page.from_bytes(response.geturl(), response.read(), response.headers.get_content_charset())
    except urllib.error.HTTPError as exc:
        raise FetchError(f"cannot fetch {url}: HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        # The reason is an OSError (refused, no such host) or a message.
        reason = getattr(exc.reason, "strerror", None) or exc.reason
        raise FetchError(f"cannot fetch {url}: {reason}") from None
    except (OSError, http.client.HTTPException) as exc:  # timeouts, resets, broken responses
        raise FetchError(f"cannot fetch {url}: {exc or type(exc).__name__}") from None


def load_page(target: str, url: str | None = None) -> Page:
    """A Page from a saved HTML file (its URL `url`, if given), or fetched from an http(s) URL."""
    if target.startswith(("http://", "https://")):
        return fetch_page(target)
    path = Path(target)
    return Page.from_bytes(url or path.resolve().as_uri(), path.read_bytes())


def check_platform(name: str) -> None:
    """Raise KeyError naming the known platforms unless `name` is one (or `auto`)."""
    if name != "auto":
        get_parser(name)


def extract_file(target: str, url: str | None, platform: str = "auto", served_on: date | None = None) -> dict:
    """The archive's item fields for one page (saved file or URL), read by the
    extraction chain (with its quality verdict and per-field provenance), plus
    the platform. `served_on`: the day the page was served, if not today."""
    page = load_page(target, url)
    page.served_on = served_on
    evidence: list[str] = []
    if platform == "auto":
        platform, evidence = detect_platform(page)
    parser = get_parser(platform)
    extraction = chain.extract(page, parser, evidence)
    return {"url": page.url, "canonical_url": parser.page_canonical_url(page), "platform": platform,
            "platform_evidence": evidence, **extraction.fields, "field_errors": extraction.errors}
