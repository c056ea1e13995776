"""Human summaries of an archive (used by `make demo` and `ward-archive summary`)."""
from __future__ import annotations

from ward_archive.storage import reader


def archive_summary(db_path: str) -> str:
    facts = reader.archive_summary(db_path)
    lines = [f"archive {db_path}: {facts.portals} portals, {facts.articles} articles"]
    for platform, count, wards in facts.by_platform:
        lines.append(f"  {platform:<12} {count:>6} articles from {wards} portal(s)")
    if facts.last_run:
        lines.append("last crawl {}: {} pages, {} new, {} updated, {} unchanged, {} errors".format(
            facts.last_run, *facts.last_run_counts))
        for kind, count in facts.last_run_errors:
            lines.append(f"  error {kind}: {count}")
    return "\n".join(lines)
