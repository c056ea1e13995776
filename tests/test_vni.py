"""Vietnamese typed in the VNI font encoding and served as Latin text is decoded."""
from __future__ import annotations

import unicodedata

from ward_scraper.extract import chain
from ward_scraper.util.page import Page, decode_html
from ward_scraper.util.tcvn3 import looks_like_tcvn3
from ward_scraper.util.vni import decode_vni, looks_like_vni

# "Xã Tân Lân ra quân làm thủy lợi mùa khô", as a VNI-Times page's bytes.
HEADLINE = "Xaõ Taân Laân ra quaân laøm thuûy lôïi muøa khoâ".encode("latin-1")
TEXT = ("Saùng ngaøy 05/12/2006, UBND xaõ Taân Laân toå chöùc leã ra quaân laøm thuûy lôïi noäi ñoàng. Ngöôøi daân "
        "ñoùng goùp ngaøy coâng ñeå naïo veùt keânh möông, baûo ñaûm nöôùc töôùi cho vuï Ñoâng Xuaân.").encode("latin-1")


def test_vni_sequences_read_as_the_letters_the_font_drew():
    assert decode_html(HEADLINE * 3, "iso-8859-1").startswith("Xã Tân Lân ra quân làm thủy lợi mùa khô")
    assert unicodedata.normalize("NFC", decode_vni("ngöôøi ñaëc bieät ÑOÀNG AÊN")) == "người đặc biệt ĐỒNG ĂN"


def test_a_legacy_page_in_vni_is_decoded_as_vni_and_not_as_tcvn3():
    html = (b"<html><head><meta http-equiv='Content-Type' content='text/html; charset=iso-8859-1'><title>UBND xa Tan Lan"
            b"</title></head><body><table><tr><td><b><font face='VNI-Times' size='4'>" + HEADLINE + b"</font></b></td></tr>"
            b"<tr><td>" + b"".join(b"<p><font face='VNI-Times'>" + TEXT + b"</font></p>" for _ in range(3))
            + b"</td></tr></table></body></html>")
    page = Page.from_bytes("http://tanlan.longan.gov.vn/tintuc/thuyloi.html", html, "iso-8859-1")
    answer = chain.extract(page).fields
    assert answer["title"] == "Xã Tân Lân ra quân làm thủy lợi mùa khô"
    assert answer["body_text"].startswith("Sáng ngày 05/12/2006, UBND xã Tân Lân tổ chức lễ ra quân")
    assert "Người dân đóng góp ngày công" in answer["body_text"]


def test_tcvn3_windows_1258_and_french_text_are_no_vni():
    tcvn3 = b"Xu\xa9n Ninh kh\xebi c\xabng x\xa9y d\xf9ng tr\xad\xeang m\xc7m non trung t\xa9m x\xb7. " * 5
    windows_1258 = "Phươ\u0300ng Bê\u0301n Nghe\u0301 tô\u0309 chư\u0301c hô\u0323i nghi\u0323. ".encode("cp1258") * 5
    french = "Le comité a décidé à l'unanimité, déjà présenté, voilà « très » élégant. ".encode("latin-1") * 5
    assert not any(looks_like_vni(raw.decode("latin-1")) for raw in (tcvn3, windows_1258, french))
