"""CSV / JSON Lines exports on real archive files: every row exactly once, in
its ward/year file, byte-identical on a second run, checked by `verify`."""
from __future__ import annotations

import csv
import json
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from ward_archive.export import COLUMNS, ExportError, export_archive, export_command, verify_command
from ward_archive.publish import suppress
from ward_archive.storage import Archive, open_store

from ward_scraper.crawl.items import content_hash
from ward_scraper.crawl.registry import Portal

BINH_LOC = Portal("binh-loc-dongnai", "Phường Bình Lộc", "26089", "Đồng Nai", "nukeviet",
                  "https://binhloc.dongnai.gov.vn/", ("/vi/news/",))
TO_CHAU = Portal("to-chau-angiang", "Phường Tô Châu", "30766", "An Giang", "wordpress",
                 "https://tochau.angiang.gov.vn/", ("/",))

# (portal, slug, published_at, title, body, authors, credit line)
ARTICLES = [
    (BINH_LOC, "hoi-nghi-tong-ket-2025", "2025-12-30T08:00+07:00",
     "Hội nghị tổng kết công tác năm 2025 và triển khai nhiệm vụ năm 2026",
     "Sáng 30/12, UBND phường Bình Lộc tổ chức hội nghị tổng kết, đánh giá kết quả năm 2025.\n\n"
     "Năm 2026, phường tập trung cải cách hành chính, chuyển đổi số và chỉnh trang đô thị.",
     ["Thanh Sang"], "Thanh Sang - Văn phòng HĐND và UBND"),
    (BINH_LOC, "tiep-xuc-cu-tri-ky-hop-thu-5", "2025-12-30",
     "Tiếp xúc cử tri trước Kỳ họp thứ 5 HĐND phường",
     "Cử tri khu phố 2, khu phố 3 kiến nghị sửa chữa tuyến đường Hùng Vương, lắp đèn chiếu sáng.\n\n"
     "Đại diện UBND phường tiếp thu, giải trình từng ý kiến.",
     ["Kim Phượng"], "Kim Phượng"),
    (BINH_LOC, "ngay-chu-nhat-xanh", "2025-12-30",
     'Ra quân tổng vệ sinh môi trường, hưởng ứng "Ngày Chủ nhật xanh"',
     'Hơn 200 đoàn viên, hội viên tham gia thu gom rác, phát quang bụi rậm; khẩu hiệu "Sạch nhà, đẹp phố".',
     [], "Văn phòng HĐND và UBND"),
    (BINH_LOC, "lich-tiep-cong-dan-thang-1-2026", "2026-01-05T07:30+07:00",
     "Thông báo lịch tiếp công dân tháng 01/2026",
     "Chủ tịch UBND phường tiếp công dân định kỳ vào thứ Năm tuần thứ hai và thứ tư của tháng.",
     [], None),
    (BINH_LOC, "trao-qua-tet-ho-ngheo", "2026-01-20",
     "Phường Bình Lộc trao quà Tết cho hộ nghèo, hộ cận nghèo",
     "Mỗi phần quà trị giá 500.000 đồng, gồm gạo, dầu ăn và tiền mặt.",
     ["Văn Tám"], "Văn Tám - MTTQ phường"),
    (BINH_LOC, "gioi-thieu-chung", None, "Giới thiệu chung về phường Bình Lộc",
     "Phường Bình Lộc được thành lập trên cơ sở sắp xếp đơn vị hành chính cấp xã năm 2025.",
     [], None),
    (BINH_LOC, "chuyen-doi-so-quy-3-2025", "2025-10-02",
     "KẾT QUẢ THỰC HIỆN CHUYỂN ĐỔI SỐ QUÝ III/2025",
     "Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến đạt 92%.", [], None),
    (TO_CHAU, "tong-ket-chi-dao-dieu-hanh-2025", "2025-12-30T14:00+07:00",
     "Phường Tô Châu tổng kết công tác chỉ đạo, điều hành năm 2025",
     "Ngày 30/12/2025 Ủy ban nhân dân phường Tô Châu tổ chức Hội nghị tổng kết công tác năm 2025.\n\n"
     "Kinh tế địa phương tiếp tục phát triển ổn định; quốc phòng – an ninh được giữ vững.",
     ["Dương Hảo"], "Dương Hảo - Văn phòng HĐND và UBND"),
    (TO_CHAU, "phong-chong-chay-no-mua-kho", "2026-01-05",
     "Tuyên truyền phòng, chống cháy nổ mùa khô 2026",
     "Công an phường phát tờ rơi, hướng dẫn người dân trang bị bình chữa cháy mini.", [], "Công an phường"),
    (TO_CHAU, "ra-quan-huan-luyen-dan-quan", "2026-02-02",
     "Lễ ra quân huấn luyện dân quân tự vệ năm 2026",
     "Ban Chỉ huy Quân sự phường tổ chức lễ ra quân huấn luyện cho 120 chiến sĩ dân quân.", [], None),
    (TO_CHAU, "tap-huan-dich-vu-cong", "2025-11-18",
     "Tập huấn kỹ năng sử dụng dịch vụ công trực tuyến cho người dân khu phố 3",
     "Tổ công nghệ số cộng đồng hướng dẫn cài đặt ứng dụng VNeID, nộp hồ sơ trực tuyến.",
     ["Đặng Trang"], "Đặng Trang"),
    (TO_CHAU, "so-do-to-chuc", None, "Sơ đồ tổ chức Ủy ban nhân dân phường",
     "Chủ tịch, các Phó Chủ tịch và các phòng chuyên môn thuộc UBND phường.", [], None),
    (TO_CHAU, "xu-phat-lan-chiem-via-he", "2026-01-20T09:15+07:00",
     "Quyết định xử phạt vi phạm hành chính về lấn chiếm vỉa hè",
     "Ông Nguyễn Văn Thuận, trú tại khu phố 4, bị xử phạt 4.000.000 đồng do dựng mái che lấn chiếm vỉa hè "
     "đường Mạc Thiên Tích.",
     ["Lê Nguyện"], "Lê Nguyện - Đội trật tự đô thị"),
]
SUPPRESSED = "https://tochau.angiang.gov.vn/xu-phat-lan-chiem-via-he.html"
REDACTED = "https://binhloc.dongnai.gov.vn/vi/news/tin-tuc/tiep-xuc-cu-tri-ky-hop-thu-5.html"


