"""How tests/ranking/judged_queries.json was judged (run once, before tuning).

Each query states what the reader means (`means`: alternatives, each a list
of expressions that must all occur, written as a reader writes them). An
article is relevant with grade 2 when its title says it, grade 1 when only
its lead or body does. Matching is what a reader sees: any case, either tone
placement, punctuation between words ignored, but diacritics as written
(`bão` is not `báo`). The query list and the texts written for the set are
below and in the JSON; re-running rewrites the JSON's judgments.

    .venv/bin/python tests/ranking/judge.py
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from ward_archive.search_eval import JUDGED, replica_texts
from ward_archive.storage.ranking import exact_key
from ward_scraper.util.text import nfc


def words(text: str) -> list[str]:
    return [exact_key(w) for w in re.findall(r"[^\W_]+", nfc(text or "").lower())]


def says(text_words: list[str], expression: str) -> bool:
    wanted = words(expression)
    return any(text_words[i:i + len(wanted)] == wanted for i in range(len(text_words) - len(wanted) + 1))


def grade(article: dict, means: list[list[str]]) -> int:
    title = words(article["title"])
    whole = title + words(article["lead"] or "") + words(article["body"])
    if any(all(says(title, e) for e in alternative) for alternative in means):
        return 2
    if any(all(says(whole, e) for e in alternative) for alternative in means):
        return 1
    return 0


def main() -> None:
    judged = json.loads(JUDGED.read_text(encoding="utf-8"))
    texts = replica_texts() + judged["extra_articles"]
    for case in judged["queries"]:
        grades = {t["id"]: grade(t, case["means"]) for t in texts}
        case["relevant"] = {article: g for article, g in sorted(grades.items()) if g}
    JUDGED.write_text(json.dumps(judged, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    counts = [len(c["relevant"]) for c in judged["queries"]]
    print(f"{len(counts)} queries, relevant per query: min {min(counts)}, max {max(counts)}", file=sys.stderr)


if __name__ == "__main__":
    main()
