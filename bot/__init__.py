"""Parley's Discord bot. ``create_bot`` is the contract for tests and tools.

Importing this package stays cheap (no discord.py, no model), because the CLI lives in it and
``parley --help`` must start at once; the client is imported when a bot is created.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .client import ParleyBot
    from .config import Settings

__all__ = ["create_bot"]


def create_bot(settings: Settings | None = None) -> ParleyBot:
    """The discord.py client, configured but not connected (settings default to the environment and .env)."""
    from .client import ParleyBot
    from .config import Settings

    return ParleyBot(settings or Settings.from_env())
