"""Text hygiene: NFC, legacy look-alikes, whitespace, matching keys."""
import random
import re
import sys
import unicodedata

import pytest

from ward_scraper.util.text import (clean_lines, fold, has_word_chars, key_length_at_least, match_key, nfc, squash,
                                    squashes_longer_than)


def test_nfc_composes_combining_tone_marks():
    decomposed = unicodedata.normalize("NFD", "Phường Bình Lộc")
    assert decomposed != "Phường Bình Lộc"
    assert nfc(decomposed) == "Phường Bình Lộc"


def test_nfc_repairs_icelandic_eth_and_invisible_characters():
    assert nfc("Ðối thoại với HÐND") == "Đối thoại với HĐND"
    assert nfc("khuyến\u00adhọc") == "khuyếnhọc"
    assert nfc(None) is None


def test_squash_folds_nbsp_tabs_and_newlines():
    assert squash("  Ủy\nban\u00a0nhân\t dân\r\n xã  ") == "Ủy ban nhân dân xã"
    assert squash(None) == "" and squash("\u00a0 \u200b") == ""


def test_squash_is_one_substitution_of_its_white_space_whatever_the_characters():
    """`squash` splits and joins where `str.split` agrees with its own set of
    white space: on every mix of every white space (and other) character, the
    answer is that of substituting its set, then stripping."""
    spaces = re.compile(r"[ \t\r\n\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
    every_space = [chr(code) for code in range(sys.maxunicode + 1)
                   if chr(code).isspace() or spaces.fullmatch(chr(code))]
    alphabet = every_space + list("aĐ.\u0301ế\u00ad") + ["Ủy"]
    draw = random.Random(10)
    for _ in range(20000):
        text = "".join(draw.choice(alphabet) for _ in range(draw.randint(1, 12)))
        assert squash(text) == spaces.sub(" ", nfc(text)).strip(), repr(text)


def test_fold_reads_its_table_as_the_dict_would():
    """The table is a list for speed: every character folds as its dict says,
    and characters past its end are left alone."""
    from ward_scraper.util.text import _fold_table

    table = _fold_table()
    everything = "".join(chr(code) for code in range(0x3000)) + "\U0001f600"
    assert fold(everything) == everything.translate(table).lower()


def test_clean_lines_drops_blank_lines():
    assert clean_lines("Kim Phượng\n \u00a0\n\nBBT") == ["Kim Phượng", "BBT"]


def test_fold_removes_accents_case_and_d_bar():
    assert fold("ĐẢNG ỦY – HĐND") == "dang uy – hdnd"
    assert fold(unicodedata.normalize("NFD", "Hội Nông dân")) == "hoi nong dan"
    assert fold("Văn hoá") == fold("Văn hóa")


def test_match_key_ignores_punctuation_and_decoration():
    assert match_key("✨✨PHƯỜNG 4 TỔ CHỨC HỘI NGHỊ✨✨") == match_key("Phường 4 tổ chức hội nghị.")
    assert match_key("Tin liên quan:") == "tin lien quan"


def test_match_key_of_ascii_is_the_substitution_of_its_non_word_runs():
    """An ASCII text's key is made by a translation and a split: on every mix
    of ASCII characters (and a few others), the key of substituting the
    non-word runs, then stripping."""
    not_word = re.compile(r"[\W_]+")
    alphabet = [chr(code) for code in range(128)] + list("Ủđ✨\u00a0")
    draw = random.Random(11)
    for _ in range(20000):
        text = "".join(draw.choice(alphabet) for _ in range(draw.randint(1, 12)))
        assert match_key(text) == not_word.sub(" ", fold(text)).strip(), repr(text)


def test_a_key_is_never_shorter_than_its_texts_ascii_letters_and_digits():
    """`key_length_at_least` is a lower bound of the key's length, whatever
    ASCII, Vietnamese letters, combining marks, punctuation and symbols (İ,
    which lower-cases to two characters, too) the text mixes."""
    alphabet = [chr(code) for code in range(128)] + list("ĐđÐếỦ\u0301\u0130\u00ad\u00a0–“”…✨²_")
    draw = random.Random(13)
    for _ in range(20000):
        text = "".join(draw.choice(alphabet) for _ in range(draw.randint(0, 30)))
        assert key_length_at_least(text) <= len(match_key(text)), repr(text)
    assert key_length_at_least("Phường 4 tổ chức hội nghị") == len("Phng4tchchingh")


def test_a_text_said_to_squash_longer_than_a_limit_does():
    """`squashes_longer_than` never says so wrongly, whatever white space,
    invisible characters and combining marks the text mixes (and it does
    say so of a long text of words)."""
    every_space = [chr(code) for code in range(sys.maxunicode + 1) if chr(code).isspace()]
    alphabet = every_space * 2 + list("a\u0301\u0300\u0323\u00ad\u200b\u200c\u200d\ufeffĐ\u00d0ế")
    draw = random.Random(12)
    for _ in range(20000):
        text = "".join(draw.choice(alphabet) for _ in range(draw.randint(1, 40)))
        limit = draw.randint(0, 12)
        if squashes_longer_than(text, limit):
            assert len(squash(text)) > limit, (repr(text), limit)
    assert squashes_longer_than("Phường tổ chức hội nghị. " * 20, 120)
    assert not squashes_longer_than("\u00ad " * 200, 120)


def test_has_word_chars_tells_bars_and_markers_from_text():
    assert not has_word_chars(" | ")
    assert not has_word_chars("./.")
    assert not has_word_chars("……….")
    assert has_word_chars("BBT.")


def test_lost_emoji_question_marks_are_dropped_but_real_questions_kept():
    from ward_scraper.util.text import drop_lost_emoji

    assert drop_lost_emoji("????Tuyên truyền Nghị quyết") == "Tuyên truyền Nghị quyết"
    assert drop_lost_emoji("Ngày hội ???? đại đoàn kết ??") == "Ngày hội đại đoàn kết"
    assert drop_lost_emoji("Tại sao phải đăng ký VNeID??") == "Tại sao phải đăng ký VNeID??"


@pytest.mark.parametrize("text", ["one line", " lead", "trail ", "two  spaces", "a\tb", "a\nb", "a\u00a0b", "a\u200bb",
                                  "a\ufeffb", "a\u2028b", "a\x1cb", "e\u0301 x", "\u00d0ường", "so\u00adft", "", " ", "x"])
def test_squash_of_a_line_already_squashed_and_of_the_others(text):
    """`squash` returns a text already one line as it is, and splits the others (the two ways agree)."""
    from ward_scraper.util.text import _SPACES_AND_BREAKS, _SPLIT_DISAGREES, nfc
    normal = nfc(text)
    expected = (_SPACES_AND_BREAKS.sub(" ", normal).strip() if _SPLIT_DISAGREES.search(normal)
                else " ".join(normal.split()))
    assert squash(text) == expected
