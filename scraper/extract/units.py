"""Issuing units and offices: one canonical name per unit, the written form kept beside it.

The same office is written many ways ("Văn phòng HĐND và UBND", "Văn phòng HĐND & UBND
phường", "VP HĐND-UBND"; "Ủy ban MTTQ Việt Nam xã", "UBMTTQVN xã"). `canonical_unit`
rewrites a unit name into one form: abbreviations expanded from the table below,
"&" / "-" between two organs read as "và", old-style tone marks ("Uỷ") in the new
style, and a bare "phường"/"xã" completed with the article's ward. `position_key`
gives the comparison key of a position the same way (docs/officials.md).
"""
from __future__ import annotations

import re

from ward_scraper.util.text import fold, squash

# Abbreviations of organs and titles, as ward news writes them. Longest first
# where one is the start of another (UBMTTQVN before UBMTTQ). Expansions are in
# the case a unit name takes ("Ủy ban nhân dân"); comparison keys fold case.
ABBREVIATIONS = {
    "UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân",
    "UBMTTQVN": "Ủy ban Mặt trận Tổ quốc Việt Nam", "UBMTTQ": "Ủy ban Mặt trận Tổ quốc",
    "MTTQVN": "Mặt trận Tổ quốc Việt Nam", "MTTQ": "Mặt trận Tổ quốc",
    "LHPN": "Liên hiệp Phụ nữ", "HLHPN": "Hội Liên hiệp Phụ nữ", "HPN": "Hội Phụ nữ",
    "CHQS": "Chỉ huy quân sự", "BCHQS": "Ban Chỉ huy quân sự", "NVQS": "nghĩa vụ quân sự",
    "HĐNVQS": "Hội đồng nghĩa vụ quân sự", "CCB": "Cựu chiến binh", "HCCB": "Hội Cựu chiến binh",
    "ĐTN": "Đoàn Thanh niên", "ĐTNCS": "Đoàn Thanh niên Cộng sản", "TNCS": "Thanh niên Cộng sản",
    "NTM": "nông thôn mới", "BCĐ": "Ban Chỉ đạo", "BQL": "Ban quản lý", "TDP": "tổ dân phố",
    "VP": "Văn phòng", "KT-HT-ĐT": "Kinh tế, Hạ tầng và Đô thị", "VH-XH": "Văn hóa - Xã hội",
    "VHXH": "Văn hóa - Xã hội", "TTYT": "Trung tâm Y tế", "TYT": "Trạm Y tế", "CAND": "Công an nhân dân",
    "BTV": "Ban Thường vụ", "BCH": "Ban Chấp hành", "UBKT": "Ủy ban Kiểm tra", "HTX": "Hợp tác xã",
    "TTPVHCC": "Trung tâm Phục vụ hành chính công", "PVHCC": "Phục vụ hành chính công",
    "HCC": "hành chính công", "BBT": "Ban Biên tập", "VH, TT-TT": "Văn hóa - Thông tin và Thể thao",
    "VH-TT-TT": "Văn hóa - Thông tin và Thể thao", "VHTTTT": "Văn hóa - Thông tin và Thể thao",
    "TT-TH": "Truyền thanh - Truyền hình", "TTTH": "Truyền thanh - Truyền hình",
    # Titles (a position's head), written in the abbreviated credit-line style.
    "UVBTV": "Ủy viên Ban Thường vụ", "UVTV": "Ủy viên Thường vụ", "UVBCH": "Ủy viên Ban Chấp hành",
    "PBT": "Phó Bí thư", "BT": "Bí thư", "PCT": "Phó Chủ tịch", "CT": "Chủ tịch",
    "TUV": "Tỉnh ủy viên", "HUV": "Huyện ủy viên", "ĐUV": "Đảng ủy viên",
    "PGĐ": "Phó Giám đốc", "GĐ": "Giám đốc", "TP": "Trưởng phòng", "PTP": "Phó Trưởng phòng",
}
# Titles only expand as a whole word of a position; in a unit "CT" or "TP" may be other things.
TITLE_ABBREVIATIONS = frozenset({"UVBTV", "UVTV", "UVBCH", "PBT", "BT", "PCT", "CT", "TUV", "HUV", "ĐUV",
                                 "PGĐ", "GĐ", "TP", "PTP"})
