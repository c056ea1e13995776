"""Publish dates: header formats, machine-readable markup, URL/id evidence.

Output is ISO: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM+07:00` when a time is known.
Every date is validated (no 31/02, year 1995..2100).

Precedence in `published_at` (portals.md section 4.2):
  1. the visible header date (the texts of the platform's `date_css`);
  2. machine-readable markup (`article:published_time`, `itemprop=datePublished`,
     `dc.date`, JSON-LD, `time[datetime]`); when the header gives only a day and
     the markup gives a time on that same day, the markup's time is added;
  3. URL or id evidence (`/portal/pages/2024-2-16/`, the Hanoi VCCorp id,
     epoch-ms ids, `/yyyy/mm/dd/`).
A date merely mentioned in the body is never used, and neither is a header
"today" widget (Đắk Lắk prints the crawl date as "Day 06 Month 06 Year 2025",
which no pattern here accepts; texts labelled "Hôm nay" are skipped).

Midnight. A time of exactly 00:00 is what CMSs store for a day entered
without a time, so it gives a date only ("2026-11-16T00:00:00+07:00" ->
"2026-11-16").

Offsets. Vietnamese portals are all on UTC+7. An ISO value with `Z`/`+00:00`
is a true UTC instant and is converted to +07:00. Any other offset that is
not +07:00 (NukeViet microdata says "2024-10-08T04:01:27-04:00") comes from a
mis-set server time zone printing the local wall-clock time with a wrong
label, so the wall-clock time is kept and relabelled +07:00 - unless a visible
header day contradicts that reading and agrees with the converted instant. A
Blogger post's stamp is the exception: its offset is the blog's true zone.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from urllib.parse import urlsplit

import lxml.etree

from ward_scraper.util.page import class_and_id
from ward_scraper.util.text import fold, positions, squash, where_it_opens
from ward_scraper.util.urls import same_page

ICT = timezone(timedelta(hours=7))
MIN_YEAR, MAX_YEAR = 1995, 2100

_ISO = where_it_opens(re.compile(
    r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?)?(?!\d)"))
# dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy, and "dd mm yyyy" (home-made templates print spaces).
_DMY = where_it_opens(re.compile(r"(?<![\d/.-])(\d{1,2})\s*([/.-]|\s)\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)"))
_YMD_SLASH = where_it_opens(re.compile(r"(?<!\d)(\d{4})/(\d{1,2})/(\d{1,2})(?!\d)"))
# "16:40", "09 : 18", "16h30", "14 giờ 05 phút", optional seconds and a 12-hour marker.
# (A marker may run into the next word, two spans printed without a space: "02:15 CHLượt xem: 386",
# "2:15 chiềuLượt xem: 96"; in capitals, or in lower case before a capital.)
# (Its 12-hour marker is also what tells a morning time printed without one: `_afternoon_by_markup`.)
_HALF_DAY = r"(?:AM|PM|SA|CH|sáng|chiều|tối)\b|(?-i:AM|PM|SA|CH|sáng|chiều|tối)(?=(?-i:[A-ZĐ]))"
_TIME = (r"(\d{1,2})\s*(?::|h|g|giờ)\s*(\d{2})(?:\s*phút|['’′])?(?:\s*:\s*(\d{2}))?"
         r"(?:\s*(" + _HALF_DAY + r"))?")
# The time after the day, also behind its own label ("Ngày: 12/04/2018 | Giờ: 15:20", "vào lúc 9:30",
# WP-Print's "10/01/2021 @ 14:32").
_TIME_AFTER = re.compile(r"^(?:[\s|,;:\-–—(@]|lúc|vào|giờ|at){0,8}" + _TIME, re.I)
_TIME_BEFORE = re.compile(_TIME + r"[\s,|\-–—]{0,4}(?:ngày\s*)?$", re.I)   # "08:35 ngày 21/11/2025"
_TIME_ANYWHERE = re.compile(r"(?<![\d:])" + _TIME, re.I)
_DIGIT = re.compile(r"\d")
# A day in digits ("05-06-2024", "20/04/2026"): counted where one line may print two.
NUMERIC_DAY = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}")
# A weekday's name ("Thứ Sáu", "thứ 6", "Chủ nhật").
WEEKDAY = r"thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s+nhật"
_ZONE_OR_WEEKDAY = where_it_opens(re.compile(
    r"\(?\s*(?:GMT|UTC)\s*[+-]\s*0?7(?::?00)?\s*\)?|\b(?:" + WEEKDAY + r"|CN|T[2-7])\b", re.I))
_MONTHS = {"mot": 1, "gieng": 1, "hai": 2, "ba": 3, "tu": 4, "bon": 4, "nam": 5, "sau": 6,
           "bay": 7, "tam": 8, "chin": 9, "muoi": 10, "muoi mot": 11, "muoi hai": 12, "chap": 12}
# WordPress vi locale: "Tháng Ba 1, 2024"; also "Tháng 3 1, 2024", and its short month ("M j, Y"): "Th3 12, 2022".
_WORDPRESS = re.compile(
    r"(?:tháng\s+|\bthg?\.?\s?(?=\d{1,2}\s+\d{1,2},))(mười\s+một|mười\s+hai|mười|một|giêng|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|chạp|\d{1,2})"
    r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", re.I)    # (an English theme's ordinal: "Tháng Chín 27th, 2010")
# "ngày 14 tháng 5 năm 2021", "28 Tháng 7 2017", "08 Tháng Chín 2025" (SharePoint's vi-VN blog day).
# (A badge's short form: "10 Th11 2025", the vi locale's "15 thg 8, 2025".)
_LONG = re.compile(r"(?<!\d)(\d{1,2})\s+(?:tháng\s+|thg?\.?\s?(?=\d))(mười\s+một|mười\s+hai|mười|một|giêng|hai|"
                   r"ba|tư|bốn|năm|sáu|bảy|tám|chín|chạp|\d{1,2})\s*(?:,|năm)?\s*(\d{4})(?!\d)", re.I)
# A calendar leaf's spans joined by bars, the month short: "15 | Th8 | 2025" (not "Lượt xem: 3 | Tháng 12 | 2025").
_CALENDAR_LEAF = re.compile(r"(?<![\d:])(\d{1,2})\s*\|\s*thg?\.?\s?(\d{1,2})\s*\|\s*(\d{4})(?!\d)", re.I)
# English-locale themes: "July 14, 2025", "Jul 14, 2025", "14 July 2025", "14-Jul-2025".
_ENGLISH_MONTHS = {name: number for number, names in enumerate(
    (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
     ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
     ("november", "nov"), ("december", "dec")), start=1) for name in names}
_ENGLISH_MONTH = r"(" + "|".join(sorted(_ENGLISH_MONTHS, key=len, reverse=True)) + r")\.?"
_ENGLISH_MDY = re.compile(r"\b" + _ENGLISH_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)", re.I)
_ENGLISH_DMY = re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?[\s-]+" + _ENGLISH_MONTH + r",?[\s-]+(\d{4})(?!\d)", re.I)
_TODAY_LABEL = re.compile(r"hôm nay|today|truy cập", re.I)
# A year in two digits ("Ngày xuất bản 18/03/21", Liferay 6.2's short format) is
# read only behind a publish label: bare, "18/03/21" may be a number or a ratio.
_SHORT_YEAR_AFTER_LABEL = where_it_opens(re.compile(
    r"(?:ngày\s+(?:đăng|xuất\s+bản|phát\s+hành)|đăng\s+(?:lúc|ngày)|xuất\s+bản|posted|published)\s*:?\s*"
    r"(\d{1,2})/(\d{1,2})/(\d{2})(?![\d/])", re.I))
# ... and bare, as a timestamp's: with a clock right after it ("13/11/23 9:02 SA")
# or the weekday it falls on before it ("Thứ 2, 14/7/25").
_SHORT_YEAR = where_it_opens(re.compile(r"(?<![\d/.-])(\d{1,2})/(\d{1,2})/(\d{2})(?![\d/])"))
# ... also with dots or dashes ("26.08.25", "10-04-24"), where a clock stands right beside it.
_SHORT_YEAR_DOTTED = where_it_opens(re.compile(r"(?<![\d/.-])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d/.-])"))
_SHORT_YEAR_DASHED = where_it_opens(re.compile(r"(?<![\d/.-])(\d{1,2})-(\d{1,2})-(\d{2})(?![\d/.-])"))

# What a header date line is made of besides the date: times, weekdays, labels, counters.
_DATE_LINE_PARTS = where_it_opens(re.compile(
    r"\d{1,4}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{1,4}|\d{1,2}\s*(?::|h)\s*\d{2}(?:\s*:\s*\d{2})?(?:\.\d+)?"
    r"|T\d{2}:\d{2}\S*|\b(?:AM|PM|SA|CH|GMT\s*[+-]?\s*\d*)\b"
    r"|\b(?:" + WEEKDAY + r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
    r"|\b(?:ngày\s+đăng(?:\s+tin)?|ngày\s+đưa\s+tin|ngày\s+cập\s+nhật|cập\s+nhật(?:\s+lúc)?|đăng\s+lúc|đăng\s+ngày|"
    r"ngày\s+xuất\s+bản|xuất\s+bản|ngày|giờ|lúc|posted|updated)\b"
    r"|(?:lượt xem|số lượt xem|đã xem|view count)\s*:?\s*[\d.,]*", re.I))
# URL and id evidence.
_URL_YMD = re.compile(r"/(\d{4})-(\d{1,2})-(\d{1,2})/")
_URL_Y_M_D = re.compile(r"/(\d{4})/(\d{1,2})/(\d{1,2})/")
_VCCORP_ID = re.compile(r"-(\d{18,19})\.htm")
_EPOCH_MS = re.compile(r"(?:/view-article/\d+/\d+/|[?&]art=)(\d{13})(?!\d)")


def _valid(year: int, month: int, day: int) -> date | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _iso(day: date, hour: int | None = None, minute: int | None = None) -> str:
    # Midnight is how CMSs store a day entered without a time: no time is known.
    if hour is None or hour == minute == 0:
        return day.isoformat()
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}+07:00"


def _clock(hour: str, minute: str, marker: str | None) -> tuple[int, int] | None:
    h, m = int(hour), int(minute)
    marker = fold(marker or "")
    if marker in ("pm", "ch", "chieu", "toi") and h < 12:
        h += 12
    elif marker in ("am", "sa", "sang") and h == 12:
        h = 0
    if h > 23 or m > 59:
        return None
    return h, m


def _iso_match(match: re.Match) -> str | None:
    year, month, day, hour, minute, _sec, offset = match.groups()
    found = _valid(int(year), int(month), int(day))
    if found is None:
        return None
    if hour is None:
        return _iso(found)
    if int(hour) > 23 or int(minute) > 59:
        return None
    if offset in ("Z", "+00:00", "+0000"):
        instant = datetime(found.year, found.month, found.day, int(hour), int(minute), tzinfo=timezone.utc)
        local = instant.astimezone(ICT)
        return _iso(local.date(), local.hour, local.minute)
    return _iso(found, int(hour), int(minute))


def converted(text: str) -> str | None:
    """The other reading of an ISO value with a foreign offset: the instant
    converted to +07:00 (used only to agree with a visible header day)."""
    match = _ISO.search(text)
    if not match or not match.group(7) or match.group(4) is None:
        return None
    stamp = match.group(0).strip().replace(" ", "T")
    stamp = re.sub(r"\.\d+", "", stamp)
    stamp = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", stamp)
    try:
        instant = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None
    local = instant.astimezone(ICT)
    return _iso(local.date(), local.hour, local.minute)


# A document's dateline, its place then its day, as official texts sign off
# ("Hoàng Đồng, ngày 25 tháng 01 năm 2018"): at a notice's foot, the day it was written.
_PLACE_DATELINE = re.compile(r"^([^\d,;:]{2,40}),\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\s*\.?$", re.I)
# "Sáng nay, ngày …" opens a sentence: a place is a name, its words capitalised.
_NOT_A_PLACE = re.compile(r"^(?:sáng|trưa|chiều|tối|đêm|hôm|vào|từ|trong|đến)\b", re.I)


# A document's number and day ("Số 312/TB-UBND ngày 03/12/2025", "Số: 15/KH-UBND, ngày …"): the
# day it was signed, printed as the first line of a notice posted as the article.
DOCUMENT_REFERENCE = r"\bsố\s*:?\s*\d+\s*/\s*[\w.-]+(?:/[\w.-]+)*\s*,?\s+ngày\b"
_OPENS_WITH_A_DOCUMENT_REFERENCE = re.compile(r"\s*" + DOCUMENT_REFERENCE, re.I)


def is_document_reference(text: str) -> bool:
    """Whether a line opens with a document's number and day."""
    return bool(_OPENS_WITH_A_DOCUMENT_REFERENCE.match(text))


