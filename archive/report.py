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
    if facts.by_quality:
        lines.append("extraction: " + ", ".join(f"{count} {quality or 'unchecked'}"
                                                for quality, count in facts.by_quality))
    if facts.portal_health:
        lines.append("portal health (each portal's last crawl):")
        lines += [_health_line(health) for health in facts.portal_health]
    lines += _coverage_lines(facts.coverage)
    return "\n".join(lines)


def _coverage_lines(coverage) -> list[str]:
    """Official units with a known portal and with archived articles, in
    total and for each province where at least one unit has a portal."""
    units, with_portal, archived = (sum(row[column] for row in coverage) for column in (1, 2, 3))
    lines = [f"coverage: {with_portal} of {units} units have a known portal, {archived} have archived articles"]
    lines += [f"  {province:<28} {portals:>4} of {total:>3} with a portal, {done:>4} archived"
              for province, total, portals, done in coverage if portals]
    unknown = sum(1 for _, _, portals, _ in coverage if not portals)
    if unknown:
        lines.append(f"  {unknown} province(s): no unit with a known portal")
    return lines


def _health_line(health) -> str:
    verdict = "UNHEALTHY" if health.unhealthy else health.status
    line = (f"  {health.portal:<24} {verdict:<11} {(health.finished_at or 'not finished')[:10]}  "
            f"{health.new} new, {health.updated} updated, {health.unchanged} unchanged, "
            f"{health.degraded} degraded, {health.unreadable} unreadable, {health.errors} errors")
    if health.empty_sections:
        line += f", {health.empty_sections} empty section(s)"
    return "\n".join([line] + [f"      {message}" for message in health.unhealthy])
