"""The ``create_bot`` contract: importing the bot is cheap, and what it returns is an unconnected client
configured from its settings."""

from __future__ import annotations

import subprocess
import sys

from bot import create_bot
from bot.config import Settings
from tests.helpers import ROOT


def test_importing_bot_loads_neither_discord_nor_the_model() -> None:
    code = "import sys, bot, bot.cli; print('discord' in sys.modules, 'torch' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    assert out.split() == ["False", "False"]


def test_create_bot_returns_an_unconnected_client_configured_from_settings(bot_settings: Settings) -> None:
    import discord

    bot = create_bot(bot_settings)
    assert isinstance(bot, discord.Client)
    assert not bot.is_ready() and not bot.is_closed() and bot.user is None
    assert bot.intents.message_content and bot.intents.guild_messages and bot.intents.guilds
    assert not bot.intents.members and not bot.intents.presences
    assert bot.allowed_mentions is not None and bot.allowed_mentions.to_dict() == {"parse": []}
    assert bot.settings is bot_settings


async def test_the_bot_loads_the_parser_at_start_so_a_first_upload_does_not_wait_for_it(
    bot_settings: Settings,
) -> None:
    """Splitting falls back on spaCy for a speaker's side; the bot loads it with the embedding model, not
    when a moderator's first source arrives."""
    from bot.service import AsyncKnowledgeBase
    from index.text import entities

    entities._model.cache_clear()
    library = AsyncKnowledgeBase(bot_settings)
    try:
        timings = await library.warm()
    finally:
        await library.close()
    assert entities._model.cache_info().currsize == 1 and "spacy" in sys.modules
    assert timings["parser"] > 0 and timings["total"] >= timings["parser"]
