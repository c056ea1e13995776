"""`ward-archive probe URL`: onboarding a portal (issue 10, item 5)."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from ward_archive.probe import province_named, registry_row, slug_for
from ward_scraper.crawl.registry import load_registry
from ward_scraper.extract.sections import innermost, looks_like_section_label, section_candidates
from ward_scraper.util.page import Page

from tests.conftest import ROOT, free_port, run_cli

HOME = """<html><head><title>Cổng TTĐT Phường Bình Lộc - tỉnh Đồng Nai</title></head><body>
<ul class=menu><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc/">Tin tức - Sự kiện</a></li>
<li><a href="/thong-bao/">Thông báo - Văn bản</a></li><li><a href="/lien-he/">Liên hệ</a></li>
<li><a href="/tin-tuc/">Tin tức</a></li><li><a href="https://other.gov.vn/tin-tuc/">Tin tức tỉnh</a></li>
<li><a href="/hoat-dong/">Hoạt động Đảng - Đoàn thể</a></li></ul>
<a href="/tin-tuc/bai-1.html">Thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND phường tháng 10 năm 2026</a>
</body></html>"""


def test_section_candidates_are_same_site_news_menu_entries_in_page_order():
    page = Page.from_bytes("https://binhloc.dongnai.gov.vn/", HOME.encode())
    found = [(c.url, c.label, c.position) for c in section_candidates(page)]
    assert found == [("https://binhloc.dongnai.gov.vn/tin-tuc/", "Tin tức - Sự kiện", 0),
                     ("https://binhloc.dongnai.gov.vn/thong-bao/", "Thông báo - Văn bản", 1),
                     ("https://binhloc.dongnai.gov.vn/hoat-dong/", "Hoạt động Đảng - Đoàn thể", 2)]


@pytest.mark.parametrize("label, expected", [
    ("Tin tức - Sự kiện", True), ("THÔNG BÁO", True), ("Văn hóa - Xã hội", True), ("Trang chủ", False),
    ("Liên hệ", False), ("Văn bản", False), ("Home", False),
    ("Thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND phường tháng 10", False),
])
def test_section_labels(label, expected):
    assert looks_like_section_label(label) is expected


def test_a_section_that_is_the_parent_of_other_sections_is_left_out():
    sections = ["http://h/vi/news/", "http://h/vi/news/thong-bao/", "http://h/vi/news/tin-tuc/", "http://h/lien-he/"]
    assert innermost(sections) == sections[1:]


def test_registry_row_from_what_the_home_page_says():
    report = {"url": "https://binhloc.dongnai.gov.vn/", "platform": "nukeviet",
              "sections": [{"url": "https://binhloc.dongnai.gov.vn/vi/news/tin-tuc/?cat=2"}]}
    row = registry_row(report, "Cổng thông tin điện tử Phường Bình Lộc | tỉnh Đồng Nai")
    assert row == {"slug": "binhloc-dongnai", "ward_name": "Phường Bình Lộc", "ward_code": "", "province": "Đồng Nai",
                   "platform": "nukeviet", "base_url": "https://binhloc.dongnai.gov.vn/",
                   "listing_paths": "/vi/news/tin-tuc/?cat=2"}
    assert province_named("UBND phường Vĩnh Ngươn, thành phố Châu Đốc, AN GIANG") == "An Giang"
    assert province_named("no province here") is None
    assert slug_for("127.0.0.1", 8080, "Xã Long Điền") == "xa-long-dien-8080"


@pytest.mark.e2e
def test_probe_of_an_unreachable_portal_is_one_line_and_exit_69():
    result = probe(f"http://127.0.0.1:{free_port()}/")
    assert result.returncode == 69, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert "unreachable" in result.stdout or "refused" in result.stdout


@pytest.mark.e2e
def test_probe_refuses_what_is_not_http():
    result = probe("file:///etc/passwd")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def probe(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ward_archive", "probe", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=180)


def test_probe_names_every_replica_portal_its_sections_and_clean_articles(replica, tmp_path):
    expected = {portal.base_url: portal for portal in load_registry(replica.registry)}
    for base_url, portal in expected.items():
        result = probe(base_url, "--json")
        assert result.returncode == 0, result.stderr[-2000:]
        report = json.loads(result.stdout)
        assert report["platform"] == portal.platform, base_url
        row = report["registry_row"]
        assert set(row["listing_paths"].split()) == set(portal.listing_paths), base_url
        assert report["articles"] and all(a["verdict"] == "ok" for a in report["articles"]), base_url
        assert all(a["title"] and a["body_text"] for a in report["articles"])
        # the printed row is a registry row the crawler accepts once its blanks are filled
        filled = {**row, "ward_name": row["ward_name"] or portal.ward_name, "province": row["province"] or portal.province}
        registry = tmp_path / f"{row['slug']}.csv"
        registry.write_text(",".join(filled) + "\n" + ",".join(filled.values()) + "\n", encoding="utf-8")
        assert load_registry(registry)[0].listing_paths == tuple(row["listing_paths"].split())


def test_probe_text_report_ends_with_the_registry_row(replica):
    portal = load_registry(replica.registry)[0]
    result = run_cli("probe", portal.base_url, "--articles", "1")
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.splitlines()
    assert lines[-2] == "slug,ward_name,ward_code,province,platform,base_url,listing_paths"
    assert f",{portal.platform},{portal.base_url}," in lines[-1]
    assert "[ok]" in result.stdout

