"""Credit lines: which last lines are credits, and who is a person or a unit."""
import pytest

from ward_scraper.extract.credits import (credit_roles, is_end_marker, is_person, is_posting_account,
                                         is_signature_position, is_unit, looks_like_credit, read_credit,
                                         split_credit)


@pytest.mark.parametrize("line, authors, unit", [
    ("Kim Phượng", ["Kim Phượng"], None),
    ("Nguyễn Văn Thuận", ["Nguyễn Văn Thuận"], None),
    ("Kim Phượng.", ["Kim Phượng"], None),
    ("GIA HÂN", ["GIA HÂN"], None),
    ("X.PHÚ", ["X.PHÚ"], None),
    ("Mai viết Tăng", ["Mai viết Tăng"], None),
    ("Đoàn Văn Hùng", ["Đoàn Văn Hùng"], None),          # Đoàn is a surname here
    ("Tin, ảnh: VHXH", [], "VHXH"),
    ("Tin, ảnh: Lan Anh", ["Lan Anh"], None),
    ("Tin, ảnh: P. Thành", ["P. Thành"], None),
    ("Tin và ảnh: Minh Hà, Quốc Tuấn", ["Minh Hà", "Quốc Tuấn"], None),
    ("Bài, ảnh: Nguyễn Văn An (Công chức VHXH)", ["Nguyễn Văn An"], "Công chức VHXH"),
    # `authors` are the writers: the photographer is a credit, not an author (issue 13).
    ("Tin: Minh Hà; Ảnh: Quốc Tuấn", ["Minh Hà"], None),
    ("Tin: Minh Hà - Ảnh: Quốc Tuấn", ["Minh Hà"], None),
    ("Tin: Diễm Huy - Ảnh: Khánh Huy", ["Diễm Huy"], None),
    ("Ảnh: Khánh Huy", [], None),
    ("Tin: Minh Hà\nẢnh: Minh Hà", ["Minh Hà"], None),
    ("Thanh Sang - Văn phòng HĐND và UBND", ["Thanh Sang"], "Văn phòng HĐND và UBND"),
    ("Bích Ngọc - Hội Nông dân tỉnh", ["Bích Ngọc"], "Hội Nông dân tỉnh"),
    ("Phòng Tư pháp quận Tân Bình- Phòng PBGDPL", [], "Phòng Tư pháp quận Tân Bình- Phòng PBGDPL"),
    ("Kim Phượng - Trung tâm Văn hóa – Thông tin và Thể thao phường", ["Kim Phượng"],
     "Trung tâm Văn hóa – Thông tin và Thể thao phường"),
    ("Phan Loan (Núi Voi)", ["Phan Loan"], "Núi Voi"),
    ("Đỗ Dũng; Trung tâm VH, TT-TT thành phố", ["Đỗ Dũng"], "Trung tâm VH, TT-TT thành phố"),
    ("ỦY BAN NHÂN DÂN PHƯỜNG 1", [], "ỦY BAN NHÂN DÂN PHƯỜNG 1"),
    ("Uỷ ban nhân dân phường 8", [], "Uỷ ban nhân dân phường 8"),
    ("HĐND xã Thanh Điền", [], "HĐND xã Thanh Điền"),
    ("Trung tâm Văn hoá & Thể thao phường", [], "Trung tâm Văn hoá & Thể thao phường"),
    ("BBT", [], "BBT"),
    # a credit printed in the date line runs into its fields: they are no unit
    ("Người viết: Ksor H'Nhung - Ngày đăng: 03/04/26 - 16h20", ["Ksor H'Nhung"], None),
    ("BBT.", [], "BBT"),
    ("Ban Biên Tập", [], "Ban Biên Tập"),
    ("Tác giả bài viết: Hữu Anh\nNguồn tin: danviet.vn", ["Hữu Anh"], "danviet.vn"),
    ("Tác giả: N.V.T - Nguồn: BCDNTM. TV", ["N.V.T"], "BCDNTM. TV"),
    ("Nguồn tin: Sao Khuê", ["Sao Khuê"], None),          # a person under a source label wrote the news
    ("Nguồn tin: Quàng Thị Hoa", ["Quàng Thị Hoa"], None),
    ("Quàng Văn Ngọc - Công chức Văn hóa - Xã hội", ["Quàng Văn Ngọc"], "Công chức Văn hóa - Xã hội"),
    ("Nguồn: https://baodongnai.com.vn/xa-hoi/hoi-nghi.html", [], "https://baodongnai.com.vn/xa-hoi/hoi-nghi.html"),
    ("Theo Báo Đồng Nai", [], "Báo Đồng Nai"),
    ("CTV Minh Lâm (NM)", ["Minh Lâm"], None),
    ("NDH", ["NDH"], None),
    ("Đ.H", ["Đ.H"], None),
    ("M.H", ["M.H"], None),
    ("TẤN HÙNG – MINH NGỌC – VĂN TỐ", ["TẤN HÙNG", "MINH NGỌC", "VĂN TỐ"], None),
    ("Thực hiện: Thu Hà - Minh Quân", ["Thu Hà", "Minh Quân"], None),
    ("Lê Văn Tuấn (Trưởng Ban Tuyên giáo Thị uỷ Hương Thủy)", ["Lê Văn Tuấn"],
     "Trưởng Ban Tuyên giáo Thị uỷ Hương Thủy"),
    ("Tác giả:", [], None),
    ("admin", [], None),
    ("Người đăng tin: quantri", [], None),
    ("Tác giả bài viết: Hữu Anh\nNgười đăng: admin", ["Hữu Anh"], None),
    ("Tác giả: HĐND xã Thanh Điền\nNguồn tin: hdnd.tayninh.gov.vn", [],
     "HĐND xã Thanh Điền; hdnd.tayninh.gov.vn"),
    ("Kim Phượng ./.", ["Kim Phượng"], None),
    # the editorial board's name before the unit that wrote the news: that unit
    ("BBT - Văn phòng HĐND và UBND phường", [], "Văn phòng HĐND và UBND phường"),
    ("BBT", [], "BBT"),
    ("Phòng Văn hóa - Xã hội", [], "Phòng Văn hóa - Xã hội"),
    # a district's radio and television station, by its abbreviation (Truyền thanh - Truyền hình)
    ("Thanh Thuận - Đài TT-TH Thăng Bình", ["Thanh Thuận"], "Đài TT-TH Thăng Bình"),
    ("Hoài Nam - Đài Truyền hình Cần Thơ", ["Hoài Nam"], "Đài Truyền hình Cần Thơ"),
    # ... its radio station as "Đài TT" (truyền thanh); "Đài Trang" alone is a writer's given names
    ("Tin, ảnh: Hữu Nghĩa - Đài TT TP Cao Lãnh", ["Hữu Nghĩa"], "Đài TT TP Cao Lãnh"),
    ("Tin, ảnh: Đài Trang", ["Đài Trang"], None),
    # a commune Party committee's board since 2025 ("Ban Tổ chức" opens captions: "Ban Tổ chức trao giải")
    ("Kiều Linh - Ban Xây dựng Đảng", ["Kiều Linh"], "Ban Xây dựng Đảng"),
    ("", [], None),
    (None, [], None),
])
def test_split_credit(line, authors, unit):
    assert split_credit(line) == (authors, unit)


