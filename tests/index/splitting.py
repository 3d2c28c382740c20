"""What the attribution tests share: an article written for the test, cleaned and split as an upload is, and
the one passage that holds a given piece of it."""

from __future__ import annotations

from index.records import Passage
from index.sources.document import Document
from index.text.clean import clean
from index.text.parties import Parties
from index.text.passages import split


def passages(raw: str, parties: Parties, **meta: str) -> list[Passage]:
    return split(clean(Document(raw, title=meta.pop("title", "A test article"), **meta)), parties)


def one(drafts: list[Passage], piece: str) -> Passage:
    """Fails the test unless exactly one passage holds the piece: a quote split in two or repeated is a bug."""
    found = [d for d in drafts if piece in d.text]
    assert len(found) == 1, f"{piece!r} in {len(found)} passages"
    return found[0]
