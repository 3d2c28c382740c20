"""Where the direct quotes are in a paragraph, and where its sentences end.

Captured news text mixes curly and straight quotation marks and sometimes loses an opening mark, so a
straight mark is read as opening or closing from the characters around it, and a closing mark with no
opening one is taken to quote from the paragraph's start.

British outlets quote speech in single marks ('…', ‘…’), which are also apostrophes (Columbia's, I'd,
Exporters' Council, rock 'n' roll). Which style an article uses is decided once for the whole article
(quote_style): where single-quoted speech outnumbers double-quoted speech, a single mark opens a quote
only at a word's start and closes one only at a word's end, an unmatched closing mark is an apostrophe,
and double marks are quotes inside quotes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from index.text.names import MONTH_ABBREVIATIONS
from index.text.phrases import REPORTING

OPEN, CLOSE, STRAIGHT = "“„«", "”»", '"'
SINGLE_OPEN, SINGLE_CLOSE, APOSTROPHE = "‘", "’", "'"
ALL_MARKS = OPEN + CLOSE + STRAIGHT + SINGLE_OPEN + SINGLE_CLOSE + APOSTROPHE
MIN_QUOTE_WORDS = 4  # shorter quoted fragments ("territorial concessions") are scare quotes, not speech
ABBREVIATIONS = MONTH_ABBREVIATIONS | {
    "u.s",
    "u.k",
    "u.n",
    "e.u",
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "gen",
    "lt",
    "col",
    "sen",
    "rep",
    "gov",
    "no",
    "vs",
    "etc",
    "e.g",
    "i.e",
    "jr",
    "sr",
    "inc",
    "corp",
    "prof",
    "a.m",
    "p.m",
    "amb",
    "capt",
    "cmdr",
    "cdr",
    # AP's abbreviated titles before a name and its abbreviated body words: "said Supt. X", "Oakland Education
    # Assn. President X"; an article that ends a sentence on one ("… Acme Co.") joins two sentences, which costs
    # less than a speaker cut off from the title before the name.
    "maj",
    "sgt",
    "cpl",
    "pvt",
    "adm",
    "rev",
    "msgr",
    "supt",
    "asst",
    "assoc",
    "atty",
    "insp",
    "det",
    "assn",
    "bros",
    "dept",
    "ltd",
    "co",
}
SENTENCE_END = re.compile(r"[.!?…]+[”\"’')\]]*(?=\s+[A-Z“\"‘'(])")
TOKEN_AT_END = re.compile(r"([\w.]+)[.!?…]*$")
TOKEN_WINDOW = 40


@dataclass(frozen=True)
class Span:
    start: int
    end: int  # exclusive, after the closing mark
    opened: bool  # False when the opening mark is missing in the capture
    closed: bool = True  # False when the paragraph ends inside the quote (it goes on in the next one)

    def inner(self, text: str) -> str:
        return text[self.start : self.end].strip(ALL_MARKS + " ")

    def contains(self, pos: int) -> bool:
        return self.start < pos < self.end


def _is_opening_straight(text: str, i: int) -> bool:
    """A straight mark opens a quote after a space, a bracket or a dash, and after a colon printed with no
    space ("the minister said:"We will …"), where a closing mark never stands."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-/:") and not after.isspace()


def _ends_word(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or after in ",.;:!?)]—–-…")


def _opens_single(text: str, i: int) -> bool:
    """A single mark at a word's start, before a letter (not a year's '80s)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-/") and (after.isalpha() or after in OPEN + STRAIGHT)


def _closes_single(text: str, i: int) -> bool:
    """A single mark at a word's end, before a space or punctuation (not the one in "I'd", nor a plural
    possessive before a capitalised name)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before in "sS" and after == " " and text[i + 2 : i + 3].isupper():
        return False  # a plural possessive inside the quote: "the Exporters' Council"
    return not before.isspace() and (after.isspace() or after in ",.;:!?)]—–-…" + CLOSE + STRAIGHT)


def _glued_close(text: str, i: int) -> bool:
    """An opening mark between a word (or its full stop or comma) and the next word, inside an open quote."""
    before = text[i - 1] if i > 0 else " "
    return (before.isalnum() or before in ".,!?…") and text[i + 1 : i + 2].isalpha()


QUOTE_MARK = re.compile(f"[{OPEN}{CLOSE}{STRAIGHT}]")
# ", he said. " right before a new opening mark while a quote is still open: the attribution of a quote
# whose closing mark the capture lost.
UNCLOSED_BEFORE_SAID = re.compile(r",\s+(?:he|she|they|[A-Z][\w'’-]+)\s+(?:said|added|says|adds)\.\s*$")
SINGLE_MARK = re.compile(f"[{SINGLE_OPEN}{SINGLE_CLOSE}{APOSTROPHE}]")


