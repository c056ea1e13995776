"""Publish dates: every header form of portals.md 4.2, markup, URL/id evidence."""
import pytest

from ward_scraper.extract.dates import (date_from_markup, date_from_url, parse_datetime_text, published_at, strip_dates,
                           year_month_from_url)
from ward_scraper.util.page import Page


@pytest.mark.parametrize("text, expected", [
    ("09/12/2022", "2022-12-09"),
    ("01/02/2026", "2026-02-01"),
    ("21:52 09/09/2025", "2025-09-09T21:52+07:00"),
    ("Trung tâm Văn hoá & Thể thao phường 21:52 09/09/2025", "2025-09-09T21:52+07:00"),
    ("13/11/2023 09:02", "2023-11-13T09:02+07:00"),
    ("- 23/12/2025 20:46:00", "2025-12-23T20:46+07:00"),
    ("23/01/2026 10:50:39 AM", "2026-01-23T10:50+07:00"),
    ("23/01/2026 10:50:39 PM", "2026-01-23T22:50+07:00"),
    ("23/01/2026 12:05:00 AM", "2026-01-23T00:05+07:00"),
    ("23/01/2026 12:30:00 PM", "2026-01-23T12:30+07:00"),
    ("Ngày đăng 30/09/2020 | 16:00  | Lượt xem: 147", "2020-09-30T16:00+07:00"),
    ("Ngày đăng 30/09/2020|16:00", "2020-09-30T16:00+07:00"),
    ("Ngày cập nhật 25/05/2024", "2024-05-25"),
    ("Cập nhật lúc: 13/02/2024", "2024-02-13"),
    ("Đăng lúc: 29/11/2022 (GMT+7)", "2022-11-29"),
    ("Thứ sáu, 14/05/2021, 16:40 CH", "2021-05-14T16:40+07:00"),
    ("Thứ hai, 03/05/2021, 09:15 SA", "2021-05-03T09:15+07:00"),
    ("(21/07/2017). Số lượt xem:462", "2017-07-21"),
    ("(12/12/2024)", "2024-12-12"),
    ("2020-08-22 09:10:00.0", "2020-08-22T09:10+07:00"),
    ("2024-10-08T04:01:27+07:00", "2024-10-08T04:01+07:00"),
    ("Tháng Ba 1, 2024", "2024-03-01"),
    ("Tháng Mười Hai 25, 2023", "2023-12-25"),
    ("Tháng Mười 5, 2023", "2023-10-05"),
    ("20/05/2017 09 : 18 AM", "2017-05-20T09:18+07:00"),
    ("Thứ Sáu, ngày 14 tháng 5 năm 2021", "2021-05-14"),
    ("4.2.2024", "2024-02-04"),
    ("Th3 12, 2022", "2022-03-12"),                     # WordPress vi's short month, "M j, Y" (Divi)
    ("thg 8 15, 2025 lúc 9:15", "2025-08-15T09:15+07:00"),
    ("T3 12, 2022", None),                              # a weekday, not a month
    ("10/01/2021 @ 14:32", "2021-01-10T14:32+07:00"),   # WP-Print's
    ("Posted by Admin at 4/5/2019 9:30 AM", "2019-04-05T09:30+07:00"),     # SharePoint's en-US stamp, unpadded
    ("Posted by Hội NCT at 05/10/2019 9:30 AM", "2019-10-05T09:30+07:00"),  # an English theme's words, day first
    # PHP-Nuke's server clock in a United States zone
    ("Gửi lúc Thứ Sáu, 09 Tháng Mười Hai 2005 @ 03:20:11 EST bởi admin", "2005-12-09T15:20+07:00"),
    ("09/12/2005 23:20 EDT", "2005-12-10T10:20+07:00"),
    ("09/12/2005 03:20 CST", "2005-12-09T03:20+07:00"),     # also China's: not converted
])
def test_header_forms(text, expected):
    assert parse_datetime_text(text) == expected


