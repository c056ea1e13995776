"""Vietnamese typed in the TCVN3 (ABC) font encoding and served as Latin text is decoded."""
from __future__ import annotations

import pytest

from ward_scraper.extract import chain
from ward_scraper.util.page import Page
from ward_scraper.util.tcvn3 import decode_tcvn3, looks_like_tcvn3, read_as_latin

# "Xuân Ninh khởi công xây dựng trường mầm non", as a .VnTime page's bytes ("ư" is 0xAD).
HEADLINE = b"Xu\xa9n Ninh kh\xebi c\xabng x\xa9y d\xf9ng tr\xad\xeang m\xc7m non"
TEXT = (b"Ng\xb5y 6/9/2004, UBND x\xb7 Xu\xa9n Ninh t\xe6 ch\xf8c l\xd4 kh\xebi c\xabng x\xa9y d\xf9ng nh\xb5 hai "
        b"t\xc7ng tr\xad\xeang m\xc7m non trung t\xa9m x\xb7. C\xabng tr\xd7nh g\xe5m 8 ph\xdfng h\xe4c.")


def test_tcvn3_bytes_read_as_the_letters_the_font_showed():
    assert decode_tcvn3(read_as_latin(HEADLINE)) == "Xuân Ninh khởi công xây dựng trường mầm non"
    assert decode_tcvn3(read_as_latin(TEXT)).startswith("Ngày 6/9/2004, UBND xã Xuân Ninh tổ chức lễ khởi công xây dựng nhà hai tầng")


def test_a_legacy_page_of_tcvn3_look_alikes_is_decoded_as_tcvn3():
    html = (b"<html><head><meta charset='windows-1252'><title>" + HEADLINE + b"</title></head><body><h1>" + HEADLINE
            + b"</h1><div class='content'>" + b"".join(b"<p>" + TEXT + b"</p>" for _ in range(4)) + b"</div></body></html>")
    page = Page.from_bytes("http://xuanninh.namdinh.gov.vn/tin/khoi-cong.htm", html, "windows-1252")
    answer = chain.extract(page).fields
    assert answer["title"] == "Xuân Ninh khởi công xây dựng trường mầm non"
    assert answer["body_text"].startswith("Ngày 6/9/2004, UBND xã Xuân Ninh")


@pytest.mark.parametrize("text", [
    "Phường Bến Nghé tổ chức hội nghị tiếp xúc cử tri cuối năm " * 5,     # Unicode Vietnamese
    "Le comité a décidé à l'unanimité, déjà présenté, voilà « très » élégant. " * 5,     # French, in Latin-1
])
def test_unicode_vietnamese_and_other_latin_text_are_no_tcvn3(text):
    # (A windows-1258 page read as Latin is also none: test_generic's page with combining marks.)
    assert not looks_like_tcvn3(text)
