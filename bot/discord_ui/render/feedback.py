"""/feedback's embed: the answers members marked 👎, most down votes first, each with the passages it cited.

Moderators read it to fix attributions, so it names passages by id with their attribution, not through a
numbered source list, and needs none of the citation layout.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import discord

from index.api import attribution, count

from .appearance import ANSWER_COLOUR, QUIET_COLOUR
from .discord_limits import EMBED_TOTAL_LIMIT, FIELD_NAME_LIMIT, FIELD_VALUE_LIMIT, FIELDS_LIMIT, MIN_QUOTE, SLACK
from .text import cut, inert

if TYPE_CHECKING:
    from index.api import Complaint


def feedback_embed(complaints: Sequence[Complaint]) -> discord.Embed:
    """One field per down-voted answer: the question, its votes, and the passages it cited, by number."""
    title = "Answers members marked 👎"
    footer = "Add a source that answers them, or fix an attribution, then ask again."
    if not complaints:
        empty = discord.Embed(title=title, description="No answer here has a 👎 yet.", colour=QUIET_COLOUR)
        return empty.set_footer(text=footer)
    shown = complaints[: FIELDS_LIMIT - 1]
    more = len(complaints) - len(shown)
    description = f"{count(len(complaints), 'answer')} with a 👎, most down votes first." + (
        f" The {more} with fewest are left out." if more else ""
    )
    embed = discord.Embed(title=title, description=description, colour=ANSWER_COLOUR)
    budget = (EMBED_TOTAL_LIMIT - len(title) - len(description) - len(footer) - SLACK) // len(shown)
    for c in shown:
        votes = f" · 👎 {c.downvotes} · 👍 {c.upvotes}"
        name = cut(inert(c.question), min(FIELD_NAME_LIMIT, max(40, budget // 4)) - len(votes)) + votes
        room = min(FIELD_VALUE_LIMIT, budget - len(name))
        lines = [
            f"[{p.passage.id}] {inert(attribution(p.passage, p.source))}: {inert(p.passage.shown_text)}"
            for p in c.citations
        ]
        if c.removed:
            lines.append(f"{count(c.removed, 'cited passage')} since removed.")
        per_line = max(MIN_QUOTE // 2, room // max(1, len(lines)) - 1)
        value = "\n".join(cut(line, per_line) for line in lines) or "It cited nothing that is still here."
        embed.add_field(name=name, value=cut(value, room), inline=False)
    return embed.set_footer(text=footer)
