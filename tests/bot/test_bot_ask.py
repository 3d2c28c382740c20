"""Members' side of the bot, driven through discord.py's own code by the Discord harness: /ask (answered,
abstained, private, long), paging and feedback, mentions and thread follow-ups, /compare, /sources,
/source show, /help, the cooldown, and how errors reach the user and the log."""

from __future__ import annotations

import dataclasses
import logging

import pytest

from bot.checks import Cooldown
from bot.config import Settings
from index.answering.answer import Answer
from tests.discord_harness import FLAG_EPHEMERAL, DiscordHarness
from tests.discord_harness.payloads import http_error
from tests.helpers import ZELENSKY, assert_fits, button, citation, cited_text, command, final, numbers, running, words

CESSION = "Does Ukraine accept legal cession?"
OFF_TOPIC = "What is the weather in Paris tomorrow?"


async def test_ask_defers_at_once_then_cites_zelensky_first(h: DiscordHarness) -> None:
    payload = h.use_slash("ask", {"question": CESSION}, user=h.member)
    await h.run_ticks(1)

    [deferral] = h.interaction_responses(payload)
    assert deferral.callback_type == 5 and not deferral.ephemeral

    followup = await h.wait_for_call(lambda c: c.is_followup and c.interaction_id == int(payload["id"]))
    await h.settle()
    first = followup.embeds[0]["fields"][0]
    assert first["name"] == "[1] Ukraine · Nov 2024 · Volodymyr Zelensky, President"
    assert first["value"].startswith(f'> "{ZELENSKY}'), "the opening mark the capture dropped is restored"
    assert "The Kyiv Independent" in first["value"] and first["value"].endswith("(source 1)")
    assert followup.embeds[0]["description"].count("](https://news.b2blocal.com/") == 1, "linked once, in the list"
    assert followup.allowed_mentions == {"parse": []}
    assert followup.embeds[0]["title"] == CESSION
    assert "[1]" in followup.embeds[0]["description"]
    shown = h.message(followup)
    assert shown["mentions"] == [] and not shown["flags"] & (FLAG_EPHEMERAL | 128)


async def test_an_off_topic_question_abstains_without_citations(h: DiscordHarness) -> None:
    _, responses = await command(h, "ask", {"question": OFF_TOPIC})
    reply = final(responses)
    assert "nothing to cite" in reply.embeds[0]["description"]
    assert "fields" not in reply.embeds[0]
    assert not any(i.startswith("parley:more:") for i in reply.custom_ids())
    assert any(i.startswith("parley:vote:up:") for i in reply.custom_ids())


async def test_a_private_answer_is_ephemeral_from_the_deferral_on(h: DiscordHarness) -> None:
    _, responses = await command(h, "ask", {"question": CESSION, "private": True})
    assert responses[0].callback_type == 5 and responses[0].ephemeral
    reply = final(responses)
    assert h.message(reply)["flags"] & FLAG_EPHEMERAL
    assert numbers(reply)[0] == 1


async def test_more_passages_pages_and_votes_are_one_per_member_and_changeable(h: DiscordHarness) -> None:
    _, responses = await command(h, "ask", {"question": CESSION}, user=h.member)
    answer = final(responses)
    assert sorted(numbers(answer)) == [1, 2, 3, 4, 5]
    assert [c["disabled"] for c in answer.components[0]["components"][:2]] == [True, False]

    turned = h.click(answer, label="More passages", user=h.member)
    await h.settle()
    [update] = h.interaction_responses(turned)
    assert update.callback_type == 7 and update.allowed_mentions == {"parse": []}
    assert sorted(numbers(update)) == [6, 7, 8, 9, 10]
    assert "Passages 6–10 of 15" in update.embeds[0]["footer"]["text"]

    turned = h.click(answer, label="More passages")
    await h.settle()
    assert sorted(numbers(h.interaction_responses(turned)[0])) == [11, 12, 13, 14, 15]
    last_page = h.message(answer)["components"][0]["components"]
    assert [c["disabled"] for c in last_page[:2]] == [False, True]

    turned = h.click(answer, label="Back")
    await h.settle()
    assert sorted(numbers(h.interaction_responses(turned)[0])) == [6, 7, 8, 9, 10]

    vote = h.click(answer, button(h.message(answer), "vote:up"), user=h.member)
    await h.settle()
    thanks = final(h.interaction_responses(vote))
    assert thanks.ephemeral and "👍" in thanks.content
    h.click(answer, button(h.message(answer), "vote:down"), user=h.member)
    h.click(answer, button(h.message(answer), "vote:up"), user=h.admin)
    await h.settle()

    _, listed = await command(h, "feedback", user=h.admin)
    [field] = final(listed).embeds[0]["fields"]
    assert field["name"] == f"{CESSION} · 👎 1 · 👍 1", "the member's changed vote counts once, as a 👎"
    assert len(field["value"].splitlines()) == 5, "the five passages the answer cited"