def is_place_dateline(text: str | None) -> bool:
    match = _PLACE_DATELINE.match(squash(text))
    if not match or _NOT_A_PLACE.match(match.group(1)):
        return False
    return all(word[:1].isupper() or word[:1].isdigit() for word in match.group(1).split())


# Unix times outside these years are not a news article's (a zero, a counter).
_UNIX_YEARS = (1995, 2100)


def from_unix_time(seconds: int) -> str | None:
    """A Unix time as the archive's local date and time ("2022-05-12T07:30+07:00")."""
    try:
        local = datetime.fromtimestamp(seconds, ICT)
    except (OverflowError, OSError, ValueError):
        return None
    if not _UNIX_YEARS[0] <= local.year < _UNIX_YEARS[1]:
        return None
    return _iso(local.date(), local.hour, local.minute)


# Every day these patterns read holds a year's four digits; a month spelt out
# holds "tháng", or an English month's first three letters.
_YEAR_DIGITS = re.compile(r"\d{4}")
_ENGLISH_MONTH_STARTS = re.compile("|".join(sorted({name[:3] for name in _ENGLISH_MONTHS})))


def _spelt_months(text: str) -> tuple[bool, bool]:
    """Whether `text` may hold a month spelt in Vietnamese, and one in English.
    A search of the lower-cased text, case and all, is a fraction of the
    patterns' cost, tried at every position regardless of case (which also
    takes the long s 'ſ' for an s, as `str.lower` does not)."""
    lowered = text.lower()
    return "tháng" in lowered or bool(_SHORT_MONTH.search(lowered)), \
        "\u017f" in text or bool(_ENGLISH_MONTH_STARTS.search(lowered))


