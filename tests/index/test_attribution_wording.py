"""Who said it reads the same in the lead, on the terminal and on Discord.

A passage with no speaker is the source's own reporting: credited to the publisher, or to the title when
the publisher is unknown, never left as said by nobody, and never worded one way in the lead and another
in the citation below it.
"""

from __future__ import annotations

from bot import terminal
from bot.discord_ui import render
from index.api import Answer, Citation, Comparison, PartyPosition, Passage, Source, attribution, compose_lead

LEDGER = Source(1, "Depot talks resume", "The Northgate Ledger", "https://ledger.example/a", "2025-04-11")
NOTES = Source(2, "Notes from the depot gate", None, None, None)
UNION = "Transit Workers' Union"


def passage(n: int, speaker: str | None, role: str | None, source: Source) -> Passage:
    body = f"Talks at the depot resumed on day {n}, with both sides at the table."
    return Passage(n, source.id, n, 0, len(body), None, "statement", speaker, role, UNION, body)


def test_a_speaker_is_credited_with_the_role_unless_names_are_listed() -> None:
    spoken = passage(1, "Dana Okoro", "president", LEDGER)
    assert attribution(spoken, LEDGER) == "Dana Okoro, president"
    assert attribution(spoken, LEDGER, role=False) == "Dana Okoro"


def test_reporting_is_credited_to_the_publisher_else_the_title() -> None:
    assert attribution(passage(1, None, None, LEDGER), LEDGER) == "reporting by The Northgate Ledger"
    assert attribution(passage(2, None, None, NOTES), NOTES) == "reporting in “Notes from the depot gate”"


def test_the_lead_the_terminal_and_discord_credit_unattributed_reporting_alike() -> None:
    cited = [
        Citation(1, passage(1, None, None, LEDGER), LEDGER, 0.9),
        Citation(2, passage(2, None, None, NOTES), NOTES, 0.8),
    ]
    answer = Answer("Have the depot talks resumed?", False, compose_lead(cited, []), cited, [])
    shown = " ".join(terminal.answer(answer).split())
    embed = render.answer_embed(answer, page=0, per_page=5).to_dict()
    fields = " ".join(f["name"] for f in embed["fields"])
    for who in ("reporting by The Northgate Ledger", "reporting in “Notes from the depot gate”"):
        assert who in answer.lead
        assert who in shown
        assert who in fields
    side_by_side = render.comparison_embed(Comparison("depot talks", [PartyPosition(UNION, cited[1])])).to_dict()
    assert "reporting in “Notes from the depot gate”" in side_by_side["fields"][0]["value"]
