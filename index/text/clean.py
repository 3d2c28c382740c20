"""From a captured page to the article's own text.

News aggregators wrap an article in chrome ("5 hours ago 2", "Read Entire Article"), print photo captions
twice with a credit, and glue the byline to the publisher's name. None of that is anybody's position, so
it is dropped here, in code, rather than by hand-editing the corpus. Headings are kept as their own blocks
because each passage records its section.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from index.sources.document import Document

CHROME = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"\d+\s+(second|minute|hour|day|week|month|year)s?\s+ago(\s+\d+)?",
        r"read (the )?(entire|full) (article|story)( here)?",
        r"(from|follow us on|share on) (twitter|x|facebook|telegram|linkedin)",
        r"comments?(\s+\d+)?",
        r"share( this( article)?)?",
        r"advertisement",
        r"(related|recommended)( articles?| stories)?",
        r"(sign up|subscribe)( to our newsletter| now)?\.?",
        r"\d+",
    )
]
PHOTO_CREDIT = re.compile(r"\s*\(([^()]*(/|getty|photo|images|reuters|afp|\bap\b|via)[^()]*)\)\s*$", re.IGNORECASE)
HEADING_MAX_WORDS = 14
FINAL_PUNCTUATION = tuple('.!?:;,"”…')


@dataclass(frozen=True)
class Block:
    kind: str  # "heading" or "paragraph"
    start: int
    end: int


@dataclass(frozen=True)
class CleanText:
    text: str
    blocks: list[Block]

    def slice(self, block: Block) -> str:
        return self.text[block.start : block.end]


def fold(text: str) -> str:
    """Compare texts as a reader would: quotation-mark style, case and spacing do not matter."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"[‘’‚‛′`´]", "'", text)
    text = re.sub(r"[“”„‟″«»]", '"', text)
    return re.sub(r"\s+", " ", text).strip().casefold()


def is_chrome(line: str) -> bool:
    return any(p.fullmatch(line.strip()) for p in CHROME)


def is_caption(line: str) -> bool:
    """A photo caption as aggregators print it: the same sentence twice, then a credit in parentheses."""
    credit = PHOTO_CREDIT.search(line)
    if not credit:
        return False
    body = line[: credit.start()].strip()
    for cut in range(len(body) // 2 - 2, len(body) // 2 + 3):
        first, second = body[:cut].strip(), body[cut:].strip()
        if first and first == second:
            return True
    return len(body.split()) <= 60 and bool(re.search(r"\b(on|in) \w+\.? \d{1,2}, \d{4}\.?$", body))


def is_byline(line: str, doc: Document) -> bool:
    """The byline, often glued to the publisher ("The Kyiv IndependentTim Zadorozhnyy"); kept as metadata."""
    squashed = re.sub(r"\s+", "", line).casefold()
    if not squashed:
        return False
    parts = [re.sub(r"\s+", "", p or "").casefold() for p in (doc.publisher, doc.author)]
    parts = [p for p in parts if p]
    if not parts:
        return False
    rest = squashed
    for p in parts:
        rest = rest.replace(p, "")
    return len(rest) < 3 or rest in {"by", "and"}


def is_heading(line: str) -> bool:
    words = line.split()
    return (
        0 < len(words) <= HEADING_MAX_WORDS
        and not line.rstrip().endswith(FINAL_PUNCTUATION)
        and not line.startswith(('"', "“", "'", "‘"))
    )


def clean(doc: Document) -> CleanText:
    """The article's headings and paragraphs, in order, joined by blank lines; offsets index this text."""
    lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in doc.text.replace("\r\n", "\n").split("\n")]
    title = fold(doc.title) if doc.title else None
    pieces: list[tuple[str, str]] = []
    for line in lines:
        if not line or is_chrome(line) or is_caption(line) or is_byline(line, doc):
            continue
        if title and fold(line) == title:
            continue
        pieces.append(("heading" if is_heading(line) else "paragraph", line))
    while pieces and pieces[-1][0] == "heading":
        pieces.pop()
    text, blocks, offset = [], [], 0
    for kind, line in pieces:
        blocks.append(Block(kind, offset, offset + len(line)))
        text.append(line)
        offset += len(line) + 2
    return CleanText("\n\n".join(text), blocks)
