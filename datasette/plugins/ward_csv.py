"""Datasette's CSV, made to open right in Excel and to carry plain text.

* `?_bom=1` on any CSV link starts the file with a UTF-8 byte order mark:
  without one Excel reads the file as the system's legacy code page and
  shows "Ủy ban" as "á»¦y ban". Opt-in, because a BOM breaks programs that
  read the header ("\\ufeffcanonical_url"). The pages link to it as "CSV for
  Excel" (metadata.yml descriptions; docs/search.md).
* A `snippet` column (ward_snippet: escaped HTML with <mark>) is written as
  the plain text it was made from: no tags, no entities.

Both are done on the response stream, because Datasette's CSV writer has no
hook; a CSV without a `snippet` column streams through untouched.
"""
from __future__ import annotations

import codecs
import csv
import html
import io
import re
from urllib.parse import parse_qs

BOM = "\ufeff".encode("utf-8")
SNIPPET = "snippet"
_MARK = re.compile(r"</?mark>")
# Inside a CSV field a quote is doubled, so counting quotes tells whether a
# line break ends a record or sits inside a quoted field.
_QUOTE_OR_BREAK = re.compile(r'"|\n')


def plain_snippet(value: str) -> str:
    """ward_snippet's HTML back to its text (it escapes the text and adds <mark> only)."""
    return html.unescape(_MARK.sub("", value))


def wants_bom(scope) -> bool:
    query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
    return query.get("_bom", ["0"])[0] not in ("", "0")


class SnippetCleaner:
    """Rewrites a streamed CSV record by record, once its header shows a
    `snippet` column; before that it holds back at most the header."""

    def __init__(self):
        self._decoder = codecs.getincrementaldecoder("utf-8")()
        self._pending = ""  # the start of a record not yet complete
        self._column: int | None = None
        self._passing = False  # no snippet column: bytes go through as they came

    def feed(self, data: bytes, final: bool = False) -> bytes:
        if self._passing:
            return data
        records, self._pending = _split(self._pending + self._decoder.decode(data, final))
        if final and self._pending:
            records, self._pending = records + [self._pending], ""
        if self._column is None and records:
            header = next(csv.reader([records[0]]), [])
            if SNIPPET not in header:
                self._passing = True
                return ("".join(records) + self._pending).encode("utf-8")
            self._column = header.index(SNIPPET)
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        for record in records:  # the header too: "snippet" is its own plain text
            fields = next(csv.reader([record]), [])
            if self._column < len(fields):
                fields[self._column] = plain_snippet(fields[self._column])
            writer.writerow(fields)
        return out.getvalue().encode("utf-8")


def _split(text: str) -> tuple[list[str], str]:
    """Complete records of `text` (with their line ends) and the incomplete
    rest; `text` starts at the start of a record."""
    records, start, in_quotes = [], 0, False
    for match in _QUOTE_OR_BREAK.finditer(text):
        if match.group() == '"':
            in_quotes = not in_quotes
        elif not in_quotes:
            records.append(text[start:match.end()])
            start = match.end()
    return records, text[start:]


def excel_friendly_csv(app):
    """ASGI wrapper: BOM on request (`_bom=1`) and plain-text snippets, for CSV responses."""
    async def wrapped(scope, receive, send):
        if scope["type"] != "http" or not scope.get("path", "").endswith(".csv"):
            return await app(scope, receive, send)
        cleaner = SnippetCleaner()
        state = {"csv": False, "first": True}

        async def rewriting_send(message):
            if message["type"] == "http.response.start":
                headers = dict((k.lower(), v) for k, v in message.get("headers", []))
                state["csv"] = headers.get(b"content-type", b"").startswith(b"text/csv") or \
                    headers.get(b"content-type", b"").startswith(b"text/plain")
                if state["csv"]:
                    # The body changes length: let the server frame it.
                    message = {**message, "headers": [(k, v) for k, v in message.get("headers", [])
                                                      if k.lower() != b"content-length"]}
            elif message["type"] == "http.response.body" and state["csv"]:
                body = cleaner.feed(message.get("body", b""), final=not message.get("more_body", False))
                if state["first"] and wants_bom(scope):
                    body = BOM + body
                state["first"] = False
                message = {**message, "body": body}
            await send(message)
        return await app(scope, receive, rewriting_send)
    return wrapped
