"""What a front end hands the knowledge base to add: a page's address, a file's bytes or pasted text, each
with the metadata a moderator or an operator typed.

One add path takes any of them (`KnowledgeBase.add`): `read` turns the input into a Document inside the
write's audit, so a page that cannot be fetched or a file that cannot be read is audited like a refused
duplicate, and `detail` is what that audit row names. Metadata left blank leaves what extraction found.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from index.errors import InputError
from index.limits import LIMITS
from index.sources.document import Document, require_date
from index.text.characters import has_lone_surrogate

if TYPE_CHECKING:
    from index.sources.fetch import FetchLimits

METADATA = ("title", "publisher", "author", "url", "date")
_LONGEST = {
    "publisher": LIMITS.publisher_chars,
    "author": LIMITS.publisher_chars,
    "url": LIMITS.url_chars,
    "date": LIMITS.date_chars,
}  # the title has its own check, with the text's


@dataclass(frozen=True, kw_only=True)
class _Metadata:
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    url: str | None = None  # the link citations show, when not the address fetched
    date: str | None = None

    def given(self, *skip: str) -> dict[str, str]:
        """Only what was filled in: a blank option is no wish to blank the field."""
        for name in METADATA:
            require_text(name, getattr(self, name))
        values = {name: getattr(self, name) for name in METADATA if name not in skip}
        given = {name: v.strip() for name, v in values.items() if v is not None and v.strip()}
        if "date" in given:
            require_date(given["date"])
        for name, value in given.items():
            require_short(name, value)
        return given


def require_text(name: str, value: str | None) -> None:
    """The command line reads options as the terminal sends them: a byte that is not UTF-8 arrived as a lone
    surrogate and was stored as "\ufffd", a title of one replacement mark."""
    if value is not None and has_lone_surrogate(value):
        raise InputError(f"The {name} holds bytes that are not UTF-8 text: check the terminal's encoding.")


def require_short(name: str, value: str) -> None:
    """The Discord forms cap what a moderator types; the command line and other callers of the facade
    do not, and a 5,000-character publisher was stored and shown in every citation of the source."""
    longest = _LONGEST.get(name)
    if longest is not None and len(value) > longest:
        raise InputError(f"The {name} is {len(value):,} characters long; the limit is {longest:,}.")


@dataclass(frozen=True)
class UrlInput(_Metadata):
    """A page to fetch; the address fetched is the link citations show unless `url` says otherwise."""

    address: str

    @property
    def detail(self) -> str:
        return self.address

    def read(self, limits: FetchLimits) -> Document:
        from index.sources.ingest import fetch_url  # trafilatura loads when a page is added, not at start

        return fetch_url(self.address, limits).with_overrides(**self.given())


@dataclass(frozen=True)
class FileInput(_Metadata):
    """An uploaded or local file; one with no title of its own, and none given, is named after the file."""

    data: bytes
    filename: str

    @property
    def detail(self) -> str:
        return self.filename

    def read(self, limits: FetchLimits) -> Document:
        from index.sources.ingest import read_file

        doc = read_file(self.data, self.filename, limits)
        if not doc.title:
            doc = replace(doc, title=Path(self.filename).stem.replace("-", " ").replace("_", " "))
        return doc.with_overrides(**self.given())


@dataclass(frozen=True)
class TextInput(_Metadata):
    """Pasted paragraphs; the title is required, since nothing in the text can be trusted to name it."""

    text: str

    @property
    def detail(self) -> str:
        return self.title or ""

    def read(self, limits: FetchLimits) -> Document:
        from index.sources.ingest import read_text

        return read_text(self.text, self.title or "").with_overrides(**self.given("title"))


SourceInput = UrlInput | FileInput | TextInput
