"""Down-voted answers grouped for moderators, with what they cited."""

from __future__ import annotations

import json

from index.answering.feedback import complaints
from index.records import Passage, Source

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
