"""Moderator maintenance and the bot's runtime guarantees: /reindex permissions, the bot serving while a
rebuild is held inside the model, an index built by another process picked up without a restart, and
command registration."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import shutil
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import discord
import pytest

from bot.config import Settings
from bot.limits import ServerLimits
from bot.service import Rebuilding
from index.kb import KnowledgeBase
from tests.discord_harness import GUILD_ID, CommandHidden, DiscordHarness
from tests.helpers import ADMIN_B, CHANNEL_B, CORPUS, MOD_ID, ZELENSKY, cited_text, command, final, running


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

    h.client.limits = ServerLimits()  # a fresh budget: how often is tests/bot/test_bot_limits.py's matter
    _, responses = await command(h, "reindex", user=h.users[MOD_ID], bypass_default_permissions=True)
    assert final(responses).embeds[0]["title"].startswith("Index")


async def test_the_bot_keeps_serving_while_a_rebuild_is_held_inside_the_model(
    bot_settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A moderator edited the corpus and ran /reindex; its thread is stopped inside the model on an Event we
    release, so nothing here depends on how fast the machine embeds. Meanwhile the event loop answers /help,
    /sources reads the store, and a question asked then is answered once the rebuild is released."""
    settings = dataclasses.replace(bot_settings, corpus_dir=_corpus_with_extra_source(tmp_path / "corpus"))
    embedding, release = threading.Event(), threading.Event()
    async with running(settings) as h:
        embedder = h.client.library.kb.embedder
        encode = embedder.encode

        def held(texts: Sequence[str], *args: Any, **kwargs: Any) -> Any:
            if len(texts) > 1 and not embedding.is_set():
                embedding.set()
                release.wait(timeout=120)
            return encode(texts, *args, **kwargs)

        monkeypatch.setattr(embedder, "encode", held)
        try:
            rebuild = h.use_slash("reindex", user=h.admin)
            await h.run_ticks(1)
            assert h.interaction_responses(rebuild)[0].callback_type == 5
            assert await asyncio.to_thread(embedding.wait, 120), "the rebuild reached the model"

            helped = h.use_slash("help", user=h.member)
            await h.run_ticks(1)
            assert h.interaction_responses(helped)[0].callback_type == 4, "the event loop answered at once"
            listing = h.use_slash("sources", user=h.member)
            listed = await h.wait_for_call(
                lambda c: c.is_followup and c.interaction_id == int(listing["id"]), timeout=120
            )
            assert "`#1`" in listed.embeds[0]["description"]
            question = h.use_slash("ask", {"question": "Does Ukraine accept legal cession?"}, user=h.member)
            await h.run_ticks(1)
            assert h.interaction_responses(question)[0].callback_type == 5
            assert not h.followups(rebuild), "all of this happened while the rebuild was held inside the model"
        finally:
            release.set()
        reported = await h.wait_for_call(
            lambda c: c.is_followup and c.interaction_id == int(rebuild["id"]), timeout=120
        )
        answered = await h.wait_for_call(
            lambda c: c.is_followup and c.interaction_id == int(question["id"]), timeout=120
        )
        await h.settle(60)

    facts = {f["name"]: f["value"] for f in reported.embeds[0]["fields"]}
    assert "harbour-zpp.txt" in facts["Shipped corpus"] and not facts["Embedded"].startswith("0 "), facts
    assert not answered.ephemeral and ZELENSKY in cited_text(answered)


