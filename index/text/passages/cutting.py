"""Cutting a paragraph into units: one unit per quoting sentence, short reported sentences joined up to
STATEMENT_CHARS, nothing longer than MAX_CHARS, and pull quotes printed again in the body dropped.

Separate because it only measures and cuts text: it reads no names and attributes nothing.
"""

from __future__ import annotations

import re
from collections import deque

from index.text.clean import fold
from index.text.passages.units import READ_OUT, Paragraph, Unit
from index.text.quotes import ABBREVIATIONS, Span, direct_quotes, sentence_bounds, token_before

STATEMENT_SENTENCES = 2

STATEMENT_CHARS = 420

MAX_CHARS = 1000  # a passage is cut at a sentence end or a word boundary before this

SHINGLE_WORDS = 4


CUT_PATTERNS = (re.compile(r"[.!?;…][”\"’')\]]*\s+"), re.compile(r",\s+"), re.compile(r"\s+"))


def _capped(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """(a, b) cut into pieces of at most MAX_CHARS: at the last sentence mark, else comma, else space,
    before the limit; a hard cut only where a single word is longer than that. The full stop of an
    abbreviation or an initial ("the U.S. administration") ends no sentence, so it is no place to cut."""
    pieces = []
    while b - a > MAX_CHARS:
        limit = a + MAX_CHARS
        offset = a + MAX_CHARS // 2
        window = text[offset:limit]
        cut = None
        for pattern in CUT_PATTERNS:
            matches = [m for m in pattern.finditer(window) if not _abbreviation_at(text, offset + m.start(), m.group())]
            if matches:
                cut = offset + matches[-1].end()
                break
        cut = cut or limit
        end = cut
        while end > a and text[end - 1].isspace():
            end -= 1
        pieces.append((a, end))
        a = cut
        while a < b and text[a].isspace():
            a += 1
    if a < b:
        pieces.append((a, b))
    return pieces


def _abbreviation_at(text: str, mark: int, matched: str) -> bool:
    if not matched.startswith("."):
        return False
    token = token_before(text, mark + 1)
    return token in ABBREVIATIONS or re.fullmatch(r"[a-z]", token) is not None


def _overlapping(quotes: list[Span], a: int, b: int, j: int) -> tuple[list[Span], int]:
    """The quotes over [a, b), from a pointer that only moves forward."""
    while j < len(quotes) and quotes[j].end <= a:
        j += 1
    inside, k = [], j
    while k < len(quotes) and quotes[k].start < b:
        if quotes[k].end > a:
            inside.append(quotes[k])
        k += 1
    return inside, j


def _with_read_out(text: str, spans: list[Span], direct: list[Span]) -> list[Span]:
    """Direct quotes and any span a broadcaster reads out after "quote," ("called it, quote, “a colonial
    text”"), however short: saying "quote" marks it as someone's words."""
    read = [s for s in spans if s not in direct and READ_OUT.search(text[max(0, s.start - 12) : s.start + 1])]
    return sorted([*direct, *read], key=lambda s: s.start)


def paragraph_units(p: Paragraph, groups: list[int]) -> list[Unit]:
    text = p.text
    spans = p.spans
    answer = p.turn is not None and not p.turn.questioner and not READ_OUT.search(text, p.turn.body)
    quotes = [] if answer else _with_read_out(text, spans, direct_quotes(text, spans))
    if p.goes_on and spans and not spans[0].opened and spans[0] not in quotes:
        quotes = [spans[0], *quotes]  # the close of a quote opened a paragraph before, however short
    bounds = sentence_bounds(text, spans)
    if p.turn is not None:
        bounds = [(max(a, p.turn.body), b) for a, b in bounds if b > p.turn.body]
    units: list[Unit] = []
    pending: deque[tuple[int, int]] = deque()

    def add(a: int, b: int, inside: list[Span]) -> None:
        groups[0] += 1
        for x, y in _capped(text, a, b):
            units.append(
                Unit(
                    p.number,
                    x,
                    y,
                    p.section,
                    [q for q in inside if q.start < y and q.end > x] or ([] if not inside else inside[-1:]),
                    text,
                    p.start,
                    groups[0],
                    p.turn,
                )
            )

    def flush() -> None:
        while pending:
            a, b = pending.popleft()
            if pending and b - a < STATEMENT_CHARS and pending[0][1] - a <= STATEMENT_CHARS and STATEMENT_SENTENCES > 1:
                b = pending.popleft()[1]
            add(a, b, [])

    if answer and bounds:
        add(bounds[0][0], bounds[-1][1], [])  # an answer is one speaker's words, kept whole as a quote is
        units[0].first, units[-1].last = True, True
        return units
    j = 0
    for a, b in bounds:
        inside, j = _overlapping(quotes, a, b, j)
        if inside:
            flush()
            add(a, b, inside)
        else:
            pending.append((a, b))
    flush()
    if units:
        units[0].first = True
        units[-1].last = True
    return units


def _key(text: str) -> str:
    return re.sub(r"[^\w]+", " ", fold(text)).strip()


def drop_pull_quotes(units: list[Unit]) -> list[Unit]:
    """A quote printed as a display line before it appears again, attributed, in the body, is dropped.

    Each unit's key is computed once; a pull quote is looked up by its opening words among the longest
    unit holding them, so the check is one pass however many quotes there are."""
    keys = [_key(u.text) for u in units]
    holder: dict[str, int] = {}
    for i, key in enumerate(keys):
        words = key.split()
        for n in range(0, max(1, len(words) - SHINGLE_WORDS + 1)):
            shingle = " ".join(words[n : n + SHINGLE_WORDS])
            if shingle not in holder or len(keys[holder[shingle]]) < len(key):
                holder[shingle] = i
    paragraph_length: dict[int, int] = {}
    for i, u in enumerate(units):
        paragraph_length[u.paragraph] = paragraph_length.get(u.paragraph, 0) + len(keys[i]) + 1
    kept = []
    for i, u in enumerate(units):
        whole = u.quotes and u.start == 0 and u.end == len(u.para_text) and u.turn is None
        if whole and _repeated(i, keys, holder, units, paragraph_length):
            continue
        kept.append(u)
    return kept


def _repeated(
    i: int, keys: list[str], holder: dict[str, int], units: list[Unit], paragraph_length: dict[int, int]
) -> bool:
    """Whether unit i's words appear again inside a longer paragraph (checked through a few shingles)."""
    words = keys[i].split()
    if len(words) < SHINGLE_WORDS:
        return False
    for n in {0, (len(words) - SHINGLE_WORDS) // 2, len(words) - SHINGLE_WORDS}:
        other = holder.get(" ".join(words[n : n + SHINGLE_WORDS]))
        if (
            other is not None
            and other != i
            and keys[i] in keys[other]
            and paragraph_length[units[other].paragraph] > len(keys[i]) + 1
        ):
            return True
    return False
