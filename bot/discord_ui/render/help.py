"""/help's embed: what Parley does, how to ask, compare and browse, and what moderators may do.

Fixed text but for the cooldown and the moderator role's name, which is shown inert.
"""

from __future__ import annotations

import discord

from .appearance import ANSWER_COLOUR, NO_CLAIMS
from .text import inert


def help_embed(cooldown_seconds: float, moderator_role: str | None) -> discord.Embed:
    role = f" or the **{inert(moderator_role)}** role" if moderator_role else ""
    embed = discord.Embed(
        title="Parley: who demands, concedes or refuses what",
        description=(
            "Parley answers questions about negotiation positions by quoting the passages of its "
            "news sources that say so, with the speaker, their party and a link to the source. "
            "It adds no claims of its own, and says so when its sources do not cover a question."
        ),
        colour=ANSWER_COLOUR,
    )
    embed.add_field(
        name="Ask",
        inline=False,
        value=(
            "`/ask question:` answers in the channel; `private:True` shows the answer to you only.\n"
            "Mention me with a question and I answer in a thread; follow-ups in that thread need no mention.\n"
            "**More passages** pages through further citations; 👍 / 👎 tell us whether the answer helped."
        ),
    )
    embed.add_field(
        name="Compare and browse",
        inline=False,
        value=(
            "`/compare topic:` shows each party's closest passage side by side, e.g. `the four oblasts`; "
            "`latest:True` shows each party's most recent one instead.\n"
            "`/timeline topic:` shows how each party's position moved, oldest first, a shift marked ↺.\n"
            "`/sources` lists the sources; `/source show id:` shows one source's quotes by speaker."
        ),
    )
    embed.add_field(
        name="Good questions",
        inline=False,
        value=(
            "Name a party or a topic: *Does Ukraine accept legal cession?*, *What does Russia demand?*, "
            "*What has the United States said about recognition?*"
        ),
    )
    embed.add_field(
        name="Moderators",
        inline=False,
        value=(
            f"Members with Manage Server{role} can `/source add` a link, a file or pasted text (served in this "
            "server only), `/source remove` it, `/reindex`, and read the answers members marked 👎 with `/feedback`."
        ),
    )
    wait = f"{cooldown_seconds:g} s between questions per member. " if cooldown_seconds > 0 else ""
    return embed.set_footer(text=f"{wait}{NO_CLAIMS}")
