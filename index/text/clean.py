"""From a captured page to the article's own text.

Pages wrap an article in chrome (menus, consent banners, share bars, captions, bylines) and wire copy
arrives hard-wrapped. Wrapped lines are joined back into paragraphs first (index/text/unwrap), so that a
short line is not taken for a heading, then chrome is dropped by its shape (index/text/chrome), in code
rather than by hand-editing the corpus. Headings are kept as their own blocks because each passage
records its section.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from index.sources.document import Document
from index.text.chrome import PHOTO_CREDIT, fold_spaces, is_caption, is_chrome, is_ui_box
from index.text.unwrap import unwrap

HEADING_MAX_WORDS = 14
FINAL_PUNCTUATION = tuple('.!?:;,"”…»')


@dataclass(frozen=True)
class Block:
    kind: str  # "heading" or "paragraph"
    start: int
    end: int


@dataclass(frozen=True)
class CleanText:
    text: str
    blocks: list[Block]
    captions: tuple[str, ...] = ()  # dropped photo captions, credit removed: they still say who is who
    published: str | None = None  # the source's date, which relative dates in its passages resolve against
    title: str | None = None  # an interview's title may be the only place that names the interviewee
    publisher: str | None = None  # a briefing's publisher is the institution its speakers speak for

    def slice(self, block: Block) -> str:
        return self.text[block.start : block.end]


def fold(text: str) -> str:
    """Compare texts as a reader would: quotation-mark style, case and spacing do not matter."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"[‘’‚‛′`´]", "'", text)
    text = re.sub(r"[“”„‟″«»]", '"', text)
    return re.sub(r"\s+", " ", text).strip().casefold()


HEADLINE_QUOTE = re.compile(r"^[‘'“\"](?P<quote>[^‘’“”\"]{12,}?)[’'”\"]\s*(?P<rest>[:—–-]\s*\S.*)$")
MIN_HEADLINE_QUOTE_WORDS = 4


def headline_quote(line: str) -> str | None:
    """A headline that quotes someone ("‘We will not sign’: Armenia's foreign minister on …") is kept as a
    quote, with its quotation marks made double as in body text; any other title is metadata."""
    m = HEADLINE_QUOTE.match(line)
    if not m or len(m.group("quote").split()) < MIN_HEADLINE_QUOTE_WORDS:
        return None
    return f"“{m.group('quote')}”{m.group('rest')}"


# "The union said: “The chair warned that, grave as the losses": a quote opened and never closed, as a
# capture cut off mid-sentence leaves it, is a paragraph however short, not a heading.
OPENED_QUOTE = re.compile(r"“[^”]*$|^[^\"]*\"(?:[^\"]*\"[^\"]*\")*[^\"]*$")


# "Source: X, the head of …, at a briefing": the line of a briefing item that says who speaks, not a heading.
SOURCE_LABEL = re.compile(r"Sources?\s*:\s")


def is_heading(line: str) -> bool:
    words = line.split()
    return (
        0 < len(words) <= HEADING_MAX_WORDS
        and not line.rstrip().endswith(FINAL_PUNCTUATION)
        and not line.startswith(('"', "“", "'", "‘"))
        and not OPENED_QUOTE.search(line)
        and not SOURCE_LABEL.match(line)
    )


def _pieces(doc: Document) -> tuple[list[tuple[str, str]], list[str]]:
    title = fold(doc.title) if doc.title else None
    pieces: list[tuple[str, str]] = []
    captions: list[str] = []
    for block in unwrap(doc.text):
        if is_ui_box(block):
            continue
        for raw in block:
            if is_chrome(raw, doc):
                if is_caption(fold_spaces(raw)):
                    captions.append(PHOTO_CREDIT.sub("", fold_spaces(raw)))
                continue
            line = fold_spaces(raw)
            if title and fold(line) == title:
                quoted = headline_quote(line)
                if quoted:
                    pieces.append(("paragraph", quoted))
                continue
            pieces.append(("heading" if is_heading(line) else "paragraph", line))
    while pieces and pieces[-1][0] == "heading":
        pieces.pop()
    return pieces, captions


def clean(doc: Document) -> CleanText:
    """The article's headings and paragraphs, in order, joined by blank lines; offsets index this text."""
    text, blocks, offset = [], [], 0
    pieces, captions = _pieces(doc)
    for kind, line in pieces:
        blocks.append(Block(kind, offset, offset + len(line)))
        text.append(line)
        offset += len(line) + 2
    return CleanText("\n\n".join(text), blocks, tuple(captions), doc.date, doc.title, doc.publisher)
