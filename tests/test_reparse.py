"""`ward-archive reparse`: the archive benefits from every parser fix (issue 10, item 6)."""
from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys

import pytest

from tests.conftest import ROOT, last_json_line, run_cli

pytestmark = pytest.mark.e2e

# A parser change, as a developer would make one: the WordPress parser now
# appends a mark to every title. Run in a child process, as the command runs.
CHANGED_PARSER = """
import sys
from ward_scraper.extract.platforms import PARSERS
from ward_scraper.extract.platforms.base import field
from ward_archive.cli import cli

class ChangedWordPress(PARSERS["wordpress"]):
    @field
    def title(self, context):
        return super().title(context) + " (đã sửa)"

PARSERS["wordpress"] = ChangedWordPress
cli(sys.argv[1:])
"""


@pytest.fixture
def archive_copy(crawled, tmp_path):
    """The crawled archive with its WARC files, copied: reparse writes."""
    db, _ = crawled
    shutil.copytree(db.parent, tmp_path / "archive")
    return tmp_path / "archive" / db.name


def rows(db, sql, *args):
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, args).fetchall()


def test_reparse_with_unchanged_parsers_changes_nothing(archive_copy):
    before = rows(archive_copy, "SELECT canonical_url, version, content_hash FROM articles ORDER BY 1")
    result = run_cli("reparse", "--db", archive_copy)
    assert result.returncode == 0, result.stderr[-2000:]
    summary = last_json_line(result.stdout)
    assert summary["changed"] == 0 and summary["failed"] == 0 and summary["unchanged"] == len(before)
    assert rows(archive_copy, "SELECT canonical_url, version, content_hash FROM articles ORDER BY 1") == before
    assert rows(archive_copy, "SELECT count(*) FROM article_versions") == [(0,)]


def test_after_a_parser_change_exactly_the_affected_articles_get_a_reextraction_version(archive_copy):
    wordpress = {url for (url,) in rows(archive_copy, "SELECT canonical_url FROM articles WHERE platform = 'wordpress'")}
    assert wordpress
    dry = subprocess.run([sys.executable, "-c", CHANGED_PARSER, "reparse", "--db", str(archive_copy), "--dry-run"],
                         cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert dry.returncode == 0, dry.stderr[-2000:]
    assert {line.split(": ")[1] for line in dry.stdout.splitlines() if line.startswith("would change")} == wordpress
    # the title changed (the lead and body may follow: they are read against the title)
    assert all("title" in line.rsplit(": ", 1)[1].split(", ")
               for line in dry.stdout.splitlines() if line.startswith("would change"))
    assert rows(archive_copy, "SELECT count(*) FROM article_versions") == [(0,)]  # a dry run writes nothing

    result = subprocess.run([sys.executable, "-c", CHANGED_PARSER, "reparse", "--db", str(archive_copy)],
                            cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    assert last_json_line(result.stdout)["changed"] == len(wordpress)
    changed = rows(archive_copy, "SELECT canonical_url, version, version_cause, title, parser_version FROM articles "
                                 "WHERE version > 1")
    assert {row[0] for row in changed} == wordpress
    assert all(row[1] == 2 and row[2] == "reparse" and row[3].endswith("(đã sửa)") and row[4] for row in changed)
    kept = rows(archive_copy, "SELECT canonical_url, version, version_cause FROM article_versions")
    assert {row[0] for row in kept} == wordpress and all(row[1:] == (1, "fetch") for row in kept)
    # the search index follows the new titles
    hits = rows(archive_copy, "SELECT count(*) FROM article_search WHERE article_search MATCH 'sua'")
    assert hits[0][0] >= len(wordpress)
    # a second run with the same (changed) code finds nothing more to do
    again = subprocess.run([sys.executable, "-c", CHANGED_PARSER, "reparse", "--db", str(archive_copy)],
                           cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert last_json_line(again.stdout)["changed"] == 0


def test_reparse_filters_by_portal(archive_copy):
    portal = rows(archive_copy, "SELECT portal, count(*) FROM articles GROUP BY portal ORDER BY portal LIMIT 1")[0]
    result = run_cli("reparse", "--db", archive_copy, "--portal", portal[0], "--dry-run")
    assert result.returncode == 0 and last_json_line(result.stdout)["articles"] == portal[1]
