"""Search and export at scale: a synthetic archive of 1,000,000 articles,
measured through Datasette's HTTP API as researchers use it.

The archive is built once (bench/data/, reused by later runs) from the
replica's generated ward news: every synthetic article takes a real generated
title and 3-8 generated paragraphs, so length and vocabulary are those of
ward announcements. Reported, in one run on this machine:
  * ranked search (the `search` canned query, storage/ranking.py) p50/p95
    for a fixed query set,
  * Datasette's plain table search (`?_search=`, storage/table_search.py) p50/p95,
  * the LIKE baseline on the same data and queries,
  * a full streamed CSV export of a 100,000-row result (rows/s, rows counted).
"""
from __future__ import annotations

import csv
import io
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
from contextlib import contextmanager
import urllib.request
from pathlib import Path

from ward_archive.storage.schema import connect, fts_ddl, migrate
from ward_archive.storage import synthetic
from ward_archive.serve import datasette_args
from ward_replica.portals import portals

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"
QUERIES = ["uy ban nhan dan", "dang uy", "tiep xuc cu tri", '"hoi nghi nhan dan"', "VNeID",
           "ve sinh moi truong", "trung thu", "UBND phuong", "kham benh mien phi", "chuyen doi so",
           "hội đồng nhân dân", "thuý", "đại hội", "bão", "phòng chống"]
# The LIKE baseline looks for the same words as written in the text.
LIKE_TERMS = ["Ủy ban nhân dân", "Đảng ủy", "tiếp xúc cử tri", "hội nghị nhân dân", "VNeID",
              "vệ sinh môi trường", "Trung thu", "UBND phường", "khám bệnh miễn phí", "chuyển đổi số",
              "Hội đồng nhân dân", "thuý", "đại hội", "bão", "phòng chống"]
EXPORT_PROVINCE = "Bench 100k"


def build(path: Path, total: int) -> None:
    """Write `total` synthetic articles (in batches; the search index once, at the end)."""
    rng = random.Random("ward-archive:bench")
    pool = [a for p in portals() for a in p.articles]
    titles = [a.title for a in pool]
    paragraphs = [para for a in pool for para in a.paragraphs]
    migrate(str(path))
    conn = connect(str(path))
    # Bulk load: the per-article FTS triggers and the search index are filled at the end.
    conn.executescript("DROP TRIGGER IF EXISTS articles_fts_ai; PRAGMA synchronous=OFF;")
    synthetic.add_portal(conn, "bench", "Phường Bench", "Bench")
    batch = []
    for n in range(total):
        published = f"{2025 + (n % 2)}-{1 + n % 12:02d}-{1 + n % 28:02d}"
        province = EXPORT_PROVINCE if n < 100_000 else f"Tỉnh {n % 33}"
        body = "\n\n".join(rng.sample(paragraphs, rng.randint(3, 8)))
        batch.append(synthetic.article_row(f"http://127.0.0.1/bench/{n}.html", "bench", f"Phường {n % 3000}",
                                           province, rng.choice(titles), published, None, body))
        if len(batch) == 20_000:
            synthetic.insert_articles(conn, batch)
            batch = []
    synthetic.insert_articles(conn, batch)
    synthetic.index_all(conn)
    conn.executescript("PRAGMA synchronous=NORMAL;")
    conn.executescript(fts_ddl())  # re-creates the dropped trigger
    conn.close()


def archive(total: int) -> Path:
    path = DATA / f"synthetic-{total}.db"
    if path.exists() and connect(str(path)).execute("SELECT count(*) FROM articles").fetchone()[0] == total:
        return path
    DATA.mkdir(parents=True, exist_ok=True)
    for leftover in DATA.glob(f"synthetic-{total}.db*"):
        leftover.unlink()
    started = time.perf_counter()
    build(path, total)
    print(f"  built {path.name} in {time.perf_counter() - started:.0f} s", flush=True)
    return path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> tuple[float, bytes]:
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=600) as response:
        body = response.read()
    return time.perf_counter() - started, body


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


@contextmanager
def serving(path: Path, settings: tuple[str, ...] = ()):
    """Our Datasette on the archive, as `ward-archive serve` starts it (plus
    `settings`, as --setting pairs); yields the server's address."""
    port = _free_port()
    server = subprocess.Popen(datasette_args(str(path), port=port) + list(settings), cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(600):
            try:
                _get(f"http://127.0.0.1:{port}/-/versions.json")
                break
            except OSError:
                time.sleep(0.2)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait()


def run(total: int = 1_000_000, repeats: int = 5) -> dict:
    path = archive(total)
    # The LIKE baseline needs more than the 3 s limit researchers get.
    with serving(path, ("--setting", "sql_time_limit_ms", "120000")) as server:
        base = f"{server}/{path.stem}"
        quote = urllib.parse.quote
        ranked, plain = [], []
        for query in QUERIES:
            _get(f"{base}/search.json?q={quote(query)}&_shape=array")  # warm the page cache
            for _ in range(repeats):
                ranked.append(_get(f"{base}/search.json?q={quote(query)}&_shape=array")[0])
                plain.append(_get(f"{base}/articles.json?_search={quote(query)}&_size=50&_shape=array")[0])
        like = []
        for term in LIKE_TERMS:
            sql = ("select title, published_at, ward_name from articles where body_text like :t "
                   "or title like :t order by sort_key desc limit 50")
            like.append(_get(f"{base}.json?sql={quote(sql)}&t={quote('%' + term + '%')}&_shape=array")[0])
        seconds, body = _get(f"{base}/articles.csv?province={quote(EXPORT_PROVINCE)}&_stream=on&_size=max")
        rows = list(csv.DictReader(io.StringIO(body.decode("utf-8"))))
    return {"articles": total, "ranked": _percentiles(ranked), "plain": _percentiles(plain),
            "like": _percentiles(like), "export_rows": len(rows),
            "export_unique": len({r["canonical_url"] for r in rows}), "export_seconds": seconds}


def main(total: int = 1_000_000) -> None:
    print(f"search and export on a synthetic archive of {total:,} articles, through Datasette's HTTP API "
          f"(load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores):", flush=True)
    r = run(total)
    ms = lambda pair: f"p50 {pair[0] * 1000:7.1f} ms  p95 {pair[1] * 1000:7.1f} ms"  # noqa: E731
    print(f"  ranked search (canned query)   {ms(r['ranked'])}  ({len(QUERIES)} queries)")
    print(f"  plain ?_search= table search   {ms(r['plain'])}")
    print(f"  LIKE baseline, same data       {ms(r['like'])}")
    print(f"  LIKE / ranked search           p50 {r['like'][0] / r['ranked'][0]:5.1f}x   "
          f"p95 {r['like'][1] / r['ranked'][1]:5.1f}x  (LIKE stops at 50 hits: fast for common words, "
          "a full scan for rare ones)")
    print(f"  CSV export of {r['export_rows']:,} rows ({r['export_unique']:,} distinct) in "
          f"{r['export_seconds']:.1f} s: {r['export_rows'] / r['export_seconds']:,.0f} rows/s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
