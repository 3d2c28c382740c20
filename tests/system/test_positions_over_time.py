"""Issue 11 end to end: dated citations and a quoted lead from `parley ask`, the three-article corpus's
`parley timeline` with the union's change marked, `parley feedback`, and the Discord /timeline, /compare
latest:, /feedback and /ask, the last citing ten sources within every Discord limit."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import cli
from bot.config import Settings
from tests.helpers import CORPUS, MOD_ROLE, ROOT, assert_fits, button, command, final, live_links, running

TIMELINE_CORPUS = ROOT / "tests" / "data" / "timeline" / "corpus"
UNION, AUTHORITY = "Transit Workers' Union", "Metro Authority"
ZELENSKY = "We cannot legally acknowledge any occupied territory of Ukraine as Russian"
SOFTER = "We are prepared to accept a 6 percent pay rise over two years"


def runner(tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("PARLEY_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PARLEY_CORPUS_DIR", str(corpus))
    monkeypatch.setenv("PARLEY_ENV_FILE", str(tmp_path / "no.env"))

    def invoke(*args: str):
        return CliRunner().invoke(cli, list(args), catch_exceptions=False)

    return invoke


@pytest.fixture
def transit(tmp_path, monkeypatch, embedder):
    return runner(tmp_path, TIMELINE_CORPUS, monkeypatch)


# the command line ------------------------------------------------------------------------------


def test_the_answer_quotes_zelensky_with_his_party_and_a_date_and_every_citation_is_dated(
    tmp_path, monkeypatch, embedder
):
    invoke = runner(tmp_path, CORPUS, monkeypatch)
    data = json.loads(invoke("ask", "Does Ukraine accept legal cession?", "--json").stdout)
    first_line = data["answer"].splitlines()[0]
    assert first_line.startswith("Ukraine — Volodymyr Zelensky, President (Nov 2024): ")
    assert f'"{ZELENSKY}."' in first_line and first_line.endswith("[1]")
    assert all({"date", "date_basis"} <= set(c) for c in data["citations"])
    assert (data["citations"][0]["date"], data["citations"][0]["date_basis"]) == ("2024-11", "relative")
    assert [c["n"] for c in data["citations"]] == list(range(1, len(data["citations"]) + 1))
    assert data["census"].startswith(f"{len(data['citations'])} passages from 1 source")


def test_the_timeline_shows_the_unions_change_in_order_and_marks_it(transit):
    data = json.loads(transit("timeline", "pay rise", "--json").stdout)
    union = next(p for p in data["parties"] if p["party"] == UNION)
    said = [(e["date"], e["shift"]) for e in union["entries"]]
    assert said == [("2025-01-16", False), ("2025-02-19", False), ("2025-04-08", True)]
    assert SOFTER in union["entries"][-1]["text"]
    assert union["entries"][-1]["shift_from"]["date"] == "2025-02-19"
    authority = next(p for p in data["parties"] if p["party"] == AUTHORITY)
    assert not any(e["shift"] for e in authority["entries"]), "a position held is not a shift"

    shown = transit("timeline", "pay rise", "--party", "the union").stdout
    lines = shown.splitlines()
    assert [line.strip() for line in lines if line.strip() in (UNION, AUTHORITY)] == [UNION]
    marked = lines.index("  ↺ shift from Feb 19, 2025 [2]:")
    assert SOFTER.split(" pay")[0] in lines[marked + 1]
    assert shown.index("said Jan 16, 2025") < shown.index("said Feb 19, 2025") < shown.index("said Apr 8, 2025")


def test_a_party_the_sources_do_not_hold_is_a_one_line_error(transit):
    transit("index", "build")
    result = transit("timeline", "pay rise", "--party", "Riverside Council")
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "Error: No party called “Riverside Council” speaks in the sources on this; leave party out to see every "
        "party's passages."
    ]


def test_the_lead_says_when_the_unions_cited_passages_point_different_ways(transit):
    data = json.loads(transit("ask", "Will the union accept less than 12 percent?", "--json").stdout)
    lines = data["answer"].splitlines()
    assert lines[0].startswith(f"{UNION} — Dana Okoro")
    moved = next(line for line in lines if "point different ways" in line)
    assert "(Apr 8, 2025)" in moved and ("(Feb 19, 2025)" in moved or "(Jan 16, 2025)" in moved)


def test_feedback_lists_the_down_voted_answers_with_their_passages(transit, tmp_path):
    transit("index", "build")
    from index.kb import KnowledgeBase

    kb = KnowledgeBase(tmp_path / "data", TIMELINE_CORPUS)
    answer = kb.ask("Will the union accept less than 12 percent?", k=2)
    ids = [c.passage.id for c in answer.citations]
    kb.feedback.record(guild_id=7, user_id=1, answer_key="k1", question=answer.question, passage_ids=ids, vote=-1)
    kb.feedback.record(
        guild_id=7, user_id=2, answer_key="k2", question="Who drives the trams?", passage_ids=ids, vote=1
    )
    kb.close()
    data = json.loads(transit("feedback", "--json").stdout)
    assert [(c["question"], c["downvotes"]) for c in data] == [(answer.question, 1)]
    assert [p["passage_id"] for p in data[0]["passages"]] == ids and data[0]["passages"][0]["date"]
    shown = transit("feedback").stdout
    assert shown.startswith(f"Q: {answer.question}\n  👎 1 · 👍 0 · guild 7")
    assert json.loads(transit("feedback", "--guild", "8", "--json").stdout) == []


# Discord ---------------------------------------------------------------------------------------


def ten_source_corpus(folder: Path) -> Path:
    """Five invented parties, two dated articles each, every article one quote on pay: ten sources."""
    (folder / "sources").mkdir(parents=True)
    parties = ["Drivers' Guild", "Harbour Pilots", "Depot Cleaners", "Signal Staff", "City Treasury"]
    lines = ["# Invented parties for a ten-source test.", ""]
    for i, party in enumerate(parties):
        lines += [f'[parties."{party}"]', f'aliases = ["{party}", "Speaker{i}"]', ""]
    (folder / "parties.toml").write_text("\n".join(lines), encoding="utf-8")
    firm = [
        "will not accept any pay rise below 9 percent",
        "refuse any pay rise that leaves night shifts at single pay",
        "cannot take a pay rise that inflation eats within a year",
        "reject any pay rise without a pension top-up",
        "will not fund a pay rise the fare box cannot carry",
    ]
    open_ = [
        "are ready to accept a pay rise of 5 percent",
        "are ready to take the pay rise as a night-shift bonus",
        "are ready to accept a pay rise spread over two years",
        "are ready to take a smaller pay rise now",
        "are ready to fund a pay rise from the regional grant",
    ]
    for i, party in enumerate(parties):
        for j, (month, stance) in enumerate((("01", firm[i]), ("04", open_[i]))):
            name = f"{i}{j}-pay-{party.split()[0].lower().strip(chr(39))}"
            slug = "-".join(["northgate-pay-talks-what-each-side-said-about-the-offer"] * 3)
            (folder / "sources" / f"{name}.txt").write_text(
                f"{party} on pay, round {j + 1}\n\n“We {stance} this year,” Ann Speaker{i}, "
                f"who speaks for the {party}, said on Monday.\n",
                encoding="utf-8",
            )
            (folder / "sources" / f"{name}.toml").write_text(
                f'title = "{party} on the pay rise, round {j + 1}: what was said at the depot gates and after"\n'
                f'publisher = "Northgate Outlet {i}{j}"\nurl = "https://outlet{i}{j}.example/2025/{month}/{slug}"\n'
                f'date = "2025-{month}-1{i}"\n',
                encoding="utf-8",
            )
    return folder


@pytest.fixture
def ten_sources(tmp_path, embedder) -> Settings:
    corpus = ten_source_corpus(tmp_path / "corpus")
    return Settings(
        data_dir=tmp_path / "data",
        corpus_dir=corpus,
        cooldown_seconds=0,
        moderator_role=MOD_ROLE,
        citations_per_page=10,
    )


def linked_once(embed: dict) -> list[str]:
    text = "\n".join([embed.get("description", "")] + [f["value"] for f in embed.get("fields", [])])
    links = live_links(text)
    assert len(links) == len(set(links)), "each source is linked once"
    assert all(live_links(f["value"]) == [] for f in embed.get("fields", []))
    return links


async def test_ask_compare_and_timeline_citing_many_sources_stay_within_discords_limits(ten_sources) -> None:
    import discord

    async with running(ten_sources) as h:
        _, asked = await command(h, "ask", {"question": "What has each side said about the pay rise?"})
        embed = final(asked).embeds[0]
        assert_fits(discord.Embed.from_dict(embed))
        assert len(embed["fields"]) == 10 and len(linked_once(embed)) == 10

        _, compared = await command(h, "compare", {"topic": "the pay rise", "latest": True})
        embed = final(compared).embeds[0]
        assert_fits(discord.Embed.from_dict(embed))
        assert "latest passage" in embed["description"]
        assert len(linked_once(embed)) == len(embed["fields"])
        assert len(embed["fields"]) == 5 and all(
            "ready to" in f["value"] and "· Apr 1" in f["value"] for f in embed["fields"]
        ), "each party's April passage"

        _, shown = await command(h, "timeline", {"topic": "the pay rise"})
        embed = final(shown).embeds[0]
        assert_fits(discord.Embed.from_dict(embed))
        assert len(embed["fields"]) == 5 and len(linked_once(embed)) == 10
        for field in embed["fields"]:
            first, last = field["value"].split("\n")
            assert first.startswith("**Jan ") and last.startswith("**Apr ") and "↺ shift" in last


@pytest.fixture
def transit_bot(tmp_path, embedder) -> Settings:
    corpus = tmp_path / "corpus"
    shutil.copytree(TIMELINE_CORPUS, corpus)
    return Settings(data_dir=tmp_path / "data", corpus_dir=corpus, cooldown_seconds=0, moderator_role=MOD_ROLE)


async def test_timeline_for_one_party_marks_the_shift_and_feedback_is_for_moderators(transit_bot) -> None:
    async with running(transit_bot) as h:
        _, shown = await command(h, "timeline", {"topic": "pay rise", "party": "union"}, user=h.member)
        embed = final(shown).embeds[0]
        [union] = embed["fields"]
        assert union["name"] == UNION
        lines = union["value"].split("\n")
        assert [line.split("**")[1] for line in lines] == ["Jan 16, 2025", "Feb 19, 2025", "Apr 8, 2025"]
        assert "↺ shift** from Feb 19, 2025 [2]" in lines[-1] and "prepared to accept" in lines[-1]

        _, refused = await command(h, "timeline", {"topic": "pay rise", "party": "Riverside Council"}, user=h.member)
        assert "No party called “Riverside Council”" in final(refused).content

        _, asked = await command(h, "ask", {"question": "Will the union accept less than 12 percent?"}, user=h.member)
        answer = final(asked)
        h.click(answer, button(h.message(answer), "vote:down"), user=h.member)
        await h.settle()

        _, refused = await command(h, "feedback", user=h.member, bypass_default_permissions=True)
        assert final(refused).ephemeral and "Only moderators" in final(refused).content

        _, listed = await command(h, "feedback", user=h.admin)
        reply = final(listed)
        assert reply.ephemeral
        [field] = reply.embeds[0]["fields"]
        assert field["name"].startswith("Will the union accept less than 12 percent?") and "👎 1" in field["name"]
        assert "Dana Okoro" in field["value"]


def test_compare_can_show_each_partys_latest_position_rather_than_its_closest(transit, tmp_path, embedder):
    transit("index", "build")
    from index.kb import KnowledgeBase

    kb = KnowledgeBase(tmp_path / "data", TIMELINE_CORPUS, embedder=embedder)
    topic = "Will the union accept less than 12 percent?"
    closest = {p.party: p.citation for p in kb.compare(topic).positions}
    latest = kb.compare(topic, latest=True)
    kb.close()
    assert latest.latest and latest.to_dict()["latest"] is True
    union = {p.party: p.citation for p in latest.positions}[UNION]
    assert closest[UNION].passage.date == "2025-02-19" and "12 percent" in closest[UNION].passage.text
    assert union.passage.date == "2025-04-08" and SOFTER in union.passage.text
