"""Publishing safely: suppressions (Law 91/2025 on personal data) and the
public copy of the archive that `ward-archive serve --public` serves.

A suppression hides a whole article, or blanks some of its fields, from
everything that leaves the machine (the public copy and `ward-archive
export`); the archive itself keeps the article untouched. The log is never
deleted: lifting a suppression stamps `lifted_at`, `lifted_by` and
`lift_reason` on its row.

The public copy is a separate SQLite file built from a consistent snapshot
(`VACUUM INTO`), with suppressed articles deleted, redacted fields blanked,
every full-text index rebuilt and the file vacuumed, so that no trace of a
suppressed text is left in free pages or index segments. (VACUUM keeps the
rowids the full-text indexes are keyed on: SQLite copies tables verbatim.)
"""
from __future__ import annotations

import getpass
import json
import os
import re
import sqlite3
import sys
from pathlib import Path

import click

from ward_scraper.util.urls import canonicalize

from ward_archive.storage.search import rebuild_index
from ward_archive.storage.store import utc_now

SUPPRESSIONS_DDL = """
CREATE TABLE IF NOT EXISTS suppressions (
    id INTEGER PRIMARY KEY,
    canonical_url TEXT NOT NULL,
    fields TEXT,
    reason TEXT NOT NULL,
    suppressed_by TEXT NOT NULL,
    suppressed_at TEXT NOT NULL,
    lifted_at TEXT,
    lifted_by TEXT,
    lift_reason TEXT
);
CREATE INDEX IF NOT EXISTS suppressions_url ON suppressions(canonical_url);
"""

# Fields that can be redacted, and the columns that hold them. The body is
# stored twice (text and sanitised HTML): redacting it blanks both.
REDACTABLE = {
    "title": ("title",),
    "lead": ("lead",),
    "body_text": ("body_text", "body_html"),
    "authors": ("authors",),
    "source_unit": ("source_unit",),
    "credit_line": ("credit_line",),
    "category": ("category",),
    "images": (),        # the article's rows in `images` (photos and captions)
    "attachments": (),   # the article's rows in `attachments`
}
CHILD_TABLES = {"images": ("images", "image_count"), "attachments": ("attachments", "attachment_count")}

# The suppression log names staff and says why something was hidden, which
# may itself reveal what was hidden: it never leaves the machine.
PRIVATE_TABLES = ("suppressions",)


class SuppressionError(ValueError):
    """A suppress/unsuppress request that cannot be carried out (the message says why)."""


# ---- the suppression log -----------------------------------------------------

def ensure_suppressions(conn: sqlite3.Connection) -> None:
    with conn:
        conn.executescript(SUPPRESSIONS_DDL)


def resolve_article(conn: sqlite3.Connection, url: str) -> str | None:
    """The canonical URL of the archived article that `url` names: its
    canonical URL, any URL form of it, or a URL it was once fetched from."""
    row = conn.execute("SELECT canonical_url FROM articles WHERE canonical_url IN (?, ?) OR url = ? LIMIT 1",
                       (url, canonicalize(url), url)).fetchone()
    if row is None:
        row = conn.execute("SELECT canonical_url FROM article_versions WHERE url = ? LIMIT 1", (url,)).fetchone()
    return row[0] if row else None


def parse_fields(text: str | None) -> list[str] | None:
    """`authors,credit_line` -> ['authors', 'credit_line']; None = the whole article."""
    if text is None:
        return None
    fields = sorted({name.strip() for name in text.split(",") if name.strip()})
    unknown = [name for name in fields if name not in REDACTABLE]
    if unknown or not fields:
        raise SuppressionError(f"cannot redact {', '.join(unknown) or 'nothing'}; "
                               f"redactable fields: {', '.join(REDACTABLE)}")
    return fields


