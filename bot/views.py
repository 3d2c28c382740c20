"""Buttons and the modal: paging and feedback under an answer, the removal confirmation, pasted text.

Views hold their state in memory (the answer was asked once, for several pages) and expire; when
they do, their buttons are taken off the message so nobody clicks a button that no longer answers.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Awaitable, Callable
from typing import Any

import discord

from index.answering.answer import Answer, Citation
from index.errors import ParleyError
from index.storage.store import SourceRow

from . import render
from .errors import report
from .render import NO_PINGS
from .service import Library

log = logging.getLogger("parley.bot")

ANSWER_TIMEOUT = 600.0  # under the 15 minutes an interaction token lives, so the expiry edit still works
CONFIRM_TIMEOUT = 120.0
MODAL_TIMEOUT = 900.0
Editor = Callable[..., Awaitable[Any]]


def _custom_id(action: str) -> str:
    """Unique per view, so two answers' buttons can never be confused before their message ids are known."""
    return f"parley:{action}:{secrets.token_hex(6)}"


class ParleyView(discord.ui.View):
    """Errors in a button reach the person who clicked it, and the log, like command errors do."""

    async def on_error(self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item[Any]) -> None:
        await report(interaction, error, f"button {getattr(item, 'custom_id', item)!s} (user {interaction.user.id})")


class AnswerView(ParleyView):
    """"More passages" / "Back" page through the citations asked for up front; 👍 / 👎 record one vote
    per member per answer (the answer's message id), which a second click changes."""

    expires_after = ANSWER_TIMEOUT

    def __init__(self, answer: Answer, *, library: Library, per_page: int) -> None:
        super().__init__(timeout=self.expires_after)
        self.answer = answer
        self.library = library
        self.per_page = per_page
        self.page = 0
        self.pages = render.page_count(answer, per_page)
        self._editor: Editor | None = None
        self.back = self._button("Back", "back", discord.ButtonStyle.secondary, self._turn(-1))
        self.more = self._button("More passages", "more", discord.ButtonStyle.primary, self._turn(+1))
        self.up = self._button(None, "up", discord.ButtonStyle.secondary, self._vote(+1), emoji="👍")
        self.down = self._button(None, "down", discord.ButtonStyle.secondary, self._vote(-1), emoji="👎")
        if self.pages > 1:
            self.add_item(self.back)
            self.add_item(self.more)
        self.add_item(self.up)
        self.add_item(self.down)
        self._sync_buttons()

    @staticmethod
    def _button(label: str | None, action: str, style: discord.ButtonStyle,
                callback: Callable[[discord.Interaction], Awaitable[None]], emoji: str | None = None) -> discord.ui.Button:
        button: discord.ui.Button = discord.ui.Button(label=label, style=style, emoji=emoji, custom_id=_custom_id(action))
        button.callback = callback  # type: ignore[method-assign]
        return button

    def attach(self, message: discord.Message | discord.WebhookMessage) -> None:
        """Remember the message the view was sent with, to take the buttons off it at expiry."""
        self._editor = message.edit

    def embed(self) -> discord.Embed:
        return render.answer_embed(self.answer, page=self.page, per_page=self.per_page)

    def shown(self) -> list[Citation]:
        return render.page_citations(self.answer, self.page, self.per_page)

    def _sync_buttons(self) -> None:
        self.back.disabled = self.page == 0
        self.more.disabled = self.page >= self.pages - 1

    def _turn(self, step: int) -> Callable[[discord.Interaction], Awaitable[None]]:
        async def turn(interaction: discord.Interaction) -> None:
            self.page = max(0, min(self.pages - 1, self.page + step))
            self._sync_buttons()
            await interaction.response.edit_message(embed=self.embed(), view=self, allowed_mentions=NO_PINGS)
            self._editor = interaction.edit_original_response

        return turn

    def _vote(self, vote: int) -> Callable[[discord.Interaction], Awaitable[None]]:
        async def record(interaction: discord.Interaction) -> None:
            await interaction.response.defer(ephemeral=True, thinking=True)
            key = str(interaction.message.id) if interaction.message else str(interaction.id)
            await self.library.feedback(guild_id=interaction.guild_id, user_id=interaction.user.id, answer_key=key,
                                        question=self.answer.question, passage_ids=[c.passage.id for c in self.shown()],
                                        vote=vote)
            mark, other = ("👍", "👎") if vote > 0 else ("👎", "👍")
            await interaction.followup.send(f"Thanks: your {mark} is recorded. Click {other} to change it.",
                                            ephemeral=True, allowed_mentions=NO_PINGS)

        return record

    async def on_timeout(self) -> None:
        if self._editor is None:
            return
        try:
            await self._editor(view=None)
        except discord.HTTPException:
            log.debug("could not take the expired buttons off an answer", exc_info=True)


