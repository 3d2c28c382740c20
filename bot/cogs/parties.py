"""Party mappings: /party list for everyone, /party set and /party remove for moderators.

A mapping says which party a name speaks for in this server ("Farid Mousavi" → Iran, "IFAM" → a
union's full name, an analyst → none). It relabels this server's passages at once and the shared ones
as this server reads them; nothing is re-embedded. The knowledge base audits every change and refusal.
``/party`` holds both, so, as with ``/source``, the moderator subcommands are refused when they run.
"""

from __future__ import annotations

import dataclasses
import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from index.api import LIMITS

from .. import party_text
from ..checks import guild_id_of, moderator_only
from ..client import ParleyBot
from ..discord_ui import render
from ..discord_ui.render import NO_PINGS

if TYPE_CHECKING:
    from index.api import PartyChange

log = logging.getLogger("parley.bot")
LIST_LIMIT = 40  # mappings shown in one reply; the rest are counted


def _shown(change: PartyChange) -> PartyChange:
    """The change with every name a moderator typed made inert (no markdown, no pings)."""
    return dataclasses.replace(
        change,
        name=render.inert(change.name),
        party=render.inert(change.party) if change.party else None,
        previous=render.inert(change.previous) if change.previous else None,
    )


class Parties(commands.Cog):
    party = app_commands.Group(
        name="party", description="Which party a speaker speaks for in this server.", guild_only=True
    )

    def __init__(self, bot: ParleyBot) -> None:
        self.bot = bot

    @party.command(name="list", description="The party mappings this server's moderators have set.")
    async def party_list(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        rows = await self.bot.library.party_mappings(interaction.guild_id)
        lines = [
            f"**{render.inert(m.name)}** → {render.inert(party_text.party_name(m.party))} "
            f"({n} passage{'s' if n != 1 else ''})"
            for m, n in rows[:LIST_LIMIT]
        ]
        if len(rows) > LIST_LIMIT:
            lines.append(f"… and {len(rows) - LIST_LIMIT} more.")
        text = (
            "\n".join(lines)
            if lines
            else ("No party mappings in this server yet. Moderators add one with `/party set name: party:`.")
        )
        await interaction.followup.send(render.message_text(text), ephemeral=True, allowed_mentions=NO_PINGS)

    @party.command(name="set", description="Moderators: read a speaker (or a party) as a party here; relabels at once.")
    @app_commands.describe(
        name="A speaker as Parley prints them (e.g. Farid Mousavi), or a party's name",
        party="The party they speak for (e.g. Iran, European Union), or none",
    )
    @moderator_only()
    async def party_set(
        self,
        interaction: discord.Interaction,
        name: app_commands.Range[str, 1, LIMITS.name_chars],
        party: app_commands.Range[str, 1, LIMITS.name_chars],
    ) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        change = await self.bot.library.set_party(
            name, party, guild_id=guild_id_of(interaction), user_id=interaction.user.id
        )
        log.info(
            "guild %s: user %s mapped a name to a party (%d passages)",
            interaction.guild_id,
            interaction.user.id,
            change.passages,
        )
        await interaction.followup.send(
            render.message_text(party_text.change(_shown(change))), ephemeral=True, allowed_mentions=NO_PINGS
        )

    @party.command(name="remove", description="Moderators: drop a mapping; its passages take the sources' party again.")
    @app_commands.describe(name="The name as /party list shows it")
    @moderator_only()
    async def party_remove(
        self, interaction: discord.Interaction, name: app_commands.Range[str, 1, LIMITS.name_chars]
    ) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        change = await self.bot.library.remove_party(
            name, guild_id=guild_id_of(interaction), user_id=interaction.user.id
        )
        await interaction.followup.send(
            render.message_text(party_text.change(_shown(change), removed=True)),
            ephemeral=True,
            allowed_mentions=NO_PINGS,
        )


async def setup(bot: ParleyBot) -> None:
    await bot.add_cog(Parties(bot))