@pytest.mark.parametrize("text, expected", [
    # dd-mm-yyyy, dd.mm.yyyy and "dd mm yyyy" (spaces), with the time after it, 12-hour SA/CH
    ("Đăng ngày: 17-10-2025", "2025-10-17"),
    ("Cập nhật ngày 03-11-2025 10:05", "2025-11-03T10:05+07:00"),
    ("17.10.2025 lúc 14:05", "2025-10-17T14:05+07:00"),
    ("Cập nhật: 06 10 2025 9:12 SA", "2025-10-06T09:12+07:00"),
    ("06 10 2025 3:40 CH", "2025-10-06T15:40+07:00"),
    # the time before the date, also across "ngày" (post footers)
    ("Đăng lúc 08:35 ngày 21/11/2025 · Chuyên mục: Giáo dục", "2025-11-21T08:35+07:00"),
    ("7h30 ngày 12/01/2025", "2025-01-12T07:30+07:00"),
    # weekday names and month names after the day, with a time
    ("Thứ Hai, 08 Tháng Chín 2025 16:20", "2025-09-08T16:20+07:00"),
    ("ngày 1 tháng Mười Một năm 2024", "2024-11-01"),
    ("Ngày 5 tháng 6 năm 2012", "2012-06-05"),
    ("28 Tháng 7 2017 08:12", "2017-07-28T08:12+07:00"),
    ("Thứ Tư, 12/11/2025 - 08:15 CH", "2025-11-12T20:15+07:00"),
    ("Gửi bởi Quản trị vào T4, 12/11/2025 - 08:15", "2025-11-12T08:15+07:00"),
])
def test_vietnamese_spellings(text, expected):
    assert parse_datetime_text(text) == expected


@pytest.mark.parametrize("text", ["ĐT: 028 3773 0516", "Hotline 0292 3821 456", "32 13 2025", "Lượt xem: 12 10"])
def test_numbers_that_are_not_dates(text):
    assert parse_datetime_text(text) is None


def test_midnight_means_no_time_known():
    assert parse_datetime_text("2026-11-16T00:00:00+07:00") == "2026-11-16"
    assert parse_datetime_text("16/11/2026 00:00") == "2026-11-16"
    assert parse_datetime_text("16/11/2026 00:05") == "2026-11-16T00:05+07:00"


def test_iso_with_wrong_offset_keeps_the_wall_clock():
    # A NukeViet server with a mis-set zone labels Vietnam's local time -04:00.
    assert parse_datetime_text("2024-10-08T04:01:27-04:00") == "2024-10-08T04:01+07:00"


@pytest.mark.parametrize("printed, expected", [
    ("23/01/2026 15:25", "2026-01-23T15:25+07:00"),
    ("23/01/2026 03:25:14 PM", "2026-01-23T15:25+07:00"),     # the same wall clock on a 12-hour dial
    ("24/01/2026 02:25", "2026-01-24T02:25+07:00")])          # the page prints the converted instant
def test_markup_with_a_foreign_offset_gives_the_wall_clock_the_page_prints(printed, expected):
    page = Page("https://anloc.dongnai.gov.vn/tin-tuc/lich-nghi-tet-1234.html",
                "<html><head><meta itemprop='datePublished' content='2026-01-23T15:25:14-04:00'></head><body>"
                f"<p>Tin đăng lúc {printed}</p></body></html>")
    assert published_at(page, [], page.url) == expected


def test_iso_in_utc_is_converted_to_vietnam_time():
    assert parse_datetime_text("2024-03-01T20:30:00Z") == "2024-03-02T03:30+07:00"


@pytest.mark.parametrize("text", [
    "Thứ sáu, Day 06 Month 06 Year 2025",     # Đắk Lắk crawl-date widget
    "Hôm nay: 06/06/2025",
    "31/02/2024",                               # no such day
    "12/12/1990",                               # before any portal existed
    "sáng 4.2.202",                             # truncated year
    "Lượt xem: 147",
    "",
])
def test_rejected_header_texts(text):
    assert parse_datetime_text(text) is None


def test_invalid_time_keeps_the_day():
    assert parse_datetime_text("09/12/2022 25:61") == "2022-12-09"