_SHORT_MONTH = re.compile(r"\d\s+(?:\|\s*)?thg?\.?\s?\d|\bthg?\.?\s?\d{1,2}\s+\d{1,2},")


def parse_datetime_text(text: str | None) -> str | None:
    """The first valid date (with its time when one is attached) in a header
    text, as ISO. Accepts every header form of portals.md section 4.2."""
    text = squash(text)
    if not text:
        return None
    if not _YEAR_DIGITS.search(text):
        # (The only readings without a four-digit year.)
        return _labelled_short_year(text) or (_spelt_day(text) if may_spell_a_day(text) else None)
    # (The two-digit year's reading depends on today: it is not kept.)
    # A day and month in words before the year in digits ("ngày mười lăm tháng Ba năm 2024") last.
    return _four_digit_reading(text) or _labelled_short_year(text) \
        or (_spelt_day(text) if may_spell_a_day(text) else None)


# One extraction reads the same date texts again and again (the platform's
# date lines and the generic reading's, the places of its ranked lines, the
# header's days, the chosen line's time), at a few dozen patterns a text: each
# is read once. The cache holds about one page's date texts, as `squash`'s
# does its texts.
@lru_cache(maxsize=64)
def _four_digit_reading(text: str) -> str | None:
    """`parse_datetime_text` of a text holding a four-digit year, but the
    two-digit year's reading behind a label."""
    vietnamese, english = _spelt_months(text)
    candidates: list[tuple[int, str]] = []
    # (Each form is looked for only where its separator is in the text: most texts hold one form.)
    for match in _ISO.finditer(text) if "-" in text else ():
        value = _iso_match(match)
        if value:
            candidates.append((match.start(), value))
    for match in _DMY.finditer(text):
        value = _dmy_with_time(text, match)
        if value:
            candidates.append((match.start(), value))
    for match in _YMD_SLASH.finditer(text) if "/" in text else ():
        found = _valid(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if found:
            candidates.append((match.start(), _iso(found)))
    for match in _WORDPRESS.finditer(text) if vietnamese else ():
        found = _valid(int(match.group(3)), _month(match.group(1)), int(match.group(2)))
        if found:
            candidates.append((match.start(), _with_time(text, match, found)))
    for pattern in ((_LONG, _CALENDAR_LEAF) if "|" in text else (_LONG,)) if vietnamese else ():
        for match in pattern.finditer(text):
            found = _valid(int(match.group(3)), _month(match.group(2)), int(match.group(1)))
            if found:
                candidates.append((match.start(), _with_time(text, match, found)))
    for match in _ENGLISH_MDY.finditer(text) if english else ():
        found = _valid(int(match.group(3)), _english_month(match.group(1)), int(match.group(2)))
        if found:
            candidates.append((match.start(), _with_time(text, match, found)))
    for match in _ENGLISH_DMY.finditer(text) if english else ():
        found = _valid(int(match.group(3)), _english_month(match.group(2)), int(match.group(1)))
        if found:
            candidates.append((match.start(), _with_time(text, match, found)))
    for start, value in sorted(candidates):
        if not _TODAY_LABEL.search(text[max(0, start - 20):start]):
            return value
    return None


def _labelled_short_year(text: str) -> str | None:
    # (The slashed forms are looked for only in a text with a slash: most texts read have none.)
    match = _SHORT_YEAR_AFTER_LABEL.search(text) if "/" in text else None
    if match:
        found = _short_year_found(text, match)
        return _with_time(text, match, found) if found else None
    for match in _SHORT_YEAR.finditer(text) if "/" in text else ():
        found = _short_year_found(text, match)
        if found and (_TIME_AFTER.match(text[match.end():]) or _weekday_before(text, match.start()) == found.weekday()):
            return _with_time(text, match, found)
    for pattern in (_SHORT_YEAR_DOTTED, _SHORT_YEAR_DASHED) if "." in text or "-" in text else ():
        for match in pattern.finditer(text):
            found = _short_year_day(*match.groups())
            if found and (_TIME_AFTER.match(text[match.end():]) or _TIME_BEFORE.search(
                    squash(text[max(0, match.start() - 24):match.start()].replace("|", " ")))):
                return _with_time(text, match, found)     # "07:45 | 26.08.25", "10-04-24 07:58"
    return None


def _short_year_found(text: str, match: re.Match) -> date | None:
    """The day of a two-digit year's date, day first; month first only with an
    English clock after it where no day comes first: Liferay's en-US short
    format, "M/d/yy h:mm a" ("8/14/25 4:05 PM")."""
    day, month, short = match.groups()[-3:]
    found = _short_year_day(day, month, short)
    if found is None and ENGLISH_CLOCK.match(text[match.end():].lstrip()):
        found = _short_year_day(month, day, short)
    return found


def short_year_alone(text: str) -> str | None:
    """The ISO day of a text that is only a day with a two-digit year
    ("08/12/22"), for an element named as the article's date: its name is
    the label that makes the bare form a date."""
    match = _SHORT_YEAR.fullmatch(text.strip())
    found = _short_year_day(*match.groups()) if match else None
    return _iso(found) if found else None


# A day spelt in words, as official texts write it ("ngày ba mươi mốt tháng tám năm hai nghìn
# không trăm hai mươi lăm"), matched folded ("mười" and "mươi" fold alike: their place tells them apart).
_NUMBER_WORDS = {"khong": 0, "mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "lam": 5, "sau": 6,
                 "bay": 7, "tam": 8, "chin": 9}
_NUMBER_WORD = r"(?:khong|mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin|muoi|tram|nghin|ngan|linh|le)"
_SPELT_DAY = re.compile(rf"\bngay ((?:{_NUMBER_WORD} ){{1,3}})thang ((?:{_NUMBER_WORD}|gieng|chap)(?: {_NUMBER_WORD})?) "
                        rf"nam ((?:hai|mot) (?:nghin|ngan)(?: {_NUMBER_WORD}){{0,6}}|(?:19|20)\d\d)\b")
_SPELT_MONTHS = {"gieng": 1, "chap": 12}


def may_spell_a_day(text: str) -> bool:
    """Whether a text may spell a day in words, its year too or in digits
    (a cheap test before the pattern)."""
    lowered = text.lower()
    return "tháng" in lowered and ("nghìn" in lowered or "ngàn" in lowered
                                   or "ngày" in lowered and _YEAR_IN_DIGITS.search(lowered) is not None)


_YEAR_IN_DIGITS = re.compile(r"năm\s+(?:19|20)\d\d\b")


def _spelt_day(text: str) -> str | None:
    match = _SPELT_DAY.search(fold(text))
    if not match:
        return None
    day, month, year = (_spoken_number(group.split()) for group in match.groups())
    month = _SPELT_MONTHS.get(match.group(2), month)
    found = _valid(year, month, day) if day and month and year else None
    return _iso(found) if found else None


def _spoken_number(words: list[str]) -> int | None:
    """A number read aloud: "ba mươi mốt" 31, "mười lăm" 15, "hai nghìn không trăm hai mươi lăm" 2025
    (or a year in digits)."""
    if len(words) == 1 and words[0].isdigit():
        return int(words[0])
    total = current = 0
    for word in words:
        if word in ("nghin", "ngan"):
            total, current = total + (current or 1) * 1000, 0
        elif word == "tram":
            total, current = total + current * 100, 0
        elif word == "muoi":
            current = current * 10 if current else 10     # "hai mươi" 20; "mười" 10
        elif word in _NUMBER_WORDS:
            current += _NUMBER_WORDS[word]
        elif word not in ("linh", "le"):                   # "hai nghìn linh năm" 2005
            return None
    return total + current


def _short_year_day(day: str, month: str, short: str) -> date | None:
    # The century that puts the year nearest today, never in the future.
    year = 2000 + int(short) if 2000 + int(short) <= date.today().year else 1900 + int(short)
    return _valid(year, int(month), int(day))


def _english_month(word: str) -> int:
    """An English month's number; 0 (no day) for a word the case-blind pattern
    matched but the table lacks ("ſept": IGNORECASE takes the long s for an s)."""
    return _ENGLISH_MONTHS.get(word.lower().replace("\u017f", "s"), 0)


def _month(word: str) -> int:
    """A month as a number or a Vietnamese name ("Chín", "Mười Một")."""
    folded = fold(re.sub(r"\s+", " ", word))
    return int(folded) if folded.isdigit() else _MONTHS[folded]


def time_of_day(text: str | None) -> str | None:
    """The clock time a text prints, as 24-hour "HH:MM", for templates that
    print the time apart from the day: "Đăng lúc 3:15 CH bởi Quản trị" -> "15:15"."""
    for match in _clocks(squash(text)):
        parsed = _clock(match.group(1), match.group(2), match.group(4))
        if parsed:
            return f"{parsed[0]:02d}:{parsed[1]:02d}"
    return None


def clock_count(text: str) -> int:
    """How many clock times a text prints ("T2, 2/6/2025 563 16:30": one)."""
    return sum(1 for _ in _clocks(text))


# A relative time, as social-style templates print the posting's ("3 tuần trước", "Hôm qua lúc 15:30"):
# it marks a meta line; a day is counted back from it only where it stands alone (`relative_stamp_day`).
RELATIVE_TIME = where_it_opens(re.compile(
    r"\b(?:\d+|một|hai|ba|vài)\s+(?:giây|phút|giờ|tiếng|ngày|tuần|tháng|năm)\s+trước\b|"
    r"\bhôm\s+(?:qua|kia)\b(?:\s+lúc\s+\d{1,2}[:h]\d{2})?", re.I))
# The part of a relative time a day can be counted back from: seconds, minutes,
# hours ("tiếng") and days. A week, a month or a year is a rounding ("1 tuần trước"
# for eight or twelve days ago), and "vài" (a few) no number: left unread.
_RELATIVE_DAYS = re.compile(r"\b(\d{1,3}|một|hai|ba|bốn|năm)\s+(giây|phút|giờ|tiếng|ngày)\s+trước\b"
                            r"|\bhôm\s+(qua|kia)\b", re.I)
_SPOKEN_COUNTS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5}


