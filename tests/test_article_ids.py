"""Short article ids (schema step 12, archive/storage/browse.py): given once,
never reused or renumbered, and the Vietnamese collation names sort by."""
import sqlite3

from ward_archive.storage import migrate, open_store
from ward_archive.storage.browse import register_collation, vietnamese_key
from tests.test_store import PORTAL, item


def _article(n: int) -> dict:
    url = f"https://binhloc.dongnai.gov.vn/vi/news/tin-tuc/bai-{n}.html"
    return item(url=url, canonical_url=url, title=f"Bài số {n}")


def _archive_with(db: str, numbers) -> None:
    archive = open_store(db)
    archive.upsert_portal(PORTAL)
    for n in numbers:
        archive.upsert_article(_article(n), PORTAL.as_row())
    archive.close()


def _ids(db) -> dict:
    with sqlite3.connect(db) as conn:
        return {url: id_ for url, id_ in conn.execute("SELECT canonical_url, id FROM articles")}


def test_ids_survive_deletion_and_vacuum_and_are_never_reused(tmp_path):
    db = str(tmp_path / "a.db")
    _archive_with(db, range(1, 6))
    before = _ids(db)
    assert sorted(before.values()) == [1, 2, 3, 4, 5]

    conn = sqlite3.connect(db)
    with conn:   # as the public copy does (suppressions.write_public_copy)
        conn.execute("DELETE FROM images")
        conn.execute("DELETE FROM articles WHERE title IN ('Bài số 1', 'Bài số 5')")
    conn.execute("VACUUM")
    conn.close()
    _archive_with(db, [6])
    after = _ids(db)
    assert {url: after[url] for url in before if url in after} == {url: before[url] for url in after if url in before}
    assert after[_article(6)["canonical_url"]] == 5   # the next after the highest still held
    assert len(set(after.values())) == len(after)


def test_migration_to_step_20_numbers_articles_as_their_rowids(tmp_path):
    db = str(tmp_path / "old.db")
    _archive_with(db, range(1, 4))
    conn = sqlite3.connect(db)
    with conn:   # back to what schema version 10 made
        conn.execute("DROP TRIGGER articles_id_ai")
        conn.execute("DROP INDEX articles_id")
        conn.execute("ALTER TABLE articles DROP COLUMN id")
        conn.execute("PRAGMA user_version = 10")
    conn.close()

    assert migrate(db)["from_version"] == 10
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles WHERE id IS NULL OR id != rowid").fetchone() == (0,)
        indexes = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger')")}
    assert {"articles_id", "articles_id_ai"} <= indexes
    _archive_with(db, [4])
    assert _ids(db)[_article(4)["canonical_url"]] == 4


def test_vietnamese_collation_orders_by_the_vietnamese_alphabet():
    names = ["Hồ Chí Minh", "Đà Nẵng", "Bình Lộc", "Ấp Bắc", "Hải Phòng", "Hà Nội", "Đồng Nai", "An Giang", "dân"]
    expected = ["An Giang", "Ấp Bắc", "Bình Lộc", "dân", "Đà Nẵng", "Đồng Nai", "Hà Nội", "Hải Phòng", "Hồ Chí Minh"]
    assert sorted(names, key=vietnamese_key) == expected
    conn = sqlite3.connect(":memory:")
    register_collation(conn)
    rows = conn.execute("SELECT column1 FROM (VALUES " + ", ".join("(?)" for _ in names) + ") "
                        "ORDER BY column1 COLLATE vietnamese", names).fetchall()
    assert [r[0] for r in rows] == expected
    # byte order, for contrast: every Đ after every H
    assert sorted(names).index("Đà Nẵng") > sorted(names).index("Hồ Chí Minh")


def test_tones_sort_after_letters_in_dictionary_order():
    assert sorted(["bạ", "bá", "bã", "bả", "bà", "ba"], key=vietnamese_key) == ["ba", "bà", "bả", "bã", "bá", "bạ"]