@pytest.mark.parametrize("url, expected", [
    ("https://vpub.hochiminhcity.gov.vn/portal/pages/2024-2-16/To-chuc-Hoi-nghi-cch5uph2q3nc2.aspx",
     "2024-02-16"),
    ("https://xasonlinh.hatinh.gov.vn/portal/pages/2023-01-30/Ung-dung-Cong-nghe-v-468686.aspx", "2023-01-30"),
    ("https://viethung.hanoi.gov.vn/di-tich-lich-su-va-van-hoa/le-hoi-dinh-kim-quan-278325062818161255.htm",
     "2025-06-28T18:16+07:00"),
    ("https://xuandinh.hanoi.gov.vn/van-hoa-xa-hoi-65890/phat-huy-vai-tro-2835250910165542756.htm",
     "2025-09-10T16:55+07:00"),
    ("https://vinhlinh.quangtri.gov.vn/chi-tiet/-/view-article/1/1647698216855/1712116199324",
     "2024-04-03T10:49+07:00"),
    ("https://badon.quangbinh.gov.vn/3cms/Ban-in-507.htm?art=1457689198968", "2016-03-11T16:39+07:00"),
    ("https://example.gov.vn/tin-tuc/2024/12/05/hoi-nghi.html", "2024-12-05"),
    ("https://yenhoa.camxuyen.hatinh.gov.vn/portal/pages/2020/tin-ve-phong-trao-61.aspx", None),
    ("https://binhduong.gov.vn:443/dau-tu-thong-tin-can-biet/2024/12/861-hoan-tiep-cong-dan", None),
    ("https://phamsumanh.haiphong.gov.vn/tin-tuc-su-kien/phuong-to-chuc-hoi-nghi-800886", None),
    ("https://example.gov.vn/portal/pages/2024-2-31/bai-1.aspx", None),
])
def test_date_from_url(url, expected):
    assert date_from_url(url) == expected


def test_year_month_evidence_is_not_a_date():
    assert year_month_from_url("https://binhduong.gov.vn/dau-tu/2024/12/861-hoan") == (2024, 12)
    assert year_month_from_url("https://yenhoa.camxuyen.hatinh.gov.vn/portal/pages/2020/tin-61.aspx") == (2020, None)
    assert year_month_from_url("https://example.gov.vn/tin-tuc/hoi-nghi-2024.html") is None


def _page(head="", body="", url="https://xuandong.dongnai.gov.vn/vi/news/tin/bai-378.html"):
    return Page(url, f"<html><head>{head}</head><body>{body}</body></html>")


def test_markup_dates():
    page = _page('<meta property="article:published_time" content="2025-12-23T20:46:00+07:00">')
    assert date_from_markup(page)[0] == "2025-12-23T20:46+07:00"
    page = _page(body='<span itemprop="datePublished" content="2024-10-08T04:01:27-04:00"></span>')
    assert date_from_markup(page)[0] == "2024-10-08T04:01+07:00"
    page = _page('<script type="application/ld+json">{"@type": "NewsArticle", '
                 '"datePublished": "2023-11-13T09:02:00+07:00"}</script>')
    assert date_from_markup(page)[0] == "2023-11-13T09:02+07:00"
    page = _page(body='<time datetime="2024-03-01">Tháng Ba 1, 2024</time>')
    assert date_from_markup(page)[0] == "2024-03-01"
    assert date_from_markup(_page(body="<p>Ngày 12/3/2024, hội nghị diễn ra.</p>")) is None


@pytest.mark.parametrize("generator, published", [
    ("Odoo", "2025-09-15T08:20+07:00"),           # Odoo writes the post's UTC stamp without its zone
    ("WordPress 6.4", "2025-09-15T01:20+07:00"),  # elsewhere a stamp without a zone is local time
])
def test_a_stamp_without_a_zone_is_utc_on_odoo(generator, published):
    page = _page(f'<meta name="generator" content="{generator}"/>'
                 '<meta property="article:published_time" content="2025-09-15 01:20:00"/>')
    assert published_at(page, ["15 thg 9, 2025"], page.url) == published

def test_an_en_us_short_date_with_a_two_digit_year_and_an_am_pm_clock_is_read_month_first():
    """Liferay's en_US default "M/d/yy h:mm a", on a page whose text writes days first ("11/01/2023")."""
    page = _page(body="<p>Sáng ngày 11/01/2023, Đoàn đại biểu phường tổ chức lễ viếng Nghĩa trang liệt sỹ.</p>")
    assert published_at(page, ["1/11/23 9:05 AM"], page.url) == "2023-01-11T09:05+07:00"
    assert published_at(page, ["11/01/2023 09:05"], page.url) == "2023-01-11T09:05+07:00"     # (day first, 24 hours)


