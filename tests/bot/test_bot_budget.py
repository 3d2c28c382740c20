"""How the renderer shares a message's 6,000 characters when every part of ten citations is long: what
identifies a citation (number, party, date, speaker, source pointer, the source's link, title and
publisher) is kept, and only the long tails (a role, a quote's end, the rest of a title) are cut."""

from __future__ import annotations

import random
import re

from bot.discord_ui import render
from bot.discord_ui.budget import core_first, fair_shares
from index.answering.answer import Answer, Citation, Comparison, PartyPosition, compose_lead
from index.answering.timeline import Entry, PartyTimeline, Timeline
from index.records import Passage, Source
from tests.helpers import assert_fits, live_links, words

LIST_LINE = re.compile(r"(\d+)\. \[(?P<label>[^\]]+)\]\((?P<url>[^)\s]+)\)(?P<details>.*)")
PARTIES = [
    "Northshore Dockworkers' and Crane Operators' Mutual Benevolent Association",
    "Eastern Grain Terminal Operators' Council and Export Board",
]


def long_source(i: int, url_chars: int = 220) -> Source:
    path = "-".join(["dockworkers-and-terminal-operators-trade-offers-over-night-shift-pay"] * 40)
    url = f"https://www.the-northshore-harbour-and-grain-coast-evening-ledger-{i}.example/{path}"[:url_chars]
    title = (
        f"Dock talks, day {i}: the dockworkers' association sets out what it would trade for night-shift pay, "
        "the terminal operators answer with a counter-offer on rosters, and the port authority asks both "
        "sides to return to the table before the grain season starts in earnest on the eastern berths"
    )
    return Source(
        i,
        title,
        f"The Northshore Harbour and Grain Coast Evening Ledger No. {i}",
        url,
        f"2025-{i % 9 + 1:02d}-1{i % 10}",
    )


def long_citation(n: int, source: Source, rng: random.Random) -> Citation:
    party = PARTIES[n % 2]
    role = f"deputy general secretary, chief negotiator and acting treasurer of the {party} since its founding"
    text = f"“{words(150, rng)},” Speaker Number{n} Okonkwo-Lindqvist said."
    passage = Passage(
        n,
        source.id,
        n,
        0,
        len(text),
        None,
        "quote",
        f"Speaker Number{n} Okonkwo-Lindqvist",
        role,
        party,
        text,
        source.date,
        "source",
    )
    return Citation(n, passage, source, 1.0 - n / 100)


def ten_long_citations(url_chars: int = 220) -> list[Citation]:
    rng = random.Random(13)
    return [long_citation(n, long_source(n, url_chars), rng) for n in range(1, 11)]


def listed(data: dict) -> dict[int, str]:
    listing = data["description"].partition("**Sources**\n")[2]
    return {int(line.split(".", 1)[0]): line for line in listing.splitlines()}


def assert_names_its_source(line: str, source: Source) -> None:
    """A linked list line whose label is at least the title's first five words and which names the publisher."""
    entry = LIST_LINE.fullmatch(line)
    assert entry and entry["url"] == source.url, line
    shown = entry["label"].removesuffix(render.ELLIPSIS).rstrip()
    assert source.title.startswith(shown) and len(shown.split()) >= 5, line
    assert f" · {source.publisher}" in entry["details"], line


def test_fair_shares_meet_small_wants_and_split_the_rest_evenly() -> None:
    assert fair_shares([10, 500, 500], 400) == [10, 195, 195]
    assert fair_shares([10, 20], 400) == [10, 20]
    assert fair_shares([300, 300], 0) == [0, 0]
    assert core_first([100, 100], [150, 900], 400) == [150, 250]
    squeezed = core_first([300, 100], [900, 900], 300)
    assert squeezed == [200, 100], "the cores themselves are shared, the small one whole"


