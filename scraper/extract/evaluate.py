"""Score extraction against the gold set and the blind sets, with trafilatura as the baseline.

The gold set is `tests/gold/<platform>/<name>.html` plus `<name>.json` (the
expected fields, written by hand). The blind sets are pages of layouts no
parser was written for, by people who never saw the code, in batches
(`tests/blind/pages/`, `pages-2/` and `pages-3/`, each with its `tuning/` and
`heldout/` halves, the tuning-only `pages-4/` to `pages-6/`, `pages-8/`, `pages-9/`, `pages-11/`,
`pages-12/`, `pages-14/` and `pages-15/`, and the held-out-only `pages-7/`, `pages-10/`, `pages-13/` and
`pages-16/`:
tests/blind/README.md). Both extractors see the same
bytes; each field is scored per page, then averaged per platform and overall.

The held-out set is reported as means only: nobody tunes on it, so nothing
here says which of its pages or fields fail.
"""
from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import unquote

from ward_scraper.util.page import Page
from ward_scraper.extract import chain
from ward_scraper.extract.platforms import PARSERS, get_parser
from ward_scraper.util.text import nfc, squash

GOLD_DIR = Path(__file__).resolve().parents[2] / "tests" / "gold"
# The day the gold and blind pages count as served: they were written on
# 4-5 December 2026, and a header clock printing one of those days is told
# apart from an article's date by being the day the page was served (or the
# day before). Without a fixed day, the scores would change as the days pass.
SERVED_ON = date(2026, 12, 5)
BLIND_DIR = Path(__file__).resolve().parents[2] / "tests" / "blind" / "pages"
# The blind batches, each split into its own tuning and held-out halves
# (tests/blind/README.md): scored and reported apart, batch by batch.
# A batch may be tuning-only (pages-4: written to study, no held-out half).
# A batch may also be held-out only (pages-7, -10, -13, -16: written to be scored, never studied).
BLIND_BATCHES = (("batch 1", BLIND_DIR),) + tuple((f"batch {number}", BLIND_DIR.with_name(f"pages-{number}"))
                                                  for number in range(2, 378))
TUNING_ONLY_NOTE = "tuning-only batch: no held-out half"
HELDOUT_NOTE = "held-out set: never used for tuning; only these means are ever looked at"

# Text that is never part of an article: if it shows up in a body, noise leaked.
NOISE_MARKERS = re.compile(
    r"Lượt xem|Số lượt người xem|Đã xem:|Tin liên quan|Tin khác|Tin tức khác|Các tin khác|"
    r"Những tin (?:mới hơn|cũ hơn)|Chia sẻ|Share this|In bài|Bản in|Gửi Email|Lấy link|"
    r"Ý kiến bạn đọc|Bình luận|Đang truy cập|Tổng truy cập|Thống kê truy cập|Trở về|"
    r"Bấm vào hình|image banner|leftcenterrightdel|Từ khóa:|Back\b", re.I)

FIELDS = ("title", "published_at", "published_day", "lead", "body_f1", "authors", "source_unit", "captions",
          "images", "attachments", "no_noise")


@dataclass
class GoldPage:
    platform: str
    name: str
    html_path: Path
    expected: dict


def load_gold(gold_dir: Path = GOLD_DIR) -> list[GoldPage]:
    pages = []
    for expected_path in sorted(gold_dir.glob("*/*.json")):
        html_path = expected_path.with_suffix(".html")
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        # Listing pages have their own expectations (article_links, next_pages).
        if html_path.exists() and "title" in expected:
            pages.append(GoldPage(expected_path.parent.name, expected_path.stem, html_path, expected))
    return pages


def tokens(text: str | None) -> Counter:
    return Counter(re.findall(r"\w+", (nfc(text) or "").lower()))


