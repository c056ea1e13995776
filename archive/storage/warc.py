"""Raw captures: every HTTP exchange written to WARC 1.1, one gzip member per record.

Scrapy's `response_downloaded` signal fires before any middleware touches the
response, so the body is still exactly what the server sent (compressed if it
was sent compressed). A re-fetch whose payload is byte-identical to the last
capture of the same URL becomes a `revisit` record (identical-payload-digest),
a 304 a `revisit` with the server-not-modified profile: no duplicate payloads.
Both name the record holding the payload (WARC-Refers-To, -Target-URI, -Date),
which is what replay tools (pywb, ReplayWeb.page) resolve them by.

Every file starts with a `warcinfo` record (what wrote it, for whom, under
which robots policy, in which crawl), as the WARC 1.1 standard recommends.

Files rotate by size and a crawl never appends to an older file, so a crash
can tear only the last record of the file it was writing; `repair` truncates
such a tail, and readers skip it meanwhile.

A file that is finished (rotated away from, or closed at the end of a crawl)
gets a "closed" mark: an empty sidecar `<file>.closed` (the file keeps its
name, which `captures` refers to). A recorder starting up repairs only files
without the mark, then marks them, so start-up reads at most the file a
crashed crawl left open, not the whole archive.
"""
from __future__ import annotations

import base64
import hashlib
import io
import json
import logging
import os
import socket
import sqlite3
import uuid
import zlib
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as package_version
from pathlib import Path
from urllib.parse import quote, unquote_to_bytes, urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.bufferedreaders import ChunkedDataReader
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from ward_archive.storage.schema import open_reader
from ward_archive.storage.suppressions import active_suppressions

log = logging.getLogger("ward-archive.warc")

NOT_MODIFIED_PROFILE = "http://netpreserve.org/warc/1.1/revisit/server-not-modified"
IDENTICAL_PAYLOAD_PROFILE = "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"
WARC_FORMAT = "WARC File Format 1.1"
WARC_SPEC = "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"
REASONS = {200: "OK", 301: "Moved Permanently", 302: "Found", 303: "See Other", 304: "Not Modified",
           307: "Temporary Redirect", 308: "Permanent Redirect", 403: "Forbidden", 404: "Not Found",
           410: "Gone", 429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway",
           503: "Service Unavailable", 504: "Gateway Timeout"}


def warc_dir(db_path: str) -> Path:
    """Raw captures live beside the database they are indexed in."""
    return Path(db_path).parent / "warc"


def payload_digest(body: bytes) -> str:
    """The WARC-Payload-Digest form warcio writes (sha1, base32)."""
    return "sha1:" + base64.b32encode(hashlib.sha1(body).digest()).decode("ascii")


@dataclass
class Capture:
    url: str
    status: int
    record_type: str          # "response" or "revisit"
    warc_file: str            # file name, relative to the WARC directory
    warc_offset: int
    payload_digest: str
    payload_file: str         # where the payload bytes are (the revisited record for a revisit)
    payload_offset: int
    fetched_at: str


CLOSED_SUFFIX = ".closed"


def closed_mark(path: Path) -> Path:
    return path.with_name(path.name + CLOSED_SUFFIX)


def is_closed(path: Path) -> bool:
    return closed_mark(path).exists()


def mark_closed(path: Path) -> None:
    """Mark a finished file: nothing will append to it again, so no start-up
    needs to check its tail. Written after the file's last bytes reached the disk."""
    closed_mark(path).touch()


def repair_open_files(directory: Path) -> list[Path]:
    """Repair every WARC file not marked closed (a crawl that died while
    writing it) and mark it closed; return the files checked. A file torn
    inside its first record (its warcinfo head) holds nothing whole, so
    nothing refers to it: it is removed rather than left headless."""
    checked = [path for path in sorted(Path(directory).glob("*.warc.gz")) if not is_closed(path)]
    for path in checked:
        repair(path)
        if path.stat().st_size == 0:
            path.unlink()
        else:
            mark_closed(path)
    return checked


