"""The article field registry: every field of an article, declared once.

Each `Field` says what the field is (Python and SQL type), where its value
comes from, and what the archive does with it. Everything else is derived
from this one list, so adding a field is one declaration here plus its
extraction (docs/schema.md, "Adding an article field"):

  * the crawl item (ward_scraper.crawl.items: ArticleItem, EXTRACTED_FIELDS,
    HASHED_FIELDS),
  * the `articles` and `article_versions` DDL, the store's row mapping and
    the version copy (ward_archive.storage),
  * the export columns and the redaction list (ward_archive.export, .publish),
  * the column descriptions of Datasette and of docs/schema.md.

It lives in the extraction layer because parsers, crawl items and storage
all read it, and the lower layers cannot import the higher ones.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Origin(Enum):
    """Where a field's value comes from."""
    EXTRACTED = "parser"    # a platform parser reads it from the article page
    CHECKED = "chain"       # the extraction chain judges the extraction (extract/chain.py)
    CRAWL = "crawl"         # the spider adds it (where and when the page was fetched)
    ARCHIVE = "archive"     # the archive computes or keeps it (versions, registry copies)


class Shape(Enum):
    """How a value is kept in the database."""
    VALUE = "value"         # one column, as is
    JSON_LIST = "json"      # a Python list, kept as a JSON list in one column
    JSON_OBJECT = "json object"   # a Python dict, kept as a JSON object in one column
    ROWS = "rows"           # a list of dicts, kept as rows of a table named after the field


REQUIRED = object()         # no default: the item cannot be built without it


@dataclass(frozen=True)
class Field:
    name: str
    python_type: object
    sql_type: str                       # "TEXT" or "INTEGER" (ROWS fields: their JSON column in versions)
    origin: Origin
    description: str
    shape: Shape = Shape.VALUE
    not_null: bool = False
    default: object = None              # the item's default (list: an empty list); REQUIRED = none
    sql_default: str | None = None      # the DDL's DEFAULT clause
    constraint: str = ""                # "PRIMARY KEY", "UNIQUE", "REFERENCES ..." (in `articles`)
    hashed: bool = False                # a change makes a new version (content_hash covers it)
    versioned: bool = False             # copied into article_versions when superseded
    export_column: int | None = None    # position in export files (docs/export.md); None = not exported
    redactable: bool = False            # `ward-archive suppress --fields` can blank it
    redacted_with: str | None = None    # blanked whenever that redactable field is
    searchable: bool = False            # indexed for full-text search
    search_column: str | None = None    # its column in `article_search` (default: its name)
    parts: tuple[tuple[str, str], ...] = ()   # ROWS: the columns of each row, with their SQL
    capture_parts: tuple[tuple[str, str], ...] = ()   # ROWS: columns the crawl fills per row when it
                                                      # fetches the file the row names (not versioned)
    counts: str | None = None           # holds the number of rows of this ROWS field

    @property
    def is_column(self) -> bool:
        """True when `articles` has a column of this name (ROWS fields have a table)."""
        return self.shape is not Shape.ROWS

    @property
    def is_item_field(self) -> bool:
        return self.origin is not Origin.ARCHIVE

    def column_sql(self, in_versions: bool = False) -> str:
        """The column's DDL; in article_versions without defaults and uniqueness,
        and ROWS fields as a JSON list column."""
        if self.shape is Shape.ROWS:
            return f"{self.name} TEXT NOT NULL"
        words = [self.name, self.sql_type]
        if self.not_null:
            words.append("NOT NULL")
        if in_versions:
            if self.constraint.startswith("REFERENCES"):
                words.append(self.constraint)
        else:
            if self.sql_default is not None:
                words.append(f"DEFAULT {self.sql_default}")
            if self.constraint:
                words.append(self.constraint)
        return " ".join(words)


