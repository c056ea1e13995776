"""Bounds on what one statement of a Datasette connection may cost.

Datasette stops a statement at its SQL time limit with a progress handler,
which SQLite calls between virtual-machine steps: never inside our Python SQL
functions, so `StatementWatch.out_of_time` lets them keep the limit too.

On a public copy (opened immutable) strangers write the SQL, so a statement
is also bounded in what it returns (`hex(randomblob(300000000))` as JSON
once took the server from 0.56 to 4.05 GB):
* no single value longer than PUBLIC_MAX_VALUE_BYTES (SQLite's own length
  limit: the value is never built). Larger than anything the archive stores:
  the crawler caps a page at 16 MiB, so a stored text or the lead and body
  joined stay under it;
* no result row wider than PUBLIC_MAX_COLUMNS;
* no more than PUBLIC_MAX_RESULT_BYTES of values fetched by one statement
  (a page of 1,000 long articles is about 20 MB): past it the statement fails
  with ResultTooLarge, which Datasette shows as the query's error.
"""
from __future__ import annotations

import sqlite3
import time

from ward_archive.storage.search import register_functions

MIB = 1024 * 1024
PUBLIC_MAX_VALUE_BYTES = 32 * MIB
PUBLIC_MAX_COLUMNS = 64
PUBLIC_MAX_RESULT_BYTES = 32 * MIB


class ResultTooLarge(sqlite3.DataError):
    """One statement fetched more than PUBLIC_MAX_RESULT_BYTES of values."""


class OutOfTime(sqlite3.OperationalError):
    """A statement went on calling our functions after it was interrupted."""


class StatementWatch:
    """What the running statement of a connection has spent: time, and bytes fetched.

    SQLite's trace callback tells when the connection starts a statement:
    the deadline and the byte count restart there."""

    def __init__(self, conn: sqlite3.Connection, time_limit_ms: int | None, max_result_bytes: int | None):
        self.conn = conn
        self.seconds = time_limit_ms / 1000 if time_limit_ms else None
        self.max_result_bytes = max_result_bytes
        self.ends_at = float("inf")
        self.interrupted = False
        self.fetched = 0
        conn.set_trace_callback(self.restart)

    def restart(self, _statement: str) -> None:
        self.ends_at = time.perf_counter() + self.seconds if self.seconds else float("inf")
        self.interrupted = False
        self.fetched = 0

    def out_of_time(self) -> bool:
        """True past the deadline. The first time, the statement is
        interrupted: it ends at its next step as any statement over the time
        limit ends ("interrupted"). SQLite looks at that only between rows, so
        a call after it (many calls in one row, each paying to convert its
        arguments) raises OutOfTime, which ends the statement at once."""
        if time.perf_counter() < self.ends_at:
            return False
        if self.interrupted:
            raise OutOfTime("the statement's time limit has passed")
        self.conn.interrupt()
        self.interrupted = True
        return True

    def count_row(self, values: tuple) -> None:
        self.fetched += sum(len(v) if isinstance(v, (str, bytes)) else 8 for v in values)
        if self.max_result_bytes and self.fetched > self.max_result_bytes:
            raise ResultTooLarge(f"the result is larger than {self.max_result_bytes // MIB} MB: "
                                 "select fewer rows or columns (or use the CSV export)")


def prepare_connection(conn: sqlite3.Connection, time_limit_ms: int | None, public: bool) -> None:
    """Register our SQL functions on a Datasette connection, bounded by its
    time limit, and on a public copy, bound what a statement returns. Called
    after Datasette set its row factory (sqlite3.Row), which is kept."""
    watch = StatementWatch(conn, time_limit_ms, PUBLIC_MAX_RESULT_BYTES if public else None)
    register_functions(conn, watch.out_of_time)
    if not public:
        return
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, PUBLIC_MAX_VALUE_BYTES)
    conn.setlimit(sqlite3.SQLITE_LIMIT_COLUMN, PUBLIC_MAX_COLUMNS)
    make_row = conn.row_factory

    def counted_row(cursor, values):
        watch.count_row(values)
        return make_row(cursor, values) if make_row else values

    conn.row_factory = counted_row
