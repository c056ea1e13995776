"""A word-level diff of two versions of a Vietnamese text, for people to read.

Both sides are NFC first, so the same words typed with combining marks do not
show as changed, and a syllable is one token with its tone mark: a change
of tone ("hội" -> "hồi") marks the whole syllable, never half a letter.
The paragraphs (blank-line separated) are matched first, then the words of
each changed stretch, so a long article costs little and a moved sentence
does not pair with unrelated words; a stretch too long to diff word by word
(over MAX_WORD_TOKENS) shows as whole paragraphs deleted and inserted.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from ward_scraper.util.text import nfc

# A word (letters and digits, with any marks left uncomposed), white space,
# or one other character (punctuation).
_TOKEN = re.compile(r"[\w\u0300-\u036f]+|\s+|[^\w\s]", re.UNICODE)

SAME, DELETED, INSERTED = "same", "deleted", "inserted"
PARAGRAPH_BREAK = "\n\n"
# Word matching is quadratic at worst: above this many tokens a changed
# stretch is shown paragraph by paragraph.
MAX_WORD_TOKENS = 20_000


@dataclass(frozen=True)
class Piece:
    kind: str   # SAME, DELETED or INSERTED
    text: str


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(nfc(text or ""))


def word_diff(old: str | None, new: str | None) -> list[Piece]:
    """`old` -> `new` as pieces in reading order: the same text, what was
    deleted, what was inserted (a replacement: the deletion first)."""
    before = nfc(old or "").split(PARAGRAPH_BREAK)
    after = nfc(new or "").split(PARAGRAPH_BREAK)
    pieces: list[Piece] = []
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if pieces:
            pieces.append(Piece(SAME, PARAGRAPH_BREAK))
        old_part, new_part = PARAGRAPH_BREAK.join(before[i1:i2]), PARAGRAPH_BREAK.join(after[j1:j2])
        if op == "equal":
            pieces.append(Piece(SAME, old_part))
        else:
            pieces += _words(old_part, new_part)
    return _merged(pieces)


def _words(old: str, new: str) -> list[Piece]:
    before, after = tokens(old), tokens(new)
    if len(before) + len(after) > MAX_WORD_TOKENS:
        return [piece for piece in (Piece(DELETED, old), Piece(INSERTED, new)) if piece.text]
    pieces = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, before, after, autojunk=False).get_opcodes():
        if op == "equal":
            pieces.append(Piece(SAME, "".join(before[i1:i2])))
            continue
        if i2 > i1:
            pieces.append(Piece(DELETED, "".join(before[i1:i2])))
        if j2 > j1:
            pieces.append(Piece(INSERTED, "".join(after[j1:j2])))
    return pieces


def _merged(pieces: list[Piece]) -> list[Piece]:
    """Neighbouring pieces of one kind as one, empty ones gone."""
    merged: list[Piece] = []
    for piece in pieces:
        if not piece.text:
            continue
        if merged and merged[-1].kind == piece.kind:
            merged[-1] = Piece(piece.kind, merged[-1].text + piece.text)
        else:
            merged.append(piece)
    return merged


def changed(pieces: list[Piece]) -> bool:
    return any(piece.kind != SAME for piece in pieces)
