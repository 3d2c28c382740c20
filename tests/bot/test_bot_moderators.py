"""Who counts as a moderator besides Manage Server: the role whose id is configured, or the one role with the
configured name. Anyone allowed to create roles can make a role with a copied name, so a name that two
roles share grants nothing (and the log says why), and a configured id ignores names altogether."""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

import pytest

from bot.config import Settings
from tests.discord_harness import DiscordHarness, Payload, member_payload, role_payload, user_payload
from tests.helpers import (
    CHANNEL_B,
    MOD_ID,
    MOD_ROLE,
    MOD_ROLE_ID,
    command,
    final,
    running,
    world,
)

IMPOSTOR_ROLE_ID = 1100000000000000006
IMPOSTOR_ID = 1300000000000000004
NOTE = {"text": "“We will hold Kherson,” said Zelensky.", "title": "Kherson note"}


def world_with_an_impostor() -> list[Payload]:
    """Guild A gains a second role named like the moderator role, held by a member who created it."""
    guilds = world()
    guild_a = guilds[0]
    guild_a["roles"].append(role_payload(IMPOSTOR_ROLE_ID, MOD_ROLE, permissions=0, position=2))
    guild_a["members"].append(member_payload(user_payload(IMPOSTOR_ID, "impostor"), roles=[IMPOSTOR_ROLE_ID]))
    guild_a["member_count"] = len(guild_a["members"])
    return guilds


async def add_note(h: DiscordHarness, user: Payload, **kwargs: object):
    _, responses = await command(h, "source add", NOTE, user=user, timeout=60, **kwargs)
    return final(responses)


def source_count(h: DiscordHarness) -> int:
    return len(h.client.library.kb.sources(all_guilds=True))


async def test_a_role_name_two_roles_share_grants_nothing_and_the_log_says_to_use_the_id(
    bot_settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    assert bot_settings.moderator_role == MOD_ROLE and bot_settings.moderator_role_id is None
    async with running(bot_settings, guilds=world_with_an_impostor()) as h:
        with caplog.at_level(logging.WARNING, logger="parley.bot"):
            for user_id in (IMPOSTOR_ID, MOD_ID):
                refusal = await add_note(h, h.users[user_id])
                assert refusal.ephemeral
                assert refusal.content == "Only moderators (members with Manage Server) can do that."
        assert source_count(h) == 1
        warnings = [r.getMessage() for r in caplog.records if r.name == "parley.bot" and r.levelno == logging.WARNING]
        assert len(warnings) == 2, "one line per refused attempt"
        assert all("PARLEY_MODERATOR_ROLE_ID" in w and str(h.guild_id) in w for w in warnings)
        assert str(IMPOSTOR_ROLE_ID) in warnings[0] and str(MOD_ROLE_ID) in warnings[0]

        added = await add_note(h, h.admin)
        assert added.embeds[0]["title"] == "Added source #2: Kherson note", "Manage Server still counts"


async def test_with_a_role_id_only_that_role_counts_whatever_other_roles_are_called(bot_settings: Settings) -> None:
    settings = dataclasses.replace(bot_settings, moderator_role_id=MOD_ROLE_ID)
    async with running(settings, guilds=world_with_an_impostor()) as h:
        refusal = await add_note(h, h.users[IMPOSTOR_ID])
        assert refusal.content == f"Only moderators (members with Manage Server or the “{MOD_ROLE}” role) can do that."
        assert source_count(h) == 1

        added = await add_note(h, h.users[MOD_ID])
        assert added.embeds[0]["title"] == "Added source #2: Kherson note"

        _, [shown] = await command(h, "help", user=h.member)
        assert f"**{MOD_ROLE}** role" in str(shown.embeds[0])
        _, [elsewhere] = await command(h, "help", user=h.member, channel_id=CHANNEL_B)
        assert f"**{MOD_ROLE}** role" not in str(elsewhere.embeds[0]), "the role belongs to one server only"


def test_the_role_id_is_read_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PARLEY_MODERATOR_ROLE_ID", str(MOD_ROLE_ID))
    assert Settings.from_env(tmp_path / "none.env").moderator_role_id == MOD_ROLE_ID