W, P = "writer", "photographer"


@pytest.mark.parametrize("line, roles", [
    ("Tin: Diễm Huy - Ảnh: Khánh Huy", [("Diễm Huy", W), ("Khánh Huy", P)]),
    ("Tin, ảnh: Lò Hương", [("Lò Hương", W), ("Lò Hương", P)]),
    ("Bài và ảnh: Minh Tâm", [("Minh Tâm", W), ("Minh Tâm", P)]),
    ("Tin và ảnh: Minh Hà, Quốc Tuấn", [("Minh Hà", W), ("Minh Hà", P), ("Quốc Tuấn", W), ("Quốc Tuấn", P)]),
    ("Bài: Thanh Trúc - Ảnh: Gia Bảo", [("Thanh Trúc", W), ("Gia Bảo", P)]),
    ("Tin: Thanh Tâm\nẢnh: Hoàng Phúc", [("Thanh Tâm", W), ("Hoàng Phúc", P)]),
    ("Tin: Minh Hà\nẢnh: Minh Hà", [("Minh Hà", W), ("Minh Hà", P)]),
    ("Thanh Sang - Văn phòng HĐND và UBND", [("Thanh Sang", W)]),   # unlabelled: wrote it
    ("Video: Hải Nam", [("Hải Nam", "video")]),
    ("Tin, ảnh: VHXH", []),                                          # a unit is nobody's credit
    (None, []),
])
def test_credit_roles_keep_writer_and_photographer_apart(line, roles):
    assert [(c["name"], c["role"]) for c in credit_roles(line)] == roles


