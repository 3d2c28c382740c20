"""Fusion on transcripts: a reporter's question is not an answer, and an answer's second half is found
through the question it answers."""

from __future__ import annotations

import pytest

from index.answering.answer import Passage
from index.answering.retrieve import is_question

BRIEFING = """Trade secretary on the Lisbon tariff truce

The following is a transcript of the press conference held in Lisbon on Monday.

SECRETARY MORAIS: We have agreed to pause the new tariffs for 90 days while both teams keep talking.

QUESTION: What happens at the end of the 90 days if there is still no deal?

SECRETARY MORAIS: The 90 days are there to do the work. I am not going to negotiate in public.

If we see no good faith on steel by then, the tariffs go back up to where they were in April, and they stay there.

QUESTION: Will farmers be compensated for the lost exports?

SECRETARY MORAIS: The farm ministry will set out a support package next week.
"""


@pytest.fixture
def briefing_kb(fresh_kb):
    fresh_kb.add_text(BRIEFING, "Lisbon tariff truce press conference")
    return fresh_kb


def ranked_texts(kb, question: str) -> list[str]:
    answer = kb.ask(question, k=5)
    assert not answer.abstained
    return [c.passage.text for c in sorted(answer.citations, key=lambda c: -c.score)]


def test_the_answer_is_cited_before_the_reporters_question(briefing_kb):
    texts = ranked_texts(briefing_kb, "will the farmers get compensation for lost exports?")
    assert texts[0].startswith("The farm ministry will set out a support package")
    assert texts.index("Will farmers be compensated for the lost exports?") > 0


def test_an_answers_second_half_is_found_through_the_question(briefing_kb):
    texts = ranked_texts(briefing_kb, "what happens if there's no deal after the 90 days")
    assert texts[0].startswith("The 90 days are there to do the work")
    assert any(t.startswith("If we see no good faith on steel") for t in texts[:2])


def passage(kind: str, text: str) -> Passage:
    return Passage(1, 1, 1, 0, len(text), None, kind, None, None, None, text)


def test_only_a_reported_question_is_a_question():
    assert is_question(passage("statement", "Will farmers be compensated?"))
    assert is_question(passage("statement", "And the quotas, minister?”"))
    assert not is_question(passage("quote", "“Who will pay for this?” she asked."))
    assert not is_question(passage("quote", "“Why should we sign a deal that empties our harbours?”"))
    assert not is_question(passage("statement", "The minister did not say whether farmers would be paid."))
