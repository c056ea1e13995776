"""Scrapy extensions."""
from __future__ import annotations

from pathlib import Path

from scrapy import signals
from scrapy.exceptions import NotConfigured

from ward_scraper.crawl.store import open_store


def _text(value: bytes | str) -> str:
    return value.decode("latin-1") if isinstance(value, bytes) else value


class WarcCapture:
    """Write every downloaded exchange (robots.txt, listings, articles, files) to WARC.

    Enabled by the WARD_WARC_DIR setting; the capture id travels to the
    callback in `response.meta["capture_id"]`, so each article version can
    point at the exact bytes it was read from.
    """

    def __init__(self, recorder):
        self.recorder = recorder

    @classmethod
    def from_crawler(cls, crawler):
        directory = crawler.settings.get("WARD_WARC_DIR")
        if not directory:
            raise NotConfigured("WARD_WARC_DIR not set")
        store = open_store(crawler.settings)  # the captures table exists before the first response
        recorder = store.warc_recorder(Path(directory),
                                       crawler.settings.getint("WARD_WARC_MAX_BYTES", 100 * 1024 * 1024))
        store.close()
        extension = cls(recorder)
        crawler.signals.connect(extension.response_downloaded, signal=signals.response_downloaded)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def response_downloaded(self, response, request, spider):
        request_headers = {_text(k): ", ".join(_text(v) for v in values)
                           for k, values in request.headers.items()}
        response_headers = [(_text(k), _text(v)) for k, values in response.headers.items() for v in values]
        capture_id, _ = self.recorder.record(request.method, request.url, request_headers, response.status,
                                             response_headers, response.body)
        request.meta["capture_id"] = capture_id

    def spider_closed(self, spider):
        self.recorder.close()
