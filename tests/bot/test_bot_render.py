"""The Discord renderer against Discord's limits, with synthetic answers far larger than real ones.

Discord refuses the whole message when one embed breaks a limit, so these build answers, comparisons
and listings from the plain dataclasses with oversized questions, quotes, titles and URLs, and check
every limit, that cutting happens at word boundaries with "…", and that no citation loses its link.
"""

from __future__ import annotations

import random
import re

import pytest

from bot.discord_ui import render
from index.answering.answer import Answer, Citation, Comparison, PartyPosition, compose_lead
from index.records import Passage, Source
from index.reports import AddReport, BuildReport
from tests.helpers import assert_fits, citation, live_links, words

PARTIES = ["Ukraine", "Russia", "United States", None]


def answer(citations: list[Citation], question: str = "Does Ukraine accept legal cession?") -> Answer:
    return Answer(question, False, compose_lead(citations, []), citations, [])


def assert_cut_at_word(shown: str, original: str) -> None:
    """``shown`` ends with "…" right after a whole word of ``original``."""
    assert shown.endswith(render.ELLIPSIS)
    head = shown[: -len(render.ELLIPSIS)]
    assert original.startswith(head)
    assert original[len(head)] == " "


def test_cut_keeps_short_text_and_cuts_long_text_at_a_word_boundary() -> None:
    assert render.cut("short enough", 20) == "short enough"
    text = "alpha beta gamma delta epsilon"
    shown = render.cut(text, 17)
    assert len(shown) <= 17
    assert_cut_at_word(shown, text)
    assert render.cut("x" * 50, 10) == "x" * 9 + "…"
    assert render.cut("anything", 0) == ""
    assert not render.cut("ab \\* cd", 5).rstrip("…").endswith("\\")


def test_a_huge_answer_fits_every_limit_and_keeps_every_citations_link() -> None:
    rng = random.Random(7)
    url = "https://example.org/" + "long-path-segment/" * 20
    long_title = "Title " + words(120, rng)
    citations = [
        citation(
            n,
            words(900, rng),
            party=PARTIES[n % 4],
            title=long_title,
            url=url,
            speaker="Speaker " + words(60, rng),
            role=words(40, rng),
        )
        for n in range(1, 11)
    ]
    big = Answer("Why " + words(400, rng) + "?", False, words(2000, rng), citations, ["Ukraine"])

    embed = render.answer_embed(big, page=0, per_page=10)
    data = assert_fits(embed)

    assert len(data["fields"]) == 10
    numbers = sorted(int(re.match(r"\[(\d+)\]", f["name"]).group(1)) for f in data["fields"])
    assert numbers == list(range(1, 11))
    assert data["description"].count(f"]({url})") == 1, "the source is linked once, in the numbered list"
    for field in data["fields"]:
        assert field["value"].endswith("(source 1)") and f"]({url})" not in field["value"]
        quote = field["value"].split("\n")[0].removeprefix("> ")
        n = int(re.match(r"\[(\d+)\]", field["name"]).group(1))
        assert_cut_at_word(quote, citations[n - 1].passage.text)
    assert data["title"].endswith("…") and data["description"]


def test_pages_keep_the_answers_numbers_and_group_by_party() -> None:
    citations = [citation(n, f"Passage number {n} says something.", party=PARTIES[n % 3]) for n in range(1, 16)]
    full = answer(citations)

    first = assert_fits(render.answer_embed(full, page=0, per_page=5))
    third = assert_fits(render.answer_embed(full, page=2, per_page=5))

    def numbers(data: dict) -> list[int]:
        return [int(re.match(r"\[(\d+)\]", f["name"]).group(1)) for f in data["fields"]]

    assert sorted(numbers(first)) == [1, 2, 3, 4, 5]
    assert sorted(numbers(third)) == [11, 12, 13, 14, 15]
    parties = [f["name"].split(" · ")[0].split("] ")[1] for f in first["fields"]]
    assert parties == sorted(parties, key=parties.index), "each party's citations sit together"
    assert parties[0] == "Russia", "the party of the best citation ([1]) comes first"
    assert "Passages 11–15 of 15" in third["footer"]["text"]
    assert all(f"[{n}]" in first["description"] for n in range(1, 6))
    assert "[6]" not in first["description"]
    assert render.page_count(full, 5) == 3


def test_mentions_and_markdown_in_a_passage_are_inert() -> None:
    text = (
        "@everyone read **this** now <@123456789012345678> and <@&223456789012345678>, "
        "@here __too__ # not a header ||spoiler|| [click](https://evil.example)"
    )
    data = assert_fits(render.answer_embed(answer([citation(1, text, title="**Bold** [title] @everyone")])))
    value = data["fields"][0]["value"] + "\n" + data["description"]

    assert "@\u200beveryone" in value and "@\u200bhere" in value
    assert "<@\u200b123456789012345678>" in value and "<@\u200b&223456789012345678>" in value
    assert "@everyone" not in value and "@here" not in value
    assert "\\*\\*this\\*\\*" in value and "\\_\\_too\\_\\_" in value and "\\|\\|spoiler\\|\\|" in value
    assert "\\[click\\]\\(https://evil.example)" in value
    assert "[\\*\\*Bold\\*\\* \\(title\\) @\u200beveryone](https://example.org/articles/1)" in value


