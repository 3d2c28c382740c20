"""Moderator maintenance and the bot's runtime guarantees: /reindex permissions, an event loop that
stays responsive while a rebuild embeds the whole corpus (with questions answered meanwhile), an index
built by another process picked up without a restart, and command registration."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import shutil
import sqlite3
from pathlib import Path

import discord
import pytest

from bot.config import Settings
from bot.limits import ServerLimits
from index.kb import KnowledgeBase
from tests.discord_harness import GUILD_ID, CommandHidden, DiscordHarness
from tests.test_bot_support import CORPUS, MOD_ID, ZELENSKY, cited_text, command, final, running

pytest_plugins = ["tests.test_bot_support"]  # the bot fixtures: h, bot_settings, pages

MAX_LOOP_LAG = 0.25


async def test_reindex_is_hidden_from_members_checked_when_run_and_allowed_to_moderators(h: DiscordHarness) -> None:
    registered = h.registered_command("reindex")
    assert registered["default_member_permissions"] == str(discord.Permissions(manage_guild=True).value)
    with pytest.raises(CommandHidden):
        h.slash_command("reindex", user=h.member)

    payload = h.use_slash("reindex", user=h.member, bypass_default_permissions=True)
    await h.run_ticks(1)
    [refusal] = h.interaction_responses(payload)
    assert refusal.callback_type == 4 and refusal.ephemeral and refusal.content.startswith("Only moderators")

    _, responses = await command(h, "reindex", user=h.admin)
    assert responses[0].callback_type == 5 and responses[0].ephemeral
    assert final(responses).embeds[0]["title"] == "Index already up to date: nothing changed"

    h.client.limits = ServerLimits()  # a fresh budget: how often is tests/test_bot_limits.py's matter
    _, responses = await command(h, "reindex", user=h.users[MOD_ID], bypass_default_permissions=True)
    assert final(responses).embeds[0]["title"].startswith("Index")


async def test_the_loop_stays_responsive_while_a_rebuild_embeds_and_questions_are_answered_meanwhile(
        bot_settings: Settings) -> None:
    with sqlite3.connect(bot_settings.data_dir / "parley.db") as db:
        db.execute("DELETE FROM embeddings")
    async with running(bot_settings) as h:
        loop = asyncio.get_running_loop()
        lags: list[float] = []
        done = asyncio.Event()

        async def sample() -> None:
            while not done.is_set():
                started = loop.time()
                await asyncio.sleep(0.01)
                lags.append(loop.time() - started - 0.01)

        sampler = asyncio.create_task(sample())
        rebuild = h.use_slash("reindex", user=h.admin)
        await h.run_ticks(1)
        assert h.interaction_responses(rebuild)[0].callback_type == 5
        question = h.use_slash("ask", {"question": "Does Ukraine accept legal cession?"}, user=h.member)

        answered = await h.wait_for_call(lambda c: c.is_followup and c.interaction_id == int(question["id"]), timeout=60)
        reported = await h.wait_for_call(lambda c: c.is_followup and c.interaction_id == int(rebuild["id"]), timeout=120)
        done.set()
        await sampler
        await h.settle()

    facts = {f["name"]: f["value"] for f in reported.embeds[0]["fields"]}
    assert facts["Embedded"] == "50 passages", "the rebuild really ran the model over the whole corpus"
    assert answered.index < reported.index, "a question was answered while the rebuild was still running"
    assert answered.embeds[0]["fields"][0]["value"].startswith(f"> {ZELENSKY}")
    assert len(lags) > 50
    print(f"loop lag while rebuilding: max {max(lags) * 1000:.1f} ms over {len(lags)} samples")
    assert max(lags) < MAX_LOOP_LAG, f"the event loop stalled for {max(lags):.3f} s"


def _corpus_with_extra_source(target: Path) -> Path:
    shutil.copytree(CORPUS, target)
    (target / "sources" / "harbour-zpp.txt").write_text(
        "Kyiv and Moscow trade demands over the Zaporizhzhia nuclear plant\n\n"
        "“The Zaporizhzhia nuclear plant must return to Ukrainian control, with the IAEA inspectors staying on "
        "site,” Ukrainian Foreign Minister Andriy Sybiha told reporters in Kyiv.\n\n"
        "Kremlin spokesman Dmitry Peskov rejected the idea. “The Zaporizhzhia station is a Russian facility and "
        "Russian specialists will keep operating it,” Peskov said.\n", "utf-8")
    (target / "sources" / "harbour-zpp.toml").write_text(
        'title = "Kyiv and Moscow trade demands over the Zaporizhzhia nuclear plant"\n'
        'publisher = "The Harbour Ledger"\nurl = "https://harbour.example/zpp"\ndate = "2025-04-02"\n', "utf-8")
    return target


async def test_an_index_built_by_another_process_is_served_without_a_restart(bot_settings: Settings,
                                                                             tmp_path: Path) -> None:
    corpus = _corpus_with_extra_source(tmp_path / "corpus")
    settings = dataclasses.replace(bot_settings, corpus_dir=corpus)
    question = {"question": "Who should control the Zaporizhzhia nuclear power plant?"}
    async with running(settings) as h:
        _, responses = await command(h, "ask", question, user=h.member)
        assert "harbour.example" not in cited_text(final(responses))

        cli = KnowledgeBase(settings.data_dir, corpus)  # what `parley index build` does, on its own connection
        try:
            report = await asyncio.to_thread(cli.rebuild)
        finally:
            cli.close()
        assert report.added_sources == ["harbour-zpp.txt"]

        _, responses = await command(h, "ask", question, user=h.member)
        cited = cited_text(final(responses))
        assert "The Zaporizhzhia nuclear plant must return to Ukrainian control" in cited
        assert "](https://harbour.example/zpp)" in cited


async def test_start_up_loads_once_with_timings_and_syncs_commands_to_the_dev_guild(
        bot_settings: Settings, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="parley.bot"):
        async with running(dataclasses.replace(bot_settings, dev_guild_id=GUILD_ID)) as h:
            started = [r.getMessage() for r in caplog.records if r.getMessage().startswith("model loaded in")]
            assert len(started) == 1 and "index of 50 passages ready in" in started[0]
            names = {c["name"] for c in h.commands[GUILD_ID]}
            assert names == {"ask", "compare", "sources", "source", "reindex", "help", "party"}
            assert not h.commands.get(None)
            _, responses = await command(h, "help", user=h.member)
            assert responses[0].callback_type == 4
