"""No SQL outside the storage layer (ward_archive.storage, the folder
archive/storage): every string literal of the project's packages elsewhere is
searched for SQL statements. import-linter checks the other half (only
storage imports sqlite3 or sqlite_utils; pyproject.toml [tool.importlinter]).

Scope: the installed packages (scraper/, archive/, datasette/, replica/).
tests/ is out of scope: tests check the real database with SQL of their own.
Nothing is allow-listed. datasette/metadata.yml's canned queries are
user-facing configuration, and YAML, not Python.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("scraper", "archive", "datasette", "replica")
STORAGE = ROOT / "archive" / "storage"

SQL = re.compile(r"\bselect\b[\s\S]+?\bfrom\b|\binsert\s+(or\s+\w+\s+)?into\b|\bupdate\s+\[?\w+\]?\s+set\b"
                 r"|\bdelete\s+from\b|\bcreate\s+(virtual\s+table|table|unique\s+index|index|trigger|view)\b"
                 r"|\bdrop\s+(table|index|trigger|view)\b|\bpragma\s+\w+|\bvacuum\b",
                 re.IGNORECASE)


def project_files() -> list[Path]:
    return sorted(path for package in PACKAGES for path in (ROOT / package).rglob("*.py")
                  if STORAGE not in path.parents)


def docstrings(tree: ast.AST) -> set[int]:
    """ids of the docstring nodes (prose, which may say "select ... from")."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def sql_literals(source: str) -> list[tuple[int, str]]:
    """(line, text) of each string literal, or f-string, that holds SQL."""
    tree = ast.parse(source)
    skipped = docstrings(tree) | {id(part) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr)
                                  for part in node.values}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            text = "".join(part.value if isinstance(part, ast.Constant) else " x " for part in node.values)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skipped:
            text = node.value
        else:
            continue
        if SQL.search(text):
            found.append((node.lineno, text))
    return found


def test_the_detector_finds_sql_in_literals_and_f_strings_but_not_in_docstrings():
    source = '''
def f(conn, table):
    """Select the rows from the table, then delete from memory."""
    conn.execute("SELECT id FROM captures WHERE url = ?")
    conn.execute(f"DELETE FROM [{table}] WHERE article_url = ?")
    conn.execute("PRAGMA user_version")
    return "update portals set x = 1"
'''
    assert sorted(line for line, _ in sql_literals(source)) == [4, 5, 6, 7]


@pytest.mark.parametrize("path", project_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_sql_outside_the_storage_layer(path):
    found = sql_literals(path.read_text(encoding="utf-8"))
    assert not found, f"SQL outside archive/storage in {path.relative_to(ROOT)}: " + "; ".join(
        f"line {line}: {text.strip()[:60]!r}" for line, text in found)
