"""Reading a cleaned article into paragraphs: their sections, the credit line printed under a quote, the
turns of a transcript (labelled, or names on lines of their own) and statements quoted over several paragraphs.

Separate because it shapes the article before any unit is cut or attributed; it reads attributions only to
tell a transcript's narrative from its turns.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from index.text.clean import CleanText
from index.text.names import HONORIFICS, plain
from index.text.passages.units import Paragraph, masked
from index.text.phrases import attributions, parse_np
from index.text.quotes import OPEN, STRAIGHT, Span, direct_quotes
from index.text.transcripts import Turn, read_turns, turns_run_in

CREDIT_LINE = re.compile(r"^[—–-]\s+(?P<name>[^,(]{3,80}?)\s*(?:,\s*(?P<role>[^()]{2,200}?))?\s*(?:\(.*)?$")


def credit_name(text: str) -> tuple[str, str | None] | None:
    """A line that only names who said the text above it ("– Jo Brand, Minister of Trade", "— Jo Brand
    (@jobrand) July 2, 2025"), as press releases, pull quotes and embedded posts print it; a bullet
    ("- Truce to begin at midnight, Anwar says") names no one in full and is not one."""
    m = CREDIT_LINE.match(text.strip())
    if not m:
        return None
    found = parse_np(m.group("name"), initial=True, strict=True)
    if found is None or found.kind != "person" or not found.name or len(found.name.split()) < 2:
        return None
    title = " ".join(w for w in (found.title or "").split() if plain(w) not in HONORIFICS and plain(w) != "hon")
    role = ", ".join(r for r in (title, m.group("role")) if r) or None
    return found.name, role


def read_paragraphs(clean: CleanText, register_known: Callable[[str], bool], singles: bool) -> list[Paragraph]:
    """The article's paragraphs with their section and, in a transcript, the turn each belongs to. A
    credit line is kept with the paragraph above it when that paragraph quotes someone, or when it credits
    an embedded post ("— Name (@handle) date"); a list of names under a heading is not one."""
    section: str | None = None
    texts: list[str | None] = []
    sections: list[str | None] = []
    starts: list[int] = []
    credits: dict[int, str] = {}
    bodies = [clean.slice(b) if b.kind != "heading" else None for b in clean.blocks]
    for block, run_in in zip(clean.blocks, turns_run_in(bodies), strict=True):
        text = clean.slice(block)
        if (
            texts
            and texts[-1] is not None
            and len(texts) - 1 not in credits
            and credit_name(text) is not None
            and (direct_quotes(texts[-1], singles=singles) or "(@" in text)
        ):
            credits[len(texts) - 1] = text
            continue
        if block.kind == "heading":
            section = text
            texts.append(None)
            sections.append(section)
            starts.append(block.start)
            continue
        for a, b in zip([0, *run_in], [*run_in, len(text)], strict=True):
            texts.append(text[a:b].rstrip())
            sections.append(section)
            starts.append(block.start + a)
    turns = read_turns(texts, register_known, lambda t: _narrates(t, singles), clean.title)
    if not any(turns):
        turns = _name_line_turns(texts, [s if t is None else None for s, t in zip(sections, texts, strict=True)])
    paragraphs, number = [], 0
    for i, (body, turn, sec, start) in enumerate(zip(texts, turns, sections, starts, strict=True)):
        if body is None:
            continue
        number += 1
        paragraphs.append(Paragraph(number, body, start, sec, turn, singles, credits.get(i)))
    _quote_blocks(paragraphs)
    return paragraphs


MAX_BLOCK_PARAGRAPHS = 5  # paragraphs a quoted statement runs on without marks before its closing one


def _quote_blocks(paragraphs: list[Paragraph]) -> None:
    """A statement quoted over several paragraphs may open its mark once and close it only at its end ("The
    full statement reads:" then “… / … / …”): the paragraphs between, printed without marks, are the quote
    going on, not a reporter's sentences, and so is the paragraph that closes it. Only where a closing mark
    with no opening one ends the run: an open quote that nothing closes may be a capture's lost mark."""
    i = 0
    while i < len(paragraphs):
        p = paragraphs[i]
        j = i + 1
        if p.turn is None and p.left_open and p.spans[-1].opened:
            while j < len(paragraphs) and j - i <= MAX_BLOCK_PARAGRAPHS and _unmarked(paragraphs[j], p):
                j += 1
            if j < len(paragraphs) and _closes_block(paragraphs[j], p):
                for middle in paragraphs[i + 1 : j]:
                    middle.spans = [Span(0, len(middle.text), opened=False, closed=False)]
                    middle.goes_on = True
                paragraphs[j].goes_on = True
        i = j


def _unmarked(p: Paragraph, opening: Paragraph) -> bool:
    return p.turn is None and p.section == opening.section and not p.spans


def _closes_block(p: Paragraph, opening: Paragraph) -> bool:
    return p.turn is None and p.section == opening.section and bool(p.spans) and not p.spans[0].opened


# "Mike" / "Winston" on lines of their own: a radio transcript that prints each speaker's name above the turn.
NAME_LINE = re.compile(r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2}")

MIN_NAME_LINE_SPEAKERS = 2


def _name_line_turns(texts: list[str | None], headings: list[str | None]) -> list[Turn | None]:
    """Turns of a transcript whose labels stand alone above each turn, as a radio station prints an
    interview: at least two names, each printed alone two times or more with words under it. Each paragraph
    under a name is that name's turn; a name at least half of whose turns ask is the host."""
    none: list[Turn | None] = [None] * len(texts)
    counts: dict[str, int] = {}
    for i, heading in enumerate(headings):
        if heading is not None and NAME_LINE.fullmatch(heading.strip()):
            following = texts[i + 1] if i + 1 < len(texts) else None
            if following is None:
                return none  # a name over nothing is a heading of its own, not a label
            counts[heading.strip()] = counts.get(heading.strip(), 0) + 1
    labels = {name for name, n in counts.items() if n >= MIN_TURNS_PER_NAME}
    if len(labels) < MIN_NAME_LINE_SPEAKERS or len(labels) != len(counts):
        return none
    owner: list[str | None] = []
    current: str | None = None
    for text, heading in zip(texts, headings, strict=True):
        if text is None:
            current = heading.strip() if heading is not None and heading.strip() in labels else None
        owner.append(current if text is not None else None)
    asks = {
        name: [t.rstrip().endswith("?") for t, o in zip(texts, owner, strict=True) if t and o == name]
        for name in labels
    }
    hosts = {name for name, a in asks.items() if sum(a) * 2 >= len(a)}
    return [Turn(o, None, 0, o in hosts) if o is not None else None for o in owner]


MIN_TURNS_PER_NAME = 2

THIRD_PERSON = {"person", "description", "institution", "source"}


def _narrates(text: str, singles: bool) -> bool:
    """A paragraph between transcript turns that quotes someone and says who ("“…,” Zarif said", "“…,” he
    said"), as the narrative around a transcript does; a speaker quoting a hypothetical ("and say, “I want
    this”") or themselves in their answer goes on with their turn."""
    if not direct_quotes(text, singles=singles):
        return False
    opens = text[:1] in OPEN + STRAIGHT
    return any(
        c.mention.kind in THIRD_PERSON or (opens and c.mention.kind == "pronoun")
        for c in attributions(masked(text, singles))
    )