# What the crawl records of each linked file it fetches (images, attachments):
# one state per URL, copied to every row that names the URL (docs/schema.md,
# "Captured files"). Not part of a version: a file's capture is not the article's content.
FILE_CAPTURE_PARTS = (
    ("fetch_status", "TEXT"),       # captured, revisit, oversize, mismatch, error, blocked_by_robots, not_web
    ("fetch_reason", "TEXT"),       # why, in words, when not captured
    ("http_status", "INTEGER"),
    ("size", "INTEGER"),            # bytes of the body (oversize: as announced, or as far as read)
    ("content_type", "TEXT"),       # the type the bytes show (magic bytes), e.g. application/pdf
    ("declared_type", "TEXT"),      # the server's Content-Type, as sent
    ("payload_digest", "TEXT"),     # sha1:BASE32, as in the WARC record
    ("capture_id", "INTEGER"),      # the raw capture (captures.id)
    ("fetched_at", "TEXT"),
)


def _text(name, origin, description, **kw) -> Field:
    return Field(name, str | None, "TEXT", origin, description, **kw)


_P, _C, _A, _Q = Origin.EXTRACTED, Origin.CRAWL, Origin.ARCHIVE, Origin.CHECKED

# In `articles` column order. Export order is `export_column`.
FIELDS: tuple[Field, ...] = (
    Field("canonical_url", str, "TEXT", _C, "The article's canonical URL (one article, one row)",
          default=REQUIRED, constraint="PRIMARY KEY", versioned=True, export_column=1),
    Field("url", str, "TEXT", _C, "The URL it was last fetched from",
          not_null=True, default=REQUIRED, versioned=True, export_column=16),
    Field("portal", str, "TEXT", _C, "Registry slug of the ward portal (portals.slug)",
          not_null=True, default=REQUIRED, constraint="REFERENCES portals(slug)", export_column=6),
    Field("ward_code", str, "TEXT", _C, "Commune-level administrative code (GSO), when known",
          default=REQUIRED, export_column=5),
    _text("ward_name", _A, "Ward or commune name (copied from the registry)", export_column=4),
    _text("province", _A, "Province or centrally governed city (copied from the registry)", export_column=3),
    Field("platform", str, "TEXT", _C, "The parser that read the page (the portal's CMS family)",
          default=REQUIRED, export_column=17),
    Field("title", str, "TEXT", _P, "Title as displayed (ALL CAPS kept)",
          not_null=True, default=REQUIRED, hashed=True, versioned=True, export_column=7,
          redactable=True, searchable=True),
    _text("published_at", _P, "Publish date, ISO 8601 in Vietnam time (+07:00; date only when the "
          "page shows no time)", hashed=True, versioned=True, export_column=2),
    Field("year", int | None, "INTEGER", _A, "Year of publication"),
    _text("lead", _P, "Summary paragraph (sapo), or NULL", hashed=True, versioned=True, export_column=8,
          redactable=True, searchable=True),
    Field("body_text", str, "TEXT", _P, "The article's own paragraphs, cleaned, separated by a blank "
          "line (no captions, credit, related news, counters)", not_null=True, default="",
          hashed=True, versioned=True, export_column=9, redactable=True, searchable=True,
          search_column="body"),
    Field("body_html", str, "TEXT", _P, "The body as sanitised HTML", not_null=True, default="",
          versioned=True, redacted_with="body_text"),
    Field("authors", list[str], "TEXT", _P, "JSON list of the people who wrote the article (the credit "
          "line's writers; photographers are in `credits`)",
          shape=Shape.JSON_LIST, not_null=True, default=list, sql_default="'[]'", hashed=True,
          versioned=True, export_column=10, redactable=True),
    _text("source_unit", _P, "Issuing unit named in the credit line, as written (e.g. Văn phòng HĐND "
          "và UBND)", hashed=True, versioned=True, export_column=11, redactable=True),
    _text("credit_line", _P, "The credit line as published", hashed=True, versioned=True,
          export_column=12, redactable=True),
    Field("images", list[dict], "TEXT", _P, "Images in page order with their captions (table `images`)",
          shape=Shape.ROWS, default=list, parts=(("src", "TEXT NOT NULL"), ("caption", "TEXT")),
          capture_parts=FILE_CAPTURE_PARTS,
          hashed=True, versioned=True, export_column=14, redactable=True),
    Field("attachments", list[dict], "TEXT", _P, "Linked files (PDF, DOC, ...) in page order "
          "(table `attachments`)", shape=Shape.ROWS, default=list,
          parts=(("url", "TEXT NOT NULL"), ("title", "TEXT")), capture_parts=FILE_CAPTURE_PARTS,
          hashed=True, versioned=True, export_column=15, redactable=True),
    _text("category", _P, "The portal's section", versioned=True, export_column=13, redactable=True),
    Field("image_count", int, "INTEGER", _A, "Number of images (rows in `images`)",
          not_null=True, sql_default="0", counts="images"),
    Field("attachment_count", int, "INTEGER", _A, "Number of attachments (rows in `attachments`)",
          not_null=True, sql_default="0", counts="attachments"),
    Field("first_fetched_at", str, "TEXT", _A, "When the archive first saw the article (UTC)",
          not_null=True, export_column=19),
    Field("fetched_at", str, "TEXT", _C, "When the article was last checked (UTC)",
          not_null=True, default="", versioned=True),
    Field("changed_at", str, "TEXT", _A, "When the current version was fetched (UTC)",
          not_null=True, export_column=20),
    Field("version", int, "INTEGER", _A, "Version number (1 = as first archived; +1 per content change)",
          not_null=True, sql_default="1", versioned=True, export_column=18),
    Field("content_hash", str, "TEXT", _C, "SHA-256 of the cleaned fields that define a version",
          not_null=True, default="", versioned=True, export_column=22),
    Field("sort_key", str, "TEXT", _A, "Newest-first sort key (publish date, then URL); unique so "
          "paging never skips rows", not_null=True, constraint="UNIQUE"),
    Field("capture_id", int | None, "INTEGER", _C, "The raw WARC capture of the page (captures.id)",
          constraint="REFERENCES captures(id)", versioned=True),
    Field("missing_checks", int, "INTEGER", _A, "Consecutive re-checks that found the article gone",
          not_null=True, sql_default="0"),
    _text("removed_at", _A, "When the portal was found to have removed the article (UTC), or NULL",
          export_column=21),
    Field("removed_capture_id", int | None, "INTEGER", _A, "The capture that showed the removal "
          "(captures.id)", constraint="REFERENCES captures(id)"),
    # Added by schema version 3: last, so that migrated and new archives have one column order.
    _text("quality", _Q, "How far to trust the extraction: ok (the first extractor passed every "
          "plausibility check), degraded (a check failed, a fallback extractor was needed, or no date was "
          "read), failed (no plausible title or body); NULL for articles archived before the checks"),
    Field("quality_reasons", list[str], "TEXT", _Q, "JSON list of the checks that failed, as sentences "
          "(empty when quality is ok)", shape=Shape.JSON_LIST, not_null=True, default=list,
          sql_default="'[]'"),
    Field("extracted_by", dict, "TEXT", _Q, "JSON object: article field -> the extractor that produced it "
          "(the platform parser, generic or trafilatura)", shape=Shape.JSON_OBJECT, default=dict),
    # Added by schema version 4: how each version came to be.
    _text("parser_version", _C, "The extraction code that read this version (package version + digest "
          "of the extraction code, ward_scraper.extract.version)", versioned=True),
    Field("version_cause", str, "TEXT", _A, "How this version came to be: fetch (the portal served this "
          "content) or reparse (the archived capture re-read by newer extraction code: "
          "`ward-archive reparse`; not a change by the portal)", not_null=True, sql_default="'fetch'",
          versioned=True),
    # Added by schema version 10: who did what in the credit line. Not hashed: it is read from
    # credit_line, which is; blanked with `authors` (the same people).
    Field("credits", list[dict], "TEXT", _P, "JSON list of {name, role} from the credit line: role is "
          "writer (Tin:, Bài:, unlabelled), photographer (Ảnh:), video, editor or translator (Dịch:); "
          "\"Tin, ảnh:\" (or a photo story's \"Ảnh và bài:\") gives both writer and photographer", shape=Shape.JSON_LIST, not_null=True, default=list,
          sql_default="'[]'", versioned=True, redacted_with="authors"),
    _text("source_unit_canonical", _A, "The issuing unit in one canonical form per unit and ward "
          "(abbreviations expanded, \"&\"/\"-\" between organs read as \"và\", a bare \"phường\"/\"xã\" "
          "completed with the ward: ward_scraper.extract.units); `source_unit` keeps it as written",
          redacted_with="source_unit"),
)

