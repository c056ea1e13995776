"""The field registry (scraper/extract/fields.py) and everything derived from
it agree: the crawl item, the DDL of a real archive, the store, the export
columns, the redaction list, Datasette's column descriptions and docs/schema.md."""
from __future__ import annotations

import dataclasses
import json
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from ward_archive import export, publish
from ward_archive.serve import metadata_for
from ward_archive.storage import browse, migrate, suppressions
from ward_scraper.crawl.items import EXTRACTED_FIELDS, HASHED_FIELDS, ArticleItem
from ward_scraper.extract import fields

ROOT = Path(__file__).resolve().parent.parent


def columns_of(db: Path, table: str) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [row[1] for row in conn.execute(f"PRAGMA table_info([{table}])")]
    finally:
        conn.close()


def test_a_new_archive_has_the_registry_columns(tmp_path):
    db = tmp_path / "a.db"
    migrate(str(db))
    # then the archive's own short id (schema step 12, storage/browse.py): not an article field
    assert columns_of(db, "articles") == [f.name for f in fields.COLUMNS] + ["id"]
    assert columns_of(db, "article_versions") == [f.name for f in fields.VERSIONED] + ["superseded_at"]
    for field in fields.ROWS:
        assert columns_of(db, field.name) == ["article_url", "position"] + [p for p, _ in field.parts + field.capture_parts]
    assert columns_of(db, "articles_fts") == [f.name for f in fields.SEARCHABLE]
    assert columns_of(db, "article_search") == ["title", "lead", "body"]


def test_the_item_export_and_redaction_lists_come_from_the_registry():
    assert [f.name for f in dataclasses.fields(ArticleItem)] == sorted(
        (f.name for f in fields.ITEM), key=lambda n: fields.BY_NAME[n].default is not fields.REQUIRED)
    assert EXTRACTED_FIELDS == ("title", "published_at", "lead", "body_text", "body_html", "authors",
                                "source_unit", "credit_line", "images", "attachments", "category", "credits")
    assert HASHED_FIELDS == ("title", "published_at", "lead", "body_text", "authors", "source_unit",
                             "credit_line", "images", "attachments")
    # The export header is a public interface (docs/export.md): unchanged by the registry.
    assert export.COLUMNS == (
        "canonical_url", "published_at", "province", "ward_name", "ward_code", "portal",
        "title", "lead", "body_text", "authors", "source_unit", "credit_line", "category",
        "images", "attachments",
        "url", "platform", "version", "first_fetched_at", "changed_at", "removed_at", "content_hash")
    assert publish.REDACTABLE == suppressions.REDACTABLE == {
        "title": ("title",), "lead": ("lead",), "body_text": ("body_text", "body_html"),
        "authors": ("authors", "credits"), "source_unit": ("source_unit", "source_unit_canonical"), "credit_line": ("credit_line",),
        "images": (), "attachments": (), "category": ("category",)}
    assert suppressions.CHILD_TABLES == {"images": ("images", "image_count"),
                                         "attachments": ("attachments", "attachment_count")}


def test_datasette_describes_every_article_column_from_the_registry():
    described = metadata_for("data/archive.db")["databases"]["archive"]["tables"]["articles"]["columns"]
    assert described == {**{f.name: f.description for f in fields.COLUMNS}, "id": browse.ID_DESCRIPTION}


def test_docs_schema_table_is_the_generated_one():
    text = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    start, end = text.index(fields.DOCS_START), text.index(fields.DOCS_END) + len(fields.DOCS_END)
    assert text[start:end] == fields.docs_table(), \
        "docs/schema.md is out of date: paste in `python -m ward_scraper.extract.fields`"


# A new field, declared as docs/schema.md shows, in a fresh interpreter: the
# registry module is re-run with the declaration added, then everything that
# derives from it is imported and used on a real archive.
NEW_FIELD = ('    Field("keywords", list[str], "TEXT", _P, "Keywords the portal tagged the article with",\n'
             '          shape=Shape.JSON_LIST, not_null=True, default=list, sql_default="\'[]\'",\n'
             '          versioned=True, export_column=23, redactable=True),\n')

SCRIPT = textwrap.dedent('''
    import json, sqlite3, sys
    from pathlib import Path
    import ward_scraper.extract.fields as registry
    source = Path(registry.__file__).read_text(encoding="utf-8")
    marker = "\\n)\\n\\nBY_NAME"
    assert marker in source
    exec(compile(source.replace(marker, "\\n" + sys.argv[2] + ")\\n\\nBY_NAME"), registry.__file__, "exec"),
         registry.__dict__)

    from ward_archive.export import COLUMNS, export_archive
    from ward_archive.publish import REDACTABLE, suppress
    from ward_archive.storage import open_store
    from ward_archive.storage.schema import articles_ddl, versions_ddl
    from ward_scraper.crawl.items import EXTRACTED_FIELDS, ArticleItem, content_hash
    from ward_scraper.crawl.registry import Portal

    db = sys.argv[1]
    archive = open_store(db)
    portal = Portal("p1", "Phường Một", "00001", "Tỉnh Một", "generic", "http://127.0.0.1/", ("/",))
    archive.upsert_portal(portal)
    item = ArticleItem(url="http://127.0.0.1/a", canonical_url="http://127.0.0.1/a", portal="p1",
                       ward_code="00001", platform="generic", title="Tin", body_text="Nội dung",
                       keywords=["bầu cử", "cử tri"], fetched_at="2026-01-01T00:00:00Z").to_dict()
    item["content_hash"] = content_hash(item)
    archive.upsert_article(item, portal.as_row())
    archive.close()
    manifest = export_archive(db, Path(db).parent / "out", "jsonl")
    csv_manifest = export_archive(db, Path(db).parent / "csv", "csv")
    csv_text = (Path(db).parent / "csv" / csv_manifest["files"][0]["path"]).read_text(encoding="utf-8-sig")
    [line] = (Path(db).parent / "out" / manifest["files"][0]["path"]).read_text(encoding="utf-8").splitlines()
    conn = sqlite3.connect(db)
    print(json.dumps({
        "extracted": "keywords" in EXTRACTED_FIELDS,
        "articles_ddl": "keywords TEXT NOT NULL DEFAULT '[]'" in articles_ddl(),
        "versions_ddl": "keywords TEXT NOT NULL" in versions_ddl(),
        "stored": conn.execute("SELECT keywords FROM articles").fetchone()[0],
        "export_header": list(COLUMNS)[-2:],
        "exported": json.loads(line)["keywords"],
        "csv_cell": csv_text.splitlines()[1].rsplit(",", 1)[1],
        "redactable": REDACTABLE.get("keywords"),
        "docs": registry.docs_table().count("| keywords |"),
    }, ensure_ascii=False))
''')


def test_adding_a_field_is_one_declaration(tmp_path):
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "a.db"), NEW_FIELD],
                            capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "extracted": True, "articles_ddl": True, "versions_ddl": True,
        "stored": '["bầu cử", "cử tri"]',
        "export_header": ["content_hash", "keywords"], "exported": ["bầu cử", "cử tri"], "csv_cell": "bầu cử; cử tri",
        "redactable": ["keywords"], "docs": 1}
