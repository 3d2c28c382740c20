"""Servers are kept apart; a refused command changes nothing, and a concurrent write fails nothing.

A server never sees another server's sources through ``/source show``, ``/compare`` or ``/ask``, and
still gets an answer from the sources it does see (an abstention would hide a leak as well as a
failure). A member's refused moderator command leaves the store and the audit as they were. A source
committed while a question is being answered fails neither of them.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import pytest

from bot.config import Settings
from tests.discord_harness import DiscordHarness
from tests.helpers import ARTICLE, ARTICLE_TITLE, CHANNEL_B, MEMBER_B, cited_text, command, final, running

PESKOV = "The Zaporizhzhia station is a Russian facility"
SHIPPED = "The Kyiv Independent"
RUSSIA_QUESTION = "What does Russia demand about Zaporizhzhia?"
PLANT_TOPIC = "the Zaporizhzhia nuclear plant"


async def add_article(h: DiscordHarness) -> None:
    _, responses = await command(
        h, "source add", {"file": ("zpp.html", ARTICLE.encode(), "text/html")}, user=h.admin, timeout=60
    )
    assert final(responses).embeds[0]["title"] == f"Added source #2: {ARTICLE_TITLE}"


def field_values(call: Any) -> dict[str, str]:
    return {f["name"]: f["value"] for f in call.embeds[0].get("fields", [])}


async def test_source_show_from_another_server_finds_nothing_there_and_the_shared_corpus_still_shows(
    h: DiscordHarness,
) -> None:
    await add_article(h)

    _, responses = await command(h, "source show", {"id": 2}, user=h.member)
    assert final(responses).embeds[0]["title"].startswith(f"#2 {ARTICLE_TITLE}")

    _, responses = await command(h, "source show", {"id": 2}, user=h.users[MEMBER_B], channel_id=CHANNEL_B)
    elsewhere = final(responses)
    assert elsewhere.ephemeral and elsewhere.content.startswith("There is no source #2 here")
    assert not elsewhere.embeds and "Zaporizhzhia" not in elsewhere.content

    _, responses = await command(h, "source show", {"id": 1}, user=h.users[MEMBER_B], channel_id=CHANNEL_B)
    assert final(responses).embeds[0]["title"].startswith("#1 "), "the shipped corpus serves every server"


async def test_compare_from_another_server_sets_out_its_own_sources_only(h: DiscordHarness) -> None:
    await add_article(h)

    _, responses = await command(h, "compare", {"topic": PLANT_TOPIC}, user=h.member)
    here = field_values(final(responses))
    assert PESKOV in here["Russia"] and "The Harbour Ledger" in here["Russia"]

    _, responses = await command(h, "compare", {"topic": PLANT_TOPIC}, user=h.users[MEMBER_B], channel_id=CHANNEL_B)
    there = final(responses)
    assert "Harbour" not in cited_text(there) and "Zaporizhzhia station" not in cited_text(there)
    fields = field_values(there)
    assert SHIPPED in fields["Russia"] and "silent" not in fields["Russia"], "the other server got a comparison"


async def test_a_question_is_answered_in_each_server_from_that_servers_sources(h: DiscordHarness) -> None:
    await add_article(h)

    _, responses = await command(h, "ask", {"question": RUSSIA_QUESTION}, user=h.member)
    here = final(responses)
    assert PESKOV in cited_text(here) and "The Harbour Ledger" in cited_text(here)

    _, responses = await command(h, "ask", {"question": RUSSIA_QUESTION}, user=h.users[MEMBER_B], channel_id=CHANNEL_B)
    there = final(responses)
    cited = cited_text(there)
    assert there.embeds[0].get("fields"), "the other server got an answer, not an abstention"
    assert SHIPPED in cited and "Russia" in cited
    assert "Harbour" not in cited and "Zaporizhzhia station" not in cited


def _state(h: DiscordHarness) -> tuple[Any, ...]:
    kb = h.client.library.kb
    sources = [(r.id, r.guild_id, r.title, r.passages) for r in kb.sources(all_guilds=True)]
    return kb.store.generation, sources, kb.audit(1000)


async def test_a_members_refused_moderator_commands_leave_the_store_and_the_audit_unchanged(h: DiscordHarness) -> None:
    before = _state(h)
    attempts: Sequence[tuple[str, dict[str, Any] | None]] = [
        ("source add", {"text": "“We will hold Kherson,” said Zelensky.", "title": "Kherson"}),
        ("source add", {"file": ("zpp.html", ARTICLE.encode(), "text/html")}),
        ("source add", {"title": "A modal would open for a moderator"}),
        ("source remove", {"id": 1}),
        ("reindex", None),
    ]
    for name, options in attempts:
        payload, responses = await command(h, name, options, user=h.member, bypass_default_permissions=True)
        [refusal] = responses
        assert refusal.callback_type == 4 and refusal.ephemeral and refusal.content.startswith("Only moderators"), name
    assert _state(h) == before


async def test_a_source_committed_while_a_question_is_being_answered_fails_neither(
    bot_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The question is held after it has synced to the index, the upload after it has committed to the store
    but before the index follows; the question then finishes, reading a store newer than its index."""
    question_held, release_question = threading.Event(), threading.Event()
    write_committed, release_write = threading.Event(), threading.Event()
    async with running(bot_settings) as h:
        kb = h.client.library.kb
        encode, transaction = kb.embedder.encode, kb.store.transaction

        def hold_question(texts: Sequence[str], *args: Any, **kwargs: Any) -> Any:
            if list(texts) == [RUSSIA_QUESTION]:
                question_held.set()
                release_question.wait(timeout=120)
            return encode(texts, *args, **kwargs)

        @contextmanager
        def hold_after_commit() -> Iterator[None]:
            with transaction():
                yield
            if threading.current_thread().name.startswith("parley-write") and not write_committed.is_set():
                write_committed.set()
                release_write.wait(timeout=120)

        monkeypatch.setattr(kb.embedder, "encode", hold_question)
        monkeypatch.setattr(kb.store, "transaction", hold_after_commit)
        try:
            question = h.use_slash("ask", {"question": RUSSIA_QUESTION}, user=h.member)
            assert await asyncio.to_thread(question_held.wait, 120), "the question reached the model"
            upload = h.use_slash("source add", {"file": ("zpp.html", ARTICLE.encode(), "text/html")}, user=h.admin)
            assert await asyncio.to_thread(write_committed.wait, 120), "the upload committed"

            release_question.set()
            answered = await h.wait_for_call(
                lambda c: c.is_followup and c.interaction_id == int(question["id"]), timeout=120
            )
            assert not h.followups(upload), "the upload is still held"
        finally:
            release_question.set()
            release_write.set()
        added = await h.wait_for_call(lambda c: c.is_followup and c.interaction_id == int(upload["id"]), timeout=120)
        await h.settle(60)

    assert not answered.ephemeral and answered.embeds[0].get("fields"), answered.content
    assert "Russia" in cited_text(answered)
    assert added.embeds[0]["title"] == f"Added source #2: {ARTICLE_TITLE}"
