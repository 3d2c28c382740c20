"""The date a passage speaks for, and a source's date line: on short texts written for these tests."""

from __future__ import annotations

import pytest

from index.text.dates import Dated, date_line, display, display_published, first_day, parse_published, statement_date

PUBLISHED = "2025-03-12"  # a Wednesday


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            '"We will not sign away the east," the minister said on Sept. 29, 2022, after the vote.',
            ("2022-09-29", "stated"),
        ),
        ("The envoy said in November 2024 that the corridor was open.", ("2024-11", "stated")),
        ("The spokesperson said on March 7 that no proposal had arrived.", ("2025-03-07", "stated")),
        ("In September 2022, the council voted to annex the region.", ("2022-09", "stated")),
        ("A survey released in November 2024, however, found that most were opposed.", ("2024-11", "stated")),
        ("The envoy said in 2023 that the corridor was open.", ("2023", "stated")),
    ],
)
def test_a_date_the_text_gives_for_the_statement_is_stated(text: str, expected: tuple[str, str]) -> None:
    assert statement_date(text, PUBLISHED) == Dated(*expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        ('We cannot give up a single village," Marta Ilyenko said in November.', ("2024-11", "relative")),
        ("In December, the ministry said a withdrawal was a precondition.", ("2024-12", "relative")),
        ("Earlier in March, the president called for clarity.", ("2025-03", "relative")),
        ("The envoy said Monday the meeting was useful.", ("2025-03-10", "relative")),
        ("The envoy on Tuesday said the meeting was useful.", ("2025-03-11", "relative")),
        ("The envoy told reporters on Wednesday that the meeting was useful.", ("2025-03-12", "relative")),
        ("The envoy said last Wednesday that the meeting was useful.", ("2025-03-05", "relative")),
        ("The envoy said yesterday that the meeting was useful.", ("2025-03-11", "relative")),
        ("Last week, the envoy said the meeting was useful.", ("2025-W10", "relative")),
        ("The envoy said earlier this month that the meeting was useful.", ("2025-03", "relative")),
        ("The envoy said late last year that the meeting was useful.", ("2024", "relative")),
    ],
)
def test_a_relative_date_resolves_against_the_publication_date(text: str, expected: tuple[str, str]) -> None:
    assert statement_date(text, PUBLISHED) == Dated(*expected)


@pytest.mark.parametrize(
    "text",
    [
        '"The 2014 annexation was never legal, and we said so in March 2014," the minister said.',
        "The poll found that 40% were open to a deal, up from 9% in December 2022.",
        "The envoy said the talks would resume on Friday.",
        "The envoy said Saturday's session had been long.",
        "The region was annexed in 2014 after a vote nobody recognised.",
        "The envoy said the offer had stood since March 2022.",
    ],
)
def test_a_date_in_what_was_said_is_not_the_date_it_was_said(text: str) -> None:
    assert statement_date(text, PUBLISHED) == Dated(PUBLISHED, "source")


def test_without_a_publication_date_only_a_full_date_can_be_given() -> None:
    said = statement_date("The envoy said on Sept. 29, 2022 that the corridor was open.", None)
    assert said == Dated("2022-09-29", "stated")
    for text in (
        "The envoy said in November that the corridor was open.",
        "The envoy said Monday it was open.",
        "The envoy said on March 7 that it was open.",
        "The envoy said that it was open.",
    ):
        assert statement_date(text, None) == Dated(None, "none")


def test_an_unreadable_source_date_is_no_date_rather_than_todays() -> None:
    assert statement_date("The envoy said Monday that it was open.", "sometime last spring") == Dated(None, "none")


def test_a_source_known_only_to_be_after_a_day_keeps_that_bound() -> None:
    assert statement_date("The envoy said that it was open.", "after 2025-03-12") == Dated("2025-03-12/..", "source")
    said = statement_date("The envoy said in November that it was open.", "after 2025-03-12")
    assert said == Dated("2024-11", "relative")
    assert display("2025-03-12/..") == "after Mar 12, 2025"


def test_coarse_publication_dates_resolve_only_what_they_can() -> None:
    assert statement_date("The envoy said in November it was open.", "2025-03") == Dated("2024-11", "relative")
    assert statement_date("The envoy said Monday it was open.", "2025-03") == Dated("2025-03", "source")
    assert statement_date("The envoy said in November it was open.", "2025") == Dated("2025", "source")


