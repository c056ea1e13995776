"""`ward-archive entities --text FILE` on any text, odd input included, and the
officials `ward-archive extract` prints; each command runs as a child process."""
import json

import pytest

from ward_archive.cli import USAGE
from ward_archive.entities import MAX_TEXT_BYTES, text_entities
from tests.conftest import ROOT, run_cli
from tests.test_cli_errors import assert_one_line_error

pytestmark = pytest.mark.e2e

SAMPLE = ROOT / "tests" / "blind" / "officials" / "samples" / "to-chau-an-giang.txt"


def entities(path):
    result = run_cli("entities", "--text", path)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    return json.loads(result.stdout)


def test_a_sample_article_gives_officials_as_the_issue_specifies():
    found = entities(SAMPLE)
    assert set(found) >= {"officials", "documents"}
    assert isinstance(found["documents"], list)
    assert all(set(person) == {"name", "positions", "unit"} for person in found["officials"])
    assert found["officials"][1] == {"name": "Lý Hoàng Tuấn", "positions": ["Phó Bí thư", "Chủ tịch UBND phường"],
                                     "unit": "Đảng ủy phường Tô Châu"}
    assert found["ward"] == "Phường Tô Châu"
    assert found["credits"] == [{"name": "Thanh Sang", "role": "writer"}]


@pytest.mark.parametrize("content", [b"", b"\n\n  \n", "Đồng chí".encode(), b"\xef\xbb\xbf" + "Ông A, B.".encode(),
                                     ("Nguyễn " * 200000).encode(), ("đồng chí: ; – - , (" * 5000).encode()])
def test_odd_texts_give_lists_never_a_failure(tmp_path, content):
    path = tmp_path / "odd.txt"
    path.write_bytes(content)
    found = entities(path)
    assert isinstance(found["officials"], list) and isinstance(found["documents"], list)


@pytest.mark.parametrize("content, fragment", [
    (b"\x7fELF\x02\x01\x01\x00\x00\x00" * 50, "binary"),
    ("Chào ông".encode("latin-1"), "not UTF-8"),   # a legacy one-byte encoding
    (b"a" * (MAX_TEXT_BYTES + 1), "MiB"),
])
def test_unreadable_files_end_in_one_line(tmp_path, content, fragment):
    path = tmp_path / "odd.bin"
    path.write_bytes(content)
    assert_one_line_error(run_cli("entities", "--text", path), USAGE, fragment)


def test_a_missing_file_or_no_mode_is_a_usage_error(tmp_path):
    assert_one_line_error(run_cli("entities", "--text", tmp_path / "nothing.txt"), USAGE, "nothing.txt")
    assert_one_line_error(run_cli("entities"), USAGE, "--text")


def test_extract_prints_the_mentions_of_a_page():
    page = ROOT / "tests" / "gold" / "nukeviet" / "blind-thanhbinh-budop-ky-hop-chuyen-de.html"
    result = run_cli("extract", page, "--url", "https://hdnd.budop.gov.vn/vi/thanhbinh/van-hoa-xa-hoi/a-367.html")
    assert result.returncode == 0, result.stderr
    found = {m["name"]: m for m in json.loads(result.stdout)["officials"]}
    assert found["Hà Quang Sơn"]["positions"] == ["Phó Bí thư Đảng ủy", "Chủ tịch UBND thị trấn"]
    assert "Hà Quang Sơn" in found["Hà Quang Sơn"]["sentence"]


@pytest.mark.unit
def test_text_entities_without_the_documents_parser_still_answer():
    found = text_entities("Dự có ông Lò Văn Hặc, Bí thư Đảng ủy xã Mường Phăng.")
    assert found["officials"] == [{"name": "Lò Văn Hặc", "positions": ["Bí thư Đảng ủy xã Mường Phăng"],
                                   "unit": "Đảng ủy xã Mường Phăng"}]
