"""Sources: browsing for everyone (/sources, /source show, /source list), adding and removing for moderators.

``/source`` holds both, and Discord sets default permissions per top-level command only, so
``/source add`` and ``/source remove`` stay visible to members and are refused by the moderator check
when they run. What a guild's moderators add is stored with the guild's id and answered from only
there; the shipped corpus serves every guild. Adding and removing are audited by the knowledge base,
refusals included.
"""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

from index.api import LIMITS, FileInput, InputError, NotFoundError, SourceInput, TextInput, UrlInput, describe_size

from ..checks import guild_id_of, moderator_only
from ..client import ParleyBot
from ..discord_ui import render
from ..discord_ui.confirm import Prompt, confirm
from ..discord_ui.render import NO_PINGS
from ..discord_ui.views import PastedTextModal
from ..limits import BROWSING, SOURCE_CHANGES, per_server

log = logging.getLogger("parley.bot")


class Sources(commands.Cog):
    source = app_commands.Group(
        name="source", description="Show one source; moderators add and remove sources.", guild_only=True
    )

    def __init__(self, bot: ParleyBot) -> None:
        self.bot = bot

    async def _list(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        rows = await self.bot.library.sources(interaction.guild_id)
        await interaction.followup.send(embed=render.sources_embed(rows), ephemeral=True, allowed_mentions=NO_PINGS)

    @app_commands.command(
        name="sources", description="The sources Parley answers from: ids, titles, publishers, passages."
    )
    @per_server(BROWSING)
    async def sources(self, interaction: discord.Interaction) -> None:
        await self._list(interaction)

    @source.command(name="list", description="The sources Parley answers from in this server.")
    @per_server(BROWSING)
    async def source_list(self, interaction: discord.Interaction) -> None:
        await self._list(interaction)

    @source.command(name="show", description="One source's details and its quotes, grouped by speaker.")
    @app_commands.describe(id="The source's id, as /sources lists it")
    @per_server(BROWSING)
    async def source_show(self, interaction: discord.Interaction, id: app_commands.Range[int, 1]) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        row, passages = await self.bot.library.source(id, interaction.guild_id)
        await interaction.followup.send(
            embed=render.source_embed(row, passages), ephemeral=True, allowed_mentions=NO_PINGS
        )

    @source.command(
        name="add", description="Moderators: add a link, a file or pasted text (served in this server only)."
    )
    @app_commands.describe(
        url="A page to fetch; with file or text, the link shown with citations instead",
        file="A .txt, .md, .html or .pdf file",
        text="Pasted text (one line; leave out text, file and url to paste paragraphs in a form)",
        title="Title (needed for pasted text; overrides what extraction finds)",
        publisher="Publisher or site name",
        date="Publication date, e.g. 2025-03-14",
    )
    @per_server(SOURCE_CHANGES)
    @moderator_only()
    async def source_add(
        self,
        interaction: discord.Interaction,
        url: app_commands.Range[str, 1, LIMITS.url_chars] | None = None,
        file: discord.Attachment | None = None,
        text: app_commands.Range[str, 1, 6000] | None = None,
        title: app_commands.Range[str, 1, LIMITS.title_chars] | None = None,
        publisher: app_commands.Range[str, 1, LIMITS.publisher_chars] | None = None,
        date: app_commands.Range[str, 1, LIMITS.date_chars] | None = None,
    ) -> None:
        if file is not None and text is not None:
            raise InputError("Give a file or text, not both.")
        if text is not None and not (title or "").strip():
            raise InputError("Pasted text needs a title: add title: to the command.")
        if file is None and text is None and url is None:
            await interaction.response.send_modal(
                PastedTextModal(
                    library=self.bot.library,
                    requester_id=interaction.user.id,
                    title=title,
                    publisher=publisher,
                    date=date,
                )
            )
            return
        if file is not None and file.size > self.bot.settings.max_fetch_bytes:
            raise InputError(f"{file.filename} is larger than {describe_size(self.bot.settings.max_fetch_bytes)}.")
        await interaction.response.defer(ephemeral=True, thinking=True)
        guild_id, user_id = guild_id_of(interaction), interaction.user.id
        library = self.bot.library
        source: SourceInput
        if file is not None:
            source = FileInput(
                await _download(file), file.filename, title=title, publisher=publisher, url=url, date=date
            )
        elif text is not None:
            source = TextInput(text, title=title, publisher=publisher, url=url, date=date)
        else:
            source = UrlInput(url or "", title=title, publisher=publisher, date=date)
        report = await library.add(source, guild_id=guild_id, user_id=user_id)
        log.info(
            "guild %s: user %s added source #%s (%d passages)",
            interaction.guild_id,
            interaction.user.id,
            report.source_id,
            report.passages,
        )
        await interaction.followup.send(embed=render.added_embed(report), ephemeral=True, allowed_mentions=NO_PINGS)

    @source.command(name="remove", description="Moderators: remove a source this server added (asks to confirm).")
    @app_commands.describe(id="The source's id, as /sources lists it")
    @per_server(SOURCE_CHANGES)
    @moderator_only()
    async def source_remove(self, interaction: discord.Interaction, id: app_commands.Range[int, 1]) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        guild_id, user_id = guild_id_of(interaction), interaction.user.id
        try:
            row, _ = await self.bot.library.source(id, guild_id)
        except NotFoundError:
            row = None
        if row is None or row.guild_id != guild_id:
            # Not this guild's upload: the knowledge base refuses and audits the refusal; no prompt needed.
            removed = await self.bot.library.remove(id, guild_id=guild_id, user_id=user_id)
            await interaction.followup.send(render.removed_text(removed), ephemeral=True, allowed_mentions=NO_PINGS)
            return

        async def remove() -> str:
            removed = await self.bot.library.remove(id, guild_id=guild_id, user_id=user_id)
            log.info("guild %s: user %s removed source #%s", guild_id, user_id, id)
            return render.removed_text(removed)

        await confirm(
            interaction,
            Prompt(
                render.remove_prompt(row),
                "Remove",
                f"Removing source #{id}…",
                f"Kept source #{id}; nothing was removed.",
                "No confirmation came, so nothing was removed.",
            ),
            remove,
        )


async def _download(file: discord.Attachment) -> bytes:
    """The attachment's bytes. Discord can refuse them (the message was deleted, the link expired): that is
    the moderator's to retry, so it is told as such rather than logged as a bug."""
    try:
        return await file.read()
    except discord.HTTPException as e:
        raise InputError(f"Discord did not hand over {file.filename} (HTTP {e.status}); attach it again.") from None


async def setup(bot: ParleyBot) -> None:
    await bot.add_cog(Sources(bot))
