"""Officials named in ward news: each person with the positions the text gives them.

Conference reports name officials in a few fixed shapes (docs/officials.md):

  * name, then positions: "đồng chí Đào Đại Giang – Phó Bí thư Đảng ủy, Chủ tịch UBND
    phường"; "ông Lò Văn Hặc, Bí thư Đảng ủy xã"; "Võ Minh Thành, Bí thư Đảng ủy phường;
    Nguyễn Hoàng Phúc, ..." (lists after "các đồng chí:");
  * positions, then name: "Chủ tịch UBND xã Trần Văn Bình cho biết", "Trưởng bản Co Mỵ,
    ông Lường Văn Ỏi", "Bí thư Chi bộ kiêm Trưởng thôn Tân Hòa Lê Văn Quý".

Rules, not a statistical model: the shapes are few and regular, and a rule that errs can
be read and fixed. A name is a run of capitalised syllables after an honorific (đồng chí,
đ/c, ông, bà, a military rank) or starting with a Vietnamese surname; a position starts
with a title ("Phó Chủ tịch", "Bí thư", "Trưởng", "UVBTV", ...) and runs until a
separator or a word that starts the sentence's verb ("cho biết", "dẫn đầu", "cùng").
Honorifics are dropped; positions are kept as written; the unit a person's first
position belongs to is given in its canonical form (ward_scraper.extract.units).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ward_scraper.extract import units
from ward_scraper.util.text import fold, squash

# ---- vocabulary -------------------------------------------------------------

# Surnames (Kinh and the ethnic minorities of ward news): a capitalised run that
# starts with one can be a name even without an honorific.
SURNAMES = frozenset("""
Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Vương Trịnh Đinh
Lâm Phùng Mai Tô Trương Tạ Hà Lương Lưu Cao Chu Thái Châu Quách Kiều Lại Tăng Từ Triệu Âu Doãn Đàm
Khúc Khổng La Lã Lạc Mạc Nghiêm Nông Quan Tôn Thân Thạch Tống Vi Bế Hứa Lục Lò Quàng Cầm Lường
Giàng Sùng Thào Vàng Tẩn Lù Hầu Mùa Ma Điểu Danh Kim Diệp Hàn Phí Giáp Bạch Thiều Chế Cù Nhữ Đồng
Tiêu Viên Khương Mẫn Bàn Chẩu Sầm Ksor Siu Rmah Nay Rơ Kpă Y H' K' Đàng Chamaléa Lăng Mông Hứa
Nhâm Ninh Phó Phí Tòng Lữ Lang Lục Bạc Vừ Mùa Chảo Hờ Lầu Sình Thèn Hoàng Quản Khuất Văn Cà
Dư Đậu Hoàng Mã Trình Lộc Trịnh Hàm Ứng Yên Lý Tiết Âu Dương Vàng Lỗ Mạch Nông
""".split())
# A capitalised word that cannot be a syllable of a name (the start of a title or organ).
_NOT_NAME_WORDS = frozenset("""
Bí Chủ Phó Trưởng Ủy Uỷ Giám Chánh Tổ Hiệu Đảng Hội Ban Chi Công Tỉnh Huyện Quận Phường Xã Thôn Bản
Ấp Khu Sở Phòng Văn Trạm Trường Đoàn Mặt Liên Cựu Thường Đồng Ông Bà Anh Chị Đại Thượng Trung Thiếu
Đ/c Tại Theo Trong Ngày Sáng Chiều Tối Đêm Tháng Kết Phát Dự Tham Cùng Với Được Sau Trước
Lãnh Cán Người Các Những
""".split()) - {"Văn", "Phó", "Đồng", "Ông", "Đoàn", "Mai", "Trung", "Chu"}
# Honorifics and ranks before a name; dropped. Case-insensitive at the start of a word.
_HONORIFIC = (r"đồng\s+chí|đ/c|Đ/C|ông|bà|anh|chị|cô|thầy|cụ|"
              r"(?:đại|thượng|trung|thiếu)\s+(?:tướng|tá|úy|uý)|(?:Thiếu|Trung|Thượng|Đại)\s+(?:tướng|tá|úy|uý)|"
              r"bác\s+sĩ|BS\.?|Ths\.?|TS\.?|nhà\s+báo")

# Titles that start a position, longest first within a family. Matched ignoring case
# at a word start; "phó Chủ tịch" in a sample is written in lower case.
_TITLES = r"""
phó\s+bí\s+thư\s+thường\s+trực | phó\s+bí\s+thư | bí\s+thư |
phó\s+chủ\s+tịch\s+thường\s+trực | phó\s+chủ\s+tịch | chủ\s+tịch |
phó\s+chủ\s+nhiệm | chủ\s+nhiệm | phó\s+giám\s+đốc | giám\s+đốc |
phó\s+chánh\s+văn\s+phòng | chánh\s+văn\s+phòng | chánh\s+thanh\s+tra | chánh\s+án |
phó\s+chỉ\s+huy\s+trưởng | chỉ\s+huy\s+trưởng | chính\s+trị\s+viên(?:\s+phó)? |
phó\s+hiệu\s+trưởng | hiệu\s+trưởng | phó\s+trưởng | tổ\s+trưởng | tổ\s+phó | đội\s+trưởng | đội\s+phó |
phó\s+trạm\s+trưởng | trạm\s+trưởng | chi\s+hội\s+trưởng | hiệu\s+phó | phó\s+thủ\s+tướng | thủ\s+tướng |
bộ\s+trưởng | thứ\s+trưởng | trưởng | phó\s+ban | phó\s+phòng | công\s+chức |
ủy\s+viên | uỷ\s+viên | thành\s+ủy\s+viên | tỉnh\s+ủy\s+viên | huyện\s+ủy\s+viên | đảng\s+ủy\s+viên |
thành\s+uỷ\s+viên | tỉnh\s+uỷ\s+viên | huyện\s+uỷ\s+viên | đảng\s+uỷ\s+viên |
đại\s+biểu\s+(?:Quốc\s+hội|HĐND|Hội\s+đồng\s+nhân\s+dân) | thư\s+ký | kế\s+toán\s+trưởng |
UVBTV | UVTV | UVBCH | UVUBKT | PBT | BT | PCT | CT | TUV | HUV | ĐUV | PGĐ | GĐ | PTP | TP
"""
# "nguyên Bí thư" (former): kept in the position as written.
_TITLE = re.compile(r"(?:(?<=^)|(?<=[\s(\"“]))(?:nguyên\s+)?(?:" + _TITLES + r")(?![\w])", re.I | re.X)
_TITLE_ABBREVIATIONS = re.compile(r"^(?:UVBTV|UVTV|UVBCH|UVUBKT|TUV|HUV|ĐUV)$")
# A title's upper-case abbreviations are only titles in upper case ("BT", not "bt").
_CASE_SENSITIVE_TITLES = frozenset({"bt", "ct", "tp", "pbt", "pct", "ptp", "gđ", "pgđ"})

# Words (lower case) that end a position: the sentence's verb or a new clause starts.
_STOP_PHRASES = re.compile(r"""(?:^|\s)(?:
cho\s+biết | dẫn\s+đầu | báo\s+cáo | phát\s+biểu | chủ\s+trì | đề\s+nghị | chia\s+sẻ | nhấn\s+mạnh |
kết\s+luận | thông\s+tin | bày\s+tỏ | yêu\s+cầu | ghi\s+nhận | đại\s+diện | lãnh\s+đạo | khẳng\s+định |
trình\s+bày | giới\s+thiệu | tham\s+dự | tham\s+gia | trao\s+đổi | đánh\s+giá | quán\s+triệt | tặng\s+quà |
khai\s+mạc | bế\s+mạc | điều\s+hành | trực\s+tiếp | nhiệm\s+kỳ | kiến\s+nghị | đồng\s+chủ\s+trì |
đồng\s+chí | nói | dự | cùng | đã | sẽ | được | đang | có | với | tại | trong | khi |
để | là | thì | mà | các | những | nêu | trao | tặng | đến | từ | cũng | vừa | luôn | gửi | đọc | mong |
cảm\s+ơn | thăm | kiểm\s+tra\s+(?:việc|công|tại|thực) | và(?=\s+[a-zđàáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ])
)(?=[\s:,.;!?]|$)""", re.X)
# Separators between positions of one person (and, at ";", between people).
_POSITION_SEPARATOR = re.compile(r"\s*,\s*|\s+[-–—]\s+|\s+kiêm\s+|\s+giữ\s+chức(?:\s+vụ)?\s+|\s*\(\s*|\s*\)\s*")
# Upper-case Latin letters with Vietnamese marks: Unicode interleaves upper and lower
# case in these blocks, so a range such as "À-Ỹ" would let "ầ" start a name.
_UPPER = "".join(ch for block in ((0x41, 0x5B), (0xC0, 0x250), (0x1E00, 0x1F00))
                 for ch in map(chr, range(*block)) if ch.isupper())
# "K' Brêu", "H' Hen": the apostrophe prefix first, or "K" alone would end the name.
_NAME_WORD = r"(?:[KH]['’](?=\s)|[" + _UPPER + r"]\w*)"


@dataclass
class Mention:
    """One person named in one sentence, with the positions the sentence gives them."""
    name: str
    positions: list[str]            # as written
    unit: str | None                # the unit of the first position that names one (canonical)
    sentence: str                   # the evidence
    start: int = field(default=0, repr=False)   # offset of the name in the text


# ---- sentences --------------------------------------------------------------

def sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) of each sentence: lines split at a full stop before a capital
    (not after a one-letter initial such as "P. Thành" or "TP.")."""
    found = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        for piece in re.split(r"(?<=[^\s.]{3}[.!?])\s+(?=[" + _UPPER + r"\"“-])", line.group()):
            offset = text.index(piece, start) if piece else start
            if piece.strip():
                found.append((offset, piece))
            start = offset + len(piece)
    return found


