"""`parley run`: configure logging, build the bot and connect until stopped."""

from __future__ import annotations

import logging

from . import create_bot
from .config import Settings


def configure_logging(level: str) -> None:
    """One handler on the root logger at the configured level; discord.py's loggers go through it too."""
    root = logging.getLogger()
    if not root.handlers:
        import discord

        discord.utils.setup_logging(level=logging.getLevelName(level), root=True)
    root.setLevel(level)
    logging.getLogger("parley").setLevel(level)


def run_bot(settings: Settings) -> None:
    configure_logging(settings.log_level or "INFO")
    bot = create_bot(settings)
    bot.run(settings.discord_token or "", log_handler=None)
