"""Characters that must not reach a title, a question or the store, whatever a file name, a page's
metadata or a terminal hands over.

A lone surrogate is what Python makes of bytes that are not UTF-8 (a file name, a terminal in
another encoding): SQLite and the tokenizer cannot encode it. Control characters break a title over
lines, and bidirectional overrides (U+202E) make "txt.exe" read as "exe.txt".
"""

from __future__ import annotations

import re
import unicodedata

REPLACEMENT = "\ufffd"
BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# What prints as nothing or reorders what follows: bidi overrides, and the zero-width no-break space (a stray
# byte-order mark), zero-width space, word joiner and soft hyphen, which make "Al\u200bda" another name than "Alda".
INVISIBLE = BIDI_CONTROLS | {"\ufeff", "\u200b", "\u2060", "\u00ad"}


# A terminal's escape sequences, whole: dropping the escape byte alone left "[31m" of "\x1b[31mRed" in a
# publisher. CSI (colours, cursor moves: ESC [ … final byte), OSC and the other string commands (ESC ] … ended
# by BEL or ESC \, within the line), and the two-byte escapes (ESC ( B, ESC M). Not their 8-bit forms, which
# are also what a page in Windows-1252 read as Latin-1 makes of "›" or "ž": those go as single controls.
ESCAPE_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b[\]PX^_][^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]"
)


def without_escapes(text: str) -> str:
    """The text without terminal escape sequences (ESCAPE_SEQUENCE); a lone escape byte is left to the
    caller's control-character rule."""
    return ESCAPE_SEQUENCE.sub("", text) if "\x1b" in text else text


def is_lone_surrogate(ch: str) -> bool:
    return "\ud800" <= ch <= "\udfff"


def has_lone_surrogate(text: str) -> bool:
    """True when ``text`` cannot be written as UTF-8 (it came from bytes that were not)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _clean_char(ch: str) -> str:
    if is_lone_surrogate(ch):
        return REPLACEMENT
    if ch in INVISIBLE:
        return ""
    if unicodedata.category(ch) == "Cc":
        return " " if ch.isspace() else ""
    return ch


def unprintable(ch: str) -> bool:
    """A control character or one of INVISIBLE: nothing a name or a label may hold."""
    return ch in INVISIBLE or unicodedata.category(ch) == "Cc"


def clean_line(text: str) -> str:
    """``text`` as one line fit to show and store: terminal escape sequences, control and
    bidirectional-override characters dropped (line breaks and tabs become spaces), invalid code points
    replaced by U+FFFD, runs of white space collapsed."""
    if text.isprintable() and " " not in text[:1] + text[-1:] and "  " not in text:
        return text
    return " ".join("".join(_clean_char(ch) for ch in without_escapes(text)).split())
