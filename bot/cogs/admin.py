"""Moderator maintenance: /reindex.

Rebuilding touches the shared corpus and index, which serve every guild; it is idempotent and
embeds only what changed, so any guild's moderators may run it, as often as ``limits.REINDEX`` allows. It
runs beside the write queue (bot/service.py), so sources added and removed meanwhile do not wait for it.
"""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

from ..checks import moderator_only
from ..client import ParleyBot
from ..discord_ui import render
from ..discord_ui.render import NO_PINGS
from ..limits import REINDEX, per_server

log = logging.getLogger("parley.bot")


class Admin(commands.Cog):
    def __init__(self, bot: ParleyBot) -> None:
        self.bot = bot

    @app_commands.command(description="Moderators: sync the shipped corpus, embed what changed, report the changes.")
    @app_commands.describe(full="Rebuild the vector index file from scratch (stored embeddings are reused)")
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.guild_only()
    @per_server(REINDEX)
    @moderator_only()
    async def reindex(self, interaction: discord.Interaction, full: bool = False) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        report = await self.bot.library.rebuild(full=full)
        log.info("guild %s: user %s rebuilt the index: %s", interaction.guild_id, interaction.user.id, report.to_dict())
        await interaction.followup.send(embed=render.rebuild_embed(report), ephemeral=True, allowed_mentions=NO_PINGS)


async def setup(bot: ParleyBot) -> None:
    await bot.add_cog(Admin(bot))