def test_an_abstention_has_the_lead_and_no_citations() -> None:
    abstained = Answer("What is the weather?", True, compose_lead([], [], abstained=True), [], [])
    data = assert_fits(render.answer_embed(abstained))
    assert "do not cover" in data["description"] and "fields" not in data


def test_a_source_without_a_link_is_still_named() -> None:
    c = citation(1, "Some words.", url=None)
    c = Citation(1, c.passage, Source(1, "Offline memo", None, None, None), 1.0)
    data = assert_fits(render.answer_embed(answer([c])))
    assert data["fields"][0]["value"].endswith("— Offline memo (source 1)")
    assert data["description"].endswith("**Sources**\n1. Offline memo")


def test_random_answers_always_fit() -> None:
    rng = random.Random(11)
    for _ in range(150):
        n = rng.randint(1, 30)
        citations = [
            citation(
                i,
                words(rng.choice([1, 5, 60, 400, 1500]), rng),
                party=rng.choice(PARTIES),
                title=words(rng.choice([1, 10, 200]), rng),
                speaker=rng.choice([None, words(3, rng), words(80, rng)]),
                role=rng.choice([None, words(30, rng)]),
                publisher=rng.choice([None, words(50, rng)]),
                url=rng.choice([None, "https://x.org/" + "a" * rng.choice([5, 900, 3000])]),
                source_id=i % 4 + 1,
            )
            for i in range(1, n + 1)
        ]
        generated = answer(citations, question=words(rng.choice([1, 50, 400]), rng))
        per_page = rng.randint(1, 10)
        for page in range(render.page_count(generated, per_page)):
            assert_fits(render.answer_embed(generated, page=page, per_page=per_page))


def test_comparison_sits_side_by_side_and_names_silent_parties() -> None:
    rng = random.Random(3)
    comparison = Comparison(
        "the four oblasts " + words(300, rng),
        [
            PartyPosition("Ukraine", citation(1, words(2000, rng))),
            PartyPosition("Russia", None),
            PartyPosition("United States", citation(1, "Short quote.", party="United States", url="https://e.org/x")),
        ],
    )
    data = assert_fits(render.comparison_embed(comparison))
    assert [f["name"] for f in data["fields"]] == ["Ukraine", "Russia", "United States"]
    assert all(f["inline"] for f in data["fields"])
    assert "silent" in data["fields"][1]["value"]
    assert "](https://example.org/articles/1)" in data["description"]
    assert data["fields"][0]["value"].endswith("(source 1)")
    assert "Short quote." in data["fields"][2]["value"]


def _row(i: int, **kw) -> Source:
    base = dict(
        id=i,
        guild_id=None,
        title=f"Source {i}",
        publisher="Pub",
        author=None,
        url=f"https://e.org/{i}",
        date="2025-01-01",
        origin="url",
        corpus_file=None,
        content_hash="h",
        splitter="s",
        added_at=0.0,
        passages=10,
        quotes=3,
        speakers=2,
    )
    return Source(**{**base, **kw})


def test_long_source_lists_fit_and_say_how_many_are_left_out() -> None:
    rows = [_row(i, title="A rather long title " * 8) for i in range(1, 500)]
    data = assert_fits(render.sources_embed(rows))
    assert "`#1`" in data["description"] and re.search(r"… and \d+ more\.$", data["description"])
    assert "No sources" in assert_fits(render.sources_embed([]))["description"]


def test_a_source_with_many_speakers_and_long_quotes_fits() -> None:
    rng = random.Random(5)
    passages = [
        Passage(
            i,
            1,
            i,
            0,
            1,
            None,
            "quote",
            f"Speaker {i % 40} " + words(20, rng),
            words(10, rng),
            PARTIES[i % 4],
            words(300, rng),
        )
        for i in range(400)
    ]
    row = _row(1, title=words(200, rng), url="https://e.org/" + "p" * 3000)
    data = assert_fits(render.source_embed(row, passages))
    assert data["fields"][-1]["name"] == "More speakers"
    assert "url" not in data, "an over-long URL is left out rather than breaking the embed"
    assert all("…" in f["value"] or "more" in f["value"] for f in data["fields"][:-1])


