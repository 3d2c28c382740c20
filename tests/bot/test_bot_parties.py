"""/party through the Discord harness: moderators map a speaker to a party for their server, members see
the mappings and the relabelled citations, other servers are unaffected, and bad input is refused."""

from __future__ import annotations

from tests.discord_harness import GUILD_ID, DiscordHarness
from tests.helpers import ADMIN_B, CHANNEL_B, GUILD_B, MOD_ID, command, final

QUESTION = "What does the Institute for the Study of War say about territorial concessions?"


def barros_parties(h: DiscordHarness, guild: int) -> set[str | None]:
    answer = h.client.library.kb.ask(QUESTION, k=10, guild_id=guild)
    return {c.passage.party for c in answer.citations if c.passage.speaker == "George Barros"}


async def test_a_moderator_maps_a_speaker_for_this_server_only_and_removes_it(h: DiscordHarness) -> None:
    assert barros_parties(h, GUILD_ID) == {None}, "an analyst holds no party from the sources"

    _, responses = await command(h, "party set", {"name": "George Barros", "party": "us"}, user=h.admin)
    reply = final(responses)
    assert reply.ephemeral and "George Barros" in reply.content and "United States" in reply.content
    assert barros_parties(h, GUILD_ID) == {"United States"}, '"us" is read as the United States'
    assert barros_parties(h, GUILD_B) == {None}, "another server keeps the sources' reading"

    _, responses = await command(h, "ask", {"question": QUESTION}, user=h.member)
    shown = "\n".join(f["name"] for f in final(responses).embeds[0].get("fields", []))
    assert "United States" in shown

    _, responses = await command(h, "party list", user=h.member)
    listing = final(responses)
    assert listing.ephemeral and "George Barros" in listing.content and "United States" in listing.content
    _, responses = await command(h, "party list", user=h.users[ADMIN_B], channel_id=CHANNEL_B)
    assert "No party mappings" in final(responses).content

    _, responses = await command(h, "party remove", {"name": "george barros"}, user=h.admin)
    assert "no longer mapped" in final(responses).content
    assert barros_parties(h, GUILD_ID) == {None}
    actions = [(r["action"], r["outcome"][:7]) for r in h.client.library.kb.audit(5, GUILD_ID)]
    assert actions[:2] == [("party remove", "ok"), ("party set", "ok")]


async def test_members_are_refused_and_bad_names_change_nothing(h: DiscordHarness) -> None:
    _, [refusal] = await command(h, "party set", {"name": "George Barros", "party": "Russia"}, user=h.member)
    assert refusal.ephemeral and refusal.content.startswith("Only moderators")
    assert barros_parties(h, GUILD_ID) == {None}

    _, responses = await command(h, "party set", {"name": "@everyone", "party": "Russia"}, user=h.admin)
    refused = final(responses)
    assert refused.ephemeral and "give it as printed" in refused.content
    _, responses = await command(h, "party remove", {"name": "Nobody Known"}, user=h.users[MOD_ID])
    assert "no party mapping" in final(responses).content
    assert h.client.library.kb.party_map.mappings(GUILD_ID) == []