BY_NAME = {field.name: field for field in FIELDS}


def names(fields) -> tuple[str, ...]:
    return tuple(field.name for field in fields)


# ---- views of the registry ----------------------------------------------------

EXTRACTED = tuple(f for f in FIELDS if f.origin is Origin.EXTRACTED)
ITEM = tuple(f for f in FIELDS if f.is_item_field)
HASHED = tuple(f for f in FIELDS if f.hashed)
COLUMNS = tuple(f for f in FIELDS if f.is_column)
VERSIONED = tuple(f for f in FIELDS if f.versioned)
ROWS = tuple(f for f in FIELDS if f.shape is Shape.ROWS)
JSON_LISTS = tuple(f for f in FIELDS if f.shape is Shape.JSON_LIST)
CHECKED = tuple(f for f in FIELDS if f.origin is Origin.CHECKED)
# The columns schema version 4 adds (fields declared after extracted_by).
PROVENANCE = (BY_NAME["parser_version"], BY_NAME["version_cause"])
EXPORTED = tuple(sorted((f for f in FIELDS if f.export_column is not None), key=lambda f: f.export_column))
REDACTABLE = tuple(f for f in FIELDS if f.redactable)
SEARCHABLE = tuple(f for f in FIELDS if f.searchable)


def redacted_columns(field: Field) -> tuple[str, ...]:
    """The `articles` columns blanked when `field` is redacted (a ROWS field
    has none: its rows are deleted)."""
    if not field.is_column:
        return ()
    return (field.name,) + names(f for f in FIELDS if f.redacted_with == field.name)