def quote_spans(text: str, singles: bool = False) -> list[Span]:
    """Every quoted span, including scare quotes; see direct_quotes for speech. `singles` reads single
    marks as the quotation marks (see quote_style)."""
    if singles:
        return _single_spans(text)
    spans: list[Span] = []
    start: int | None = None
    for m in QUOTE_MARK.finditer(text):
        i, ch = m.start(), m.group(0)
        opening = ch in OPEN or (ch == STRAIGHT and _is_opening_straight(text, i))
        if ch == "”" and start is None and _is_opening_straight(text, i):
            opening = True  # ”We will …,” he said: the closing mark printed as the opening one, at a word's start
        if opening and start is not None and ch == "“" and _glued_close(text, i):
            opening = False  # "… we are not heard“said the delegate": a closing mark glued to the next word
        if opening and start is not None and ch in OPEN and _ends_word(text, i):
            opening = False  # "… our hostages“, the statement said": an opening mark printed as the closing one
        if opening and start is None:
            start = i
        elif opening and start is not None and ch in OPEN:
            said = UNCLOSED_BEFORE_SAID.search(text, start, i)
            if said is not None:  # "“We will tax their cars, he said. “We …”": the first quote lost its close
                spans.append(Span(start, said.start() + 1, opened=True))
                start = i
        elif not opening:
            if start is None:
                if not spans:
                    spans.append(Span(0, i + 1, opened=False))
            else:
                spans.append(Span(start, i + 1, opened=True))
                start = None
    if start is not None:
        spans.append(Span(start, len(text), opened=True, closed=False))
    return spans


def _single_spans(text: str) -> list[Span]:
    """Spans between single marks; a closing mark with no quote open is an apostrophe (Exporters')."""
    spans: list[Span] = []
    start: int | None = None
    for m in SINGLE_MARK.finditer(text):
        i, ch = m.start(), m.group(0)
        if start is None:
            if ch != SINGLE_CLOSE and _opens_single(text, i):
                start = i
        elif ch != SINGLE_OPEN and _closes_single(text, i):
            spans.append(Span(start, i + 1, opened=True))
            start = None
    if start is not None:
        spans.append(Span(start, len(text), opened=True, closed=False))
    return spans


def direct_quotes(text: str, spans: list[Span] | None = None, singles: bool = False) -> list[Span]:
    """The spans long enough to be speech, or shorter ones attributed as speech; `spans` saves reading the
    text's quote marks again."""
    spans = quote_spans(text, singles) if spans is None else spans
    return [s for s in spans if len(s.inner(text).split()) >= MIN_QUOTE_WORDS or _spoken(text, s)]


# "“Very close,” she said." / "Rojas said: “Absolutely.”": a quote too short to tell speech from a scare
# quote is speech when it is a sentence of its own with a reporting verb right beside it.
SPOKEN_AFTER = re.compile(rf"^[^\w.!?]*(?:[\w'’.-]+\s+){{0,4}}?(?:{REPORTING})\b[^.!?]{{0,80}}[.!?]")
SPOKEN_BEFORE = re.compile(rf"\b(?:{REPORTING})\s*[:,]\s*$")


def _spoken(text: str, span: Span) -> bool:
    inner = span.inner(text).strip()
    if not inner:
        return False
    before = text[max(0, span.start - TOKEN_WINDOW) : span.start].rstrip()
    after = text[span.end : span.end + 2 * TOKEN_WINDOW + 80]
    opens_sentence = not before or before[-1] in ".!?" + CLOSE + STRAIGHT + SINGLE_CLOSE
    if opens_sentence and inner[-1] in ",!?" and SPOKEN_AFTER.match(after):
        return True
    ends_sentence = inner[-1] in ".!?" or re.match(r"\s*[.!?]", after) is not None
    return ends_sentence and SPOKEN_BEFORE.search(before) is not None


def quote_style(paragraphs: Iterable[str]) -> bool:
    """Whether an article quotes speech in single marks: more speech-length spans in single marks than
    in double ones. An article with double-quoted speech keeps reading singles as apostrophes."""
    doubles = singles = 0
    for text in paragraphs:
        doubles += len(direct_quotes(text))
        if APOSTROPHE in text or SINGLE_OPEN in text:
            singles += len(direct_quotes(text, singles=True))
    return singles > doubles


def token_before(text: str, end: int) -> str:
    """The word ending at `end` (a sentence mark's position + 1), read from a short window only."""
    window = text[max(0, end - TOKEN_WINDOW) : end]
    word = TOKEN_AT_END.search(window)
    return word.group(1).rstrip(".").lower() if word else ""


def sentence_bounds(text: str, spans: list[Span]) -> list[tuple[int, int]]:
    """Sentence (start, end) pairs; never cuts inside a quote, nor after an abbreviation or initial.

    One pass over the sentence marks with a pointer into the (ordered) quote spans, so the work grows with
    the text, not with its square."""
    cuts = [0]
    j = 0
    for m in SENTENCE_END.finditer(text):
        pos, end = m.start(), m.end()
        while j < len(spans) and spans[j].end <= pos:
            j += 1
        if j < len(spans) and spans[j].start < pos and spans[j].end > end:
            continue
        token = token_before(text, pos + 1)
        if token in ABBREVIATIONS or re.fullmatch(r"[a-z]", token):
            continue
        cuts.append(end)
    cuts.append(len(text))
    bounds = []
    for a, b in pairwise(cuts):
        while a < b and text[a].isspace():
            a += 1
        if a < b:
            bounds.append((a, b))
    return bounds