async def test_a_moderators_add_and_removal_during_a_rebuild_land_at_once_and_stay_right_after_it(
    bot_settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """/reindex used to run on the write queue, so an add or a removal sent during its embedding waited for
    all of it. Now the rebuild runs beside the queue: with its thread held inside the model on an Event, an
    add and a removal are done and reported, a question is answered, and a second /reindex (from another
    server) is refused at once; once released, the rebuild's index
    holds the add and not the removed source, as the store does. Had the writes waited for the rebuild, the
    held encode's wait would have run out first and the rebuild would have reported before them."""
    settings = dataclasses.replace(bot_settings, corpus_dir=_corpus_with_extra_source(tmp_path / "corpus"))
    embedding, release = threading.Event(), threading.Event()
    async with running(settings) as h:
        kb = h.client.library.kb
        _, responses = await command(h, "source add", {"text": FERRY, "title": "Ferry fares"}, user=h.admin)
        assert final(responses).embeds[0]["title"] == "Added source #2: Ferry fares"
        encode = kb.embedder.encode

        def held(texts: Sequence[str], *args: Any, **kwargs: Any) -> Any:
            if len(texts) > 1 and not embedding.is_set():
                embedding.set()
                release.wait(timeout=120)
            return encode(texts, *args, **kwargs)

        monkeypatch.setattr(kb.embedder, "encode", held)

        async def reply_to(payload: dict, starts: str) -> Any:
            reply = await h.wait_for_call(
                lambda c: c.interaction_id == int(payload["id"]) and (c.is_followup or c.method == "PATCH"),
                timeout=120,
            )
            assert starts in str(reply.json), reply.json
            return reply

        try:
            rebuild = h.use_slash("reindex", user=h.admin)
            assert await asyncio.to_thread(embedding.wait, 120), "the rebuild reached the model"
            added = h.use_slash("source add", {"text": HARBOUR, "title": "Harbour works"}, user=h.admin)
            await reply_to(added, ": Harbour works")
            removal = h.use_slash("source remove", {"id": 2}, user=h.admin)
            prompt = await reply_to(removal, "Remove source #2")
            confirmed = h.click(prompt, label="Remove", user=h.admin)
            await reply_to(confirmed, "Removed source #2")
            question = h.use_slash("ask", {"question": "When will the northern harbour be dredged?"}, user=h.admin)
            answered = await h.wait_for_call(
                lambda c: c.is_followup and c.interaction_id == int(question["id"]), timeout=120
            )
            assert "Ilse Varga" in cited_text(answered)
            again = h.use_slash("reindex", user=h.users[ADMIN_B], channel_id=CHANNEL_B)
            refused = await h.wait_for_call(
                lambda c: c.is_followup and c.interaction_id == int(again["id"]), timeout=120
            )
            assert refused.ephemeral and refused.content == Rebuilding().args[0], "one rebuild at a time"
            assert not h.followups(rebuild), "all of this happened while the rebuild was held inside the model"
        finally:
            release.set()
        reported = await h.wait_for_call(
            lambda c: c.is_followup and c.interaction_id == int(rebuild["id"]), timeout=120
        )
        await h.settle(60)
        facts = {f["name"]: f["value"] for f in reported.embeds[0]["fields"]}
        assert "harbour-zpp.txt" in facts["Shipped corpus"], facts
        stored = sorted(i for i, _ in kb.store.passage_hashes())
        assert kb.readiness.vectors().ids().tolist() == stored
        assert kb.store.missing_embeddings(kb.embedder.name) == []
        _, responses = await command(h, "ask", {"question": "Will ferries sail to the islands?"}, user=h.admin)
        assert "Teodor Brandt" not in cited_text(final(responses))


async def test_passages_a_killed_build_left_without_vectors_are_embedded_after_the_next_write(
    bot_settings: Settings, tmp_path: Path
) -> None:
    """A build in another process stored a new corpus source and was killed before embedding it, while the
    bot's index caught up from the vectors stored so far: the source stayed out of the index until the next
    build or a restart. Now the bot's next write is followed, on its build thread, by embedding it."""
    corpus = _corpus_with_extra_source(tmp_path / "corpus")
    settings = dataclasses.replace(bot_settings, corpus_dir=corpus)
    question = "Who should control the Zaporizhzhia nuclear power plant?"
    async with running(settings) as h:
        kb = h.client.library.kb
        killed = KnowledgeBase(settings.data_dir, corpus)
        with killed.index.embedding_turn():
            assert killed.sync_corpus().added_sources == ["harbour-zpp.txt"]
            await asyncio.to_thread(kb.readiness.ensure)
        killed.close()
        assert kb.store.missing_embeddings(kb.embedder.name)
        _, responses = await command(h, "ask", {"question": question}, user=h.member)
        assert "harbour.example" not in cited_text(final(responses))
        _, responses = await command(h, "source add", {"text": FERRY, "title": "Ferry fares"}, user=h.admin)
        assert final(responses).embeds[0]["title"].endswith(": Ferry fares")
    # leaving `running` closes the bot, which lets the repair queued behind the write finish
    assert kb.store.missing_embeddings(kb.embedder.name) == []
    assert kb.readiness.vectors().ids().tolist() == sorted(i for i, _ in kb.store.passage_hashes())
    assert "https://harbour.example/zpp" in {c.source.url for c in kb.ask(question).citations}
    kb.close()


FERRY = "“No ferry will sail to the islands until the fares are halved,” said transport envoy Teodor Brandt."
HARBOUR = "“The dredging of the northern harbour will start before the spring floods,” said port minister Ilse Varga."


def _corpus_with_extra_source(target: Path) -> Path:
    shutil.copytree(CORPUS, target)
    (target / "sources" / "harbour-zpp.txt").write_text(
        "Kyiv and Moscow trade demands over the Zaporizhzhia nuclear plant\n\n"
        "“The Zaporizhzhia nuclear plant must return to Ukrainian control, with the IAEA inspectors staying on "
        "site,” Ukrainian Foreign Minister Andriy Sybiha told reporters in Kyiv.\n\n"
        "Kremlin spokesman Dmitry Peskov rejected the idea. “The Zaporizhzhia station is a Russian facility and "
        "Russian specialists will keep operating it,” Peskov said.\n",
        "utf-8",
    )
    (target / "sources" / "harbour-zpp.toml").write_text(
        'title = "Kyiv and Moscow trade demands over the Zaporizhzhia nuclear plant"\n'
        'publisher = "The Harbour Ledger"\nurl = "https://harbour.example/zpp"\ndate = "2025-04-02"\n',
        "utf-8",
    )
    return target


async def test_an_index_built_by_another_process_is_served_without_a_restart(
    bot_settings: Settings, tmp_path: Path
) -> None:
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
    bot_settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="parley.bot"):
        async with running(dataclasses.replace(bot_settings, dev_guild_id=GUILD_ID)) as h:
            started = [r.getMessage() for r in caplog.records if r.getMessage().startswith("model loaded in")]
            assert len(started) == 1 and "index of 50 passages ready in" in started[0]
            names = {c["name"] for c in h.commands[GUILD_ID]}
            assert names == {"ask", "compare", "sources", "source", "reindex", "help", "party", "timeline", "feedback"}
            assert not h.commands.get(None)
            _, responses = await command(h, "help", user=h.member)
            assert responses[0].callback_type == 4
