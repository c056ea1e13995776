"""`ward-archive probe URL`: what a new portal is, and the registry row for it.

Runs the probe spider (ward_scraper.crawl.spiders.probe) once, with the
crawl's politeness, then turns its report into text (or JSON) and a registry
row. The row's ward name and province are read from the home page where it
names them; a row that still lacks one says so instead of guessing.
"""
from __future__ import annotations

import csv
import io
import re
from urllib.parse import urlsplit

from scrapy.crawler import CrawlerProcess

from ward_archive.crawl_runner import crawl_settings
from ward_scraper.crawl.registry import COLUMNS
from ward_scraper.crawl.spiders.probe import ProbeSpider
from ward_scraper.util.text import fold
from ward_scraper.util.urls import path_and_query as _path_and_query

_UNIT = re.compile(r"\b((?:Phường|Xã|Đặc khu)\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][^\s,.:;|\-–]*(?:\s+[A-ZĐ0-9ÂĂÊÔƠƯ][^\s,.:;|\-–]*){0,3})")
# The 34 provinces and centrally governed cities since 1 July 2025.
PROVINCES = ("An Giang", "Bắc Ninh", "Cà Mau", "Cao Bằng", "Cần Thơ", "Đà Nẵng", "Đắk Lắk", "Điện Biên",
             "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Nội", "Hà Tĩnh", "Hải Phòng", "Hồ Chí Minh", "Huế",
             "Hưng Yên", "Khánh Hòa", "Lai Châu", "Lạng Sơn", "Lào Cai", "Lâm Đồng", "Nghệ An", "Ninh Bình",
             "Phú Thọ", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sơn La", "Tây Ninh", "Thái Nguyên",
             "Thanh Hóa", "Tuyên Quang", "Vĩnh Long")


def run_probe(url: str, articles: int = 3, platform: str = "auto", log_level: str = "WARNING",
              overrides: dict | None = None) -> dict:
    """Probe one portal; return the spider's report plus a registry row.
    Scrapy's reactor cannot be restarted: once per process."""
    process = CrawlerProcess(crawl_settings("", log_level, overrides))
    crawler = process.create_crawler(ProbeSpider)
    process.crawl(crawler, url=url, articles=articles, platform=platform)
    process.start()
    report = crawler.spider.report
    report["registry_row"] = registry_row(report, crawler.spider.home_text)
    return report


def registry_row(report: dict, home_text: str) -> dict:
    """A row for scraper/crawl/portals.csv; empty cells where the page did not say."""
    ward = _UNIT.search(home_text)
    province = province_named(home_text)
    base = urlsplit(report["url"])
    listing_paths = " ".join(_path_and_query(section["url"]) for section in report["sections"])
    return {"slug": slug_for(base.hostname or "", base.port, ward.group(1) if ward else ""),
            "ward_name": ward.group(1) if ward else "", "ward_code": "",
            "province": province or "",
            "platform": report["platform"] or "auto", "base_url": f"{base.scheme}://{base.netloc}/",
            "listing_paths": listing_paths}


def province_named(text: str) -> str | None:
    """The province the text names first (folded match on whole words)."""
    folded = fold(text)
    found = [(match.start(), name) for name in PROVINCES
             for match in [re.search(rf"\b{re.escape(fold(name))}\b", folded)] if match]
    return min(found)[1] if found else None


def slug_for(host: str, port: int | None, ward_name: str) -> str:
    """`binhloc.dongnai.gov.vn` -> `binhloc-dongnai`; a bare address -> the
    ward's name folded (`phuong-binh-loc`), with the port when there is one."""
    labels = [label for label in host.lower().split(".") if label not in ("www", "gov", "vn", "com", "org")]
    if host.replace(".", "").isdigit() or not labels:
        labels = re.findall(r"[a-z0-9]+", fold(ward_name)) or ["portal"]
        if port:
            labels.append(str(port))
    return "-".join(re.findall(r"[a-z0-9]+", "-".join(labels)))


def report_text(report: dict) -> str:
    lines = [f"portal    {report['url']}",
             f"platform  {report['platform']}" + (f"  ({'; '.join(report['evidence'])})" if report["evidence"]
                                                   else "  (no platform evidence: generic extraction)")]
    lines.append(f"sections  {len(report['sections'])}")
    for section in report["sections"]:
        pager = "pager" if section["next_pages"] else "no pager seen"
        lines.append(f"  {section['url']}  \"{section['label']}\"  "
                     f"{section['articles_on_first_page']} articles on page 1, {pager}")
    lines.append(f"articles  {len(report['articles'])}")
    for article in report["articles"]:
        lines.append(f"  [{article['verdict']}] {article['published_at'] or 'no date'}  {article['title'] or '(no title)'}")
        lines.append(f"      {article['url']}")
        lines.append(f"      body {len(article['body_text'] or '')} chars, {len(article['images'])} images, "
                     f"{len(article['attachments'])} attachments, credit: {article['credit_line'] or '-'}")
        for reason in article["quality_reasons"]:
            lines.append(f"      check: {reason}")
        for name, error in article["field_errors"].items():
            lines.append(f"      field {name} failed: {error}")
    for error in report["errors"]:
        lines.append(f"error     {error['url']}: {error['error']}")
    row = report["registry_row"]
    missing = [column for column in ("ward_name", "province", "listing_paths") if not row[column]]
    lines += ["", "registry row" + (f" (fill in: {', '.join(missing)})" if missing else "") + ":",
              _csv_lines(row)]
    return "\n".join(lines)


def _csv_lines(row: dict) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerow(row)
    return buffer.getvalue().rstrip("\n")
