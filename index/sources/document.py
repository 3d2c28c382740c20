"""A source as read, before cleaning and splitting: what every reader (corpus file, URL, attachment,
pasted text) hands to the knowledge base."""

from __future__ import annotations

from dataclasses import dataclass, replace

from index.limits import LIMITS
from index.text.characters import clean_line

_METADATA = ("title", "publisher", "author", "url", "date")
TITLE_MAX = LIMITS.title_chars


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
        shown in citations and written to the store: every reader gets it cleaned here, once."""
        for name in _METADATA:
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(self, name, clean_line(value) or None)

    def with_overrides(self, **fields: str | None) -> Document:
        """Metadata given by a moderator wins over what extraction found; None leaves a field alone."""
        return replace(self, **{k: v for k, v in fields.items() if v is not None})