@pytest.mark.parametrize("line", [
    "Kim Phượng", "GIA HÂN", "X.PHÚ", "NDH", "Đ.H", "BBT", "BBT.", "Ban Biên Tập", "Tin, ảnh: VHXH",
    "Tin, ảnh: Lan Anh", "Tin: A Sáng; Ảnh: B Hòa", "Thanh Sang - Văn phòng HĐND và UBND",
    "Bích Ngọc - Hội Nông dân tỉnh", "Phòng Tư pháp quận Tân Bình- Phòng PBGDPL", "Phan Loan (Núi Voi)",
    "Đỗ Dũng; Trung tâm VH, TT-TT thành phố", "ỦY BAN NHÂN DÂN PHƯỜNG 1", "Tác giả bài viết: Hữu Anh",
    "Nguồn tin: danviet.vn", "Tác giả: N.V.T - Nguồn: BCDNTM. TV", "CTV Minh Lâm (NM)",
    "TẤN HÙNG – MINH NGỌC – VĂN TỐ", "Thực hiện: Thu Hà - Minh Quân", "Ảnh: Lan Anh", "Mai viết Tăng",
    "HĐND xã Thanh Điền", "Theo Báo Đồng Nai", "Quàng Văn Ngọc - Công chức Văn hóa - Xã hội",
])
def test_credit_shapes(line):
    assert looks_like_credit(line)


@pytest.mark.parametrize("line", [
    "Hội nghị kết thúc trong không khí phấn khởi.",
    "Hội nghị thành công tốt đẹp",
    "Đại hội thành công tốt đẹp",
    "Toàn cảnh hội nghị",
    "Các đại biểu dự hội nghị",
    "Trân trọng thông báo",
    "Xin trân trọng cảm ơn!",
    # An official text's closing formula names its issuer but is a sentence.
    "Ủy ban nhân dân xã Mỹ Hòa Hưng trân trọng thông báo./.",
    "UBND phường Tân Định kính mời",
    "Ban Chỉ huy Quân sự xã xin thông báo",
    "Đồng chí Nguyễn Văn An",
    "Ảnh: Ghi nhận tại hội nghị",
    "Hà Nội, ngày 12 tháng 3 năm 2025",
    "Phường 1 tổ chức hội nghị nhân dân",
    "Một số hình ảnh tại hội nghị:",
    "Theo kế hoạch, phường sẽ tổ chức",
    "Tác giả:",
    "Thanh",
    "HẾT",
    "Người đăng tin: Quản trị",
    "Viết bởi Quản trị",
    "Nguyễn Văn An phát biểu tại hội nghị",
    "Hội Nông dân phường tổ chức ra quân vệ sinh môi trường",
    "",
])
def test_content_lines_are_not_credits(line):
    assert not looks_like_credit(line)


