"""Snapshot of every extraction result, to prove a speed change changed none.

    python bench/extract_snapshot.py record SNAPSHOT.json   (before the change)
    python bench/extract_snapshot.py check SNAPSHOT.json    (after it)

Each page under tests/gold/ and the blind batches' tuning/ and heldout/
halves is read twice: as `ward-archive extract --batch` reads it (automatic
detection, the full record with cited documents and officials) and as
`ward-archive eval` reads it (the folder's parser). Every field, the quality
verdict, its reasons and the provenance are recorded.

The held-out pages' results are recorded as digests only and reported as a
count of differences: nobody studies them (tests/blind/README.md).

Every page is also read a second time in the same process, in reverse order,
and must give the same result: the per-page caches may not carry anything
from one page to the next that changes an answer.
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from ward_archive.cli import with_cited_documents, with_officials
from ward_archive.fetching import extract_file
from ward_scraper.extract import evaluate

TESTS = Path(__file__).resolve().parents[1] / "tests"


def _pages() -> list[tuple[str, Path, dict]]:
    """(key, html path, expected json) of every page, in a fixed order."""
    paths = sorted(TESTS.glob("gold/*/*.html"))
    for batch in sorted(TESTS.glob("blind/*/")):
        paths += sorted(batch.glob("tuning/*.html")) + sorted(batch.glob("heldout/*.html"))
    pages = []
    for path in paths:
        expected_path = path.with_suffix(".json")
        expected = json.loads(expected_path.read_text(encoding="utf-8")) if expected_path.exists() else {}
        pages.append((str(path.relative_to(TESTS)), path, expected))
    return pages


def _results(path: Path, expected: dict) -> dict:
    url = expected.get("url")
    result = {"batch": with_officials(with_cited_documents(extract_file(str(path), url, "auto", evaluate.SERVED_ON)))}
    if url and "title" in expected:
        gold = evaluate.GoldPage(path.parent.name, path.stem, path, expected)
        result["eval"] = evaluate.ours(gold)
    return result


def _is_heldout(key: str) -> bool:
    return "/heldout/" in key


def _recorded(key: str, result: dict):
    text = json.dumps(result, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest() if _is_heldout(key) else json.loads(text)


def snapshot() -> dict:
    pages = _pages()
    first = {key: _recorded(key, _results(path, expected)) for key, path, expected in pages}
    again = {key: _recorded(key, _results(path, expected)) for key, path, expected in reversed(pages)}
    unstable = sorted(key for key in first if first[key] != again[key])
    if unstable:
        raise SystemExit(f"{len(unstable)} pages give another result when read again in the same process")
    return first


def _differences(recorded: dict, now: dict) -> list[str]:
    lines = []
    heldout = 0
    for key in sorted(set(recorded) | set(now)):
        if recorded.get(key) == now.get(key):
            continue
        if _is_heldout(key):
            heldout += 1
            continue
        was, got = recorded.get(key) or {}, now.get(key) or {}
        for mode in sorted(set(was) | set(got)):
            fields = (was.get(mode) or {}).keys() | (got.get(mode) or {}).keys()
            changed = sorted(f for f in fields if (was.get(mode) or {}).get(f) != (got.get(mode) or {}).get(f))
            lines.append(f"{key} [{mode}]: {', '.join(changed)}")
    if heldout:
        lines.append(f"{heldout} held-out pages differ")
    return lines


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("record", "check"):
        print(__doc__)
        return 2
    action, target = argv
    now = snapshot()
    if action == "record":
        Path(target).write_text(json.dumps(now, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        print(f"recorded {len(now)} pages in {target}")
        return 0
    differences = _differences(json.loads(Path(target).read_text(encoding="utf-8")), now)
    print("\n".join(differences) or f"all {len(now)} pages give the recorded results")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