def article_url(portal: Portal, slug: str) -> str:
    if portal is BINH_LOC:
        return f"{portal.base_url}vi/news/tin-tuc/{slug}.html"
    return f"{portal.base_url}{slug}.html"


def item(portal, slug, published_at, title, body, authors, credit, **changes) -> dict:
    url = article_url(portal, slug)
    fields = {
        "url": url, "canonical_url": url, "portal": portal.slug, "ward_code": portal.ward_code,
        "platform": portal.platform, "title": title, "published_at": published_at,
        "lead": None, "body_text": body, "body_html": "".join(f"<p>{p}</p>" for p in body.split("\n\n")),
        "authors": authors, "source_unit": credit.split(" - ")[-1] if credit and " - " in credit else None,
        "credit_line": credit, "category": "Tin tức",
        "images": [{"src": f"{portal.base_url}uploads/{slug}-1.jpg", "caption": f"Quang cảnh: {title}"}],
        "attachments": [{"url": f"{portal.base_url}uploads/{slug}.pdf", "title": "Văn bản kèm theo"}],
        "fetched_at": "2026-02-10T01:00:00Z",
    }
    fields.update(changes)
    fields["content_hash"] = content_hash(fields)
    return fields


def fill(archive: Archive, articles=ARTICLES) -> None:
    for portal in (BINH_LOC, TO_CHAU):
        archive.upsert_portal(portal)
    for spec in articles:
        archive.upsert_article(item(*spec), spec[0].as_row())


def build_archive(path: Path) -> str:
    """A closed archive of ARTICLES; the suppressed-to-be article was fetched
    from a tracking URL and has an earlier version."""
    archive = open_store(str(path))
    fill(archive)
    last = ARTICLES[-1]
    edited = item(*last, url=SUPPRESSED + "?utm_source=zalo", fetched_at="2026-02-11T01:00:00Z",
                  lead="Đội trật tự đô thị phường công bố quyết định.")
    archive.upsert_article(edited, last[0].as_row())
    archive.close()
    return str(path)


@pytest.fixture
def archive_db(tmp_path) -> str:
    return build_archive(tmp_path / "archive.db")


def read_export(out: Path) -> dict[str, list[dict]]:
    """path -> rows, for every CSV file of an export."""
    return {p.relative_to(out).as_posix(): list(csv.DictReader(p.open(encoding="utf-8-sig", newline="")))
            for p in sorted(out.rglob("*.csv"))}


