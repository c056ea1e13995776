"""Which links of a portal's home page lead to its news sections.

Onboarding a portal (`ward-archive probe`) starts from its home page: the
menus name the sections in a handful of Vietnamese words ("Tin tức - Sự
kiện", "Thông báo", "Hoạt động Đảng - Đoàn thể" ...). These are only
candidates: a candidate is a section once its page lists articles, which the
probe checks by fetching it with the platform's parser.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from ward_scraper.util import urls
from ward_scraper.util.page import Page
from ward_scraper.util.text import fold, squash

# Words of a news section's menu label (folded: no diacritics, lower case).
_NEWS_WORDS = re.compile(
    r"\b(?:tin tuc|tin hoat dong|su kien|thong bao|hoat dong|van hoa|xa hoi|kinh te|chinh tri|"
    r"quoc phong|an ninh|tuyen truyen|chi dao dieu hanh|doan the|phap luat|cai cach hanh chinh|"
    r"tin dia phuong|tin noi bat|tin moi|thoi su|tin tong hop|news)\b")
# Menu entries that are never news listings, even when they share a word.
_NOT_NEWS = re.compile(r"\b(?:trang chu|lien he|gop y|dang nhap|dang ky|tim kiem|rss|english|home)\b")
_MAX_LABEL_WORDS = 8


@dataclass(frozen=True)
class SectionCandidate:
    url: str
    label: str
    position: int  # order on the home page


def innermost(section_urls: list[str]) -> list[str]:
    """Drop a section whose path is the parent of other sections (NukeViet's
    `/vi/news/` lists what `/vi/news/thong-bao/` ... list): crawling the
    children covers it, and each article keeps the section it belongs to."""
    def path(url: str) -> str:
        return urlsplit(url).path.rstrip("/") + "/"

    paths = [path(url) for url in section_urls]
    return [url for url, own in zip(section_urls, paths)
            if not any(other != own and other.startswith(own) for other in paths)]


def section_candidates(page: Page, limit: int = 12) -> list[SectionCandidate]:
    """Same-site links whose label reads like a news section, in page order,
    one per canonical URL (menus repeat themselves), at most `limit`."""
    found: dict[str, SectionCandidate] = {}
    home = urls.canonicalize(page.url)
    for anchor in page.css("a[href]"):
        url = page.absolute(anchor.get("href"))
        label = squash(anchor.text_content()) or squash(anchor.get("title"))
        if not url or not label or not urls.same_site(url, page.url):
            continue
        key = urls.canonicalize(url)
        if key == home or key in found or not looks_like_section_label(label):
            continue
        found[key] = SectionCandidate(url, label, len(found))
        if len(found) == limit:
            break
    return list(found.values())


def looks_like_section_label(label: str) -> bool:
    folded = fold(label)
    if len(folded.split()) > _MAX_LABEL_WORDS:  # a headline, not a menu entry
        return False
    return bool(_NEWS_WORDS.search(folded)) and not _NOT_NEWS.search(folded)
