"""The two records the core hands out: a source and a passage, as the store holds them.

One type each, from the splitter to the JSON: a passage the splitter has just made is a Passage whose ids
are UNSTORED until the store numbers it, and a source is the same Source in a listing and in a citation.
The input side is a different thing and keeps its own type: `index.sources.document.Document` is an
article as read, before cleaning and splitting, with none of the store's ids or counts.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import NamedTuple

from index.text.dates import display
from index.text.quotes import STRAIGHT, quote_spans

UNSTORED = 0  # the id and source id of a passage not yet in the store (SQLite numbers rows from 1)


@dataclass(frozen=True)
class Source:
    """A source as the store holds it, with its passage counts. The first five fields are what a citation
    links (positional, so a test writes a source as ``Source(1, "Title", "Publisher", url, date)``); the rest
    are the store's bookkeeping and what a listing shows."""

    id: int
    title: str
    publisher: str | None = None
    url: str | None = None
    date: str | None = None
    author: str | None = None
    guild_id: int | None = None
    origin: str = "text"
    corpus_file: str | None = None
    content_hash: str = ""
    splitter: str = ""
    added_at: float = 0.0
    passages: int = 0
    quotes: int = 0
    speakers: int = 0

    def to_dict(self) -> dict:
        """What `--json` shows of a source, in a listing and in a citation alike: where it came from and
        what it holds, without the store's bookkeeping (its hashes, splitter version and insertion time)."""
        return {
            "id": self.id,
            "title": self.title,
            "publisher": self.publisher,
            "author": self.author,
            "url": self.url,
            "date": self.date,
            "origin": self.origin,
            "guild_id": self.guild_id,
            "passages": self.passages,
            "quotes": self.quotes,
            "speakers": self.speakers,
        }


class Place(NamedTuple):
    """Where a passage sits in its article and whose words it is, without its text: all the question path
    needs of a candidate's neighbours, which it reads by the hundred and never cites."""

    id: int
    source_id: int
    paragraph: int
    kind: str
    speaker: str | None


@dataclass(frozen=True)
class Passage:
    """One quote or reported statement with its attribution and the date it speaks for. The splitter makes
    it with ``id`` and ``source_id`` UNSTORED; the store reads it back numbered."""

    id: int
    source_id: int
    paragraph: int
    start: int
    end: int
    section: str | None
    kind: str  # "quote" or "statement"
    speaker: str | None
    role: str | None
    party: str | None  # a party name from corpus/parties.toml, or None for analysts, pollsters…
    text: str
    date: str | None = None  # ISO at the precision known (index.text.dates), None when nothing is known
    date_basis: str = "none"  # "stated", "relative", "source" or "none"

    @property
    def shown_text(self) -> str:
        """The text with an opening quotation mark the capture dropped put back, so a quote reads as one."""
        return restore_opening_mark(self.text)

    @property
    def when(self) -> str:
        return display(self.date) or "date unknown"

    def to_dict(self) -> dict:
        return asdict(self)


def restore_opening_mark(text: str) -> str:
    spans = quote_spans(text)
    if not spans or spans[0].opened:
        return text
    closing = text[spans[0].end - 1]
    opening = {"”": "“", "»": "«"}.get(closing, STRAIGHT)
    return opening + text