def test_a_units_name_holding_a_closing_formulas_word_is_still_a_credit():
    assert looks_like_credit("Bảo Ngọc - Trung tâm Giáo dục nghề nghiệp trọng điểm huyện")
    assert split_credit("Cơ quan trả lời: Phòng Kinh tế xã, ngày 02/10/2025") == ([], "Phòng Kinh tế xã")


def test_units_and_people():
    assert is_unit("Văn phòng HĐND và UBND") and not is_person("Văn phòng HĐND và UBND")
    assert is_person("Văn Phong") and not is_unit("Văn Phong")     # a name, not "Văn phòng"
    assert is_unit("VP HĐND-UBND")
    assert is_unit("Ban CHQS phường") and is_unit("Công an xã") and is_unit("Trạm Y tế phường")
    assert is_unit("Đoàn Thanh niên phường") and is_unit("UBMTTQVN phường")
    assert not is_unit("NGUYỄN THỊ HUYỀN") and is_person("NGUYỄN THỊ HUYỀN")
    assert not is_person("Đồng chí Nguyễn Văn An")
    assert not is_person("Ông Nguyễn Văn An") and not is_person("Cháu Lan") and not is_person("Dong chi Lan")


def test_a_khmer_name_opening_with_chau_is_a_person_not_an_honorific():
    """"Chau" opens Khmer men's names in An Giang and Sóc Trăng; "cháu" (a child, a grandchild) is no byline."""
    assert is_person("Chau Sóc Phia") and is_person("Chau Thị Sa Ra")
    assert read_credit("Chau Sóc Phia - Đài Truyền thanh xã Tân Lợi") == (
        [("Chau Sóc Phia", ("writer",))], ["Đài Truyền thanh xã Tân Lợi"])
    assert not is_person("Văn Hóa Và Thể Thao") and not is_person("Thông tin và Thể thao")


def test_markers():
    assert is_end_marker("./.") and is_end_marker("/.") and is_end_marker(" ./. ")
    assert is_end_marker("- Hết -") and is_end_marker("HẾT")
    assert not is_end_marker("BBT.") and not is_end_marker(".")
    assert is_posting_account("Viết bởi Quản trị") and is_posting_account("Administrator")
    assert not is_posting_account("Kim Phượng")
    assert is_signature_position("KT. CHỦ TỊCH") and is_signature_position("PHÓ CHỦ TỊCH")
    assert not is_signature_position("Kim Phượng")


@pytest.mark.parametrize("line, expected", [
    ("Nguồn tin: Đức Thành - Đài truyền thanh xã", (["Đức Thành"], "Đài truyền thanh xã")),   # a person and a unit
    ("Nguồn: Báo Điện Biên Phủ", ([], "Báo Điện Biên Phủ")),
    ("By Thanh Truc", (["Thanh Truc"], None)),                  # the portals' English pages
    ("Author: Huynh Kim Ngan", (["Huynh Kim Ngan"], None)),
])
def test_a_source_label_may_name_a_person_and_a_unit_and_english_bylines_are_read(line, expected):
    assert split_credit(line) == expected


@pytest.mark.parametrize("line, expected", [
    ("(Bích Ngọc - Báo Lai Châu)", (["Bích Ngọc"], "Báo Lai Châu")),     # the whole credit in brackets
    ("(Theo TTXVN)", ([], "TTXVN")),
    ("theo baosonla.vn", ([], "baosonla.vn")),
    ("[BBT]", ([], "BBT")),
    ("Thái Bình, Hồng Loan và Kim Chi", (["Thái Bình", "Hồng Loan", "Kim Chi"], None)),
    ("Nhóm PV Trung tâm Văn hóa - Thông tin và Thể thao phường Long Xuyên",
     ([], "Trung tâm Văn hóa - Thông tin và Thể thao phường Long Xuyên")),
    ("Văn Hóa Và Thể Thao", ([], "Văn Hóa Và Thể Thao")),               # "và" inside a unit's name
])
def test_bracketed_credits_teams_and_people_joined_by_va(line, expected):
    assert split_credit(line) == expected
    assert looks_like_credit(line, aligned_right=True) or not expected[0] and expected[1] == "Văn Hóa Và Thể Thao"


