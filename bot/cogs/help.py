"""/help: what Parley does and how to ask it."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from ..checks import moderator_role
from ..client import ParleyBot
from ..discord_ui import render
from ..discord_ui.render import NO_PINGS


class Help(commands.Cog):
    def __init__(self, bot: ParleyBot) -> None:
        self.bot = bot

    @app_commands.command(name="help", description="What Parley does and how to ask it.")
    async def help(self, interaction: discord.Interaction) -> None:
        settings = self.bot.settings
        role = moderator_role(interaction.guild, settings)
        embed = render.help_embed(settings.cooldown_seconds, role.name if role else None)
        await interaction.response.send_message(embed=embed, ephemeral=True, allowed_mentions=NO_PINGS)


async def setup(bot: ParleyBot) -> None:
    await bot.add_cog(Help(bot))