@pytest.mark.parametrize("others, line, expected", [
    # .NET's en-US default with seconds and no label, the page's other days month first ("7/15/2024")
    ("(7/15/2024) (6/28/2024)", "7/8/2024 4:05:31 PM", "2024-07-08T16:05+07:00"),
    ("(15/7/2024) (28/6/2024)", "7/8/2024 4:05:31 PM", "2024-08-07T16:05+07:00"),    # its other days day first
    # a template's own padded "dd/MM/yyyy hh:mm:ss tt", whatever an en-US footer counter prints (a reviewer's page)
    ("Cập nhật lần cuối: 11/20/2025 9:12:44 AM", "08/07/2024 04:05:31 PM", "2024-07-08T16:05+07:00"),
    # behind an English label, read month first already: not swapped back
    ("(10/28/2025)", "Published date: 11/7/2025 3:45:12 PM", "2025-11-07T15:45+07:00"),
])
def test_a_net_clock_with_seconds_is_month_first_where_the_pages_other_days_are(others, line, expected):
    page = _page(body=f"<ul><li><a href='/tin/1'>Tin khác</a> {others}</li></ul>")
    assert published_at(page, [line], page.url) == expected


def test_a_lower_case_half_day_run_into_the_next_span_still_marks_the_afternoon():
    """Two spans printed without a space: "2:15 chiều" then "Lượt xem: 96"."""
    assert parse_datetime_text("Thứ Ba, 05/08/2025, 2:15 chiềuLượt xem: 96") == "2025-08-05T14:15+07:00"
    assert parse_datetime_text("05/08/2025 9:15 sángLượt xem: 12") == "2025-08-05T09:15+07:00"


def test_header_wins_over_markup_and_url():
    page = _page('<meta property="article:published_time" content="2025-01-02T08:00:00+07:00">',
                 url="https://vpub.hochiminhcity.gov.vn/portal/pages/2024-2-16/bai-1.aspx")
    assert published_at(page, ["Ngày đăng 30/09/2020 | 16:00"], page.url) == "2020-09-30T16:00+07:00"


def test_markup_time_completes_a_header_day():
    page = _page('<meta property="article:published_time" content="2025-12-23T20:46:00+07:00">')
    assert published_at(page, ["23/12/2025"], page.url) == "2025-12-23T20:46+07:00"
    # A markup time on another day does not change the displayed day.
    assert published_at(page, ["22/12/2025"], page.url) == "2025-12-22"


def test_converted_instant_used_when_it_matches_the_header_day():
    # 20:30 at -04:00 is 07:30 next day in Vietnam; the header shows that next day.
    page = _page(body='<span itemprop="datePublished" content="2024-10-08T20:30:00-04:00"></span>')
    assert published_at(page, ["09/10/2024"], page.url) == "2024-10-09T07:30+07:00"
    assert published_at(page, ["08/10/2024"], page.url) == "2024-10-08T20:30+07:00"


def test_markup_then_url_when_no_header():
    page = _page('<meta name="dc.date" content="2024-05-25">')
    assert published_at(page, [], page.url) == "2024-05-25"
    page = _page(url="https://viethung.hanoi.gov.vn/tin/le-hoi-278325062818161255.htm")
    assert published_at(page, [], page.url) == "2025-06-28T18:16+07:00"
    assert published_at(page, ["Thứ sáu, Day 06 Month 06 Year 2025"], page.url) == "2025-06-28T18:16+07:00"


def test_body_dates_are_never_used():
    page = _page(body="<div><p>Ngày 25/4/2024, UBND phường tổ chức hội nghị.</p></div>",
                 url="https://example.gov.vn/tin-tuc/hoi-nghi-123")
    assert published_at(page, [], page.url) is None
    assert published_at(None, [], "") is None


@pytest.mark.parametrize("text, rest", [
    ("Trung tâm Văn hoá & Thể thao phường 21:52 09/09/2025", "Trung tâm Văn hoá & Thể thao phường"),
    ("Phòng Văn hóa - Thông tin 13/06/2026", "Phòng Văn hóa - Thông tin"),
    ("Ngày đăng 30/09/2020 | 16:00  | Lượt xem: 147", ""),
    ("Thứ sáu, 14/05/2021, 16:40 CH", ""),
    ("Đăng lúc: 29/11/2022 (GMT+7)", ""),
])
def test_strip_dates_leaves_the_byline(text, rest):
    assert strip_dates(text) == rest


