"""`make bench`: every benchmark, each with its baseline measured in the same run."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import crawl_speed, crawl_startup, extract_speed, feeds_scale, national, search_scale  # noqa: E402

if __name__ == "__main__":
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    extract_speed.main()
    print()
    crawl_speed.main()
    print()
    # Builds bench/data/synthetic-1000000.db on the first run (about 12 minutes
    # and 6 GB on a 2-core machine); later runs reuse it.
    search_scale.main(total)
    print()
    # The feeds and the dashboard on that archive (gives its portal a ward code while it runs).
    feeds_scale.main(total)
    print()
    # Copies that archive (6 GB) and crawls one portal that owns all its articles.
    crawl_startup.main(total)
    print()
    national.main()
