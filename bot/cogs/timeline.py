"""Positions over time (/timeline) for everyone, and what members marked 👎 (/feedback) for moderators."""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

from index.api import LIMITS, check_question

from ..checks import moderator_only
from ..client import ParleyBot
from ..discord_ui import render
from ..discord_ui.render import NO_PINGS

log = logging.getLogger("parley.bot")


class Timeline(commands.Cog):
    def __init__(self, bot: ParleyBot) -> None:
        self.bot = bot

    @app_commands.command(description="How each party's position on a topic moved over time, oldest first.")
    @app_commands.describe(
        topic="e.g. legal recognition of occupied territory",
        party="Only this party (as the sources name it), e.g. Ukraine",
        private="Show the timeline to you only",
    )
    async def timeline(
        self,
        interaction: discord.Interaction,
        topic: app_commands.Range[str, 1, LIMITS.question_chars],
        party: app_commands.Range[str, 1, LIMITS.name_chars] | None = None,
        private: bool = False,
    ) -> None:
        topic = check_question(topic)
        self.bot.cooldown.hit(interaction.user.id)
        await interaction.response.defer(ephemeral=private, thinking=True)
        shown = await self.bot.library.timeline(topic, party=party, guild_id=interaction.guild_id)
        await interaction.followup.send(
            embed=render.timeline_embed(shown), ephemeral=private, allowed_mentions=NO_PINGS
        )

    @app_commands.command(description="Moderators: the answers members marked 👎, with the passages they cited.")
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.guild_only()
    @moderator_only()
    async def feedback(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        found = await self.bot.library.complaints(guild_id=interaction.guild_id)
        log.info("guild %s: user %s read %d down-voted answers", interaction.guild_id, interaction.user.id, len(found))
        await interaction.followup.send(embed=render.feedback_embed(found), ephemeral=True, allowed_mentions=NO_PINGS)


async def setup(bot: ParleyBot) -> None:
    await bot.add_cog(Timeline(bot))
