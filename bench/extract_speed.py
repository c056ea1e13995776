"""Extraction speed on the gold pages: ours against trafilatura, same run, same bytes.

Both sides start from raw bytes (decode + parse + extract), as in a crawl.
"""
from __future__ import annotations

import time

from ward_scraper.extract.evaluate import GOLD_DIR, load_gold
from ward_scraper.util.page import Page
from ward_scraper.extract.platforms import PARSERS, detect_platform, get_parser


def _ours(url: str, body: bytes, platform: str) -> dict:
    page = Page.from_bytes(url, body)
    name = platform if platform in PARSERS and platform != "generic" else detect_platform(page)[0]
    return get_parser(name).parse(page).fields


def _trafilatura(url: str, body: bytes, platform: str) -> dict:
    import trafilatura

    return trafilatura.bare_extraction(body, url=url, with_metadata=True, include_images=True)


def _pages_per_second(extract, pages, min_seconds: float) -> float:
    done, started = 0, time.perf_counter()
    while True:
        for url, body, platform in pages:
            extract(url, body, platform)
        done += len(pages)
        elapsed = time.perf_counter() - started
        if elapsed >= min_seconds:
            return done / elapsed


def run(min_seconds: float = 3.0) -> dict:
    gold = load_gold(GOLD_DIR)
    pages = [(g.expected["url"], g.html_path.read_bytes(), g.platform) for g in gold]
    for extract in (_ours, _trafilatura):  # warm imports and caches
        extract(*pages[0])
    ours = _pages_per_second(_ours, pages, min_seconds)
    baseline = _pages_per_second(_trafilatura, pages, min_seconds)
    return {"pages": len(pages), "ours_pages_per_s": ours, "trafilatura_pages_per_s": baseline,
            "ratio": ours / baseline}


def main() -> None:
    result = run()
    print(f"extraction on {result['pages']} gold pages (decode + parse + extract):")
    print(f"  ward-archive  {result['ours_pages_per_s']:8.1f} pages/s")
    print(f"  trafilatura   {result['trafilatura_pages_per_s']:8.1f} pages/s")
    print(f"  ratio         {result['ratio']:8.2f}x")


if __name__ == "__main__":
    main()