# A posting's relative time as a stamp of its own: the whole text of its element, with a
# posting label at most ("Đăng 3 ngày trước"; not "… 3 ngày trước lễ khánh thành", "before").
_RELATIVE_STAMP = re.compile(rf"(?:(?:đăng|đăng lúc|posted)\s*:?\s*)?(?:{_RELATIVE_DAYS.pattern})"
                             r"(?:\s+lúc\s+\d{1,2}[:h]\d{2})?", re.I)


def relative_stamp_day(text: str | None, served_on: date) -> str | None:
    """The day a relative time standing alone counts back to from the day the page
    was served: "Đăng 3 ngày trước" served on 5 December 2026 -> "2026-12-02"; "2 giờ
    trước" -> the day served (the hour it was served is not known to the day's reader)."""
    match = _RELATIVE_STAMP.fullmatch(squash(text)) if text else None
    if match is None:
        return None
    if match[3]:
        back = 1 if match[3].lower() == "qua" else 2
    else:
        count = match[1].lower()
        back = (int(count) if count.isdigit() else _SPOKEN_COUNTS[count]) if match[2].lower() == "ngày" else 0
    return (served_on - timedelta(days=back)).isoformat()


# A clip's length, which reads like a clock: "Thời lượng: 03:45".
DURATION_LABEL = re.compile(r"thời\s+lượng|độ\s+dài|duration", re.I)
_DURATION_BEFORE = re.compile(f"(?:{DURATION_LABEL.pattern})\\s*:?\\s*$", re.I)


def _clocks(text: str):
    """The clock times a text prints, not a clip's length."""
    for match in _TIME_ANYWHERE.finditer(text):
        if not _DURATION_BEFORE.search(text, max(0, match.start() - 20), match.start()):
            yield match


def is_bare_date(text: str) -> bool:
    """A date with at most its label, weekday, time and counter ("Ngày xuất bản: 29/11/2022"), nothing else."""
    return not strip_dates(text) and parse_datetime_text(text) is not None


def strip_dates(text: str | None) -> str:
    """A header line without its dates, times, weekday, date labels and view
    counter: "Trung tâm Văn hoá & Thể thao phường 21:52 09/09/2025" ->
    "Trung tâm Văn hoá & Thể thao phường"; "Ngày đăng 30/09/2020 | 16:00" -> "";
    "Thứ Hai, 08 Tháng Chín 2025" -> ""."""
    return _stripped(squash(text))


@lru_cache(maxsize=64)      # the same lines again in one extraction, as for `_four_digit_reading`
def _stripped(text: str) -> str:
    if may_spell_a_day(text):
        folded = fold(text)
        if len(folded) == len(text):    # (the same places in both)
            # (Its "ngày" is left for the labels' pattern: "Đăng ngày …" is a label whole.)
            for match in reversed(list(_SPELT_DAY.finditer(folded))):
                text = f"{text[:match.start() + len('ngày')]} {text[match.end():]}"
    vietnamese, english = _spelt_months(text) if _YEAR_DIGITS.search(text) else (False, False)
    spelled = ((_LONG, _CALENDAR_LEAF, _WORDPRESS) if vietnamese else ()) + ((_ENGLISH_MDY, _ENGLISH_DMY) if english else ())
    for pattern in spelled:   # days written with month words
        text = pattern.sub(" ", text)
    return squash(_DATE_LINE_PARTS.sub(" ", text)).strip(" |-–—,;:()")