def test_english_locale_days_and_a_time_written_with_g():
    """English-locale themes ("Posted on July 14, 2025 at 8:30 am", "14-Jul-2025")
    and "08g30", the clock as some portals write it."""
    assert parse_datetime_text("Posted on July 14, 2025 at 8:30 am") == "2025-07-14T08:30+07:00"
    assert parse_datetime_text("14-Jul-2025") == "2025-07-14"
    assert parse_datetime_text("May 3rd, 2024") == "2024-05-03"
    assert parse_datetime_text("14.07.2025 | 08g30") == "2025-07-14T08:30+07:00"


@pytest.mark.parametrize("text, expected", [
    ("Ngày xuất bản 18/03/21", "2021-03-18"),             # Liferay 6.2's short date behind its label
    ("Ngày đăng: 18/03/21 09:12", "2021-03-18T09:12+07:00"),
    ("Ngày xuất bản 18/03/99", "1999-03-18"),             # the century that is not in the future
    ("Tỷ lệ 18/03/21", None),                              # bare, two digits may be anything
    # a timestamp's (a clock after it) is read as a four-digit year's would be; which
    # line is the publication's is told by the date lines' labels, as for those
    ("Ngày sửa đổi 19/03/21 09:12", "2021-03-19T09:12+07:00"),
])
def test_a_two_digit_year_is_read_behind_a_publish_label_or_as_a_timestamp(text, expected):
    assert parse_datetime_text(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Published date: 11/7/2025 3:45:12 PM", "2025-11-07T15:45+07:00"),   # .NET en-US default: month first
    ("11/7/2025 3:45 PM", "2025-07-11T15:45+07:00"),                       # no seconds: day first, as usual
    ("11/07/2025 3:45:12 CH", "2025-07-11T15:45+07:00"),                   # .NET vi-VN default
])
def test_the_en_us_default_clock_after_a_day_makes_it_month_first(text, expected):
    assert parse_datetime_text(text) == expected


def test_a_printed_publish_label_keeps_its_seconds_and_its_pm():
    from ward_scraper.extract import quality
    facts = quality.page_facts(Page("https://a.gov.vn/x", "<html><body><p>Published date: 11/7/2025 3:45:12 PM</p></body></html>"))
    assert quality.printed_publish_date(facts) == "2025-11-07T15:45+07:00"


SPELT_DAYS = ["Thứ Hai, 08 Tháng Chín 2025", "ngày 14 THÁNG 5 năm 2021", "Tháng Ba 1, 2024", "28 tHáNg 7 2017",
              "July 14, 2025 9:30 AM", "14 JULY 2025", "14-Jul-2025", "SEPT 3, 2024", "Sep. 3, 2024", "3 Dec 2019",
              "\u017fept 3, 2024", "3 \u017fep 2024", "Jan 5 2020 - 5 tháng 1 2020", "Tháng 12 31, 2023 lúc 10:15", "Th3 12, 2022"]


@pytest.mark.parametrize("text", SPELT_DAYS)
def test_a_spelt_month_is_never_missed_by_the_plain_search_before_the_patterns(text):
    """`_spelt_months` finds the month word wherever a spelt-out day pattern matches,
    and the day read is the same as with every pattern tried."""
    from ward_scraper.extract import dates

    vietnamese, english = dates._spelt_months(text)
    assert vietnamese or not (dates._LONG.search(text) or dates._WORDPRESS.search(text))
    assert english or not (dates._ENGLISH_MDY.search(text) or dates._ENGLISH_DMY.search(text))
    # (the long s, which the case-blind patterns take for an s, is read as one: no KeyError)
    assert parse_datetime_text(text) is not None and strip_dates(text) != text


@pytest.mark.parametrize("text, expected", [
    ("Cập nhật: 9h15' ngày 03/4/2013", "2013-04-03T09:15+07:00"),     # the minutes' mark of old portals
    ("Đăng lúc 10h05’ ngày 22/6/2022", "2022-06-22T10:05+07:00"),
])
def test_a_time_written_with_a_minutes_mark_belongs_to_the_day(text, expected):
    assert parse_datetime_text(text) == expected