# ---- names ------------------------------------------------------------------

_CAPITAL_RUN = re.compile(_NAME_WORD + r"(?:\s+" + _NAME_WORD + r")*")


def _honorific_regex() -> re.Pattern:
    """Honorifics match in any case at a word start ("Đồng chí", "đồng chí", "ĐỒNG CHÍ")."""
    return re.compile(r"(?:(?<=^)|(?<=[\s(:;,\-–\"“]))(?i:" + _HONORIFIC + r")\s*:?\s+(?P<name>"
                      + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){0,4})")


_AFTER_HONORIFIC = _honorific_regex()


def _trim_name(words: list[str]) -> list[str]:
    """The name part of a capitalised run: it stops at a word that starts a title or organ."""
    kept: list[str] = []
    for index, word in enumerate(words):
        if index and (word in _NOT_NAME_WORDS and word not in SURNAMES) and not _is_given_name(word):
            break
        if word.isupper() and len(word) > 1 and not word.endswith(("'", "’")):
            break       # "UBND", "UVBTV": an abbreviation, never a syllable of a name
        kept.append(word)
    return kept[:5]


def _is_given_name(word: str) -> bool:
    """Syllables that are both an organ's word and a common given name."""
    return word in {"Văn", "Trung", "Thành", "Công", "Đại", "Thường", "Hiệu", "Phong", "Hội", "Anh", "Chi",
                    "Đoàn", "Tổ", "Bản", "Liên", "Khu", "Nhân"}


