"""Human summaries of an archive (used by `make demo` and `ward-archive summary`)."""
from __future__ import annotations

import sqlite3


def archive_summary(db_path: str) -> str:
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        portals = conn.execute("SELECT count(*) FROM portals").fetchone()[0]
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        lines = [f"archive {db_path}: {portals} portals, {articles} articles"]
        for platform, count, wards in conn.execute(
                "SELECT platform, count(*), count(DISTINCT portal) FROM articles "
                "GROUP BY platform ORDER BY platform"):
            lines.append(f"  {platform:<12} {count:>6} articles from {wards} portal(s)")
        last = conn.execute("SELECT run_id FROM crawl_runs ORDER BY id DESC LIMIT 1").fetchone()
        if last:
            row = conn.execute(
                "SELECT sum(pages_fetched), sum(articles_new), sum(articles_updated), "
                "sum(articles_unchanged), sum(errors) FROM crawl_runs WHERE run_id = ?", last).fetchone()
            lines.append("last crawl {}: {} pages, {} new, {} updated, {} unchanged, {} errors".format(
                last[0], *row))
            for kind, count in conn.execute(
                    "SELECT kind, count(*) FROM crawl_errors WHERE run_id = ? GROUP BY kind", last):
                lines.append(f"  error {kind}: {count}")
        return "\n".join(lines)
    finally:
        conn.close()