def _dmy_with_time(text: str, match: re.Match) -> str | None:
    """Day first, as Vietnamese write it; month first only when the numbers
    allow nothing else: SharePoint's list forms in their default English
    locale print "7/14/2019 2:30 PM"."""
    day, separator, month, year = match.groups()
    if separator == "/" and _behind_an_english_label(text, match.start(), match.end()):
        day, month = month, day     # .NET's en-US default on an English page, "Published date: 11/7/2025 3:45:12 PM"
    found = _valid(int(year), int(month), int(day))
    if found is None and separator == "/" and int(day) <= 12 < int(month):
        found = _valid(int(year), int(day), int(month))
    # A weekday printed before the day settles the order when only the month-first
    # reading falls on it: Drupal 7's default "Thu, 08/10/2023 - 09:14" is
    # Thursday 10 August, and in its Vietnamese translation "T6, 10/03/2025 -
    # 14:22" is Friday 3 October. (A day-first reading the weekday fits stays.)
    shown = _weekday_before(text, match.start())
    if shown is not None and (found is None or found.weekday() != shown):
        swapped = _valid(int(year), int(day), int(month))
        if swapped is not None and swapped.weekday() == shown:
            found = swapped
    elif separator == "/" and _DRUPAL_DEFAULT_TIME.match(text, match.end()) \
            and _DRUPAL_WEEKDAY.search(text[max(0, match.start() - 6):match.start()]):
        # Drupal's untranslated default, "Tue, 03/12/2019 - 10:15" ('D, m/d/Y - H:i'), is month
        # first where both readings fall on its weekday. (A whole name, "Wednesday, …", is not it.)
        swapped = _valid(int(year), int(day), int(month))
        found = swapped if swapped is not None and swapped.weekday() == shown else found
    return _with_time(text, match, found) if found else None


_DRUPAL_DEFAULT_TIME = re.compile(r" - \d{2}:\d{2}(?!\d)")
_DRUPAL_WEEKDAY = re.compile(r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), $")


# ("Thu," with its comma, or the whole name: a bare "thu" is also a Vietnamese word, autumn.)
_ENGLISH_WEEKDAY_BEFORE = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)(?:\.?,|(?<=mon)day|(?<=tue)sday|(?<=wed)nesday|"
                                     r"(?<=thu)rsday|(?<=fri)day|(?<=sat)urday|(?<=sun)day)\s*,?\s*$", re.I)
_ENGLISH_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


# "Thứ Sáu, ", "thứ 6 - ", "T6, ", "Chủ nhật, ngày ", "CN, " (Monday is "Thứ Hai", 2).
_VIETNAMESE_WEEKDAY_BEFORE = where_it_opens(re.compile(
    r"(?:\bthứ\s+(hai|ba|tư|năm|sáu|bảy|[2-7])|\bT([2-7])|(chủ\s+nhật|\bCN))"
    r"\s*[,\-–]?\s*(?:ngày\s*)?$", re.I))
_VIETNAMESE_WEEKDAY_NAMES = ("hai", "ba", "tư", "năm", "sáu", "bảy")


def _weekday_before(text: str, start: int) -> int | None:
    """The weekday (Monday 0) printed right before a day, in English or Vietnamese, if any."""
    before = text[max(0, start - 24):start]
    match = _ENGLISH_WEEKDAY_BEFORE.search(before[-16:])
    if match:
        return _ENGLISH_WEEKDAYS.index(match.group(1).lower())
    match = _VIETNAMESE_WEEKDAY_BEFORE.search(before)
    if not match:
        return None
    if match.group(3):
        return 6
    name = (match.group(1) or match.group(2)).lower()
    return int(name) - 2 if name.isdigit() else _VIETNAMESE_WEEKDAY_NAMES.index(name)


# The clock .NET prints after a month-first day in its en-US default format
# (seconds and an English AM/PM); its vi-VN default is day first with SA/CH.
# ... read so only behind an English label: Vietnamese sites on the invariant culture print
# "05/11/2025 10:30:00 AM" day first.
_ENGLISH_LABEL = re.compile(r"\b(?:published|posted|updated|date|on)\b[^/]{0,20}$", re.I)
_US_CLOCK_AFTER = re.compile(r"\s+\d{1,2}:\d{2}:\d{2}\s*[AP]M\b")


# SharePoint's own English stamp of a post, "Posted by System Account at 4/5/2019 9:30 AM": its
# English words are the site's language, en-US, whose days are month first (whatever the text's).
_POSTED_BY_AT_IN_ENGLISH = re.compile(r"\bposted\s+by\s+[^/|]{1,60}?\s+at\s+$", re.I)
_PADDED = re.compile(r"(?<![\d])0\d")
_ENGLISH_CLOCK_AFTER = re.compile(r"\s+\d{1,2}:\d{2}(?::\d{2})?\s*[AP]M\b")


def _behind_an_english_label(text: str, start: int, end: int) -> bool:
    """Whether the slashed day at `text[start:end]` is .NET's en-US default behind
    an English label ("Published date: 11/7/2025 3:45:12 PM"), or SharePoint's
    English stamp of a post ("Posted by … at 4/5/2019 9:30 AM"): month first."""
    before = text[:start]
    # (SharePoint's en-US stamp writes its numbers unpadded, "4/5/2019": an English theme's day-first
    # "05/10/2019" is not read so.)
    return bool(_US_CLOCK_AFTER.match(text, end)) and bool(_ENGLISH_LABEL.search(before)) \
        or bool(_ENGLISH_CLOCK_AFTER.match(text, end)) and bool(_POSTED_BY_AT_IN_ENGLISH.search(before)) \
        and not _PADDED.search(text, start, end)


def _with_time(text: str, match: re.Match, found: date) -> str:
    """The day `match` read, with the time printed right after it
    ("30/09/2020 | 16:00", "14/05/2021, 16:40 CH") or right before it
    (F3: "21:52 09/09/2025", "08:35 ngày 21/11/2025")."""
    after = _TIME_AFTER.match(text[match.end():])
    # "Đăng lúc 14:30 (GMT+7) - Thứ Sáu, 27/09/2019": the zone and the weekday between are stepped over.
    # (Where no digit stands before the day, no time does: most lines open with a label or a weekday.)
    leading = text[max(0, match.start() - 48):match.start()]
    before = _TIME_BEFORE.search(squash(_ZONE_OR_WEEKDAY.sub(" ", leading))[-24:]) if _DIGIT.search(leading) else None
    for clock in (after, before):
        if clock:
            parsed = _clock(clock.group(1), clock.group(2), clock.group(4))
            if parsed and clock is after and _UNIVERSAL_TIME.match(text, match.end() + clock.end()):
                return _in_vietnam(found, *parsed)     # "30/08/2025, 01:30 (UTC)" is 08:30 here
            zone = _US_ZONE.match(text, match.end() + clock.end()) if parsed and clock is after else None
            if zone:
                # PHP-Nuke's server clock: "09 Tháng Mười Hai 2005 @ 03:20:11 EST" is 15:20 here.
                return _in_vietnam(found, *parsed, offset=_US_ZONE_HOURS[zone[1].upper()])
            if parsed:
                return _iso(found, *parsed)
    return _iso(found)


