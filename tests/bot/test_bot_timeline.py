"""Discord embeds that cite ten sources: /ask, /compare and /timeline within every limit, each source
linked once in a numbered list, each citation naming its source and its date."""

from __future__ import annotations

import random
import re

from bot.discord_ui import render
from index.answering.answer import Answer, Citation, Comparison, PartyPosition, Shift, compose_lead
from index.answering.feedback import Complaint
from index.answering.timeline import Entry, PartyTimeline, Timeline
from index.records import Passage, Source
from tests.helpers import assert_fits, live_links, words

PARTIES = ["Transit Workers' Union", "Metro Authority", "City Council", None]


def source(i: int) -> Source:
    slug = "-".join(["northgate-transit-strike-talks-resume-after-union-names-a-lower-figure"] * 2)[:120]
    return Source(
        i,
        f"Northgate strike, day {i * 7}: what the union and the authority said about pay this week",
        f"The Northgate Ledger {i}",
        f"https://ledger.example/2025/{i:02d}/{slug}-{i}",
        f"2025-0{1 + i % 9}-1{i % 10}",
    )


def cited(n: int, src: Source, *, party: str | None, text: str, date: str = "2025-04-08") -> Citation:
    p = Passage(
        n, src.id, n, 0, len(text), None, "quote", f"Speaker {n}", "spokesperson", party, text, date, "relative"
    )
    return Citation(n, p, src, 1.0 - n / 100)


def ten_source_citations(rng: random.Random) -> list[Citation]:
    return [
        cited(n, source(n), party=PARTIES[n % 4], text=f"“{words(60, rng)},” Speaker {n} said on Tuesday.")
        for n in range(1, 11)
    ]


def everything(data: dict) -> str:
    return "\n".join([data.get("description", "")] + [f"{f['name']}\n{f['value']}" for f in data.get("fields", [])])


def assert_linked_once(data: dict, sources: list[Source]) -> None:
    links = live_links(everything(data))
    assert sorted(links) == sorted(s.url for s in sources), "each source is linked, and only once"
    assert all(live_links(f["value"]) == [] for f in data.get("fields", [])), "no field spends characters on a link"


def source_numbers(data: dict) -> list[int]:
    return [int(n) for f in data["fields"] for n in re.findall(r"\(source (\d+)\)", f["value"])]


def test_an_answer_citing_ten_sources_fits_and_links_each_once() -> None:
    citations = ten_source_citations(random.Random(1))
    answer = Answer("What does the union want on pay?", False, compose_lead(citations, []), citations, [])
    data = assert_fits(render.answer_embed(answer, page=0, per_page=10))
    assert len(data["fields"]) == 10
    assert_linked_once(data, [c.source for c in citations])
    first_seen = list(dict.fromkeys(source_numbers(data)))
    assert first_seen == list(range(1, 11)), "sources are numbered in the order the citations show them"
    for field in data["fields"]:
        assert "The Northgate Ledger" in field["value"] and "Northgate strike" in field["value"]
        assert "source #" not in field["value"]
        assert " · Apr 8, 2025 · Speaker " in field["name"], "the date before the speaker's long role"
    assert "from 10 sources" in data["footer"]["text"]


def test_the_lead_keeps_its_lines_and_says_when_a_party_moved() -> None:
    rng = random.Random(2)
    union = PARTIES[0]
    firm = cited(1, source(1), party=union, text=f"“{words(12, rng)},” Okoro said.", date="2025-01-16")
    soft = cited(2, source(2), party=union, text=f"“{words(12, rng)},” Okoro said.", date="2025-04-08")
    shifts = [Shift(union, firm, soft)]
    answer = Answer(
        "Will the union settle?",
        False,
        compose_lead([firm, soft], [union], shifts=shifts),
        [firm, soft],
        [union],
        shifts=shifts,
    )
    description = assert_fits(render.answer_embed(answer))["description"]
    lines = description.split("\n")
    assert lines[0].startswith("Transit Workers' Union — Speaker 1, spokesperson (Jan 16, 2025):")
    assert lines[0].endswith("[1]")
    assert any("[1] (Jan 16, 2025) and [2] (Apr 8, 2025) point different ways" in line for line in lines)


