"""Party mappings through the facade and `parley party`: a guild's own passages are relabelled in the
store at once and restored exactly on removal, shared passages are relabelled as that guild reads them,
nothing is re-embedded, every change and refusal is audited, and bad input changes nothing."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from bot.cli import cli
from index.errors import InputError
from index.kb import KnowledgeBase
from index.sources.inputs import TextInput

GUILD, OTHER = 501, 502
STRIKE = """Welders walk out at Marlowe Shipyards

“We are not going back for less than a real pension,” said Ada Kerr, a welder on the night shift.

“The offer stands and it is a fair one,” said Tom Vance, a spokesman for Marlowe Shipyards.
"""


def stored(kb: KnowledgeBase, speaker: str) -> set[str | None]:
    return {r[0] for r in kb.store.db.execute("SELECT party FROM passages WHERE speaker = ?", [speaker])}


def seen(kb: KnowledgeBase, speaker: str, guild: int | None) -> set[str | None]:
    return {p.party for p in kb.passages(speaker=speaker, guild_id=guild) if p.speaker == speaker}


@pytest.fixture
def kb(fresh_kb: KnowledgeBase) -> KnowledgeBase:
    fresh_kb.readiness.ensure()
    fresh_kb.add(TextInput(STRIKE, title="Welders walk out"), guild_id=GUILD)
    return fresh_kb


def test_a_guilds_own_passages_are_relabelled_in_the_store_and_restored_exactly(kb):
    assert stored(kb, "Ada Kerr") == {None}, "the article never says whom she speaks for"
    generation, vectors = kb.store.generation, kb.store.db.execute("SELECT COUNT(*) FROM embeddings").fetchone()[0]

    change = kb.party_map.set("Ada Kerr", "Marlowe Welders Union", guild_id=GUILD, user_id=7)
    assert (change.passages, change.relabelled, change.party) == (1, 1, "Marlowe Welders Union")
    assert stored(kb, "Ada Kerr") == {"Marlowe Welders Union"}
    assert kb.store.generation == generation, "no passage text changed, so the index stays as it is"
    assert kb.store.db.execute("SELECT COUNT(*) FROM embeddings").fetchone()[0] == vectors, "nothing re-embedded"
    answer = kb.ask("Will the welders accept less than a real pension?", guild_id=GUILD)
    assert "Marlowe Welders Union" in {c.passage.party for c in answer.citations}

    kb.party_map.set("Marlowe Shipyards", "Marlowe", guild_id=GUILD)  # a party's name, renamed
    assert stored(kb, "Tom Vance") == {"Marlowe"}
    kb.party_map.remove("Marlowe Shipyards", guild_id=GUILD)
    kb.party_map.remove("ada kerr", guild_id=GUILD)
    assert stored(kb, "Ada Kerr") == {None} and stored(kb, "Tom Vance") == {"Marlowe Shipyards"}
    assert kb.store.db.execute("SELECT COUNT(*) FROM party_original").fetchone()[0] == 0
    audit = [(r["action"], r["outcome"], r["user_id"]) for r in kb.audit(10, GUILD)][:4]
    assert audit[-1] == ("party set", "ok", 7)


def test_shared_passages_are_relabelled_only_as_the_mapping_guild_reads_them(kb):
    kb.party_map.set("Barros", "none", guild_id=GUILD)
    kb.party_map.set("George Barros", "United States", guild_id=OTHER)
    assert seen(kb, "George Barros", OTHER) == {"United States"}
    assert seen(kb, "George Barros", GUILD) == {None}
    assert seen(kb, "George Barros", None) == {None}
    assert stored(kb, "George Barros") == {None}, "the shared rows keep the sources' reading"
    assert {p.party for p in kb.passages(party="United States", guild_id=OTHER)} == {"United States"}
    assert any(p.speaker == "George Barros" for p in kb.passages(party="United States", guild_id=OTHER))


def test_a_party_the_gazetteer_knows_is_stored_under_its_usual_name(kb):
    assert kb.party_map.set("Tom Vance", "eu", guild_id=GUILD).party == "European Union"
    assert kb.party_map.set("Tom Vance", "none", guild_id=GUILD).party is None
    assert stored(kb, "Tom Vance") == {None}


@pytest.mark.parametrize(
    "name, party, fragment",
    [
        ("", "Russia", "name is empty"),
        ("Tom Vance", "   ", "party is empty"),
        ("x" * 101, "Russia", "101 characters"),
        ("<@123>", "Russia", "as printed"),
        ("Tom Vance", "\u202eaissuR", "as printed"),  # shows as "Russia" and reverses each citation line after it
        ("Tom\u200b Vance", "Russia", "as printed"),
        ("Tom Vance", "Rus\x7fsia", "as printed"),
        ("Tom Vance", "Rus\udcffsia", "not UTF-8"),  # a terminal's byte that is not UTF-8 raised UnicodeEncodeError
        ("Tom \udcff", "Russia", "not UTF-8"),
    ],
)
def test_bad_input_is_refused_audited_and_changes_nothing(kb, name, party, fragment):
    with pytest.raises(InputError, match=fragment):
        kb.party_map.set(name, party, guild_id=GUILD)
    assert kb.party_map.mappings(GUILD) == []
    assert kb.audit(1, GUILD)[0]["outcome"].startswith("refused")
    with pytest.raises(InputError, match="no party mapping"):
        kb.party_map.remove("Tom Vance", guild_id=GUILD)


def test_cli_sets_lists_and_removes_mappings_for_every_guild_or_one(tmp_path, corpus_copy, embedder):
    env = {
        "PARLEY_DATA_DIR": str(tmp_path / "data"),
        "PARLEY_CORPUS_DIR": str(corpus_copy),
        "PARLEY_ENV_FILE": str(tmp_path / "no.env"),
    }
    runner = CliRunner(env=env)

    def run(*args: str):
        return runner.invoke(cli, list(args), catch_exceptions=False)

    done = run("party", "set", "George Barros", "United States", "--json")
    assert done.exit_code == 0, done.output
    assert json.loads(done.stdout)["passages"] > 0
    rows = json.loads(run("passages", "--speaker", "George Barros", "--json").stdout)
    assert rows and {r["party"] for r in rows} == {"United States"}, "every guild's view, stored at once"
    assert run("party", "set", "George Barros", "none", "--guild", "9").exit_code == 0
    assert {
        r["party"] for r in json.loads(run("passages", "--speaker", "Barros", "--guild", "9", "--json").stdout)
    } == {None}
    listed = json.loads(run("party", "list", "--json").stdout)
    assert [(m["name"], m["party"], m["guild_id"]) for m in listed] == [("George Barros", "United States", None)]
    assert "George Barros" in run("party", "list", "--guild", "9").stdout

    removed = run("party", "remove", "George Barros")
    assert removed.exit_code == 0 and "no longer mapped" in removed.stdout
    assert {r["party"] for r in json.loads(run("passages", "--speaker", "George Barros", "--json").stdout)} == {None}
    missing = run("party", "remove", "George Barros")
    assert missing.exit_code == 1 and "no party mapping" in missing.output
    assert run("party", "set", "", "Russia").exit_code == 1


@pytest.mark.parametrize("guild_id, user_id, refused", [(2**70, None, "server id"), (GUILD, 2**70, "member id")])
def test_a_mapping_under_ids_sqlite_cannot_hold_is_refused(kb, guild_id, user_id, refused):
    """A facade caller's server or member id past SQLite's integers raised OverflowError from the store."""
    with pytest.raises(InputError, match=refused):
        kb.party_map.set("Dana Okoro", "Russia", guild_id=guild_id, user_id=user_id)
    with pytest.raises(InputError, match=refused):
        kb.party_map.remove("Dana Okoro", guild_id=guild_id, user_id=user_id)
    if user_id is None:
        with pytest.raises(InputError, match=refused):
            kb.party_map.mappings(guild_id)
    assert kb.party_map.mappings(GUILD) == [] and kb.audit(5, GUILD)[0]["action"] == "add"
