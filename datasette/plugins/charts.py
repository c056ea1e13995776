"""SVG charts drawn on the server for the dashboard (plugins/ward_dashboard.py).

Server-drawn because the pages run under a strict Content-Security-Policy
and offline: no chart library, no script, nothing fetched. Each chart is an
inline <svg> with a <title> per bar (the browser shows it on hover) and
data-* attributes giving the numbers, so a test or a screen reader does not
have to measure rectangles. Not a plugin itself (no hooks).
"""
from __future__ import annotations

from markupsafe import Markup, escape

WIDTH = 720
MONTHLY_HEIGHT = 140
AXIS_LEFT = 40      # room for the count labels
AXIS_BOTTOM = 18    # room for the year labels
BAR_GAP = 1
COLOURS = {"bar": "#2b6cb0", "axis": "#718096", "units": "#e2e8f0", "with_portal": "#90cdf4", "archived": "#2b6cb0"}


def month_range(first: str, last: str) -> list[str]:
    """Every month from `first` to `last` (YYYY-MM), both included: a month
    without articles is a month all the same, drawn as zero."""
    year, month = int(first[:4]), int(first[5:7])
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def monthly_bars(counts: dict[str, int], months: list[str], label: str, bar_title) -> Markup:
    """A bar per month of `months` (counts missing from `counts` are 0).
    `bar_title(month, n)` is the hover text of a bar, in the reader's language."""
    plot_width, plot_height = WIDTH - AXIS_LEFT, MONTHLY_HEIGHT - AXIS_BOTTOM
    highest = max([counts.get(m, 0) for m in months] + [1])
    step = plot_width / max(len(months), 1)
    parts = [_axis(plot_height, highest)]
    for index, month in enumerate(months):
        n = counts.get(month, 0)
        height = plot_height * n / highest
        x = AXIS_LEFT + index * step
        parts.append(
            f'<rect class="bar" data-month="{month}" data-articles="{n}" x="{x:.1f}" y="{plot_height - height:.1f}" '
            f'width="{max(step - BAR_GAP, 1):.1f}" height="{height:.1f}" fill="{COLOURS["bar"]}">'
            f'<title>{escape(bar_title(month, n))}</title></rect>')
        if index == 0 or month.endswith("-01"):
            parts.append(f'<text x="{x:.1f}" y="{MONTHLY_HEIGHT - 4}" font-size="11" fill="{COLOURS["axis"]}">'
                         f'{month[:4] if month.endswith("-01") else month}</text>')
    return _svg("ward-monthly", MONTHLY_HEIGHT, label, parts)


def coverage_bars(rows: list[dict], label: str, row_title) -> Markup:
    """A row per province: its units (the full bar), those with a known
    portal, those with archived articles, over one scale. `row_title(row)`
    is the hover text of a row."""
    name_width, row_height = 190, 18
    plot_width = WIDTH - name_width - 90
    widest = max([row["units"] for row in rows] + [1])
    parts = []
    for index, row in enumerate(rows):
        y = index * row_height
        parts.append(f'<g class="coverage-row" data-province="{escape(row["province_code"])}" '
                     f'data-units="{row["units"]}" data-with-portal="{row["with_portal"]}" '
                     f'data-archived="{row["archived"]}"><title>{escape(row_title(row))}</title>')
        parts.append(f'<text x="0" y="{y + 13}" font-size="12">{escape(row["province_name"])}</text>')
        for part in ("units", "with_portal", "archived"):
            width = plot_width * (row[part] or 0) / widest
            parts.append(f'<rect class="{part.replace("_", "-")}" x="{name_width}" y="{y + 2}" '
                         f'width="{width:.1f}" height="{row_height - 4}" fill="{COLOURS[part]}"/>')
        parts.append(f'<text x="{WIDTH - 85}" y="{y + 13}" font-size="12">'
                     f'{row["archived"] or 0} / {row["with_portal"]} / {row["units"]}</text></g>')
    return _svg("ward-coverage", len(rows) * row_height, label, parts)


def _axis(plot_height: float, highest: int) -> str:
    colour = COLOURS["axis"]
    return (f'<line x1="{AXIS_LEFT - 2}" y1="0" x2="{AXIS_LEFT - 2}" y2="{plot_height}" stroke="{colour}"/>'
            f'<line x1="{AXIS_LEFT - 2}" y1="{plot_height}" x2="{WIDTH}" y2="{plot_height}" stroke="{colour}"/>'
            f'<text x="{AXIS_LEFT - 6}" y="10" font-size="11" text-anchor="end" fill="{colour}">{highest}</text>'
            f'<text x="{AXIS_LEFT - 6}" y="{plot_height}" font-size="11" text-anchor="end" fill="{colour}">0</text>')


def _svg(css_class: str, height: int, label: str, parts: list[str]) -> Markup:
    return Markup(f'<svg class="{css_class}" xmlns="http://www.w3.org/2000/svg" role="img" '
                  f'aria-label="{escape(label)}" width="100%" style="max-width: {WIDTH}px; height: auto" '
                  f'viewBox="0 0 {WIDTH} {height}" preserveAspectRatio="xMinYMin meet">{"".join(parts)}</svg>')