# A time printed as universal time ("01:30 (UTC)", "01:30 GMT"; not "(GMT+7)").
# Also as a zero offset ("02:10:00 +0000": Liferay's display date, RFC 822).
_UNIVERSAL_TIME = re.compile(r"\s*\(?\s*(?:UTC|GMT)(?:\s*[+±]\s*0{1,2}(?::?00)?(?![\d:]))?(?!\s*[+-]\s*\d)"
                             r"|\s*[+-]00:?00(?![\d:])", re.I)


# The zones of United States servers (old hosted portals print their clock's), by their
# abbreviations after the clock ("CST" is also China's: not read).
_US_ZONE_HOURS = {"EST": -5, "EDT": -4, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7}
_US_ZONE = re.compile(r"(?::\d\d)?\s*\(?\s*(" + "|".join(_US_ZONE_HOURS) + r")\b", re.I)


def _in_vietnam(day: date, hour: int, minute: int, offset: int = 0) -> str:
    """Vietnam's time of a clock read in the zone `offset` hours from universal time."""
    zone = timezone(timedelta(hours=offset)) if offset else timezone.utc
    local = datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone).astimezone(ICT)
    return _iso(local.date(), local.hour, local.minute)


def date_from_url(url: str | None) -> str | None:
    """A date carried by the URL or the article id, else None.

    `/portal/pages/2024-2-16/…` and `/yyyy/mm/dd/` give a day. The Hanoi
    VCCorp id `<site prefix><yyMMddHHmmss><2-3 digits>` and the epoch-ms ids of
    Quảng Trị (`view-article/1/<cat>/<ms>`) and Quảng Bình (`art=<ms>`) give a
    time as well. A year folder (`/portal/pages/2020/`) or `/yyyy/mm/` alone is
    evidence, not a date: it gives None.
    """
    if not url:
        return None
    for pattern in (_URL_YMD, _URL_Y_M_D):
        match = pattern.search(url)
        if match:
            found = _valid(int(match.group(1)), int(match.group(2)), int(match.group(3)))
            if found:
                return _iso(found)
    match = _VCCORP_ID.search(url)
    if match:
        return _from_vccorp_id(match.group(1))
    match = _EPOCH_MS.search(url)
    if match:
        local = datetime.fromtimestamp(int(match.group(1)) / 1000, tz=ICT)
        if MIN_YEAR <= local.year <= MAX_YEAR:
            return _iso(local.date(), local.hour, local.minute)
    return None


def _from_vccorp_id(digits: str) -> str | None:
    # The site prefix is 4 digits on every portal seen (2783, 2835, 2806, 2702);
    # a 3-digit prefix is tried second for 18-digit ids.
    for prefix in (4, 3):
        stamp = digits[prefix:prefix + 12]
        if len(stamp) < 12 or len(digits) - prefix - 12 not in (2, 3):
            continue
        try:
            when = _stamp_time(stamp)
        except ValueError:
            continue
        return _iso(when.date(), when.hour, when.minute)
    return None


def _stamp_time(stamp: str) -> datetime:
    """`datetime.strptime(stamp, "%y%m%d%H%M%S")` of twelve digits: for ASCII
    digits, each field is two of them (a field read as one digit leaves
    digits over, which strptime refuses) and the checks are `datetime`'s own
    (strptime's patterns allow no more than they do). strptime reads the
    locale on every call and compiles its patterns on the first (3 ms a
    process: a process reading one page, or a batch's first pages)."""
    if not stamp.isascii():
        return datetime.strptime(stamp, "%y%m%d%H%M%S")
    year, month, day, hour, minute, second = (int(stamp[at:at + 2]) for at in range(0, 12, 2))
    # (The Open Group's rule, as strptime's: 00-68 are 2000-2068, 69-99 are 1969-1999.)
    return datetime(year + (2000 if year <= 68 else 1900), month, day, hour, minute, second)


def year_month_from_url(url: str | None) -> tuple[int, int | None] | None:
    """Partial URL evidence (`/portal/pages/2020/`, `/2024/12/`): (year, month
    or None). Useful to sanity-check a date, never published as one."""
    if not url:
        return None
    match = re.search(r"/((?:19|20)\d{2})/(?:(\d{1,2})/)?", url)
    if not match:
        return None
    year, month = int(match.group(1)), match.group(2)
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    month_value = int(month) if month and 1 <= int(month) <= 12 else None
    return year, month_value


_MARKUP_META = ("article:published_time", "datePublished", "dc.date", "DC.date", "dc.date.issued",
                "DC.date.issued", "og:published_time", "pubdate", "publishdate")


# (Compiled once: `tree.xpath(...)` compiles its expression on every call.)
_ITEMPROP_DATES = lxml.etree.XPath("//*[@itemprop='datePublished'][not(self::meta)]")
_RDFA_DATES = lxml.etree.XPath("//*[@content][contains(concat(' ', normalize-space(@property), ' '), ' dc:date ')]")


def markup_values(page) -> list[str]:
    """Raw machine-readable publish dates of the page, best first."""
    if page is None:
        return []
    tree = page.tree
    values: list[str] = []
    in_utc = (page.meta("generator") or "").startswith("Odoo")
    for name in _MARKUP_META:
        values.extend(_naive_as_utc(content) if in_utc else content or "" for content in page.meta_contents(name))
    if page.may_have(("itemprop",)):     # (else no walk of the tree for it)
        for element in _ITEMPROP_DATES(tree):
            # (A wrapper so marked may hold the `<time datetime>` itself: its words are only the day.)
            inner = element.find(".//time[@datetime]")
            values.append(element.get("datetime") or element.get("content")
                          or (inner.get("datetime") if inner is not None else element.text_content()))
    if b"dc:date" in page.source_lower:      # Drupal 7's RDFa: `<span property="dc:date dc:created" content=…>`
        values.extend(element.get("content") for element in _RDFA_DATES(tree) if not in_comments(element))
    values.extend(json_ld_published(page, of_pages=False))
    for element in tree.iter("time"):
        if element.get("datetime") is not None and not in_comments(element) and not beside_a_title_link(element) \
                and not _under_another_items_heading(element, page):
            values.append(element.get("datetime"))
    # (A whole page's or site's item last, unless it names this page: a theme's `WebPage` may describe
    # the home page.)
    values.extend(json_ld_published(page, of_pages=True))
    return [value for value in values if value and value.strip()]