def token_f1(expected: str | None, got: str | None) -> float:
    want, have = tokens(expected), tokens(got)
    if not want and not have:
        return 1.0
    overlap = sum((want & have).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(have.values()), overlap / sum(want.values())
    return 2 * precision * recall / (precision + recall)


# A time's seconds: the archive keeps times to the minute (docs/schema.md), as
# the writers' brief asks; one writer (batch 109) gave the seconds a page shows.
_SECONDS = re.compile(r"(T\d\d:\d\d):\d\d(?:\.\d+)?")


def _to_the_minute(value: str | None) -> str | None:
    return _SECONDS.sub(r"\1", value) if value else None


def score(expected: dict, got: dict) -> dict[str, float]:
    """Per-field scores in [0, 1] for one page."""
    def same(key):
        return float(_norm(expected.get(key)) == _norm(got.get(key)))

    return {
        "title": same("title"),
        "published_at": float(_to_the_minute(expected.get("published_at")) == _to_the_minute(got.get("published_at"))),
        # The day alone: tells a wrong day from a time given or not given (a
        # time only in the markup's `datetime`, which some writers leave out).
        "published_day": float((expected.get("published_at") or "")[:10] == (got.get("published_at") or "")[:10]),
        "lead": same("lead"),
        "body_f1": token_f1(expected.get("body_text"), got.get("body_text")),
        "authors": same("authors"),
        "source_unit": same("source_unit"),
        "captions": float([i.get("caption") for i in expected.get("images") or []]
                          == [i.get("caption") for i in got.get("images") or []]),
        "images": float([_same_resource(i.get("src")) for i in expected.get("images") or []]
                        == [_same_resource(i.get("src")) for i in got.get("images") or []]),
        "attachments": float(sorted(_same_resource(a.get("url")) for a in expected.get("attachments") or [])
                             == sorted(_same_resource(a.get("url")) for a in got.get("attachments") or [])),
        # A marker word can be prose ("xúc động chia sẻ"): only markers the
        # expected body does not have count as leaked noise.
        "no_noise": float(len(NOISE_MARKERS.findall(got.get("body_text") or ""))
                          <= len(NOISE_MARKERS.findall(expected.get("body_text") or ""))),
    }


def _same_resource(url: str | None) -> str:
    """A URL up to percent-encoding: "…/Phuong an.pdf" and "…/Phuong%20an.pdf" name one file."""
    return unquote(url or "")


def _norm(value):
    if isinstance(value, str):
        return squash(value) or None
    if isinstance(value, list):
        return [_norm(v) for v in value]
    return value or None


def ours(gold: GoldPage) -> dict:
    """Our extraction chain, with the parser a registry row would name (the
    folder), or automatic detection for the folders of unknown layouts."""
    page = Page.from_bytes(gold.expected["url"], gold.html_path.read_bytes())
    page.served_on = SERVED_ON
    parser = get_parser(gold.platform) if gold.platform in PARSERS and gold.platform != "generic" else None
    return chain.extract(page, parser).fields


def trafilatura_fields(gold: GoldPage) -> dict:
    """trafilatura's answer mapped onto our fields (what it has no notion of stays empty)."""
    import trafilatura

    page = Page.from_bytes(gold.expected["url"], gold.html_path.read_bytes())
    doc = trafilatura.bare_extraction(page.html, url=gold.expected["url"], with_metadata=True,
                                      include_images=True, include_tables=True)
    if doc is None:
        return {}
    doc = doc if isinstance(doc, dict) else doc.as_dict()
    text = "\n\n".join(line.strip() for line in (doc.get("text") or "").splitlines() if line.strip())
    authors = [a.strip() for a in (doc.get("author") or "").split(";") if a.strip()]
    return {"title": doc.get("title"), "published_at": doc.get("date"), "lead": doc.get("description"),
            "body_text": text, "authors": authors, "source_unit": None, "images": [], "attachments": []}


def evaluate(gold_pages: list[GoldPage], extractor) -> dict:
    """{platform: {field: mean score}, ..., "all": {...}}, the per-page scores,
    and how many pages got each quality verdict."""
    per_platform: dict[str, list[dict]] = defaultdict(list)
    pages, page_verdicts = {}, {}
    for gold in gold_pages:
        got = extractor(gold)
        scores = score(gold.expected, got)
        per_platform[gold.platform].append(scores)
        pages[f"{gold.platform}/{gold.name}"] = scores
        page_verdicts[f"{gold.platform}/{gold.name}"] = got.get("quality") or "unchecked"
    result = {platform: _mean(rows) for platform, rows in sorted(per_platform.items())}
    result["all"] = _mean([row for rows in per_platform.values() for row in rows])
    return {"fields": result, "pages": pages, "verdicts": Counter(page_verdicts.values()),
            "page_verdicts": page_verdicts}


# Below this body F1 a page's text is as good as empty (issue 10: no empty body where the page has text).
EMPTY_BODY_F1 = 0.05
# Below this body F1 a page's text is wrong enough that its verdict should say so.
WRONG_BODY_F1 = 0.8


def unflagged_errors(result: dict) -> int:
    """Pages whose title, date or body is wrong while the verdict says `ok`:
    the silent failures a user cannot see (issue 10: every degraded
    extraction flagged)."""
    return sum(1 for name, scores in result["pages"].items()
               if result["page_verdicts"][name] == "ok"
               and (scores["title"] < 1 or scores["published_at"] < 1 or scores["body_f1"] < WRONG_BODY_F1))


def _mean(rows: list[dict]) -> dict:
    means = {field: sum(r[field] for r in rows) / len(rows) for field in FIELDS}
    means["pages"] = len(rows)
    means["min_body_f1"] = min(r["body_f1"] for r in rows)
    return means


def report(gold_dir: Path = GOLD_DIR, blind_batches=BLIND_BATCHES) -> str:
    """The gold set in detail; then for each blind batch, its tuning half per
    page and its held-out half as means."""
    lines = _detailed("gold set", load_gold(gold_dir), gold_dir)
    pooled: list[GoldPage] = []
    for batch, blind_dir in blind_batches:
        blind = load_gold(blind_dir) if blind_dir.is_dir() else []
        tuning = [page for page in blind if page.platform == "tuning"]
        heldout = [page for page in blind if page.platform == "heldout"]
        if tuning:
            lines += [""] + _detailed(f"blind {batch}, tuning set", tuning, blind_dir / "tuning")
        if heldout:
            lines += ["", f"== blind {batch}, held-out set: {len(heldout)} pages in {blind_dir / 'heldout'}",
                      HELDOUT_NOTE]
            lines += _comparison(evaluate(heldout, ours), evaluate(heldout, trafilatura_fields))
            pooled += heldout
        elif tuning:
            lines += ["", f"== blind {batch}: {TUNING_ONLY_NOTE}"]
    if pooled:
        # The figure the target is read on: every held-out page counts once.
        lines += ["", f"== all held-out sets pooled: {len(pooled)} pages", HELDOUT_NOTE]
        lines += _comparison(evaluate(pooled, ours), evaluate(pooled, trafilatura_fields))
    return "\n".join(lines)


def _detailed(label: str, gold: list[GoldPage], folder: Path) -> list[str]:
    ours_result, baseline = evaluate(gold, ours), evaluate(gold, trafilatura_fields)
    lines = [f"{label}: {len(gold)} pages in {folder}", ""]
    header = f"{'platform':<12}{'pages':>6}  " + "".join(f"{f:>14}" for f in FIELDS) + f"{'min_body_f1':>13}"
    for name, result in (("ward-archive", ours_result), ("trafilatura", baseline)):
        lines += [f"== {name}", header]
        for platform, means in result["fields"].items():
            lines.append(f"{platform:<12}{means['pages']:>6}  "
                         + "".join(f"{means[f]:>14.3f}" for f in FIELDS) + f"{means['min_body_f1']:>13.3f}")
        lines.append("")
    lines += _comparison(ours_result, baseline)
    weak = [(name, s["body_f1"]) for name, s in ours_result["pages"].items() if s["body_f1"] < 0.98]
    if weak:
        lines += ["", "pages with body F1 < 0.98:"] + [f"  {n}: {f:.3f}" for n, f in sorted(weak)]
    failing = [(name, [f for f in FIELDS if f != "body_f1" and s[f] < 1.0])
               for name, s in ours_result["pages"].items()]
    failing = [(n, fs) for n, fs in failing if fs]
    if failing:
        lines += ["", "pages with a field wrong:"] + [f"  {n}: {', '.join(fs)}" for n, fs in sorted(failing)]
    return lines


def _comparison(ours_result: dict, baseline: dict) -> list[str]:
    """Mean per field, ours beside trafilatura, and how many pages have a
    body F1 below trafilatura's on the same page."""
    mine, theirs = ours_result["fields"]["all"], baseline["fields"]["all"]
    lines = ["field          ours   trafilatura"]
    for field in FIELDS:
        lines.append(f"{field:<14}{mine[field]:>5.3f}{theirs[field]:>13.3f}")
    below = sum(1 for name, scores in ours_result["pages"].items()
                if scores["body_f1"] < baseline["pages"][name]["body_f1"] - 1e-9)
    lines.append(f"pages with body F1 below trafilatura's: {below} of {mine['pages']}")
    empty = sum(1 for scores in ours_result["pages"].values() if scores["body_f1"] < EMPTY_BODY_F1)
    lines.append(f"pages with an empty body (F1 < {EMPTY_BODY_F1}): {empty} of {mine['pages']}")
    counts = ours_result["verdicts"]
    lines.append("our quality verdicts: " + ", ".join(f"{verdict} {counts[verdict]}"
                                                     for verdict in ("ok", "degraded", "failed")))
    lines.append(f"pages with a wrong title, date or body (F1 < {WRONG_BODY_F1}) but verdict ok: "
                 f"{unflagged_errors(ours_result)} of {mine['pages']}")
    return lines


# ---- officials (issue 13) ------------------------------------------------------

OFFICIALS_DIR = Path(__file__).resolve().parents[2] / "tests" / "blind" / "officials"


def officials_texts(folder: Path) -> list[tuple[str, str, dict]]:
    """(name, text, annotation) of each annotated text `<name>.txt` + `<name>.json` in a folder."""
    found = []
    for annotation in sorted(folder.glob("*.json")):
        text_path = annotation.with_suffix(".txt")
        if text_path.exists():
            found.append((annotation.stem, text_path.read_text(encoding="utf-8"),
                          json.loads(annotation.read_text(encoding="utf-8"))))
    return found


def official_pairs(people: list[dict], ward: str | None) -> set[tuple[str, str]]:
    """(name key, position key) of every position of every person (docs/officials.md)."""
    from ward_scraper.extract.officials import name_key, position_key

    return {(name_key(person["name"]), position_key(position, ward))
            for person in people for position in person.get("positions") or []}


def unit_pairs(people: list[dict], ward: str | None, province: str | None) -> set[tuple[str, str]]:
    """(name key, unit key) of every person that has a unit."""
    from ward_scraper.extract.officials import name_key

    return {(name_key(person["name"]), unit_key(person["unit"], ward, province))
            for person in people if person.get("unit")}


def unit_key(unit: str, ward: str | None, province: str | None) -> str:
    """A unit's comparison key: its canonical form (units.comparison_key), with "tỉnh" /
    "thành phố" before the province's name dropped ("Sở Tư pháp Hà Nội" = "Sở Tư pháp thành
    phố Hà Nội") and the ward's own sub-places read without their comma."""
    from ward_scraper.extract.units import comparison_key

    key = comparison_key(unit, ward)
    if province:
        key = re.sub(r"\b(?:tỉnh|thành phố) (?=" + re.escape(comparison_key(province)) + r"\b)", "", key)
    return key


def credit_pairs(credits: list[dict]) -> set[tuple[str, str]]:
    from ward_scraper.extract.officials import name_key

    return {(name_key(credit["name"]), credit["role"]) for credit in credits}


def score_officials(texts: list[tuple[str, str, dict]]) -> dict:
    """Micro-averaged precision and recall of (name, position) pairs, of (name, unit)
    pairs and of (name, credit role) pairs over the texts, and the per-text misses."""
    from ward_scraper.extract import credits as credit_lines
    from ward_scraper.extract.officials import officials

    counts = {kind: Counter() for kind in ("pairs", "units", "credits")}
    misses = {}
    for name, text, annotation in texts:
        ward, province = annotation.get("ward"), annotation.get("province")
        got = officials(text, ward, province)
        compared = {
            "pairs": (official_pairs(annotation["officials"], ward), official_pairs(got, ward)),
            "units": (unit_pairs(annotation["officials"], ward, province), unit_pairs(got, ward, province)),
            "credits": (credit_pairs(annotation.get("credits") or []), credit_pairs(_text_credits(text, credit_lines))),
        }
        for kind, (want, have) in compared.items():
            counts[kind].update(expected=len(want), found=len(have), right=len(want & have))
        want, have = compared["pairs"]
        if want != have:
            misses[name] = {"missed": sorted(want - have), "wrong": sorted(have - want)}
    result = {kind: _precision_recall(count) for kind, count in counts.items()}
    result["texts"] = len(texts)
    result["misses"] = misses
    return result


def _text_credits(text: str, credit_lines) -> list[dict]:
    """The credits of a plain text: its last non-empty line, when it reads as a credit."""
    lines = [line for line in text.splitlines() if line.strip()]
    last = lines[-1] if lines else ""
    return credit_lines.credit_roles(last) if credit_lines.looks_like_credit(last) else []


def _precision_recall(count: Counter) -> dict:
    return {"precision": count["right"] / count["found"] if count["found"] else 1.0,
            "recall": count["right"] / count["expected"] if count["expected"] else 1.0,
            "expected": count["expected"], "found": count["found"]}


def officials_report(folder: Path = OFFICIALS_DIR) -> str:
    """Precision and recall per set; the misses of the tuning set and the samples by
    text; the held-out set as figures only (never which text fails)."""
    lines = [f"officials (issue 13): annotated texts in {folder}",
             f"{'set':<10}{'texts':>6}  {'pairs P':>8}{'pairs R':>8}  {'units P':>8}{'units R':>8}"
             f"  {'credits P':>10}{'credits R':>10}"]
    details = []
    for part in ("samples", "tuning", "heldout"):
        texts = officials_texts(folder / part)
        if not texts:
            continue
        result = score_officials(texts)
        lines.append(f"{part:<10}{result['texts']:>6}  " + "  ".join(
            f"{result[kind]['precision']:>{w}.3f}{result[kind]['recall']:>{w}.3f}"
            for kind, w in (("pairs", 8), ("units", 8), ("credits", 10))))
        if part == "heldout":
            details.append(HELDOUT_NOTE)
            continue
        for name, miss in sorted(result["misses"].items()):
            details.append(f"  {part}/{name}: missed {miss['missed']} wrong {miss['wrong']}")
    return "\n".join(lines + details)