def test_a_long_bracketed_unit_after_two_names_is_a_credit():
    line = "Nguyễn Hữu Phước và Đặng Thị Thu Hà (Trung tâm Văn hóa - Thông tin và Thể thao phường)"
    assert looks_like_credit(line, aligned_right=True)
    assert split_credit(line) == (["Nguyễn Hữu Phước", "Đặng Thị Thu Hà"], "Trung tâm Văn hóa - Thông tin và Thể thao phường")


@pytest.mark.parametrize("line, expected", [
    ("PV", ([], None)),                                   # "a reporter": the newsroom, nobody named
    ("P.V", ([], None)),
    ("Tin: PV", ([], None)),
    ("PV - Văn phòng UBND phường", ([], "Văn phòng UBND phường")),
    ("Minh Anh - PV", (["Minh Anh"], None)),
])
def test_an_unnamed_reporter_is_no_author(line, expected):
    assert split_credit(line) == expected
    assert looks_like_credit(line, aligned_right=True)


@pytest.mark.parametrize("line, expected", [
    ("Nguyễn Phương Linh - Phòng Kinh tế, Hạ tầng và Đô thị", (["Nguyễn Phương Linh"], "Phòng Kinh tế, Hạ tầng và Đô thị")),
    ("Lan Phương - VP. HĐND - UBND phường", (["Lan Phương"], "VP. HĐND - UBND phường")),
    ("Trần Thị Hằng - Trường TH Nghi Phú 1", (["Trần Thị Hằng"], "Trường TH Nghi Phú 1")),
])
def test_a_comma_in_a_units_name_and_an_abbreviation_before_a_stop_keep_the_credit(line, expected):
    assert looks_like_credit(line) or looks_like_credit(line, aligned_right=True)
    assert split_credit(line) == expected


def test_a_stop_after_a_word_is_still_a_sentence():
    assert not looks_like_credit("Hội nghị kết thúc. Lan Phương")


def test_a_sentence_opening_with_an_office_is_no_signature_and_hides_no_credit():
    from ward_scraper.extract.credits import is_signature_position
    assert is_signature_position("PHÓ CHỦ TỊCH") and is_signature_position("KT. CHỦ TỊCH")
    assert not is_signature_position("Chủ tịch UBND phường yêu cầu các bộ phận theo dõi, đôn đốc việc thực hiện "
                                     "các kết luận tại buổi tiếp công dân.")


def test_a_unit_named_by_its_place_after_a_name():
    assert split_credit("Hoàng Giang - Xã Hưng Đạo") == (["Hoàng Giang"], "Xã Hưng Đạo")
    assert split_credit("Phường 8") == ([], "Phường 8")


@pytest.mark.parametrize("line, expected, roles", [
    ("Hồng Nhung (theo baosonla.vn)", (["Hồng Nhung"], "baosonla.vn"), None),     # the source without "theo"
    ("Mai Lan (tổng hợp)", (["Mai Lan"], None), None),                            # how it was made, no unit
    ("Bài: Lường Thị Hoa - Dịch tiếng Thái: Lò Văn Sơn", (["Lường Thị Hoa"], None),
     [{"name": "Lường Thị Hoa", "role": "writer"}, {"name": "Lò Văn Sơn", "role": "translator"}]),
])
def test_a_bracket_says_the_source_or_how_the_text_was_made_and_a_translator_is_no_author(line, expected, roles):
    assert split_credit(line) == expected
    assert roles is None or credit_roles(line) == roles


@pytest.mark.parametrize("line", ["Ảnh và bài: Trương Quang Vũ", "Ảnh, tin: Trương Quang Vũ"])
def test_a_photo_story_s_credit_names_its_photographer_first(line):
    assert split_credit(line) == (["Trương Quang Vũ"], None)
    assert [entry["role"] for entry in credit_roles(line)] == ["writer", "photographer"]
