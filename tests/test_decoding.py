"""Legacy pages' bytes are read as the letters their authors typed, whatever their declaration says."""
from __future__ import annotations

from ward_scraper.util.page import decode_html

HEAD = b"<html><head><meta http-equiv='Content-Type' content='text/html; charset=iso-8859-1'></head><body>"


def test_a_latin_1_page_writing_vietnamese_letters_as_references_is_latin_1():
    """Dreamweaver saving in Latin-1: "ã", "ò" as Latin-1's bytes, the letters it
    lacks as references. Read as windows-1258 they would be "ă" and a tone mark."""
    text = "Hội Nông dân xã Hòa Tiến tổ chức Đại hội".encode("latin-1", "xmlcharrefreplace")
    assert b"&#7897;" in text and b"\xe3" in text
    assert "xã Hòa Ti&#7871;n" in decode_html(HEAD + b"<p>" + text + b"</p></body></html>")


def test_a_windows_1258_page_declared_latin_1_stays_windows_1258():
    """Ward pages often declare Latin-1 for Vietnam's code page: with no
    references to Vietnamese letters, its bytes are windows-1258's."""
    text = "Phươ\u0300ng Bê\u0301n Nghe\u0301 tô\u0309 chư\u0301c hô\u0323i nghi\u0323 &#169;".encode("cp1258")
    assert "Phường Bến Nghé tổ chức hội nghị" in decode_html(HEAD + b"<p>" + text + b"</p></body></html>")


def test_a_windows_1258_page_with_a_footer_of_references_stays_windows_1258():
    """Its text in windows-1258 bytes (tone marks as combining bytes after their vowels), only a
    pasted footer written as references: the bytes say what the page is (a reviewer's page)."""
    text = "Xa\u0303 Tân Phu\u0301 tô\u0309 chư\u0301c Đa\u0323i hô\u0323i Thê\u0309 du\u0323c thê\u0309 thao".encode("cp1258")
    footer = "Bản quyền thuộc Ủy ban nhân dân xã Tân Phú".encode("ascii", "xmlcharrefreplace")
    decoded = decode_html(HEAD + b"<p>" + text + b"</p><p>" + footer + b"</p></body></html>")
    assert "Xã Tân Phú tổ chức Đại hội Thể dục thể thao" in decoded