def software() -> str:
    """What writes the files: this project and the WARC library, with versions."""
    return f"ward-archive/{_version('ward-archive')} warcio/{_version('warcio')}"


def _version(distribution: str) -> str:
    try:
        return package_version(distribution)
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "unknown"


def warcinfo_fields(crawl_facts: dict) -> dict:
    """A warcinfo record's fields (the WARC 1.1 annex's names): what wrote the
    file, where, in which format, then what the crawl says of itself
    (operator, http-header-user-agent, robots, isPartOf). warcio leaves
    empty values out."""
    return {"software": software(), "format": WARC_FORMAT, "conformsTo": WARC_SPEC,
            "hostname": socket.gethostname(), **crawl_facts}


class WarcWriterFiles:
    """Appends records to `<dir>/<prefix>-<n>.warc.gz`, starting a new file past `max_bytes`."""

    def __init__(self, directory: Path, max_bytes: int = 100 * 1024 * 1024, prefix: str | None = None,
                 info: dict | None = None):
        self.directory = Path(directory)
        # What the crawl says of itself in each file's head; read when a file
        # opens, so the crawl can complete it (its run id) until then.
        self.info = info if info is not None else {}
        self.directory.mkdir(parents=True, exist_ok=True)
        self.max_bytes = max_bytes
        self.prefix = prefix or ("ward-archive-" + datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
                                 + "-" + uuid.uuid4().hex[:6])
        self._sequence = 0
        self._handle = None
        self._writer = None
        self._head_end = 0

    @property
    def name(self) -> str:
        return f"{self.prefix}-{self._sequence:05d}.warc.gz"

    def _open_next(self) -> None:
        self.close()
        self._sequence += 1
        self._handle = open(self.directory / self.name, "ab")
        self._writer = WARCWriter(self._handle, gzip=True, warc_version="1.1")
        self._writer.write_record(self._writer.create_warcinfo_record(self.name, warcinfo_fields(self.info)))
        self._head_end = self._handle.tell()

    def write(self, *records) -> list[int]:
        """Write records back to back; return the offset of each."""
        # A file holds at least one exchange after its head, however small max_bytes is.
        if self._handle is None or self._head_end < self._handle.tell() >= self.max_bytes:
            self._open_next()
        offsets = []
        for record in records:
            offsets.append(self._handle.tell())
            self._writer.write_record(record)
        # Each exchange reaches the disk whole before the archive points at it.
        self._handle.flush()
        os.fsync(self._handle.fileno())
        return offsets

    @property
    def writer(self) -> WARCWriter:
        if self._writer is None:
            self._open_next()
        return self._writer

    def close(self) -> None:
        """Finish the current file (every write was already fsynced) and mark it closed."""
        if self._handle is not None:
            self._handle.close()
            self._handle = self._writer = None
            mark_closed(self.directory / self.name)


