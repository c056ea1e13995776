"""Vietnamese typed in the TCVN3 (ABC) font encoding, served as Latin text.

Portals of the early 2000s were written in the ".Vn" fonts (.VnTime,
.VnArial): their letters are single bytes that a Latin code page reads as
look-alikes ("Xu©n Ninh khëi c«ng" is "Xuân Ninh khởi công"), and the server
declares windows-1252 or nothing. A browser with the font showed Vietnamese;
the archive stores what the reader saw. Capitals of the ".VnTimeH" fonts
share the small letters' bytes and cannot be told from them: they come out in
lower case.
"""
from __future__ import annotations

# TCVN 5712:1993 (VN3, the ABC code): byte -> letter. Bytes below 0x80 are ASCII.
_LETTERS = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
    0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
}
def _windows_1252(byte: int) -> str | None:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return None


# (Its signs between 0x80 and 0x9F are windows-1252's: curly quotes, dashes.)
_SIGNS = str.maketrans({chr(byte): sign for byte in range(0x80, 0xA0) if (sign := _windows_1252(byte))})
_TO_UNICODE = str.maketrans({chr(byte): letter for byte, letter in _LETTERS.items()})


def read_as_latin(body: bytes) -> str:
    """The bytes as a font-encoded page's Latin text: Latin-1, with windows-1252's
    signs between 0x80 and 0x9F (curly quotes, dashes). Every byte reads as one
    character, so a font's letters can be looked up by their byte."""
    return body.decode("latin-1").translate(_SIGNS)
# The bytes that, read as Latin, are signs and letters Vietnamese in Unicode never writes
# ("©", "«", "ë", "µ"...): most of a TCVN3 text's marked letters, none of a Unicode one's.
_LOOK_ALIKES = frozenset(chr(byte) for byte in _LETTERS) - frozenset(
    "àáâãèéêìíòóôõùúýÂÊÔÀÁÃÈÉÌÍÒÓÕÙÚÝ")
# A page is taken as TCVN3 when so many of its letters are look-alikes, and most of its Latin ones.
_LEAST_LOOK_ALIKES, _LOOK_ALIKE_SHARE = 20, 0.5


def looks_like_tcvn3(text: str, least: int = _LEAST_LOOK_ALIKES) -> bool:
    """Whether Latin text is TCVN3 read as Latin: many look-alikes (`least`),
    making most of its letters outside ASCII."""
    beyond_ascii = [char for char in text if "\xa0" <= char <= "\xff"]
    look_alikes = sum(1 for char in beyond_ascii if char in _LOOK_ALIKES)
    return look_alikes >= least and look_alikes >= _LOOK_ALIKE_SHARE * len(beyond_ascii)


def decode_tcvn3(text: str) -> str:
    """Latin text (bytes read by `read_as_latin`) as the letters the TCVN3 font drew
    (ASCII, windows-1252's signs, and Latin-1 for the bytes TCVN3 leaves)."""
    return text.translate(_TO_UNICODE)
