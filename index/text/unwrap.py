"""Hard-wrapped text back into paragraphs.

Wire copy and newsletters break every line at about 60-70 characters, and mark paragraphs with a blank
line or with an indented first line. Read line by line, every short line looks like a heading and every
paragraph becomes fragments ("territory."). A line was broken by the wrapper, rather than ended by the
writer, when the next line's first word would not have fitted on it; that width is measured on the
document itself, so no outlet's width is assumed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MIN_WRAPPED_LINES = 3
WIDEST_WRAP = 110  # lines longer than this were not wrapped by a fixed-width wrapper
NARROWEST_WRAP = 30
FULL_SHARE = 0.5  # of the inner lines of a wrapped text, at least this share run close to the width
FULL_FRACTION = 0.7
LABEL = re.compile(r"^(?:[A-Z][A-Z.'’\- ]{0,40}[A-Z.]|Q|A)(?:,\s*[A-Z][A-Z.'’\- ]{0,30})?:\s")
BULLET = re.compile(r"^(?:[-–—•*·▪◦]|\d{1,2}[.)])\s+\S")
SENTENCE_END = tuple('.!?:;"”’)')


@dataclass(frozen=True)
class Line:
    text: str  # without its indentation
    indent: int


def _lines(block: str) -> list[Line]:
    out = []
    for raw in block.split("\n"):
        expanded = raw.expandtabs(4).rstrip()
        stripped = expanded.lstrip()
        out.append(Line(stripped, len(expanded) - len(stripped)))
    return out


def _blocks(text: str) -> list[list[Line]]:
    """Runs of non-blank lines; a blank line (spaces only) separates them."""
    blocks, current = [], []
    for line in _lines(text.replace("\r\n", "\n").replace("\r", "\n")):
        if line.text:
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def wrap_width(blocks: list[list[Line]]) -> int | None:
    """The width the text was wrapped at, or None when it was not hard-wrapped.

    Only lines followed by another line of their block can have been broken by a wrapper; in a wrapped
    text most of them end close to the width, and the width is near the longest of them.
    """
    inner = sorted(len(line.text) + line.indent for block in blocks for line in block[:-1])
    if len(inner) < MIN_WRAPPED_LINES:
        return None
    width = inner[int(0.95 * (len(inner) - 1))]
    if not NARROWEST_WRAP <= width <= WIDEST_WRAP:
        return None
    full = sum(1 for n in inner if n >= FULL_FRACTION * width)
    return width if full >= FULL_SHARE * len(inner) else None


def _first_word(text: str) -> str:
    return text.split(" ", 1)[0]


def _continues(previous: Line, line: Line, width: int | None, paragraph_indent: int | None) -> bool:
    """Whether `line` goes on the paragraph of `previous` rather than starting a new one."""
    if LABEL.match(line.text) or BULLET.match(line.text):
        return False
    if width is None:
        return _stray_break(previous.text, line.text)
    if paragraph_indent is not None and line.indent > paragraph_indent:
        return False
    would_fit = previous.indent + len(previous.text) + 1 + len(_first_word(line.text)) <= width
    if not would_fit:
        return True
    return line.text[:1].islower() and not previous.text.endswith(SENTENCE_END)


# Words no sentence or heading ends on: a line that stops on one was broken inside its sentence.
DANGLING = {
    "the",
    "a",
    "an",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "from",
    "with",
    "by",
    "and",
    "or",
    "but",
    "nor",
    "than",
    "as",
    "that",
    "whose",
    "who",
    "which",
    "its",
    "their",
    "his",
    "her",
    "our",
    "is",
    "are",
    "was",
    "were",
    "will",
    "would",
    "has",
    "have",
    "had",
    "least",
    "into",
    "between",
    "over",
    "about",
    "after",
}
# A role noun at a line's end with a name on the next line: "Hamas official" / "Mahmoud Mardawi said".
ROLE_AT_END = re.compile(
    r"\b(?:official|spokesman|spokeswoman|spokesperson|minister|president|secretary|envoy|negotiator|"
    r"ambassador|leader|chief|commander|adviser|advisor|director|chairman|chairwoman|chair)$"
)
PROSE_WORDS = 3
# A line that opens its own sentence about someone: "Eirik Solheim, Norway's minister, said …", "Solheim said".
OWN_SUBJECT = re.compile(
    r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:,\s|\s+(?:said|says|told|added|stressed|warned)\b)"
)


def _stray_break(previous: str, line: str) -> bool:
    """In text that is not hard-wrapped, a line break a copy left inside a sentence (a newsletter's
    "The envoy is in the" / "Gulf region to …", "an extended" / "ceasefire."): the line stops on a word no
    sentence ends on, or the next line goes on in lower case, or a role noun waits for its name."""
    if previous.endswith(SENTENCE_END) or len(previous.split()) < PROSE_WORDS and not ROLE_AT_END.search(previous):
        return False
    last = previous.rsplit(" ", 1)[-1]
    if line[:1].islower():
        return True
    if last in DANGLING:
        return not OWN_SUBJECT.match(line)  # a cut-off line ("… told a") before a new speaker's paragraph
    return bool(ROLE_AT_END.search(previous) and re.match(r"[A-Z][\w'’.-]+ [A-Z]", line))


def _join(left: str, right: str) -> str:
    if re.search(r"[^\W\d_]-$", left) and not left.endswith("--") and right[:1].isalpha():
        return left + right
    return f"{left} {right}"


def paragraph_indent(block: list[Line]) -> int | None:
    """The indentation of a block's continuation lines, when deeper indentation marks a new paragraph."""
    indents = {line.indent for line in block}
    return min(indents) if len(indents) > 1 else None


def unwrap(text: str) -> list[list[str]]:
    """The text's blocks (separated by blank lines), each a list of its paragraphs or short lines, with
    wrapped lines joined; internal spacing is kept, since runs of spaces tell menus from prose."""
    blocks = _blocks(text)
    width = wrap_width(blocks)
    out: list[list[str]] = []
    for block in blocks:
        indent = paragraph_indent(block)
        joined: list[str] = []
        previous: Line | None = None
        for line in block:
            if previous is not None and _continues(previous, line, width, indent):
                joined[-1] = _join(joined[-1], line.text)
            else:
                joined.append(line.text)
            previous = line
        out.append(joined)
    return out