class ConfirmRemoveView(ParleyView):
    """Removal is irreversible for a guild's upload, so it waits for an explicit click by whoever asked."""

    def __init__(self, row: SourceRow, *, library: Library, requester: discord.Interaction,
                 timeout: float = CONFIRM_TIMEOUT) -> None:
        super().__init__(timeout=timeout)
        self.row = row
        self.library = library
        self.requester = requester
        confirm = discord.ui.Button(label="Remove", style=discord.ButtonStyle.danger, custom_id=_custom_id("remove"))
        cancel = discord.ui.Button(label="Cancel", style=discord.ButtonStyle.secondary, custom_id=_custom_id("cancel"))
        confirm.callback = self._confirm  # type: ignore[method-assign]
        cancel.callback = self._cancel  # type: ignore[method-assign]
        self.add_item(confirm)
        self.add_item(cancel)

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id == self.requester.user.id:
            return True
        await interaction.response.send_message("Only the moderator who asked can confirm this.", ephemeral=True,
                                                allowed_mentions=NO_PINGS)
        return False

    async def _confirm(self, interaction: discord.Interaction) -> None:
        self.stop()
        await interaction.response.edit_message(content=f"Removing source #{self.row.id}…", view=None,
                                                allowed_mentions=NO_PINGS)
        try:
            removed = await self.library.remove(self.row.id, guild_id=interaction.guild_id,  # type: ignore[arg-type]
                                                user_id=interaction.user.id)
        except ParleyError as e:
            log.info("removal of source #%s refused: %s", self.row.id, e)
            await interaction.edit_original_response(content=render.message_text(str(e)), allowed_mentions=NO_PINGS)
            return
        log.info("guild %s: user %s removed source #%s", interaction.guild_id, interaction.user.id, self.row.id)
        await interaction.edit_original_response(content=render.removed_text(removed), allowed_mentions=NO_PINGS)

    async def _cancel(self, interaction: discord.Interaction) -> None:
        self.stop()
        await interaction.response.edit_message(content=f"Kept source #{self.row.id}; nothing was removed.",
                                                view=None, allowed_mentions=NO_PINGS)

    async def on_timeout(self) -> None:
        try:
            await self.requester.edit_original_response(content="No confirmation came, so nothing was removed.",
                                                        view=None, allowed_mentions=NO_PINGS)
        except discord.HTTPException:
            log.debug("could not close an expired removal prompt", exc_info=True)


class PastedTextModal(discord.ui.Modal, title="Add a source from pasted text"):
    """Slash-command options are one line; a modal keeps a pasted article's paragraphs."""

    def __init__(self, *, library: Library, requester_id: int, title: str | None = None,
                 publisher: str | None = None, url: str | None = None, date: str | None = None) -> None:
        super().__init__(timeout=MODAL_TIMEOUT)
        self.library = library
        self.requester_id = requester_id
        self.source_title = discord.ui.TextInput(label="Title", custom_id="title", max_length=300, default=title)
        self.text = discord.ui.TextInput(label="Text", custom_id="text", style=discord.TextStyle.paragraph,
                                         max_length=4000, placeholder="Paste the article; blank lines between paragraphs.")
        self.publisher = discord.ui.TextInput(label="Publisher", custom_id="publisher", required=False,
                                              max_length=200, default=publisher)
        self.url = discord.ui.TextInput(label="Link shown with citations", custom_id="url", required=False,
                                        max_length=1000, default=url)
        self.date = discord.ui.TextInput(label="Date", custom_id="date", required=False, max_length=40,
                                         default=date, placeholder="2025-03-14")
        for item in (self.source_title, self.text, self.publisher, self.url, self.date):
            self.add_item(item)

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        return interaction.user.id == self.requester_id

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        added = await self.library.add_text(self.text.value, self.source_title.value,
                                            guild_id=interaction.guild_id,  # type: ignore[arg-type]
                                            user_id=interaction.user.id, publisher=self.publisher.value,
                                            url=self.url.value, date=self.date.value)
        log.info("guild %s: user %s added source #%s from pasted text", interaction.guild_id, interaction.user.id,
                 added.source_id)
        await interaction.followup.send(embed=render.added_embed(added), ephemeral=True, allowed_mentions=NO_PINGS)

    async def on_error(self, interaction: discord.Interaction, error: Exception) -> None:
        await report(interaction, error, f"pasted-text modal (guild {interaction.guild_id}, user {interaction.user.id})")
