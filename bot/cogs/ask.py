"""Questions: /ask, /compare, and mentions answered in a thread where follow-ups need no mention.

The bot speaks only when asked (a slash command, a mention, or a message in a thread it started), and
acknowledges every interaction before doing any work, because Discord drops it after 3 seconds.
"""

from __future__ import annotations

import logging
import re
from typing import Any, Final

import discord
from discord import app_commands
from discord.ext import commands

from index.api import LIMITS, check_question

from ..client import ParleyBot
from ..discord_ui import render
from ..discord_ui.render import NO_PINGS
from ..discord_ui.views import answer_view
from ..errors import CHANNEL_GONE, describe, explain, refused_by_discord

log = logging.getLogger("parley.bot")

THREAD_NAME_LIMIT = 100
THREAD_ARCHIVE_MINUTES: Final = 1440
FLEETING_SECONDS = 30
EMPTY_MENTION = "Ask me a question after the mention, for example: “Does Ukraine accept legal cession?”"


class Ask(commands.Cog):
    def __init__(self, bot: ParleyBot) -> None:
        self.bot = bot

    async def _answer(self, question: str, guild_id: int | None) -> tuple[str, dict[str, Any]]:
        """The answer's key and its first page as message arguments (embed, buttons, no pings)."""
        key, answer = await self.bot.answers.ask(question, guild_id)
        log.info(
            "guild %s: answered in %.2f s with %d citations%s",
            guild_id,
            answer.seconds,
            len(answer.citations),
            " (abstained)" if answer.abstained else "",
        )
        per_page = self.bot.per_page
        return key, {
            "embed": render.answer_embed(answer, page=0, per_page=per_page),
            "view": answer_view(key, answer, page=0, per_page=per_page),
            "allowed_mentions": NO_PINGS,
        }

    # slash commands ----------------------------------------------------------------------------

    @app_commands.command(description="Ask about negotiation positions; the answer quotes and links its sources.")
    @app_commands.describe(
        question="e.g. Does Ukraine accept legal cession?",
        private="Show the answer to you only (default: everyone in the channel)",
    )
    async def ask(
        self,
        interaction: discord.Interaction,
        question: app_commands.Range[str, 1, LIMITS.question_chars],
        private: bool = False,
    ) -> None:
        question = check_question(question)
        self.bot.cooldown.hit(interaction.user.id)
        await interaction.response.defer(ephemeral=private, thinking=True)
        key, shown = await self._answer(question, interaction.guild_id)
        await interaction.followup.send(ephemeral=private, **shown)
        await self.bot.answers.remember(key, interaction.guild_id, question)

    @app_commands.command(description="Each party's closest (or latest) passage on a topic, side by side.")
    @app_commands.describe(
        topic="e.g. legal recognition of occupied territory, or: the four oblasts",
        latest="Each party's most recent passage on the topic rather than its closest",
        private="Show the comparison to you only",
    )
    async def compare(
        self,
        interaction: discord.Interaction,
        topic: app_commands.Range[str, 1, LIMITS.question_chars],
        latest: bool = False,
        private: bool = False,
    ) -> None:
        topic = check_question(topic)
        self.bot.cooldown.hit(interaction.user.id)
        await interaction.response.defer(ephemeral=private, thinking=True)
        comparison = await self.bot.library.compare(topic, guild_id=interaction.guild_id, latest=latest)
        await interaction.followup.send(
            embed=render.comparison_embed(comparison), ephemeral=private, allowed_mentions=NO_PINGS
        )

    # mentions and threads ----------------------------------------------------------------------

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        me = self.bot.user
        if me is None or message.author.bot or message.guild is None or message.webhook_id is not None:
            return
        in_own_thread = isinstance(message.channel, discord.Thread) and message.channel.owner_id == me.id
        if not (in_own_thread or me in message.mentions):
            return
        question = re.sub(rf"<@!?{me.id}>", " ", message.content).strip()
        if not question:
            await self._tell(message, message.channel, EMPTY_MENTION, fleeting=True)
            return
        channel: discord.abc.Messageable = message.channel
        try:
            question = check_question(question)
            self.bot.cooldown.hit(message.author.id)
            if not in_own_thread:
                channel = await self._thread_for(message, question)
            async with channel.typing():
                key, shown = await self._answer(question, message.guild.id)
            await channel.send(**shown)
            await self.bot.answers.remember(key, message.guild.id, question)
        except Exception as error:  # the listener is the last place a failure could vanish unseen
            context = f"mention (guild {message.guild.id}, user {message.author.id})"
            gone = refused_by_discord(error, CHANNEL_GONE)
            if gone is not None:
                log.warning(
                    "%s: could not answer in channel %s, Discord says %s", context, getattr(channel, "id", "?"), gone
                )
                return
            text = describe(error, context)
            await self._tell(message, channel, text, fleeting=explain(error) is not None)

    async def _thread_for(self, message: discord.Message, question: str) -> discord.abc.Messageable:
        """A thread started on the asking message; where threads cannot be made, the channel itself."""
        if isinstance(message.channel, discord.Thread) or not isinstance(message.channel, discord.TextChannel):
            return message.channel
        name = render.cut(render.one_line(re.sub(r"<[@#][!&]?\d+>", "", question)), THREAD_NAME_LIMIT) or "Parley"
        try:
            return await message.create_thread(name=name, auto_archive_duration=THREAD_ARCHIVE_MINUTES)
        except discord.HTTPException:
            log.warning(
                "could not start a thread in channel %s; answering in the channel", message.channel.id, exc_info=True
            )
            return message.channel

    async def _tell(
        self, message: discord.Message, channel: discord.abc.Messageable, text: str, *, fleeting: bool
    ) -> None:
        """A short note where the conversation is. Messages cannot be ephemeral, so notes about the member's
        own input (a cooldown, an empty mention) go away after a while; reports of failures stay."""
        # discord.py reads delete_after=None as "keep it", though its overloads type delete_after as float only.
        delete_after = FLEETING_SECONDS if fleeting else None
        try:
            if channel == message.channel:
                await message.reply(
                    render.message_text(text),
                    mention_author=False,
                    allowed_mentions=NO_PINGS,
                    delete_after=delete_after,  # type: ignore[arg-type]
                )
            else:
                await channel.send(render.message_text(text), allowed_mentions=NO_PINGS, delete_after=delete_after)  # type: ignore[arg-type]
        except discord.HTTPException:
            log.warning("could not reply to message %s", message.id, exc_info=True)


async def setup(bot: ParleyBot) -> None:
    await bot.add_cog(Ask(bot))