def test_write_reports_fit() -> None:
    report = AddReport(
        7, "T" * 300, "P" * 300, 40, 12, [f"Speaker {i} " * 5 for i in range(300)], ["Ukraine", "Russia"], 40, 1.5
    )
    data = assert_fits(render.added_embed(report))
    assert data["title"].startswith("Added source #7")
    build = BuildReport(sources=3, passages=90, embedded=50, added_sources=["x" * 300] * 20, warnings=["w" * 2000])
    assert assert_fits(render.rebuild_embed(build))["title"] == "Index rebuilt"
    assert "nothing changed" in assert_fits(render.rebuild_embed(BuildReport()))["title"]
    assert_fits(render.help_embed(10, "Parley Mods @everyone"))


@pytest.mark.parametrize("url", ["ftp://example.org/x", "javascript:alert(1)", "https://exa mple.org", None, ""])
def test_only_http_links_are_linked(url: str | None) -> None:
    assert render.linkable(url) is None


def test_parentheses_in_links_are_encoded() -> None:
    assert (
        render.linkable("https://en.wikipedia.org/wiki/Minsk_(city)")
        == "https://en.wikipedia.org/wiki/Minsk_%28city%29"
    )


HOSTILE = [
    "See [1] and read the [full statement here](https://evil.example/a) or [the annex](https://evil.example/b).",
    "Nested [[label]](https://evil.example/c) and [a [b] c](https://evil.example/d) brackets.",
    "Angle links <https://evil.example/e> and [x](<https://evil.example/f>) and ![img](https://evil.example/g)",
    "An escaped escape \\[click](https://evil.example/h) and \\\\[again](https://evil.example/i)",
    "A reported statement, says Foo](https://evil.example/j) and (Bar)](https://evil.example/k)",
    "Pings @everyone @here <@123456789012345678> <@!123456789012345678> <@&223456789012345678> <#323456789012345678> "
    "<t:1700000000:R> </ask:423456789012345678>",
]


def _no_pings(value: str) -> None:
    assert not re.search(r"@(everyone|here)\b", value), value
    assert not re.search(r"<@[!&]?\d", value), value


@pytest.mark.parametrize("text", HOSTILE)
def test_masked_links_and_pings_in_a_quote_are_inert(text: str) -> None:
    data = assert_fits(render.answer_embed(answer([citation(1, text, title=text, speaker=text, role=None)])))
    field = data["fields"][0]
    assert live_links(data["description"]) == ["https://example.org/articles/1"], data["description"]
    assert live_links(field["name"]) == [] and live_links(field["value"]) == []
    _no_pings(field["value"])
    _no_pings(field["name"])


@pytest.mark.parametrize("text", HOSTILE)
def test_masked_links_and_pings_in_source_listings_are_inert(text: str) -> None:
    row = _row(1, title=text, publisher=text, author=text, date=text, url=None)
    listed = assert_fits(render.sources_embed([row]))
    assert live_links(listed["description"]) == []
    _no_pings(listed["description"])
    passages = [Passage(1, 1, 1, 0, 1, None, "quote", text, text, "Ukraine", text)]
    shown = assert_fits(render.source_embed(row, passages))
    for part in [shown["title"], shown["description"]] + [f[k] for f in shown["fields"] for k in ("name", "value")]:
        assert live_links(part) == [], part
        _no_pings(part)


def test_inert_text_reads_as_written_once_unescaped() -> None:
    text = "Kyiv's *red lines* — [1] see [the plan](https://evil.example/p) at https://news.example/a_(b)_c now"
    shown = render.inert(text)
    assert re.sub(r"\\(.)", r"\1", shown.replace("%28", "(").replace("%29", ")")) == text
    assert "https://news.example/a_%28b%29_c" in shown, "a bare link stays whole, so it still works"
    assert live_links(shown) == []


@pytest.mark.parametrize("text", ["# Heading", "-# subtext", "> quoted", "- item", "+ item", "1. first", "12) twelfth"])
def test_line_start_markup_is_escaped(text: str) -> None:
    shown = render.inert(text)
    assert shown != text and re.sub(r"\\(.)", r"\1", shown) == text


def test_counts_of_one_are_singular_in_discord() -> None:
    row = _row(1, passages=1, quotes=1, speakers=1)
    assert "1 passage, 1 quote" in assert_fits(render.sources_embed([row]))["description"]
    assert "(1 passage, 1 quote)?" in render.remove_prompt(row)
    build = BuildReport(sources=1, passages=1, quotes=1, speakers=1, embedded=1, vectors_added=1, vectors_removed=1)
    fields = {f["name"]: f["value"] for f in assert_fits(render.rebuild_embed(build))["fields"]}
    assert fields["Now serving"] == "1 source · 1 passage · 1 quote · 1 speaker"
    assert fields["Embedded"] == "1 passage" and fields["Index"] == "+1 / −1 vector"
    report = AddReport(7, "T", None, 1, 1, ["A"], ["Ukraine"], 1, 0.5)
    assert assert_fits(render.added_embed(report))["footer"]["text"].startswith("1 passage embedded")
