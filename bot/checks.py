"""Who may do what: the moderator check and the per-member question cooldown.

Moderator commands also carry ``default_member_permissions`` so that Discord hides them from members,
but guild admins can change those defaults, so the bot decides again on every use.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

import discord
from discord import app_commands

if TYPE_CHECKING:
    from .config import Settings

log = logging.getLogger("parley.bot")
T = TypeVar("T")


class NotModerator(app_commands.CheckFailure):
    """The member may not use a moderator command; the message says who may."""


class OnCooldown(Exception):
    """The member asked again too soon."""

    def __init__(self, retry_after: float) -> None:
        super().__init__(f"retry after {retry_after:.1f} s")
        self.retry_after = retry_after


def moderator_role(guild: discord.Guild | None, settings: Settings) -> discord.Role | None:
    """The role that makes a moderator in this guild: the configured id, else the one role with the configured
    name. A name that two roles share is refused and logged: anyone allowed to create roles could otherwise
    make a second one with that name and give it to themselves."""
    if guild is None:
        return None
    if settings.moderator_role_id:
        return guild.get_role(settings.moderator_role_id)
    wanted = (settings.moderator_role or "").strip().casefold()
    if not wanted:
        return None
    named = [role for role in guild.roles if role.name.strip().casefold() == wanted]
    if len(named) > 1:
        log.warning(
            "guild %s: %d roles are named %r, so none of them grants moderator commands; set "
            "PARLEY_MODERATOR_ROLE_ID to the right role's id (roles %s)",
            guild.id,
            len(named),
            settings.moderator_role,
            ", ".join(str(r.id) for r in named),
        )
        return None
    return named[0] if named else None


def moderator_rule(role: discord.Role | None) -> str:
    named = f" or the “{role.name}” role" if role is not None else ""
    return f"Only moderators (members with Manage Server{named}) can do that."


def has_moderator_rights(interaction: discord.Interaction, role: discord.Role | None) -> bool:
    """Manage Server as Discord computed it for this channel, or the guild's moderator role."""
    if interaction.guild_id is None or not isinstance(interaction.user, discord.Member):
        return False
    if interaction.permissions.manage_guild:
        return True
    return role is not None and any(held.id == role.id for held in interaction.user.roles)


def guild_id_of(interaction: discord.Interaction) -> int:
    """The server a guild-only command runs in. Discord never sends one from a direct message, and the
    moderator check refuses it first, so a missing guild is refused as discord.py's guild_only() would."""
    if interaction.guild_id is None:
        raise app_commands.NoPrivateMessage()
    return interaction.guild_id


def moderator_only() -> Callable[[T], T]:
    """An app-command check: refuse non-moderators before the command runs (and before any deferral)."""

    async def predicate(interaction: discord.Interaction) -> bool:
        role = moderator_role(interaction.guild, interaction.client.settings)  # type: ignore[attr-defined]
        if not has_moderator_rights(interaction, role):
            raise NotModerator(moderator_rule(role))
        return True

    return app_commands.check(predicate)


class Cooldown:
    """One question per member per ``seconds``, shared by /ask, /compare, mentions and thread follow-ups,
    so that one member cannot keep the model busy for everyone else."""

    PRUNE_AT = 10_000

    def __init__(self, seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.seconds = seconds
        self._clock = clock
        self._last: dict[int, float] = {}

    def hit(self, user_id: int) -> None:
        """Count a question now, or raise OnCooldown with the seconds left to wait."""
        if self.seconds <= 0:
            return
        now = self._clock()
        last = self._last.get(user_id)
        if last is not None and now - last < self.seconds:
            raise OnCooldown(self.seconds - (now - last))
        if len(self._last) >= self.PRUNE_AT:
            self._last = {u: t for u, t in self._last.items() if now - t < self.seconds}
        self._last[user_id] = now
