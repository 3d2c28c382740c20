"""An answer's buttons outlive the bot process: *More passages*, *Back*, 👍 and 👎 on an answer sent before
a restart still work, in the channel and in a thread, because their state is in their custom ids and the
question behind them is in the store; an answer the store no longer knows says to ask again."""

from __future__ import annotations

import json
import sqlite3

from bot import create_bot
from bot.config import Settings
from tests.discord_harness import FLAG_EPHEMERAL
from tests.helpers import GUILD_B, ZELENSKY, button, command, final, numbers, running

CESSION = "Does Ukraine accept legal cession?"


async def test_an_answers_buttons_page_and_vote_after_the_bot_restarts(bot_settings: Settings) -> None:
    async with running(bot_settings) as h:
        _, responses = await command(h, "ask", {"question": CESSION}, user=h.member)
        answer = final(responses)
        assert sorted(numbers(answer)) == [1, 2, 3, 4, 5]
        before = h.client

        await h.restart(create_bot(bot_settings))
        assert h.client is not before and before.is_closed()

        turned = h.click(answer, label="More passages", user=h.member)
        await h.settle()
        responses = h.interaction_responses(turned)
        assert responses[0].callback_type == 6, "acknowledged at once: the question is asked again"
        shown = h.message(answer)
        assert sorted(numbers(shown)) == [6, 7, 8, 9, 10]
        assert "Passages 6–10 of 15" in shown["embeds"][0]["footer"]["text"]
        assert shown["embeds"][0]["title"] == CESSION

        h.click(answer, label="Back", user=h.member)
        await h.settle()
        assert h.message(answer)["embeds"][0]["fields"][0]["value"].startswith(f'> "{ZELENSKY}')

        await h.restart(create_bot(bot_settings))
        vote = h.click(answer, button(h.message(answer), "vote:down"), user=h.member)
        await h.settle()
        thanks = final(h.interaction_responses(vote))
        assert thanks.ephemeral and "👎" in thanks.content

    [row] = _feedback(bot_settings)
    assert row["answer_key"] == str(answer.message_id) and row["vote"] == -1 and row["question"] == CESSION
    assert row["user_id"] == int(h.member["id"]) and row["guild_id"] == h.guild_id
    assert len(json.loads(row["passage_ids"])) == 5


def _feedback(settings: Settings) -> list[dict]:
    with sqlite3.connect(settings.data_dir / "parley.db") as db:
        db.row_factory = sqlite3.Row
        return [
            dict(r)
            for r in db.execute(
                "SELECT guild_id, user_id, answer_key, question, passage_ids, vote FROM feedback ORDER BY id"
            )
        ]


async def test_an_answer_in_a_thread_pages_after_a_restart(bot_settings: Settings) -> None:
    async with running(bot_settings) as h:
        h.post_message(f"{h.bot_mention} {CESSION}", author=h.member)
        created = await h.wait_for_call(route="/channels/{channel_id}/messages/{message_id}/threads")
        thread_id = int(created.response["id"])
        await h.settle()
        [answer] = h.messages_sent(thread_id)

        await h.restart(create_bot(bot_settings))
        h.click(answer, label="More passages", user=h.member)
        await h.settle()
        assert sorted(numbers(h.message(answer))) == [6, 7, 8, 9, 10]


async def test_buttons_of_an_answer_the_store_no_longer_knows_say_to_ask_again(bot_settings: Settings) -> None:
    async with running(bot_settings) as h:
        _, responses = await command(h, "ask", {"question": CESSION}, user=h.member)
        answer = final(responses)
        await h.restart(create_bot(bot_settings))
        with sqlite3.connect(bot_settings.data_dir / "parley.db") as db:
            db.execute("DELETE FROM asked")

        turned = h.click(answer, label="More passages", user=h.member)
        await h.settle()
        told = final(h.interaction_responses(turned))
        assert told.ephemeral and told.content == "I no longer have this answer; ask the question again with /ask."
        assert h.message(told)["flags"] & FLAG_EPHEMERAL
        assert sorted(numbers(h.message(answer))) == [1, 2, 3, 4, 5], "the answer is left as it was"


async def test_a_stored_question_is_asked_again_only_in_the_server_it_was_asked_in(bot_settings: Settings) -> None:
    async with running(bot_settings) as h:
        _, responses = await command(h, "ask", {"question": CESSION}, user=h.member)
        key = button(h.message(final(responses)), "more").split(":")[2]
        await h.restart(create_bot(bot_settings))
        assert await h.client.answers.recover(key, GUILD_B) is None
        recovered = await h.client.answers.recover(key, h.guild_id)
        assert recovered is not None and recovered.question == CESSION and not recovered.abstained
