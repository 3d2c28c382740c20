"""Quote-level passages: the units Parley retrieves and cites.

A passage is one direct quote with its attribution, or one reported statement of a sentence or two, so
that a citation can be read alone and attributed without the rest of the article. Pure functions: no
model, no store.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.text.clean import CleanText, fold
from index.text.parties import NONE, Parties
from index.text.quotes import Span, direct_quotes, quote_spans, sentence_bounds
from index.text.speakers import Resolver, Speaker, build_register, find_phrase

STATEMENT_SENTENCES = 2
STATEMENT_CHARS = 420


@dataclass(frozen=True)
class Draft:
    """A passage before it has an id in the store."""

    paragraph: int
    start: int
    end: int
    section: str | None
    kind: str
    speaker: str | None
    role: str | None
    party: str | None
    text: str


@dataclass
class _Unit:
    paragraph: int
    start: int
    end: int
    section: str | None
    quotes: list[Span]  # relative to the paragraph
    para_text: str
    para_start: int
    speaker: Speaker | None = None
    continues: bool = False  # a quote with no attribution of its own

    @property
    def kind(self) -> str:
        return "quote" if self.quotes else "statement"


def _outside_quotes(text: str, spans: list[Span], offset: int) -> str:
    out, pos = [], 0
    for s in spans:
        a, b = s.start - offset, s.end - offset
        if b <= 0 or a >= len(text):
            continue
        out.append(text[pos : max(a, 0)])
        out.append(" QUOTE ")
        pos = min(b, len(text))
    out.append(text[pos:])
    return "".join(out)


def _paragraph_units(paragraph: int, text: str, start: int, section: str | None) -> list[_Unit]:
    spans = quote_spans(text)
    quotes = direct_quotes(text)
    units: list[_Unit] = []
    pending: list[tuple[int, int]] = []

    def flush() -> None:
        while pending:
            a, b = pending.pop(0)
            if pending and b - a < STATEMENT_CHARS and pending[0][1] - a <= STATEMENT_CHARS and STATEMENT_SENTENCES > 1:
                b = pending.pop(0)[1]
            units.append(_Unit(paragraph, a, b, section, [], text, start))

    for a, b in sentence_bounds(text, spans):
        inside = [q for q in quotes if q.start < b and q.end > a]
        if inside:
            flush()
            units.append(_Unit(paragraph, a, b, section, inside, text, start))
        else:
            pending.append((a, b))
    flush()
    return units


def _key(text: str) -> str:
    return re.sub(r"[^\w]+", " ", fold(text)).strip()


def _is_pull_quote(unit: _Unit, others: list[_Unit]) -> bool:
    """A quote printed as a display line before it appears again, attributed, in the body."""
    if not unit.quotes or unit.start != 0 or unit.end != len(unit.para_text):
        return False
    body = _key(unit.para_text)
    return any(o is not unit and body in _key(o.para_text[o.start : o.end]) and len(_key(o.para_text)) > len(body) for o in others)


def _attribute(units: list[_Unit], resolver: Resolver) -> None:
    previous_quote: _Unit | None = None
    for unit in units:
        sentence = unit.para_text[unit.start : unit.end]
        outside = _outside_quotes(sentence, unit.quotes, unit.start) if unit.quotes else sentence
        unit.speaker = resolver.resolve(find_phrase(outside))
        if unit.speaker is None and unit.quotes:
            unit.continues = True
            if previous_quote is not None:
                unit.speaker = previous_quote.speaker
        if unit.quotes:
            previous_quote = unit


def _section_parties(section: str | None, parties: Parties) -> list[str]:
    return [p for _, p in parties.mentions(section or "") if p != NONE]


def _party(unit: _Unit, parties: Parties) -> str | None:
    """Whose position the passage describes: its speaker's party, else the party it is most about."""
    if unit.speaker is not None:
        if parties.knows(unit.speaker.name, unit.speaker.role):
            return parties.of_speaker(unit.speaker.name, unit.speaker.role)
        if unit.speaker.is_person:
            return None
    text = unit.para_text[unit.start : unit.end]
    counts: dict[str, float] = {}
    for i, (_, party) in enumerate(m for m in parties.mentions(text) if m[1] != NONE):
        counts[party] = counts.get(party, 0) + 1 + (0.5 if i == 0 else 0)
    for party in _section_parties(unit.section, parties)[:1]:
        counts[party] = counts.get(party, 0) + 1
    if not counts:
        return None
    return max(counts, key=counts.get)


def embedding_text(speaker: str | None, role: str | None, text: str) -> str:
    """What the model reads: the passage led by its speaker, so "what did Rubio say" finds Rubio's
    quote even when the quote itself names nobody."""
    if not speaker:
        return text
    return f"{speaker}, {role}: {text}" if role else f"{speaker}: {text}"


def split(clean: CleanText, parties: Parties) -> list[Draft]:
    """The passages of a cleaned article, in reading order."""
    parties = parties.in_document(clean.text)
    section: str | None = None
    units: list[_Unit] = []
    paragraph = 0
    for block in clean.blocks:
        text = clean.slice(block)
        if block.kind == "heading":
            section = text
            continue
        paragraph += 1
        units.extend(_paragraph_units(paragraph, text, block.start, section))
    units = [u for u in units if not _is_pull_quote(u, units)]
    _attribute(units, Resolver(build_register(clean.text)))
    drafts = []
    for u in units:
        start, end = u.para_start + u.start, u.para_start + u.end
        speaker = u.speaker
        drafts.append(
            Draft(
                paragraph=u.paragraph,
                start=start,
                end=end,
                section=u.section,
                kind=u.kind,
                speaker=speaker.name if speaker else None,
                role=speaker.role if speaker else None,
                party=_party(u, parties),
                text=clean.text[start:end],
            )
        )
    return drafts