class WarcRecorder:
    """Writes request/response (or revisit) records and indexes them in `captures`."""

    def __init__(self, directory: Path, db_path: str, max_bytes: int = 100 * 1024 * 1024,
                 info: dict | None = None):
        self.directory = Path(directory)
        repair_open_files(self.directory)
        self.files = WarcWriterFiles(self.directory, max_bytes, info=info)
        self.conn = sqlite3.connect(db_path, timeout=30)
        self.conn.execute("PRAGMA journal_mode=WAL")

    def _last_capture(self, url: str):
        return self.conn.execute(
            "SELECT payload_digest, payload_file, payload_offset FROM captures "
            "WHERE url = ? AND status = 200 ORDER BY id DESC LIMIT 1", (url,)).fetchone()

    def _capture_with_etag(self, url: str, etag: str | None):
        """The last 200 capture of the same host with this ETag: what a 304 for
        an address never captured itself confirms (an article re-checked
        through another link to it, with the validator of its first capture)."""
        if not etag:
            return None
        host = urlsplit(url).netloc
        for row in self.conn.execute(
                "SELECT payload_digest, payload_file, payload_offset, url FROM captures "
                "WHERE etag = ? AND status = 200 ORDER BY id DESC", (etag,)):
            if urlsplit(row[3]).netloc == host:
                return row[:3]
        return None

    def _same_payload_elsewhere(self, digest: str):
        """The first full capture of these exact bytes under any URL (a file
        that many articles link under different names is kept once)."""
        return self.conn.execute(
            "SELECT payload_digest, payload_file, payload_offset FROM captures "
            "WHERE payload_digest = ? AND status = 200 AND record_type = 'response' ORDER BY id LIMIT 1",
            (digest,)).fetchone()

    def _revisit(self, writer, url: str, original: "Original", profile: str, http_headers, warc_date: str):
        """A revisit record naming the response record that holds the payload.
        pywb and ReplayWeb.page find that record by WARC-Refers-To-Target-URI,
        WARC-Refers-To-Date and the payload digest; WARC-Refers-To gives its id."""
        record = writer.create_revisit_record(
            url, digest=original.digest, refers_to_uri=original.url, refers_to_date=original.date,
            http_headers=http_headers, warc_headers_dict={"WARC-Date": warc_date})
        record.rec_headers.replace_header("WARC-Profile", profile)
        record.rec_headers.add_header("WARC-Refers-To", original.record_id)
        return record

    def record(self, method: str, url: str, request_headers: dict, status: int,
               response_headers: list[tuple[str, str]], body: bytes,
               truncated: str | None = None) -> tuple[int, Capture]:
        """Write one exchange; return (capture id, Capture). `truncated`: the
        body was cut (WARC-Truncated, e.g. `length`: a file over its size cap)."""
        writer = self.files.writer
        now = datetime.now(timezone.utc)
        warc_date = now.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        digest = payload_digest(body)
        request_record = _request_record(writer, method, url, request_headers, warc_date)
        validators = {name.lower(): value for name, value in response_headers
                      if name.lower() in ("etag", "last-modified")}
        previous = self._last_capture(url)
        if status == 304 and previous is None:
            previous = self._capture_with_etag(url, validators.get("etag"))
        if status == 200 and body and not truncated and not (previous and previous[0] == digest):
            previous = self._same_payload_elsewhere(digest) or previous
        http_headers = StatusAndHeaders(f"{status} {REASONS.get(status, 'Unknown')}", response_headers,
                                        protocol="HTTP/1.1")
        original = None
        if previous and (status == 304 or (status == 200 and previous[0] == digest)):
            original = self._original(previous)
        if original and status == 304:
            # No HTTP block: replay tools replay a revisit's own headers when it
            # has some, and a 304 replays as an empty page. Without them they
            # serve the original response, which the 304 said is still current.
            # The 304's validators are kept in the captures row.
            response_record = self._revisit(writer, url, original, NOT_MODIFIED_PROFILE, None, warc_date)
            kind, digest = "revisit", original.digest
        elif original:
            response_record = self._revisit(writer, url, original, IDENTICAL_PAYLOAD_PROFILE, http_headers,
                                            warc_date)
            kind = "revisit"
        else:
            extra = {"WARC-Truncated": truncated} if truncated else {}
            response_record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), length=len(body), http_headers=http_headers,
                warc_headers_dict={"WARC-Date": warc_date, **extra})
            kind = "response"
        response_id = response_record.rec_headers.get_header("WARC-Record-ID")
        request_record.rec_headers.add_header("WARC-Concurrent-To", response_id)
        response_offset, _ = self.files.write(response_record, request_record)
        file_name = self.files.name
        if kind == "revisit":
            payload_file, payload_offset = previous[1], previous[2]
        else:
            payload_file, payload_offset = file_name, response_offset
        capture = Capture(url, status, kind, file_name, response_offset, digest, payload_file,
                          payload_offset, warc_date)
        with self.conn:
            cursor = self.conn.execute(
                "INSERT INTO captures (url, status, record_type, warc_file, warc_offset, payload_digest, "
                "payload_file, payload_offset, fetched_at, etag, last_modified) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (capture.url, capture.status, capture.record_type, capture.warc_file, capture.warc_offset,
                 capture.payload_digest, capture.payload_file, capture.payload_offset, capture.fetched_at,
                 validators.get("etag"), validators.get("last-modified")))
        return cursor.lastrowid, capture

    def _original(self, previous) -> "Original | None":
        """The record holding the previous payload; None when it cannot be
        read (its file moved away or damaged): then the exchange is written
        whole, as a first capture would be."""
        digest, payload_file, payload_offset = previous
        try:
            return read_original(self.directory, payload_file, payload_offset, digest)
        except (OSError, StopIteration, ArchiveLoadFailed) as exc:
            log.warning("%s: previous capture unreadable (%s); writing this one whole", payload_file, exc)
            return None

    def close(self) -> None:
        self.files.close()
        self.conn.close()


