"""`detect` and `extract` as a user runs them: child processes over gold pages."""
import json

from tests.conftest import ROOT, run_cli

GOLD = ROOT / "tests" / "gold"


def expected(family, name):
    return json.loads((GOLD / family / f"{name}.json").read_text(encoding="utf-8"))


def test_detect_names_the_platform_with_evidence():
    result = run_cli("detect", GOLD / "nukeviet" / "xuandong-tiep-xuc-cu-tri.html")
    answer = json.loads(result.stdout)
    assert answer["platform"] == "nukeviet" and any("NukeViet" in e for e in answer["evidence"])


def test_extract_one_page_gives_the_gold_fields():
    gold = expected("liferay", "hanoi-phohue-asset-publisher")
    result = run_cli("extract", GOLD / "liferay" / "hanoi-phohue-asset-publisher.html", "--url", gold["url"])
    assert result.returncode == 0, result.stderr
    item = json.loads(result.stdout)
    assert item["platform"] == "liferay"
    for field in ("title", "published_at", "body_text", "authors", "source_unit"):
        assert item[field] == gold[field], field


def test_extract_batch_prints_one_object_per_line_and_survives_a_bad_line(tmp_path):
    pages = [("wordpress", "thanhkhetay-tiep-xuc-cu-tri"), ("joomla", "hoinongdan-print-view"),
             ("generic", "hue-huongxuan-tiep-xuc-cu-tri")]
    lines = []
    for family, name in pages:
        lines.append(f"{GOLD / family / name}.html\t{expected(family, name)['url']}")
    lines.insert(1, f"{tmp_path / 'missing.html'}\thttp://example.gov.vn/x")
    listing = tmp_path / "list.tsv"
    listing.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_cli("extract", "--batch", listing)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == len(lines)
    assert "error" in records[1] and "missing.html" in records[1]["file"]
    assert all(r.get("title") for i, r in enumerate(records) if i != 1)