def test_ten_long_citations_keep_their_party_date_and_speaker_and_only_the_role_is_cut() -> None:
    citations = ten_long_citations()
    answer = Answer("What has each side offered on night-shift pay?", False, compose_lead(citations, []), citations, [])
    data = assert_fits(render.answer_embed(answer, page=0, per_page=10))
    by_n = {c.n: c for c in citations}
    by_url = {c.source.url: c.source for c in citations}
    lines = listed(data)
    assert len(lines) == 10
    for line in lines.values():
        assert_names_its_source(line, by_url[LIST_LINE.fullmatch(line)["url"]])
    for field in data["fields"]:
        c = by_n[int(field["name"][1:].split("]")[0])]
        party, when, who = field["name"].split("] ", 1)[1].split(" · ", 2)
        assert c.passage.party.startswith(party.removesuffix(render.ELLIPSIS)), field["name"]
        assert when == c.passage.when and who.startswith(c.passage.speaker), field["name"]
        ref = re.search(r"\(source (\d+)\)$", field["value"])
        assert ref and LIST_LINE.fullmatch(lines[int(ref[1])])["url"] == c.source.url, field["value"]


def test_a_long_role_never_pushes_out_a_compared_sides_date() -> None:
    citations = ten_long_citations()
    comparison = Comparison("night-shift pay", [PartyPosition(f"Side {c.n}", c) for c in citations])
    data = assert_fits(render.comparison_embed(comparison))
    for field, c in zip(data["fields"], citations, strict=True):
        who = field["value"].splitlines()[-2]
        assert who.startswith(f"— {c.passage.speaker}") and who.endswith(f" · {c.passage.when}"), who
    sources = render.numbered_sources(citations)
    for k, line in listed(data).items():
        assert_names_its_source(line, sources[k])


def test_a_long_role_never_pushes_out_a_timeline_lines_source() -> None:
    citations = ten_long_citations()
    parties = [PartyTimeline(party, [Entry(c) for c in citations if c.passage.party == party]) for party in PARTIES]
    data = assert_fits(render.timeline_embed(Timeline("night-shift pay", parties)))
    sources = render.numbered_sources([e.citation for p in parties for e in p.entries])
    numbers = {s.id: k for k, s in sources.items()}
    lines = listed(data)
    shown = [line for f in data["fields"] for line in f["value"].splitlines()]
    assert len(shown) == 10
    for line in shown:
        n = int(re.match(r"\*\*[^*]+\*\* \[(\d+)\]", line).group(1))
        speaker = citations[n - 1].passage.speaker
        assert re.search(rf" — {speaker}(, [^(]*)? \(source {numbers[n]}\)$", line), line
        assert_names_its_source(lines[numbers[n]], sources[numbers[n]])


def test_links_too_long_to_all_fit_give_way_longest_first_and_every_line_keeps_its_publisher() -> None:
    citations = ten_long_citations(url_chars=1500)
    short = long_source(11, url_chars=120)
    citations[4] = Citation(5, citations[4].passage, short, citations[4].score)
    answer = Answer("What has each side offered on night-shift pay?", False, compose_lead(citations, []), citations, [])
    data = assert_fits(render.answer_embed(answer, page=0, per_page=10))
    lines = listed(data)
    assert len(lines) == 10
    links = live_links(data["description"])
    assert short.url in links and 0 < len(links) < 10, "the short link is kept, some long ones give way"
    for line in lines.values():
        day = re.search(r"day (\d+):", line)
        assert day and f" · The Northshore Harbour and Grain Coast Evening Ledger No. {day[1]}" in line, line


def test_with_room_to_spare_a_citation_names_more_of_its_title_than_its_opening_words() -> None:
    rng = random.Random(17)
    sources = [Source(n, s.title, "The Ledger", s.url, s.date) for n, s in ((n, long_source(n)) for n in range(1, 4))]
    citations = [long_citation(n, source, rng) for n, source in enumerate(sources, 1)]
    answer = Answer("What has each side offered on night-shift pay?", False, compose_lead(citations, []), citations, [])
    data = assert_fits(render.answer_embed(answer, page=0, per_page=5))
    for field in data["fields"]:
        title = field["value"].splitlines()[-1].split(" · ", 1)[1].rsplit(" (source ", 1)[0]
        assert len(title.removesuffix(render.ELLIPSIS).split()) > 10, field["value"]