async def test_a_long_answer_is_cut_to_discords_limits_and_keeps_its_links(
    h: DiscordHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    import random

    rng = random.Random(1)
    url = "https://example.org/" + "segment/" * 30
    huge = [
        citation(n, words(800, rng), party=["Ukraine", "Russia", None][n % 3], title=words(80, rng), url=url)
        for n in range(1, 16)
    ]
    long_answer = Answer(words(300, rng), False, words(1500, rng), huge, [])

    async def ask(question: str, *, k: int, guild_id: int | None) -> Answer:
        return long_answer

    monkeypatch.setattr(h.client.library, "ask", ask)
    _, responses = await command(h, "ask", {"question": "Tell me everything"})
    reply = final(responses)
    assert reply.status == 200
    embed = reply.embeds[0]
    fields = embed["fields"]
    assert len(fields) == 5 and not any(f"]({url})" in f["value"] for f in fields)
    assert embed["description"].count(f"]({url})") == 1, "the one source is linked once, in the numbered list"
    assert all(f["value"].split("\n")[0].endswith("…") for f in fields)
    total = (
        len(embed["title"])
        + len(embed["description"])
        + len(embed["footer"]["text"])
        + sum(len(f["name"]) + len(f["value"]) for f in fields)
    )
    assert total <= 6000 and all(len(f["value"]) <= 1024 for f in fields)
    import discord

    assert_fits(discord.Embed.from_dict(embed))


async def test_a_mention_is_answered_in_a_thread_and_follow_ups_there_need_no_mention(h: DiscordHarness) -> None:
    h.post_message("just chatting about the weekend", author=h.member)
    await h.settle()
    assert not h.messages_sent() and not h.find_calls(
        method="POST", route="/channels/{channel_id}/messages/{message_id}/threads"
    )

    mention = h.post_message(f"{h.bot_mention} {CESSION}", author=h.member)
    created = await h.wait_for_call(route="/channels/{channel_id}/messages/{message_id}/threads")
    assert created.params["message_id"] == mention["id"] and created.json["name"] == CESSION
    thread_id = int(created.response["id"])
    await h.settle()

    [answer] = h.messages_sent(thread_id)
    assert answer.allowed_mentions == {"parse": []}
    assert answer.embeds[0]["fields"][0]["value"].startswith(f'> "{ZELENSKY}')
    assert any(i.startswith("parley:more:") for i in answer.custom_ids())

    h.post_message("What does Russia demand?", channel_id=thread_id, author=h.member)
    await h.settle()
    follow_up = h.messages_sent(thread_id)[-1]
    assert follow_up.index > answer.index and follow_up.embeds[0]["title"] == "What does Russia demand?"
    assert "Russia" in cited_text(follow_up)
    assert len(h.messages_sent()) == 2, "nothing is sent outside the thread"


async def test_an_empty_mention_gets_a_hint_not_an_answer(h: DiscordHarness) -> None:
    h.post_message(h.bot_mention, author=h.member)
    await h.settle()
    [hint] = h.messages_sent(h.channel_id)
    assert "after the mention" in hint.content and hint.allowed_mentions["parse"] == []
    assert not h.find_calls(route="/channels/{channel_id}/messages/{message_id}/threads")


async def test_the_cooldown_answers_with_the_wait_and_spares_other_members(bot_settings: Settings) -> None:
    async with running(dataclasses.replace(bot_settings, cooldown_seconds=30)) as h:
        h.client.cooldown = Cooldown(h.client.settings.cooldown_seconds, clock=lambda: 1000.0)  # time stands still
        await command(h, "ask", {"question": CESSION}, user=h.member)
        payload = h.use_slash("ask", {"question": "What does Russia demand?"}, user=h.member)
        await h.run_ticks(1)
        [refusal] = h.interaction_responses(payload)
        assert refusal.callback_type == 4 and refusal.ephemeral
        assert refusal.content == "You are asking quickly: try again in 30 s."

        _, other = await command(h, "compare", {"topic": "the four oblasts"}, user=h.admin)
        assert final(other).embeds[0]["title"].startswith("Positions on")

        h.post_message(f"{h.bot_mention} What does Russia demand?", author=h.member)
        await h.settle()
        [wait] = h.messages_sent(h.channel_id)
        assert "try again in" in wait.content
        assert not h.find_calls(route="/channels/{channel_id}/messages/{message_id}/threads")


async def test_an_unexpected_error_reaches_the_user_ephemerally_and_the_log_with_its_traceback(
    bot_settings: Settings, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    async def broken(*args: object, **kwargs: object) -> Answer:
        raise RuntimeError("the index fell over")

    async with running(bot_settings, raise_on_errors=False) as h:
        monkeypatch.setattr(h.client.library, "ask", broken)
        with caplog.at_level(logging.ERROR, logger="parley"):
            payload, responses = await command(h, "ask", {"question": CESSION}, user=h.member)

    assert responses[0].callback_type == 5
    deleted = [c for c in responses if c.method == "DELETE"]
    assert deleted, "the public 'thinking…' placeholder is removed so the error is not shown to everyone"
    reply = final(responses)
    assert reply.ephemeral and reply.content.startswith("Something went wrong (RuntimeError)")
    assert h.message(reply)["flags"] & FLAG_EPHEMERAL and reply.message_id != responses[0].message_id
    [record] = [r for r in caplog.records if r.name == "parley.bot" and r.levelno == logging.ERROR]
    assert record.exc_info and "the index fell over" in str(record.exc_info[1])
    assert "/ask" in record.getMessage()


async def test_a_bad_question_is_refused_at_once_and_ephemerally(h: DiscordHarness) -> None:
    payload = h.use_slash("ask", {"question": "   "}, user=h.member)
    await h.run_ticks(1)
    [refusal] = h.interaction_responses(payload)
    assert refusal.callback_type == 4 and refusal.ephemeral and "question is empty" in refusal.content


async def test_an_error_in_a_thread_answer_is_told_in_the_thread_and_logged(
    bot_settings: Settings, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    async def broken(*args: object, **kwargs: object) -> Answer:
        raise OSError("disk on fire")

    async with running(bot_settings, raise_on_errors=False) as h:
        monkeypatch.setattr(h.client.library, "ask", broken)
        with caplog.at_level(logging.ERROR, logger="parley"):
            h.post_message(f"{h.bot_mention} {CESSION}", author=h.member)
            await h.settle()
    assert [r.getMessage() for r in h.errors] and all(r.name == "parley.bot" for r in h.errors)
    [thread] = [c for c in h.channels.values() if c["type"] == 11]
    [told] = h.messages_sent(int(thread["id"]))
    assert told.content.startswith("Something went wrong (OSError)")
    assert any(r.exc_info and "disk on fire" in str(r.exc_info[1]) for r in caplog.records)


async def test_an_answer_whose_interaction_discord_no_longer_knows_is_a_warning_and_not_sent_twice(
    h: DiscordHarness, caplog: pytest.LogCaptureFixture
) -> None:
    h.override(lambda c: c.is_followup, error=http_error(404, 10062, "Unknown interaction"), once=False)
    with caplog.at_level(logging.WARNING, logger="parley"):
        payload, _ = await command(h, "ask", {"question": CESSION})
    assert len(h.followups(payload)) == 1, "no second message about a reply that could not arrive"
    [warning] = [r for r in caplog.records if r.name == "parley.bot" and r.levelno >= logging.WARNING]
    assert "Unknown interaction (HTTP 404, code 10062)" in warning.getMessage() and not warning.exc_info


async def test_a_thread_the_bot_lost_access_to_is_a_warning_and_not_written_to_again(
    h: DiscordHarness, caplog: pytest.LogCaptureFixture
) -> None:
    h.post_message(f"{h.bot_mention} {CESSION}", author=h.member)
    await h.settle()
    [thread] = [c for c in h.channels.values() if c["type"] == 11]
    h.override(
        lambda c: c.route == "/channels/{channel_id}/messages" and c.params["channel_id"] == thread["id"],
        error=http_error(403, 50001, "Missing Access"),
        once=False,
    )
    before = len(h.calls)
    with caplog.at_level(logging.WARNING, logger="parley"):
        h.post_message("And what does Russia demand?", author=h.member, channel_id=int(thread["id"]))
        await h.settle()
    sends = [c for c in h.calls[before:] if c.route.startswith("/channels/{channel_id}/messages")]
    assert [c.status for c in sends] == [403], "one refused answer, then no reply about it"
    [warning] = [r for r in caplog.records if r.name == "parley.bot" and r.levelno >= logging.WARNING]
    assert "Missing Access (HTTP 403, code 50001)" in warning.getMessage() and not warning.exc_info


async def test_compare_sets_the_parties_side_by_side_and_names_silent_ones(h: DiscordHarness) -> None:
    _, responses = await command(h, "compare", {"topic": "legal recognition of occupied territory"})
    embed = final(responses).embeds[0]
    assert sorted(f["name"] for f in embed["fields"]) == ["Russia", "Ukraine", "United States"]
    assert all(f["inline"] for f in embed["fields"])
    by_party = {f["name"]: f["value"] for f in embed["fields"]}
    assert ZELENSKY in by_party["Ukraine"]
    assert "never recognize" in by_party["United States"]

    _, responses = await command(h, "compare", {"topic": "the four oblasts"})
    fields = {f["name"]: f["value"] for f in final(responses).embeds[0]["fields"]}
    assert "silent" in fields["Ukraine"] and "four oblasts" in fields["Russia"]


async def test_sources_lists_and_source_show_groups_quotes_by_speaker(h: DiscordHarness) -> None:
    _, responses = await command(h, "sources", user=h.member)
    listing = final(responses)
    assert listing.ephemeral and "`#1`" in listing.embeds[0]["description"]
    description = listing.embeds[0]["description"]
    assert "The Kyiv Independent" in description and "50 passages" in description

    _, responses = await command(h, "source show", {"id": 1}, user=h.member)
    shown = final(responses).embeds[0]
    assert shown["title"].startswith("#1 Temporary ceasefire") and shown["url"].startswith("https://news.b2blocal.com/")
    speakers = [f["name"] for f in shown["fields"]]
    assert "Volodymyr Zelensky, President · Ukraine" in speakers
    zelensky = next(f["value"] for f in shown["fields"] if f["name"].startswith("Volodymyr Zelensky"))
    assert ZELENSKY in zelensky

    _, responses = await command(h, "source show", {"id": 999}, user=h.member)
    missing = final(responses)
    assert missing.ephemeral and missing.content.startswith("There is no source #999 here")


async def test_help_explains_itself_privately(h: DiscordHarness) -> None:
    _, [reply] = await command(h, "help", user=h.member)
    assert reply.callback_type == 4 and reply.ephemeral
    assert "/ask" in str(reply.embeds[0]) and reply.allowed_mentions == {"parse": []}


async def test_without_thread_permission_a_mention_is_answered_in_the_channel(h: DiscordHarness) -> None:
    from tests.discord_harness import http_error

    h.override(lambda c: c.route.endswith("/threads"), error=http_error(403, 50013, "Missing Permissions"))
    h.post_message(f"{h.bot_mention} {CESSION}", author=h.member)
    await h.settle()
    [answer] = h.messages_sent(h.channel_id)
    assert answer.embeds[0]["fields"][0]["value"].startswith(f'> "{ZELENSKY}')
    assert answer.allowed_mentions == {"parse": []}
