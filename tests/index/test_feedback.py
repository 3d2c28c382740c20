"""Down-voted answers grouped for moderators, with what they cited."""

from __future__ import annotations

import json

import pytest

from index.answering.feedback import Feedback, complaints
from index.asked import AskedQuestions
from index.errors import InputError
from index.records import Passage, Source
from index.storage.store import Store

LEDGER = Source(1, "Northgate transit workers vote to strike over pay", "The Northgate Ledger", None, "2025-01-17")
PASSAGES = {
    i: Passage(
        i,
        1,
        i,
        0,
        10,
        None,
        "quote",
        "Dana Okoro",
        None,
        "Transit Workers' Union",
        f"Quote {i}.",
        "2025-01-16",
        "relative",
    )
    for i in (1, 2, 3)
}


def row(key: str, question: str, vote: int, ids: list[int], guild: int | None = 5) -> dict:
    return {
        "guild_id": guild,
        "user_id": 1,
        "answer_key": key,
        "question": question,
        "passage_ids": json.dumps(ids),
        "vote": vote,
    }


def test_answers_with_a_down_vote_are_listed_with_what_they_cited() -> None:
    rows = [
        row("a", "Will the union take 6%?", -1, [1, 2]),
        row("b", "Who runs the trams?", 1, [3]),
        row("a", "Will the union take 6%?", -1, [2, 3]),
        row("a", "Will the union take 6%?", 1, [1]),
        row("c", "What did the mayor say?", -1, [9]),
    ]
    found = complaints(rows, PASSAGES, {1: LEDGER})
    assert [(c.question, c.downvotes, c.upvotes) for c in found] == [
        ("Will the union take 6%?", 2, 1),
        ("What did the mayor say?", 1, 0),
    ]
    assert [c.passage.id for c in found[0].citations] == [1, 2, 3]
    assert found[1].citations == [] and found[1].removed == 1
    data = found[0].to_dict()
    assert data["passages"][0]["source"]["title"] == LEDGER.title and data["passages"][0]["date"] == "2025-01-16"


def test_no_down_votes_nothing_to_read() -> None:
    assert complaints([row("b", "Who runs the trams?", 1, [3])], PASSAGES, {1: LEDGER}) == []


@pytest.mark.parametrize(
    "change, refused",
    [
        ({"guild_id": 2**70}, "server id"),
        ({"user_id": 2**70}, "member id"),
        ({"passage_ids": [1, 2**70]}, "passage id"),
        ({"passage_ids": [0]}, "passage id"),
        ({"question": "Will the union take 6\udcff?"}, "question holds bytes that are not UTF-8"),
        ({"answer_key": "a\udcff"}, "answer key holds bytes that are not UTF-8"),
    ],
)
def test_a_vote_the_store_cannot_hold_is_refused_and_nothing_is_kept(tmp_path, change, refused) -> None:
    """A facade caller's vote with an id past SQLite's integers raised OverflowError, a lone surrogate
    UnicodeEncodeError; a passage id of 2**70 was even kept, and broke every listing of complaints after."""
    feedback = Feedback(Store(tmp_path / "parley.db"))
    vote = {"guild_id": 5, "user_id": 1, "answer_key": "a", "question": "Will the union take 6%?"}
    with pytest.raises(InputError, match=refused):
        feedback.record(**{**vote, "passage_ids": [1], "vote": -1, **change})
    assert feedback.store.feedback_rows() == []


def test_a_kept_vote_citing_an_id_no_passage_can_have_does_not_break_the_listing(tmp_path) -> None:
    """Such a row, kept before votes were checked, made every `parley feedback` fail with OverflowError."""
    store = Store(tmp_path / "parley.db")
    store.record_feedback(
        guild_id=5, user_id=1, answer_key="a", question="Will the union take 6%?", passage_ids=[2**70], vote=-1
    )
    found = Feedback(store).complaints()
    assert [(c.question, c.downvotes, c.citations) for c in found] == [("Will the union take 6%?", 1, [])]


def test_a_remembered_question_the_store_cannot_hold_is_refused(tmp_path) -> None:
    asked = AskedQuestions(Store(tmp_path / "parley.db"))
    with pytest.raises(InputError, match="answer key holds bytes that are not UTF-8"):
        asked.remember("k\udcff", 5, "Will the union take 6%?")
    with pytest.raises(InputError, match="question holds bytes that are not UTF-8"):
        asked.remember("k", 5, "Will the union take 6\udcff?")
    with pytest.raises(InputError, match="server id"):
        asked.remember("k", 2**70, "Will the union take 6%?")
    assert asked.recall("k\udcff") is None and asked.recall("k") is None
