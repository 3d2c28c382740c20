"""One confirmation dialog for every command that cannot be undone, after RoboDanny's ``Context.prompt``.

The member who used the command gets an ephemeral question with a red button naming the action and a
*Cancel*; only they can click, and a silent prompt expires. Unlike RoboDanny's, the command does not
wait for the answer: the action runs from the click, so no command callback sits parked for minutes.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import discord

from index.api import ParleyError

from .render import NO_PINGS, message_text
from .views import ParleyView

log = logging.getLogger("parley.bot")

CONFIRM_TIMEOUT = 120.0
NOT_YOURS = "Only the moderator who asked can confirm this."
Action = Callable[[], Awaitable[str]]  # does the thing, returns the line that reports it


@dataclass(frozen=True)
class Prompt:
    """What the dialog says: the question, the button, and the line for each way it can end."""

    question: str
    confirm: str  # the red button's label, the action itself: "Remove"
    working: str  # while the action runs
    cancelled: str
    expired: str


def _custom_id(action: str) -> str:
    """Unique per dialog, so two prompts' buttons can never be confused before their message ids are known."""
    return f"parley:{action}:{secrets.token_hex(6)}"


class Confirmation(ParleyView):
    def __init__(
        self, prompt: Prompt, action: Action, *, requester: discord.Interaction, timeout: float = CONFIRM_TIMEOUT
    ) -> None:
        super().__init__(timeout=timeout)
        self.prompt = prompt
        self.action = action
        self.requester = requester
        confirm: discord.ui.Button[Confirmation] = discord.ui.Button(
            label=prompt.confirm, style=discord.ButtonStyle.danger, custom_id=_custom_id("confirm")
        )
        cancel: discord.ui.Button[Confirmation] = discord.ui.Button(
            label="Cancel", style=discord.ButtonStyle.secondary, custom_id=_custom_id("cancel")
        )
        confirm.callback = self._confirm  # type: ignore[method-assign]
        cancel.callback = self._cancel  # type: ignore[method-assign]
        self.add_item(confirm)
        self.add_item(cancel)

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id == self.requester.user.id:
            return True
        await interaction.response.send_message(NOT_YOURS, ephemeral=True, allowed_mentions=NO_PINGS)
        return False

    async def _confirm(self, interaction: discord.Interaction) -> None:
        self.stop()
        await interaction.response.edit_message(
            content=message_text(self.prompt.working), view=None, allowed_mentions=NO_PINGS
        )
        try:
            done = await self.action()
        except ParleyError as e:
            log.info("%s refused after confirmation: %s", self.prompt.confirm, e)
            done = str(e)
        await interaction.edit_original_response(content=message_text(done), allowed_mentions=NO_PINGS)

    async def _cancel(self, interaction: discord.Interaction) -> None:
        self.stop()
        await interaction.response.edit_message(
            content=message_text(self.prompt.cancelled), view=None, allowed_mentions=NO_PINGS
        )

    async def on_timeout(self) -> None:
        try:
            await self.requester.edit_original_response(
                content=message_text(self.prompt.expired), view=None, allowed_mentions=NO_PINGS
            )
        except discord.HTTPException:
            log.debug("could not close an expired confirmation", exc_info=True)


async def confirm(
    interaction: discord.Interaction, prompt: Prompt, action: Action, *, timeout: float = CONFIRM_TIMEOUT
) -> None:
    """Ask the member behind a deferred ``interaction`` to confirm; ``action`` runs only on their click."""
    view = Confirmation(prompt, action, requester=interaction, timeout=timeout)
    await interaction.followup.send(message_text(prompt.question), view=view, ephemeral=True, allowed_mentions=NO_PINGS)
