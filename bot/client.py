"""ParleyBot: the discord.py client, its intents, start-up and the app-command error handler.

Intents: ``guilds`` (channels, threads and roles for the moderator check), ``guild_messages`` (to hear
mentions and follow-ups in the bot's threads) and the privileged ``message_content``, without which
Discord blanks the text of follow-ups that do not mention the bot. No members or presence intents.
"""

from __future__ import annotations

import logging
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from index.api import LIMITS

from .checks import Cooldown
from .config import Settings
from .discord_ui.answers import Answers
from .discord_ui.render import NO_PINGS
from .discord_ui.views import PageButton, VoteButton
from .errors import report
from .limits import ServerLimits
from .service import AsyncKnowledgeBase

log = logging.getLogger("parley.bot")

EXTENSIONS = (
    "bot.cogs.ask",
    "bot.cogs.sources",
    "bot.cogs.admin",
    "bot.cogs.help",
    "bot.cogs.parties",
    "bot.cogs.timeline",
)
PAGES_ASKED = 3  # an answer asks for this many pages of citations once, then pages locally


def intents() -> discord.Intents:
    wanted = discord.Intents.none()
    wanted.guilds = True
    wanted.guild_messages = True
    wanted.message_content = True
    return wanted


class ParleyTree(app_commands.CommandTree):
    """Every app-command failure reaches the user as a short ephemeral line and the log."""

    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        await report(interaction, error)


class ParleyBot(commands.Bot):
    def __init__(self, settings: Settings, *, library: AsyncKnowledgeBase | None = None, **options: Any) -> None:
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents(),
            help_command=None,
            allowed_mentions=NO_PINGS,
            tree_cls=ParleyTree,
            **options,
        )
        self.settings = settings
        self.library = library or AsyncKnowledgeBase(settings)
        self.cooldown = Cooldown(settings.cooldown_seconds)
        self.limits = ServerLimits()
        self.per_page = LIMITS.page_size(settings.citations_per_page)
        self.citations_asked = min(LIMITS.k, self.per_page * PAGES_ASKED)
        self.answers = Answers(self.library, citations=self.citations_asked)

    async def setup_hook(self) -> None:
        """Load the model and index before connecting, so no question waits for them; register the answer
        buttons before any click can arrive, so those under earlier answers work after a restart."""
        self.add_dynamic_items(PageButton, VoteButton)
        log.info("loading the model and the index (the first start also builds the index from the corpus)")
        timings = await self.library.warm()
        log.info(
            "model loaded in %.2f s; index of %d passages ready in %.2f s; first query %.2f s; parser %.2f s; "
            "total %.2f s",
            timings["model"],
            timings["passages"],
            timings["index"],
            timings["first_query"],
            timings["parser"],
            timings["total"],
        )
        for extension in EXTENSIONS:
            await self.load_extension(extension)
        await self.sync_commands()

    async def sync_commands(self) -> None:
        """Globally (reaches every guild within the hour), or to the dev guild at once when one is set."""
        if self.settings.dev_guild_id:
            guild = discord.Object(self.settings.dev_guild_id)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
            log.info("synced %d commands to guild %s", len(synced), self.settings.dev_guild_id)
        else:
            synced = await self.tree.sync()
            log.info("synced %d commands globally", len(synced))

    async def on_ready(self) -> None:
        log.info("connected as %s (%s) to %d guilds", self.user, self.user.id if self.user else "?", len(self.guilds))

    async def on_message(self, message: discord.Message) -> None:
        """No prefix commands: questions arrive as slash commands or through the ask cog's listener."""

    async def close(self) -> None:
        try:
            await super().close()
        finally:
            await self.library.close()