def link_part(field: Field) -> str:
    """The part of a ROWS field's row that holds the file's URL (src, url)."""
    return field.parts[0][0]


def count_column(field: Field) -> str:
    """The `articles` column counting the rows of a ROWS field."""
    return next(f.name for f in FIELDS if f.counts == field.name)


def search_column(field: Field) -> str:
    return field.search_column or field.name


def column_descriptions() -> dict[str, str]:
    """`articles` column -> description (Datasette's column metadata)."""
    return {f.name: f.description for f in COLUMNS}


# ---- docs/schema.md -------------------------------------------------------------

DOCS_START = "<!-- article fields: generated from scraper/extract/fields.py -->"
DOCS_END = "<!-- end of article fields -->"


def _docs_type(field: Field) -> str:
    if field.shape is Shape.ROWS:
        return f"rows of `{field.name}`"
    text = field.column_sql().split(" ", 1)[1]
    kind = {Shape.JSON_LIST: " (JSON list)", Shape.JSON_OBJECT: " (JSON object)"}.get(field.shape, "")
    return text + kind


def _marks(field: Field) -> str:
    marks = [("version", field.hashed), ("export", field.export_column is not None),
             ("redact", field.redactable), ("search", field.searchable)]
    return ", ".join(name for name, on in marks if on)


def docs_table() -> str:
    """The article field table of docs/schema.md, between its markers."""
    lines = [DOCS_START, "",
             "| field | type | from | used for | meaning |",
             "|---|---|---|---|---|"]
    for field in FIELDS:
        lines.append(f"| {field.name} | {_docs_type(field)} | {field.origin.value} | {_marks(field)} "
                     f"| {field.description} |")
    return "\n".join(lines + ["", DOCS_END])


if __name__ == "__main__":
    print(docs_table())
