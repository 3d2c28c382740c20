"""The lead of an answer: each asked party's best passage in its own words, with its date; then the rest."""

from __future__ import annotations

from index.answering.answer import Answer, Citation, Shift, compose_lead, reading_order
from index.records import Passage, Source

LEDGER = Source(
    1,
    "Northgate transit workers vote to strike over pay",
    "The Northgate Ledger",
    "https://ledger.example/strike",
    "2025-01-17",
)
UNPUBLISHED = Source(2, "Notes from the depot gate", None, None, None)

UNION, AUTHORITY = "Transit Workers' Union", "Metro Authority"


def passage(
    pid: int,
    text: str,
    *,
    party: str | None = UNION,
    speaker: str | None = "Dana Okoro",
    role: str | None = "president",
    kind: str = "quote",
    date: str | None = "2025-04-08",
    basis: str = "relative",
    source: Source = LEDGER,
) -> Passage:
    return Passage(pid, source.id, pid, 0, len(text), None, kind, speaker, role, party, text, date, basis)


def cite(n: int, p: Passage, score: float, source: Source = LEDGER) -> Citation:
    return Citation(n, p, source, score)


SOFTER = passage(1, "“We are prepared to accept a 6 percent pay rise over two years,” Okoro said on Tuesday.")
FIRMER = passage(2, 'We will not accept a penny less than 12 percent," Okoro said on Thursday.', date="2025-01-16")
BUDGET = passage(
    3,
    "“A 4 percent pay rise is all the budget allows this year,” Lindqvist said.",
    party=AUTHORITY,
    speaker="Paul Lindqvist",
    role="chief executive",
    date="2025-01-17",
    basis="source",
)
ECONOMIST = passage(
    4,
    "Irene Vos said the gap was the widest in a decade.",
    party=None,
    speaker="Irene Vos",
    role=None,
    kind="statement",
    date="2025-01-17",
    basis="source",
)


def test_the_lead_quotes_each_asked_partys_best_passage_with_speaker_and_date() -> None:
    citations = [cite(1, SOFTER, 0.8), cite(2, BUDGET, 0.7), cite(3, FIRMER, 0.6)]
    lead = compose_lead(citations, [UNION, AUTHORITY]).splitlines()
    assert lead[0] == (
        "Transit Workers' Union — Dana Okoro, president (Apr 8, 2025): "
        '"We are prepared to accept a 6 percent pay rise over two years." [1]'
    )
    assert lead[1] == (
        "Metro Authority — Paul Lindqvist, chief executive (Jan 17, 2025): "
        '"A 4 percent pay rise is all the budget allows this year." [2]'
    )
    assert lead[2] == "Also cited: Transit Workers' Union — Dana Okoro [3]."


def test_without_a_party_asked_the_lead_is_the_single_best_passage() -> None:
    citations = [cite(1, BUDGET, 0.5), cite(2, SOFTER, 0.9), cite(3, ECONOMIST, 0.4)]
    lead = compose_lead(citations, []).splitlines()
    assert lead[0].startswith("Transit Workers' Union — Dana Okoro, president (Apr 8, 2025): \"We are prepared")
    assert lead[0].endswith("[2]")
    assert lead[1] == "Also cited: Metro Authority — Paul Lindqvist [1]; Analysts and others — Irene Vos [3]."


def test_a_quote_whose_opening_mark_was_dropped_is_shown_with_it_restored() -> None:
    assert FIRMER.shown_text == '"We will not accept a penny less than 12 percent," Okoro said on Thursday.'
    assert cite(1, FIRMER, 0.9).to_dict()["text"] == FIRMER.shown_text
    lead = compose_lead([cite(1, FIRMER, 0.9)], [UNION])
    assert 'Okoro, president (Jan 16, 2025): "We will not accept a penny less than 12 percent." [1]' in lead
    assert SOFTER.shown_text == SOFTER.text


def test_a_quote_that_is_part_of_a_reported_clause_is_not_cut_out_of_it() -> None:
    partial = passage(
        5,
        "Lindqvist said the authority would never agree to “a rise that simply raises fares for everyone.”",
        party=AUTHORITY,
        speaker="Paul Lindqvist",
        role=None,
        date="2025-02-21",
        basis="source",
    )
    lead = compose_lead([cite(1, partial, 0.9)], [AUTHORITY])
    assert lead == (
        "Metro Authority — Paul Lindqvist (Feb 21, 2025), reported: Lindqvist said the authority would "
        "never agree to “a rise that simply raises fares for everyone.” [1]"
    )


def test_a_party_asked_about_but_not_cited_is_said_to_have_no_passage() -> None:
    lead = compose_lead([cite(1, SOFTER, 0.9)], [AUTHORITY, UNION]).splitlines()
    assert lead[0] == "Metro Authority — no passage cited on this."
    assert lead[1].startswith("Transit Workers' Union — Dana Okoro")


