"""Run one crawl of a registry into an archive (one Scrapy process).

The lock, the interrupted-run bookkeeping and the JSON summary line belong
to the crawl itself (ward_scraper.crawl.extensions.ArchiveRun), so that
`scrapy crawl wards` does the same as `ward-archive crawl`.
"""
from __future__ import annotations

import uuid

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from ward_scraper.crawl import settings as default_settings
from ward_scraper.crawl.spiders.wards import WardSpider


def crawl_settings(db_path: str, log_level: str = "INFO", overrides: dict | None = None) -> Settings:
    """The project's settings, the archive path, then `-s KEY=VALUE` overrides."""
    settings = Settings()
    settings.setmodule(default_settings, priority="project")
    settings.set("WARD_ARCHIVE_DB", str(db_path), priority="cmdline")
    settings.set("LOG_LEVEL", log_level, priority="cmdline")
    for key, value in (overrides or {}).items():
        settings.set(key, value, priority="cmdline")
    return settings


def run_crawl(portals, db_path: str, log_level: str = "INFO", overrides: dict | None = None,
              max_listing_pages: int | None = None, full: bool = False) -> dict:
    """Crawl `portals` into `db_path`; return the summary the crawl printed.

    A second crawl of the same archive ends the process with exit code 75
    before anything is opened. Scrapy's reactor cannot be restarted, so this
    runs once per process.
    """
    process = CrawlerProcess(crawl_settings(db_path, log_level, overrides))
    crawler = process.create_crawler(WardSpider)
    run_id = uuid.uuid4().hex[:12]
    process.crawl(crawler, portals=portals, run_id=run_id, max_listing_pages=max_listing_pages, full=full)
    process.start()
    return crawler.spider.run_summary