def _naive_as_utc(value: str | None) -> str:
    """A stamp without a zone, read as universal time: Odoo writes a post's
    `article:published_time` from its database, in UTC ("2025-09-15 01:20:00"
    is 08:20 in Vietnam)."""
    value = (value or "").strip()
    return f"{value.replace(' ', 'T')}Z" if _NAIVE_STAMP.match(value) else value


_NAIVE_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?$")


def json_ld_published(page, of_pages: bool | None = None) -> list[str]:
    """The `datePublished` values of the page's JSON-LD items: all of them, or
    only those of articles and other works or of this page (`of_pages` False),
    or only those of other whole pages and sites (`of_pages` True: a theme's
    `WebPage` describing the home page)."""
    return [item["datePublished"] for item in page.json_ld if isinstance(item.get("datePublished"), str)
            and (of_pages is None or _of_another_whole_page(item, page.url) == of_pages)]


def _of_another_whole_page(item: dict, url: str) -> bool:
    kinds = item.get("@type")
    kinds = [kind for kind in (kinds if isinstance(kinds, list) else [kinds]) if isinstance(kind, str)]
    named = {str(item.get(key) or "").split("#")[0].rstrip("/") for key in ("url", "@id")}
    return bool(kinds) and all(kind in _PAGE_TYPES for kind in kinds) and url.split("#")[0].rstrip("/") not in named


# JSON-LD types of a whole page or site, not of the article on it.
_PAGE_TYPES = frozenset(("WebPage", "WebSite", "CollectionPage", "SearchResultsPage", "AboutPage", "ContactPage",
                         "Organization"))


# A link of this many words is another article's title (a tool link is a word or two: "In bài").
TITLE_LINK_WORDS = 5


def beside_a_title_link(element) -> bool:
    """A listing's item: a `<time>` beside a link worded as a title ("<a>Lễ hội
    mừng lúa mới …</a> <time datetime=…>"), another article's day."""
    parent = element.getparent()
    return parent is not None and any(len(link.text_content().split()) >= TITLE_LINK_WORDS
                                      for link in parent.iterchildren("a") if link.get("href"))


def _under_another_items_heading(element, page) -> bool:
    """A `<time>` a few levels under a heading that links to another page
    (a theme's related post: `div.single-related-posts` > `h3.entry-title > a`
    beside `div.below-entry-meta` > … > `time`), that post's day. (Not the
    article's own headline, linked to its own address or named by `<title>`.)"""
    node = element
    for _ in range(_TEASER_LEVELS):
        node = node.getparent()
        if node is None or next(node.iterchildren("h1"), None) is not None:
            return False    # (the article's own header: its category's link above its h1)
        for heading in node.iterchildren("h2", "h3", "h4", "h5"):
            link = heading.find(".//a[@href]")
            if link is not None and len((words := squash(link.text_content())).split()) >= TITLE_LINK_WORDS \
                    and not ((target := page.absolute(link.get("href"))) and same_page(target, page.url)) \
                    and fold(words) not in fold(page.text("title") or ""):
                return True
    return False


_TEASER_LEVELS = 3


def in_comments(element) -> bool:
    """A reader's comment or inside one (WordPress `li.comment`, `#comments`,
    SharePoint's `ms-CommentFooter`): its time is the comment's."""
    return any("comment" in class_and_id(node).lower()
               for node in (element, *element.iterancestors()))


def date_from_markup(page) -> tuple[str, str] | None:
    """(ISO value, raw value) of the first parseable markup date."""
    if page is None:
        return None
    # Each attempt of the chain reads the date, and the markup is the page's.
    return page.once("date from markup", lambda: _first_markup_date(page))


def with_markup_time(page, day: str) -> str:
    """A day printed without a time, with the time the article's markup gives
    for that same day (in Vietnam's time), else the day alone."""
    markup = date_from_markup(page)
    if markup and len(day) == 10:
        for reading in (converted(markup[1]), markup[0]):
            if reading and reading[:10] == day:
                return reading
    return day


def markup_days(page) -> tuple[str, ...]:
    """The day of the article's markup date, as written and in Vietnam's time."""
    markup = date_from_markup(page)
    return tuple(reading[:10] for reading in (converted(markup[1]), markup[0]) if reading) if markup else ()


def _first_markup_date(page) -> tuple[str, str] | None:
    for raw in markup_values(page):
        value = parse_datetime_text(raw)
        if value:
            return value, raw
    return None


_HALF_DAY_MARKER = re.compile(r"\b" + _HALF_DAY, re.I)     # (the \b binds the first alternative only)


def _afternoon_by_markup(page, header: str, text: str) -> str | None:
    """A time before one o'clock printed with no marker ("02:45 15/10/2025") is
    a 12-hour clock's when the article's markup gives the same day twelve
    hours later ("2025-10-15T14:45"): the markup's."""
    hour = int(header[11:13])
    if not 1 <= hour < 12 or _HALF_DAY_MARKER.search(text):
        return None
    markup = date_from_markup(page)
    if markup is None:
        return None
    afternoon = f"{header[:11]}{hour + 12:02d}{header[13:]}"
    return next((reading for reading in (converted(markup[1]), markup[0]) if reading == afternoon), None)


# An en-US clock ("9:15 AM"). With seconds ("3:45:12 PM"), .NET's en-US default, it says month first
# only behind an English label or beside other days that are (`_NET_CLOCK`): pages of
# Vietnamese sites also print "05/11/2025 10:30:00 AM" in a custom format, day first.
ENGLISH_CLOCK = re.compile(r"(?<![\d:])\d{1,2}:\d{2}\s*(?:AM|PM)\b")
# A .NET clock with seconds and an English half day ("7/8/2024 4:05:31 PM", en-US's default; a
# template's own "08/07/2024 04:05:31 PM"): month first only where the page's other days, printed
# bare, say so ("(07/31/2024)" in its list), not a counter's or a footer's stamp with its clock.
_NET_CLOCK = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}/\d{4}\s+\d{1,2}:\d{2}:\d{2}\s*[AP]M\b")
_US_SHORT_DATE = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}/\d{2}\s+\d{1,2}:\d{2}\s*(?:AM|PM)\b")
_SLASHED_DAY = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(?:19|20)\d{2}(?![\d/])")


# A slashed day of a two-digit year, the short form the template's stamps share.
_SHORT_YEAR_DAY = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/\d{2}(?![\d/])")


def _prints_day_first(html: str) -> bool:
    """Whether one of the page's short-year stamps is day first beyond doubt
    ("28/02/23 03:10 PM": a template writing "dd/MM/yy hh:mm tt"). (Its other
    days, a header's clock or the text's, may be written by other hands.)"""
    return any(int(first) > 12 >= int(second) for first, second in _SHORT_YEAR_DAY.findall(html))


