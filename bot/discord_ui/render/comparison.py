"""/compare's embed: each party's closest (or latest) passage as inline fields, so the positions sit side by
side, and a party the sources are silent on said to be.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord

from ..budget import core_first
from .appearance import ANSWER_COLOUR, NO_CLAIMS
from .citations import QUOTE_FLOOR, fitting_ref, quote_and_role, speaker_of
from .discord_limits import (
    DESCRIPTION_LIMIT,
    EMBED_TOTAL_LIMIT,
    FIELD_NAME_LIMIT,
    FIELD_VALUE_LIMIT,
    FIELDS_LIMIT,
    SLACK,
    TITLE_LIMIT,
)
from .references import list_room, numbered_sources, source_list, source_number, source_ref
from .text import ELLIPSIS, cut, inert

if TYPE_CHECKING:
    from index.api import Citation, Comparison


def _position_value(c: Citation, number: int, budget: int) -> str:
    """ "> quote", "— speaker, role · date", "— publisher · title (source n)": the date is never cut for a role."""
    who, role = speaker_of(c.passage, c.source)
    when = f" · {inert(c.passage.when)}"
    quote = inert(c.passage.shown_text)
    fixed = len(f"> \n— {who}{when}\n")
    ref = fitting_ref(c.source, number, budget - fixed, len(quote) + len(role))
    room = budget - fixed - len(ref)
    quote, role = quote_and_role(room, quote, role)
    value = f"> {quote}\n— {who}{role}{when}\n{ref}"
    return cut(value, min(FIELD_VALUE_LIMIT, budget)) or ELLIPSIS


def _position_core(party: str, c: Citation | None, number: int) -> int:
    name = min(FIELD_NAME_LIMIT, len(inert(party)))
    if c is None:
        return name + len(_silent(party))
    who, _ = speaker_of(c.passage, c.source)
    return name + len(f"> \n— {who} · {inert(c.passage.when)}\n") + len(source_ref(c.source, number, 0)) + QUOTE_FLOOR


def _position_want(party: str, c: Citation | None, number: int) -> int:
    if c is None:
        return _position_core(party, c, number)
    who, role = speaker_of(c.passage, c.source)
    value = len(f"> {inert(c.passage.shown_text)}\n— {who}{role} · {inert(c.passage.when)}\n")
    return min(FIELD_NAME_LIMIT, len(inert(party))) + min(FIELD_VALUE_LIMIT, value + len(source_ref(c.source, number)))


def _silent(party: str) -> str:
    return f"The sources are silent on {inert(party)}'s position on this."


def comparison_embed(comparison: Comparison) -> discord.Embed:
    """Each party's best (or latest) passage as inline fields, so the positions sit side by side."""
    title = cut(f"Positions on: {inert(comparison.topic)}", TITLE_LIMIT)
    footer = NO_CLAIMS
    which = "latest" if getattr(comparison, "latest", False) else "closest"
    positions = comparison.positions[:FIELDS_LIMIT]
    numbers = numbered_sources([p.citation for p in positions if p.citation])
    pointers = [source_number(p.citation, numbers) if p.citation else 0 for p in positions]
    intro = f"Each party's {which} passage on this topic, side by side."
    available = EMBED_TOTAL_LIMIT - len(title) - len(footer) - SLACK
    cores = [_position_core(p.party, p.citation, k) for p, k in zip(positions, pointers, strict=True)]
    sources = source_list(
        numbers,
        list_room(numbers, available - len(intro) - 2 - sum(cores), available, DESCRIPTION_LIMIT - len(intro) - 2),
    )
    description = intro + (f"\n\n{sources}" if sources else "")
    embed = discord.Embed(title=title, description=description, colour=ANSWER_COLOUR)
    wants = [_position_want(p.party, p.citation, k) for p, k in zip(positions, pointers, strict=True)]
    budgets = core_first(cores, wants, available - len(description))
    for position, k, budget in zip(positions, pointers, budgets, strict=True):
        name = cut(inert(position.party), min(FIELD_NAME_LIMIT, max(20, budget // 2)))
        room = min(FIELD_VALUE_LIMIT, budget - len(name))
        c = position.citation
        value = cut(_silent(position.party), room) if c is None else _position_value(c, k, room)
        embed.add_field(name=name, value=value or ELLIPSIS, inline=True)
    return embed.set_footer(text=footer)