def _looks_like_name(words: list[str]) -> bool:
    if not 2 <= len(words) <= 5 and not (len(words) == 2 and words[0] in ("K'", "H'", "K’", "H’")):
        return False
    return all(word[:1].isupper() for word in words) and words[0] not in _NOT_NAME_WORDS


def _surname_name(run: str) -> tuple[int, str] | None:
    """(offset in run, name) of a bare name at the end of a capitalised run: the first
    syllable that is a surname and leaves a 2-4 syllable name. "Tân Hòa Lê Văn Quý" ->
    "Lê Văn Quý" (after a place), "Trần Văn Bình" -> itself."""
    words = list(re.finditer(r"\S+", run))
    # Only the last four syllables can hold the name (a run may be a page of capitals).
    for index, word in enumerate(words[-4:], start=max(0, len(words) - 4)):
        rest = [w.group() for w in words[index:]]
        if word.group() in SURNAMES and 2 <= len(rest) <= 4 and _looks_like_name(_trim_name(rest)) \
                and len(_trim_name(rest)) == len(rest):
            return word.start(), " ".join(rest)
    return None


# ---- positions --------------------------------------------------------------

def _title_at_start(text: str) -> re.Match | None:
    match = _TITLE.match(text)
    if not match:
        return None
    if fold(match.group()).replace(" ", "") in _CASE_SENSITIVE_TITLES and not match.group().isupper():
        return None
    if match.group()[:1].islower() and fold(match.group()) in ("truong", "thu ky"):
        return None     # "trưởng" in lower case is rarely a title at a piece start
    return match