def archive_urls(db: str, where: str = "1 = 1") -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return sorted(r[0] for r in conn.execute(f"SELECT canonical_url FROM articles WHERE {where}"))
    finally:
        conn.close()


def test_every_article_exactly_once_in_its_ward_and_year_file(archive_db, tmp_path):
    out = tmp_path / "export"
    manifest = export_archive(archive_db, out)
    files = read_export(out)

    exported = [row["canonical_url"] for rows in files.values() for row in rows]
    assert sorted(exported) == archive_urls(archive_db) and len(set(exported)) == len(exported) == len(ARTICLES)
    assert manifest["rows"] == len(ARTICLES)
    assert sorted(files) == [
        "an-giang/to-chau-angiang/2025.csv", "an-giang/to-chau-angiang/2026.csv",
        "an-giang/to-chau-angiang/undated.csv",
        "dong-nai/binh-loc-dongnai/2025.csv", "dong-nai/binh-loc-dongnai/2026.csv",
        "dong-nai/binh-loc-dongnai/undated.csv"]
    assert {e["path"]: e["rows"] for e in manifest["files"]} == {path: len(rows) for path, rows in files.items()}
    for path, rows in files.items():
        year = path.rsplit("/", 1)[1].removesuffix(".csv")
        assert all((row["published_at"][:4] or "undated") == year for row in rows), path
        assert [(r["published_at"], r["canonical_url"]) for r in rows] == sorted(
            (r["published_at"], r["canonical_url"]) for r in rows), path
    # three articles share 2025-12-30 in Bình Lộc: the date with a time sorts after the bare dates
    assert [r["published_at"] for r in files["dong-nai/binh-loc-dongnai/2025.csv"]] == [
        "2025-10-02", "2025-12-30", "2025-12-30", "2025-12-30T08:00:00+07:00"]


def test_times_are_exported_in_vietnam_time_and_dates_stay_dates(archive_db, tmp_path):
    """Stored: the portal's `...T08:00+07:00` and the archive's UTC `...Z`.
    Exported: RFC 3339 at +07:00 (seconds, the same instant); a bare date as it is."""
    for fmt in ("csv", "jsonl"):
        out = tmp_path / fmt
        export_archive(archive_db, out, fmt)
        if fmt == "csv":
            rows = [r for rows in read_export(out).values() for r in rows]
        else:
            rows = [json.loads(line) for p in sorted(out.rglob("*.jsonl"))
                    for line in p.read_text(encoding="utf-8").splitlines()]
        by_url = {r["canonical_url"]: r for r in rows}
        stored = sqlite3.connect(archive_db)
        for url, published, first, changed in stored.execute(
                "SELECT canonical_url, published_at, first_fetched_at, changed_at FROM articles"):
            row = by_url[url]
            if published is None:
                assert row["published_at"] in ("", None)
            elif len(published) == 10:
                assert row["published_at"] == published
            else:
                assert row["published_at"] == published.replace("+07:00", ":00+07:00"), url
            # 2026-02-10T01:00:00Z (the fetch) is 08:00 the same day in Vietnam
            assert first.endswith("Z") and row["first_fetched_at"].endswith("+07:00")
            assert datetime.fromisoformat(row["first_fetched_at"]) == datetime.fromisoformat(first)
            assert datetime.fromisoformat(row["changed_at"]) == datetime.fromisoformat(changed)
        stored.close()
        assert by_url[REDACTED]["first_fetched_at"] == "2026-02-10T08:00:00+07:00"