def test_a_shift_between_a_partys_cited_passages_is_said_with_both_dates() -> None:
    softer, firmer = cite(1, SOFTER, 0.9), cite(2, FIRMER, 0.8)
    lead = compose_lead([softer, firmer], [UNION], shifts=[Shift(UNION, firmer, softer)])
    assert (
        "Transit Workers' Union: [2] (Jan 16, 2025) and [1] (Apr 8, 2025) point different ways; both are quoted below."
    ) in lead.splitlines()


def test_an_undated_passage_says_so_and_unnamed_reporting_names_its_source() -> None:
    undated = passage(
        6,
        "Drivers at the depot said they would not return without a deal.",
        speaker=None,
        role=None,
        kind="statement",
        date=None,
        basis="none",
        source=UNPUBLISHED,
    )
    line = compose_lead([cite(1, undated, 0.9, UNPUBLISHED)], [UNION])
    assert line == (
        "Transit Workers' Union — reporting in “Notes from the depot gate” (date unknown), reported: "
        "Drivers at the depot said they would not return without a deal. [1]"
    )
    assert "source #" not in line


def test_citations_carry_their_date_and_how_it_was_found() -> None:
    data = cite(1, SOFTER, 0.9).to_dict()
    assert (data["date"], data["date_basis"]) == ("2025-04-08", "relative")
    assert (data["source"]["title"], data["source"]["publisher"]) == (LEDGER.title, LEDGER.publisher)


def test_numbers_read_in_order_grouped_by_party_asked_parties_first() -> None:
    ranked = [cite(1, BUDGET, 0.9), cite(2, SOFTER, 0.8), cite(3, ECONOMIST, 0.7), cite(4, FIRMER, 0.6)]
    ordered = reading_order(ranked, [UNION])
    assert [c.n for c in ordered] == [1, 2, 3, 4]
    assert [c.passage.id for c in ordered] == [SOFTER.id, FIRMER.id, BUDGET.id, ECONOMIST.id]
    answer = Answer("pay?", False, compose_lead(ordered, [UNION]), ordered, [UNION])
    assert [party for party, _ in answer.groups()] == [UNION, AUTHORITY, None]


def test_the_census_is_a_footer_not_the_lead() -> None:
    citations = [cite(1, SOFTER, 0.9), cite(2, BUDGET, 0.8)]
    answer = Answer("pay?", False, compose_lead(citations, []), citations, [])
    assert answer.census.startswith("2 passages from 1 source.")
    assert "passages from" not in answer.lead
    assert answer.to_dict()["census"] == answer.census


def test_an_abstention_cites_nothing_and_says_why() -> None:
    assert "do not cover" in compose_lead([], [UNION], abstained=True)
    assert compose_lead([], [], missing=["Atlantis"]).startswith("The sources here do not mention Atlantis")


def test_each_page_holds_the_best_passages_of_its_turn_grouped_by_party() -> None:
    scores = {1: 0.9, 2: 0.7, 3: 0.6, 4: 0.5, 5: 0.8, 6: 0.4}
    union = [cite(n, passage(n, f"“Union quote {n} on pay and the strike.”"), scores[n]) for n in range(1, 5)]
    authority = [
        cite(n, passage(n, f"“Authority quote {n}.”", party=AUTHORITY, speaker="Paul Lindqvist"), scores[n])
        for n in range(5, 7)
    ]
    ordered = reading_order(union + authority, [], per_page=3)
    assert [c.n for c in ordered] == [1, 2, 3, 4, 5, 6]
    first_page = {c.passage.id for c in ordered[:3]}
    assert first_page == {1, 5, 2}, "the three best, whatever their party"
    assert [c.passage.party for c in ordered[:3]] == [UNION, UNION, AUTHORITY]


def test_a_quote_in_british_single_marks_is_quoted_in_the_lead_as_the_speakers_words() -> None:
    british = passage(
        6,
        "'We will not be rushed into a deal that the drivers have not seen,' Okoro's deputy said.",
        speaker="Sam Hale",
        role="deputy general secretary",
        date="2025-03-02",
        basis="stated",
    )
    lead = compose_lead([cite(1, british, 0.9)], [UNION])
    assert (
        'Sam Hale, deputy general secretary (Mar 2, 2025): "We will not be rushed into a deal that the drivers '
        'have not seen." [1]'
    ) in lead
    statement = passage(7, "The drivers' union said it's not rushing.", kind="statement", speaker=None, role=None)
    assert "reported: The drivers' union said it's not rushing." in compose_lead([cite(1, statement, 0.9)], [UNION])