# A level word ends a position, with the place's name or number after it; a lower-case
# word after that is the sentence going on ("Chủ tịch UBND phường ôn lại truyền thống").
_LEVEL_THEN_LOWER = re.compile(r"\b(?:phường|xã|thị trấn|thị xã|huyện|quận|tỉnh|thành phố|thôn|bản|ấp|khóm|khu phố|"
                               r"tổ dân phố)(?:\s+(?:[" + _UPPER + r"]\S*|\d\S*))*(?=\s+[^\W\d_" + _UPPER + r"])")


def _cut_at_stop(piece: str) -> tuple[str, bool]:
    """The position part of a piece, and whether the piece went on past it (the list ends)."""
    ends = [match.start() for match in [_STOP_PHRASES.search(piece)] if match]
    ends += [match.end() for match in [_LEVEL_THEN_LOWER.search(piece)] if match]
    cut = piece[:min(ends)] if ends else piece
    return cut.strip(" .:;\"“”"), bool(ends)


def _split_joined_titles(position: str) -> list[str]:
    """"UVBTV phó Chủ tịch UBND phường" -> ["UVBTV", "phó Chủ tịch UBND phường"]: a
    membership abbreviation written straight before the next title."""
    first, _, rest = position.partition(" ")
    if _TITLE_ABBREVIATIONS.match(first) and rest and _title_at_start(rest):
        return [first] + _split_joined_titles(rest)
    return [position]


def positions_after(text: str) -> tuple[list[str], int]:
    """Positions at the start of `text` (what follows a name and its separator), and how
    many characters they took. Pieces are split at ",", " – ", "kiêm"; a piece that does
    not start with a title continues the previous position ("Trưởng phòng Kinh tế, Hạ
    tầng và Đô thị") when it is short and has no verb; ";" ends the person's list."""
    positions: list[str] = []
    segment = re.split(r";|\.\s|\.$|\n", text, maxsplit=1)[0]
    consumed = 0    # where the last position read ends
    for piece, start, _ in _iter_pieces(segment):
        if _AFTER_HONORIFIC.match(piece) or re.match(r"(?i:" + _HONORIFIC + r")\s", piece):
            break       # the next person of a list
        cut, stopped = _cut_at_stop(piece)
        joiner = segment[consumed:start]
        if _title_at_start(piece) and cut:
            positions.extend(_split_joined_titles(cut))
        elif positions and cut and (_continues(cut) or _continues_after_dash(cut, joiner)):
            positions[-1] = positions[-1] + joiner + cut
        else:
            break
        consumed = start + len(cut)
        if stopped or cut != piece.strip(" .:\"“”"):
            break
    return [p.strip() for p in positions if p.strip()], consumed


def _iter_pieces(segment: str):
    """(piece, start, end) of a segment split at position separators."""
    start = 0
    for sep in _POSITION_SEPARATOR.finditer(segment):
        if sep.start() == 0 and start == 0:
            start = sep.end()
            continue
        yield segment[start:sep.start()], start, sep.start()
        start = sep.end()
    if segment[start:].strip():
        yield segment[start:], start, len(segment)