# Names a ward's centre of culture goes by: "Văn hóa & Thể thao", "Văn hóa, Thông tin và Thể
# thao", "Văn hóa – Thông tin – Thể thao" are the one centre of each ward.
_CULTURE_CENTRE = re.compile(r"Trung tâm Văn hóa(?:\s*(?:[-–,&]|và)\s*Thông tin)?\s*(?:[-–,&]|và)\s*Thể thao", re.I)
_ABBREVIATION = re.compile(r"(?<!\w)(" + "|".join(
    sorted((re.escape(a) for a in ABBREVIATIONS), key=len, reverse=True)) + r")(?!\w)")
# Old tone placement ("Uỷ", "hoá") and the new ("Ủy", "hóa"): one spelling.
_TONE_STYLE = (("uỷ", "ủy"), ("uý", "úy"), ("uỳ", "ùy"), ("uỵ", "ụy"), ("Uỷ", "Ủy"), ("Uý", "Úy"),
               ("oà", "òa"), ("oá", "óa"), ("oả", "ỏa"), ("oã", "õa"), ("oạ", "ọa"))
# "HĐND & UBND", "HĐND-UBND", "HĐND, UBND": two organs of one office, joined by "và".
_ORGAN_JOIN = re.compile(r"(Hội đồng nhân dân|Đảng ủy)\s*(?:&|-|–|,|\bvà\b)\s*(Ủy ban nhân dân|Hội đồng nhân dân)")
# Levels: a bare "phường"/"xã" (not followed by a capitalised name) means the article's ward.
# ("xã hội", society, is not a commune.)
_WARD_LEVEL = re.compile(r"\b(phường|xã|thị trấn)\b(?!\s+(?:[A-ZĐÂĂÊÔƠƯ0-9]|\S*\d|hội\b|Hội\b))", re.I)
_ANY_LEVEL = re.compile(r"\b(?:phường|xã|thị trấn|huyện|quận|tỉnh|thành phố)\b(?!\s+[hH]ội\b)", re.I)
# The words a site's or an office's name is built from, folded as `match_key` folds them: the
# offices heading a unit, and the levels of units. (Not "xã hội hóa …", "xã hội chủ nghĩa":
# society, no commune.)
OFFICE_KEY = r"(?:uy ban (?:nhan dan|mttq|mat tran to quoc)|ubnd|hdnd|hoi dong nhan dan|dang uy|mttq)"
WARD_LEVEL_KEY = r"(?:xa(?! hoi (?:hoa|chu nghia)\b)|phuong|thi tran|dac khu)"
UPPER_LEVEL_KEY = r"(?:thi xa|huyen|quan|thanh pho|tp|tinh)"
# A unit's name, perhaps under its office's, folded: "huyen yen son", "ubnd xa binh chau",
# "uy ban mttq viet nam thanh pho da nang" (the group `office` holds the office's part).
UNIT_NAME_KEY = re.compile(rf"^(?P<office>{OFFICE_KEY}(?: viet nam)? )?(?:{WARD_LEVEL_KEY}|{UPPER_LEVEL_KEY})"
                           r"(?: [a-z0-9]+){1,4}$")
# The provinces and centrally governed cities by name alone, the 63 before
# 1 July 2025 (older pages name them) with today's 34 among them: a `<title>`
# part naming one ("Xã Nghi Phong - Huyện Nghi Lộc - Nghệ An") names the site.
PROVINCE_NAMES = (
    "An Giang", "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre", "Bình Dương",
    "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Cần Thơ", "Đà Nẵng", "Đắk Lắk", "Đắk Nông",
    "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương",
    "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hồ Chí Minh", "Huế", "Thừa Thiên Huế", "Hưng Yên", "Khánh Hòa",
    "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An",
    "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh",
    "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Tiền Giang",
    "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
)
# Unit words whose canonical name is the province's when no place follows.
_PROVINCE_LEVEL = re.compile(r"^(?:tỉnh ủy|thành ủy)$|\b(?:tỉnh|thành phố)$", re.I)


def new_tone_style(text: str) -> str:
    """"Uỷ ban", "Thuỷ", "hoà" -> "Ủy ban", "Thủy", "hòa": only where the old mark ends a
    syllable ("Huỳnh", "đoàn" are already written in the one style)."""
    for old, new in _TONE_STYLE:
        text = re.sub(old + r"(?!\w)", new, text)
    return text


