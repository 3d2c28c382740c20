"""/timeline's embed: one field per party, its passages oldest first in one line each, a shift marked with
the date it departs from and repeats of a passage collapsed into it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

import discord

from ..budget import core_first
from .appearance import ANSWER_COLOUR, NO_CLAIMS, QUIET_COLOUR
from .citations import QUOTE_FLOOR, quote_and_role, speaker_of
from .discord_limits import DESCRIPTION_LIMIT, EMBED_TOTAL_LIMIT, FIELD_VALUE_LIMIT, FIELDS_LIMIT, SLACK, TITLE_LIMIT
from .references import list_room, numbered_sources, source_list, source_number
from .text import ELLIPSIS, cut, inert

if TYPE_CHECKING:
    from index.api import Citation, Source, Timeline

PARTY_HEADING_CHARS = 128
SHIFT_MARK = "↺ shift"


class Entry(Protocol):
    """A timeline entry as the renderer reads it: a passage, its collapsed repeats, the passage it departs from."""

    @property
    def citation(self) -> Citation: ...

    @property
    def repeats(self) -> tuple[Citation, ...]: ...

    @property
    def shift_from(self) -> Citation | None: ...

    @property
    def shift(self) -> bool: ...


def _timeline_parts(entry: Entry, numbers: dict[int, Source]) -> tuple[str, str, str, str, str]:
    """(head, quote, who, role, tail) of a timeline line: all but the quote and the role identify it."""
    c = entry.citation
    again = "".join(f" · again {r.passage.when} [{r.n}]" for r in entry.repeats)
    departs = entry.shift_from
    shift = f" **{SHIFT_MARK}** from {departs.passage.when} [{departs.n}]:" if departs is not None else ""
    who, role = speaker_of(c.passage, c.source)
    return (
        f"**{inert(c.passage.when)}** [{c.n}]{shift} ",
        inert(c.passage.shown_text),
        f" — {who}",
        role,
        f" (source {source_number(c, numbers)}){again}",
    )


def _timeline_line(entry: Entry, numbers: dict[int, Source], room: int) -> str:
    """ "**date** [n] quote — speaker, role (source k)": a tight room cuts the quote's end and the role,
    never the pointer to the source at the line's end."""
    head, quote, who, role, tail = _timeline_parts(entry, numbers)
    quote, role = quote_and_role(room - len(head) - len(who) - len(tail), quote, role)
    return cut(head + quote + who + role + tail, room)


def _timeline_core(entry: Entry, numbers: dict[int, Source]) -> int:
    head, _, who, _, tail = _timeline_parts(entry, numbers)
    return len(head) + QUOTE_FLOOR + len(who) + len(tail)


def _timeline_want(entry: Entry, numbers: dict[int, Source]) -> int:
    return sum(len(part) for part in _timeline_parts(entry, numbers))


def _party_name(party: str) -> str:
    """A timeline field's party, whole unless it is absurdly long: the field is the party's one heading."""
    return cut(inert(party), PARTY_HEADING_CHARS)


def timeline_embed(timeline: Timeline) -> discord.Embed:
    """One field per party, its passages in date order, a shift marked with the date it departs from."""
    title = cut(f"Positions over time: {inert(timeline.topic)}", TITLE_LIMIT)
    footer = "Dates: said on (stated or resolved from the text) or published (the source's date). " + NO_CLAIMS
    if not timeline.parties:
        description = inert(timeline.note or "Nothing in the sources is on this topic.")
        return discord.Embed(title=title, description=description, colour=QUIET_COLOUR).set_footer(text=footer)
    parties = timeline.parties[:FIELDS_LIMIT]
    numbers = numbered_sources([c for p in parties for e in p.entries for c in (e.citation, *e.repeats)])
    shifts = sum(e.shift for p in parties for e in p.entries)
    intro = (
        f"Each party's passages on this topic, oldest first; {shifts} shift{'s' if shifts != 1 else ''} "
        f"marked {SHIFT_MARK}."
    )
    available = EMBED_TOTAL_LIMIT - len(title) - len(footer) - SLACK
    line_cores = [[_timeline_core(e, numbers) for e in p.entries] for p in parties]
    line_wants = [[_timeline_want(e, numbers) for e in p.entries] for p in parties]
    names = [_party_name(p.party) for p in parties]
    cores = [len(name) + sum(lines) + len(lines) for name, lines in zip(names, line_cores, strict=True)]
    wants = [
        len(name) + min(FIELD_VALUE_LIMIT, sum(lines) + len(lines))
        for name, lines in zip(names, line_wants, strict=True)
    ]
    sources = source_list(
        numbers,
        list_room(numbers, available - len(intro) - 2 - sum(cores), available, DESCRIPTION_LIMIT - len(intro) - 2),
    )
    description = f"{intro}\n\n{sources}"
    embed = discord.Embed(title=title, description=description, colour=ANSWER_COLOUR)
    budgets = core_first(cores, wants, available - len(description))
    for party, name, lc, lw, budget in zip(parties, names, line_cores, line_wants, budgets, strict=True):
        name = cut(name, max(20, budget // 2))
        room = min(FIELD_VALUE_LIMIT, budget - len(name))
        rooms = core_first(lc, lw, room - len(lc))
        lines = [_timeline_line(e, numbers, r) for e, r in zip(party.entries, rooms, strict=True)]
        embed.add_field(name=name, value=cut("\n".join(lines), room) or ELLIPSIS, inline=False)
    return embed.set_footer(text=footer)
