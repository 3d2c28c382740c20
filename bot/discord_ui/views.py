"""Buttons and the modal: paging and feedback under an answer, pasted text (confirmations are in ``confirm``).

An answer's buttons are persistent: each carries its state in its ``custom_id`` (the answer's key and a
page) and is handled by a ``DynamicItem`` the bot registers at start, so *More passages*, *Back*, 👍 and 👎
work on any answer still in the channel, after a restart too (``answers`` finds or re-asks the
question). The modal is short-lived: it belongs to one moderator's action.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import discord

from index.api import LIMITS, TextInput

from ..errors import report, tell
from ..limits import BUTTONS
from . import render
from .answers import KEY_CHARS
from .render import NO_PINGS

if TYPE_CHECKING:
    from index.api import Answer

    from ..service import AsyncKnowledgeBase

log = logging.getLogger("parley.bot")

MODAL_TIMEOUT = 900.0
GONE = "I no longer have this answer; ask the question again with /ask."
_KEY = rf"(?P<key>[0-9a-f]{{{KEY_CHARS}}})"
PAGE_ID = re.compile(rf"parley:(?P<action>more|back):{_KEY}:(?P<page>\d{{1,2}})")
VOTE_ID = re.compile(rf"parley:vote:(?P<vote>up|down):{_KEY}:(?P<page>\d{{1,2}})")


class ParleyView(discord.ui.View):
    """Errors in a button reach the person who clicked it, and the log, like command errors do."""

    async def on_error(self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item[Any]) -> None:
        await report(interaction, error, f"button {getattr(item, 'custom_id', item)!s} (user {interaction.user.id})")


def answer_view(key: str, answer: Answer, *, page: int, per_page: int) -> discord.ui.View:
    """*Back* / *More passages* when there is more than one page, then 👍 / 👎 for the page shown."""
    view = discord.ui.View(timeout=None)
    pages = render.page_count(answer, per_page)
    if pages > 1:
        view.add_item(PageButton(key, "back", max(0, page - 1), disabled=page == 0))
        view.add_item(PageButton(key, "more", min(pages - 1, page + 1), disabled=page >= pages - 1))
    view.add_item(VoteButton(key, "up", page))
    view.add_item(VoteButton(key, "down", page))
    return view


class _AnswerClick:
    """What paging and voting share: the server's budget, finding the answer, and reporting errors
    (discord.py only logs what a dynamic item raises; the member must hear of it too)."""

    key: str
    page: int
    custom_id: str
    clicked: Callable[[discord.Interaction], Awaitable[None]]

    async def callback(self, interaction: discord.Interaction) -> None:
        try:
            interaction.client.limits.check(BUTTONS, interaction)  # type: ignore[attr-defined]
            await self.clicked(interaction)
        except Exception as error:
            await report(
                interaction,
                error,
                f"button {self.custom_id} (guild {interaction.guild_id}, user {interaction.user.id})",
            )

    async def answer(self, interaction: discord.Interaction) -> Answer | None:
        """The answer from memory, else its question asked again (deferring first: that takes the model)."""
        answers = interaction.client.answers  # type: ignore[attr-defined]
        found = answers.recent_answer(self.key, interaction.guild_id)
        if found is not None:
            return found
        if not interaction.response.is_done():
            await interaction.response.defer()
        found = await answers.recover(self.key, interaction.guild_id)
        if found is None:
            await tell(interaction, GONE)
        return found


class PageButton(_AnswerClick, discord.ui.DynamicItem[discord.ui.Button], template=PAGE_ID):
    def __init__(self, key: str, action: str, page: int, *, disabled: bool = False) -> None:
        more = action == "more"
        super().__init__(
            discord.ui.Button(
                label="More passages" if more else "Back",
                disabled=disabled,
                custom_id=f"parley:{action}:{key}:{page}",
                style=discord.ButtonStyle.primary if more else discord.ButtonStyle.secondary,
            )
        )
        self.key, self.action, self.page = key, action, page

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> PageButton:
        return cls(match["key"], match["action"], int(match["page"]))

    async def clicked(self, interaction: discord.Interaction) -> None:
        answer = await self.answer(interaction)
        if answer is None:
            return
        per_page = interaction.client.per_page  # type: ignore[attr-defined]
        page = max(0, min(self.page, render.page_count(answer, per_page) - 1))
        embed = render.answer_embed(answer, page=page, per_page=per_page)
        view = answer_view(self.key, answer, page=page, per_page=per_page)
        if interaction.response.is_done():
            await interaction.edit_original_response(embed=embed, view=view, allowed_mentions=NO_PINGS)
        else:
            await interaction.response.edit_message(embed=embed, view=view, allowed_mentions=NO_PINGS)


class VoteButton(_AnswerClick, discord.ui.DynamicItem[discord.ui.Button], template=VOTE_ID):
    """One vote per member per answer message, on the passages of the page shown; a second click changes it."""

    def __init__(self, key: str, vote: str, page: int) -> None:
        super().__init__(
            discord.ui.Button(
                emoji="👍" if vote == "up" else "👎",
                style=discord.ButtonStyle.secondary,
                custom_id=f"parley:vote:{vote}:{key}:{page}",
            )
        )
        self.key, self.vote, self.page = key, vote, page

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> VoteButton:
        return cls(match["key"], match["vote"], int(match["page"]))

    async def clicked(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        answer = await self.answer(interaction)
        if answer is None:
            return
        bot = interaction.client
        key = str(interaction.message.id) if interaction.message else str(interaction.id)
        shown = render.page_citations(answer, self.page, bot.per_page)  # type: ignore[attr-defined]
        await bot.library.feedback(  # type: ignore[attr-defined]
            guild_id=interaction.guild_id,
            user_id=interaction.user.id,
            answer_key=key,
            question=answer.question,
            passage_ids=[c.passage.id for c in shown],
            vote=1 if self.vote == "up" else -1,
        )
        mark, other = ("👍", "👎") if self.vote == "up" else ("👎", "👍")
        await interaction.followup.send(
            f"Thanks: your {mark} is recorded. Click {other} to change it.", ephemeral=True, allowed_mentions=NO_PINGS
        )


Field = discord.ui.TextInput["PastedTextModal"]


class PastedTextModal(discord.ui.Modal, title="Add a source from pasted text"):
    """Slash-command options are one line; a modal keeps a pasted article's paragraphs."""

    def __init__(
        self,
        *,
        library: AsyncKnowledgeBase,
        requester_id: int,
        title: str | None = None,
        publisher: str | None = None,
        url: str | None = None,
        date: str | None = None,
    ) -> None:
        super().__init__(timeout=MODAL_TIMEOUT)
        self.library = library
        self.requester_id = requester_id
        self.source_title: Field = discord.ui.TextInput(
            label="Title", custom_id="title", max_length=LIMITS.title_chars, default=title
        )
        self.text: Field = discord.ui.TextInput(
            label="Text",
            custom_id="text",
            style=discord.TextStyle.paragraph,
            max_length=4000,
            placeholder="Paste the article; blank lines between paragraphs.",
        )
        self.publisher: Field = discord.ui.TextInput(
            label="Publisher",
            custom_id="publisher",
            required=False,
            max_length=LIMITS.publisher_chars,
            default=publisher,
        )
        self.url: Field = discord.ui.TextInput(
            label="Link shown with citations", custom_id="url", required=False, max_length=LIMITS.url_chars, default=url
        )
        self.date: Field = discord.ui.TextInput(
            label="Date",
            custom_id="date",
            required=False,
            max_length=LIMITS.date_chars,
            default=date,
            placeholder="2025-03-14",
        )
        for item in (self.source_title, self.text, self.publisher, self.url, self.date):
            self.add_item(item)

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        return interaction.user.id == self.requester_id

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        pasted = TextInput(
            self.text.value,
            title=self.source_title.value,
            publisher=self.publisher.value,
            url=self.url.value,
            date=self.date.value,
        )
        added = await self.library.add(
            pasted,
            guild_id=interaction.guild_id,  # type: ignore[arg-type]
            user_id=interaction.user.id,
        )
        log.info(
            "guild %s: user %s added source #%s from pasted text",
            interaction.guild_id,
            interaction.user.id,
            added.source_id,
        )
        await interaction.followup.send(embed=render.added_embed(added), ephemeral=True, allowed_mentions=NO_PINGS)

    # discord.py's own Modal.on_error drops BaseView's item argument; this override has Modal's signature.
    async def on_error(self, interaction: discord.Interaction, error: Exception) -> None:  # type: ignore[override]
        await report(
            interaction, error, f"pasted-text modal (guild {interaction.guild_id}, user {interaction.user.id})"
        )