def test_a_comparison_of_ten_parties_shows_each_latest_position_and_links_each_source_once() -> None:
    rng = random.Random(3)
    positions = [
        PartyPosition(f"Party {i}", cited(i, source(i), party=f"Party {i}", text=words(120, rng))) for i in range(1, 11)
    ] + [PartyPosition("Silent Party", None)]
    data = assert_fits(render.comparison_embed(Comparison("fare rises " + words(30, rng), positions, latest=True)))
    assert "latest passage" in data["description"]
    assert_linked_once(data, [p.citation.source for p in positions if p.citation])
    assert "silent" in data["fields"][-1]["value"]


def timeline_of(rng: random.Random, parties: int, entries: int, text_words: int) -> Timeline:
    lines, n = [], 0
    for p in range(parties):
        made: list[Entry] = []
        for e in range(entries):
            n += 1
            c = cited(
                n,
                source(n % 10 + 1),
                party=f"Party {p}",
                text=words(text_words, rng),
                date=f"2025-{1 + e % 12:02d}-0{1 + e % 9}",
            )
            repeat = cited(n + 1000, source((n + 3) % 10 + 1), party=f"Party {p}", text=words(5, rng))
            made.append(
                Entry(c, (repeat,) if e % 3 == 1 else (), made[-1].citation if e == entries - 1 and made else None)
            )
        lines.append(PartyTimeline(f"Party {p}", made))
    return Timeline("pay " + words(20, rng), lines)


def test_a_timeline_citing_ten_sources_fits_marks_the_shift_and_links_each_source_once() -> None:
    timeline = timeline_of(random.Random(4), parties=3, entries=8, text_words=80)
    data = assert_fits(render.timeline_embed(timeline))
    assert [f["name"] for f in data["fields"]] == ["Party 0", "Party 1", "Party 2"]
    assert_linked_once(data, list({c.source.id: c.source for c in timeline.citations}.values()))
    for field in data["fields"]:
        lines = field["value"].split("\n")
        assert lines[0].startswith("**Jan 1, 2025** [")
        assert render.SHIFT_MARK in lines[-1] and "from Jul 7, 2025" in lines[-1]
    assert "3 shifts marked" in data["description"]


def test_random_timelines_always_fit() -> None:
    rng = random.Random(5)
    for _ in range(60):
        timeline = timeline_of(
            rng, parties=rng.randint(1, 30), entries=rng.randint(1, 8), text_words=rng.choice([1, 20, 400])
        )
        assert_fits(render.timeline_embed(timeline))


def test_an_empty_timeline_says_why() -> None:
    data = assert_fits(
        render.timeline_embed(Timeline("pay", [], "The sources hold no passage from Riverside on this topic."))
    )
    assert "Riverside" in data["description"] and "fields" not in data


def test_the_moderators_feedback_list_fits_with_many_answers_and_passages() -> None:
    rng = random.Random(6)
    found = [
        Complaint(
            words(rng.choice([3, 300]), rng),
            5,
            rng.randint(1, 9),
            rng.randint(0, 3),
            ten_source_citations(rng),
            removed=rng.choice([0, 2]),
        )
        for _ in range(40)
    ]
    data = assert_fits(render.feedback_embed(found))
    assert len(data["fields"]) == render.FIELDS_LIMIT - 1 and "16 with fewest are left out" in data["description"]
    assert "👎" in data["fields"][0]["name"] and data["fields"][0]["value"].startswith("[1] Speaker 1, spokesperson:")
    assert "No answer" in assert_fits(render.feedback_embed([]))["description"]
