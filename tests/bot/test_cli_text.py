"""The command line's text: dated citations named by their source, the lead line by line, timelines."""

from __future__ import annotations

from bot import terminal as text
from index.answering.answer import Answer, Citation, compose_lead
from index.answering.timeline import Entry, PartyTimeline, Timeline
from index.records import Passage, Source

LEDGER = Source(
    1, "Union signals it could settle for less", "The Northgate Ledger", "https://ledger.example/a", "2025-04-11"
)
NOTES = Source(2, "Notes from the depot gate", None, None, None)
UNION = "Transit Workers' Union"


def cite(n: int, body: str, date: str | None, basis: str, source: Source = LEDGER) -> Citation:
    return Citation(
        n,
        Passage(n, source.id, n, 0, len(body), None, "quote", "Dana Okoro", "president", UNION, body, date, basis),
        source,
        0.9,
    )


SOFTER = cite(
    1,
    "“We are prepared to accept a 6 percent pay rise over two years,” Okoro said on Tuesday.",
    "2025-04-08",
    "relative",
)
FIRMER = cite(2, 'We will not accept a penny less than 12 percent," Okoro said.', "2025-01-17", "source", NOTES)


def test_citations_say_when_and_name_their_source() -> None:
    shown = text.answer(
        Answer("Will the union settle?", False, compose_lead([SOFTER, FIRMER], [UNION]), [SOFTER, FIRMER], [UNION])
    )
    lines, flat = shown.splitlines(), " ".join(shown.split())
    assert lines[1].startswith("Transit Workers' Union — Dana Okoro, president (Apr 8, 2025):")
    assert any(line.startswith("Also cited:") for line in lines)
    assert "said Apr 8, 2025 · The Northgate Ledger · “Union signals it could settle for less”" in flat
    assert '[2] "We will not accept a penny less than 12 percent," Okoro said.' in flat
    assert "published Jan 17, 2025 · “Notes from the depot gate”" in flat
    assert "source #" not in shown


def test_a_timeline_marks_the_shift_with_the_date_it_departs_from() -> None:
    earlier = cite(1, FIRMER.passage.text, "2025-01-17", "source", NOTES)
    later = cite(2, SOFTER.passage.text, "2025-04-08", "relative")
    shown = text.timeline(Timeline("pay rise", [PartyTimeline(UNION, [Entry(earlier), Entry(later, (), earlier)])]))
    lines = shown.splitlines()
    second = next(i for i, line in enumerate(lines) if line.startswith("  [2]"))
    assert lines.index("  ↺ shift from Jan 17, 2025 [1]:") < second
    assert "score" not in shown and "Sources" in lines
    silent = Timeline("pay", [], "The sources hold no passage from Riverside on this topic.")
    assert text.timeline(silent).endswith("on this topic.")