def _continues(cut: str) -> bool:
    """A comma inside one position: "Kinh tế, Hạ tầng và Đô thị phường", "nhà tạm, nhà
    dột nát xã". Not a name, not a new clause, and not longer than a title's tail."""
    words = cut.split()
    if not words or len(words) > 8 or re.search(r"\d", cut):
        return False
    if _surname_name(cut) and _surname_name(cut)[0] == 0:
        return False
    return bool(re.search(r"\b(?:phường|xã|thị trấn|huyện|tỉnh|thành phố|thôn|bản|ấp|khu phố)\s*$", cut, re.I)) \
        or (words[0][:1].isupper() and " và " in f" {cut} ")


def _continues_after_dash(cut: str, joiner: str) -> bool:
    """A dash inside a unit's name: "Trưởng phòng Văn hóa - Xã hội", "Kinh tế - Hạ tầng"."""
    words = cut.split()
    return bool(re.fullmatch(r"\s+[-–]\s+", joiner)) and 0 < len(words) <= 5 and words[0][:1].isupper() \
        and not _title_at_start(cut) and not (_surname_name(cut) and _surname_name(cut)[0] == 0) \
        and not re.search(r"\d", cut)


def positions_before(text: str, ward: str | None = None) -> list[str]:
    """Positions written straight before a name: the end of `text` (what precedes the
    name, honorific removed) from the first title that runs, through position words only,
    to the end. "Tại hội nghị, Bí thư Chi bộ kiêm Trưởng thôn Tân Hòa" ->
    ["Bí thư Chi bộ", "Trưởng thôn Tân Hòa"]."""
    ward_name = squash(ward).partition(" ")[2] if ward else ""
    if ward_name:   # "phường Lâm Viên - Đà Lạt": the ward's dash is not a separator
        text = text.replace(ward_name, ward_name.replace(" - ", "\u2010").replace(" – ", "\u2011"))
    text = re.sub(r"(?:\s*(?:đối với|của|là)?\s*(?i:" + _HONORIFIC + r"))?\s*$", "", text)
    trimmed = text.rstrip(" ,–-")
    clause = re.split(r"[;:.!?\n]|,\s(?=[a-zđ])", trimmed)[-1]
    for title in _TITLE.finditer(clause):
        if not _title_at_start(clause[title.start():]):
            continue
        tail = clause[title.start():].strip()
        if _STOP_PHRASES.search(tail) or not tail:
            continue
        pieces = [p for p in re.split(r"\s+kiêm\s+|\s+[-–]\s+(?=\S+\s)|,\s+", tail) if p.strip()]
        if all(_title_at_start(p) for p in pieces):
            found = [p.strip() for piece in pieces for p in _split_joined_titles(piece.strip())]
            return [p.replace("\u2010", " - ").replace("\u2011", " – ") for p in found]
    return []


# ---- units ------------------------------------------------------------------

_PARTY_COMMITTEE = re.compile(r"(?:Đảng|Tỉnh|Thành|Huyện|Quận|Thị)\s+[ủu][ỷy](?:\s+(?:phường|xã|thị trấn)"
                              r"(?:\s+" + _NAME_WORD + r")*)?$")
_MEMBER_TITLE = re.compile(r"^(?:Thành|Tỉnh|Huyện|Đảng|Quận)\s+[ủu][ỷy]\s+viên$", re.I)
_SUB_WARD = re.compile(r"^(?:thôn|bản|ấp|khóm|khu phố|tổ dân phố|tổ bầu cử|khu dân cư|tdp)\b", re.I)
_PROVINCIAL = re.compile(r"^(?:Sở|Tỉnh ủy|Thành ủy|Tỉnh uỷ|Thành uỷ)\b|\b(?:tỉnh|Tỉnh|thành phố|Thành phố)$")


