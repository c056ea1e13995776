"""Feeds and the dashboard at scale: the synthetic archive of search_scale
(1,000,000 articles, bench/data/), through Datasette's HTTP API, each beside
the Datasette page that serves the same selection, in the same run:
  * a ward's feed (the million articles are one portal's) beside the
    `articles` table's JSON of that portal, newest 50;
  * a province's feed, beside the table's JSON of that province;
  * saved-search feeds for search_scale's queries beside the ranked `search`
    canned query of the same words;
  * the dashboard page (its first load, which counts the articles, and the
    next ones) beside the `monthly_counts` canned query (articles per
    province and month, from the table).

The synthetic portal has no ward code; while it runs, this gives it Bình
Lộc's (26089, in Đồng Nai, 75) so that its ward and province feeds hold the
million articles, and puts its own back after.
"""
from __future__ import annotations

import os
import sys
import urllib.parse
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.search_scale import QUERIES, _get, _percentiles, archive, serving  # noqa: E402
from ward_archive.storage.schema import connect  # noqa: E402

WARD, PROVINCE = "26089", "75"


@contextmanager
def portal_with_a_ward(path: Path):
    """The synthetic portal with Bình Lộc's code while the feeds are measured;
    its own code is put back after, for the other benchmarks of the archive."""
    conn = connect(str(path))
    [(own,)] = conn.execute("SELECT ward_code FROM portals WHERE slug = 'bench'").fetchall()
    try:
        with conn:
            conn.execute("UPDATE portals SET ward_code = ? WHERE slug = 'bench'", (WARD,))
        yield
    finally:
        with conn:
            conn.execute("UPDATE portals SET ward_code = ? WHERE slug = 'bench'", (own,))
        conn.close()


def timed(url: str, repeats: int) -> list[float]:
    _get(url)  # warm the page cache
    return [_get(url)[0] for _ in range(repeats)]


def run(total: int = 1_000_000, repeats: int = 5) -> dict[str, tuple[float, float]]:
    path = archive(total)
    quote = urllib.parse.quote
    with portal_with_a_ward(path), serving(path) as server:
        base = f"{server}/{path.stem}"
        feeds = f"{server}/-/feeds/{path.stem}"
        samples = {
            "ward feed": timed(f"{feeds}/ward/{WARD}.atom", repeats),
            "  table JSON, same portal": timed(f"{base}/articles.json?portal=bench&_size=50&_shape=array", repeats),
            "province feed": timed(f"{feeds}/province/{PROVINCE}.atom", repeats),
            "  table JSON, one province": timed(
                f"{base}/articles.json?province={quote('Tỉnh 7')}&_size=50&_shape=array", repeats),
            "search feed": [t for q in QUERIES for t in timed(f"{feeds}/search.atom?q={quote(q)}", repeats)],
            "  ranked search, same words": [t for q in QUERIES for t in timed(
                f"{base}/search.json?q={quote(q)}&_shape=array", repeats)],
            # the first load counts the archive's articles; later ones reuse the counts
            "dashboard page, first load": [_get(f"{server}/-/dashboard/{path.stem}")[0]],
            "dashboard page": timed(f"{server}/-/dashboard/{path.stem}", repeats),
            "  monthly_counts canned query": timed(f"{base}/monthly_counts.json?province=&_shape=array", repeats),
        }
    return {name: _percentiles(values) for name, values in samples.items()}


def main(total: int = 1_000_000) -> None:
    print(f"feeds and dashboard on the synthetic archive of {total:,} articles, through Datasette's HTTP API "
          f"(load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores):", flush=True)
    for name, (p50, p95) in run(total).items():
        print(f"  {name:32} p50 {p50 * 1000:7.1f} ms  p95 {p95 * 1000:7.1f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