def suppress(conn: sqlite3.Connection, url: str, reason: str, by: str, fields: list[str] | None = None) -> dict:
    """Log a suppression of the article `url` names; return the logged row."""
    if not reason.strip():
        raise SuppressionError("a suppression needs a reason (--reason)")
    ensure_suppressions(conn)
    key = resolve_article(conn, url)
    if key is None:
        raise SuppressionError(f"no archived article for {url}")
    row = {"canonical_url": key, "fields": json.dumps(fields) if fields else None, "reason": reason.strip(),
           "suppressed_by": by, "suppressed_at": utc_now()}
    with conn:
        row["id"] = conn.execute("INSERT INTO suppressions (canonical_url, fields, reason, suppressed_by, "
                                 "suppressed_at) VALUES (:canonical_url, :fields, :reason, :suppressed_by, "
                                 ":suppressed_at)", row).lastrowid
    return row


def unsuppress(conn: sqlite3.Connection, url: str, reason: str, by: str) -> list[int]:
    """Lift every active suppression of the article; return their ids."""
    if not reason.strip():
        raise SuppressionError("lifting a suppression needs a reason (--reason)")
    ensure_suppressions(conn)
    key = resolve_article(conn, url)
    if key is None:
        raise SuppressionError(f"no archived article for {url}")
    ids = [row[0] for row in conn.execute(
        "SELECT id FROM suppressions WHERE canonical_url = ? AND lifted_at IS NULL ORDER BY id", (key,))]
    if not ids:
        raise SuppressionError(f"{key} has no active suppression")
    with conn:
        conn.executemany("UPDATE suppressions SET lifted_at = ?, lifted_by = ?, lift_reason = ? WHERE id = ?",
                         [(utc_now(), by, reason.strip(), id_) for id_ in ids])
    return ids


def active_suppressions(conn: sqlite3.Connection) -> dict[str, frozenset[str] | None]:
    """canonical URL -> the redacted fields, or None when the whole article
    is hidden (a whole-article suppression outranks any redaction)."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'suppressions'").fetchone():
        return {}
    hidden: dict[str, frozenset[str] | None] = {}
    for key, fields in conn.execute("SELECT canonical_url, fields FROM suppressions WHERE lifted_at IS NULL"):
        if fields is None or hidden.get(key, frozenset()) is None:
            hidden[key] = None
        else:
            hidden[key] = hidden.get(key, frozenset()) | frozenset(json.loads(fields))
    return hidden


# ---- the public copy ---------------------------------------------------------

def public_copy_path(db_path: str) -> Path:
    path = Path(db_path)
    return path.parent / "public" / path.name


def build_public_copy(db_path: str, out_path: str | Path | None = None) -> dict:
    """Write the publication copy of the archive; return what was done."""
    out = Path(out_path) if out_path else public_copy_path(db_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    building = out.with_name(f".{out.name}.building")
    building.unlink(missing_ok=True)
    snapshot(db_path, building)
    conn = sqlite3.connect(building)
    try:
        # Deleted rows must not linger in free pages of a file that is published.
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("PRAGMA secure_delete=ON")
        hidden = active_suppressions(conn)
        with conn:
            removed = remove_articles(conn, [key for key, fields in hidden.items() if fields is None])
            redacted = redact_articles(conn, {key: fields for key, fields in hidden.items() if fields})
            for table in PRIVATE_TABLES:
                conn.execute(f"DROP TABLE IF EXISTS [{table}]")
            if table_columns(conn, "article_search"):
                # Folded copies of the text, written by Python rather than by
                # triggers: refill them from the scrubbed articles.
                rebuild_index(conn)
            rebuild_full_text_indexes(conn)
        conn.execute("VACUUM")
    finally:
        conn.close()
    building.chmod(0o444)  # a publication copy is never written to again
    os.replace(building, out)
    return {"public_copy": str(out), "articles_removed": removed, "articles_redacted": redacted}


def snapshot(db_path: str, target: Path) -> None:
    """A consistent, self-contained copy of a live WAL-mode archive.

    The checkpoint moves committed rows from the WAL into the main file (and
    empties the WAL), so that even the archive itself could be opened
    immutable. While a crawl or a reader is busy it gives up after a second,
    reporting "busy"; the copy is complete all the same, because VACUUM INTO
    reads through this connection, which sees the WAL."""
    source = sqlite3.connect(db_path, timeout=30)
    try:
        source.execute("PRAGMA busy_timeout = 1000")
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        source.execute("PRAGMA busy_timeout = 30000")
        source.execute("VACUUM INTO ?", (str(target),))
    finally:
        source.close()


def article_tables(conn: sqlite3.Connection) -> dict[str, str]:
    """Every table holding per-article rows -> the column naming the article
    (images, attachments, article_versions, search tables added later, ...).
    External-content full-text tables are left out: they are rebuilt."""
    found = {}
    for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                                  "AND name NOT LIKE 'sqlite_%' ORDER BY name"):
        if is_full_text(sql) and fts_content(sql) is not None:
            continue
        columns = table_columns(conn, name)
        for column in ("canonical_url", "article_url"):
            if column in columns:
                found[name] = column
                break
    return found


def remove_articles(conn: sqlite3.Connection, keys: list[str]) -> int:
    """Delete whole articles with every row that refers to them, including
    raw captures and crawl errors whose URL is one of the article's."""
    if not keys:
        return 0
    urls, capture_ids = set(keys), set()
    for key in keys:
        for url, capture_id, removed_capture_id in conn.execute(
                "SELECT url, capture_id, removed_capture_id FROM articles WHERE canonical_url = ?", (key,)):
            urls.add(url)
            capture_ids |= {capture_id, removed_capture_id}
        for url, capture_id in conn.execute(
                "SELECT url, capture_id FROM article_versions WHERE canonical_url = ?", (key,)):
            urls.add(url)
            capture_ids.add(capture_id)
    tables = article_tables(conn)
    for table, column in tables.items():
        conn.executemany(f"DELETE FROM [{table}] WHERE [{column}] = ?", [(key,) for key in keys])
    # Bookkeeping rows (captures, crawl_errors) stay public, except those
    # whose URL would still name the article: a slug often carries the title.
    conn.executemany("DELETE FROM captures WHERE id = ?", [(id_,) for id_ in capture_ids if id_ is not None])
    for table in tables_with_column(conn, "url"):
        if table not in tables:
            conn.executemany(f"DELETE FROM [{table}] WHERE url = ?", [(url,) for url in sorted(urls)])
    return len(keys)


