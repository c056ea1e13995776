"""`make bench`: every benchmark, each with its baseline measured in the same run."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import crawl_speed, extract_speed  # noqa: E402

if __name__ == "__main__":
    extract_speed.main()
    print()
    crawl_speed.main()
