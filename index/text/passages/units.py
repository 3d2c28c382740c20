"""The records the splitter works on: a paragraph (`Paragraph`) and the units cut from it (`Unit`), each of
which becomes one passage, and the texts every later step reads from them (quotes masked, asides dropped).

Separate because every other module of the package reads these records, and this one reads none of the others.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from index.text.names import PERSON_ROLE_NOUNS, plain
from index.text.phrases import QUOTE
from index.text.quotes import OPEN, STRAIGHT, Span, quote_spans
from index.text.speakers import Speaker
from index.text.transcripts import Turn

# "The official told me, quote, “…”": a broadcaster reading out someone else's words says "quote" before them, so
# the words are that person's, whoever's turn reads them.
READ_OUT = re.compile(r"\bquote,?\s*[\"“]", re.IGNORECASE)


@dataclass
class Unit:
    paragraph: int
    start: int
    end: int
    section: str | None
    quotes: list[Span]  # relative to the paragraph
    para_text: str
    para_start: int
    group: int  # units cut from one sentence share one attribution
    turn: Turn | None = None
    speaker: Speaker | None = None
    attributed: bool = False  # its own words name a speaker (or a credit), so it continues nobody
    credited: bool = False  # "“…,” according to AFP": an outlet reports the words, whoever said them
    first: bool = False  # the paragraph's first unit
    last: bool = False  # the paragraph's last unit

    @property
    def kind(self) -> str:
        if self.turn is not None:
            return "statement" if self.turn.questioner else "quote"
        return "quote" if self.quotes else "statement"

    @property
    def text(self) -> str:
        return self.para_text[self.start : self.end]


QUOTE_LABEL = re.compile(r"Quote\s*:\s*")


@dataclass
class Paragraph:
    number: int
    text: str
    start: int
    section: str | None
    turn: Turn | None
    singles: bool = False  # the article quotes in single marks (index.text.quotes.quote_style)
    credit: str | None = None  # a "– Name, title" line printed under it
    goes_on: bool = False  # it goes on with a quote the paragraph before left open (_quote_blocks)
    units: list[Unit] = field(default_factory=list)

    @cached_property
    def spans(self) -> list[Span]:
        return quote_spans(self.text, self.singles)

    @property
    def opens_with_quote(self) -> bool:
        """Whether the paragraph starts with a quote, after a bare "Quote:" label as some outlets print one."""
        if self.goes_on:
            return True
        label = QUOTE_LABEL.match(self.text)
        start = label.end() if label else 0
        if self.singles:
            return bool(self.spans) and self.spans[0].start == start
        return self.text[start : start + 1] in OPEN + STRAIGHT

    @property
    def left_open(self) -> bool:
        return bool(self.spans) and not self.spans[-1].closed


def outside_quotes(unit: Unit) -> str:
    out, pos = [], unit.start
    for s in unit.quotes:
        a, b = max(s.start, unit.start), min(s.end, unit.end)
        if b <= a:
            continue
        out.append(unit.para_text[pos:a])
        out.append(f" {QUOTE} ")
        pos = b
    out.append(unit.para_text[pos : unit.end])
    return ASIDE.sub(_drop_aside, "".join(out))


def _drop_aside(m: re.Match[str]) -> str:
    """Only after a role noun: "for years — and until last winter — Kyiv refused" is no title's aside."""
    title = m.group("title")
    return f"{title} " if plain(title.split("-")[-1]) in PERSON_ROLE_NOUNS else m.group(0)


# "the union's vice-president – and his nephew – Tom Brady, told members": an aside between dashes that parts
# a title from its name; without it the title is read before the name as when nothing parts them.
ASIDE = re.compile(r"\b(?P<title>[\w-]+)\s[–—]\s(?:and|also)\s[^–—.,;:“”\"]{1,30}?\s[–—]\s(?=[A-Z])")


def in_title_case(title: str) -> bool:
    """A headline with every word capitalised, where capitals no longer tell a name from other words."""
    return not re.search(r"(?<![\w'’])[a-z]", title)


def masked(text: str, singles: bool = False) -> str:
    """A paragraph with its quotes replaced, so that names inside quotes are not read as speakers."""
    out, pos = [], 0
    for s in quote_spans(text, singles):
        out.append(text[pos : s.start])
        out.append(f" {QUOTE} ")
        pos = s.end
    out.append(text[pos:])
    return "".join(out)