def redact_articles(conn: sqlite3.Connection, redactions: dict[str, frozenset[str]]) -> int:
    """Blank the redacted fields wherever the article's rows hold them."""
    tables = article_tables(conn)
    for key, fields in redactions.items():
        columns = [column for field in sorted(fields) for column in REDACTABLE[field]]
        for table, key_column in tables.items():
            info = table_columns(conn, table)
            for column in (c for c in columns if c in info):
                conn.execute(f"UPDATE [{table}] SET [{column}] = ? WHERE [{key_column}] = ?",
                             (blank_value(column, info[column]), key))
        for field in fields & CHILD_TABLES.keys():
            child, count_column = CHILD_TABLES[field]
            conn.execute(f"DELETE FROM [{child}] WHERE article_url = ?", (key,))
            conn.execute(f"UPDATE articles SET [{count_column}] = 0 WHERE canonical_url = ?", (key,))
            conn.execute(f"UPDATE article_versions SET [{field}] = '[]' WHERE canonical_url = ?", (key,))
    return len(redactions)


def blank_value(column: str, not_null: bool) -> str | None:
    """What a redacted cell holds: an empty JSON list for the authors list,
    an empty string where the schema forbids NULL, else NULL."""
    if column == "authors":
        return "[]"
    return "" if not_null else None


def rebuild_full_text_indexes(conn: sqlite3.Connection) -> None:
    """Rebuild every FTS index from its content. Triggers keep an index in
    sync, but FTS 'delete' only adds tombstones: the words of a deleted row
    stay in older index segments until a rebuild."""
    for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall():
        if is_full_text(sql) and fts_content(sql) != "":  # a contentless index has nothing to rebuild from
            conn.execute(f"INSERT INTO [{name}]([{name}]) VALUES ('rebuild')")