def test_publication_dates_in_the_forms_sources_give_them() -> None:
    assert parse_published("2025-03-14T10:31:00Z").iso == "2025-03-14"
    assert parse_published("March 14, 2025").iso == "2025-03-14"
    assert parse_published("2025-03").iso == "2025-03"
    assert parse_published("before 2025-04-01").iso == "../2025-04-01"
    assert parse_published("03/04/2025") is None  # March 4 or April 3: not guessed
    assert parse_published("") is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ceasefire talks resume\nPublished March 14, 2025\n\nThe envoy said…", "2025-03-14"),
        ("# Ceasefire talks resume\n\n*Updated: 14/03/2025 10:31*\n\nThe envoy said…", "2025-03-14"),
        ("March 14, 2025 — KYIV — The envoy said on Monday…", "2025-03-14"),
        ("Ceasefire talks resume\nBy A. Writer\nFriday, March 14, 2025\n\nText.", "2025-03-14"),
        ("Updated March 16, 2025\nPublished March 14, 2025\n\nText.", "2025-03-14"),
        ("Published Friday, March 14, 2025, 12:05 GMT | Updated 16:40 GMT\n\nText.", "2025-03-14"),
        ("5 hours ago\n\nCeasefire talks resume\n\nText.", None),
        ("Updated 03/04/2025\n\nText.", None),
        ("The talks of March 14, 2025 were long and, the envoy said, useful.", None),
    ],
)
def test_a_date_line_gives_the_publication_date(text: str, expected: str | None) -> None:
    assert date_line(text) == expected


def test_dates_of_any_precision_read_and_sort() -> None:
    dates = ["2025-03-12", "2024-11", "2025-W10", "2024", "2025-03-12/.."]
    assert [display(d) for d in dates] == [
        "Mar 12, 2025",
        "Nov 2024",
        "week of Mar 3, 2025",
        "2024",
        "after Mar 12, 2025",
    ]
    assert sorted(dates, key=first_day) == ["2024", "2024-11", "2025-W10", "2025-03-12", "2025-03-12/.."]
    assert display(None) is None and first_day(None) is None


def test_a_sources_date_reads_as_a_member_would_say_it() -> None:
    assert display_published("after 2025-03-12") == "after Mar 12, 2025"
    assert display_published("2025-03-14T10:31:00Z") == "Mar 14, 2025"
    assert display_published("spring 2025") == "spring 2025" and display_published(None) is None


def test_passages_are_dated_when_they_are_split() -> None:
    from index.sources.document import Document
    from index.text.clean import clean
    from index.text.parties import Parties
    from index.text.passages import split
    from tests.helpers import CORPUS

    text = (
        "Depot workers reject the offer\n\n"
        "“We will not accept a penny less than 12 percent,” Dana Okoro said on Tuesday.\n\n"
        "In January, the union said it would strike.\n\n"
        "The depots were quiet."
    )
    drafts = split(
        clean(Document(text, title="Depot workers reject the offer", date="2025-04-11")),
        Parties.load(CORPUS / "parties.toml"),
    )
    dated = {d.text.split()[1]: (d.date, d.date_basis) for d in drafts}
    assert dated["will"] == ("2025-04-08", "relative")
    assert dated["January,"] == ("2025-01", "relative")
    assert dated["depots"] == ("2025-04-11", "source")
    undated = split(clean(Document(text, title="t")), Parties.load(CORPUS / "parties.toml"))
    assert {(d.date, d.date_basis) for d in undated} == {(None, "none")}


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the arrangement agreed in principle last month could not work.",
        "Workers walked off the job at 12:01 a.m. Thursday after voting to reject the offer.",
    ],
)
def test_a_date_of_a_subordinate_clause_is_not_the_statements(text: str) -> None:
    assert statement_date(text, PUBLISHED) == Dated(PUBLISHED, "source")


def test_a_statement_dated_after_its_sentence_has_said_something_else() -> None:
    text = "Members voted 91% to strike, well above the majority required, the union said late Monday."
    assert statement_date(text, PUBLISHED) == Dated("2025-03-10", "relative")
