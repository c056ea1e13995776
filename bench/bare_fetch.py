"""Baseline: a bare Scrapy spider that fetches a list of URLs and does nothing else.

Same Scrapy, same concurrency as our crawler's loopback lane, no robots.txt,
no parsing, no pipeline, no WARC: what fetching alone costs on this machine.
Usage: python bench/bare_fetch.py URLS_FILE  (prints pages and seconds as JSON)
"""
from __future__ import annotations

import json
import sys
import time

import scrapy
from scrapy.crawler import CrawlerProcess


class BareFetch(scrapy.Spider):
    name = "bare-fetch"

    def __init__(self, urls, **kwargs):
        super().__init__(**kwargs)
        self.urls = urls
        self.pages = 0

    async def start(self):
        for url in self.urls:
            yield scrapy.Request(url, callback=self.parse, dont_filter=True)

    def parse(self, response):
        self.pages += 1


def main(path: str) -> None:
    urls = [line.strip() for line in open(path, encoding="utf-8") if line.strip()]
    process = CrawlerProcess({"LOG_LEVEL": "ERROR", "CONCURRENT_REQUESTS": 16,
                              "CONCURRENT_REQUESTS_PER_DOMAIN": 16, "DOWNLOAD_DELAY": 0,
                              "ROBOTSTXT_OBEY": False, "TELNETCONSOLE_ENABLED": False})
    crawler = process.create_crawler(BareFetch)
    started = time.perf_counter()
    process.crawl(crawler, urls=urls)
    process.start()
    print(json.dumps({"pages": crawler.spider.pages, "seconds": time.perf_counter() - started}))


if __name__ == "__main__":
    main(sys.argv[1])
