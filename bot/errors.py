"""How failures reach people: a short ephemeral line for the user, the traceback for the log.

Errors meant for users (ParleyError and the bot's own refusals) are reported with their message and
logged without a traceback; anything else is a bug, so the log gets the full traceback and the user a
generic line. Nothing fails silently: every path that catches an error ends here.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Mapping

import discord
from discord import app_commands

from index.api import ParleyError

from .checks import NotModerator, OnCooldown
from .discord_ui.render import NO_PINGS, inert, message_text

log = logging.getLogger("parley.bot")

# Discord's JSON error codes for a reply with nowhere to go: the interaction is gone (it expired, or its
# message was deleted), or the channel is gone or closed to the bot. Nothing the bot sends there can arrive.
INTERACTION_GONE = {10015: "Unknown Webhook", 10062: "Unknown interaction", 50027: "Invalid Webhook Token"}
CHANNEL_GONE = {10003: "Unknown Channel", 50001: "Missing Access", 50013: "Missing Permissions"}

UNEXPECTED = "Something went wrong ({name}). It has been logged for the bot's operators; please try again in a moment."


def unwrap(error: BaseException) -> BaseException:
    return error.original if isinstance(error, app_commands.CommandInvokeError) else error


def explain(error: BaseException) -> str | None:
    """The user-facing line for an expected error, or None when the error is a bug."""
    if isinstance(error, ParleyError):
        return str(error)
    if isinstance(error, OnCooldown):
        return f"You are asking quickly: try again in {math.ceil(error.retry_after)} s."
    if isinstance(error, NotModerator):
        return str(error)
    if isinstance(error, app_commands.NoPrivateMessage):
        return "That command works in a server only."
    if isinstance(error, app_commands.CheckFailure):
        return "You cannot use that command here."
    return None


def describe(error: BaseException, where: str) -> str:
    """Log ``error`` as it deserves and return the line to show the user."""
    message = explain(error)
    if message is None:
        log.error("%s failed", where, exc_info=(type(error), error, error.__traceback__))
        return UNEXPECTED.format(name=type(error).__name__)
    log.info("%s refused: %s", where, message)
    return message


def where(interaction: discord.Interaction) -> str:
    data: Mapping[str, object] = interaction.data or {}
    name = interaction.command.qualified_name if interaction.command else data.get("custom_id", "?")
    return f"/{name} (guild {interaction.guild_id}, user {interaction.user.id})"


def refused_by_discord(error: BaseException, codes: Mapping[int, str]) -> str | None:
    """What Discord said, when ``error`` is its refusal with one of ``codes``: not a bug of the bot, and
    nobody to tell, so a warning line is all it deserves."""
    if isinstance(error, discord.HTTPException) and error.code in codes:
        return f"{codes[error.code]} (HTTP {error.status}, code {error.code})"
    return None


async def report(interaction: discord.Interaction, error: BaseException, context: str | None = None) -> None:
    """Log ``error`` and tell the user in a short ephemeral message, whatever state the interaction is in;
    an interaction Discord no longer knows is only logged, since a message about it could not arrive."""
    original = unwrap(error)
    gone = refused_by_discord(original, INTERACTION_GONE)
    if gone is not None:
        log.warning("%s: could not answer, Discord says %s", context or where(interaction), gone)
        return
    message = describe(original, context or where(interaction))
    try:
        await tell(interaction, message)
    except Exception:  # reporting must not raise: the caller is already handling a failure
        log.exception("could not tell user %s in guild %s: %s", interaction.user.id, interaction.guild_id, message)


async def tell(interaction: discord.Interaction, message: str) -> None:
    """An ephemeral line to the user: the response if none was sent, else a follow-up.

    A public "thinking" placeholder is deleted first, because the first follow-up after a public
    deferral replaces it and would show the error to the whole channel. The message is shown inert,
    because refusals quote what was given: a file name, a link, a source's title.
    """
    text = message_text(inert(message))
    if not interaction.response.is_done():
        await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_PINGS)
        return
    if interaction.response.type == discord.InteractionResponseType.deferred_channel_message:
        await _drop_public_placeholder(interaction)
    await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_PINGS)


async def _drop_public_placeholder(interaction: discord.Interaction) -> None:
    try:
        original = await interaction.original_response()
        if original.flags.loading and not original.flags.ephemeral:
            await original.delete()
    except discord.HTTPException:
        log.debug("could not remove the public placeholder", exc_info=True)
