"""Document numbers cited in a text: "Quyết định số 12/QĐ-UBND ngày 10/7/2025 của UBND xã ...".

`cited_documents(text)` is a pure function (the archive's `documents` table,
`ward-archive extract` and the officials extractor of issue 13 call it).

Vietnamese administrative documents are numbered `number/TYPE-ISSUER`
("12/QĐ-UBND", "67/KH-UBND"), with the year for legal documents
("202/2025/QH15", "59/2023/NĐ-CP"), Party documents `number-TYPE/ISSUER`
("45-CT/TW", "1520-QĐ/TU"), and official letters without a type code
(Công văn "1234/UBND-VP"). The words before the number name the type
("Nghị quyết số ..."); the words after give the date ("ngày 10/7/2025",
"ngày 10 tháng 7 năm 2025") and the issuer ("của UBND xã ..."). A list
("Nghị quyết số 45/NQ-HĐND và Nghị quyết số 46/NQ-HĐND ngày 18/12/2025
của HĐND phường") shares the date and issuer written after its last item.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

TYPE_NAMES = ("Thông tư liên tịch", "Nghị quyết liên tịch", "Quyết định", "Kế hoạch", "Nghị quyết", "Công văn",
              "Thông báo", "Chỉ thị", "Thông tư", "Nghị định", "Luật", "Báo cáo", "Tờ trình", "Hướng dẫn",
              "Chương trình", "Kết luận", "Quy định", "Pháp lệnh", "Công điện", "Đề án", "Văn bản", "Biên bản",
              "Giấy mời", "Quy chế")
# The type part of a number ("QĐ" in 12/QĐ-UBND) -> the type's name.
TYPE_CODES = {"QĐ": "Quyết định", "KH": "Kế hoạch", "NQ": "Nghị quyết", "TB": "Thông báo", "CT": "Chỉ thị",
              "TT": "Thông tư", "NĐ": "Nghị định", "BC": "Báo cáo", "TTr": "Tờ trình", "HD": "Hướng dẫn",
              "CTr": "Chương trình", "KL": "Kết luận", "CV": "Công văn", "CĐ": "Công điện",
              "ĐA": "Đề án", "BB": "Biên bản", "GM": "Giấy mời", "QC": "Quy chế", "TTLT": "Thông tư liên tịch",
              "NQLT": "Nghị quyết liên tịch", "PL": "Pháp lệnh"}
# Issuer parts of a number that name a body outright (used when the text has no "của ...").
ISSUER_CODES = {"CP": "Chính phủ", "TTg": "Thủ tướng Chính phủ", "TW": "Trung ương", "BCT": "Bộ Chính trị",
                "UBTVQH": "Ủy ban Thường vụ Quốc hội"}

# One part of a number's code: a capital (or Đ) then letters and digits ("QĐ", "TTr", "QH15", "UBND").
_PART = r"[A-ZĐ][A-Za-zĐđ0-9]*"
NUMBER = re.compile(
    rf"(?<![\w/.-])(?P<number>\d{{1,5}}(?:/\d{{4}})?[/-]{_PART}(?:[/-]{_PART})*)(?![\w/])")
_TYPE_BEFORE = re.compile(
    r"(?P<type>" + "|".join(TYPE_NAMES) + r")\s*(?:số|số hiệu)?\s*:?\s*$", re.IGNORECASE)
_DATE = re.compile(r"^\s*,?\s*(?:ban hành\s+)?ngày\s+(?P<written>(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*"
                   r"(?P<y>\d{4})|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>\d{4}))", re.IGNORECASE)
_ISSUER = re.compile(r"^\s*,?\s*của\s+(?P<issuer>[^,.;:()\n\"“”]{2,120})")
# Words that end an issuer's name: what the document is about or does.
_ISSUER_END = re.compile(r"\s+(?:về|quy định|ban hành|hướng dẫn|và|tại|theo|trong|đối với|nhằm|với|đã|được|cho|"
                         r"là|xử phạt|sửa đổi|phê duyệt|thông qua|công bố|giao|chỉ định|tặng|ngay|để|năm)\b.*$",
                         re.IGNORECASE)
# What may stand between two items of one list ("45/NQ-HĐND và Nghị quyết số 46/NQ-HĐND").
_LIST_GAP = re.compile(r"^\s*(?:,|và|,\s*và)\s*(?:(?:" + "|".join(TYPE_NAMES) + r")\s*)?(?:số\s*)?$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?;](?=\s+[A-ZÀ-Ỹ\"“])|\n")


@dataclass(frozen=True)
class CitedDocument:
    number: str              # as written, NFC ("12/QĐ-UBND")
    type: str | None         # "Quyết định", "Kế hoạch", ... (the words before it, else its code)
    issuer: str | None       # as written after "của", else from the number's issuer part
    date_written: str | None  # "10/7/2025", "10 tháng 7 năm 2025"
    date: str | None         # ISO 8601, None when absent or impossible
    sentence: str            # the sentence that cites it
    start: int               # the number's offsets in the (NFC) text
    end: int


def normalise_number(number: str) -> str:
    """The number as compared across texts: NFC, upper case, no spaces, no
    leading zeros ("05/KH-UBND" and "5/kh-ubnd" are one document)."""
    folded = unicodedata.normalize("NFC", re.sub(r"\s+", "", number)).upper()
    return re.sub(r"^0+(?=\d)", "", folded)


def _code_parts(number: str) -> list[str]:
    """The code of a number without its serial and year: 59/2023/NĐ-CP -> [NĐ, CP]."""
    return [part for part in re.split(r"[/-]", number)[1:] if not part.isdigit()]


def _type_from_code(number: str) -> str | None:
    parts = _code_parts(number)
    for part in parts[:2]:
        if part in TYPE_CODES:
            return TYPE_CODES[part]
    if parts and re.fullmatch(r"QH\d+", parts[-1]):
        return None  # a law or a resolution of the National Assembly: only the words before tell which
    # An official letter's number has no type part: 1234/UBND-VP (issuer, then the drafting office).
    return "Công văn" if len(parts) >= 2 else None


def _issuer_from_code(number: str) -> str | None:
    parts = _code_parts(number)
    if not parts:
        return None
    if re.fullmatch(r"QH\d+", parts[-1]):
        return "Quốc hội"
    named = [part for part in parts if part not in TYPE_CODES]
    if not named:
        return None
    return ISSUER_CODES.get(named[0], named[0])


def _date(match: re.Match) -> tuple[str, str | None]:
    day, month, year = (match.group("d"), match.group("m"), match.group("y")) if match.group("d") else \
        (match.group("d2"), match.group("m2"), match.group("y2"))
    written = match.group("written")
    if 1 <= int(month) <= 12 and 1 <= int(day) <= 31 and 1945 <= int(year) <= 2100:
        return written, f"{int(year):04d}-{int(month):02d}-{int(day):02d}"
    return written, None


def _issuer(text: str) -> str | None:
    found = _ISSUER.match(text)
    if not found:
        return None
    issuer = _ISSUER_END.sub("", found.group("issuer")).strip()
    return issuer or None


def _sentence(text: str, start: int, end: int) -> str:
    before = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 600), start)]
    after = _SENTENCE_END.search(text, end)
    first = before[-1] if before else max(0, start - 600)
    last = after.end() if after else min(len(text), end + 600)
    return " ".join(text[first:last].split())


def _is_document_number(number: str) -> bool:
    """A serial with a code of capitals ("12/QĐ-UBND"), not a count ("3/KP") or a road ("1/QL1A")."""
    capitals = sum(character.isupper() for character in number)
    return capitals >= 2 and bool(_code_parts(number))


def cited_documents(text: str) -> list[CitedDocument]:
    """Every document number cited in `text`, in order, with what the text says of it."""
    text = unicodedata.normalize("NFC", text or "")
    found: list[dict] = []
    for match in NUMBER.finditer(text):
        number = match.group("number")
        if not _is_document_number(number):
            continue
        before = _TYPE_BEFORE.search(text, max(0, match.start() - 40), match.start())
        rest = text[match.end():match.end() + 200]
        dated = _DATE.match(rest)
        date_written, date = _date(dated) if dated else (None, None)
        issuer = _issuer(rest[dated.end():] if dated else rest)
        found.append({"number": number, "start": match.start(), "end": match.end(),
                      "type": _type_name(before.group("type")) if before else _type_from_code(number),
                      "issuer": issuer, "date_written": date_written, "date": date})
    _share_along_lists(text, found)
    return [CitedDocument(item["number"], item["type"], item["issuer"] or _issuer_from_code(item["number"]),
                          item["date_written"], item["date"], _sentence(text, item["start"], item["end"]),
                          item["start"], item["end"]) for item in found]


def _type_name(written: str) -> str:
    """The type as listed in TYPE_NAMES, whatever the case it was written in."""
    lowered = written.lower()
    return next(name for name in TYPE_NAMES if name.lower() == lowered)


def _share_along_lists(text: str, found: list[dict]) -> None:
    """An item of a list takes the date and issuer written after the list's last item."""
    for index in range(len(found) - 2, -1, -1):
        item, following = found[index], found[index + 1]
        if item["date"] or item["issuer"] or not _LIST_GAP.match(text[item["end"]:following["start"]]):
            continue
        item["date_written"], item["date"] = following["date_written"], following["date"]
        item["issuer"] = following["issuer"]
