"""Run one crawl of a registry into an archive (one Scrapy process)."""
from __future__ import annotations

import contextlib
import fcntl
import os
import uuid
from pathlib import Path

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from ward_archive.storage.warc import warc_dir
from ward_scraper.crawl import settings as default_settings
from ward_scraper.crawl.spiders.wards import WardSpider


class CrawlLocked(RuntimeError):
    """Another crawl of the same archive is running."""


@contextlib.contextmanager
def crawl_lock(db_path: str):
    """Hold `<db>.lock` for the whole crawl, so cron or a timer firing while a
    slow crawl still runs cannot start a second one on the same archive.
    flock is released by the kernel when the process dies, even by SIGKILL."""
    path = Path(str(db_path) + ".lock")
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise CrawlLocked(f"another crawl holds {path}") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        yield


def crawl_settings(db_path: str, log_level: str = "INFO", overrides: dict | None = None) -> Settings:
    settings = Settings()
    settings.setmodule(default_settings, priority="project")
    settings.set("WARD_ARCHIVE_DB", str(db_path), priority="cmdline")
    settings.set("WARD_WARC_DIR", str(warc_dir(db_path)), priority="cmdline")
    settings.set("LOG_LEVEL", log_level, priority="cmdline")
    for key, value in (overrides or {}).items():
        settings.set(key, value, priority="cmdline")
    return settings


def run_crawl(portals, db_path: str, log_level: str = "INFO", overrides: dict | None = None,
              max_listing_pages: int | None = None, full: bool = False) -> dict:
    """Crawl `portals` into `db_path`; return the ledger summary.

    Scrapy's reactor cannot be restarted, so this runs once per process.
    """
    Path(db_path).parent.mkdir(parents=True, exist_ok=True)
    process = CrawlerProcess(crawl_settings(db_path, log_level, overrides))
    crawler = process.create_crawler(WardSpider)
    run_id = uuid.uuid4().hex[:12]
    process.crawl(crawler, portals=portals, run_id=run_id, max_listing_pages=max_listing_pages, full=full)
    process.start()
    summary = crawler.spider.ledger.summary()
    summary["finish_reason"] = crawler.stats.get_value("finish_reason")
    return summary
