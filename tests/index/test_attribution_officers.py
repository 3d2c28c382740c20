"""Officers of unions and companies, ministers named by portfolio, and a speaker carried on by a
subjectless "Adding, “…”", each on a short text written for the test."""

from __future__ import annotations

import pytest

from index.sources.document import Document
from index.text.clean import clean
from index.text.parties import Parties
from index.text.passages import split
from tests.helpers import CORPUS


@pytest.fixture(scope="module")
def parties() -> Parties:
    return Parties.load(CORPUS / "parties.toml")


def passages(raw: str, parties: Parties):
    return split(clean(Document(raw, title="A test article")), parties)


def one(drafts, piece: str):
    found = [d for d in drafts if piece in d.text]
    assert len(found) == 1, f"{piece!r} in {len(found)} passages"
    return found[0]


def test_a_subjectless_adding_goes_on_with_the_last_speaker(parties):
    drafts = passages(
        "“The revised offer is fair to everyone at the smelter,” said Dana Kessler, the plant manager.\n\n"
        "Adding, “We remain ready to meet the bargaining committee at any hour.”",
        parties,
    )
    assert one(drafts, "at any hour").speaker == "Dana Kessler"

