"""Scoring the search ranking on the judged query set (`ward-archive eval`).

tests/ranking/judged_queries.json holds queries a Vietnamese reader types,
each with the articles that answer it, graded (2: the title is about it,
1: the text is), over the replica's articles plus a few written for the set
(the replica has no storm or flood news). The judgments were written down
before the ranking was tuned (tests/ranking/judge.py made them from each
query's stated meaning). Both orders are scored on one archive built from
those texts: ours (ranking.ranked_search) and plain BM25 on the folded index.
"""
from __future__ import annotations

import json
import math
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ward_archive.storage import ranking, search, synthetic
from ward_archive.storage.schema import connect, migrate

ROOT = Path(__file__).resolve().parent.parent
JUDGED = ROOT / "tests" / "ranking" / "judged_queries.json"
CUTOFF = 10
PRECISION_AT = 5


def judged_set(path: Path = JUDGED) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def replica_texts() -> list[dict]:
    """The replica's articles (first edition) as the crawl stores them."""
    from ward_replica.portals import portals

    return [{"id": f"{portal.slug}/{article.id}", "ward_name": portal.ward_name, "province": portal.province,
             "published_at": article.published_at, "title": article.title, "lead": article.lead,
             "body": article.body_text}
            for portal in portals() for article in portal.articles]


def build_archive(path: Path, texts: list[dict]) -> None:
    """An archive of `texts` (each with its judged id as the URL's path)."""
    migrate(str(path))
    conn = connect(str(path))
    try:
        rows = []
        for text in texts:
            portal = text["id"].split("/")[0]
            synthetic.add_portal(conn, portal, text["ward_name"], text["province"])
            rows.append(synthetic.article_row(article_url(text["id"]), portal, text["ward_name"], text["province"],
                                              text["title"], text["published_at"], text["lead"], text["body"]))
        synthetic.insert_articles(conn, rows)
        synthetic.index_all(conn)
    finally:
        conn.close()


def article_url(judged_id: str) -> str:
    return f"http://127.0.0.1/judged/{judged_id}"


def judged_id(url: str) -> str:
    return url.removeprefix("http://127.0.0.1/judged/")


def dcg(gains: list[int]) -> float:
    return sum((2 ** gain - 1) / math.log2(position + 2) for position, gain in enumerate(gains))


def ndcg(found: list[str], grades: dict[str, int], cutoff: int = CUTOFF) -> float:
    ideal = dcg(sorted(grades.values(), reverse=True)[:cutoff])
    return dcg([grades.get(article, 0) for article in found[:cutoff]]) / ideal if ideal else 0.0


def precision(found: list[str], grades: dict[str, int], at: int = PRECISION_AT) -> float:
    return sum(1 for article in found[:at] if grades.get(article, 0) > 0) / at


@dataclass
class QueryScore:
    query: str
    kind: str
    ours_ndcg: float
    ours_precision: float
    bm25_ndcg: float
    bm25_precision: float


def evaluate(path: Path = JUDGED) -> list[QueryScore]:
    judged = judged_set(path)
    with tempfile.TemporaryDirectory(prefix="ward-search-eval-") as folder:
        db = Path(folder) / "judged.db"
        build_archive(db, replica_texts() + judged["extra_articles"])
        conn = connect(str(db))
        search.register_functions(conn)
        ranking.register_functions(conn)
        scores = []
        for case in judged["queries"]:
            grades = case["relevant"]
            ours = [judged_id(row["canonical_url"]) for row in ranking.ranked_search(conn, case["query"], CUTOFF)]
            bm25 = [judged_id(url) for url in ranking.bm25_search(conn, case["query"], CUTOFF)]
            scores.append(QueryScore(case["query"], case["kind"], ndcg(ours, grades), precision(ours, grades),
                                     ndcg(bm25, grades), precision(bm25, grades)))
        conn.close()
    return scores


def report(path: Path = JUDGED) -> str:
    scores = evaluate(path)
    mean = lambda values: sum(values) / len(values)  # noqa: E731
    lines = [f"search ranking on {len(scores)} judged queries (tests/ranking/judged_queries.json):",
             f"  {'query':<28} {'kind':<24} nDCG@10 ours / bm25   P@5 ours / bm25"]
    for s in scores:
        lines.append(f"  {s.query:<28} {s.kind:<24} {s.ours_ndcg:7.3f} / {s.bm25_ndcg:5.3f}   "
                     f"{s.ours_precision:4.2f} / {s.bm25_precision:4.2f}")
    lines.append(f"  mean nDCG@{CUTOFF}: ours {mean([s.ours_ndcg for s in scores]):.3f}, "
                 f"plain folded bm25 {mean([s.bm25_ndcg for s in scores]):.3f}")
    lines.append(f"  mean P@{PRECISION_AT}:    ours {mean([s.ours_precision for s in scores]):.3f}, "
                 f"plain folded bm25 {mean([s.bm25_precision for s in scores]):.3f}")
    return "\n".join(lines)
