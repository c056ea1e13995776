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
import sys
from pathlib import Path

import click

from ward_archive.storage.schema import SchemaError
from ward_archive.storage.store import utc_now
from ward_archive.storage.suppressions import (REDACTABLE, active_suppression_ids, log_lifting, log_suppression,
                                               open_log, resolve_article, write_public_copy)


class SuppressionError(ValueError):
    """A suppress/unsuppress request that cannot be carried out (the message says why)."""


# ---- the suppression log -----------------------------------------------------

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


def suppress(conn, url: str, reason: str, by: str, fields: list[str] | None = None) -> dict:
    """Log a suppression of the article `url` names; return the logged row."""
    if not reason.strip():
        raise SuppressionError("a suppression needs a reason (--reason)")
    key = resolve_article(conn, url)
    if key is None:
        raise SuppressionError(f"no archived article for {url}")
    row = {"canonical_url": key, "fields": json.dumps(fields) if fields else None, "reason": reason.strip(),
           "suppressed_by": by, "suppressed_at": utc_now()}
    row["id"] = log_suppression(conn, row)
    return row


def unsuppress(conn, url: str, reason: str, by: str) -> list[int]:
    """Lift every active suppression of the article; return their ids."""
    if not reason.strip():
        raise SuppressionError("lifting a suppression needs a reason (--reason)")
    key = resolve_article(conn, url)
    if key is None:
        raise SuppressionError(f"no archived article for {url}")
    ids = active_suppression_ids(conn, key)
    if not ids:
        raise SuppressionError(f"{key} has no active suppression")
    log_lifting(conn, ids, utc_now(), by, reason.strip())
    return ids


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
    removed, redacted = write_public_copy(db_path, building)
    building.chmod(0o444)  # a publication copy is never written to again
    os.replace(building, out)
    return {"public_copy": str(out), "articles_removed": removed, "articles_redacted": redacted}


# ---- commands (wired into `ward-archive` by archive/cli.py) ------------------

def open_archive(db_path: str):
    try:
        return open_log(db_path)
    except SchemaError as exc:
        raise click.ClickException(str(exc)) from None


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
    try:
        summary = build_public_copy(db_path, out_path)
    except SchemaError as exc:
        raise click.ClickException(str(exc)) from None
    summary["publish_command"] = publish_command(summary["public_copy"])
    click.echo(json.dumps(summary, ensure_ascii=False, sort_keys=True))
