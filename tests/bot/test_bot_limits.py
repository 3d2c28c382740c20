"""What keeps one server, or a burst of uploads, from tying up the bot for everyone: per-server limits on
source changes, /reindex, browsing and answer buttons (a refusal gives the rule and the wait; other
servers are unaffected; a member's refused attempt spends nothing), and a bounded write queue that
tells a moderator at once when it is full instead of queueing forever."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest

from bot.config import Settings
from bot.limits import BROWSING, BUTTONS, REINDEX, SOURCE_CHANGES, Limit, RateLimited, ServerLimits
from bot.service import WRITE_QUEUE, AsyncKnowledgeBase, Rebuilding
from tests.discord_harness import DiscordHarness, Payload
from tests.helpers import ADMIN_B, CHANNEL_B, command, final, numbers, running

NOW = 1000.0


def frozen(h: DiscordHarness) -> None:
    """Time stands still, so no window slides while a test runs, however slow the machine."""
    h.client.limits = ServerLimits(clock=lambda: NOW)


def refused(limit: Limit, wait: str) -> str:
    return f"{limit.rule()}: try again in {wait}."


async def only_reply(h: DiscordHarness, name: str, options: dict[str, Any] | None = None, **kwargs: Any) -> Any:
    _, responses = await command(h, name, options, **kwargs)
    return final(responses)


def test_a_server_may_use_a_limit_again_once_its_oldest_use_leaves_the_window() -> None:
    now = [0.0]
    limits = ServerLimits(clock=lambda: now[0])
    limit = Limit("Things", 2, 60)
    limits.hit(limit, "A")
    now[0] = 10.0
    limits.hit(limit, "A")
    limits.hit(limit, "B")
    with pytest.raises(RateLimited) as refusal:
        limits.hit(limit, "A")
    assert refusal.value.retry_after == 50.0
    assert str(refusal.value) == "Things are limited to 2 every minute in each server: try again in 50 s."
    now[0] = 60.0
    limits.hit(limit, "A")
    with pytest.raises(RateLimited):
        limits.hit(limit, "A")


async def test_source_changes_are_limited_per_server_and_members_refusals_spend_none_of_it(h: DiscordHarness) -> None:
    frozen(h)
    for _ in range(SOURCE_CHANGES.uses + 1):
        assert (await only_reply(h, "source remove", {"id": 1}, user=h.member)).content.startswith("Only moderators")

    for _ in range(SOURCE_CHANGES.uses):
        reply = await only_reply(h, "source remove", {"id": 999}, user=h.admin)
        assert reply.content.startswith("There is no source #999 here")
    audited = h.client.library.kb.audit(100)

    payload = h.use_slash("source remove", {"id": 999}, user=h.admin)
    await h.run_ticks(1)
    [refusal] = h.interaction_responses(payload)
    assert refusal.callback_type == 4 and refusal.ephemeral, "refused at once, before any work"
    assert refusal.content == refused(SOURCE_CHANGES, "10 min")
    added = await only_reply(
        h, "source add", {"text": "“We will hold Kherson,” said Zelensky.", "title": "Kherson"}, user=h.admin
    )
    assert added.content == refused(SOURCE_CHANGES, "10 min")
    assert h.client.library.kb.audit(100) == audited, "a refused change reaches neither the store nor the audit"

    elsewhere = await only_reply(h, "source remove", {"id": 999}, user=h.users[ADMIN_B], channel_id=CHANNEL_B)
    assert elsewhere.content.startswith("There is no source #999 here"), "another server keeps its own budget"


async def test_reindex_is_limited_per_server(h: DiscordHarness) -> None:
    frozen(h)
    for _ in range(REINDEX.uses):
        assert (await only_reply(h, "reindex", user=h.admin)).embeds[0]["title"].startswith("Index")
    again = await only_reply(h, "reindex", {"full": True}, user=h.admin)
    assert again.callback_type == 4 and again.content == refused(REINDEX, "10 min")
    elsewhere = await only_reply(h, "reindex", user=h.users[ADMIN_B], channel_id=CHANNEL_B)
    assert elsewhere.embeds[0]["title"].startswith("Index")


async def test_browsing_is_limited_per_server(h: DiscordHarness) -> None:
    frozen(h)
    browse = [("sources", None), ("source list", None), ("source show", {"id": 1})]
    for n in range(BROWSING.uses):
        name, options = browse[n % len(browse)]
        assert (await only_reply(h, name, options, user=h.member)).embeds, name
    for name, options in browse:
        reply = await only_reply(h, name, options, user=h.member)
        assert reply.ephemeral and reply.content == refused(BROWSING, "60 s"), name
    assert (await only_reply(h, "sources", user=h.users[ADMIN_B], channel_id=CHANNEL_B)).embeds


async def test_answer_buttons_are_limited_per_server(h: DiscordHarness) -> None:
    frozen(h)
    answer = await only_reply(h, "ask", {"question": "Does Ukraine accept legal cession?"}, user=h.member)
    for n in range(BUTTONS.uses):
        h.click(answer, label="More passages" if n % 2 == 0 else "Back", user=h.member)
        await h.settle()
    assert sorted(numbers(h.message(answer))) == [1, 2, 3, 4, 5]

    click = h.click(answer, label="More passages", user=h.member)
    await h.settle()
    [refusal] = h.interaction_responses(click)
    assert refusal.callback_type == 4 and refusal.ephemeral and refusal.content == refused(BUTTONS, "60 s")
    assert sorted(numbers(h.message(answer))) == [1, 2, 3, 4, 5], "the answer did not turn"


async def queued(h: DiscordHarness, writes: int) -> None:
    while h.client.library.pending_writes < writes:
        await asyncio.sleep(0)


def pasted(n: int) -> dict[str, str]:
    return {"text": f"“We will discuss the harbour in Odesa, point {n},” said Zelensky.", "title": f"Note {n}"}


async def test_a_full_write_queue_refuses_at_once_and_the_queued_writes_complete(
    bot_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    running_write, release = threading.Event(), threading.Event()
    async with running(bot_settings) as h:
        add = h.client.library.kb.add

        def held(*args: Any, **kwargs: Any) -> Any:
            if not running_write.is_set():
                running_write.set()
                release.wait(timeout=120)
            return add(*args, **kwargs)

        monkeypatch.setattr(h.client.library.kb, "add", held)

        def followup_of(payload: Payload) -> Any:
            return h.wait_for_call(lambda c: c.is_followup and c.interaction_id == int(payload["id"]), timeout=120)

        try:
            uploads = [h.use_slash("source add", pasted(n), user=h.admin) for n in range(WRITE_QUEUE)]
            assert await asyncio.to_thread(running_write.wait, 120)
            await asyncio.wait_for(queued(h, WRITE_QUEUE), 120)
            overflow = h.use_slash("source add", pasted(WRITE_QUEUE), user=h.users[ADMIN_B], channel_id=CHANNEL_B)
            busy = await followup_of(overflow)
            assert busy.ephemeral
            assert busy.content == f"Parley is busy with {WRITE_QUEUE} other changes; try again in a minute."
            assert not any(h.followups(u) for u in uploads), "told while the queue was still held"
        finally:
            release.set()
        reports = [await followup_of(u) for u in uploads]
        await h.settle(60)
        assert [r.embeds[0]["title"] for r in reports] == [
            f"Added source #{n + 2}: Note {n}" for n in range(WRITE_QUEUE)
        ]

        again = await only_reply(
            h, "source add", pasted(WRITE_QUEUE), user=h.users[ADMIN_B], channel_id=CHANNEL_B, timeout=60
        )
        assert again.embeds[0]["title"] == f"Added source #{WRITE_QUEUE + 2}: Note {WRITE_QUEUE}"


async def test_a_write_or_rebuild_gives_its_slot_back_when_it_ends_or_cannot_be_queued() -> None:
    """A slot is freed when the work ends on its thread, and at once when the bot is closing and it cannot
    be queued; a held slot refuses the next rebuild, a freed one lets it in."""
    library = AsyncKnowledgeBase(Settings(), kb=object())  # type: ignore[arg-type]
    started, release = threading.Event(), threading.Event()

    def held() -> str:
        started.set()
        release.wait(timeout=60)
        return "built"

    rebuild = asyncio.ensure_future(library._build(held))
    await asyncio.to_thread(started.wait, 60)
    with pytest.raises(Rebuilding):
        await library._build(held)
    release.set()
    assert await rebuild == "built"
    assert await library._write(lambda: "written") == "written" and library.pending_writes == 0
    library._writes.shutdown()
    library._builds.shutdown()
    with pytest.raises(RuntimeError):
        await library._write(lambda: "late")
    with pytest.raises(RuntimeError):
        await library._build(lambda: "late")
    assert library.pending_writes == 0 and not library._building