def expand_abbreviations(text: str, *, titles: bool = True) -> str:
    """Abbreviations replaced by their full form ("PCT UBND xã" -> "Phó Chủ tịch Ủy ban nhân dân xã")."""
    def expand(match: re.Match) -> str:
        word = match.group(1)
        if word in TITLE_ABBREVIATIONS and not titles:
            return word
        return ABBREVIATIONS[word]
    text = _ABBREVIATION.sub(expand, text)
    # "Ủy ban MTTQ Việt Nam" and "Ủy ban Mặt trận Tổ quốc Việt Nam" were both written; so was
    # "Ủy ban Ủy ban Mặt trận" when "Ủy ban UBMTTQ" is expanded.
    return re.sub(r"\b(Ủy ban) Ủy ban\b", r"\1", text, flags=re.I)


def resolve_ward(text: str, ward: str | None) -> str:
    """A bare "phường"/"xã" completed with the ward's name: with ward "Phường Tân Định",
    "Chủ tịch UBND phường" -> "Chủ tịch UBND phường Tân Định". A name that follows stays."""
    if not ward:
        return text
    level, _, name = squash(ward).partition(" ")
    if not name:
        return text
    return _WARD_LEVEL.sub(lambda m: f"{m.group(1)} {name}" if fold(m.group(1)) == fold(level) else m.group(1),
                           text)


def canonical_unit(written: str | None, ward: str | None = None) -> str | None:
    """One name per unit: "VP HĐND-UBND" and "Văn phòng HĐND & UBND phường" both give
    "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường <ward>" (with `ward`)."""
    text = squash(written)
    if not text:
        return None
    text = new_tone_style(text)
    text = re.sub(r"\bVP\.\s*", "VP ", text)
    text = _sentence_case(text, ward) if text.isupper() else text
    text = expand_abbreviations(text, titles=False)
    text = _ORGAN_JOIN.sub(r"\1 và \2", text)
    text = _CULTURE_CENTRE.sub("Trung tâm Văn hóa - Thông tin và Thể thao", text)
    text = resolve_ward(text, ward)
    if ward and not _ANY_LEVEL.search(text) \
            and _is_ward_organ(text):
        text = f"{text} {squash(ward)[0].lower()}{squash(ward)[1:]}"
    text = re.sub(r"\s+", " ", text).strip(" ,;.")
    return text[:1].upper() + text[1:]


def _sentence_case(text: str, ward: str | None) -> str:
    """An ALL-CAPS signature ("ỦY BAN NHÂN DÂN PHƯỜNG NAM ĐỒNG") in the case a name is
    written in: first letter and the ward's own name capitalised, abbreviations kept."""
    words = [word if _is_abbreviation(word) else word.lower() for word in text.split()]
    if all(_is_abbreviation(word) for word in text.split()):
        return text     # "VP HĐND-UBND": abbreviations only, expanded next
    lowered = " ".join(words)
    lowered = lowered[:1].upper() + lowered[1:]
    name = squash(ward).partition(" ")[2] if ward else ""
    if name and name.lower() in lowered:
        lowered = lowered.replace(name.lower(), name)
    return lowered


def _is_abbreviation(word: str) -> bool:
    """"UBND", "HĐND-UBND", "VH," (parts of the table joined by "-", "&", "/", ",")."""
    parts = [part for part in re.split(r"[-–&/,.]", word) if part]
    return bool(parts) and all(part in ABBREVIATIONS or part.isdigit() for part in parts)


_WARD_ORGANS = re.compile(r"^(?:Văn phòng|Ủy ban|Hội đồng nhân dân|Đảng ủy|Công an|Ban |Trạm Y tế|"
                          r"Mặt trận|Hội |Đoàn Thanh niên|Phòng |Trung tâm)", re.I)


def _is_ward_organ(text: str) -> bool:
    """An organ every ward has ("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân"), named
    without its ward: the ward it belongs to is the article's."""
    return bool(_WARD_ORGANS.match(text))


def comparison_key(text: str | None, ward: str | None = None) -> str:
    """The key two spellings of one position or unit share: canonical form, case and
    punctuation folded (diacritics kept: "Bí thư" and "Bì thu" differ)."""
    text = canonical_unit(text, ward) or ""
    text = expand_abbreviations(text)
    text = re.sub(r"\bViệt Nam\b", "", text) if re.search(r"Mặt trận Tổ quốc", text) else text
    return re.sub(r"[\W_]+", " ", text.lower()).strip()