@dataclass
class Original:
    """The response record a revisit stands for."""
    url: str
    date: str
    record_id: str
    digest: str


def read_original(directory: Path, warc_file: str, offset: int, digest: str) -> Original:
    """The WARC headers of the response record at `offset` (one gzip member
    read, its body left alone)."""
    with open(Path(directory) / warc_file, "rb") as handle:
        handle.seek(offset)
        headers = next(iter(ArchiveIterator(handle))).rec_headers
        return Original(headers.get_header("WARC-Target-URI"), headers.get_header("WARC-Date"),
                        headers.get_header("WARC-Record-ID"), digest)


def _request_record(writer, method: str, url: str, headers: dict, warc_date: str):
    parts = urlsplit(url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    header_list = [("Host", parts.netloc)] + [(k, v) for k, v in headers.items() if k.lower() != "host"]
    http_headers = StatusAndHeaders(f"{method} {target} HTTP/1.1", header_list, is_http_request=True)
    return writer.create_warc_record(url, "request", http_headers=http_headers,
                                     warc_headers_dict={"WARC-Date": warc_date})


def repair(path: Path) -> int:
    """Truncate a torn last record (a crash mid-write); return the bytes removed."""
    end = _end_of_last_whole_record(path)
    size = path.stat().st_size
    if end < size:
        log.warning("%s: removing a torn last record (%d bytes)", path.name, size - end)
        with open(path, "r+b") as handle:
            handle.truncate(end)
    return size - end


def _end_of_last_whole_record(path: Path) -> int:
    """Byte offset just past the last complete gzip member.

    Every record is its own gzip member, so a member that reaches its end
    (length and CRC checked by zlib) is a whole record. warcio alone would
    accept a truncated member as a short record.
    """
    end = position = 0
    inflater = zlib.decompressobj(wbits=31)
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 16):
            data = chunk
            while data:
                try:
                    inflater.decompress(data)
                except zlib.error:
                    return end
                if not inflater.eof:
                    position += len(data)
                    break
                consumed = len(data) - len(inflater.unused_data)
                position += consumed
                end = position
                data = inflater.unused_data
                inflater = zlib.decompressobj(wbits=31)
    return end


# ---- reading captures back ----------------------------------------------------

# A capture is decoded (Content-Encoding undone) with a cap: 1 MB of gzip can
# inflate to 1 GiB, and the page as fetched is read by a person. Past the cap
# a reader gets the start and is told the rest was left out.
MAX_DECODED_BYTES = 32 * 1024 * 1024
_BLOCK = 64 * 1024