def _prints_month_first(html: str, bare: bool = False) -> bool:
    """Whether the page's slashed days, where only one order is a date, are
    all month first ("7/15/2019") and at least one is: an en-US template's.
    `bare`: only the days printed without a clock after them count."""
    day_first = month_first_found = False
    for match in _SLASHED_DAY.finditer(html):
        if bare and _CLOCK_AFTER.match(html, match.end()):
            continue
        first, second = match.groups()
        day_first = day_first or int(first) > 12
        month_first_found = month_first_found or int(second) > 12 >= int(first)
    return month_first_found and not day_first


_CLOCK_AFTER = re.compile(r"\s+\d{1,2}:\d{2}")


def _read_month_first(text: str) -> bool:
    """Whether `parse_datetime_text` read the line's day month first already
    (.NET's en-US default behind an English label: "Published date: 11/7/2025 3:45:12 PM")."""
    return any(_behind_an_english_label(text, day.start(), day.end()) for day in _SLASHED_DAY.finditer(text))


def month_first(iso_day: str) -> str | None:
    """The other reading of a day whose day could be a month ("2025-03-08" -> "2025-08-03")."""
    year, month, day = iso_day.split("-")
    return f"{year}-{day}-{month}" if int(day) <= 12 and day != month else None


def published_at(page, header_texts: list[str], url: str, month_first_site: bool = False) -> str | None:
    """The article's publish date: visible header, then markup, then URL/id.
    `month_first_site`: the platform knows the site writes its days month first."""
    instant = _blog_post_instant(page)
    if instant:
        return instant
    text, header = next(((text, value) for text in header_texts or [] if (value := parse_datetime_text(text))),
                        (None, None))
    url_day = date_from_url(url) if header else None
    if url_day and len(header) > 10 and month_first(header[:10]) == url_day:
        # The day the URL names is the printed one read month first ("8/3/2025 9:15 AM",
        # SharePoint in its en-US default, under /pages/2025-08-03/): that day, with its time.
        header = month_first(header[:10]) + header[10:]
    elif header and len(header) == 10 and (other := month_first(header)) and (
            other == url_day or other in markup_days(page)):
        # A bare day printed month first ("08/05/2025" by a theme's en-US format) where the
        # URL's day (/2025/08/05/) or the article's own markup (datePublished) says so.
        header = other
    elif header and month_first(header[:10]) and url_day != header[:10] and (month_first_site or (
            ENGLISH_CLOCK.search(text) and (_US_SHORT_DATE.search(text) and not _prints_day_first(page.html)
                                            or _prints_month_first(page.html))
            or _NET_CLOCK.search(text) and not _read_month_first(text) and _prints_month_first(page.html, bare=True))):
        # "7/4/2019 9:15 AM" (or .NET en-US's "7/8/2024 4:05:31 PM") on a page whose other days are
        # all month first ("7/15/2019"); or the
        # en-US short date itself, a year of two digits before an AM/PM clock ("1/11/23 9:05 AM",
        # Liferay's default): a Vietnamese template writes the day first and a 24-hour clock.
        header = month_first(header[:10]) + header[10:]
    if header and len(header) > 10:
        # (The markup, read for a time the header lacks or for no header, is not read; nor for a
        # morning's time unless it may be a 12-hour clock printed without its marker.)
        return _afternoon_by_markup(page, header, text) or header
    if header:
        return with_markup_time(page, header)
    markup = date_from_markup(page)
    if markup:
        instant = converted(markup[1])
        if instant and instant != markup[0] and _prints_wall_time(page, markup[0]):
            return markup[0]
        return instant or markup[0]
    return date_from_url(url) or page_edit_stamp(page)


def _blog_post_instant(page) -> str | None:
    """A Blogger post's stamp, in Vietnam's time. Blogger prints a post's day and
    clock in the blog's own zone, and says which in the post's stamp (hAtom's
    `abbr.published`, "2009-07-18T08:47:00-07:00" under a blog whose owner never
    changed the default Pacific zone, or its `<time datetime>`): that offset is
    true, not a mis-set server's label, and the instant is the article's time
    (22:47 in Vietnam, where the page prints "08:47")."""
    if page is None or not ((page.meta("generator") or "").lower() == "blogger"
                            or (urlsplit(page.url).hostname or "").endswith(".blogspot.com")):
        return None
    stamps = [element.get("title") for element in page.css("abbr.published") if not in_comments(element)]
    return next((instant for stamp in [*stamps, *markup_values(page)] if stamp and (instant := converted(stamp))), None)


# FrontPage's Timestamp bot: the day the page (on a static site, the article) was last saved,
# printed where the template puts it ("Trang này được cập nhật lần cuối ngày 15/04/2005").
_FRONTPAGE_STAMP = re.compile(r'<!--\s*webbot\s+bot="Timestamp"([^>]*?)startspan\s*-->(.{4,60}?)<!--\s*webbot', re.I | re.S)
# Its format, when it puts the month first ("%m/%d/%Y", the US default).
_MONTH_FIRST_FORMAT = re.compile(r'S-Format="\s*%m', re.I)


def page_edit_stamp(page) -> str | None:
    """The day a static page's editor stamped it on saving (FrontPage's
    Timestamp bot): the article's day when the page shows no other."""
    if page is None or "webbot" not in page.html:
        return None
    stamp = _FRONTPAGE_STAMP.search(page.html)
    day = parse_datetime_text(squash(stamp[2])) if stamp else None
    if day and _MONTH_FIRST_FORMAT.search(stamp[1]):
        return month_first(day[:10]) or day     # ("03/04/2005" under "%m/%d/%Y": 4 March)
    return day


def _prints_wall_time(page, reading: str) -> bool:
    """Whether the page prints the markup's day and clock as they stand,
    without its offset ("23/12/2025 20:46" for "2025-12-23T20:46:00-04:00"):
    the portal's server wrote its local time under a wrong zone (NukeViet on
    a server set to US time), and the reader's time is the printed one."""
    if len(reading) <= 10 or page is None:
        return False
    day = date.fromisoformat(reading[:10])
    hour, minute = int(reading[11:13]), reading[14:16]
    # (An afternoon's clock may be printed on a 12-hour dial: "23/01/2026 03:25:14 PM" for 15:25.)
    clock = rf"0?{hour}\s*[:h]\s*{minute}(?!\d)" if hour <= 12 else \
        rf"(?:0?{hour}\s*[:h]\s*{minute}(?!\d)|0?{hour - 12}:{minute}(?::\d\d)?\s*(?:PM|CH)\b)"
    printed = re.compile(rf"(?<!\d)0?{day.day}[/.-]0?{day.month}[/.-]{day.year}\D{{1,30}}?{clock}"
                         rf"|(?<!\d){clock}\D{{1,30}}?(?<!\d)0?{day.day}[/.-]0?{day.month}[/.-]{day.year}", re.I)
    # (Tried only around the year's digits: over a whole page the pattern cost milliseconds.)
    html, year = page.html, str(day.year)
    return any(printed.search(html, max(0, at - _WALL_TIME_REACH), at + len(year) + _WALL_TIME_REACH)
               for at in positions(html, year))


_WALL_TIME_REACH = 60