def unit_of(position: str, ward: str | None = None, province: str | None = None) -> str | None:
    """The unit a position belongs to, canonical: "Bí thư Đảng ủy phường" -> "Đảng ủy phường
    Tân Định"; "Tỉnh ủy viên" -> "Tỉnh ủy Lạng Sơn"; "Trưởng thôn Tân Hòa" -> "Thôn Tân
    Hòa, xã Gia Hanh"; a bare "Phó Bí thư" -> the ward's Party committee."""
    position = units.new_tone_style(squash(position))
    if _MEMBER_TITLE.match(position):
        return _provincial(position.rsplit(" ", 1)[0], province)
    expanded = units.expand_abbreviations(position)
    rest = expanded
    while True:
        title = _title_at_start(rest)
        if not title:
            break
        rest = rest[title.end():].strip()
    rest = re.sub(r"^(?:Ban Thường vụ|Thường trực|thường trực)\s*", "", rest)
    if not rest:
        return units.canonical_unit("Đảng ủy", ward) if re.search(r"Bí thư|Ban Thường vụ", expanded) else None
    committee = _PARTY_COMMITTEE.search(rest)
    if committee and committee.start() > 0:
        rest = committee.group()
    rest = re.sub(r"^Đoàn (?=phường|xã)", "Đoàn Thanh niên ", rest)
    if _SUB_WARD.match(rest):
        return f"{rest[:1].upper()}{rest[1:]}, {squash(ward)[0].lower()}{squash(ward)[1:]}" if ward else rest
    if _PROVINCIAL.search(rest):
        return _provincial(rest, province)
    return units.canonical_unit(rest, ward)


def _provincial(unit: str, province: str | None) -> str:
    """A provincial organ named without its province ("Tỉnh ủy", "Sở Y tế", "UBND tỉnh")."""
    unit = units.canonical_unit(unit) or unit
    if not province or fold(province) in fold(unit):
        return unit
    level = "thành phố" if re.search(r"Thành ủy|thành phố", unit, re.I) else "tỉnh"
    unit = re.sub(r"\s+(?:tỉnh|thành phố)$", "", unit, flags=re.I)
    return f"{unit} {level} {province}" if not re.match(r"(?:Tỉnh|Thành) ủy$", unit) else f"{unit} {province}"


def _unit_of_positions(positions: list[str], ward, province) -> str | None:
    for position in positions:
        unit = unit_of(position, ward, province)
        if unit:
            return unit
    return None


# ---- mentions ---------------------------------------------------------------

def mentions(text: str, ward: str | None = None, province: str | None = None) -> list[Mention]:
    """Every person named with at least one position, sentence by sentence. Without
    `ward`, the ward the text names most completes a bare "phường"/"xã"."""
    ward = ward or guess_ward(text or "")
    found: list[Mention] = []
    for offset, sentence in sentences(text or ""):
        found.extend(_sentence_mentions(sentence, offset, ward, province))
    return found


# What joins a name to the positions after it: a comma, a dash, a colon, a bracket, or an
# appointment ("bà A được bầu giữ chức Phó Chủ tịch UBND", "đồng chí B giữ chức ...").
_AFTER_NAME = re.compile(r"\s*(?:[,:–—(-]|\s-)\s*|\s+(?:được\s+(?:bầu|bầu\s+bổ\s+sung|bổ\s+nhiệm|chỉ\s+định|"
                         r"điều\s+động|phân\s+công|giao)\s+)?(?:giữ\s+chức(?:\s+vụ)?|làm)\s+")


def _sentence_mentions(sentence: str, offset: int, ward, province) -> list[Mention]:
    names = _names(sentence, ward)
    taken: list[tuple[int, int]] = []      # spans already read as someone's positions
    result = []
    for start, end, name, bare in names:
        if any(a <= start < b for a, b in taken):
            continue
        after = sentence[end:]
        separator = _AFTER_NAME.match(after)
        positions: list[str] = []
        if separator:
            positions, used = positions_after(after[separator.end():])
            if positions:
                taken.append((end, end + separator.end() + used))
        if not positions:
            positions = positions_before(sentence[:start], ward)
            if positions:
                taken.append((start - sum(len(p) for p in positions), start))
        if not positions:
            continue
        unit = _unit_of_positions(positions, ward, province)
        result.append(Mention(name, positions, unit, squash(sentence), offset + start))
    return result