class PayloadReader:
    """The body of the response record at `offset` of a WARC file, decoded as
    it is read (chunked transfer and Content-Encoding gzip, deflate or br
    undone), in blocks of at most 64 KiB, never more than `limit` bytes in
    all. Iterate it once; then `cut` tells whether the body went on."""

    def __init__(self, directory: Path, warc_file: str, offset: int, limit: int = MAX_DECODED_BYTES):
        self.limit = limit
        self.cut = False
        self._handle = open(Path(directory) / warc_file, "rb")
        try:
            self._handle.seek(offset)
            self._record = next(iter(ArchiveIterator(self._handle)))
        except BaseException:
            self._handle.close()
            raise
        self.status = int(self._record.http_headers.get_statuscode())
        self.headers = self._record.http_headers.headers
        # An encoding we cannot undo (or several at once): the bytes as they were sent.
        encoding = (self._record.http_headers.get_header("content-encoding") or "").strip().lower()
        self.encoding = encoding if encoding in _DECODERS else None

    def __iter__(self):
        try:
            left = self.limit
            for block in self._decoded_blocks():
                if len(block) > left:
                    yield block[:left]
                    self.cut = True
                    return
                left -= len(block)
                yield block
        finally:
            self.close()

    def _decoded_blocks(self):
        raw = self._record.raw_stream
        if (self._record.http_headers.get_header("transfer-encoding") or "").lower() == "chunked":
            raw = ChunkedDataReader(raw)  # tolerates a body that is not chunked after all
        blocks = iter(lambda: raw.read(_BLOCK), b"")
        return _DECODERS[self.encoding](blocks) if self.encoding else blocks

    def read(self) -> bytes:
        return b"".join(self)

    def close(self) -> None:
        self._handle.close()


def _inflate(blocks, first_block_sets_wbits: bool = False):
    """gzip or zlib (deflate) blocks decoded, at most _BLOCK bytes per piece
    whatever the ratio; a raw deflate stream (no zlib header) is read too.
    A corrupt stream ends where it breaks."""
    inflater = None
    for data in blocks:
        if inflater is None:
            raw_deflate = first_block_sets_wbits and (data[0] & 0x0F) != 8
            inflater = zlib.decompressobj(-zlib.MAX_WBITS if raw_deflate else zlib.MAX_WBITS | 32)
        while data:
            try:
                piece = inflater.decompress(data, _BLOCK)
            except zlib.error:
                return
            if piece:
                yield piece
            data = inflater.unconsumed_tail
            if inflater.eof:
                return


def _unbrotli(blocks):
    """br blocks decoded, about _BLOCK bytes per piece (brotli stops growing
    its output buffer once it holds that much)."""
    decoder = brotli.Decompressor()
    try:
        for data in blocks:
            piece = decoder.process(data, output_buffer_limit=_BLOCK)
            # Input may be taken in whole while output is still pending: drain it.
            while piece or not decoder.can_accept_more_data():
                yield piece
                if decoder.is_finished():
                    return
                piece = decoder.process(b"", output_buffer_limit=_BLOCK)
    except brotli.error:
        return


_DECODERS = {"gzip": _inflate, "x-gzip": _inflate,
             "deflate": lambda blocks: _inflate(blocks, first_block_sets_wbits=True)}
try:  # optional (Scrapy uses it too when installed); needs the bounded API of brotli >= 1.2
    import brotli
    if hasattr(brotli.Decompressor, "can_accept_more_data"):
        _DECODERS["br"] = _unbrotli
except ImportError:
    pass


def read_payload(directory: Path, warc_file: str, offset: int,
                 limit: int = MAX_DECODED_BYTES) -> tuple[int, list, bytes]:
    """(status, headers, body) of the response record at `offset`,
    content-encoding undone; the body is cut at `limit` bytes (PayloadReader)."""
    reader = PayloadReader(directory, warc_file, offset, limit)
    return reader.status, reader.headers, reader.read()


# ---- the archive as replay tools read it (WACZ, pywb) -------------------------

def closed_files(directory: Path) -> list[Path]:
    """The finished WARC files (closed mark present), in name order: a file
    still being written, or left open by a crash, is not read whole."""
    return [path for path in sorted(Path(directory).glob("*.warc.gz")) if is_closed(path)]


