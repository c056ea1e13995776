"""Extraction speed on the gold pages: ours against trafilatura, same run, same bytes.

Ours is what `ward-archive extract --batch` and `probe` do for every page:
decode, detect the platform from the page alone (no registry row), then the
extraction chain (the platform parser, its plausibility checks, and the
generic and trafilatura fallbacks where a check fails). trafilatura starts
from the same raw bytes. Target: ours at least 5x trafilatura's pages/s.
"""
from __future__ import annotations

import time

from ward_scraper.extract import chain
from ward_scraper.extract.evaluate import GOLD_DIR, load_gold
from ward_scraper.extract.platforms import detect_platform, get_parser
from ward_scraper.util.page import Page

TARGET_RATIO = 5.0


def _ours(url: str, body: bytes) -> dict:
    page = Page.from_bytes(url, body)
    name, evidence = detect_platform(page)
    return chain.extract(page, get_parser(name), evidence).fields


def _trafilatura(url: str, body: bytes) -> dict:
    import trafilatura

    return trafilatura.bare_extraction(body, url=url, with_metadata=True, include_images=True)


def _pages_per_second(extract, pages, min_seconds: float) -> float:
    done, started = 0, time.perf_counter()
    while True:
        for url, body in pages:
            extract(url, body)
        done += len(pages)
        elapsed = time.perf_counter() - started
        if elapsed >= min_seconds:
            return done / elapsed


def run(min_seconds: float = 3.0) -> dict:
    gold = load_gold(GOLD_DIR)
    pages = [(g.expected["url"], g.html_path.read_bytes()) for g in gold]
    for extract in (_ours, _trafilatura):  # warm imports and caches
        extract(*pages[0])
    ours = _pages_per_second(_ours, pages, min_seconds)
    baseline = _pages_per_second(_trafilatura, pages, min_seconds)
    return {"pages": len(pages), "ours_pages_per_s": ours, "trafilatura_pages_per_s": baseline,
            "ratio": ours / baseline}


def main() -> None:
    result = run()
    print(f"extraction on {result['pages']} gold pages (decode + detect + extraction chain):")
    print(f"  ward-archive  {result['ours_pages_per_s']:8.1f} pages/s")
    print(f"  trafilatura   {result['trafilatura_pages_per_s']:8.1f} pages/s")
    verdict = "meets" if result["ratio"] >= TARGET_RATIO else "BELOW"
    print(f"  ratio         {result['ratio']:8.2f}x  ({verdict} the {TARGET_RATIO:.0f}x target)")


if __name__ == "__main__":
    main()