def is_full_text(sql: str | None) -> bool:
    return bool(sql) and " using fts" in " ".join(sql.lower().split())


_CONTENT_OPTION = re.compile(r"""\bcontent\s*=\s*(?:'([^']*)'|"([^"]*)"|\[([^\]]*)\]|(\w+))""", re.IGNORECASE)


def fts_content(sql: str) -> str | None:
    """The `content=` option of a full-text table: the external content
    table, '' for a contentless index, None when the index keeps its own."""
    match = _CONTENT_OPTION.search(sql)
    return None if match is None else next(group for group in match.groups() if group is not None)


def table_columns(conn: sqlite3.Connection, table: str) -> dict[str, bool]:
    """column name -> NOT NULL?"""
    return {row[1]: bool(row[3]) for row in conn.execute(f"PRAGMA table_info([{table}])")}


def tables_with_column(conn: sqlite3.Connection, column: str) -> list[str]:
    names = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                            "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return [name for name in names if column in table_columns(conn, name)]


# ---- commands (wired into `ward-archive` by archive/cli.py) ------------------

def open_archive(db_path: str) -> sqlite3.Connection:
    if not Path(db_path).exists():
        raise click.ClickException(f"{db_path} does not exist")
    conn = sqlite3.connect(db_path, timeout=30)
    conn.execute("PRAGMA journal_mode=WAL")
    return conn


def default_user() -> str:
    try:
        return getpass.getuser()  # $LOGNAME, $USER, ... then the account name
    except (OSError, KeyError):
        raise click.ClickException("cannot tell who you are: give --by NAME") from None


@click.command(name="suppress")
@click.argument("url")
@click.option("--reason", required=True, help="Why (e.g. the data subject's request and its date).")
@click.option("--fields", default=None,
              help=f"Redact only these fields, comma-separated ({', '.join(REDACTABLE)}); "
                   "default: hide the whole article.")
@click.option("--by", "by", default=None, help="Who decided (default: $USER).")
@click.option("--db", "db_path", default="data/archive.db", show_default=True)
def suppress_command(url, reason, fields, by, db_path):
    """Hide an article (or redact fields) from public serving and exports.

    The archive keeps the article; the decision is logged in the
    `suppressions` table. Rebuild the public copy (`serve --public`) and
    any published export for it to take effect."""
    conn = open_archive(db_path)
    try:
        row = suppress(conn, url, reason, by or default_user(), parse_fields(fields))
    except SuppressionError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    finally:
        conn.close()
    click.echo(json.dumps(row, ensure_ascii=False, sort_keys=True))


@click.command(name="unsuppress")
@click.argument("url")
@click.option("--reason", required=True, help="Why the suppression is lifted.")
@click.option("--by", "by", default=None, help="Who decided (default: $USER).")
@click.option("--db", "db_path", default="data/archive.db", show_default=True)
def unsuppress_command(url, reason, by, db_path):
    """Lift an article's suppressions (the log keeps them, marked lifted)."""
    conn = open_archive(db_path)
    try:
        ids = unsuppress(conn, url, reason, by or default_user())
    except SuppressionError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    finally:
        conn.close()
    click.echo(json.dumps({"lifted": ids}))


@click.command(name="public-copy")
@click.option("--db", "db_path", default="data/archive.db", show_default=True)
@click.option("--out", "out_path", default=None, type=click.Path(dir_okay=False),
              help="Where to write it (default: public/<name>.db beside the archive).")
def public_copy_command(db_path, out_path):
    """Build the publication copy (suppressions applied) without serving it,
    e.g. for `datasette publish`."""
    from ward_archive.serve import publish_command

    if not Path(db_path).exists():
        raise click.ClickException(f"{db_path} does not exist")
    summary = build_public_copy(db_path, out_path)
    summary["publish_command"] = publish_command(summary["public_copy"])
    click.echo(json.dumps(summary, ensure_ascii=False, sort_keys=True))
