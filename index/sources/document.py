"""A source as read, before cleaning and splitting: what every reader (corpus file, URL, attachment,
pasted text) hands to the knowledge base."""

from __future__ import annotations

from dataclasses import dataclass, replace

from index.errors import InputError
from index.limits import LIMITS
from index.text.characters import INVISIBLE, clean_line, without_escapes
from index.text.dates import parse_published

_METADATA = ("title", "publisher", "author", "url", "date")
TITLE_MAX = LIMITS.title_chars
_DATE_SHOWN = 40
_LINE_BREAKS = "\v\f\x1c\x1d\x1e\x85"  # what str.splitlines breaks at besides \n and \r
_HIDDEN = str.maketrans(
    {chr(c): None for c in [*range(0x20), *range(0x7F, 0xA0)] if chr(c) not in "\t\n\r" + _LINE_BREAKS}
    | {ch: "\n" for ch in _LINE_BREAKS}
    | {ch: None for ch in INVISIBLE}
)


def visible_text(text: str) -> str:
    """The text without the characters that hide in it: controls (a bell, a terminal escape sequence whole,
    not leaving "[1m" behind), bidi overrides that reverse how a quote reads, and zero-width marks that make
    "Al\u200bda" a second speaker beside "Alda". Line breaks of every kind stay line breaks; the cleaner
    reads them."""
    return without_escapes(text).translate(_HIDDEN)


def require_date(value: str, where: str = "") -> None:
    """A date someone typed (an option, a corpus .toml) must read as one: one that does not was kept as
    written and dated nothing, so every passage of the source said "date unknown" without a word why."""
    if parse_published(value) is None:
        shown = clean_line(value)
        shown = shown if len(shown) <= _DATE_SHOWN else shown[: _DATE_SHOWN - 1] + "…"
        raise InputError(
            f'{where}"{shown}" is not a date Parley can read: write it like 2025-03-14, March 2025 or 2025.'
        )


@dataclass(frozen=True)
class Document:
    text: str  # plain text, paragraphs separated by blank lines; not yet cleaned of aggregator chrome
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    url: str | None = None
    date: str | None = None  # ISO date where known, or free text such as "after 2025-03-12"
    origin: str = "text"  # "corpus", "url", "file" or "text"

    def __post_init__(self) -> None:
        """Metadata arrives from file names, page headers, PDF info and moderators' options, and is
        shown in citations and written to the store: every reader gets it cleaned here, once, and the
        text freed of what hides in it."""
        object.__setattr__(self, "text", visible_text(self.text))
        for name in _METADATA:
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(self, name, clean_line(value) or None)

    def with_overrides(self, **fields: str | None) -> Document:
        """Metadata given by a moderator wins over what extraction found; None leaves a field alone."""
        return replace(self, **{k: v for k, v in fields.items() if v is not None})
