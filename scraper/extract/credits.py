"""Credit lines: recognise them at the foot of a body and split them into
person names with their roles (`credits`: writer, photographer; `authors` are
the writers) and an issuing unit (`source_unit`).

The forms are those of portals.md section 3: bare names ("Kim Phượng",
"GIA HÂN", "X.PHÚ"), initials ("NDH", "Đ.H"), labelled credits ("Tin, ảnh:
VHXH", "Tin: A; Ảnh: B", "Tác giả bài viết: Hữu Anh" / "Nguồn tin: danviet.vn"),
"Name - Unit", "Name (Unit)", "Name; Unit", ALL-CAPS office signatures
("ỦY BAN NHÂN DÂN PHƯỜNG 1"), "BBT", joint credits ("TẤN HÙNG – MINH NGỌC").

Units are told from people by a small vocabulary (below): an abbreviation
such as UBND or VHXH, a head word such as "Văn phòng" or "Trung tâm", or a
lower-case administrative word ("xã", "phường") that a personal name never
has. A unit is kept verbatim as written; a person is never a unit.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ward_scraper.extract import dates
from ward_scraper.extract.officials import SURNAMES
from ward_scraper.util.text import fold, has_digit, squash, where_it_opens

# ---- vocabulary -------------------------------------------------------------

# Abbreviations that only ever name a unit (never a person's initials).
UNIT_ABBREVIATIONS = frozenset("""
UBND HĐND MTTQ MTTQVN UBMTTQ UBMTTQVN UB.MTTQ BCĐ BCĐNTM BBT VHXH VH-XH VP TDP KDC NVH
CHQS BCHQS CTMT LHPN HLHPN HPN CCB HCCB TNCS ĐTN ĐTNCS THCS THPT PBGDPL CAND QĐND CAP CAX
HĐNVQS NVQS VHTT TTVH TTVHTT TT-TT VH-TT VHTT-TT TTVHTTTT VHTTTT TTHC TTPVHCC HTX CLB TTYT BQL
TT-TH TTTH BHXH
""".split())

# Head words that start a unit name, compared in lower case WITH diacritics
# (and a commune's civil-servant post, "Công chức Văn hóa - Xã hội", signs as one):
# "Văn phòng" is a unit, "Văn Phong" a person. "Đoàn", "Trường", "Hội" alone are
# also surnames or event words ("Đoàn Văn Hùng", "Hội nghị"), so only the
# full phrases count.
_UNIT_HEADS = tuple(head + " " for head in """
văn phòng|trung tâm|ủy ban|ban biên tập|công an|trạm y tế|đảng ủy|đảng bộ|chi bộ|chi hội|bộ phận|
cổng thông tin|trang thông tin|website|ban chỉ huy|ban chỉ đạo|ban công tác|ban tuyên giáo|ban dân vận|
ban quản lý|ban thường vụ|ban kinh tế|ban văn hóa|ban pháp chế|ban thanh tra|ban mặt trận|hội đồng|
ban xây dựng đảng|ban nội chính|ban đại diện|
hội nông dân|hội phụ nữ|hội liên hiệp|hội cựu chiến binh|hội người cao tuổi|hội chữ thập đỏ|
hội khuyến học|hội cựu giáo chức|hội cựu thanh niên xung phong|đoàn thanh niên|đoàn phường|đoàn xã|
đài truyền thanh|đài phát thanh|đài truyền hình|đài tt|đài pt-th|đài ptth|thường trực|tổ công nghệ|tổ dân phố|khu phố|câu lạc bộ|liên đoàn|
hợp tác xã|bệnh viện|chi cục|phòng văn hóa|phòng tư pháp|phòng kinh tế|phòng nội vụ|phòng giáo dục|
phòng tài nguyên|phòng y tế|phòng lao động|phòng quản lý|mặt trận|báo|tạp chí|thị ủy|huyện ủy|quận ủy|
tỉnh ủy|thành ủy|sở|trường tiểu học|trường trung học|trường mầm non|trường mẫu giáo|trường thcs|
trường thpt|trường th|trường mn|ubnd|hđnd|công chức|đồn biên phòng|trạm kiểm soát biên phòng|
ban chỉ huy quân sự|hạt kiểm lâm|trạm khuyến nông|trạm thú y|kho bạc|chi nhánh""".replace("\n", "").split("|"))
# "Đồng chí Nguyễn Văn A" is a mention in a sentence or list, not a byline.
_HONORIFICS = frozenset({"đồng chí", "đ/c", "ông", "bà", "cụ", "cháu", "thượng tá", "trung tá", "đại tá"})
# The same, as a text written without diacritics spells them. (Only there: with its marks, "Chau
# Sóc Phia" is a Khmer name, whose men's names open with "Chau", not "cháu".)
_HONORIFICS_UNMARKED = frozenset(map(fold, _HONORIFICS))


def _head_key(text: str) -> str:
    """Lower case with old-style tone placement ("Uỷ ban", "Văn hoá") rewritten
    in the new style, so both spellings match one head. A comma ends a word
    ("Phòng Kinh tế, Hạ tầng và Đô thị")."""
    key = text.lower().replace(",", " ").replace("uỷ", "ủy").replace("uý", "úy").replace("uỳ", "ùy").replace("uỵ", "ụy")
    for old, new in (("oà", "òa"), ("oá", "óa"), ("oả", "ỏa"), ("oã", "õa"), ("oạ", "ọa")):
        key = key.replace(old, new)
    return _SPACES.sub(" ", key) + " "


# Lower-case words a personal name never contains but unit names do.
_ADMIN_WORDS = frozenset("xã phường huyện quận tỉnh thôn ấp khóm".split())
_ADMIN_WORDS_CAPS = frozenset(word.upper() for word in _ADMIN_WORDS)
# (The special zones, "đặc khu Lý Sơn", "đặc khu Côn Đảo": island units of the two-level government since 2025.)
_ADMIN_PHRASES = re.compile(r"\b(?:thị trấn|thị xã|thành phố|khu phố|tổ dân phố|đặc khu)\b", re.I)
# Lower-case words that make a line a sentence, not a credit.
_SENTENCE_WORDS = frozenset("""
đã sẽ được là cho với của nhằm để đến từ khi nên thì mà rằng vào ra lên đang vừa bị theo các
những này đó không có tổ chức tham gia thực hiện diễn ngày tại trong về năm tháng kính xin mời
""".split())
# An official text's closing formula naming its issuer ("Ủy ban nhân dân xã … trân trọng thông
# báo./.", "… kính mời"): a sentence. (As phrases: "trọng điểm" is in units' names.)
_CLOSING_FORMULA = re.compile(r"\b(?:trân trọng|kính mời|kính báo|xin thông báo|xin trân trọng)\b")
# CMS accounts that posted the article: not authors.
_POSTING_ACCOUNTS = frozenset({"admin", "administrator", "quan tri", "quan tri vien", "quan tri he thong",
                               "webmaster", "super admin", "super user", "bien tap vien"})
# "PV" (phóng viên, "a reporter") signs for the newsroom without naming anyone:
# the credit and its writer role are kept as written, but it is no author (as
# seven blind pages by six writers read it).
_UNNAMED_REPORTER = frozenset({"pv", "p.v", "p. v", "phong vien"})
_POSTING_LABEL = re.compile(r"^(?:người đăng(?: tin| bài)?|đăng bởi|viết bởi|posted by|người cập nhật)\b", re.I)

# Labels that introduce a credit, longest first. Source labels name a unit.
_AUTHOR_LABELS = (
    r"tin\s*(?:,|và|-|&)?\s*ảnh", r"bài\s*(?:,|và|-|&)?\s*ảnh", r"ảnh\s*(?:,|và|-|&)?\s*(?:bài|tin)",
    r"tin\s*(?:,|và|-|&)?\s*bài",
    r"tác giả bài viết", r"tác giả", r"thực hiện", r"người viết", r"biên tập", r"cộng tác viên",
    r"video", r"clip", r"tin", r"bài", r"ảnh",
    r"(?:biên\s+)?dịch(?:\s+tiếng\s+\w+)?", r"dịch\s+sang\s+tiếng\s+\w+",     # a bilingual page's translator
    r"written by", r"author", r"reporter",     # the portals' English pages
)
# (A Q&A page's answering office, "Cơ quan trả lời: Phòng Kinh tế xã", is its source.)
_SOURCE_LABELS = (r"nguồn tin", r"nguồn", r"(?:cơ quan|đơn vị) trả lời", r"source")
_LABEL = re.compile(
    r"(?:^|(?<=[\s;,.\-–—|(]))(" + "|".join(_SOURCE_LABELS + _AUTHOR_LABELS) + r")\s*:\s*", re.I)
_CTV = re.compile(r"^(?:CTV|Cộng tác viên)\s+(?=\S)")
_BY = re.compile(r"^By\s+(?=[A-ZĐ])")    # an English page's byline: "By Thanh Truc"
# A team of reporters signs with its unit ("Nhóm PV Trung tâm Văn hóa …"): the unit is the credit.
_TEAM = re.compile(r"^Nhóm\s+(?:PV|phóng viên)\s+(?=\S)", re.I)


def _without_signing_prefix(text: str) -> str:
    """A credit without the word that says who signs ("CTV", "By", "Nhóm PV")
    or the verb after a lone name ("Thanh Nhàn viết"): the names and units
    are what is left."""
    text = _TEAM.sub("", _BY.sub("", _CTV.sub("", text)))
    wrote = _WROTE.search(text)
    return text[:wrote.start()] if wrote and is_person(text[:wrote.start()]) else text


# A lone name followed by what it did: "Thanh Nhàn viết", "Hồng Phúc thực hiện".
_WROTE = re.compile(r"\s+(?:viết|thực hiện|ghi)\s*$")


# A whole credit in brackets: "(Bích Ngọc - Báo Lai Châu)", "(Theo TTXVN)", "[BBT]".
_WRAPPED = re.compile(r"^[(\[]([^()\[\]]+)[)\]]$")


def unwrapped(text: str) -> str:
    """A credit line without the brackets around the whole of it."""
    match = _WRAPPED.match(text)
    return match.group(1).strip() if match else text

_THEO = re.compile(r"^(?:Theo|THEO|theo(?=\s+\S+\.\w))\s+(?=\S)")   # lower case only before a site's name ("theo baosonla.vn")
_THEO_ANY_CASE = re.compile(r"^theo\s+(?=\S)", re.I)
# What a bracket after a name may say about how the text was made.
_HOW_MADE = frozenset(("tong hop", "luoc dich", "bien dich", "luoc thuat", "st", "suu tam", "thuc hien", "ghi",
                       "phong van", "bien tap"))
_SEPARATOR = where_it_opens(re.compile(r"\s+[-–—]+\s*|\s*[-–—]+\s+|\s*;\s*"))
_PAREN = re.compile(r"^(.*?)\s*\(([^()]*)\)\s*$")


def _bracket_at_end(text: str) -> re.Match | None:
    """`_PAREN.match(text)`, tried only on a text that ends with ")" (white
    space aside), as every match does: the lazy group, tried at each
    character, cost 10-40 us on a long line, and most lines end otherwise."""
    return _PAREN.match(text) if text.rstrip().endswith(")") else None

_INITIALS = re.compile(r"^(?:[A-ZĐ]\.){1,3}[A-ZĐ]?\.?$|^[A-ZĐ]{2,4}$")
_DOMAIN = re.compile(r"(?:https?://|www\.)\S+|^[\w.-]+\.(?:vn|com|net|org|gov|info)(?:/\S*)?$", re.I)
# The small patterns the credit tests ask of every word and line (compiled once).
_SPACES = re.compile(r"\s+")
_WORD_PARTS = re.compile(r"[-–/&]")
_NAME_WORD = re.compile(r"^[\w.'’]+$")
_INITIAL_AT_END = re.compile(r"(?:^|[\s.])\w\.$")
_LINE_BREAKS = re.compile(r"[\n\r]+")
_SENTENCE_MARKS = re.compile(r"[!?:…]|[,;]$")
_WORD_AND_STOP = re.compile(r"(\w+)\.\s+\S")
_END_MARKER = re.compile(r"^[./\s]*\./?[./\s]*$")
_SIGNATURE_POSITIONS = re.compile(
    r"^(?:TM\.|KT\.|Q\.|TL\.|\(?đã ký\)?|\(?ký tên|CHỦ TỊCH|PHÓ CHỦ TỊCH|BÍ THƯ|PHÓ BÍ THƯ|TRƯỞNG|"
    r"PHÓ TRƯỞNG|GIÁM ĐỐC|PHÓ GIÁM ĐỐC|NGƯỜI LẬP|CHÁNH VĂN PHÒNG)", re.I)
# Positions that also open captions and sentences ("Hiệu trưởng nhà trường đánh trống …"): in capitals only.
_CAPITAL_SIGNATURE_POSITIONS = re.compile(
    r"^(?:T/M\b|HIỆU TRƯỞNG|PHÓ HIỆU TRƯỞNG|CHỈ HUY TRƯỞNG|CHỈ HUY PHÓ|CHỦ NHIỆM|PHÓ CHỦ NHIỆM|THỦ TRƯỞNG|"
    r"CHÁNH THANH TRA)\b")


# ---- shapes -----------------------------------------------------------------

def _is_capitalised(word: str) -> bool:
    core = word.strip(".,()")
    return bool(core) and core[0].isupper()


def is_unit(text: str) -> bool:
    """A unit, office or source name (not a person)."""
    text = text.strip(" .,")
    if not text:
        return False
    words = text.split()
    if any(word.strip(",.()") in UNIT_ABBREVIATIONS for word in words):
        return True
    if any(part in UNIT_ABBREVIATIONS for word in words for part in _WORD_PARTS.split(word.strip(",.()"))):
        return True
    if _DOMAIN.search(text):
        return True
    if any(word in _ADMIN_WORDS for word in words) or _ADMIN_PHRASES.search(text):
        return True
    if words[0].lower() in _ADMIN_WORDS and len(words) > 1:
        return True     # a unit named by its place: "Xã Hưng Đạo", "Phường 8"
    if text.isupper() and any(word.strip(",.") in _ADMIN_WORDS_CAPS for word in words[1:]):
        return True     # "HỘI NÔNG DÂN XÃ", "ỦY BAN NHÂN DÂN PHƯỜNG 1"
    return _head_key(text).startswith(_UNIT_HEADS)


def is_person(text: str) -> bool:
    """A personal name as credits write it: "Kim Phượng", "GIA HÂN", "X.PHÚ",
    "P. Thành", "Mai viết Tăng", initials "NDH" / "Đ.H" / "N.V.T"."""
    text = text.strip(" ,")
    if not text or is_unit(text) or has_digit(text):
        return False
    if _INITIALS.match(text):
        return True
    words = text.split()
    if not 1 <= len(words) <= 5 or any(not _NAME_WORD.match(word) for word in words):
        return False
    honorifics, key = (_HONORIFICS_UNMARKED, fold) if text.isascii() else (_HONORIFICS, str.lower)
    if key(words[0]) in honorifics or key(" ".join(words[:2])) in honorifics:
        return False
    if any(word.lower() in ("và", "&") for word in words):
        return False    # "Văn Hóa Và Thể Thao" joins two names of a unit
    lower = [word for word in words if not _is_capitalised(word)]
    if not lower:
        return True
    # One lower-case middle syllable is a typo seen in the wild ("Mai viết Tăng").
    return (len(lower) == 1 and len(words) >= 3 and _is_capitalised(words[0]) and _is_capitalised(words[-1])
            and lower[0] not in _SENTENCE_WORDS)


def _is_plain_name(text: str) -> bool:
    """A person's name written plainly ("Quàng Thị Hoa"), not a unit nor an
    abbreviation in capitals ("BCDNTM. TV"): what a source label may hold."""
    return is_person(text) and not is_unit(text) and not any(
        len(word.strip(".,")) > 1 and word.strip(".,").isupper() for word in text.split())


def is_posting_account(text: str) -> bool:
    """CMS posting accounts ("admin", "Người đăng tin: …", "Viết bởi Quản trị"),
    also by a user name's shape: lower-case ASCII with a digit, an underscore
    or a dot ("bientap01", "admin_halong", "bởi bientap.tanhanh"), which no
    writer signs with."""
    text = squash(text)
    return bool(_POSTING_LABEL.match(text)) or fold(text).strip(" .") in _POSTING_ACCOUNTS \
        or _is_user_name(_BY_ACCOUNT.sub("", text))


# A user name: "bientap01", "admin_halong", "bientap.tanhanh" (not a site's name, "baohatinh.vn").
_USER_NAME = re.compile(r"^[a-z][a-z0-9]*(?:[._][a-z0-9]+)+$|^[a-z]+[0-9]+$")
_BY_ACCOUNT = re.compile(r"^(?:bởi|by)\s+", re.I)


def _is_user_name(text: str) -> bool:
    return bool(_USER_NAME.match(text)) and not _DOMAIN.search(text) and not _FILE_NAME.search(text)


# A file's name ("quyetdinh.pdf", "mau_don_01.docx") or a short address ("zalo.me").
_FILE_NAME = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|zip|rar|7z|jpe?g|png|gif|mp[34]|me|io|html?)$")


def is_end_marker(text: str) -> bool:
    """The end-of-text marker "./." or "/." (or "- Hết -") printed on its own line."""
    text = text.strip()
    if fold(text).strip(" -–—.()[]*") == "het":
        return True
    return bool(text) and "/" in text and bool(_END_MARKER.match(text))


def is_signature_position(text: str) -> bool:
    """A line of a document's signature block ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"):
    the name under it signs the document, it is not a news credit. A long
    line is a sentence ("Chủ tịch UBND phường yêu cầu …")."""
    text = squash(text)
    return len(text.split()) <= _SIGNATURE_LINE_WORDS and bool(
        _SIGNATURE_POSITIONS.match(text) or _CAPITAL_SIGNATURE_POSITIONS.match(text))


_SIGNATURE_LINE_WORDS = 10


def _segments(text: str) -> list[tuple[str | None, str]]:
    """Split a credit into (label, value) segments: "Tin: A - Ảnh: B" gives
    [("tin", "A"), ("ảnh", "B")]; unlabelled text has label None."""
    # (Every label ends in a colon: the case-blind pattern, tried from each character, is
    # spared on the lines without one, most of those asked whether they are a credit.)
    matches = list(_LABEL.finditer(text)) if ":" in text else None
    if not matches:
        return [(None, text)]
    segments: list[tuple[str | None, str]] = []
    head = text[:matches[0].start()].strip(" ;,-–—|")
    if head:
        segments.append((None, head))
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        label = re.sub(r"\s+", " ", fold(match.group(1)))
        segments.append((label, text[match.end():end].strip(" ;,-–—|")))
    return segments


def _is_source_label(label: str | None) -> bool:
    return label is not None and (label.startswith(("nguon", "co quan tra loi", "don vi tra loi")) or label == "source")


def _pieces(value: str) -> list[tuple[int, int, str]]:
    """(start, end, text) pieces of a value split at spaced dashes and ';'
    (outside brackets)."""
    pieces, start = [], 0
    for match in _SEPARATOR.finditer(value):
        if value.count("(", 0, match.start()) > value.count(")", 0, match.start()):
            continue    # inside brackets: "Thanh Tâm (Phòng Văn hóa - Xã hội phường)" names one unit
        pieces.append((start, match.start(), value[start:match.start()]))
        start = match.end()
    pieces.append((start, len(value), value[start:]))
    return [(a, b, text.strip()) for a, b, text in pieces if text.strip()]


# The body pass asks whether its last line is a credit, and the parse then
# reads the credit line: the same values, classified once (the cache holds
# about one page's few credit values).
@lru_cache(maxsize=16)
def _classify(value: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """People and units named in one unlabelled or author-labelled value.
    Adjacent unit pieces are kept together verbatim ("Trung tâm Văn hóa –
    Thông tin và Thể thao phường" stays one unit)."""
    people, units = _classified(value)
    return tuple(people), tuple(units)


def _classified(value: str) -> tuple[list[str], list[str]]:
    pieces = [(start, end, *_split_piece(piece)) for start, end, piece in _before_the_meta_fields(_pieces(value))]
    if not any(names for _, _, names, _ in pieces):
        # No person: the whole value is one unit, verbatim, but the editorial board's name
        # before the unit that wrote it ("BBT - Văn phòng HĐND và UBND phường").
        return [], [_EDITORIAL_BOARD_FIRST.sub("", value)]
    people: list[str] = []
    units: list[str] = []
    run: tuple[int, int] | None = None
    for start, end, names, unit in pieces:
        people.extend(names)
        if unit is not None and not names:
            run = (run[0], end) if run else (start, end)
            continue
        if run:
            units.append(value[run[0]:run[1]])
            run = None
        if unit is not None:    # "Name (Unit)": the bracket is its own unit
            units.append(unit)
    if run:
        units.append(value[run[0]:run[1]])
    return people, units


# A date line's field that a credit printed in it runs into: "Người viết: Ksor H'Nhung - Ngày đăng: 03/04/26".
_META_FIELD = re.compile(r"^(?:ngày\s+(?:đăng|cập\s+nhật|xuất\s+bản)|cập\s+nhật|đăng\s+(?:lúc|ngày)|lượt\s+(?:xem|đọc)"
                         r"|số\s+lượt)\b", re.I)


def _before_the_meta_fields(pieces: list) -> list:
    """The pieces of a credit up to the first of its date line's fields."""
    cut = next((at for at, (_, _, text) in enumerate(pieces) if at and _META_FIELD.match(text)), len(pieces))
    return pieces[:cut]


_EDITORIAL_BOARD_FIRST = re.compile(r"^(?:BBT|Ban biên tập)\s*[-–—]+\s*(?=\S)", re.I)
_PEOPLE_SEPARATOR = re.compile(r",|\s+và\s+")


def _split_piece(piece: str) -> tuple[list[str], str | None]:
    piece = piece.strip(" ,")
    paren = _bracket_at_end(piece)
    if paren and paren.group(1):
        names, unit = _split_piece(paren.group(1))
        # "(theo baosonla.vn)": the source, without its "theo".
        inner = _THEO_ANY_CASE.sub("", paren.group(2).strip())
        # "CTV Minh Lâm (NM)": the bracket holds the editor's initials, not a unit;
        # "Mai Lan (tổng hợp)": how the text was made ("compiled"), not a unit.
        # "Minh Tâm (22/8/2025)": the day it was written, no unit.
        if inner and not (_INITIALS.match(inner) and not is_unit(inner)) and fold(inner) not in _HOW_MADE \
                and not dates.is_bare_date(inner):
            unit = unit or inner
        return names, unit
    if is_person(piece):
        return [piece], None
    if ("," in piece or " và " in piece) and not is_unit(piece):
        # "Thái Bình, Hồng Loan và Kim Chi": several people
        parts = [part.strip() for part in _PEOPLE_SEPARATOR.split(piece) if part.strip()]
        if all(is_person(part) for part in parts):
            return parts, None
    return [], piece


def _strip_trailing_period(text: str) -> str:
    """"BBT." -> "BBT", "Kim Phượng." -> "Kim Phượng"; initials keep theirs ("N.V.T.")."""
    text = text.strip()
    while text.endswith("./.") or text.endswith("/."):
        text = text[:-3 if text.endswith("./.") else -2].rstrip()
    # (A match is the text's last three characters, or its whole two: searched
    # from there, not from every character of a long line.)
    if text.endswith(".") and not _INITIAL_AT_END.search(text, max(0, len(text) - 3)):
        text = text[:-1].rstrip()
    return text


# Roles a credit label gives: "Tin:" a writer, "Ảnh:" a photographer, "Tin, ảnh:" and
# "Bài và ảnh:" both; an unlabelled name wrote the article. Compared folded.
WRITER, PHOTOGRAPHER, VIDEO, EDITOR, TRANSLATOR = "writer", "photographer", "video", "editor", "translator"
_ROLE_WORDS = ((re.compile(r"\b(?:tin|bai|tac gia|thuc hien|nguoi viet|cong tac vien)\b"), WRITER),
               (re.compile(r"\banh\b"), PHOTOGRAPHER), (re.compile(r"\b(?:video|clip)\b"), VIDEO),
               (re.compile(r"\bbien tap\b"), EDITOR), (re.compile(r"^(?:bien )?dich\b"), TRANSLATOR))


# A role in brackets after a name ("Quốc Việt (ảnh) - Hồng Nhung (tin)"): read as its label.
_BRACKETED_ROLE = re.compile(r"([^-–—;()]+?)\s*\(((?:tin|bài)(?:,?\s*ảnh)?|ảnh|video|clip)\)", re.I)
# A role with its person in brackets after the unit: "Phòng Văn hóa - Xã hội phường (Ảnh: Hoàng Anh)".
_BRACKETED_LABELLED_ROLE = re.compile(r"\s*\(\s*(ảnh|video|clip)\s*:\s*([^()]+?)\s*\)\s*$", re.I)


def label_roles(label: str | None) -> tuple[str, ...]:
    """The roles a folded credit label gives ("tin, anh" -> writer and photographer)."""
    if label is None:
        return (WRITER,)
    return tuple(role for pattern, role in _ROLE_WORDS if pattern.search(label)) or (WRITER,)


# The day a reposted text ran at its source: "Theo Báo Lai Châu điện tử - 08.01.2026" names the paper.
_TRAILING_DAY = re.compile(r"\s*[-–,(]\s*(?:ngày\s+)?\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2}\)?$")


def _credit_parts(line: str | None) -> tuple[list[tuple[str, tuple[str, ...]]], list[str]]:
    """([(person, roles)], units) of a credit line, people and units as written."""
    if not line:
        return [], []
    people: list[tuple[str, tuple[str, ...]]] = []
    units: list[str] = []
    for raw in _LINE_BREAKS.split(line):
        text = _strip_trailing_period(squash(raw))
        if not text or is_posting_account(text):
            continue
        text = _without_signing_prefix(unwrapped(text))
        if "(" in text:     # (the pattern, tried from each character, reads on to the line's end from each)
            text = _BRACKETED_LABELLED_ROLE.sub(r" - \1: \2", _BRACKETED_ROLE.sub(r"\2: \1", text))
        for label, value in _segments(text):
            # (A labelled value may open with its signing word too: "Tác giả: CTV Minh Hà".)
            value = _strip_trailing_period(_CTV.sub("", value) if label is not None else value)
            if not value or is_posting_account(value):
                continue
            if label is None and _THEO.match(value):
                units.append(_TRAILING_DAY.sub("", _THEO.sub("", value)))
            elif _is_source_label(label):
                # NukeViet's "Nguồn tin" field holds the reporter's name as often as a unit's:
                # a person there wrote the news (as four blind pages by three writers read it).
                found, unit_names = _classify(value)
                if _is_plain_name(value):
                    people.append((value, (WRITER,)))
                elif found and (unit_names or _several_full_names(found)):
                    # "Nguồn tin: Đức Thành - Đài truyền thanh xã"; "Nguồn tin: Quàng Văn Thiện, Lò Thị Hằng"
                    people.extend((person, (WRITER,)) for person in found)
                    units.extend(unit_names)
                else:
                    units.append(_TRAILING_DAY.sub("", value))
            else:
                found, unit_names = _classify(value)
                people.extend((person, label_roles(label)) for person in found)
                units.extend(unit_names)
    return people, units


def _several_full_names(found: list[str]) -> bool:
    """Two people or more, each named by a surname and given names (not an acronym read as
    initials, "VTV"; nor newspapers' or offices' names in capitals, "Sức Khỏe Đời Sống, Tuổi Trẻ")."""
    return len(found) > 1 and all(len(words := person.split()) >= 2 and words[0] in SURNAMES for person in found)


def read_credit(line: str | None) -> tuple[list[tuple[str, tuple[str, ...]]], list[str]]:
    """The people (with their roles) and the units of a credit line, read once
    for both `split_credit` and `credit_roles` (a parse asks for the authors,
    the source unit and the roles of the same line)."""
    return _credit_parts(line)


def split_credit(line: str | None) -> tuple[list[str], str | None]:
    """(authors, source_unit) of a credit line.

    `authors` are the people who wrote ("Tin: A - Ảnh: B" gives A only; B is a
    photographer, see `credit_roles`). Lines of a multi-line credit (joined by
    "\\n" in `credit_line`) are read as separate segments. Person names are kept
    as written ("GIA HÂN"), units verbatim ("Văn phòng HĐND và UBND"); two units
    are joined with "; ".
    """
    return authors_and_unit(_credit_parts(line))


def authors_and_unit(reading) -> tuple[list[str], str | None]:
    """`split_credit` of a line's `read_credit`."""
    people, units = reading
    # "PV" stays in the credits as the writer it signs for, but names no author.
    writers = [person for person, roles in people if WRITER in roles
               and fold(person).strip(" .") not in _UNNAMED_REPORTER]
    return list(dict.fromkeys(writers)), "; ".join(dict.fromkeys(units)) or None


def credit_roles(line: str | None) -> list[dict]:
    """[{"name", "role"}] of a credit line, one per person and role, in order:
    "Tin, ảnh: Lò Hương" -> Lò Hương as writer and as photographer."""
    return roles_of(_credit_parts(line))


def roles_of(reading) -> list[dict]:
    """`credit_roles` of a line's `read_credit`."""
    people, _ = reading
    roles = [(person, role) for person, person_roles in people for role in person_roles]
    return [{"name": person, "role": role} for person, role in dict.fromkeys(roles)]


# ---- recognising a credit line at the foot of a body -------------------------

def credit_label(line: str) -> str | None:
    """The folded label a line starts with ("tin, anh", "nguon tin"), else None."""
    match = _LABEL.match(squash(line))
    return re.sub(r"\s+", " ", fold(match.group(1))) if match and match.start() == 0 else None


def is_writers_credit(line: str) -> bool:
    """A credit labelled as the writer's ("Người viết: Trần Văn Lợi - Ban Văn
    hóa xã", "Tin, ảnh: Kim Oanh") naming people: not a caption's "Ảnh: …" nor
    a source's "Nguồn: Internet", nor a headline opening with such a label
    ("Tin ảnh: Xuân Hồng ra quân …")."""
    label = credit_label(line)
    if label is None or label == "anh" or _is_source_label(label) or not looks_like_credit(line):
        return False
    authors, _ = split_credit(line)
    return bool(authors) and all(is_person(author) for author in authors)


def is_empty_credit(line: str) -> bool:
    """A credit label with nothing after it ("Tác giả:"): dropped, no credit."""
    line = squash(line)
    match = _LABEL.match(line)
    return bool(match) and match.start() == 0 and not line[match.end():].strip(" .:-")


# The longest credit line, and the longest with a bracketed unit after its names.
_CREDIT_CHARS, _BRACKETED_CREDIT_CHARS = 120, 160


def _without_bracketed_unit(value: str) -> str:
    """"Phan Hiền (Văn phòng Đảng ủy xã)" -> "Phan Hiền"; any other value as it is."""
    match = _bracket_at_end(value)
    return match.group(1) if match and match.group(1) and match.group(2) and is_unit(match.group(2)) else value


def looks_like_credit(line: str, *, aligned_right: bool = False) -> bool:
    """Whether a last line of a body is a credit rather than content.

    Judged by shape: labelled ("Tin, ảnh: …", "Nguồn tin: …"), or short and made
    only of person names and unit names, with no sentence word ("đã", "tổ chức",
    "của" …) and no sentence-final punctuation. A right-aligned line may be a
    little longer. A caption line "Ảnh: Toàn cảnh hội nghị" is not a credit:
    "Ảnh:" alone credits only a person.
    """
    text = unwrapped(squash(line))
    if not text or is_empty_credit(text) or is_posting_account(text):
        return False
    label = credit_label(text)
    if label:
        value = text[_LABEL.match(text).end():]
        if label == "anh":
            first = _segments(value)[0][1]
            return is_person(_strip_trailing_period(first)) or bool(_segments(value)[1:])
        return len(value.split()) <= 20
    body = _strip_trailing_period(_without_signing_prefix(text))
    # A writer's name, then labelled roles: "Khánh Linh - Ảnh: Minh Khoa".
    segments = _segments(body)
    # (The writer's unit in brackets after the name: "Phan Hiền (Văn phòng Đảng ủy xã) – Ảnh: Trần Lực";
    # or a unit alone before the roles: "Văn phòng HĐND-UBND xã - Ảnh: Đức Lâm"; a source's unit after
    # the writer, on a line set apart on the right: "Phạm Minh - Nguồn: Báo Quảng Nam", where a caption
    # may name a place so, "Đình Tân Lân - Nguồn: Sở Văn hóa …".)
    if len(segments) > 1 and segments[0][0] is None and all(label for label, _ in segments[1:]) \
            and all(is_person(_without_bracketed_unit(_strip_trailing_period(value)))
                    or index == 0 and is_unit(_strip_trailing_period(value))
                    or aligned_right and _is_source_label(label) and is_unit(_strip_trailing_period(value))
                    and is_person(segments[0][1])
                    for index, (label, value) in enumerate(segments)):
        return True
    if _THEO.match(body):
        rest = _THEO.sub("", body).split()
        return (len(rest) <= 8 and "," not in body and not any(word in _SENTENCE_WORDS for word in rest)
                and (is_unit(" ".join(rest)) or all(_is_capitalised(word) for word in rest)))
    words = body.split()
    limit = 18 if aligned_right else 14
    if len(words) == 1 and not aligned_right and not _INITIALS.match(body) and not is_unit(body) \
            and not re.match(r"^[A-ZĐ]\.\w", body):
        return False    # one bare word ("Thanh") is too weak unless set apart on the right
    if len(body) > _BRACKETED_CREDIT_CHARS:
        return False    # (told before the bracket's pattern is tried over a paragraph)
    # A bracketed unit after the names ("… và Đặng Thị Thu Hà (Trung tâm Văn hóa - Thông tin và Thể thao
    # phường)") is one name, however long.
    bracketed = _bracket_at_end(body)
    counted = len(bracketed.group(1).split()) + 1 if bracketed and bracketed.group(1) else len(words)
    if not words or counted > limit or len(body) > (_BRACKETED_CREDIT_CHARS if bracketed else _CREDIT_CHARS):
        return False
    if (_SENTENCE_MARKS.search(body) or _has_sentence_break(body)) and not _bracket_at_end(body):
        return False
    if text.endswith(".") and len(words) > 4 and not text.endswith("./."):
        return False
    if _CLOSING_FORMULA.search(body):
        return False
    people, units = _classify(body)
    if not people and not units:
        return False
    # A unit's head may hold a sentence word ("Công chức" holds "chức" of "tổ chức").
    if any(word in _SENTENCE_WORDS for word in _without_unit_heads(body, units).split() if word[:1].islower()) \
            and not _bracket_at_end(body):
        return False
    # Every unit found must really be a unit (not a sentence fragment).
    return all(is_unit(unit) or _is_bracketed(body, unit) for unit in units)


def _without_unit_heads(text: str, units: list[str]) -> str:
    """`text` with the head words of its units taken out ("Công chức ", "Văn phòng ")."""
    for unit in units:
        key = _head_key(unit)
        head = next((head for head in _UNIT_HEADS if key.startswith(head)), None)
        if head:
            text = text.replace(unit[:len(head.rstrip())], " ", 1)
    return text


def _has_sentence_break(text: str) -> bool:
    """A ". " after a word longer than one letter ("P. Thành" is an initial),
    and not a short abbreviation in capitals ("VP. HĐND - UBND phường", "TP. Huế")."""
    return any(len(word) > 1 and not (word.isupper() and len(word) <= 3)
               for word in (match.group(1) for match in _WORD_AND_STOP.finditer(text)))


def _is_bracketed(text: str, unit: str) -> bool:
    """"Phan Loan (Núi Voi)": a short bracketed place or position after a name."""
    return f"({unit})" in text and len(unit.split()) <= 15
