"""How Parley's embeds look and sign off: the colour of an answer, the quieter one of an empty or declined
result, and the line that says Parley adds no claims of its own.

Apart from the limits because they are what a member sees, not what Discord enforces.
"""

from __future__ import annotations

import discord

ANSWER_COLOUR = discord.Colour.blurple()
QUIET_COLOUR = discord.Colour.light_grey()
NO_CLAIMS = "Parley quotes its sources; it adds no claims of its own."