def surt_key(url: str) -> str:
    """The sort key replay indexes file a URL under (SURT form, as pywb's and
    ReplayWeb.page's indexes write it): lower case, no scheme, host labels
    reversed and joined by commas, no `www.` and no default port, `)` before
    the path, no trailing slash, query arguments sorted, no fragment, and
    percent-escapes undone except where a character needs one."""
    parts = urlsplit(_unescape(url.strip()).lower())
    host = parts.hostname or ""
    if host.startswith("www."):
        host = host[4:]
    host = ",".join(reversed(host.split(".")))
    default_port = {"http": 80, "https": 443}.get(parts.scheme)
    if parts.port and parts.port != default_port:
        host += f":{parts.port}"
    path = parts.path or "/"
    if len(path) > 1 and path.endswith("/"):
        path = path.rstrip("/") or "/"
    query = "&".join(sorted(parts.query.split("&"))) if parts.query else ""
    return f"{host}){path}" + (f"?{query}" if query else "")


def _unescape(url: str) -> str:
    """Percent-escapes undone until none is left, then put back only for
    what cannot stand bare in a key (controls, space, '#', '%', non-ASCII)."""
    while (decoded := unquote_to_bytes(url).decode("utf-8", "surrogateescape")) != url:
        url = decoded
    return "".join(quote(ch.encode("utf-8", "surrogateescape"), safe="") if ch <= " " or ch in "#%" or ch >= "\x7f"
                   else ch for ch in url)


def cdxj_lines(path: Path):
    """One CDXJ line (`key timestamp {json}`) per response and revisit record
    of a WARC file, in file order: where each capture is and what it holds."""
    with open(path, "rb") as handle:
        records = ArchiveIterator(handle)
        for record in records:
            if record.rec_type not in ("response", "revisit"):
                records.read_to_end(record)
                continue
            headers = record.rec_headers
            url = headers.get_header("WARC-Target-URI")
            fields = {"url": url}
            http = record.http_headers
            if record.rec_type == "revisit":
                fields["mime"] = "warc/revisit"
            elif content_type := http.get_header("Content-Type"):
                fields["mime"] = content_type.split(";")[0].strip().lower()
            if http and http.statusline:
                fields["status"] = http.get_statuscode()
            if digest := headers.get_header("WARC-Payload-Digest"):
                fields["digest"] = digest
            records.read_to_end(record)
            fields.update(length=str(records.get_record_length()), offset=str(records.get_record_offset()),
                          filename=path.name)
            timestamp = "".join(ch for ch in headers.get_header("WARC-Date") if ch.isdigit())[:14]
            yield f"{surt_key(url)} {timestamp} {json.dumps(fields, ensure_ascii=False)}"


@dataclass
class ReplayPage:
    """An archived article as a replay tool lists it (a WACZ's pages.jsonl)."""
    canonical_url: str
    url: str            # the address fetched: what the captures are filed under
    ts: str             # when its current version was captured (ISO 8601)
    title: str
    text: str
    warc_files: tuple[str, ...]   # the files its capture needs (record and payload)
    # None: shown whole; the fields a suppression blanks; or "suppressed" (hidden)
    redacted: frozenset[str] | str | None


def replay_pages(db_path: str):
    """Every archived article with a raw capture, in canonical URL order,
    with what a suppression hides of it (archive/publish.py)."""
    conn = open_reader(db_path)
    try:
        hidden = active_suppressions(conn)
        rows = conn.execute(
            "SELECT a.canonical_url, c.url, c.fetched_at, a.title, a.body_text, c.warc_file, c.payload_file "
            "FROM articles a JOIN captures c ON c.id = a.capture_id ORDER BY a.canonical_url")
        for key, url, fetched_at, title, text, warc_file, payload_file in rows:
            redacted = None if key not in hidden else ("suppressed" if hidden[key] is None else hidden[key])
            yield ReplayPage(key, url, fetched_at, title, text, (warc_file, payload_file), redacted)
    finally:
        conn.close()
