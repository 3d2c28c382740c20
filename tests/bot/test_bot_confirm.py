"""The confirmation dialog through the Discord harness: only the member who asked can answer it."""

from __future__ import annotations

from bot.discord_ui.confirm import NOT_YOURS
from tests.discord_harness import DiscordHarness
from tests.helpers import MOD_ID, command, final

NOTE = """# Depot talks

"We will not sign before the night shift is covered," said Dana Okoro, the union's president.
"""


def source_ids(h: DiscordHarness) -> list[int]:
    return [r.id for r in h.client.library.kb.sources(all_guilds=True)]


async def test_another_moderator_cannot_confirm_a_removal_someone_else_asked_for(h: DiscordHarness) -> None:
    _, added = await command(h, "source add", {"text": NOTE, "title": "Depot talks"}, user=h.admin, timeout=60)
    new_id = final(added).embeds[0]["fields"][0]["value"]
    assert int(new_id) in source_ids(h)

    _, responses = await command(h, "source remove", {"id": int(new_id)}, user=h.admin)
    prompt = final(responses)
    intruder = h.click(prompt, label="Remove", user=h.users[MOD_ID])
    await h.settle()
    refused = h.interaction_responses(intruder)
    assert refused[0].json["data"]["content"] == NOT_YOURS and refused[0].ephemeral
    assert int(new_id) in source_ids(h)

    confirmed = h.click(prompt, label="Remove", user=h.admin)
    await h.settle(60)
    assert h.interaction_responses(confirmed)[-1].json["content"].startswith(f"Removed source #{new_id}")
    assert int(new_id) not in source_ids(h)