# A capitalised run after these words names a place or a school, not a person:
# "tỉnh Đồng Nai", "thôn Hà Trai", "Trường Tiểu học Lê Ngọc Hân", "đường Lê Lợi".
_PLACE_BEFORE = re.compile(r"(?:\b(?:tỉnh|thành phố|Thành phố|TP\.?|thôn|bản|ấp|khóm|huyện|quận|thị xã|thị trấn|"
                           r"khu phố|tổ dân phố|học|đường|Đường|phố|Phố|cầu|chợ|mang tên|Trường|Tỉnh|Quận|Huyện)"
                           r"|\b[Nn]hà văn hóa)\s+$")
_WARD_LEVEL_BEFORE = re.compile(r"\b(?:phường|xã|Phường|Xã)\s+$")


def _names(sentence: str, ward: str | None) -> list[tuple[int, int, str, bool]]:
    """(start, end, name, bare) of the names in a sentence: after an honorific, or a bare
    capitalised run that starts with a surname (not a place: the ward's own name and
    runs after "tỉnh", "thôn", "Trường" ... are places)."""
    names: dict[int, tuple[int, int, str, bool]] = {}
    for match in _AFTER_HONORIFIC.finditer(sentence):
        words = _trim_name(match.group("name").split())
        if _looks_like_name(words):
            name = " ".join(words)
            start = match.start("name")
            names[start] = (start, start + len(name), name, False)
    masked = _mask_places(sentence, ward)
    for run in _CAPITAL_RUN.finditer(masked):
        found = _surname_name(run.group())
        if not found:
            continue
        start = run.start() + found[0]
        before = masked[:start]
        if any(a <= start < b for a, b, _, _ in names.values()) or _PLACE_BEFORE.search(before):
            continue
        if _WARD_LEVEL_BEFORE.search(before) and not ward:
            continue    # "xã Tân Phú": a place, unless the ward is known and this is not it
        names[start] = (start, start + len(found[1]), found[1], True)
    return sorted(names.values())


def _mask_places(sentence: str, ward: str | None) -> str:
    """The sentence with the ward's own name blanked out (same length, so offsets hold)."""
    ward_name = squash(ward).partition(" ")[2] if ward else ""
    if not ward_name:
        return sentence
    return re.sub(re.escape(ward_name), lambda m: "x" * len(m.group()), sentence)


def officials(text: str, ward: str | None = None, province: str | None = None) -> list[dict]:
    """One entry per person named in the text: {"name", "positions" (as written, in order
    of first appearance, one per position), "unit"}. Positions that differ only in how
    they are written ("Chủ tịch UBND phường" / "Chủ tịch Ủy ban nhân dân phường Tân Định")
    are one position, kept as first written."""
    people: dict[str, dict] = {}
    keys: dict[str, set[str]] = {}
    for mention in mentions(text, ward, province):
        person = people.setdefault(mention.name, {"name": mention.name, "positions": [], "unit": mention.unit})
        seen = keys.setdefault(mention.name, set())
        for position in mention.positions:
            key = position_key(position, ward)
            if key not in seen:
                seen.add(key)
                person["positions"].append(position)
        person["unit"] = person["unit"] or mention.unit
    return list(people.values())


def position_key(position: str, ward: str | None = None) -> str:
    """Comparison key of a position (docs/officials.md): abbreviations expanded, old/new
    tone marks unified, a bare "phường"/"xã" completed with the ward, case and
    punctuation folded."""
    return units.comparison_key(position, ward)


def name_key(name: str) -> str:
    """Comparison key of a name: NFC, single spaces, case folded (diacritics kept)."""
    return re.sub(r"\s+", " ", squash(name).replace("’", "'")).lower()


def guess_ward(text: str) -> str | None:
    """The ward a text is about, when nobody says: the "phường X"/"xã X" it names most."""
    counts: dict[str, int] = {}
    for match in re.finditer(r"\b([Pp]hường|[Xx]ã)\s+(" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){0,3})", text or ""):
        words = _trim_name(match.group(2).split())
        if words:
            key = f"{match.group(1).capitalize()} {' '.join(words)}"
            counts[key] = counts.get(key, 0) + 1
    return max(counts, key=counts.get) if counts else None
