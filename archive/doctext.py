"""`ward-archive doctext`: read the text of captured attachments, from the WARC files (no network).

The crawl does the same when it ends (the store's extract_attachment_texts,
WARD_ATTACHMENT_TEXT); this command catches up an archive whose crawls did
not (an older archive, a crawl stopped early, Tesseract installed later:
`--retry-errors` reads again the files whose reading failed).
"""
from __future__ import annotations

from ward_scraper.extract.doctext import DocumentText, Limits

from ward_archive.storage import open_store


def extract_texts(db_path: str, limits: Limits, retry_errors: bool = False,
                  progress=lambda url, found: None) -> dict:
    """Read every attachment file captured and not read yet; return the counts."""
    archive = open_store(db_path)
    try:
        retried = archive.forget_failed_texts() if retry_errors else 0
        counts = archive.extract_attachment_texts(limits, progress=progress)
    finally:
        archive.close()
    return {**counts, "retried": retried}


def describe(url: str, found: DocumentText) -> str:
    """One line per file read: how, how much, or why not."""
    if found.error and not found.text:
        return f"{url}: not read: {found.error}"
    pages = f", {found.pages} page(s)" if found.pages is not None else ""
    note = f" (note: {found.error})" if found.error else ""
    return f"{url}: {found.method}{pages}, {len(found.text):,} characters{note}"