def test_csv_is_excel_friendly_utf8_and_keeps_the_text(archive_db, tmp_path):
    out = tmp_path / "export"
    export_archive(archive_db, out)
    raw = (out / "dong-nai/binh-loc-dongnai/2025.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header = raw[3:].split(b"\r\n", 1)[0].decode()
    assert header.split(",") == list(COLUMNS)
    assert raw.count(b"\r\n") >= 5 and b'"Ra qu\xc3\xa2n' in raw  # a title holding quotes is quoted

    [row] = [r for rows in read_export(out).values() for r in rows if r["canonical_url"] == REDACTED]
    spec = ARTICLES[1]
    assert row["title"] == spec[3] and row["body_text"] == spec[4]  # the blank line inside a cell survives
    assert row["authors"] == "Kim Phượng" and row["ward_name"] == "Phường Bình Lộc"
    assert json.loads(row["images"]) == [
        {"src": "https://binhloc.dongnai.gov.vn/uploads/tiep-xuc-cu-tri-ky-hop-thu-5-1.jpg",
         "caption": f"Quang cảnh: {spec[3]}"}]
    assert row["version"] == "1" and row["lead"] == "" and row["removed_at"] == ""


def test_two_exports_of_the_same_archive_are_byte_identical(archive_db, tmp_path):
    for fmt in ("csv", "jsonl"):
        first, second = tmp_path / f"first-{fmt}", tmp_path / f"second-{fmt}"
        export_archive(archive_db, first, fmt)
        export_archive(archive_db, second, fmt)
        names = sorted(p.relative_to(first).as_posix() for p in first.rglob("*") if p.is_file())
        assert names == sorted(p.relative_to(second).as_posix() for p in second.rglob("*") if p.is_file())
        assert "manifest.json" in names
        for name in names:
            assert (first / name).read_bytes() == (second / name).read_bytes(), name
    manifest = json.loads((tmp_path / "first-csv" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["archive"]["as_of"] == "2026-02-11T08:00:00+07:00"  # from the archive, not the clock


def test_re_export_replaces_an_earlier_export_but_never_a_foreign_directory(archive_db, tmp_path):
    out = tmp_path / "export"
    export_archive(archive_db, out)
    export_archive(archive_db, out, wards=("30766",))
    assert sorted(p.name for p in out.iterdir()) == ["an-giang", "manifest.json"]
    assert verify_command_output(out)[0] == 0

    foreign = tmp_path / "thesis"
    foreign.mkdir()
    (foreign / "chapter1.docx").write_bytes(b"draft")
    with pytest.raises(ExportError, match="not empty"):
        export_archive(archive_db, foreign)
    assert [p.name for p in foreign.iterdir()] == ["chapter1.docx"]


def test_jsonl_keeps_lists_and_counts(archive_db, tmp_path):
    out = tmp_path / "export"
    manifest = export_archive(archive_db, out, "jsonl")
    assert manifest["format"] == "jsonl"
    records = [json.loads(line) for p in sorted(out.rglob("*.jsonl"))
               for line in p.read_text(encoding="utf-8").splitlines()]
    assert len(records) == len(ARTICLES) and all(list(r) == list(COLUMNS) for r in records)
    [record] = [r for r in records if r["canonical_url"] == SUPPRESSED]
    assert record["authors"] == ["Lê Nguyện"] and record["version"] == 2
    assert record["url"] == SUPPRESSED + "?utm_source=zalo"
    assert record["attachments"] == [{"url": "https://tochau.angiang.gov.vn/uploads/xu-phat-lan-chiem-via-he.pdf",
                                      "title": "Văn bản kèm theo"}]


@pytest.mark.parametrize("filters, where", [
    ({"provinces": ("Đồng Nai",)}, "province = 'Đồng Nai'"),
    ({"provinces": ("dong nai",)}, "province = 'Đồng Nai'"),
    ({"provinces": ("an-giang",)}, "province = 'An Giang'"),
    ({"wards": ("30766",)}, "portal = 'to-chau-angiang'"),
    ({"wards": ("binh-loc-dongnai",)}, "portal = 'binh-loc-dongnai'"),
    # inclusive at both ends, a time on the last day included; undated articles left out
    ({"date_from": date(2025, 12, 30), "date_to": date(2026, 1, 5)},
     "published_at >= '2025-12-30' AND published_at < '2026-01-06'"),
    ({"provinces": ("dong-nai",), "date_from": date(2026, 1, 1)},
     "province = 'Đồng Nai' AND published_at >= '2026-01-01'"),
])
def test_filters(archive_db, tmp_path, filters, where):
    out = tmp_path / "export"
    manifest = export_archive(archive_db, out, **filters)
    exported = sorted(row["canonical_url"] for rows in read_export(out).values() for row in rows)
    expected = archive_urls(archive_db, where)
    assert exported == expected and 0 < len(expected) < len(ARTICLES)
    assert manifest["rows"] == len(expected)


@pytest.mark.parametrize("filters, message", [
    ({"provinces": ("Đồng Tháp",)}, "--province 'Đồng Tháp' matches no article"),
    ({"wards": ("26090",)}, "--ward '26090' is neither"),
    ({"date_from": date(2026, 2, 1), "date_to": date(2026, 1, 1)}, "--from 2026-02-01 is after --to 2026-01-01"),
])
def test_filters_that_match_nothing_are_errors(archive_db, tmp_path, filters, message):
    with pytest.raises(ExportError, match=message):
        export_archive(archive_db, tmp_path / "export", **filters)
    assert [p.name for p in tmp_path.iterdir() if p.is_dir()] == []  # nothing half-written left behind


def test_suppressed_articles_are_left_out_and_redacted_fields_blank(archive_db, tmp_path):
    conn = sqlite3.connect(archive_db)
    suppress(conn, SUPPRESSED, "Yêu cầu của chủ thể dữ liệu ngày 05/01/2026", "editor")
    suppress(conn, REDACTED, "Tác giả đề nghị không công bố tên", "editor", ["authors", "credit_line"])
    conn.close()

    for fmt in ("csv", "jsonl"):
        out = tmp_path / f"export-{fmt}"
        manifest = export_archive(archive_db, out, fmt)
        assert manifest["rows"] == len(ARTICLES) - 1
        assert manifest["left_out_suppressed"] == 1 and manifest["redacted"] == 1
        text = "".join(p.read_text(encoding="utf-8-sig") for p in out.rglob(f"*.{fmt}"))
        assert SUPPRESSED not in text and "Nguyễn Văn Thuận" not in text
        assert "Kim Phượng" not in text and "Tiếp xúc cử tri trước Kỳ họp thứ 5" in text
    [row] = [r for rows in read_export(tmp_path / "export-csv").values() for r in rows
             if r["canonical_url"] == REDACTED]
    assert row["authors"] == "" and row["credit_line"] == "" and row["body_text"] == ARTICLES[1][4]
    # the archive keeps everything
    assert len(archive_urls(archive_db)) == len(ARTICLES)


def verify_command_output(out: Path) -> tuple[int, str]:
    result = CliRunner().invoke(verify_command, [str(out)])
    return result.exit_code, result.output


def test_verify_passes_then_names_each_bad_file(archive_db, tmp_path):
    out = tmp_path / "export"
    export_archive(archive_db, out)
    code, output = verify_command_output(out)
    assert code == 0 and "ok" in output

    edited = out / "an-giang/to-chau-angiang/2026.csv"
    edited.write_bytes(edited.read_bytes().replace("phường".encode(), "phuong".encode(), 1))
    (out / "dong-nai/binh-loc-dongnai/undated.csv").unlink()
    (out / "dong-nai/notes.txt").write_text("ghi chú", encoding="utf-8")
    code, output = verify_command_output(out)
    assert code == 1
    bad = sorted(line for line in output.splitlines() if line.startswith("BAD"))
    assert bad == ["BAD an-giang/to-chau-angiang/2026.csv: SHA-256 differs from the manifest",
                   "BAD dong-nai/binh-loc-dongnai/undated.csv: missing",
                   "BAD dong-nai/notes.txt: not in the manifest"]


def test_verify_catches_a_row_count_that_does_not_match(archive_db, tmp_path):
    out = tmp_path / "export"
    export_archive(archive_db, out)
    manifest_path = out / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest["files"][0]["rows"] += 1
    manifest["rows"] += 1
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    code, output = verify_command_output(out)
    assert code == 1 and f"BAD {manifest['files'][0]['path']}: " in output and "rows, the manifest says" in output


def test_export_command(archive_db, tmp_path):
    out = tmp_path / "export"
    result = CliRunner().invoke(export_command, ["--db", archive_db, "--out", str(out), "--province", "An Giang",
                                                 "--from", "2026-01-01", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout.splitlines()[-1])
    assert summary["rows"] == 3 and summary["files"] == 1
    assert "Exporting" in result.stderr  # the progress bar goes to stderr, stdout stays JSON
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.jsonl")) == [
        "an-giang/to-chau-angiang/2026.jsonl"]

    missing = CliRunner().invoke(export_command, ["--db", str(tmp_path / "none.db"), "--out", str(out)])
    assert missing.exit_code == 2 and "does not exist" in missing.stderr


def test_an_unmigrated_archive_is_refused_with_the_command_to_run(tmp_path):
    db = tmp_path / "old.db"
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    with pytest.raises(ExportError, match="schema version 1.*ward-archive migrate --db"):
        export_archive(str(db), tmp_path / "out")
    assert not (tmp_path / "out").exists()
